/**
 * The media step, after the renderers: carousel slides and video covers as images, QR codes
 * (carousel closing slide: the hospital's booking link with the variant's channel code when one is
 * configured, else the tagged article URL; live outline), article images cropped to each
 * platform's size, and the attribution links every variant lists. Variants are completed in
 * place (slide.image, cover, images, files, links) and their JSON files refreshed.
 *
 * Without image processing (`--no-images`) only the links are added: no font is loaded and
 * nothing is rasterised, so text-only builds stay fast.
 */
import { basename, extname } from 'node:path';
import type { Slide, Variant } from '../manifest.ts';
import { bylineOf } from '../model/byline.ts';
import type { ArticleModel } from '../model/types.ts';
import { PLATFORMS, QR_CODES } from '../platforms/registry.ts';
import type { OutputFile, Rendered } from '../render/types.ts';
import { variantFile } from '../render/types.ts';
import { attributionOf, canonicalUrl, tagUrl } from '../render/tag-url.ts';
import { alternativeCover } from '../render/alternatives.ts';
import type { Theme } from '../theme.ts';
import type { PreparedImages } from './article-images.ts';
import { cacheKey, type RenderCache } from './cache.ts';
import { cropImage } from './crop.ts';
import { fitSlides } from './fit-slides.ts';
import { loadFonts, type Fonts } from './fonts.ts';
import { runPool } from './pool.ts';
import { rasterize, type RasterFormat } from './rasterize.ts';
import { layoutSlide, type Frame, type SlideSpec } from './slide-layout.ts';
import { loadSlideStyle, type SlideStyle } from './slide-theme.ts';
import { slideSvg } from './slide-svg.ts';

export interface MediaOptions {
  images: boolean;
  cache?: RenderCache;
  /** Article images already re-encoded by `prepareImages`, for platform crops. */
  assets?: PreparedImages & { files: OutputFile[] };
  style?: SlideStyle;
  onProgress?: (done: number, total: number) => void;
}

export interface Media {
  files: OutputFile[];
  /** How many images were drawn, and how many came from the cache. */
  rendered: number;
  cached: number;
}

interface Job {
  path: string;
  key: string;
  make: () => Promise<Buffer>;
}

