/**
 * Every platform rule, once, as data. Renderers, the preview site and the extension read
 * these entries; a platform difference is a field here, never an `if (platform === …)`.
 *
 * Figures come from ../shared/platforms.md, which cites the public tools that encode them:
 *   WS   = wechatsync/Wechatsync       MP  = leaperone/MultiPost-Extension
 *   SAU  = dreammis/social-auto-upload DM  = doocs/md     NICE = mdnice/markdown-nice
 * Where the source marks a figure unconfirmed we say so (`confirmed: false`) and keep the
 * stricter value.
 */
import type { PlatformId, VariantKind } from '../manifest.ts';
import { charLength } from '../text/sentences.ts';

/** How a platform counts text length. */
export type LengthCounting =
  /** Every Unicode code point counts 1. */
  | 'chars'
  /** CJK and full-width count 1, Latin letters, digits and ASCII punctuation count 0.5 (Weibo style). */
  | 'weighted';

export interface Limit {
  min?: number;
  max: number;
  /** Where the figure comes from. */
  source: string;
  /** False when the source itself calls the figure unconfirmed. */
  confirmed?: boolean;
}

export interface HashtagRule {
  /** How a topic is written: `#话题` + space, or `#话题#` wrapped. */
  style: 'prefix' | 'wrapped';
  max: number;
  /** Key the composer confirms a typed topic with, when it picks from a dropdown. */
  confirmKey?: 'Enter' | ' ';
  source: string;
}

export interface ImageRule {
  maxCount: number;
  width: number;
  height: number;
  /** Accepted output formats, preferred first. */
  formats: ('png' | 'jpeg' | 'webp')[];
  source: string;
  confirmed?: boolean;
}

export interface VideoRule {
  /** Typical target durations (s) for this platform's 科普 audience. */
  norms: number[];
  minSeconds: number;
  maxSeconds: number;
  /** Video cover size. */
  cover: { width: number; height: number };
  source: string;
  /** How a script for this platform is shot, spoken and captioned. */
  script: ScriptStyle;
}

/**
 * What differs between the video platforms' scripts. Speech rates and caption sizes are
 * production conventions, not platform rules: marked `confirmed: false`, with their reasoning.
 */
export interface ScriptStyle {
  /** Frame the shots are composed for. */
  aspect: '9:16' | '16:9' | '3:4';
  /** Said before each shot's visual cue, so the camera operator frames it right. */
  framing: string;
  /** Speech rate for the voice-over (字/秒). */
  charsPerSecond: number;
  /** The hook must be said within this many seconds (viewers swipe away sooner on short-video feeds). */
  hookSeconds: number;
  /** On-screen caption: characters per line and lines. */
  caption: { lineChars: number; lines: number };
  /** Chapter markers in the description from this length up (Bilibili shows them on the progress bar). */
  chaptersFrom?: number;
  /** The platform's own way of closing, said after the safety advice when time allows. */
  closing: string;
  source: string;
  confirmed?: boolean;
}

export interface CarouselRule {
  /** Max characters on one slide (body text, cover heading excluded). */
  slideChars: number;
  /** Max characters of a slide heading. */
  headingChars: number;
  source: string;
}

export interface PlatformRule {
  id: PlatformId;
  /** Chinese display name. */
  name: string;
  /** Variant kinds produced for this platform, in display order. */
  kinds: VariantKind[];
  counting: LengthCounting;
  title: Limit;
  /** Body of an article, caption of a post or description of a video. */
  body?: Limit;
  summary?: Limit;
  hashtags?: HashtagRule;
  images?: ImageRule;
  video?: VideoRule;
  carousel?: CarouselRule;
  /** Whether outside links may appear in the body. */
  outsideLinks: { allowed: boolean; keepHosts?: string[]; source: string };
  /** Article HTML options read by the article renderer. */
  article?: {
    /** Inline every style from the theme (WeChat drops <style> and class). */
    inlineStyles: boolean;
    /** Deepest list nesting the editor keeps; deeper levels are flattened. */
    maxListDepth: number;
    /** Replace pure black with this colour (WeChat drops #000). */
    nearBlack?: string;
    /** Keep images as standalone blocks. */
    blockImages?: boolean;
    source: string;
  };
  /**
   * Composer pages only, as Chrome match patterns: the extension's content script runs on these
   * and nowhere else on the platform's site (reading pages, profiles and feeds stay untouched),
   * and the side panel calls a page 发布页 only when it matches one. Chrome compares the path
   * pattern with path + query (`?` is literal, `*` any run of characters), never the fragment.
   */
  composer: ComposerRule;
}

