/**
 * An article's review page: header, sign-offs, findings, then every variant in its platform frame.
 * Its big parts are `Part`s: the build writes the page as those pieces (renderPageParts).
 */
import type { ManifestArticle } from '../manifest.ts';
import { PLATFORMS } from '../platforms/registry.ts';
import { Document, Part } from './components/document.tsx';
import { Findings, ReviewSheet, SignOffs, StatusBadge, type NumberedFinding } from './components/review.tsx';
import { VariantSection, marksFor, variantHeading } from './components/variant.tsx';
import { MetricsSlot } from './metrics/article-panel.tsx';
import { Experiments } from './components/attribution.tsx';

export interface ArticlePageProps {
  article: ManifestArticle;
  /** OUT-relative zip per carousel variant id. */
  zips: Record<string, string>;
  liveStart?: string;
}

/** Every finding of the article, numbered once so marks in any variant link to the same entry. */
export function numberFindings(article: ManifestArticle): NumberedFinding[] {
  return [...article.findings, ...article.variants.flatMap((v) => v.findings ?? [])]
    .map((finding, i) => ({ anchor: `finding-${i + 1}`, finding }));
}

export function ArticlePage({ article, zips, liveStart = '19:00' }: ArticlePageProps) {
  const depth = 1;
  const numbered = numberFindings(article);
  const shared = numbered.filter((n) => !n.finding.variantId);
  const author = article.author ? `${article.author.name}${article.author.title ? ` ${article.author.title}` : ''}` : undefined;
  return (
    <Document title={`${article.title} · 审核预览`} depth={depth} bodyClass="article-page">
      <div class="screen-only">
        <nav class="crumbs"><a href="../index.html">← 全部文章</a><span class="muted">打印本页即得审核单（Ctrl+P）</span></nav>
        <header class="article-head">
          <h1>{article.title}</h1>
          <p class="meta">
            <StatusBadge status={article.status} />
            {article.department ? <span>{article.department}</span> : null}
            {author ? <span>{author}</span> : null}
            {article.audience ? <span>读者：{article.audience}</span> : null}
            <span class="muted">{article.source}</span>
          </p>
          {article.summary ? <p class="summary">{article.summary}</p> : null}
          {article.tags?.length ? <p class="tags">{article.tags.map((t) => <span class="chip">{t}</span>)}</p> : null}
        </header>
        <Part>
          <div class="review-grid">
            <SignOffs article={article} />
            <Findings findings={numbered} />
          </div>
        </Part>
        <MetricsSlot />
        <Experiments article={article} />
        <nav class="variant-nav" aria-label="稿件目录">
          {article.variants.map((v) => (
            <a href={`#${v.id}`} class={v.findings?.length ? 'has-findings' : undefined}>
              {variantHeading(v)}{v.findings?.length ? `（${v.findings.length}）` : ''}
            </a>
          ))}
        </nav>
        {article.variants.map((v) => (
          <Part>
            <VariantSection article={article} v={v} depth={depth} zip={zips[v.id]} liveStart={liveStart}
              marks={marksFor([...shared, ...numbered.filter((n) => n.finding.variantId === v.id)])}
              own={numbered.filter((n) => n.finding.variantId === v.id)} />
          </Part>
        ))}
        <footer class="muted">平台规则见 generator/platforms/registry.ts；{Object.keys(PLATFORMS).length} 个平台。</footer>
      </div>
      <Part>
        <ReviewSheet article={article} findings={numbered} />
      </Part>
    </Document>
  );
}
