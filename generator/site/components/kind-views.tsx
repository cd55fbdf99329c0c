/**
 * What each variant kind shows: a preview inside the platform frame, details beside it, the
 * fields to copy and the files to download. One entry per kind, no kind branches elsewhere.
 */
import type { Variant, VariantKind } from '../../manifest.ts';
import { markHtml, rebaseSrc, type Mark } from '../highlight.ts';
import { SLIDE_ROLE_LABEL } from '../labels.ts';
import { Island } from '../islands/island.tsx';
import { Marked } from './marked.tsx';
import { shotCues, type Cue } from '../islands/srt-download.tsx';
import { videoDetailsHtml } from './video-details.ts';

export interface ViewContext {
  v: Variant;
  marks: Mark[];
  /** Prefix from the page to OUT, e.g. `../`. */
  up: string;
  depth: number;
  /** OUT-relative zip of the carousel's slide images, when there are images. */
  zip?: string;
  liveStart: string;
}

export interface CopyField {
  label: string;
  /** Left out when it would be `textToHtml(text)`: the copy button makes that itself. */
  html?: string;
  text: string;
}

/** A file to download: one the build wrote (`href`), or subtitles the page makes when clicked (`cues`). */
export type Download =
  | { label: string; href: string; file: string }
  | { label: string; file: string; cues: Cue[] };

export interface KindView {
  preview(ctx: ViewContext): preact.JSX.Element;
  details(ctx: ViewContext): preact.JSX.Element | null;
  copies(v: Variant, depth: number): CopyField[];
  downloads(ctx: ViewContext): Download[];
}

// The rich text is the text as paragraphs, which the copy button makes (textToHtml): the page need not carry it too.
const plain = (label: string, text: string | undefined): CopyField[] =>
  text ? [{ label, text }] : [];

const hashtagCopy = (v: Variant) => plain('复制话题', v.hashtags?.join(' '));

const fileName = (path: string) => path.split('/').pop() ?? path;

function Cover({ ctx, alt }: { ctx: ViewContext; alt: string }) {
  return ctx.v.cover ? <img class="cover" src={`${ctx.up}${ctx.v.cover}`} alt={alt} loading="lazy" /> : null;
}

function Caption({ ctx }: { ctx: ViewContext }) {
  return ctx.v.caption ? <div class="post-caption"><Marked text={ctx.v.caption} marks={ctx.marks} /></div> : null;
}

/** Written as a string (./video-details.ts): most of an article page's elements are its video scripts' shots. */
function VideoDetails({ ctx }: { ctx: ViewContext }) {
  return <div class="video-script" dangerouslySetInnerHTML={{ __html: videoDetailsHtml(ctx.v, ctx.marks) }} />;
}

function Slides({ ctx }: { ctx: ViewContext }) {
  return (
    <ol class="slides">
      {(ctx.v.slides ?? []).map((s) => (
        <li class={`slide slide-${s.role}`}>
          {s.image
            ? <img src={`${ctx.up}${s.image}`} alt={`第 ${s.index} 张：${s.heading ?? ''} ${s.text}`} loading="lazy" />
            : <div class="slide-card">{s.heading ? <strong><Marked text={s.heading} marks={ctx.marks} /></strong> : null}<p><Marked text={s.text} marks={ctx.marks} /></p></div>}
          <span class="slide-label">{s.index} · {SLIDE_ROLE_LABEL[s.role]}{s.source ? ` · 来自第 ${s.source.line} 行` : ''}</span>
        </li>
      ))}
    </ol>
  );
}

function Links({ v }: { v: Variant }) {
  if (!v.links?.length) return null;
  return (
    <details class="links"><summary>带追踪参数的链接（{v.links.length}）</summary>
      <ul>{v.links.map((l) => <li><code>{l.tagged}</code></li>)}</ul>
    </details>
  );
}

// Only what subtitles need of each shot travels in the page: the timings and the voice-over.
const srtDownloads = (ctx: ViewContext): Download[] => ctx.v.shots?.length
  ? [{ label: '下载字幕 SRT', file: `${ctx.v.id}.srt`, cues: shotCues(ctx.v.shots) }]
  : [];

