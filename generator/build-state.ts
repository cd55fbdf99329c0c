/**
 * Incremental builds: OUT/.kepu/state.json records, per article, the key of what produced its
 * output. On the next build an article whose key is unchanged is not compiled again: its folder
 * is hard-linked from the previous OUT into the new one. The state lives inside OUT, so it is
 * swapped in atomically with the files it describes and can never disagree with them.
 *
 * A key covers everything an article's output depends on: the generator's own code and
 * templates, the day (consent expiry is judged against the build date), the build options, the
 * file's bytes and the size and mtime of every image it uses.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildError } from './manifest.ts';

export const STATE_PATH = '.kepu/state.json';

export interface ArticleState {
  key: string;
  slug: string;
  /** Absolute paths of the images the article read; their size and mtime are in the key. */
  deps: string[];
}

export interface BuildState {
  stamp: string;
  /** By display path of the source file. */
  articles: Record<string, ArticleState>;
  errors: BuildError[];
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
let stampMemo: Promise<string> | undefined;

/** Hash of the generator's source and templates: a code change invalidates every article. */
export function generatorStamp(): Promise<string> {
  stampMemo ??= (async () => {
    const hash = createHash('sha256');
    for (const dir of ['generator', 'templates']) {
      const files = (await readdir(join(ROOT, dir), { recursive: true, withFileTypes: true }))
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name))
        .sort();
      for (const f of files) hash.update(f.slice(ROOT.length)).update(await readFile(f));
    }
    return hash.digest('hex');
  })();
  return stampMemo;
}

export async function readState(outDir: string): Promise<BuildState | undefined> {
  try {
    return JSON.parse(await readFile(join(outDir, STATE_PATH), 'utf8')) as BuildState;
  } catch {
    return undefined;
  }
}

export async function articleKey(
  path: string, bytes: Buffer, deps: string[], parts: { stamp: string; images: boolean; day: string },
): Promise<string> {
  const hash = createHash('sha256').update(JSON.stringify(parts)).update(path).update(bytes);
  for (const dep of deps) {
    const info = await stat(dep).catch(() => undefined);
    hash.update(`${dep}:${info?.size ?? -1}:${info?.mtimeMs ?? -1}`);
  }
  return hash.digest('hex');
}
