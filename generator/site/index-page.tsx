/** The index: every article with its review state, filterable; articles that failed to build listed first. */
import { variantCount, type IndexEntry, type Manifest } from '../manifest.ts';
import { PLATFORMS } from '../platforms/registry.ts';
import { Document } from './components/document.tsx';
import { Island } from './islands/island.tsx';
import type { ArticleRow } from './islands/article-list.tsx';

export function articlePagePath(slug: string): string {
  return `${slug}/index.html`;
}

export function articleRow(a: IndexEntry): ArticleRow {
  return {
    slug: a.slug,
    title: a.title,
    href: a.page ?? articlePagePath(a.slug),
    department: a.department,
    author: a.author,
    status: a.status,
    findings: a.counts,
    platforms: a.platforms.map((id) => ({ id, name: PLATFORMS[id].name })),
    variants: variantCount(a),
  };
}

export function IndexPage({ manifest }: { manifest: Manifest }) {
  return (
    <Document title="科普稿件审核预览" depth={0} bodyClass="index-page">
      <header class="site-head">
        <h1>科普稿件审核预览</h1>
        <p class="muted">{manifest.articles.length} 篇文章 · 生成于 {manifest.generatedAt.replace('T', ' ').slice(0, 19)} UTC · <a href="manifest.json">manifest.json</a></p>
      </header>
      {manifest.errors?.length ? (
        <section class="panel build-errors" aria-labelledby="errors-h">
          <h2 id="errors-h">构建失败的文章（{manifest.errors.length}）</h2>
          <ul>{manifest.errors.map((e) => <li><code>{e.file}:{e.line}:{e.column}</code> {e.message}</li>)}</ul>
        </section>
      ) : null}
      <Island name="article-list" props={{ articles: manifest.articles.map(articleRow) }} />
    </Document>
  );
}
