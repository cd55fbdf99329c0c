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
/** `test2` is the frozen half of the second collection (violating-2.json, clean-2.json). */
export type Half = 'tune' | 'test' | 'test2';

const DIR = join(FIXTURES, 'compliance-eval');

/** FNV-1a: a stable split that does not depend on order or on other sentences. */
export function halfOf(text: string): Half {
  let h = 0x811c9dc5;
  for (const ch of text) { h ^= ch.codePointAt(0)!; h = Math.imul(h, 0x01000193) >>> 0; }
  return h % 2 === 0 ? 'tune' : 'test';
}

const read = <T>(file: string): T[] => JSON.parse(readFileSync(join(DIR, file), 'utf8')) as T[];

export function loadEval(half?: Half): { violating: Violating[]; clean: Clean[] } {
  const violating = read<Violating>('violating.json');
  const clean = read<Clean>('clean.json');
  // The second collection splits by the same hash: its tuning half joins tuning, its test half
  // is a frozen set of its own (test2), measured apart so the first frozen half stays comparable.
  const violating2 = read<Violating>('violating-2.json');
  const clean2 = read<Clean>('clean-2.json');
  if (half === 'test2') return { violating: violating2.filter((v) => halfOf(v.text) === 'test'), clean: clean2.filter((c) => halfOf(c.text) === 'test') };
  const keep = <T extends { text: string }>(xs: T[]) => (half ? xs.filter((x) => halfOf(x.text) === half) : xs);
  // A collection gathered for tuning only joins the tuning half, minus anything the test half
  // already holds.
  const test = new Set(violating.filter((v) => halfOf(v.text) === 'test').map((v) => v.text));
  const extra = [...read<Violating>('violating-tune.json'), ...violating2.filter((v) => halfOf(v.text) === 'tune')].filter((v) => !test.has(v.text));
  const violatingSet = half === 'test' ? keep(violating) : half === 'tune' ? [...keep(violating), ...extra] : [...violating, ...violating2, ...extra.filter((v) => !violating2.includes(v))];
  // Clean sentences gathered for tuning only (clean-tune.json), the same way.
  const testClean = new Set(clean.filter((c) => halfOf(c.text) === 'test').map((c) => c.text));
  const extraClean = [...read<Clean>('clean-tune.json'), ...clean2.filter((c) => halfOf(c.text) === 'tune')].filter((c) => !testClean.has(c.text));
  const cleanSet = half === 'test' ? keep(clean) : half === 'tune' ? [...keep(clean), ...extraClean] : [...clean, ...clean2, ...extraClean.filter((c) => !clean2.includes(c))];
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
