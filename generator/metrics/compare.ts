/**
 * Variant-against-variant comparisons for the dashboard: a two-proportion test on counts rebuilt
 * from each work's rate and denominator. Two kinds:
 * - A/B arms of one experiment (the same body under another title or cover). They are a
 *   randomised pair only when their platform splits arms at random (registry AB_SPLIT: 头条
 *   多标题, 公众号 random-tag sends) and both were published the same day, i.e. in one split;
 *   otherwise they are 非随机对比 and say why.
 * - Otherwise, per article, the two works with the largest denominators: always 非随机对比.
 */
import type { Work } from './aggregate.ts';
import { PLATFORM_LABELS } from './aggregate.ts';
import { MEASURES, numeric, type MeasureKey } from './measures.ts';
import { twoProportionTest, type ProportionTest } from './stats.ts';
import { AB_SPLIT, PLATFORMS } from '../platforms/registry.ts';

export interface Comparison {
  slug: string;
  measure: MeasureKey;
  a: { variant: string; label: string; x: number; n: number };
  b: { variant: string; label: string; x: number; n: number };
  test: ProportionTest;
  /** True only for arms of one experiment that the platform split at random. */
  randomised: boolean;
  /** The experiment (its base variant id) when both works are its arms. */
  experiment?: string;
  why: string;
}

const TESTED: MeasureKey[] = ['clickRate', 'completionRate'];

function arm(w: Work, measure: MeasureKey, derive = false) {
  const per = MEASURES[measure].per as MeasureKey;
  let rate = numeric(w.obs.measures[measure]);
  const n = numeric(w.obs.measures[per]);
  // A 公众号 send or a 头条 title has no click-rate column: readers ÷ deliveries (exposures) is that rate.
  if (derive && rate === undefined && measure === 'clickRate' && n) {
    const views = numeric(w.obs.measures.views);
    if (views !== undefined && views <= n) rate = views / n;
  }
  if (rate === undefined || n === undefined || n <= 0) return undefined;
  const v = w.variant!;
  const armName = v.experiment ? ` ${v.experiment.arm.toUpperCase()} 版` : '';
  return {
    variant: v.id, label: `${PLATFORM_LABELS[v.platform]}${v.seconds ? ` ${v.seconds} 秒` : ''}${armName}`,
    x: Math.round(rate * n), n: Math.round(n), published: w.obs.published, platform: v.platform,
  };
}

/** The experiment a work's variant is an arm of: its own id for arm a, when any alternative names it. */
function experimentOf(w: Work, bases: Set<string>): string | undefined {
  return w.variant?.experiment?.id ?? (w.variant && bases.has(w.variant.id) ? w.variant.id : undefined);
}

export function comparisons(works: Work[]): Comparison[] {
  const bases = new Set(works.flatMap((w) => (w.variant?.experiment ? [w.variant.experiment.id] : [])));
  return [...experimentComparisons(works, bases), ...articleComparisons(works.filter((w) => !w.variant?.experiment))];
}

/** Each arm against arm a (or the first arm with data), per tested rate. */
function experimentComparisons(works: Work[], bases: Set<string>): Comparison[] {
  const byExperiment = new Map<string, Work[]>();
  for (const w of works) {
    const e = experimentOf(w, bases);
    if (e) byExperiment.set(e, [...(byExperiment.get(e) ?? []), w]);
  }
  const out: Comparison[] = [];
  for (const [experiment, ws] of byExperiment) {
    const sorted = [...ws].sort((p, q) => (p.variant!.experiment?.arm ?? 'a').localeCompare(q.variant!.experiment?.arm ?? 'a'));
    for (const measure of TESTED) {
      const arms = sorted.map((w) => arm(w, measure, true)).filter((a) => a !== undefined);
      if (arms.length < 2) continue;
      const [a, ...others] = arms;
      for (const b of others) {
        const { randomised, why } = splitOf(a!, b);
        out.push({ slug: sorted[0]!.variant!.slug, measure, a: a!, b, test: twoProportionTest(a!.x, a!.n, b.x, b.n), randomised, experiment, why });
      }
    }
  }
  return out;
}

function splitOf(a: { platform: keyof typeof PLATFORMS; published?: string }, b: { published?: string }): { randomised: boolean; why: string } {
  const name = PLATFORMS[a.platform].name;
  if (!AB_SPLIT[a.platform]) return { randomised: false, why: `${name}不能随机分流：两个版本分别发布，差异可能来自时间和受众` };
  if (!a.published || !b.published) return { randomised: false, why: '缺发布日期，无法确认两个版本在同一次分流中' };
  if (a.published !== b.published) return { randomised: false, why: `发布日期不同（${a.published} 与 ${b.published}），不是同一次分流` };
  return { randomised: true, why: `${name}同一次随机分流（${a.published}）` };
}

/** Per article and tested rate: the two works with the largest denominators. */
function articleComparisons(works: Work[]): Comparison[] {
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
