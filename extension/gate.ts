/**
 * The review gate, in one place: the side panel asks it before enabling a button and the
 * content script asks it again before touching the page, so no path (填充, insert at cursor,
 * a message from a stale panel) puts an unreviewed article into a composer unnoticed.
 */
import type { ArticleStatus } from '../generator/manifest.ts';

/** Which article a fill or insert comes from, as the panel read it from the manifest. */
export interface ArticleRef {
  slug: string;
  status: ArticleStatus;
  /** The content hash the sign-offs are checked against (logged with every fill). */
  hash?: string;
}

export type GateDecision =
  | { ok: true; /** Unreviewed: fill as a draft, with the 未审核 notice on the page. */ preview: boolean }
  | { ok: false; reason: string };

export function gate(article: ArticleRef | undefined, acknowledged: boolean | undefined): GateDecision {
  if (!article) return { ok: false, reason: '拒绝：请求没有注明是哪篇文章及其审核状态，页面未做任何改动' };
  if (article.status === 'blocked') {
    return { ok: false, reason: `拒绝：文章 ${article.slug} 已被拦截（有未解决的错误级问题），不能填充或插入，页面未做任何改动` };
  }
  if (article.status === 'approved') return { ok: true, preview: false };
  if (acknowledged !== true) {
    return { ok: false, reason: `拒绝：文章 ${article.slug} 尚未通过三级审核，须先在侧边栏确认“仅填充到草稿以便预览”，页面未做任何改动` };
  }
  return { ok: true, preview: true };
}