export interface ComposerRule {
  urls: string[];
  /** Where each pattern comes from. */
  source: string;
  /** False when a pattern is our inference rather than a URL a source opens. */
  confirmed?: boolean;
}

const WS = 'WS = wechatsync/Wechatsync';
const MP = 'MP = leaperone/MultiPost-Extension';
const SAU = 'SAU = dreammis/social-auto-upload';

/** Hospital-practice norms, not platform limits (../shared/platforms.md, "Video length norms"). */
const VIDEO_NORMS_SOURCE = '医院传播实践：抖音/快手 15–60 秒，讲解 1–3 分钟；B站可至 30 分钟；视频号 1–5 分钟';

export const PLATFORMS: Record<PlatformId, PlatformRule> = {
  wechat: {
    id: 'wechat',
    name: '微信公众号',
    kinds: ['article'],
    counting: 'chars',
    title: { max: 64, source: `${WS} platforms/weixin.ts; ${MP} article/weixin.ts` },
    summary: { max: 120, source: `${WS} platforms/weixin.ts (digest)` },
    body: { max: 20000, source: '正文上限存在（报错“内容超出字数”）但未公开；取 20000 字作保守值', confirmed: false },
    images: { maxCount: 20, width: 900, height: 383, formats: ['jpeg', 'png'], source: '封面按 2.35:1 裁切（WS platforms/weixin.ts）；张数未见上限，取 20', confirmed: false },
    outsideLinks: { allowed: false, keepHosts: ['mp.weixin.qq.com'], source: `${WS} platforms/weixin.ts 错误 412“图文中含非法外链”, 64562` },
    article: { inlineStyles: true, maxListDepth: 2, nearBlack: 'rgb(1,1,1)', blockImages: true, source: 'DM renderer-impl.ts; NICE src/utils' },
    composer: {
      // The editor page, new and v2 alike (`t=media/appmsg_edit` and `…_edit_v2`); articles (`/s/…`) and the account home are not composers.
      urls: ['https://mp.weixin.qq.com/cgi-bin/appmsg?t=media/appmsg_edit*'],
      source: `${MP} article/weixin.ts（建草稿后打开 cgi-bin/appmsg?t=media/appmsg_edit&action=edit…）；公开工具中的新版编辑器地址为 t=media/appmsg_edit_v2&action=edit&isNew=1…，t 均为第一个参数`,
    },
  },
  zhihu: {
    id: 'zhihu',
    name: '知乎',
    kinds: ['article'],
    counting: 'chars',
    title: { max: 100, source: `${MP} article/zhihu.ts` },
    body: { max: 50000, source: '未见上限；取 50000 字作保守值', confirmed: false },
    hashtags: { style: 'wrapped', max: 5, source: `${MP} article/zhihu.ts（想法 #话题#）` },
    outsideLinks: { allowed: true, source: `${MP} article/zhihu.ts` },
    article: { inlineStyles: false, maxListDepth: 3, blockImages: true, source: `${MP} article/zhihu.ts（Draft.js 粘贴 text/html）` },
    composer: {
      // A new article, and a saved draft; published articles (`/p/<id>`) are reading pages.
      urls: ['https://zhuanlan.zhihu.com/write*', 'https://zhuanlan.zhihu.com/p/*/edit*'],
      source: `${MP} article.ts（ARTICLE_ZHIHU 打开 zhuanlan.zhihu.com/write）；${WS} platforms/zhihu.ts（草稿地址 zhuanlan.zhihu.com/p/<id>/edit）`,
    },
  },
  toutiao: {
    id: 'toutiao',
    name: '今日头条',
    kinds: ['article'],
    counting: 'chars',
    title: { min: 2, max: 30, source: `${MP} article/toutiao.ts` },
    body: { max: 50000, source: '未见上限；取 50000 字作保守值', confirmed: false },
    images: { maxCount: 20, width: 1200, height: 800, formats: ['jpeg', 'png'], source: `${WS} platforms/toutiao.ts（正文图片为独立块）`, confirmed: false },
    outsideLinks: { allowed: false, source: `${WS} platforms/toutiao.ts（外链被移除）` },
    article: { inlineStyles: false, maxListDepth: 2, blockImages: true, source: `${WS} platforms/toutiao.ts` },
    composer: {
      urls: ['https://mp.toutiao.com/profile_v4/graphic/publish*'],
      source: `${MP} article.ts（ARTICLE_TOUTIAO 打开 mp.toutiao.com/profile_v4/graphic/publish）`,
    },
  },
  xiaohongshu: {
    id: 'xiaohongshu',
    name: '小红书',
    kinds: ['carousel'],
    counting: 'chars',
    title: { max: 20, source: `${SAU} xiaohongshu_uploader/main.py` },
    body: { max: 1000, source: `${WS} xiaohongshu.ts（代码中未确认）`, confirmed: false },
    hashtags: { style: 'prefix', max: 10, confirmKey: 'Enter', source: `${SAU} xiaohongshu_uploader/main.py（从下拉框选择）` },
    images: { maxCount: 18, width: 1080, height: 1440, formats: ['png', 'jpeg'], source: `${SAU} xiaohongshu_uploader/main.py（3:4，推荐 1080×1440）` },
    carousel: { slideChars: 90, headingChars: 16, source: '版式约束：1080×1440 画面内正文字号不小于 48px 时约 90 字' },
    outsideLinks: { allowed: false, source: `${WS} xiaohongshu.ts（正文不支持链接）` },
    composer: {
      // 图文, 视频 and 长文 are tabs of one page (`?target=image|video|article`).
      urls: ['https://creator.xiaohongshu.com/publish/publish*'],
      source: `${MP} dynamic.ts（DYNAMIC_REDNOTE 打开 creator.xiaohongshu.com/publish/publish）；${SAU} xiaohongshu_uploader/main.py（publish/publish?from=homepage&target=…）`,
    },
  },
  weibo: {
    id: 'weibo',
    name: '微博',
    kinds: ['carousel'],
    counting: 'weighted',
    title: { max: 32, source: `${MP} article/weibo.ts（头条文章标题）` },
    body: { max: 2000, source: `${MP} dynamic/weibo.ts（未确认）`, confirmed: false },
    hashtags: { style: 'wrapped', max: 5, source: `${MP} dynamic/weibo.ts（正文中 #话题#）` },
    images: { maxCount: 9, width: 1080, height: 1080, formats: ['jpeg', 'png'], source: `${MP} dynamic/weibo.ts（9 或 18 张未确认，取 9）`, confirmed: false },
    carousel: { slideChars: 80, headingChars: 16, source: '版式约束：1080×1080 画面内正文字号不小于 48px 时约 80 字' },
    outsideLinks: { allowed: true, source: `${MP} dynamic/weibo.ts` },
    composer: {
      // The post box is on the home feed; profiles (`/u/…`) and single posts are reading pages.
      urls: ['https://weibo.com/', 'https://weibo.com/?*'],
      source: `${MP} dynamic.ts（DYNAMIC_WEIBO 打开 https://weibo.com 首页的发布框）；首页带查询参数（?*）是推断，未见公开工具使用`,
      confirmed: false,
    },
  },
  douyin: {
    id: 'douyin',
    name: '抖音',
    kinds: ['video-script', 'live-outline'],
    counting: 'chars',
    title: { max: 30, source: `${SAU} douyin_uploader/main.py` },
    body: { max: 1000, source: `${MP} dynamic/douyin.ts（描述与话题同一编辑器）` },
    hashtags: { style: 'prefix', max: 5, confirmKey: ' ', source: `${SAU} douyin_uploader/main.py（视频 ≤5 个）` },
    video: {
      norms: [15, 30, 60], minSeconds: 5, maxSeconds: 900, cover: { width: 1080, height: 1920 }, source: VIDEO_NORMS_SOURCE,
      script: {
        aspect: '9:16', framing: '竖屏近景', charsPerSecond: 4.5, hookSeconds: 3, caption: { lineChars: 12, lines: 2 },
        closing: '关注我们，了解更多健康知识。',
        source: '竖屏 1080×1920（封面尺寸，SAU douyin_uploader）；短视频节奏快，语速取 270 字/分；“黄金 3 秒”钩子；字幕两行各 12 字（竖屏安全区）', confirmed: false,
      },
    },
    outsideLinks: { allowed: false, source: '描述中链接不可点击；不放外链' },
    composer: {
      // The upload page, then the form it moves to once a video is chosen (title and description live there; two page versions).
      urls: [
        'https://creator.douyin.com/creator-micro/content/upload*',
        'https://creator.douyin.com/creator-micro/content/publish*',
        'https://creator.douyin.com/creator-micro/content/post/video*',
      ],
      source: `${MP} video.ts、dynamic.ts（抖音打开 creator-micro/content/upload，图文 ?default-tab=3）；${SAU} douyin_uploader/main.py（选好视频后等待 content/publish?enter_from=publish_page 或 content/post/video?enter_from=publish_page）`,
    },
  },
  kuaishou: {
    id: 'kuaishou',
    name: '快手',
    kinds: ['video-script'],
    counting: 'chars',
    title: { max: 20, source: `${SAU} ks_uploader/main.py（备用值约 20）`, confirmed: false },
    body: { max: 500, source: '描述编辑器上限未公开；取 500 作保守值', confirmed: false },
    hashtags: { style: 'prefix', max: 3, confirmKey: ' ', source: `${SAU} ks_uploader/main.py（≤3；MP 为 4，取较严者）` },
    video: {
      norms: [15, 30, 60], minSeconds: 5, maxSeconds: 600, cover: { width: 1080, height: 1920 }, source: VIDEO_NORMS_SOURCE,
      script: {
        aspect: '9:16', framing: '竖屏近景，生活化场景', charsPerSecond: 4, hookSeconds: 3, caption: { lineChars: 12, lines: 2 },
        closing: '觉得有用就转给家里人看看。',
        source: '竖屏 1080×1920（SAU ks_uploader）；快手受众偏下沉与中老年，语速取 240 字/分；字幕两行各 12 字', confirmed: false,
      },
    },
    outsideLinks: { allowed: false, source: '描述中不放外链' },
    composer: {
      urls: ['https://cp.kuaishou.com/article/publish/video*'],
      source: `${MP} video.ts、dynamic.ts（快手打开 cp.kuaishou.com/article/publish/video）；${SAU} ks_uploader/main.py（KUAISHOU_UPLOAD_URL）`,
    },
  },
  channels: {
    id: 'channels',
    name: '视频号',
    kinds: ['video-script', 'live-outline'],
    counting: 'chars',
    title: { min: 6, max: 16, source: `${SAU} tencent_uploader/main.py（短标题 6–16 字）` },
    body: { max: 1000, source: `${MP} dynamic/weixinchannel.ts（描述）` },
    hashtags: { style: 'prefix', max: 5, confirmKey: ' ', source: `${SAU} tencent_uploader/main.py（#话题 + 空格）` },
    video: {
      norms: [60, 180, 300], minSeconds: 5, maxSeconds: 28800, cover: { width: 1080, height: 1260 }, source: `${VIDEO_NORMS_SOURCE}；≤8 小时（SAU）`,
      script: {
        aspect: '3:4', framing: '竖屏中景（画面上下留出视频号封面 6:7 裁切区）', charsPerSecond: 3.5, hookSeconds: 4, caption: { lineChars: 10, lines: 2 },
        closing: '转发给关心的家人朋友。',
        source: '封面 1080×1260（SAU tencent_uploader）；视频号经微信好友转发、中老年观众多，语速取 210 字/分，字幕字大、每行 10 字；熟人转发场景，钩子可到 4 秒', confirmed: false,
      },
    },
    outsideLinks: { allowed: false, source: '描述中不放外链' },
    composer: {
      // Reached from the /platform home by an in-page navigation (the extension injects on that, see background.ts).
      urls: ['https://channels.weixin.qq.com/platform/post/create*'],
      source: `${SAU} tencent_uploader/main.py（TENCENT_UPLOAD_URL = channels.weixin.qq.com/platform/post/create；改版后须从 /platform 首页点“发表视频”进入）`,
    },
  },
  bilibili: {
    id: 'bilibili',
    name: '哔哩哔哩',
    kinds: ['video-script'],
    counting: 'chars',
    title: { max: 80, source: `${MP} video/bilibili.ts（视频标题 ≤80）` },
    body: { max: 2000, source: `${MP} video/bilibili.ts（Quill 简介编辑器）`, confirmed: false },
    hashtags: { style: 'prefix', max: 10, confirmKey: 'Enter', source: `${MP} video/bilibili.ts（标签另行输入，≤10）` },
    video: {
      norms: [60, 180, 600], minSeconds: 5, maxSeconds: 1800, cover: { width: 1920, height: 1080 }, source: VIDEO_NORMS_SOURCE,
      script: {
        aspect: '16:9', framing: '横屏 16:9，左侧医生、右侧图文板', charsPerSecond: 4, hookSeconds: 5, caption: { lineChars: 24, lines: 1 },
        chaptersFrom: 60, closing: '觉得有用的话，点赞收藏，下期再见。',
        source: '横屏封面 1920×1080（MP video/bilibili.ts）；B站讲解类长视频用分段章节（简介中“时间 标题”）；字幕单行 24 字；横屏长视频开场可到 5 秒', confirmed: false,
      },
    },
    outsideLinks: { allowed: true, source: `${MP} video/bilibili.ts` },
    composer: {
      // Video upload only: we make no 动态 for B站, and t.bilibili.com also serves every public 动态 page.
      urls: ['https://member.bilibili.com/platform/upload/video/frame*'],
      source: `${MP} video.ts（VIDEO_BILIBILI 打开 member.bilibili.com/platform/upload/video/frame）`,
    },
  },
};

