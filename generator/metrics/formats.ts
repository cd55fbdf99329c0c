/**
 * What each back-end's export looks like, as data (see ../shared/metrics.md): the headers that
 * identify it and which header holds which field. Columns are found by header name, never by
 * position, because every platform varies the set and order. Adding a platform = one entry here.
 */
import type { PlatformId } from '../manifest.ts';
import type { MeasureKey } from './measures.ts';
import type { RateScale } from './values.ts';

export type FormatId = PlatformId | 'generic';

export interface ColumnSpec {
  /** Header names seen in real files, first match wins. */
  headers: string[];
  /** For rates written without a % sign. */
  scale?: RateScale;
}

export interface ExportFormat {
  id: FormatId;
  name: string;
  /** Where the file comes from, for help texts and error messages. */
  exportedFrom: string;
  /** Headers that must all be present for the file to be this format. */
  signature: string[];
  title: ColumnSpec;
  date: ColumnSpec;
  workId?: ColumnSpec;
  url?: ColumnSpec;
  measures: Partial<Record<MeasureKey, ColumnSpec>>;
}

const h = (...headers: string[]): ColumnSpec => ({ headers });

export const FORMATS: ExportFormat[] = [
  {
    id: 'wechat', name: '公众号', exportedFrom: '数据分析 → 内容分析 → 已发表内容 → 下载数据明细',
    signature: ['内容标题', '阅读人数'],
    title: h('内容标题'), date: h('发表日期', '发表时间', '发布时间'), url: h('内容url', '内容URL', '内容链接', '文章链接'),
    measures: {
      impressions: h('送达人数'), views: h('阅读人数'), shares: h('分享人数', '转发人数', '转发量'),
      follows: h('阅读后关注人数'), readCompletion: h('阅读完成率'), likes: h('点赞量', '点赞人数'),
      favorites: h('收藏量', '收藏人数'), comments: h('留言量', '留言人数'),
    },
  },
  {
    id: 'douyin', name: '抖音', exportedFrom: '创作者服务中心 → 数据中心 → 作品分析 → 投稿列表 → 导出',
    signature: ['作品名称', '播放量'],
    title: h('作品名称'), date: h('发布时间'), workId: h('作品ID', '作品id'),
    measures: {
      views: h('播放量'), completionRate: h('完播率'), completion5s: h('5s完播率', '5秒完播率'), clickRate: h('封面点击率'),
      bounce2s: h('2s跳出率', '2秒跳出率'), avgWatchSeconds: h('平均播放时长'), likes: h('点赞量'), comments: h('评论量'),
      shares: h('分享量'), favorites: h('收藏量'), profileVisits: h('主页访问量'), follows: h('粉丝增量'),
    },
  },
  {
    id: 'xiaohongshu', name: '小红书', exportedFrom: '创作服务平台 → 数据看板 → 笔记数据 → 导出（笔记列表明细表.xlsx）',
    signature: ['笔记标题'],
    title: h('笔记标题'), date: h('首次发布时间', '发布时间'),
    measures: {
      impressions: h('曝光'), views: h('观看量'), clickRate: h('封面点击率'), likes: h('点赞'), comments: h('评论'),
      favorites: h('收藏'), follows: h('涨粉'), shares: h('分享'), avgWatchSeconds: h('人均观看时长'),
    },
  },
  {
    id: 'channels', name: '视频号', exportedFrom: '视频号助手 → 数据中心 → 视频数据 → 下载表格',
    signature: ['视频描述'],
    title: h('视频描述'), date: h('发布时间'), workId: h('视频ID', '视频id'),
    // 推荐 is the thumbs-up (a like elsewhere); 喜欢 is the heart, kept apart.
    measures: {
      views: h('播放量'), completionRate: h('完播率'), avgWatchSeconds: h('平均播放时长'), likes: h('推荐'), hearts: h('喜欢'),
      comments: h('评论量'), shares: h('分享量'), follows: h('关注量'), reposts: h('转发聊天和朋友圈'),
    },
  },
  {
    id: 'bilibili', name: 'B站', exportedFrom: '创作中心 → 稿件数据 → 近期稿件对比 → 自选指标 → 导出',
    signature: ['视频标题'],
    title: h('视频标题', '稿件标题'), date: h('发布时间', '投稿时间'), workId: h('BV号', 'bvid', '稿件ID'),
    measures: {
      views: h('播放量'), bounce3s: h('3秒跳出率', '3s跳出率'), likes: h('点赞'), comments: h('评论'), danmaku: h('弹幕'),
      favorites: h('收藏'), coins: h('投币'), shares: h('分享'), follows: h('涨粉'), avgProgress: h('平均播放进度'),
    },
  },
  {
    id: 'toutiao', name: '头条', exportedFrom: '数据 → 作品 → 导出（小视频）',
    signature: ['标题', '展现量'],
    title: h('标题'), date: h('发布时间'), workId: h('ID', 'id', '作品ID'), url: h('链接'),
    measures: {
      impressions: h('展现量'), views: h('播放量', '阅读量'), clickRate: { headers: ['点击率'], scale: 'fraction' },
      completionRate: { headers: ['平均播放完成率'], scale: 'percent' }, avgWatchSeconds: h('平均播放时长'),
      likes: h('点赞量'), comments: h('评论量'), reposts: h('转发量'), shares: h('分享量'), favorites: h('收藏量'),
    },
  },
  {
    // For platforms without a confirmed export (知乎, 快手, 微博, live streams) and manual entry.
    id: 'generic', name: '通用表格', exportedFrom: '手工整理的 CSV：平台、标题或稿件 id、日期、指标列',
    signature: ['平台'],
    title: h('标题', 'title'), date: h('日期', '发布日期', '发布时间', 'date'), workId: h('作品ID', 'id', 'workId'), url: h('链接', 'url'),
    measures: {
      impressions: h('曝光', '展现量', 'impressions'), views: h('播放量', '阅读量', '观看量', '观看人数', 'views'),
      completionRate: h('完播率', 'completionRate'), clickRate: h('点击率', 'clickRate'),
      avgWatchSeconds: h('平均观看时长', '平均播放时长', 'avgWatchSeconds'), likes: h('点赞', '点赞量', 'likes'),
      comments: h('评论', '评论量', 'comments'), shares: h('分享', '分享量', 'shares'), reposts: h('转发', '转发量', 'reposts'),
      favorites: h('收藏', '收藏量', 'favorites'), follows: h('涨粉', '关注', 'follows'), peakViewers: h('最高在线', 'peakViewers'),
      bookings: h('预约', 'bookings'),
    },
  },
];

