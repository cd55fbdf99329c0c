/**
 * The preview site: index, one review page per article, slide zips, the stylesheet and the
 * client script, as output files for the atomic write. Pages are preact prerendered to HTML.
 */
import { readFile } from 'node:fs/promises';
import type { Manifest, ManifestArticle } from '../manifest.ts';
import type { OutputFile } from '../render/types.ts';
import type { WriteFile } from '../write.ts';
import { TEMPLATES_DIR } from '../theme.ts';
import { clientBundle } from './client-bundle.ts';
import { ASSET_DIR, renderPage, renderPageParts } from './components/document.tsx';
import { ArticlePage } from './article-page.tsx';
import { IndexPage, articlePagePath } from './index-page.tsx';
import { slideZip } from './slide-zip.ts';

export { articlePagePath };

/** What the site needs of a compiled article: its entry and the files rendered for it. */
export interface SiteArticle {
  entry: ManifestArticle;
  files: OutputFile[];
}

export async function siteAssets(): Promise<OutputFile[]> {
  const [css, js] = await Promise.all([readFile(`${TEMPLATES_DIR}site/site.css`, 'utf8'), clientBundle()]);
  return [
    { path: `${ASSET_DIR}/site.css`, content: css },
    { path: `${ASSET_DIR}/client.js`, content: js },
  ];
}

export function indexFiles(manifest: Manifest, metrics = false): OutputFile[] {
  return [{ path: 'index.html', content: renderPage(<IndexPage manifest={manifest} metrics={metrics} />) }];
}

/**
 * The article's page (as pieces: see renderPageParts) and its downloads. Also records the page
 * in the entry (`page`).
 */
export function articleSiteFiles(article: SiteArticle): WriteFile[] {
  const { entry } = article;
  entry.page = articlePagePath(entry.slug);
  const byPath = new Map(article.files.map((f) => [f.path, f.content]));
  const zips: OutputFile[] = [];
  const zipOf: Record<string, string> = {};
  for (const v of entry.variants) {
    if (v.kind !== 'carousel') continue;
    const zip = slideZip(entry.slug, v, byPath);
    if (zip) {
      zips.push(zip);
      zipOf[v.id] = zip.path;
    }
  }
  return [{ path: entry.page, content: renderPageParts(<ArticlePage article={entry} zips={zipOf} />) }, ...zips];
}
