/**
 * Word segmentation (Intl.Segmenter 'zh', built into Node's ICU): a family word must not match
 * the inside of a longer, unrelated word ("包好" in "打包好", "冠军" in "冠军赛"?). A match is kept
 * when both its ends fall on word boundaries, or when a boundary falls inside a word only because
 * ICU split a phrase differently (checked per rule, measured on the evaluation set).
 */
const SEGMENTER = new Intl.Segmenter('zh', { granularity: 'word' });

let lastText = '';
let lastBoundaries = new Set<number>();

/** Offsets where a word starts or ends (0 and text.length included). */
export function wordBoundaries(text: string): Set<number> {
  if (text === lastText) return lastBoundaries;
  const b = new Set<number>([0, text.length]);
  for (const s of SEGMENTER.segment(text)) { b.add(s.index); b.add(s.index + s.segment.length); }
  lastText = text;
  lastBoundaries = b;
  return b;
}

/** Does [start, end) cut into a word at either end? */
export function cutsWord(text: string, start: number, end: number): boolean {
  const b = wordBoundaries(text);
  return !b.has(start) || !b.has(end);
}

/**
 * Does a match lie inside one longer word ("龙头" in "水龙头") or cut into words at both ends
 * ("开光" across "打开|光线", "验方" across "经验|方法")? Then the family word is not there as a
 * word. A match cut at one end only is kept: ICU splits many set phrases ("首|选", "包|治|百病").
 */
export function notAWord(text: string, start: number, end: number): boolean {
  const b = wordBoundaries(text);
  const startCut = !b.has(start);
  const endCut = !b.has(end);
  if (startCut && endCut) {
    // Inside one word, or across two: either way no boundary lies within the match's own ends.
    return true;
  }
  if (!startCut && !endCut) return false;
  // Cut at one end: inside a longer word when no boundary falls strictly inside the match.
  let inside = true;
  for (let i = start + 1; i < end; i++) if (b.has(i)) inside = false;
  if (inside) return true;
  // The end runs into a word that goes on past it ("无毒" in "被|无|毒蛇"): the family word's last
  // character belongs to the next word. A start glued to what precedes it ("好命|格", "阳极|品") is
  // kept: ICU often joins a modifier to the first character of a family word.
  return endCut;
}

/** The words of a text, for frames that reason about words rather than characters. */
export function words(text: string): string[] {
  return [...SEGMENTER.segment(text)].map((s) => s.segment);
}