export const PLATFORM_IDS = ['wechat', 'zhihu', 'toutiao', 'xiaohongshu', 'weibo', 'douyin', 'kuaishou', 'channels', 'bilibili'] as const satisfies readonly PlatformId[];

/** Chinese speech rate used to time voice-over: news anchors read ~250–300 字/分; 科普 is slower. */
export const SPEECH_RATE = { charsPerSecond: 4, source: '中文播音常速约 240 字/分（4 字/秒），科普讲解取此值' } as const;

/** Length of `text` as `counting` measures it. */
export function measure(text: string, counting: LengthCounting): number {
  if (counting === 'chars') return charLength(text);
  let n = 0;
  for (const ch of text) n += /[\x00-\x7f]/.test(ch) ? 0.5 : 1;
  return Math.ceil(n);
}

/**
 * Which variant kinds each platform's web composer (its `composer.urls`) takes. The live
 * outline is a host's run-of-show for the live console, not text for the video composer: the
 * Douyin and Channels upload pages have a 1,000-character description, and a 1,700-character
 * outline filled there was reported as success (#13). Source: the composers' own forms as in
 * `composer.source` (title, description/body, topics, cover; no run-of-show field).
 */
export const COMPOSER_ACCEPTS: Record<PlatformId, VariantKind[]> = {
  wechat: ['article'],
  zhihu: ['article'],
  toutiao: ['article'],
  xiaohongshu: ['carousel'],
  weibo: ['carousel'],
  douyin: ['video-script'],
  kuaishou: ['video-script'],
  channels: ['video-script'],
  bilibili: ['video-script'],
};