/** Generic-CSV columns that are not measures. */
export const GENERIC_PLATFORM = h('平台', 'platform');
export const GENERIC_VARIANT = h('稿件', '稿件id', 'variant');

/** Platform names an editor may write in the generic CSV's 平台 column. */
export const PLATFORM_NAMES: Record<string, PlatformId> = {
  wechat: 'wechat', 公众号: 'wechat', 微信公众号: 'wechat', zhihu: 'zhihu', 知乎: 'zhihu', toutiao: 'toutiao', 头条: 'toutiao',
  今日头条: 'toutiao', xiaohongshu: 'xiaohongshu', 小红书: 'xiaohongshu', weibo: 'weibo', 微博: 'weibo', douyin: 'douyin',
  抖音: 'douyin', 抖音直播: 'douyin', kuaishou: 'kuaishou', 快手: 'kuaishou', channels: 'channels', 视频号: 'channels',
  视频号直播: 'channels', bilibili: 'bilibili', b站: 'bilibili', B站: 'bilibili', 哔哩哔哩: 'bilibili',
};

export function formatById(id: string): ExportFormat | undefined {
  return FORMATS.find((f) => f.id === id) ?? (PLATFORM_NAMES[id] ? FORMATS.find((f) => f.id === PLATFORM_NAMES[id]) : undefined);
}
