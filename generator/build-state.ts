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
import { createHash, hash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
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
  /**
   * The source file's size and mtime when the key was made: while they are unchanged (and
   * no picture changed) the key is too, and the file need not be read and hashed again.
   */
  size?: number;
  mtimeMs?: number;
  /** sha256 of the source file's bytes. */
  source?: string;
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
      // Read all at once (one by one was ~150 ms, seconds on a loaded machine), hashed in order.
      const contents = await Promise.all(files.map((f) => readFile(f)));
      files.forEach((f, i) => hash.update(f.slice(ROOT.length)).update(contents[i]!));
    }
    return hash.digest('hex');
  })();
  return stampMemo;
}

/** What every article's key shares: the generator's code, the build options and the day. */
export interface KeyParts { stamp: string; images: boolean; day: string }

export async function keyParts(images: boolean): Promise<KeyParts> {
  return { stamp: await generatorStamp(), images, day: new Date().toISOString().slice(0, 10) };
}

export async function readState(outDir: string): Promise<BuildState | undefined> {
  try {
    return JSON.parse(await readFile(join(outDir, STATE_PATH), 'utf8')) as BuildState;
  } catch {
    return undefined;
  }
}

export function sourceHash(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Pictures' size and mtime, shared by the keys made in one pass: a hospital's stock pictures
 * serve hundreds of articles, and each would otherwise be stat'ed once per article.
 */
export type DepStats = Map<string, { size: number; mtimeMs: number } | undefined>;

/** `source` is the file's `sourceHash`. */
export async function articleKey(
  path: string, source: string, deps: string[], parts: KeyParts,
): Promise<string> {
  const known = await Promise.all(deps.map((dep) => stat(dep).then((s) => ({ size: s.size, mtimeMs: s.mtimeMs }), () => undefined)));
  return keyOf(path, source, deps, known, parts);
}

/** One-shot hash of the parts joined (the same digest as feeding them one by one, without a Hash object per article). */
function keyOf(path: string, source: string, deps: string[], known: ({ size: number; mtimeMs: number } | undefined)[], parts: KeyParts): string {
  let text = JSON.stringify(parts) + path + source;
  deps.forEach((dep, i) => { text += `${dep}:${known[i]?.size ?? -1}:${known[i]?.mtimeMs ?? -1}`; });
  return hash('sha256', text);
}

/**
 * Whether an article's recorded key still holds. While the file's size and mtime are as
 * recorded its bytes are taken as unchanged (one stat, as make and git do); otherwise it is
 * read and hashed. The pictures' size and mtime are checked either way.
 *
 * Synchronous on purpose: a build's first pass does this for every article, and at 10,000 a
 * plain stat call each is several times faster than as many promises through the thread pool.
 */
export function stateHolds(path: string, file: string, old: ArticleState, parts: KeyParts, stats: DepStats = new Map()): boolean {
  const info = statSync(path, { throwIfNoEntry: false });
  if (!info) return false;
  let source = old.source !== undefined && old.size === info.size && old.mtimeMs === info.mtimeMs ? old.source : undefined;
  if (source === undefined) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch {
      return false;
    }
    source = sourceHash(bytes);
  }
  const known = old.deps.map((dep) => {
    if (!stats.has(dep)) {
      const s = statSync(dep, { throwIfNoEntry: false });
      stats.set(dep, s && { size: s.size, mtimeMs: s.mtimeMs });
    }
    return stats.get(dep);
  });
  return keyOf(file, source, old.deps, known, parts) === old.key;
}