/** What a long article's body pictures may be on each platform's editor. */
export interface BodyImageRule {
  maxBytes: number;
  formats: ('jpeg' | 'png' | 'gif' | 'webp')[];
  maxCount?: number;
  /** False where no public source states the number: the stricter plausible value is used. */
  confirmed: boolean;
  source: string;
}

export const BODY_IMAGES: Partial<Record<PlatformId, BodyImageRule>> = {
  wechat: {
    maxBytes: 10 * 1024 * 1024, formats: ['jpeg', 'png', 'gif'], confirmed: false,
    source: '公众号编辑器本地上传提示“支持 jpg/png/gif 等格式，大小不超过 10M”（后台界面，未在公开代码中核实）；接口 uploadimg 更严（仅 jpg/png、1MB 以下），扩展经编辑器上传，取编辑器的值。../shared/platforms.md：粘贴的图片由公众号从地址重新上传',
  },
  zhihu: {
    maxBytes: 5 * 1024 * 1024, formats: ['jpeg', 'png', 'gif'], confirmed: false,
    source: '未找到知乎专栏正文图片大小的公开出处：取 5 MB 与常见格式作较严值',
  },
  toutiao: {
    maxBytes: 5 * 1024 * 1024, formats: ['jpeg', 'png', 'gif'], confirmed: false,
    source: '../shared/platforms.md：头条正文图片为独立图块；大小上限未找到公开出处，取 5 MB 作较严值',
  },
};

