/**
 * How each platform's post looks, as data: the preview frame a variant is shown in. A new
 * platform is one line here, never a branch in a component.
 */
import type { PlatformId } from '../manifest.ts';

export type FrameKind = 'phone' | 'wechat' | 'weibo' | 'zhihu' | 'toutiao' | 'bilibili';

export const FRAME_OF: Record<PlatformId, FrameKind> = {
  wechat: 'wechat',
  zhihu: 'zhihu',
  toutiao: 'toutiao',
  xiaohongshu: 'phone',
  weibo: 'weibo',
  douyin: 'phone',
  kuaishou: 'phone',
  channels: 'phone',
  bilibili: 'bilibili',
};
