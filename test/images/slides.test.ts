import { join } from 'node:path';
import sharp from 'sharp';
import jsQR from 'jsqr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, renderVariants } from '../../generator/build.ts';
import type { Variant } from '../../generator/manifest.ts';
import { PLATFORMS } from '../../generator/platforms/registry.ts';
import { renderMedia } from '../../generator/images/media.ts';
import { RenderCache } from '../../generator/images/cache.ts';
import { loadFonts } from '../../generator/images/fonts.ts';
import { fitSlides } from '../../generator/images/fit-slides.ts';
import { layoutSlide } from '../../generator/images/slide-layout.ts';
import { loadSlideStyle } from '../../generator/images/slide-theme.ts';
import { rasterize } from '../../generator/images/rasterize.ts';
import { loadTheme } from '../../generator/theme.ts';
import { FIXTURES, contentDir, modelOf, readSite, tempDir, type FullSite } from '../helpers.ts';

let site: Awaited<ReturnType<typeof contentDir>>;
let manifest: FullSite;
const variants = () => manifest.articles.flatMap((a) => a.variants);

beforeAll(async () => {
  site = await contentDir({}, join(FIXTURES, 'basic'));
  await build({ contentDir: site.content, outDir: site.out, cacheDir: join(site.dir, 'cache') });
  manifest = await readSite(site.out);
});
afterAll(() => site.cleanup());

async function raw(png: Buffer | string) {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), width: info.width, height: info.height };
}

describe('carousel slides and covers', () => {
  it('every slide is an image of its platform’s size and format, listed in the manifest', async () => {
    const carousels = variants().filter((v) => v.kind === 'carousel');
    expect(carousels.map((v) => v.platform).sort()).toEqual(['weibo', 'xiaohongshu']);
    for (const v of carousels) {
      const rule = PLATFORMS[v.platform].images!;
      expect(v.cover).toBe(v.slides![0]!.image);
      for (const slide of v.slides!) {
        expect(slide.image, `${v.id} slide ${slide.index}`).toMatch(new RegExp(`^flu-basics/slides/${v.platform}-\\d\\d\\.png$`));
        expect(v.files!.some((f) => f.path === slide.image && f.kind === 'png')).toBe(true);
        expect(v.images).toContain(slide.image);
        const meta = await sharp(join(site.out, slide.image!)).metadata();
        expect([meta.width, meta.height, meta.format]).toEqual([rule.width, rule.height, 'png']);
        expect(rule.formats).toContain(meta.format);
      }
      expect(v.images!.length).toBeLessThanOrEqual(rule.maxCount);
      expect(v.images!.at(-1)).toBe(v.slides!.at(-1)!.image);
    }
  });

  it('every video-script variant has a cover of its platform’s cover size', async () => {
    const videos = variants().filter((v) => v.kind === 'video-script');
    expect(videos.length).toBeGreaterThanOrEqual(4);
    for (const v of videos) {
      const { width, height } = PLATFORMS[v.platform].video!.cover;
      expect(v.files!.some((f) => f.path === v.cover)).toBe(true);
      const meta = await sharp(join(site.out, v.cover!)).metadata();
      expect([meta.width, meta.height], v.id).toEqual([width, height]);
    }
  });

  it('no QR code or link on Xiaohongshu slides (its rules ban them); elsewhere the closing QR decodes to the booking link with the channel code (booking configured), the live card to the tagged URL', async () => {
    const xhs = variants().find((x) => x.platform === 'xiaohongshu' && x.kind === 'carousel')!;
    for (const slide of xhs.slides!) {
      const { data, width, height } = await raw(join(site.out, slide.image!));
      expect(jsQR(data, width, height), slide.image).toBeNull();
    }
    expect(xhs.links ?? []).toEqual([]);
    for (const v of variants().filter((x) => (x.kind === 'carousel' || x.kind === 'live-outline') && x.platform !== 'xiaohongshu')) {
      const png = join(site.out, v.kind === 'carousel' ? v.slides!.at(-1)!.image! : v.images![0]!);
      const { data, width, height } = await raw(png);
      const code = jsQR(data, width, height);
      expect(code, `no QR found in ${png}`).not.toBeNull();
      expect(code!.data).toBe(v.links!.at(-1)!.tagged);
      if (v.kind === 'carousel') {
        expect(code!.data).toBe(v.channel!.bookingUrl);
        expect(new URL(code!.data).searchParams.get('ch')).toBe(v.channel!.code);
        continue;
      }
      expect(new URL(code!.data).searchParams.get('utm_source')).toBe(v.platform);
      expect(new URL(code!.data).searchParams.get('utm_campaign')).toBe('flu-2026');
    }
  });

  it('a live card for booking carries the booking URL with the variant\'s channel code, where QR codes are allowed', async () => {
    const lives = variants().filter((x) => x.kind === 'live-outline');
    expect(lives.length).toBeGreaterThan(0);
    for (const v of lives) {
      expect(v.channel?.bookingUrl, v.id).toContain(`ch=${v.channel!.code}`);
      const { data, width, height } = await raw(join(site.out, v.images![1]!));
      expect(jsQR(data, width, height)?.data, v.id).toBe(v.channel!.bookingUrl);
    }
    const xhs = variants().find((x) => x.platform === 'xiaohongshu')!;
    expect(xhs.channel?.bookingUrl).toBeUndefined();
    expect(xhs.channel?.miniProgramPath).toBeUndefined();
  });

  it('outputs carry no EXIF: article assets and platform crops (the source has EXIF)', async () => {
    expect((await sharp(join(FIXTURES, 'basic/images/flu.png')).metadata()).exif).toBeDefined();
    const crops = variants().flatMap((v) => (v.files ?? []).filter((f) => f.path.includes('/images/') || f.path.includes('/assets/')));
    expect(crops.length).toBeGreaterThan(0);
    for (const f of [...crops, { path: 'flu-basics/assets/flu.png' }]) {
      const meta = await sharp(join(site.out, f.path)).metadata();
      expect(meta.exif, f.path).toBeUndefined();
    }
    const wechat = variants().find((v) => v.id === 'flu-basics.wechat.article')!;
    const rule = PLATFORMS.wechat.images!;
    const meta = await sharp(join(site.out, wechat.cover!)).metadata();
    expect([meta.width, meta.height]).toEqual([rule.width, rule.height]);
  });

  it('--no-images renders no slide and writes no picture', async () => {
    const t = await contentDir({}, join(FIXTURES, 'basic'));
    try {
      await build({ contentDir: t.content, outDir: t.out, images: false, cacheDir: join(t.dir, 'cache') });
      const m = await readSite(t.out);
      const v = m.articles[0]!.variants.find((x) => x.kind === 'carousel' && x.platform === 'weibo')!;
      expect(v.slides!.every((s) => !s.image)).toBe(true);
      // The links are there without pictures: the closing code's booking link with the channel code.
      expect(v.links![0]!.tagged).toBe(v.channel!.bookingUrl);
    } finally {
      await t.cleanup();
    }
  });
});