/**
 * Whether a QR code (and so a scannable link) may appear in a platform's pictures and live
 * cards. Xiaohongshu's 交易导流违规管理细则 forbids QR codes and mini-program codes in notes,
 * comments, profiles and live streams (../shared/platforms.md, "Links, QR codes and pictures
 * inside posts"); no such rule was found for the others.
 */
export const QR_CODES: Record<PlatformId, { allowed: boolean; source: string }> = {
  wechat: { allowed: true, source: '../shared/platforms.md：未见限制' },
  zhihu: { allowed: true, source: '../shared/platforms.md：未见限制' },
  toutiao: { allowed: true, source: '../shared/platforms.md：未见限制' },
  xiaohongshu: { allowed: false, source: '小红书《交易导流违规管理细则》：笔记、评论、主页、直播中禁止二维码、小程序码、外链与联系方式（../shared/platforms.md）' },
  weibo: { allowed: true, source: '../shared/platforms.md：未见限制' },
  douyin: { allowed: true, source: '../shared/platforms.md：未见限制' },
  kuaishou: { allowed: true, source: '../shared/platforms.md：未见限制' },
  channels: { allowed: true, source: '../shared/platforms.md：未见限制' },
  bilibili: { allowed: true, source: '../shared/platforms.md：未见限制' },
};

