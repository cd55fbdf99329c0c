/** The index: every article with its review state, filterable; articles that failed to build listed first. */
import type { Manifest } from '../manifest.ts';
import { PLATFORMS, PLATFORM_IDS } from '../platforms/registry.ts';
import { Document } from './components/document.tsx';
import { Island } from './islands/island.tsx';
import { articleRow, ROWS_SHOWN } from './islands/article-list.tsx';

const PLATFORM_NAMES = Object.fromEntries(PLATFORM_IDS.map((id) => [id, PLATFORMS[id].name]));

export function articlePagePath(slug: string): string {
  return `${slug}/index.html`;
}

export function IndexPage({ manifest, metrics = false }: { manifest: Manifest; metrics?: boolean }) {
  return (
    <Document title="科普稿件审核预览" depth={0} bodyClass="index-page">
      <header class="site-head">
        <h1>科普稿件审核预览</h1>
        <p class="muted">{manifest.articles.length} 篇文章 · 生成于 {manifest.generatedAt.replace('T', ' ').slice(0, 19)} UTC · <a href="manifest.json">manifest.json</a>{metrics ? <> · <a href="metrics/index.html">数据回流看板</a></> : null}</p>
      </header>
      {manifest.errors?.length ? (
        <section class="panel build-errors" aria-labelledby="errors-h">
          <h2 id="errors-h">构建失败的文章（{manifest.errors.length}）</h2>
          <ul>{manifest.errors.map((e) => <li><code>{e.file}:{e.line}:{e.column}</code> {e.message}</li>)}</ul>
        </section>
      ) : null}
      <Island name="article-list" props={{
        // A big index is not copied into the page: the list reads manifest.json itself.
        articles: manifest.articles.slice(0, ROWS_SHOWN).map((a) => articleRow(a, PLATFORM_NAMES)),
        total: manifest.articles.length,
        ...(manifest.articles.length > ROWS_SHOWN ? { index: 'manifest.json' } : {}),
        platformNames: PLATFORM_NAMES,
      }} />
    </Document>
  );
}
