/** One variant: its platform frame with the preview, and beside it limits, cuts, findings, details, copy and download. */
import type { ManifestArticle, Variant } from '../../manifest.ts';
import { PLATFORMS } from '../../platforms/registry.ts';
import { FRAME_OF } from '../frames.ts';
import { findingTitle, type Mark } from '../highlight.ts';
import { FIELD_LABEL, KIND_LABEL, UNIT_LABEL } from '../labels.ts';
import { Island } from '../islands/island.tsx';
import { FRAMES } from './frames.tsx';
import { KIND_VIEWS } from './kind-views.tsx';
import { FindingItem, type NumberedFinding } from './review.tsx';
import { armLabel, VariantAttribution } from './attribution.tsx';

export function variantHeading(v: Variant): string {
  const seconds = v.kind === 'video-script' && v.targetSeconds ? ` · ${v.targetSeconds} 秒` : '';
  const arm = armLabel(v);
  return `${PLATFORMS[v.platform].name} · ${KIND_LABEL[v.kind]}${seconds}${arm ? ` · ${arm}` : ''}`;
}

function Limits({ v }: { v: Variant }) {
  if (!v.limits?.length) return null;
  return (
    <ul class="limits" aria-label="长度限制">
      {v.limits.map((l) => {
        const bad = l.length > l.max || (l.min !== undefined && l.length < l.min);
        return (
          <li class={bad ? 'limit over' : 'limit'} title={`${FIELD_LABEL[l.field]}：${l.min !== undefined ? `${l.min}–` : '最多 '}${l.max} ${UNIT_LABEL[l.unit]}`}>
            {FIELD_LABEL[l.field]} <strong>{l.length}</strong>/{l.min !== undefined ? `${l.min}–` : ''}{l.max}{bad ? ' 超出' : ''}
          </li>
        );
      })}
    </ul>
  );
}

export interface VariantSectionProps {
  article: ManifestArticle;
  v: Variant;
  /** Article findings (marked wherever their excerpt appears) plus this variant's own. */
  marks: Mark[];
  own: NumberedFinding[];
  depth: number;
  zip?: string;
  liveStart: string;
}

export function VariantSection({ article, v, marks, own, depth, zip, liveStart }: VariantSectionProps) {
  const view = KIND_VIEWS[v.kind];
  const Frame = FRAMES[FRAME_OF[v.platform]];
  const ctx = { v, marks, up: '../'.repeat(depth), depth, zip, liveStart };
  const account = article.department ?? article.author?.department ?? article.author?.name ?? '医院科普';
  const downloads = view.downloads(ctx);
  return (
    <section class={`variant kind-${v.kind} platform-${v.platform} frame-kind-${FRAME_OF[v.platform]}`} id={v.id} aria-labelledby={`${v.id}-h`}>
      <header class="variant-head">
        <h2 id={`${v.id}-h`}>{variantHeading(v)}</h2>
        <code class="muted">{v.id}</code>
        <Limits v={v} />
      </header>
      <div class="variant-grid">
        <div class="variant-frame">
          <Frame platformName={PLATFORMS[v.platform].name} account={account}>{view.preview(ctx)}</Frame>
        </div>
        <div class="variant-side">
          <div class="actions">
            {view.copies(v, depth).map((c) => <Island name="copy" props={c} />)}
            {downloads.map((d) => ('cues' in d
              ? <Island name="srt-download" props={d} />
              : <a class="download" href={d.href} download={d.file}>{d.label}</a>))}
          </div>
          {v.warnings?.length ? (
            <div class="cuts"><h3>生成时的删改</h3><ul>{v.warnings.map((w) => <li><code>{w.code}</code> {w.message}</li>)}</ul></div>
          ) : null}
          {own.length ? <div class="variant-findings"><h3>本稿件的问题</h3><ol class="finding-list">{own.map((n) => <FindingItem {...n} />)}</ol></div> : null}
          <VariantAttribution v={v} />
          {view.details(ctx)}
        </div>
      </div>
    </section>
  );
}

export function marksFor(findings: NumberedFinding[]): Mark[] {
  return findings.map(({ anchor, finding }) => ({ excerpt: finding.excerpt, ref: anchor, severity: finding.severity, title: findingTitle(finding) }));
}