/**
 * How a platform can split an A/B test of titles (and covers) at random, when it can. Only two
 * do (../shared/metrics.md, "Comparing fairly"): 头条's 双标题, where one post carries two titles
 * (more under 多标题, count unconfirmed) and the recommender shows each to part of the audience,
 * and a 公众号 send split by random user tags. Everywhere else two arms are two posts (another
 * time, another audience): their comparison is observational and the preview and dashboard say
 * 非随机对比.
 */
export interface AbSplitRule {
  /** Arms the platform splits between, the base title included. */
  maxArms: number;
  /** Arms a source states (when `maxArms` goes beyond it, `confirmed` is false and `caveat` says so). */
  sourcedArms: number;
  /**
   * The arms are one post (头条: one article with several titles), so the platform's own export
   * has one row for all of them together, which belongs to no single arm; per-arm numbers come in
   * by variant id. False where each arm is its own post with its own row (公众号: one send per tag).
   */
  onePost: boolean;
  /** What the editor does so the platform splits the arms at random (shown on the preview). */
  how: string;
  /** What the comparison can rest on, for the dashboard. */
  measure: string;
  source: string;
  confirmed?: boolean;
  /** Shown on the preview when a figure here is not confirmed: what is unverified and what to do. */
  caveat?: string;
}

