/** Reading a built site back: its index, and its articles' detail files. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MANIFEST_VERSION, type ArticleDetail, type Manifest } from './manifest.ts';

/** OUT's index; undefined when there is none, it is unreadable, or it is another version. */
export async function readIndex(out: string): Promise<Manifest | undefined> {
  return (await readIndexFile(out))?.index;
}

/** The index and the bytes it was parsed from (a writer that splices entries keeps them). */
export async function readIndexFile(out: string): Promise<{ index: Manifest; bytes: Buffer } | undefined> {
  try {
    const bytes = await readFile(join(out, 'manifest.json'));
    const index = JSON.parse(bytes.toString('utf8')) as Manifest;
    return index.version === MANIFEST_VERSION ? { index, bytes } : undefined;
  } catch {
    return undefined;
  }
}

/** Every article's detail, in index order. */
export function readDetails(out: string, index: Manifest): Promise<ArticleDetail[]> {
  return Promise.all(index.articles.map(async (e) => JSON.parse(await readFile(join(out, e.detail), 'utf8')) as ArticleDetail));
}
