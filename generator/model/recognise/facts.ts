/**
 * Figures with units (38.5℃, 140 mmHg, 7.0 mmol/L, 每周 150 分钟) from the article's running
 * text — not table cells, references or credits, and never a bare year ("2023年").
 */
import type { Fact } from '../types.ts';
import type { ModelDraft } from './draft.ts';
import { sentences } from '../../text/sentences.ts';
import { execAll } from '../../text/exec-all.ts';

const UNIT =
  '(?:%|％|mmHg|毫米汞柱|mmol\\/L|mg\\/dL|μmol\\/L|℃|°C|岁|次\\/分钟|次\\/分|厘米|cm|公斤|千克|kg|mg\\/kg|毫克|mg|克|g|毫升|ml|mL|升|分钟|小时|秒|天|周|个月|年|万|亿|倍|剂|针|次|米|步|千卡|kcal)';
const FIGURE = new RegExp(`\\d+(?:\\.\\d+)?(?:\\s*[~～\\-–—至到]\\s*\\d+(?:\\.\\d+)?)?\\s*${UNIT}`, 'gu');

/** What every match of FIGURE starts with (`\d` is ASCII digits, under the `u` flag too). */
const HAS_DIGIT = /\d/;

export function figureIn(sentence: string): string | undefined {
  // Every figure starts with a digit: most sentences have none and are not searched (nor is
  // FIGURE copied for them, as matchAll does on every call).
  if (!HAS_DIGIT.test(sentence)) return undefined;
  for (const m of execAll(FIGURE, sentence)) {
    // "2023年", "2019 年版": a date, not a figure to show.
    if (/^(?:19|20)\d\d\s*年$/u.test(m[0])) continue;
    return m[0];
  }
  return undefined;
}

export function recogniseFacts(draft: ModelDraft): void {
  const facts: Fact[] = [];
  draft.blocks.forEach((b, i) => {
    if (!['paragraph', 'item', 'quote'].includes(b.kind) || !b.text) return;
    const role = draft.roles[i];
    if (role === 'byline' || role === 'references') return;
    if (draft.sections[draft.sectionOf[i]!]?.role === 'references') return;
    for (const s of sentences(b.text)) {
      const figure = figureIn(s);
      if (figure) facts.push({ text: s, figure, position: b.position });
    }
  });
  draft.facts = facts;
}