export const AB_SPLIT: Partial<Record<PlatformId, AbSplitRule>> = {
  toutiao: {
    maxArms: 3,
    sourcedArms: 2,
    onePost: true,
    how: '在头条号发文页的标题处开启“双标题”，把 A、B 各填为一个标题，同一篇文章发布一次：平台把两个标题同时推荐给不同读者。发布后在该文的数据页读每个标题的推荐量和阅读量，用通用 CSV 按稿件 id 逐个标题导入；头条导出表里这篇文章只有一行，是各标题合计的数据，不算作任何一个版本。',
    measure: '标题点击率 = 阅读量 ÷ 展现量（同一篇、同一时段、平台随机分配）',
    source: '../shared/metrics.md（只有头条双标题与公众号按随机标签群发是随机分流）；头条号官方案例集《头条双标题精选》（简书转载 wsa.jianshu.io/p/09ca28537312）：“作者可以为同一篇文章起 2 个标题，机器将同时进行推荐”，案例按标题分列“阅读量/推荐量”。“多标题”只见作者博客提及（zhujiceshi.net/post/3138.html：平台自动给出 5 个副标题），不是官方说明；3 是 Kepu 的取值，未核实',
    confirmed: false,
    caveat: '头条号官方只说明“双标题”：一篇文章 2 个标题（原标题加 1 个备选）。“多标题”能填几个没有找到官方说明，Kepu 暂允许 3 个版本，这一点未核实：发文页若只有 2 个标题位，请只用 A、B，删去版本 C。',
  },
  wechat: {
    maxArms: 3,
    sourcedArms: 3,
    onePost: false,
    how: '先把粉丝随机分成与版本数相同的几组并各打一个标签（接口 tags/members/batchtagging，由医院的公众号开发者随机抽取 openid），再在同一天分别按标签群发 A、B（、C）版（后台群发选“按标签”，或接口 message/mass/sendall 的 filter.tag_id）。每组的送达人数是各自的分母。',
    measure: '打开率 = 阅读人数 ÷ 送达人数（各组随机、同日群发）',
    source: '../shared/metrics.md（公众号按随机标签群发是随机分流；送达人数为分母）；微信开放文档：根据标签群发 message/mass/sendall filter.tag_id（developers.weixin.qq.com/doc/service/api/notify/message/api_sendall，认证的订阅号与服务号可用），批量为用户打标签 tags/members/batchtagging（…/api/usermanage/tag/api_batchtagging），每个公众号最多 100 个标签',
  },
};

/** Alternatives an article may give per platform when the platform cannot split them (kept small: each is a whole variant to review). */
export const MAX_ALTERNATIVES = 2;

/**
 * Attribution carriers per platform: what may carry a variant's channel code to the hospital's
 * booking mini-program (../shared/metrics.md, "Attribution in China"). `qr` follows QR_CODES;
 * `miniProgramLink`: a mini-program text link or card inside the post (公众号 articles allow
 * them for every account); `readMore`: the 公众号 阅读原文 link; `link`: an outside link in the
 * body (outsideLinks). Where nothing is allowed (小红书) only a before/after window of bookings
 * can be compared, and that is correlation.
 */
export interface AttributionRule {
  /** Short platform prefix of the channel code (`dy-…`), readable on a booking record. */
  prefix: string;
  miniProgramLink: boolean;
  readMore: boolean;
  source: string;
  /**
   * Per kind the platform produces (PLATFORMS[p].kinds, every one listed): whether a variant of
   * that kind can itself carry its channel code to a booking, what carries it (or why nothing
   * can), and the source. A platform may allow a carrier that one of its kinds cannot hold: a
   * 抖音 short video has no clickable link and no QR code, while a 抖音 live stream shows the QR
   * card. The dashboard counts bookings only for variants with a carrier; the others are 缺, not 0.
   */
  kinds: Partial<Record<VariantKind, KindCarrier>>;
}

export interface KindCarrier {
  carrier: boolean;
  /** What carries the code, or why nothing does (shown on the dashboard beside 缺). */
  how: string;
  source: string;
}

/** Where Kepu draws QR codes: a carousel's closing slide and a live stream's cards, nowhere else (images/media.ts). */
const QR_PLACES = 'Kepu 只在轮播收尾图与直播二维码卡上放二维码（images/media.ts）';

