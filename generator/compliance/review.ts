/**
 * Review state: the content hash sign-offs refer to, and the article's status from its
 * sign-offs and findings.
 */
import { createHash } from 'node:crypto';
import type { ArticleStatus, Finding, SignOffState } from '../manifest.ts';
import type { ArticleModel } from '../model/types.ts';

/**
 * sha256 of what reviewers approve: the front matter without its `review` block (recording a
 * sign-off must not invalidate it), the Markdown body, and the bytes of every picture it uses
 * (`model.media`). 16 hex digits are shown to people.
 */
export function contentHash(model: ArticleModel): string {
  const { review: _r, ...meta } = model.frontMatter;
  const body = model.source.replace(/^---\n[\s\S]*?\n---\n?/, '');
  const h = createHash('sha256').update(JSON.stringify(meta)).update('\n').update(body);
  const media = Object.entries(model.media ?? {}).sort(([a], [b]) => a.localeCompare(b));
  if (media.length > 0) h.update('\n').update(JSON.stringify(media));
  return h.digest('hex').slice(0, 16);
}

export function signOffStates(model: ArticleModel, hash: string): SignOffState[] {
  return model.frontMatter.review.signOffs.map((s) => {
    const valid = s.hash === hash;
    // Which pictures changed since this sign-off, when the sign-off recorded them.
    const changed = !valid && s.media
      ? Object.keys({ ...s.media, ...model.media }).filter((k) => s.media![k] !== model.media?.[k])
      : undefined;
    return {
      level: s.level, reviewer: s.reviewer, role: s.role, date: s.date, verdict: s.verdict, hash: s.hash, valid,
      ...(changed?.length ? { changedMedia: changed } : {}),
    };
  });
}

const LEVEL_NAMES = { 1: '一审（作者自查）', 2: '二审（科室主任）', 3: '三审（宣传科）' } as const;

/**
 * blocked: an unwaived error in the article or any variant (consent problems are errors, and
 * named first because only a new consent record fixes them), or a 不通过 verdict.
 * approved: all three levels signed 通过 on the current content. Otherwise draft (nobody
 * signed) or in-review.
 */
export function reviewStatus(
  findings: Finding[], signOffs: SignOffState[], variantFindings: Finding[] = [],
): { status: ArticleStatus; statusReasons: string[] } {
  const reasons: string[] = [];
  const errors = findings.filter((f) => f.severity === 'error' && !f.waived);
  for (const f of errors.filter((e) => e.category === 'consent')) reasons.push(`知情同意：${f.message}`);
  const others = errors.filter((e) => e.category !== 'consent');
  if (others.length > 0) reasons.push(`${others.length} 个错误级问题未解决`);
  const variantErrors = variantFindings.filter((f) => f.severity === 'error' && !f.waived);
  const badVariants = new Set(variantErrors.map((f) => f.variantId));
  if (badVariants.size > 0) reasons.push(`${badVariants.size} 个平台稿件有错误级问题（${[...badVariants].slice(0, 3).join('、')}${badVariants.size > 3 ? ' 等' : ''}）`);
  // Only the latest sign-off per level counts, and a 不通过 on text since edited is history.
  for (const level of [1, 2, 3] as const) {
    const latest = signOffs.filter((s) => s.level === level).at(-1);
    if (latest?.valid && latest.verdict === '不通过') reasons.push(`${LEVEL_NAMES[level]}：不通过`);
  }
  const waived = [...findings, ...variantFindings].filter((f) => f.waived).length;
  const note = waived > 0 ? [`${waived} 个问题已由编辑豁免，请审核豁免理由`] : [];
  if (reasons.length > 0) return { status: 'blocked', statusReasons: [...reasons, ...note] };
  const pending: string[] = [];
  for (const level of [1, 2, 3] as const) {
    const latest = signOffs.filter((s) => s.level === level).at(-1);
    if (!latest) pending.push(`${LEVEL_NAMES[level]}未签`);
    else if (!latest.valid) pending.push(`${LEVEL_NAMES[level]}签署后内容已修改，需重新审核`);
    else if (latest.verdict !== '通过') pending.push(`${LEVEL_NAMES[level]}：${latest.verdict}`);
  }
  if (pending.length === 0) return { status: 'approved', statusReasons: ['三级审核均已通过当前内容', ...note] };
  return { status: signOffs.length === 0 ? 'draft' : 'in-review', statusReasons: [...pending, ...note] };
}