export async function renderMedia(model: ArticleModel, rendered: Rendered[], theme: Theme, opts: MediaOptions): Promise<Media> {
  const url = canonicalUrl(model, theme);
  const qrOf = (v: Variant) => tagUrl(url, attributionOf(model, v));
  // Where the platform bans QR codes (Xiaohongshu), no code is drawn and none is listed.
  const qrAllowed = (v: Variant) => QR_CODES[v.platform].allowed;
  // A carousel's closing code takes readers to the booking (with this variant's channel code, so
  // the appointment joins back to it) where the hospital configured one; else to the article.
  const closingQr = (v: Variant) => (v.channel?.bookingUrl && theme.booking?.url
    ? { url: theme.booking.url, tagged: v.channel.bookingUrl, caption: '扫码预约挂号' }
    : { url, tagged: qrOf(v), caption: undefined });
  for (const { variant } of rendered) {
    if (variant.kind === 'carousel' && qrAllowed(variant)) {
      const { url: plain, tagged } = closingQr(variant);
      variant.links = [...(variant.links ?? []), { url: plain, tagged }];
    } else if (variant.kind === 'live-outline' && qrAllowed(variant)) {
      variant.links = [...(variant.links ?? []), { url, tagged: qrOf(variant) }];
    }
  }
  const result: Media = { files: [], rendered: 0, cached: 0 };
  if (!opts.images) {
    return result;
  }

  const [fonts, style] = await Promise.all([loadFonts(), opts.style ?? styleOf(theme)]);
  checkGlyphs(rendered, fonts);
  const department = model.frontMatter.department ?? model.frontMatter.author?.department;
  const byline = bylineOf(model);
  const jobs: Job[] = [];
  const slideJob = (path: string, spec: SlideSpec, frame: Frame, format: RasterFormat): Job => ({
    path,
    key: cacheKey(['slide', spec, frame.width, frame.height, frame.department, format, style, fonts.id]),
    make: () => rasterize(slideSvg(layoutSlide(spec, frame, fonts), fonts, style.logo), format),
  });

  for (const { variant } of rendered) {
    const rule = PLATFORMS[variant.platform];
    const stem = variantFile(model.slug, variant.id, '').slice(model.slug.length + 1, -1);
    if (variant.kind === 'carousel' && variant.slides && rule.images) {
      const frame: Frame = { width: rule.images.width, height: rule.images.height, style, department };
      const format = rule.images.formats.includes('png') ? 'png' : rule.images.formats[0]!;
      const specOf = (s: Omit<Slide, 'index'>): SlideSpec => ({
        role: s.role, heading: s.heading, text: s.text,
        ...(s.role === 'closing' && qrAllowed(variant) ? closingSpec(closingQr(variant)) : {}),
      });
      const slides = capSlides(fitSlides(variant.slides, frame, fonts, specOf), rule.images.maxCount, rule.name, variant);
      // An A/B arm's slides differ from arm a's only by the QR code (tagged with the arm's id):
      // with a code each arm draws its own, without one the arms share the same pictures.
      const arm = variant.experiment && variant.experiment.arm !== 'a' && qrAllowed(variant) ? `-${variant.experiment.arm}` : '';
      slides.forEach((slide) => {
        slide.image = `${model.slug}/slides/${variant.platform}${arm}-${String(slide.index).padStart(2, '0')}.${ext(format)}`;
        const spec = { ...specOf(slide), page: `${slide.index}/${slides.length}`, ...(slide.role === 'cover' ? { byline } : {}) };
        jobs.push(slideJob(slide.image, spec, frame, format));
      });
      variant.slides = slides;
      variant.cover = slides[0]!.image;
      variant.images = slides.map((s) => s.image!);
      addFiles(variant, variant.images, format);
      const limit = variant.limits?.find((l) => l.field === 'images');
      if (limit) limit.length = variant.images.length;
    } else if (variant.kind === 'video-script' && rule.video) {
      const { width, height } = rule.video.cover;
      const path = `${model.slug}/covers/${stem}.png`;
      jobs.push(slideJob(path, { role: 'cover', heading: variant.title, text: model.summary, byline }, { width, height, style, department }, 'png'));
      variant.cover = path;
      addFiles(variant, [path], 'png');
    } else if (variant.kind === 'live-outline' && qrAllowed(variant)) {
      const { width, height } = style.layout.qrCard;
      const path = `${model.slug}/qr/${stem}.png`;
      jobs.push(slideJob(path, { role: 'closing', heading: model.title, text: '直播中展示此码，观众扫码阅读全文', qr: qrOf(variant) }, { width, height, style, department }, 'png'));
      variant.images = [path];
      addFiles(variant, [path], 'png');
      // With a booking link configured, a second card carries it with this variant's channel code.
      const booking = variant.channel?.bookingUrl;
      if (booking) {
        const bookingPath = `${model.slug}/qr/${stem}.booking.png`;
        jobs.push(slideJob(bookingPath, { role: 'closing', heading: '预约挂号', text: `直播中展示此码，观众扫码预约（渠道码 ${variant.channel!.code}）`, qr: booking }, { width, height, style, department }, 'png'));
        variant.images.push(bookingPath);
        addFiles(variant, [bookingPath], 'png');
      }
    }
  }
  jobs.push(...cropJobs(model, rendered, opts.assets));

  const inFlight = new Map<string, Promise<Buffer>>();
  const produce = (job: Job) => {
    let p = inFlight.get(job.key);
    if (!p) {
      p = (async () => {
        const hit = await opts.cache?.get(job.key);
        if (hit) { result.cached++; return hit; }
        const buf = await job.make();
        result.rendered++;
        await opts.cache?.put(job.key, buf);
        return buf;
      })();
      inFlight.set(job.key, p);
    }
    return p;
  };
  const buffers = await runPool(jobs.map((j) => () => produce(j)), undefined, opts.onProgress);
  result.files = jobs.map((j, i) => ({ path: j.path, content: buffers[i]! }));
  return result;
}

function closingSpec(q: { tagged: string; caption: string | undefined }): Pick<SlideSpec, 'qr' | 'qrCaption'> {
  return { qr: q.tagged, ...(q.caption ? { qrCaption: q.caption } : {}) };
}

