/**
 * Everything one article puts in OUT: its variant files, its preview page and downloads, and its
 * detail file (`articles/<slug>.json`), plus the small index entry that is all the build keeps.
 */
import { detailPath, indexEntry, MANIFEST_VERSION, type ArticleDetail, type IndexEntry } from '../manifest.ts';
import type { WriteFile } from '../write.ts';
import { articleSiteFiles } from '../site/render-site.tsx';
import type { CompiledArticle } from './compile-article.ts';

export interface ArticleOutput {
  entry: IndexEntry;
  files: WriteFile[];
}

export function articleOutput(c: CompiledArticle): ArticleOutput {
  shareIdenticalFiles(c);
  const site = articleSiteFiles(c); // sets entry.page, which the detail and index carry
  const detail: ArticleDetail = { version: MANIFEST_VERSION, article: c.entry };
  const files = [...c.files, ...site, { path: detailPath(c.entry.slug), content: JSON.stringify(detail) }];
  const folder = `${c.entry.slug}/`;
  const stray = files.find((f) => !f.path.startsWith(folder) && f.path !== detailPath(c.entry.slug));
  // Slug ownership moves whole folders; a file outside its article's folder would be left behind.
  if (stray) throw new Error(`内部错误：${stray.path} 不在文章目录 ${folder} 中`);
  return { entry: indexEntry(c.entry), files };
}

/** Text kinds only: a picture's path is also named by slides and covers. */
const SHAREABLE = new Set(['html', 'txt', 'json']);

/**
 * Variants often produce byte-identical files (Zhihu's and Toutiao's article HTML, Douyin's and
 * Channels' live outline): each content is written once and both variants name it.
 */
function shareIdenticalFiles(c: CompiledArticle): void {
  const contentOf = new Map(c.files.map((f) => [f.path, f.content]));
  // By kind, then by content: the content itself is the key, never a longer string built from it
  // (a page's worth of text copied per file was a visible part of writing an article).
  const firstWith = new Map<string, Map<string, string>>();
  const dropped = new Set<string>();
  for (const v of c.entry.variants) {
    for (const f of v.files ?? []) {
      const content = contentOf.get(f.path);
      if (content === undefined || !SHAREABLE.has(f.kind)) continue;
      const key = typeof content === 'string' ? content : Buffer.from(content).toString('latin1');
      let ofKind = firstWith.get(f.kind);
      if (!ofKind) firstWith.set(f.kind, (ofKind = new Map()));
      const first = ofKind.get(key);
      if (first === undefined) ofKind.set(key, f.path);
      else if (first !== f.path) {
        dropped.add(f.path);
        f.path = first;
      }
    }
  }
  if (dropped.size > 0) c.files = c.files.filter((f) => !dropped.has(f.path));
}
