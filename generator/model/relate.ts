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
  const chars = hanChars(block.text);
  for (const s of sections) {
    if (s.role !== 'body') continue;
    let score = 0;
    const own = sectionChars(s);
    for (const ch of chars) if (own.has(ch)) score++;
    if (score > bestScore) { bestScore = score; best = s; }
  }
  return chars.size > 0 && bestScore / chars.size >= minShare ? best : undefined;
}

function hanChars(text: string): Set<string> {
  return new Set([...text].filter((ch) => /\p{Script=Han}/u.test(ch)));
}

/** Renderers ask about the same sections for every platform and duration: compute once per section. */
const sectionCharSets = new WeakMap<Section, Set<string>>();
function sectionChars(section: Section): Set<string> {
  let set = sectionCharSets.get(section);
  if (!set) sectionCharSets.set(section, (set = hanChars(section.title + section.text)));
  return set;
}
