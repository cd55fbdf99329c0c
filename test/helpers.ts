/** Shared test helpers: temp folders and building fixture articles in memory. */
import { mkdtemp, rm, writeFile, mkdir, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../generator/load/load-article.ts';
import { buildModel } from '../generator/model/build-model.ts';
import type { ArticleModel } from '../generator/model/types.ts';
import { MANIFEST_VERSION, type Manifest, type ManifestArticle } from '../generator/manifest.ts';
import { readDetails, readIndex } from '../generator/read-site.ts';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const FIXTURES = join(ROOT, 'test/fixtures');

export async function tempDir(prefix = 'kepu-'): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** A content folder in a temp dir holding the given files (path → text). */
export async function contentDir(files: Record<string, string | Buffer>, copyFrom?: string) {
  const t = await tempDir();
  const content = join(t.dir, 'content');
  await mkdir(content, { recursive: true });
  if (copyFrom) await cp(copyFrom, content, { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    await mkdir(dirname(join(content, name)), { recursive: true });
    await writeFile(join(content, name), text);
  }
  return { ...t, content, out: join(t.dir, 'out') };
}

export function modelOf(markdown: string, file = 'content/test.md'): ArticleModel {
  return buildModel(parseArticle(markdown, file, 'test'));
}

/** A built site read back whole: the index, and every article's detail in index order. */
export interface FullSite {
  index: Manifest;
  articles: ManifestArticle[];
  errors: Manifest['errors'];
}

export async function readSite(out: string): Promise<FullSite> {
  const index = await readIndex(out);
  if (!index) throw new Error(`${out} has no version-${MANIFEST_VERSION} manifest.json`);
  const articles = (await readDetails(out, index)).map((d) => d.article);
  return { index, articles, errors: index.errors };
}
