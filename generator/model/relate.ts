/**
 * Relating pieces of the model to each other (which section a key point talks about), for
 * renderers that pair a point with its supporting text or image.
 */
import type { Section, TextBlock } from './types.ts';

/**
 * The body section sharing the most Han characters with `block` (a cheap, stable match), or
 * none when even the best shares less than `minShare` of the block's characters: a wrong
 * heading over a point is worse than a generic one.
 */
export function nearestSection(sections: Section[], block: TextBlock, minShare = 0.5): Section | undefined {
  let best: Section | undefined;
  let bestScore = 0;
  const chars = new Set([...block.text].filter((ch) => /\p{Script=Han}/u.test(ch)));
  for (const s of sections) {
    if (s.role !== 'body') continue;
    let score = 0;
    for (const ch of new Set(s.title + s.text)) if (chars.has(ch)) score++;
    if (score > bestScore) { bestScore = score; best = s; }
  }
  return chars.size > 0 && bestScore / chars.size >= minShare ? best : undefined;
}
