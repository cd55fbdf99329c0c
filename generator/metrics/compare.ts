/**
 * Variant-against-variant comparisons for the dashboard: a two-proportion test on counts rebuilt
 * from each work's rate and denominator. Nothing Kepu imports today was split at random (only 头条
 * 双标题 and a 公众号 send to random tags are), so each comparison says why it is 非随机对比.
 */
import type { Work } from './aggregate.ts';
import { PLATFORM_LABELS } from './aggregate.ts';
import { MEASURES, numeric, type MeasureKey } from './measures.ts';
import { twoProportionTest, type ProportionTest } from './stats.ts';

export interface Comparison {
  slug: string;
  measure: MeasureKey;
  a: { variant: string; label: string; x: number; n: number };
  b: { variant: string; label: string; x: number; n: number };
  test: ProportionTest;
  randomised: false;
  why: string;
}

const TESTED: MeasureKey[] = ['clickRate', 'completionRate'];

function arm(w: Work, measure: MeasureKey) {
  const per = MEASURES[measure].per as MeasureKey;
  const rate = numeric(w.obs.measures[measure]);
  const n = numeric(w.obs.measures[per]);
  if (rate === undefined || n === undefined || n <= 0) return undefined;
  const v = w.variant!;
  return { variant: v.id, label: `${PLATFORM_LABELS[v.platform]}${v.seconds ? ` ${v.seconds} 秒` : ''}`, x: Math.round(rate * n), n: Math.round(n), published: w.obs.published, platform: v.platform };
}

/** Per article and tested rate: the two works with the largest denominators. */
export function comparisons(works: Work[]): Comparison[] {
  const bySlug = new Map<string, Work[]>();
  for (const w of works) if (w.variant) bySlug.set(w.variant.slug, [...(bySlug.get(w.variant.slug) ?? []), w]);
  const out: Comparison[] = [];
  for (const [slug, ws] of bySlug) {
    for (const measure of TESTED) {
      const arms = ws.map((w) => arm(w, measure)).filter((a) => a !== undefined).sort((p, q) => q.n - p.n);
      if (arms.length < 2) continue;
      const [a, b] = [arms[0]!, arms[1]!];
      const why = a.platform !== b.platform ? '不同平台，受众和推荐机制不同' : a.published !== b.published ? '不同发布日期' : '同平台的两条作品，未随机分流';
      out.push({ slug, measure, a, b, test: twoProportionTest(a.x, a.n, b.x, b.n), randomised: false, why });
    }
  }
  return out;
}