export const ATTRIBUTION: Record<PlatformId, AttributionRule> = {
  wechat: { prefix: 'wx', miniProgramLink: true, readMore: true, source: '../shared/metrics.md：公众号正文的小程序链接与“阅读原文”所有账号可用；外链仅限开通微信支付的认证账号',
    kinds: { article: { carrier: true, how: '正文里的小程序链接与“阅读原文”', source: '../shared/metrics.md“Attribution in China”：小程序链接与阅读原文所有账号可用' } } },
  zhihu: { prefix: 'zh', miniProgramLink: false, readMore: false, source: '../shared/metrics.md：知乎无小程序载体；正文外链允许（outsideLinks）',
    kinds: { article: { carrier: true, how: '正文里的预约链接', source: 'outsideLinks（知乎正文外链允许）' } } },
  toutiao: { prefix: 'tt', miniProgramLink: false, readMore: false, source: '../shared/metrics.md：头条外链被移除（outsideLinks），二维码图片未见限制（QR_CODES）',
    kinds: { article: { carrier: true, how: '正文图片里的预约二维码（编辑加入）', source: 'QR_CODES（头条图片二维码未见限制）；外链被移除（outsideLinks）' } } },
  xiaohongshu: { prefix: 'xhs', miniProgramLink: false, readMore: false, source: '小红书《交易导流违规管理细则》禁止外链、二维码与小程序码（QR_CODES）：只能比较发布前后的预约量，属相关而非因果（../shared/metrics.md）',
    kinds: { carousel: { carrier: false, how: '小红书禁止链接、二维码和小程序码', source: '小红书《交易导流违规管理细则》（QR_CODES）' } } },
  weibo: { prefix: 'wb', miniProgramLink: false, readMore: false, source: '../shared/metrics.md；外链与二维码见 outsideLinks、QR_CODES（../shared/platforms.md 未见微博限制二维码；未找到微博官方关于图片二维码的规则）。轮播收尾图的二维码：医院配置了预约链接（theme.json booking.url）时是带本稿件渠道码的预约链接，否则是带 utm 参数的文章页',
    kinds: { carousel: { carrier: true, how: '轮播收尾图的预约二维码与正文链接', source: `outsideLinks、QR_CODES；${QR_PLACES}` } } },
  douyin: { prefix: 'dy', miniProgramLink: false, readMore: false, source: '../shared/metrics.md；描述中不放外链，二维码见 QR_CODES（直播二维码卡）',
    kinds: {
      'video-script': { carrier: false, how: '抖音短视频本身不带预约链接或二维码', source: `outsideLinks（描述中链接不可点击，不放外链）；${QR_PLACES}，短视频脚本没有` },
      'live-outline': { carrier: true, how: '直播中展示的预约二维码卡', source: `QR_CODES（未见限制）；${QR_PLACES}` },
    } },
  kuaishou: { prefix: 'ks', miniProgramLink: false, readMore: false, source: '../shared/metrics.md；描述中不放外链',
    kinds: { 'video-script': { carrier: false, how: '快手短视频本身不带预约链接或二维码', source: `outsideLinks（描述中不放外链）；${QR_PLACES}，短视频脚本没有` } } },
  channels: { prefix: 'sph', miniProgramLink: false, readMore: false, source: '../shared/metrics.md；描述中不放外链，二维码见 QR_CODES（直播二维码卡）',
    kinds: {
      'video-script': { carrier: false, how: '视频号短视频本身不带预约链接或二维码', source: `outsideLinks（描述中不放外链）；${QR_PLACES}，短视频脚本没有` },
      'live-outline': { carrier: true, how: '直播中展示的预约二维码卡', source: `QR_CODES（未见限制）；${QR_PLACES}` },
    } },
  bilibili: { prefix: 'bili', miniProgramLink: false, readMore: false, source: '../shared/metrics.md；简介外链允许（outsideLinks）',
    kinds: { 'video-script': { carrier: true, how: '简介里的预约链接', source: 'outsideLinks（B站简介外链允许）' } } },
};
