/** Review state: status, the three sign-offs, the findings list and the printable 审核单. */
import { explainRule } from '../../compliance/explain.ts';
import type { Finding, ManifestArticle, SignOffState } from '../../manifest.ts';
import { PLATFORMS } from '../../platforms/registry.ts';
import { FIELD_LABEL, KIND_LABEL, REVIEW_LEVELS, SEVERITY_LABEL, STATUS_LABEL } from '../labels.ts';

export interface NumberedFinding {
  anchor: string;
  finding: Finding;
}

export function StatusBadge({ status }: { status: ManifestArticle['status'] }) {
  return <span class={`status status-${status}`}>{STATUS_LABEL[status]}</span>;
}

function latestOf(signOffs: SignOffState[] | undefined, level: number): SignOffState | undefined {
  return (signOffs ?? []).filter((s) => s.level === level).at(-1);
}

export function SignOffs({ article }: { article: ManifestArticle }) {
  return (
    <section class="panel signoffs" aria-labelledby="signoffs-h">
      <h2 id="signoffs-h">三级审核 <StatusBadge status={article.status} /></h2>
      <ol class="signoff-list">
        {REVIEW_LEVELS.map(({ level, label }) => {
          const s = latestOf(article.signOffs, level);
          return (
            <li class={`signoff ${s ? (s.valid ? 'valid' : 'stale') : 'missing'}`}>
              <strong>{label}</strong>
              {s ? (
                <span>
                  {s.reviewer}（{s.role}）{s.date} · {s.verdict} ·{' '}
                  {s.valid ? <span class="ok">✓ 对当前内容有效</span> : <span class="bad">✗ 已失效：{s.changedMedia?.length ? `签署后图片已更换（${s.changedMedia.join('、')}）` : '签署后内容已修改'}（签署时 {s.hash}）</span>}
                </span>
              ) : <span class="muted">未签</span>}
            </li>
          );
        })}
      </ol>
      {article.statusReasons?.length ? <p class="reasons"><strong>状态说明：</strong>{article.statusReasons.join('；')}</p> : null}
      {article.contentHash ? <p class="muted">内容哈希 <code>{article.contentHash}</code></p> : null}
    </section>
  );
}

export function FindingItem({ anchor: id, finding: f }: NumberedFinding) {
  return (
    <li id={id} class={`finding level-${f.severity}${f.waived ? ' waived' : ''}`}>
      <div class="finding-head">
        <span class={`sev sev-${f.severity}`}>{SEVERITY_LABEL[f.severity]}</span>
        <code class="rule">{f.rule}</code>
        <span class="where muted">{f.file}:{f.line}:{f.column}</span>
        {f.variantId ? <a class="where" href={`#${f.variantId}`}>稿件 {f.variantId}</a> : null}
      </div>
      <p class="finding-message">{f.message}</p>
      {f.excerpt ? <p class="excerpt">原文：<q>{f.excerpt}</q></p> : null}
      {f.suggestion ? <p class="suggestion">建议：{f.suggestion}</p> : null}
      {f.waived ? <p class="waived-reason">已豁免：{f.waived.reason}</p> : null}
      <RuleNote rule={f.rule} />
    </li>
  );
}

/** The rule's legal source and what it looks for, as `kepu check --explain` prints them. */
function RuleNote({ rule }: { rule: string }) {
  const e = explainRule(rule);
  if (!e) return null;
  return (
    <details class="rule-note">
      <summary>规则说明</summary>
      <p>依据：{e.source}</p>
      {e.looksFor ? <p>查找：{e.looksFor}</p> : null}
      {e.hit.length ? <p>会报：{e.hit.map((t) => `“${t}”`).join('　')}</p> : null}
      {e.clean.length ? <p>不会报：{e.clean.map((t) => `“${t}”`).join('　')}</p> : null}
    </details>
  );
}

export function Findings({ findings }: { findings: NumberedFinding[] }) {
  return (
    <section class="panel findings" aria-labelledby="findings-h">
      <h2 id="findings-h">合规与内容问题（{findings.length}）</h2>
      {findings.length === 0 ? <p class="ok">没有发现问题。</p> : <ol class="finding-list">{findings.map((n) => <FindingItem {...n} />)}</ol>}
    </section>
  );
}

/** Only printed: the sheet reviewers sign on paper. */
export function ReviewSheet({ article, findings }: { article: ManifestArticle; findings: NumberedFinding[] }) {
  return (
    <section class="review-sheet" aria-hidden="true">
      <h1>科普内容审核单</h1>
      <table class="sheet-meta">
        <tbody>
          <tr><th>标题</th><td colSpan={3}>{article.title}</td></tr>
          <tr><th>科室</th><td>{article.department ?? '—'}</td><th>作者</th><td>{article.author ? `${article.author.name}${article.author.title ? ` ${article.author.title}` : ''}` : '—'}</td></tr>
          <tr><th>源文件</th><td>{article.source}</td><th>内容哈希</th><td><code>{article.contentHash ?? '—'}</code></td></tr>
          <tr><th>状态</th><td colSpan={3}>{STATUS_LABEL[article.status]}{article.statusReasons?.length ? `：${article.statusReasons.join('；')}` : ''}</td></tr>
        </tbody>
      </table>
      <h2>各平台稿件（{article.variants.length}）</h2>
      <table class="sheet-table">
        <thead><tr><th>平台</th><th>形式</th><th>标题</th><th>长度</th><th>问题</th></tr></thead>
        <tbody>
          {article.variants.map((v) => (
            <tr>
              <td>{PLATFORMS[v.platform].name}</td>
              <td>{KIND_LABEL[v.kind]}{v.targetSeconds && v.kind === 'video-script' ? ` ${v.targetSeconds} 秒` : ''}</td>
              <td>{v.title}</td>
              <td>{(v.limits ?? []).map((l) => `${FIELD_LABEL[l.field]} ${l.length}/${l.max}`).join('，')}</td>
              <td>{v.findings?.length ?? 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>问题清单（{findings.length}）</h2>
      {findings.length === 0 ? <p>无</p> : (
        <table class="sheet-table">
          <thead><tr><th>级别</th><th>位置</th><th>规则</th><th>说明</th><th>处理</th></tr></thead>
          <tbody>
            {findings.map(({ finding: f }) => (
              <tr>
                <td>{SEVERITY_LABEL[f.severity]}</td>
                <td>{f.line}:{f.column}{f.variantId ? ` ${f.variantId}` : ''}</td>
                <td>{f.rule}</td>
                <td>{f.message}{f.excerpt ? `：“${f.excerpt}”` : ''}{f.suggestion ? `（建议：${f.suggestion}）` : ''}</td>
                <td>{f.waived ? `已豁免：${f.waived.reason}` : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>审核签字</h2>
      <div class="signature-lines">
        {REVIEW_LEVELS.map(({ label }) => (
          <div class="signature-line"><span class="sig-label">{label}</span><span>意见：</span><span class="blank wide" /><span>签字：</span><span class="blank" /><span>日期：</span><span class="blank" /></div>
        ))}
      </div>
    </section>
  );
}
