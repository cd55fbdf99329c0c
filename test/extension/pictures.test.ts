/**
 * An article's pictures reach the long-article composers (公众号, 知乎, 头条) as pasted image
 * files that the composer uploads itself, in order, each after its paragraph. The fixture
 * editors upload a pasted file to the fixture server's /upload and put the returned URL into
 * their own model, as the real editors do; assertions read that model.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ManifestArticle, PlatformId, Variant } from '../../generator/manifest.ts';
import {
  COMPOSER_URLS, fixtureArticle, openComposer, pngAsset, readModel, sendToPage, startAll, uploads, variantFor, type Session,
} from './harness.ts';

const APPROVED = { slug: 'flu-basics', status: 'approved' as const };

let session: Session;
let stop: () => Promise<void>;
let article: ManifestArticle;

beforeAll(async () => {
  article = await fixtureArticle();
  ({ session, stop } = await startAll());
}, 120_000);

beforeEach(() => {
  uploads.length = 0;
});

afterEach(async () => {
  await Promise.all(session?.context.pages().map((p) => p.close()) ?? []);
});

afterAll(async () => {
  await stop?.();
});

/**
 * Three pictures addressed the ways variant HTML does (from the article folder, from the
 * output root), one with alt text, one in a figure with a caption, one bare.
 */
function withPictures(base: Variant, names = ['one.png', 'two.png', 'three.png']): Variant {
  const html = [
    '<p>第一段：流感起病急，全身症状重。</p>',
    `<p><img src="assets/${names[0]}" alt="第一张图：流感与感冒对比"></p>`,
    '<h2>接种疫苗</h2>',
    '<p>第二段：每年接种流感疫苗。</p>',
    `<figure><img src="assets/${names[1]}"><figcaption>第二张图：接种时间表</figcaption></figure>`,
    '<p>第三段：发热期间多休息、多喝水。</p>',
    `<p><img src="flu-basics/assets/${names[2]}"></p>`,
    '<p>第四段：持续高热请及时就医。</p>',
  ].join('\n');
  const text = '第一段：流感起病急，全身症状重。\n接种疫苗\n第二段：每年接种流感疫苗。\n第三段：发热期间多休息、多喝水。\n第四段：持续高热请及时就医。';
  return { ...base, html, text, images: names.map((n) => `flu-basics/assets/${n}`), limits: [] };
}

async function fillWithPictures(platform: PlatformId, names?: string[]) {
  const page = await openComposer(session, COMPOSER_URLS[platform]);
  const variant = withPictures(variantFor(article, platform), names);
  const paths = [...new Set([variant.cover, ...(variant.images ?? [])].filter((p): p is string => Boolean(p)))];
  const assets = await Promise.all(paths.map(pngAsset));
  const response = await sendToPage(session.worker, page.url(), { type: 'kepu:fill', variant, assets, article: APPROVED });
  const model = await readModel(page);
  return { page, variant, response, model, sequence: model.sequence as ({ img: string } | { text: string })[] };
}

/** The text blocks right before and right after each picture in the editor's model. */
function around(sequence: ({ img: string } | { text: string })[]) {
  return sequence.flatMap((b, i) => ('img' in b ? [{
    img: b.img,
    before: (sequence.slice(0, i).reverse().find((x) => 'text' in x) as { text: string } | undefined)?.text ?? '',
    after: (sequence.slice(i + 1).find((x) => 'text' in x) as { text: string } | undefined)?.text ?? '',
  }] : []));
}

const unreachable = (src: string) => !/^https:\/\//.test(src) || /\/\/(localhost|127\.)/.test(src) || /(^|\/)assets\//.test(src);

const PLATFORMS: PlatformId[] = ['wechat', 'zhihu', 'toutiao'];

