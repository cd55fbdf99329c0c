/**
 * The compliance evaluation set (claims quoted in enforcement notices, sentences from public
 * health education) as a table test. The test half is never tuned on; its floors sit just under
 * the last measurement, so a change that misses more claims or blocks more clean text fails.
 * `npm run measure:compliance -- tune -v` lists the tuning half's misses.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, halfOf, loadEval } from './eval.ts';

describe('compliance evaluation set', () => {
  it('is big enough and split into halves that do not overlap', () => {
    const all = loadEval();
    expect(all.violating.length).toBeGreaterThanOrEqual(150);
    expect(all.clean.length).toBeGreaterThanOrEqual(150);
    const tune = loadEval('tune');
    const test = loadEval('test');
    const test2 = loadEval('test2');
    expect(tune.violating.length + test.violating.length + test2.violating.length).toBe(all.violating.length);
    const testTexts = new Set([...test.violating, ...test2.violating].map((v) => v.text));
    expect(tune.violating.some((v) => testTexts.has(v.text))).toBe(false);
    expect(test2.violating.every((v) => halfOf(v.text) === 'test')).toBe(true);
    expect(test.violating.every((v) => halfOf(v.text) === 'test')).toBe(true);
    for (const v of all.violating) expect(v.source, v.text).toBeTruthy();
  });

  it('tuning material (clean-tune.json included): recall ≥ 94 % (measured 95 %), no error or warning on clean text', () => {
    const r = evaluate('tune');
    expect(r.recall).toBeGreaterThanOrEqual(0.94);
    expect(r.cleanErrors.map((c) => c.text)).toEqual([]);
    expect(r.cleanWarnings.map((c) => c.text)).toEqual([]);
  });

  // Measured once after the claim frames (#11): recall 67 % (70 of 105), errors on 1 of 133 clean
  // sentences, warnings on 6 of 133. Measured once more after the second round of families (98 more
  // tuning sentences, word segmentation, education context): recall 69 % (72 of 105), errors on 1 of
  // 133, warnings on 4 of 133. The goal (recall ≥ 90 %, ≥ 75 % per category) is not met yet:
  // the tuning half went from 84 % to 95 % on the same material, so the frozen half's wording is
  // still mostly unlike what the collected notices quote.
  it('frozen test half: recall ≥ 68 % (measured 69 %), errors on ≤ 1 % of clean sentences, warnings on ≤ 5 %', () => {
    const r = evaluate('test');
    expect(r.recall).toBeGreaterThanOrEqual(0.68);
    expect(r.cleanErrors.length / r.n.clean).toBeLessThanOrEqual(0.01);
    expect(r.cleanWarnings.length / r.n.clean).toBeLessThanOrEqual(0.05);
  });
});
