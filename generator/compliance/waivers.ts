/**
 * Waivers: an editor accepts one finding on purpose and says why; the finding stays in the list
 * with `waived: { reason }` so reviewers see both. Two forms:
 *   - in place, a Markdown comment on the line before the paragraph (or inside it):
 *       <!-- kepu-waive guarantee.cure: 引用原话用于辟谣 -->
 *     It covers the paragraph that follows (or contains) it.
 *   - in front matter: review.waivers: [{ rule, excerpt?, reason }], for the whole article.
 * `rule` is a rule id (`guarantee.cure`) or a category (`guarantee`). Consent findings cannot be
 * waived: the fix is a consent record, not a reason.
 */
import type { Finding, SourcePoint } from '../manifest.ts';
import type { ArticleModel, RawHtml } from '../model/types.ts';
import { CATEGORIES, RULE_META } from './rules.ts';
import { metaFinding } from './place.ts';
import { frontMatterKeyPoint } from '../load/front-matter-position.ts';

export const WAIVE_COMMENT = /^<!--\s*kepu-waive\b\s*([\w.-]*)\s*[:：]?\s*([\s\S]*?)\s*-->$/;

export interface Waiver {
  rule: string;
  reason: string;
  excerpt?: string;
  /** Lines the waiver covers; undefined for front-matter waivers (whole article). */
  lines?: [number, number];
  at: SourcePoint;
  used: boolean;
}

export function isWaiverComment(html: RawHtml): boolean {
  return WAIVE_COMMENT.test(html.text.trim());
}

function knownRule(rule: string): boolean {
  return RULE_META.has(rule) || rule in CATEGORIES;
}

function covers(w: Waiver, f: Finding, sourceLines: string[]): boolean {
  if (f.category === 'consent' || f.category === 'waiver') return false;
  if (!(f.rule === w.rule || f.category === w.rule || f.rule.startsWith(`${w.rule}.`))) return false;
  if (w.lines && (f.line < w.lines[0] || f.line > w.lines[1])) return false;
  if (w.excerpt && !f.excerpt.includes(w.excerpt) && !(sourceLines[f.line - 1] ?? '').includes(w.excerpt)) return false;
  return true;
}

/** The lines a comment waiver covers: its own paragraph, or the next one when it stands alone. */
function coveredLines(lines: string[], html: RawHtml): [number, number] {
  const first = html.position.line;
  const last = first + (html.text.match(/\n/g)?.length ?? 0);
  const rest = (lines[last - 1] ?? '').replace(/<!--[\s\S]*?-->/g, '').trim();
  let start = last;
  if (!rest) {
    start = last + 1;
    while (start <= lines.length && !lines[start - 1]!.trim()) start++;
  }
  let end = start;
  while (end < lines.length && lines[end]!.trim()) end++;
  return [first, end];
}

export function collectWaivers(model: ArticleModel): { waivers: Waiver[]; problems: Finding[] } {
  const lines = model.source.split('\n');
  const waivers: Waiver[] = [];
  const problems: Finding[] = [];
  const add = (w: Waiver) => {
    if (!w.rule || !knownRule(w.rule)) {
      problems.push(metaFinding(model, 'waiver.unknown-rule', w.at, {
        message: `豁免标注中的规则“${w.rule || '（空）'}”不存在，请用 kepu check 输出中方括号内的规则编号`, excerpt: w.rule,
      }));
    } else if (!w.reason) {
      problems.push(metaFinding(model, 'waiver.no-reason', w.at, { message: `豁免“${w.rule}”缺少理由，未生效；请写明理由供审核人查看`, excerpt: w.rule }));
    } else {
      waivers.push(w);
    }
  };
  for (const html of model.rawHtml) {
    const m = WAIVE_COMMENT.exec(html.text.trim());
    if (m) add({ rule: m[1]!, reason: m[2]!.trim(), lines: coveredLines(lines, html), at: html.position, used: false });
  }
  const at = frontMatterKeyPoint(model.source, 'waivers', 'review');
  for (const w of model.frontMatter.review.waivers) {
    add({ rule: w.rule, reason: w.reason, ...(w.excerpt ? { excerpt: w.excerpt } : {}), at, used: false });
  }
  return { waivers, problems };
}

/** Marks covered findings as waived (in place) and reports waivers that matched nothing. */
export function applyWaivers(model: ArticleModel, findings: Finding[], waivers: Waiver[]): void {
  const lines = model.source.split('\n');
  for (const f of findings) {
    const w = waivers.find((x) => covers(x, f, lines));
    if (!w) continue;
    f.waived = { reason: w.reason };
    w.used = true;
  }
}

export function unusedWaivers(model: ArticleModel, waivers: Waiver[]): Finding[] {
  return waivers.filter((w) => !w.used).map((w) => metaFinding(model, 'waiver.unused', w.at, {
    message: `豁免“${w.rule}”没有对应的问题，可以删除`, excerpt: w.excerpt ?? w.rule,
  }));
}