export const KIND_VIEWS: Record<VariantKind, KindView> = {
  article: {
    preview: (ctx) => (
      <article class="post-article">
        <h1 class="post-title"><Marked text={ctx.v.title} marks={ctx.marks} /></h1>
        {/* Sanitised by the article renderer (rehype-sanitize); only <mark> is added here. */}
        <div class="post-body" dangerouslySetInnerHTML={{ __html: markHtml(rebaseSrc(ctx.v.html ?? '', ctx.depth - 1), ctx.marks) }} />
      </article>
    ),
    details: (ctx) => <Links v={ctx.v} />,
    copies: (v, depth) => [
      ...plain('复制标题', v.title),
      // Article HTML addresses pictures from the article's folder, which is the page's own.
      ...(v.html ? [{ label: '复制正文', html: rebaseSrc(v.html, depth - 1), text: v.text }] : []),
    ],
    downloads: (ctx) => (ctx.v.files ?? []).filter((f) => f.kind === 'html').map((f) => ({ label: '下载 HTML', href: `${ctx.up}${f.path}`, file: `${ctx.v.id}.${f.kind}` })),
  },
  'video-script': {
    preview: (ctx) => (
      <div class="post-video">
        <div class="video-screen"><Cover ctx={ctx} alt="视频封面" />
          <div class="video-overlay"><strong><Marked text={ctx.v.title} marks={ctx.marks} /></strong></div></div>
        <Caption ctx={ctx} />
      </div>
    ),
    details: (ctx) => <VideoDetails ctx={ctx} />,
    copies: (v) => [
      ...plain('复制标题', v.title),
      ...plain('复制描述', v.caption),
      ...hashtagCopy(v),
      ...plain('复制口播稿', (v.shots ?? []).map((s) => s.voiceOver).join('\n') || v.text),
    ],
    downloads: srtDownloads,
  },
  carousel: {
    preview: (ctx) => (
      <div class="post-carousel">
        <div class="carousel-preview">
          {(ctx.v.slides ?? []).map((s) => s.image
            ? <img src={`${ctx.up}${s.image}`} alt={`第 ${s.index} 张`} loading="lazy" />
            : <div class="slide-card small"><strong>{s.heading}</strong><p>{s.text}</p></div>)}
        </div>
        <h1 class="post-title"><Marked text={ctx.v.title} marks={ctx.marks} /></h1>
        <Caption ctx={ctx} />
      </div>
    ),
    details: (ctx) => <Slides ctx={ctx} />,
    copies: (v) => [...plain('复制标题', v.title), ...plain('复制文案', v.caption), ...hashtagCopy(v)],
    downloads: (ctx) => ctx.zip ? [{ label: '下载全部图片 (zip)', href: `${ctx.up}${ctx.zip}`, file: fileName(ctx.zip) }] : [],
  },
  'live-outline': {
    preview: (ctx) => (
      <div class="post-live">
        <div class="live-badge">直播预告</div>
        <h1 class="post-title"><Marked text={ctx.v.title} marks={ctx.marks} /></h1>
        {ctx.v.images?.[0] ? <img class="qr" src={`${ctx.up}${ctx.v.images[0]}`} alt="文章二维码" loading="lazy" /> : null}
        <p class="muted">时长 {Math.round((ctx.v.durationSeconds ?? 0) / 60)} 分钟</p>
      </div>
    ),
    details: (ctx) => (
      <>
        <Island name="run-of-show" props={{ items: ctx.v.runOfShow ?? [], start: ctx.liveStart }} />
        <Links v={ctx.v} />
      </>
    ),
    copies: (v) => [...plain('复制标题', v.title), ...plain('复制提纲', v.text)],
    downloads: (ctx) => (ctx.v.files ?? []).filter((f) => f.kind === 'txt').map((f) => ({ label: '下载提纲 TXT', href: `${ctx.up}${f.path}`, file: `${ctx.v.id}.${f.kind}` })),
  },
};