describe('fonts', () => {
  it('draws real Chinese glyphs: different strings differ, and differ from tofu boxes', async () => {
    const fonts = await loadFonts();
    expect(fonts.missing('高血压分级糖尿病饮食，。（）℃')).toEqual([]);
    const draw = async (body: string) => {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="80"><rect width="400" height="80" fill="#fff"/>${body}</svg>`;
      return (await raw(await rasterize(svg, 'png'))).data;
    };
    const glyphs = (t: string) => draw(`<path d="${fonts.path(t, 10, 60, 56, 'regular')}" fill="#000"/>`);
    // What a renderer without a CJK font draws: one box per character. Drawn here rather than
    // asked of the system, so the test means the same with or without system CJK fonts.
    const tofu = (t: string) => draw([...t].map((_, i) => `<rect x="${12 + i * 56}" y="14" width="50" height="50" fill="none" stroke="#000" stroke-width="4"/>`).join(''));
    const a = await glyphs('高血压分级');
    const b = await glyphs('糖尿病饮食');
    const ink = (px: Uint8ClampedArray) => { let n = 0; for (let i = 0; i < px.length; i += 4) if (px[i]! < 128) n++; return n; };
    const diff = (x: Uint8ClampedArray, y: Uint8ClampedArray) => { let n = 0; for (let i = 0; i < x.length; i += 4) if (Math.abs(x[i]! - y[i]!) > 64) n++; return n; };
    expect(ink(a)).toBeGreaterThan(1500);
    expect(diff(a, b)).toBeGreaterThan(1000);
    // Tofu boxes are the same for every string; real glyphs are not.
    const tofuA = await tofu('高血压分级');
    expect(diff(a, tofuA)).toBeGreaterThan(1000);
    // The glyphs come from the bundled font, never the system's: the same path on every machine.
    expect(fonts.path('高血压', 0, 0, 56, 'regular')).toMatch(/^M[\d.-]/);
  });
});

describe('overflow and splitting', () => {
  it('a key point too long for one slide continues on the next', async () => {
    const long = '高血压患者应当每天在固定时间测量血压，早晨起床后一小时内、服药前、早餐前测一次，晚上睡前再测一次，每次测两到三遍取平均值，并把结果记录下来，复诊时带给医生参考，医生会据此调整用药方案';
    const t = await contentDir({ 'bp.md': `---\ntitle: 家庭自测血压\nslug: bp\nplatforms: [xiaohongshu]\n---\n\n## 怎么测\n测量前静坐。\n\n## 划重点\n- ${long}\n` });
    try {
      await build({ contentDir: t.content, outDir: t.out, cacheDir: join(t.dir, 'cache') });
      const m = await readSite(t.out);
      const v = m.articles[0]!.variants[0]!;
      const points = v.slides!.filter((s) => s.role === 'point');
      expect(points.length).toBeGreaterThanOrEqual(2);
      expect(points[1]!.heading).toMatch(/（续）$/);
      expect(points.map((s) => s.text).join('')).toBe(long);
      for (const s of points) expect((await sharp(join(t.out, s.image!)).metadata()).height).toBe(1440);
    } finally {
      await t.cleanup();
    }
  });

  it('a list item wraps under its text, not under its bullet', async () => {
    const fonts = await loadFonts();
    const style = await loadSlideStyle(await loadTheme());
    const frame = { width: 1080, height: 1440, style };
    const item = '· 尿量明显减少，孩子哭时没有眼泪、口唇干燥，精神萎靡、嗜睡、反应差；';
    const ops = layoutSlide({ role: 'closing', heading: '就医提示', text: `出现以下情况，要及时到医院就诊：\n${item}` }, frame, fonts).ops
      .filter((o): o is Extract<typeof o, { type: 'text' }> => o.type === 'text');
    const first = ops.findIndex((o) => o.text.startsWith('· 尿量'));
    expect(first).toBeGreaterThan(-1);
    const bulletLine = ops[first]!;
    const next = ops[first + 1]!;
    // The continuation starts where the item's text starts, a bullet's width in, and carries no marker.
    expect(next.x).toBeGreaterThan(bulletLine.x + 5);
    expect(next.x - bulletLine.x).toBeCloseTo(fonts.measure('· ', bulletLine.size, bulletLine.weight), 1);
    expect(next.text).not.toMatch(/[\u0000-\u001f]/);
    expect(ops.slice(first).map((o) => o.text).join('').replace(/^· /, '')).toBe(item.slice(2));
  });

  it('a slide that overflows its box at the smallest font is split, not clipped', async () => {
    const fonts = await loadFonts();
    const style = await loadSlideStyle(await loadTheme());
    const frame = { width: 1080, height: 1080, style };
    const text = '流感病毒会通过飞沫传播。'.repeat(30);
    const spec = { role: 'point' as const, heading: '传播途径', text };
    expect(layoutSlide(spec, frame, fonts).fits).toBe(false);
    const slides = fitSlides([{ index: 1, ...spec }], frame, fonts, (s) => ({ role: s.role, heading: s.heading, text: s.text }));
    expect(slides.length).toBeGreaterThanOrEqual(2);
    expect(slides.map((s) => s.text).join('')).toBe(text);
    expect(slides.map((s) => s.index)).toEqual(slides.map((_, i) => i + 1));
    for (const s of slides) expect(layoutSlide({ role: 'point', heading: s.heading, text: s.text }, frame, fonts).fits).toBe(true);
  });
});

describe('render cache', () => {
  it('skips unchanged slides and re-renders only what changed', async () => {
    const theme = await loadTheme();
    const cacheDir = await tempDir();
    try {
      const md = (point: string) => `---\ntitle: 家庭自测血压\nslug: bp\nplatforms: [weibo]\n---\n\n## 怎么测\n测量前静坐。\n\n## 划重点\n- ${point}\n- 每天固定时间测量\n`;
      const run = async (point: string) => {
        const model = modelOf(md(point));
        const rendered = renderVariants(model, theme, () => undefined);
        const media = await renderMedia(model, rendered, theme, { images: true, cache: new RenderCache(cacheDir.dir) });
        return { media, variant: rendered[0]!.variant as Variant };
      };
      const first = await run('测量前静坐五分钟');
      const n = first.variant.slides!.length;
      expect(first.media).toMatchObject({ rendered: n, cached: 0 });
      const second = await run('测量前静坐五分钟');
      expect(second.media).toMatchObject({ rendered: 0, cached: n });
      expect(second.media.files.map((f) => Buffer.from(f.content).length)).toEqual(first.media.files.map((f) => Buffer.from(f.content).length));
      const third = await run('测量前静坐十分钟');
      expect(third.media).toMatchObject({ rendered: 1, cached: n - 1 });
    } finally {
      await cacheDir.cleanup();
    }
  });
});
