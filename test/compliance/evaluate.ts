/**
 * Precision and recall per category on the labelled set. `npx tsx test/compliance/evaluate.ts`
 * prints the table; labelled.test.ts asserts the floors.
 */
import { scanClaims } from '../../generator/compliance/claims.ts';
import { scanPrivacy } from '../../generator/compliance/privacy.ts';
import { HELD_OUT, LABELLED, type Labelled } from './labelled.ts';

export interface CategoryScore {
  category: string;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f2: number;
}

/**
 * Categories a sentence is flagged for: errors and warnings (info is advice, not a flag). The
 * learned ad.likely warning only guesses a category ("疑似"), so it is left out of the
 * per-category figures; labelled.test.ts checks it never fires on an education sentence.
 */
export function flagged(text: string): string[] {
  const hits = [...scanClaims(text), ...scanPrivacy(text)].filter((h) => h.severity !== 'info' && h.rule !== 'ad.likely');
  return [...new Set(hits.map((h) => h.category))];
}

export function evaluate(set: Labelled[] = LABELLED): { scores: CategoryScore[]; mistakes: { text: string; expected: string[]; got: string[] }[] } {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const get = (c: string) => counts.get(c) ?? (counts.set(c, { tp: 0, fp: 0, fn: 0 }), counts.get(c)!);
  const mistakes: { text: string; expected: string[]; got: string[] }[] = [];
  for (const item of set) {
    const got = flagged(item.text);
    for (const c of item.categories) get(c)[got.includes(c) ? 'tp' : 'fn']++;
    for (const c of got) if (!item.categories.includes(c)) get(c).fp++;
    const same = got.length === item.categories.length && got.every((c) => item.categories.includes(c));
    if (!same) mistakes.push({ text: item.text, expected: item.categories, got });
  }
  const scores = [...counts.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([category, { tp, fp, fn }]) => {
    const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
    const f2 = precision + recall === 0 ? 0 : (5 * precision * recall) / (4 * precision + recall);
    return { category, tp, fp, fn, precision, recall, f2 };
  });
  return { scores, mistakes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const pct = (x: number) => `${(x * 100).toFixed(0)}%`;
  for (const [name, set] of [['development set', LABELLED], ['held-out set', HELD_OUT]] as const) {
    const { scores, mistakes } = evaluate(set);
    console.log(`\n${name}: ${set.length} sentences, ${set.filter((l) => l.categories.length === 0).length} of them correct education`);
    console.log('category           TP  FP  FN  precision  recall  F2');
    for (const s of scores) {
      console.log(`${s.category.padEnd(18)} ${String(s.tp).padStart(3)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)}  ${pct(s.precision).padStart(9)}  ${pct(s.recall).padStart(6)}  ${pct(s.f2).padStart(4)}`);
    }
    const all = scores.reduce((a, s) => ({ tp: a.tp + s.tp, fp: a.fp + s.fp, fn: a.fn + s.fn }), { tp: 0, fp: 0, fn: 0 });
    console.log(`overall            ${String(all.tp).padStart(3)} ${String(all.fp).padStart(3)} ${String(all.fn).padStart(3)}  ${pct(all.tp / (all.tp + all.fp)).padStart(9)}  ${pct(all.tp / (all.tp + all.fn)).padStart(6)}`);
    for (const m of mistakes) console.log(`  ✗ ${m.text}  expected [${m.expected}] got [${m.got}]`);
  }
}
