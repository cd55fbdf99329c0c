/**
 * Sentences the data supports, each with its sample sizes. A comparison is stated only when both
 * groups have at least MIN_N works, and says "中位数" because that is what is compared; anything
 * thinner is left unsaid rather than guessed.
 */
import type { Work } from './aggregate.ts';
import { KIND_NAMES, PLATFORM_LABELS } from './aggregate.ts';
import { numeric, type MeasureKey } from './measures.ts';
import { median } from './stats.ts';
import type { CatalogVariant } from './catalog.ts';

export const MIN_N = 5;

interface Group {
  label: string;
  values: number[];
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const num = (x: number) => Math.round(x).toLocaleString('en-US');

function groups(works: Work[], measure: MeasureKey, dim: (v: CatalogVariant) => string | undefined, filter: (v: CatalogVariant) => boolean = () => true): Group[] {
  const map = new Map<string, number[]>();
  for (const w of works) {
    if (!w.variant || !filter(w.variant)) continue;
    const key = dim(w.variant);
    const v = numeric(w.obs.measures[measure]);
    if (key === undefined || v === undefined) continue;
    map.set(key, [...(map.get(key) ?? []), v]);
  }
  return [...map.entries()].map(([label, values]) => ({ label, values }));
}

/** "A 的 X 中位数高于 B：a 对 b，n = 14 对 9" for the highest and lowest groups with enough works. */
function extremes(gs: Group[], what: string, fmt: (x: number) => string): string | undefined {
  const ok = gs.filter((g) => g.values.length >= MIN_N).map((g) => ({ ...g, m: median(g.values)! })).sort((a, b) => b.m - a.m);
  if (ok.length < 2) return undefined;
  const hi = ok[0]!, lo = ok[ok.length - 1]!;
  if (hi.m === lo.m) return `${hi.label}与${lo.label}的${what}中位数相同：${fmt(hi.m)}，n = ${hi.values.length} 对 ${lo.values.length}`;
  return `${hi.label}的${what}中位数高于${lo.label}：${fmt(hi.m)} 对 ${fmt(lo.m)}，n = ${hi.values.length} 对 ${lo.values.length}`;
}

export interface Insights {
  sentences: string[];
  /** Why nothing more is said, when groups were too small. */
  withheld: string[];
}

export function insights(works: Work[]): Insights {
  const sentences: string[] = [];
  const withheld: string[] = [];
  const candidates: [string, Group[], (x: number) => string][] = [
    ['完播率', groups(works, 'completionRate', (v) => (v.seconds ? `${v.seconds} 秒脚本` : undefined), (v) => v.kind === 'video-script'), pct],
    ['播放 / 阅读', groups(works, 'views', (v) => PLATFORM_LABELS[v.platform]), num],
    ['播放 / 阅读', groups(works, 'views', (v) => KIND_NAMES[v.kind]), num],
    ['播放 / 阅读', groups(works, 'views', (v) => v.department), num],
    ['封面 / 标题点击率', groups(works, 'clickRate', (v) => PLATFORM_LABELS[v.platform]), pct],
  ];
  for (const [what, gs, fmt] of candidates) {
    const s = extremes(gs, what, fmt);
    if (s) sentences.push(s);
    else if (gs.length >= 2) withheld.push(`${what}：${gs.map((g) => `${g.label} n = ${g.values.length}`).join('，')}（每组至少 ${MIN_N} 条才比较）`);
  }
  return { sentences, withheld };
}