const styles = new WeakMap<Theme, Promise<SlideStyle>>();

/** Layout data and logo, read once per theme (that is, once per build). */
function styleOf(theme: Theme): Promise<SlideStyle> {
  let p = styles.get(theme);
  if (!p) { p = loadSlideStyle(theme); styles.set(theme, p); }
  return p;
}

/** Platforms cap the number of images: drop point slides from the end (never cover or closing) and say so. */
function capSlides(slides: Slide[], max: number, name: string, variant: Variant): Slide[] {
  if (slides.length <= max) return slides;
  const keep = [...slides.slice(0, max - 1), slides.at(-1)!];
  const dropped = slides.slice(max - 1, -1);
  (variant.warnings ??= []).push({
    code: 'cut.slides',
    message: `排版后超过${name}最多 ${max} 张图，省略了 ${dropped.length} 张：${dropped.map((s) => s.heading ?? '').join('、')}`,
  });
  return keep.map((s, i) => ({ ...s, index: i + 1 }));
}

/**
 * Article images cropped to each platform's image size (attention crop, the platform's format):
 * the article cover (front matter `cover`, else the first image) becomes an article variant's
 * cover; a carousel gets the body images as extra pictures before its closing slide.
 */
function cropJobs(model: ArticleModel, rendered: Rendered[], assets: MediaOptions['assets']): Job[] {
  if (!assets) return [];
  const source = (src: string) => {
    const path = assets.assetPath(src);
    const file = path ? assets.files.find((f) => f.path === path) : undefined;
    return path && file ? { path, content: Buffer.from(file.content) } : undefined;
  };
  const jobs: Job[] = [];
  const coverSrc = model.frontMatter.cover ?? model.images[0]?.src;
  for (const { variant } of rendered) {
    const rule = PLATFORMS[variant.platform].images;
    if (!rule) continue;
    const crop = (src: string) => {
      const s = source(src);
      if (!s) return undefined;
      const fromExt = extname(s.path).slice(1).replace('jpg', 'jpeg') as RasterFormat;
      const format = (rule.formats as RasterFormat[]).includes(fromExt) ? fromExt : rule.formats[0]!;
      const path = `${model.slug}/images/${variant.platform}/${basename(s.path, extname(s.path))}.${ext(format)}`;
      if (!jobs.some((j) => j.path === path)) {
        jobs.push({ path, key: cacheKey(['crop', s.content.toString('base64'), rule.width, rule.height, format]), make: () => cropImage(s.content, rule.width, rule.height, format) });
      }
      return { path, format };
    };
    const cover = alternativeCover(model, variant) ?? coverSrc;
    if (variant.kind === 'article' && cover) {
      const c = crop(cover);
      if (c) { variant.cover = c.path; addFiles(variant, [c.path], c.format); }
    } else if (variant.kind === 'carousel' && variant.images) {
      const room = rule.maxCount - variant.images.length;
      const extra = model.images.slice(0, Math.max(0, room)).map((i) => crop(i.src)).filter((c) => !!c);
      if (extra.length > 0) {
        variant.images.splice(variant.images.length - 1, 0, ...extra.map((c) => c.path));
        addFiles(variant, extra.map((c) => c.path), extra[0]!.format);
      }
    }
  }
  return jobs;
}

function addFiles(variant: Variant, paths: string[], format: RasterFormat): void {
  variant.files = [...(variant.files ?? []), ...paths.map((path) => ({ kind: ext(format), path }))];
}

const ext = (format: RasterFormat) => (format === 'jpeg' ? 'jpg' : format);

/** A character the font lacks would be drawn as a box on every slide: say which, and where. */
function checkGlyphs(rendered: Rendered[], fonts: Fonts): void {
  const text = rendered.flatMap(({ variant }) => [variant.title, ...(variant.slides ?? []).flatMap((s) => [s.heading ?? '', s.text])]).join('');
  const missing = fonts.missing(text);
  if (missing.length === 0) return;
  for (const { variant } of rendered) {
    if (variant.kind === 'carousel' || variant.kind === 'video-script') {
      (variant.warnings ??= []).push({ code: 'font.missing', message: `字体缺少这些字，图片中会显示为方框：${missing.join(' ')}；请换用常用字或写法` });
    }
  }
}