describe('an article’s pictures go in as files the composer uploads', () => {
  for (const platform of PLATFORMS) {
    it(`${platform}: three pictures uploaded, in order, each after its paragraph, captions kept`, async () => {
      const { response, sequence, page } = await fillWithPictures(platform);
      expect(response.failed).toEqual([]);
      expect(response.filled).toContain('body');
      expect(response.pictures).toEqual([
        { index: 1, ok: true, path: 'flu-basics/assets/one.png' },
        { index: 2, ok: true, path: 'flu-basics/assets/two.png' },
        { index: 3, ok: true, path: 'flu-basics/assets/three.png' },
      ]);
      expect(response.ok).toBe(true);
      const host = new URL(page.url()).host;
      const body = uploads.filter((u) => u.host === host && u.name !== 'flu.png');
      expect(body.map((u) => u.name)).toEqual(['one.png', 'two.png', 'three.png']);
      const pictures = around(sequence);
      expect(pictures.map((p) => p.img)).toEqual(body.map((u) => u.url));
      expect(pictures[0]!.before).toContain('第一段');
      expect(pictures[0]!.after).toContain('第一张图：流感与感冒对比');
      expect(pictures[1]!.before).toContain('第二段');
      expect(pictures[1]!.after).toContain('第二张图：接种时间表');
      expect(pictures[2]!.before).toContain('第三段');
      expect(pictures[2]!.after).toContain('第四段');
      // The text around the pictures arrived whole and once.
      const texts = sequence.filter((b): b is { text: string } => 'text' in b).map((b) => b.text);
      for (const para of ['第一段', '接种疫苗', '第二段', '第三段', '第四段']) expect(texts.filter((t) => t.includes(para))).toHaveLength(1);
      expect(sequence.filter((b) => 'img' in b && unreachable(b.img))).toEqual([]);
      const images = await page.evaluate(() => [...document.querySelectorAll('[contenteditable] img')].map((i) => i.getAttribute('src') ?? ''));
      expect(images).toHaveLength(3);
      expect(images.filter(unreachable)).toEqual([]);
    });
  }

  for (const platform of PLATFORMS) {
    it(`${platform}: a picture the composer refuses is reported, the others go through`, async () => {
      const { response, sequence } = await fillWithPictures(platform, ['one.png', 'two-reject.png', 'three.png']);
      expect(response.ok).toBe(false);
      expect(response.filled).toContain('body');
      expect(response.pictures).toEqual([
        { index: 1, ok: true, path: 'flu-basics/assets/one.png' },
        { index: 2, ok: false, path: 'flu-basics/assets/two-reject.png', reason: expect.stringContaining('文件超过') },
        { index: 3, ok: true, path: 'flu-basics/assets/three.png' },
      ]);
      const pictures = around(sequence);
      expect(pictures.map((p) => p.img.split('/').pop())).toEqual(['one.png', 'three.png']);
      expect(pictures[1]!.before).toContain('第三段');
      // The refused picture's caption still marks its place.
      expect(sequence.some((b) => 'text' in b && b.text.includes('第二张图：接种时间表'))).toBe(true);
      expect(sequence.filter((b) => 'img' in b && unreachable(b.img))).toEqual([]);
    });
  }

  it('a picture without its file is reported, never pasted by its relative address', async () => {
    const page = await openComposer(session, COMPOSER_URLS.zhihu);
    const variant = withPictures(variantFor(article, 'zhihu'));
    const assets = await Promise.all(['flu-basics/assets/one.png', 'flu-basics/assets/three.png'].map(pngAsset));
    const response = await sendToPage(session.worker, page.url(), { type: 'kepu:fill', variant, assets, article: APPROVED });
    expect(response.pictures.map((p: { ok: boolean }) => p.ok)).toEqual([true, false, true]);
    expect(response.pictures[1].reason).toContain('未取得图片文件');
    const sequence = (await readModel(page)).sequence as ({ img: string } | { text: string })[];
    expect(sequence.filter((b) => 'img' in b)).toHaveLength(2);
    expect(sequence.filter((b) => 'img' in b && unreachable(b.img))).toEqual([]);
  });
});

