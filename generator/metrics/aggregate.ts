/**
 * Group statistics for the dashboard. Rates are rebuilt from counts: each work's rate times its
 * denominator gives its count, counts are summed, then divided — never an average of rates.
 * Works missing a value are counted as missing, not as zero.
 */
import type { PlatformId, VariantKind } from '../manifest.ts';
import type { CatalogVariant } from './catalog.ts';
import { MEASURES, numeric, type MeasureKey } from './measures.ts';
import type { Observation } from './snapshot.ts';
import { median } from './stats.ts';

/** A work with its variant, when it is joined. */
export interface Work {
  obs: Observation;
  variant?: CatalogVariant;
}

export interface CountStat {
  total: number;
  median?: number;
  /** Works with a value. */
  n: number;
  missing: number;
}

export interface RateStat {
  /** Summed numerator ÷ summed denominator. */
  value?: number;
  numerator: number;
  denominator: number;
  /** Works with both the rate and its denominator. */
  n: number;
  /** Median of the works' own rates (for rates without a denominator column). */
  median?: number;
  nRates: number;
}

export interface GroupStats {
  key: string;
  label: string;
  works: number;
  counts: Partial<Record<MeasureKey, CountStat>>;
  rates: Partial<Record<MeasureKey, RateStat>>;
}

export const COUNT_KEYS = (Object.keys(MEASURES) as MeasureKey[]).filter((k) => MEASURES[k].type === 'count');
export const RATE_KEYS = (Object.keys(MEASURES) as MeasureKey[]).filter((k) => MEASURES[k].type !== 'count');

export function stats(key: string, label: string, works: Work[]): GroupStats {
  const counts: GroupStats['counts'] = {};
  for (const k of COUNT_KEYS) {
    const values = works.map((w) => numeric(w.obs.measures[k])).filter((v): v is number => v !== undefined);
    if (values.length === 0) continue;
    counts[k] = { total: values.reduce((a, b) => a + b, 0), median: median(values), n: values.length, missing: works.length - values.length };
  }
  const rates: GroupStats['rates'] = {};
  for (const k of RATE_KEYS) {
    const per = MEASURES[k].per as MeasureKey | undefined;
    let numerator = 0, denominator = 0, n = 0;
    const own: number[] = [];
    for (const w of works) {
      const r = numeric(w.obs.measures[k]);
      if (r === undefined) continue;
      own.push(r);
      const d = per ? numeric(w.obs.measures[per]) : undefined;
      if (d === undefined || d <= 0) continue;
      numerator += r * d;
      denominator += d;
      n++;
    }
    if (own.length === 0) continue;
    rates[k] = { ...(denominator > 0 ? { value: numerator / denominator } : {}), numerator, denominator, n, median: median(own), nRates: own.length };
  }
  return { key, label, works: works.length, counts, rates };
}

/** Works grouped by a dimension of their variant; works without a variant are left out. */
export function groupBy(works: Work[], dim: (v: CatalogVariant) => string | undefined, label: (key: string) => string = (k) => k): GroupStats[] {
  const groups = new Map<string, Work[]>();
  for (const w of works) {
    const key = w.variant && dim(w.variant);
    if (key === undefined) continue;
    groups.set(key, [...(groups.get(key) ?? []), w]);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b, 'zh')).map(([k, ws]) => stats(k, label(k), ws));
}

export const KIND_NAMES: Record<VariantKind, string> = { article: '长文', 'video-script': '短视频', carousel: '图文轮播', 'live-outline': '直播' };

export const PLATFORM_LABELS: Record<PlatformId, string> = {
  wechat: '公众号', zhihu: '知乎', toutiao: '头条', xiaohongshu: '小红书', weibo: '微博', douyin: '抖音', kuaishou: '快手', channels: '视频号', bilibili: 'B站',
};

export function joinWorks(latest: Observation[], catalog: CatalogVariant[]): Work[] {
  const byId = new Map(catalog.map((v) => [v.id, v]));
  return latest.map((obs) => {
    const variant = obs.variant ? byId.get(obs.variant) : undefined;
    return variant ? { obs, variant } : { obs };
  });
}
