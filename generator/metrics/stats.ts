/**
 * Statistics the dashboard states, as pure functions: medians, and the two-proportion z-test with
 * the 95 % interval of the difference and the smallest difference a sample could detect.
 */

export function median(xs: number[]): number | undefined {
  if (xs.length === 0) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1]! + s[mid]!) / 2;
}

/** Standard normal CDF (Abramowitz & Stegun 26.2.17; absolute error < 7.5e-8). */
export function normalCdf(z: number): number {
  const t = 1 / (1 + 0.2316419 * Math.abs(z));
  const d = 0.3989422804014327 * Math.exp((-z * z) / 2);
  const p = d * t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  return z >= 0 ? 1 - p : p;
}

/** z for a two-sided 95 % interval and for 80 % power. */
export const Z_95 = 1.959963984540054;
export const Z_POWER_80 = 0.8416212335729143;

export interface ProportionTest {
  p1: number;
  p2: number;
  /** p2 − p1. */
  diff: number;
  z: number;
  /** Two-sided p-value. */
  pValue: number;
  /** 95 % interval of p2 − p1 (unpooled, Wald). */
  ci95: [number, number];
  /** Smallest |p2 − p1| this sample would detect at α = 0.05 (two-sided) with 80 % power. */
  minDetectable: number;
}

/** Two-proportion z-test on counts: x1 of n1 against x2 of n2 (pooled variance for the test). */
export function twoProportionTest(x1: number, n1: number, x2: number, n2: number): ProportionTest {
  if (!(n1 > 0 && n2 > 0) || x1 < 0 || x2 < 0 || x1 > n1 || x2 > n2) throw new RangeError('counts must satisfy 0 ≤ x ≤ n, n > 0');
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const pooled = (x1 + x2) / (n1 + n2);
  const sePooled = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  const z = sePooled === 0 ? 0 : (p2 - p1) / sePooled;
  const se = Math.sqrt((p1 * (1 - p1)) / n1 + (p2 * (1 - p2)) / n2);
  return {
    p1, p2, diff: p2 - p1, z, pValue: 2 * (1 - normalCdf(Math.abs(z))),
    ci95: [p2 - p1 - Z_95 * se, p2 - p1 + Z_95 * se],
    minDetectable: (Z_95 + Z_POWER_80) * Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2)),
  };
}

/** Sample per arm to detect p1 → p2 at α = 0.05 (two-sided) with 80 % power (Fleiss, no continuity correction). */
export function sampleSizePerArm(p1: number, p2: number): number {
  const bar = (p1 + p2) / 2;
  const a = Z_95 * Math.sqrt(2 * bar * (1 - bar));
  const b = Z_POWER_80 * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
  return Math.ceil(((a + b) ** 2) / (p1 - p2) ** 2);
}
