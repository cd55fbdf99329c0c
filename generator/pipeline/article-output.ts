/**
 * Everything one article puts in OUT: its variant files, its preview page and downloads, and its
 * detail file (`articles/<slug>.json`), plus the small index entry that is all the build keeps.
 */
import { detailPath, indexEntry, MANIFEST_VERSION, type ArticleDetail, type IndexEntry } from '../manifest.ts';
import type { OutputFile } from '../render/types.ts';
import { articleSiteFiles } from '../site/render-site.tsx';
import type { CompiledArticle } from './compile-article.ts';

export interface ArticleOutput {
  entry: IndexEntry;
  files: OutputFile[];
}

export function articleOutput(c: CompiledArticle): ArticleOutput {
  const site = articleSiteFiles(c); // sets entry.page, which the detail and index carry
  const detail: ArticleDetail = { version: MANIFEST_VERSION, article: c.entry };
  const files = [...c.files, ...site, { path: detailPath(c.entry.slug), content: JSON.stringify(detail) }];
  const folder = `${c.entry.slug}/`;
  const stray = files.find((f) => !f.path.startsWith(folder) && f.path !== detailPath(c.entry.slug));
  // Slug ownership moves whole folders; a file outside its article's folder would be left behind.
  if (stray) throw new Error(`内部错误：${stray.path} 不在文章目录 ${folder} 中`);
  return { entry: indexEntry(c.entry), files };
}
