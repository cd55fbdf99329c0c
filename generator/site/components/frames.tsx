/** One preview frame per kind of platform screen (FRAME_OF maps platforms to them). */
import type { ComponentChildren } from 'preact';
import type { FrameKind } from '../frames.ts';

export interface FrameProps {
  platformName: string;
  account: string;
  children: ComponentChildren;
}

function Phone({ platformName, account, children }: FrameProps) {
  return (
    <div class="frame frame-phone" aria-label={`${platformName}手机预览`}>
      <div class="phone-notch" />
      <div class="phone-bar"><span>9:41</span><span>{platformName}</span><span>●●●</span></div>
      <div class="phone-screen">
        <div class="phone-account"><span class="avatar" aria-hidden="true">{account.slice(0, 1)}</span>{account}</div>
        {children}
      </div>
    </div>
  );
}

function Wechat({ account, children }: FrameProps) {
  return (
    <div class="frame frame-wechat" aria-label="微信公众号文章预览">
      <div class="wechat-column">
        <div class="wechat-account">{account}</div>
        {children}
      </div>
    </div>
  );
}

function Weibo({ account, children }: FrameProps) {
  return (
    <div class="frame frame-weibo" aria-label="微博预览">
      <div class="weibo-card">
        <div class="weibo-head"><span class="avatar" aria-hidden="true">{account.slice(0, 1)}</span>
          <div><strong>{account}</strong><div class="muted">刚刚 来自 微博网页版</div></div></div>
        {children}
        <div class="weibo-actions"><span>转发</span><span>评论</span><span>赞</span></div>
      </div>
    </div>
  );
}

function Zhihu({ account, children }: FrameProps) {
  return (
    <div class="frame frame-zhihu" aria-label="知乎文章预览">
      <div class="zhihu-bar">知乎 · 专栏</div>
      <div class="zhihu-page">
        {children}
        <div class="zhihu-author"><span class="avatar" aria-hidden="true">{account.slice(0, 1)}</span>{account}</div>
      </div>
    </div>
  );
}

function Toutiao({ account, children }: FrameProps) {
  return (
    <div class="frame frame-toutiao" aria-label="今日头条文章预览">
      <div class="toutiao-bar">今日头条</div>
      <div class="toutiao-page"><div class="muted">{account}</div>{children}</div>
    </div>
  );
}

function Bilibili({ account, children }: FrameProps) {
  return (
    <div class="frame frame-bilibili" aria-label="哔哩哔哩视频页预览">
      <div class="bilibili-bar">bilibili</div>
      <div class="bilibili-page">{children}<div class="muted">UP 主：{account}</div></div>
    </div>
  );
}

export const FRAMES: Record<FrameKind, (p: FrameProps) => preact.JSX.Element> = {
  phone: Phone, wechat: Wechat, weibo: Weibo, zhihu: Zhihu, toutiao: Toutiao, bilibili: Bilibili,
};
