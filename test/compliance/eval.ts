/**
 * Compliance evaluation on sentences collected from public sources (test/fixtures/compliance-eval):
 * claims quoted in enforcement notices (violating) and health-education text (clean). Each
 * sentence falls in the tuning or the frozen test half by a hash of its text, so the split never
 * changes when sentences are added. Detected = any error or warning; a clean sentence must get
 * no error (and warnings are counted).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanClaims } from '../../generator/compliance/claims.ts';
import { scanPrivacy } from '../../generator/compliance/privacy.ts';
import { FIXTURES } from '../helpers.ts';

export interface Violating { text: string; category: string; source: string }
export interface Clean { text: string; kind: string; source: string }
/** `test2`, `test3`: the frozen halves of the later collections (violating-N.json, clean-N.json). */
export type Half = 'tune' | 'test' | 'test2' | 'test3';

const DIR = join(FIXTURES, 'compliance-eval');

/** FNV-1a: a stable split that does not depend on order or on other sentences. */
export function halfOf(text: string): Half {
  let h = 0x811c9dc5;
  for (const ch of text) { h ^= ch.codePointAt(0)!; h = Math.imul(h, 0x01000193) >>> 0; }
  return h % 2 === 0 ? 'tune' : 'test';
}

const read = <T>(file: string): T[] => JSON.parse(readFileSync(join(DIR, file), 'utf8')) as T[];

/**
 * Tuning-only collections beside violating-tune.json / clean-tune.json: paraphrases of tuning
 * sentences as other advertisers would word them, and hard clean sentences written for tuning
 * (see the fixture README). They join the tuning half only, never a frozen one.
 */
const TUNING_ONLY = {
  violating: ['violating-tune.json', 'violating-paraphrase.json', 'violating-untrained.json'],
  clean: ['clean-tune.json', 'clean-paraphrase.json', 'clean-untrained.json'],
} as const;
/** The paraphrase files, which the learned ad.likely score is not trained on (they measure how far it generalises). */
export const PARAPHRASE_FILES: readonly string[] = ['violating-paraphrase.json', 'clean-paraphrase.json'];
/**
 * Every tuning file the learned score is not trained on: the paraphrases, and real wording collected for the rules and
 * held out of training (violating-untrained.json, clean-untrained.json; see the fixture README), so the score is measured
 * on notices it has never seen. `loadEval(…, { paraphrases: false })` leaves all of them out.
 */
export const UNTRAINED_FILES: readonly string[] = [...PARAPHRASE_FILES, 'violating-untrained.json', 'clean-untrained.json'];

/** Collections gathered after the first: each splits by the same hash into tuning and a frozen half of its own. */
const LATER = [
  { half: 'test2', violating: 'violating-2.json', clean: 'clean-2.json' },
  { half: 'test3', violating: 'violating-3.json', clean: 'clean-3.json' },
] as const;

export function loadEval(half?: Half, { paraphrases = true }: { paraphrases?: boolean } = {}): { violating: Violating[]; clean: Clean[] } {
  const tuningOnly = (files: readonly string[]) => files.filter((f) => paraphrases || !UNTRAINED_FILES.includes(f));
  const violating = read<Violating>('violating.json');
  const clean = read<Clean>('clean.json');
  // A later collection's tuning half joins tuning; its test half is measured apart, so the
  // first frozen half stays comparable across sessions.
  const later = LATER.map((c) => ({ half: c.half, violating: read<Violating>(c.violating), clean: read<Clean>(c.clean) }));
  const frozen = later.find((c) => c.half === half);
  if (frozen) return { violating: frozen.violating.filter((v) => halfOf(v.text) === 'test'), clean: frozen.clean.filter((c) => halfOf(c.text) === 'test') };
  const laterViolating = later.flatMap((c) => c.violating);
  const laterClean = later.flatMap((c) => c.clean);
  const keep = <T extends { text: string }>(xs: T[]) => (half ? xs.filter((x) => halfOf(x.text) === half) : xs);
  // A collection gathered for tuning only joins the tuning half, minus anything the test half
  // already holds.
  const test = new Set(violating.filter((v) => halfOf(v.text) === 'test').map((v) => v.text));
  const extra = [...tuningOnly(TUNING_ONLY.violating).flatMap((f) => read<Violating>(f)), ...laterViolating.filter((v) => halfOf(v.text) === 'tune')].filter((v) => !test.has(v.text));
  const violatingSet = half === 'test' ? keep(violating) : half === 'tune' ? [...keep(violating), ...extra] : [...violating, ...laterViolating, ...extra.filter((v) => !laterViolating.includes(v))];
  // Clean sentences gathered for tuning only (clean-tune.json, clean-paraphrase.json), the same way.
  const testClean = new Set(clean.filter((c) => halfOf(c.text) === 'test').map((c) => c.text));
  const extraClean = [...tuningOnly(TUNING_ONLY.clean).flatMap((f) => read<Clean>(f)), ...laterClean.filter((c) => halfOf(c.text) === 'tune')].filter((c) => !testClean.has(c.text));
  const cleanSet = half === 'test' ? keep(clean) : half === 'tune' ? [...keep(clean), ...extraClean] : [...clean, ...laterClean, ...extraClean.filter((c) => !laterClean.includes(c))];
  return { violating: violatingSet, clean: cleanSet };
}

export function findingsOf(text: string) {
  return [...scanClaims(text), ...scanPrivacy(text)];
}

export interface EvalResult {
  byCategory: Record<string, { n: number; detected: number; rightCategory: number }>;
  recall: number;
  cleanErrors: Clean[];
  cleanWarnings: Clean[];
  missed: Violating[];
  n: { violating: number; clean: number };
}

export function evaluate(half?: Half): EvalResult {
  const { violating, clean } = loadEval(half);
  const byCategory: EvalResult['byCategory'] = {};
  const missed: Violating[] = [];
  for (const v of violating) {
    const hits = findingsOf(v.text).filter((h) => h.severity !== 'info');
    const c = (byCategory[v.category] ??= { n: 0, detected: 0, rightCategory: 0 });
    c.n++;
    if (hits.length > 0) c.detected++; else missed.push(v);
    if (hits.some((h) => h.category === v.category)) c.rightCategory++;
  }
  const cleanErrors = clean.filter((c) => findingsOf(c.text).some((h) => h.severity === 'error'));
  const cleanWarnings = clean.filter((c) => !cleanErrors.includes(c) && findingsOf(c.text).some((h) => h.severity === 'warning'));
  const detected = Object.values(byCategory).reduce((a, c) => a + c.detected, 0);
  return { byCategory, recall: detected / Math.max(1, violating.length), cleanErrors, cleanWarnings, missed, n: { violating: violating.length, clean: clean.length } };
}
