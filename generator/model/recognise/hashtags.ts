/**
 * Hashtags: the front matter's `tags`, else topics derived from the title — the title's
 * phrases the body repeats most (a disease, a drug, a behaviour), longest first. Derived tags
 * are marked so the editor is told (an info finding) and can write their own.
 */
import type { ArticleModel } from '../types.ts';

const MAX_DERIVED = 4;
/** Words that are never a topic on their own. */
const STOP = /^(?:的|了|和|与|及|是|在|吗|呢|吧|啊|这些|那些|一个|如何|怎么|怎样|什么|为什么|哪些|知道|一定|必须|可以|不要|正确|方法|问题|注意|医生|提醒|告诉你|收好|建议|请|别|要|个|种|篇|条|你|我|他|们|来了)$/u;

export function deriveHashtags(title: string, body: string): string[] {
  const runs = title.match(/\p{Script=Han}+/gu) ?? [];
  const scored: { word: string; score: number }[] = [];
  for (const run of runs) {
    const chars = [...run];
    for (let len = 2; len <= Math.min(6, chars.length); len++) {
      for (let at = 0; at + len <= chars.length; at++) {
        const word = chars.slice(at, at + len).join('');
        if (STOP.test(word) || /^[的了和与及是在吗个种]|[的了和与及是在吗]$/u.test(word)) continue;
        const count = body.split(word).length - 1;
        if (count < 2) continue;
        scored.push({ word, score: count * len * len });
      }
    }
  }
  scored.sort((a, b) => b.score - a.score);
  const picked: string[] = [];
  for (const { word } of scored) {
    if (picked.some((p) => p.includes(word) || word.includes(p))) continue;
    picked.push(word);
    if (picked.length === MAX_DERIVED - 1) break;
  }
  return [...picked, '健康科普'];
}

export function hashtagsOf(model: Pick<ArticleModel, 'frontMatter' | 'title' | 'sections' | 'lead'>): { tags: string[]; derived: boolean } {
  if (model.frontMatter.tags.length > 0) return { tags: model.frontMatter.tags, derived: false };
  const body = [...model.lead.map((b) => b.text), ...model.sections.map((s) => `${s.title}\n${s.text}`)].join('\n');
  return { tags: deriveHashtags(model.title, body), derived: true };
}
