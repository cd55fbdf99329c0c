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
export type Half = 'tune' | 'test';

const DIR = join(FIXTURES, 'compliance-eval');

/** FNV-1a: a stable split that does not depend on order or on other sentences. */
export function halfOf(text: string): Half {
  let h = 0x811c9dc5;
  for (const ch of text) { h ^= ch.codePointAt(0)!; h = Math.imul(h, 0x01000193) >>> 0; }
  return h % 2 === 0 ? 'tune' : 'test';
}

export function loadEval(half?: Half): { violating: Violating[]; clean: Clean[] } {
  const violating = JSON.parse(readFileSync(join(DIR, 'violating.json'), 'utf8')) as Violating[];
  const clean = JSON.parse(readFileSync(join(DIR, 'clean.json'), 'utf8')) as Clean[];
  const keep = <T extends { text: string }>(xs: T[]) => (half ? xs.filter((x) => halfOf(x.text) === half) : xs);
  // A second collection, gathered for tuning only: it joins the tuning half, minus anything
  // the test half already holds.
  const test = new Set(violating.filter((v) => halfOf(v.text) === 'test').map((v) => v.text));
  const extra = (JSON.parse(readFileSync(join(DIR, 'violating-tune.json'), 'utf8')) as Violating[]).filter((v) => !test.has(v.text));
  const violatingSet = half === 'test' ? keep(violating) : half === 'tune' ? [...keep(violating), ...extra] : [...violating, ...extra];
  // Clean sentences gathered for tuning only (clean-tune.json), the same way: they join the
  // tuning half, minus anything the test half already holds.
  const testClean = new Set(clean.filter((c) => halfOf(c.text) === 'test').map((c) => c.text));
  const extraClean = (JSON.parse(readFileSync(join(DIR, 'clean-tune.json'), 'utf8')) as Clean[]).filter((c) => !testClean.has(c.text));
  const cleanSet = half === 'test' ? keep(clean) : half === 'tune' ? [...keep(clean), ...extraClean] : [...clean, ...extraClean];
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
