import { describe, expect, it } from 'vitest';
import { median, normalCdf, sampleSizePerArm, twoProportionTest } from '../../generator/metrics/stats.ts';

describe('two-proportion z-test', () => {
  it('matches R prop.test(c(120,150), c(1000,1000), correct = FALSE): X-squared = 3.8534, p = 0.04965', () => {
    const t = twoProportionTest(120, 1000, 150, 1000);
    expect(t.z ** 2).toBeCloseTo(3.8534, 3);
    expect(t.pValue).toBeCloseTo(0.04965, 4);
    expect(t.diff).toBeCloseTo(0.03, 10);
    // Wald interval: 0.03 ± 1.96·√(.12·.88/1000 + .15·.85/1000) = 0.03 ± 0.02997
    expect(t.ci95[0]).toBeCloseTo(0.00003, 4);
    expect(t.ci95[1]).toBeCloseTo(0.05997, 4);
  });

  it('gives the smallest detectable difference for the sample', () => {
    // (1.96 + 0.8416)·√(.135·.865·(2/1000)) = 0.04282
    expect(twoProportionTest(120, 1000, 150, 1000).minDetectable).toBeCloseTo(0.04282, 4);
  });

  it('reproduces the sample sizes in metrics.md (α = 0.05, power 0.8)', () => {
    expect(sampleSizePerArm(0.1, 0.15)).toBeGreaterThanOrEqual(680);
    expect(sampleSizePerArm(0.1, 0.15)).toBeLessThanOrEqual(700);
    expect(sampleSizePerArm(0.1, 0.12)).toBe(3841); // R power.prop.test: n = 3840.3
    expect(sampleSizePerArm(0.1, 0.11)).toBe(14751); // R power.prop.test: n = 14750.79;
  });

  it('has a normal CDF accurate to the fourth decimal', () => {
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 6);
    expect(normalCdf(-1)).toBeCloseTo(0.158655, 5);
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
  });

  it('refuses impossible counts', () => {
    expect(() => twoProportionTest(5, 0, 1, 10)).toThrow(RangeError);
    expect(() => twoProportionTest(11, 10, 1, 10)).toThrow(RangeError);
  });

  it('takes medians', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBeUndefined();
  });
});