describe('insert at the cursor keeps pictures too', () => {
  it('wechat: the body inserted where the editor’s caret is, pictures uploaded in place', async () => {
    const page = await openComposer(session, COMPOSER_URLS.wechat);
    await page.click('.ProseMirror');
    const variant = withPictures(variantFor(article, 'wechat'));
    const assets = await Promise.all(variant.images!.map(pngAsset));
    const response = await sendToPage(session.worker, page.url(), { type: 'kepu:insert', text: variant.text, html: variant.html, assets, article: APPROVED });
    expect(response.ok).toBe(true);
    expect(response.pictures.map((p: { ok: boolean }) => p.ok)).toEqual([true, true, true]);
    const pictures = around((await readModel(page)).sequence);
    expect(pictures.map((p) => p.img.split('/').pop())).toEqual(['one.png', 'two.png', 'three.png']);
    expect(pictures.map((p) => p.before.slice(0, 3))).toEqual(['第一段', '第二段', '第三段']);
  });
});

/**
 * The panel's conversion (extension/sidepanel/pictures.ts) in a real page: OffscreenCanvas and
 * createImageBitmap are browser APIs, so the module is bundled and run there.
 */
describe('pictures are made to fit the platform before they are sent', () => {
  async function loadFitter(page: import('playwright-core').Page) {
    const { build } = await import('vite');
    const built = await build({
      configFile: false, logLevel: 'warn',
      build: { write: false, minify: false, lib: { entry: 'extension/sidepanel/pictures.ts', formats: ['iife'], name: 'KepuPictures', fileName: 'pictures' } },
    });
    const output = (Array.isArray(built) ? built[0] : built) as { output: { code?: string }[] };
    await page.addScriptTag({ content: output.output[0]!.code! });
  }

  it('over the size: re-encoded and scaled down under the registry limit; unreadable: reported, not sent', async () => {
    const sharp = (await import('sharp')).default;
    const { BODY_IMAGES } = await import('../../generator/platforms/registry.ts');
    const noise = Buffer.alloc(1400 * 1400 * 3);
    for (let i = 0; i < noise.length; i++) noise[i] = (Math.random() * 256) | 0;
    const big = await sharp(noise, { raw: { width: 1400, height: 1400, channels: 3 } }).png({ compressionLevel: 0 }).toBuffer();
    expect(big.length).toBeGreaterThan(BODY_IMAGES.zhihu!.maxBytes);
    const webp = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#0a0' } }).webp().toBuffer();
    const page = await openComposer(session, COMPOSER_URLS.zhihu);
    await loadFitter(page);
    const assets = [
      { path: 'a/assets/big.png', mime: 'image/png', base64: big.toString('base64') },
      { path: 'a/assets/small.webp', mime: 'image/webp', base64: webp.toString('base64') },
      // A format the platform does not take must be decoded to convert: this one cannot be.
      { path: 'a/assets/broken.webp', mime: 'image/webp', base64: Buffer.from('not a picture').toString('base64') },
      { path: 'a/covers/cover.png', mime: 'image/png', base64: Buffer.from('cover left alone').toString('base64') },
    ];
    type Fitted = { assets: { path: string; mime: string; bytes: number }[]; refused: [string, string][]; notes: [string, string][] };
    const fitted: Fitted = await page.evaluate(async (assets) => {
      const r = await (window as any).KepuPictures.fitPictures('zhihu', assets, assets.slice(0, 3).map((a: { path: string }) => a.path));
      return {
        assets: r.assets.map((a: { path: string; mime: string; base64: string }) => ({ path: a.path, mime: a.mime, bytes: atob(a.base64).length })),
        refused: [...r.refused], notes: [...r.notes],
      };
    }, assets);
    expect(fitted.assets.map((a) => a.path)).toEqual(['a/assets/big.png', 'a/assets/small.webp', 'a/covers/cover.png']);
    expect(fitted.assets[0]!.mime).toMatch(/^image\/(jpeg|png)$/);
    expect(fitted.assets[0]!.bytes).toBeLessThanOrEqual(BODY_IMAGES.zhihu!.maxBytes);
    expect(fitted.assets[1]!.mime).toBe('image/png');
    expect(fitted.refused).toEqual([['a/assets/broken.webp', expect.stringContaining('无法读取')]]);
    expect(new Map(fitted.notes).get('a/assets/small.webp')).toContain('转为 PNG');
  });
});
