/**
 * The measures Kepu keeps from platform exports, one vocabulary for every platform. A rate names
 * its denominator so aggregates can be rebuilt from counts (rate × denominator, summed, divided)
 * instead of averaging rates across posts.
 */
export type MeasureType = 'count' | 'rate' | 'seconds';

export interface MeasureDef {
  label: string;
  type: MeasureType;
  /** For rates and per-view averages: the count (a MeasureKey) the value is a share of. */
  per?: string;
  /** Shown next to a rate so readers know what was divided by what. */
  definition?: string;
}

const DEFS = {
  impressions: { label: '曝光', type: 'count', definition: '曝光 / 展现量 / 公众号送达人数' },
  views: { label: '播放 / 阅读', type: 'count', definition: '播放量、观看量或阅读人数' },
  completionRate: { label: '完播率', type: 'rate', per: 'views', definition: '完播次数 ÷ 播放量' },
  completion5s: { label: '5 秒完播率', type: 'rate', per: 'views', definition: '5 秒完播次数 ÷ 播放量' },
  readCompletion: { label: '阅读完成率', type: 'rate', per: 'views', definition: '读完人数 ÷ 阅读人数' },
  clickRate: { label: '封面 / 标题点击率', type: 'rate', per: 'impressions', definition: '点击 ÷ 曝光' },
  bounce2s: { label: '2 秒跳出率', type: 'rate', per: 'views', definition: '2 秒内离开 ÷ 播放量' },
  bounce3s: { label: '3 秒跳出率', type: 'rate', per: 'views', definition: '3 秒内离开 ÷ 播放量' },
  avgProgress: { label: '平均播放进度', type: 'rate', per: 'views', definition: '按播放量加权' },
  avgWatchSeconds: { label: '平均观看时长', type: 'seconds', per: 'views', definition: '按播放量加权的秒数' },
  likes: { label: '点赞', type: 'count' },
  hearts: { label: '喜欢（视频号爱心）', type: 'count' },
  comments: { label: '评论', type: 'count' },
  shares: { label: '分享', type: 'count' },
  reposts: { label: '转发', type: 'count' },
  favorites: { label: '收藏', type: 'count' },
  follows: { label: '涨粉 / 关注', type: 'count' },
  profileVisits: { label: '主页访问', type: 'count' },
  danmaku: { label: '弹幕', type: 'count' },
  coins: { label: '投币', type: 'count' },
  peakViewers: { label: '最高在线', type: 'count' },
  bookings: { label: '预约', type: 'count' },
} as const satisfies Record<string, MeasureDef>;

export type MeasureKey = keyof typeof DEFS;
export const MEASURES: Record<MeasureKey, MeasureDef> = DEFS;
export const MEASURE_KEYS = Object.keys(MEASURES) as MeasureKey[];

/**
 * A measured value: a number, or an upper bound the platform printed instead ("<0.1%"), which is
 * neither zero nor missing. Missing values are simply absent.
 */
export type Value = number | { lt: number };

/** The number used in sums and medians: a bound counts as half of it (its interval's midpoint). */
export function numeric(v: Value | undefined): number | undefined {
  if (v === undefined) return undefined;
  return typeof v === 'number' ? v : v.lt / 2;
}

export function isMeasureKey(s: string): s is MeasureKey {
  return Object.hasOwn(MEASURES, s);
}
