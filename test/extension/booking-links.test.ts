/**
 * Booking carriers on the 公众号 editor, in real Chromium with the built extension: the fill puts
 * the booking URL with the variant's channel code into 原文链接 (a setting behind a dialog, whose
 * input is a framework model), and hands the mini-program path with the channel code back for the
 * editor to insert by hand, in Chinese; the side panel shows both with a copy field. Anything in
 * `channel` that is not a plain http(s) URL, path or code is refused before it reaches a page.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { indexEntry, MANIFEST_VERSION, type ManifestArticle, type PlatformId, type Variant } from '../../generator/manifest.ts';
import {
  COMPOSER_URLS, fixtureArticle, openComposer, pngAsset, readModel, resetStorage, sendToPage, sidePanelUrl, startAll, variantFor, type Session,
} from './harness.ts';
import { parseRequest } from '../../extension/protocol.ts';
import { planFill } from '../../extension/content/plan.ts';

const APPROVED = { slug: 'flu-basics', status: 'approved' as const };
const CODE = 'wx-abcdefgh23';
const CHANNEL = {
  code: CODE,
  bookingUrl: `https://www.example-hospital.cn/booking?ch=${CODE}`,
  miniProgramPath: `pages/booking/index?ch=${CODE}`,
  miniProgramAppId: 'wx0000000000000000',
  note: '微信公众号可用：正文里的小程序链接、“阅读原文”、图片上的二维码或小程序码（scene 填渠道码）。',
};

let session: Session;
let stop: () => Promise<void>;
let article: ManifestArticle;

beforeAll(async () => {
  article = await fixtureArticle();
  ({ session, stop } = await startAll());
}, 120_000);

afterEach(async () => {
  await Promise.all(session?.context.pages().map((p) => p.close()) ?? []);
});

afterAll(async () => {
  await stop?.();
});

const withChannel = (platform: PlatformId, channel: Record<string, unknown>): Variant => ({ ...variantFor(article, platform), channel } as unknown as Variant);

/** Fills the variant with its pictures, as the side panel sends them. */
async function fill(platform: PlatformId, channel: Record<string, unknown>) {
  const page = await openComposer(session, COMPOSER_URLS[platform]);
  const variant = withChannel(platform, channel);
  const paths = [...new Set([variant.cover, ...(variant.images ?? [])].filter((p): p is string => Boolean(p)))];
  const assets = await Promise.all(paths.map(pngAsset));
  const response = await sendToPage(session.worker, page.url(), { type: 'kepu:fill', variant, assets, article: APPROVED });
  return { page, response, model: await readModel(page) };
}
const fillWechat = (channel: Record<string, unknown>) => fill('wechat', channel);

describe('公众号 booking carriers', () => {
  it('fills 原文链接 with the booking URL and its channel code, through the editor\'s dialog', async () => {
    const { response, model } = await fillWechat(CHANNEL);
    expect(response.failed).toEqual([]);
    expect(response.filled).toContain('readMore');
    expect(model.readMore).toBe(CHANNEL.bookingUrl);
    // The mini-program link cannot be inserted by the extension: the path comes back to paste, in Chinese.
    expect(response.manual).toEqual([{ what: '小程序链接（预约挂号）', text: CHANNEL.miniProgramPath, how: expect.stringContaining('小程序路径') }]);
    expect(response.manual[0].how).toContain('AppID 为 wx0000000000000000');
    expect(response.manual[0].how).toContain(CODE);
    expect(response.manual[0].how).toMatch(/^[^a-zA-Z]*扩展无法替您插入小程序/);
  });

  it('says what the platform answered when it refuses the link, and gives the link to paste by hand', async () => {
    const http = { ...CHANNEL, bookingUrl: `http://www.example-hospital.cn/booking?ch=${CODE}` };
    const { response, model } = await fillWechat(http);
    expect(response.ok).toBe(false);
    expect(response.failed).toEqual([{ field: 'readMore', reason: expect.stringMatching(/^原文链接：平台没有接受这个链接（“链接不合法”）/) }]);
    expect(model.readMore).toBe('');
    expect(response.manual.map((s: { what: string; text: string }) => [s.what, s.text])).toEqual([
      ['原文链接（阅读原文，预约挂号）', http.bookingUrl], ['小程序链接（预约挂号）', CHANNEL.miniProgramPath],
    ]);
  });

  it('refuses a channel that is not a plain URL, path or code before anything reaches the page', async () => {
    const me = 'abcdefghijklmnop';
    const bad = [
      { ...CHANNEL, bookingUrl: 'javascript:alert(1)' },
      { ...CHANNEL, bookingUrl: 'https://x.example/"><img src=x onerror=alert(1)>' },
      { ...CHANNEL, miniProgramPath: 'pages/a<script>alert(1)</script>' },
      { ...CHANNEL, miniProgramAppId: 'wx0000"><b>' },
      { ...CHANNEL, code: 'WX CODE' },
    ];
    for (const channel of bad) {
      const parsed = parseRequest({ type: 'kepu:fill', variant: withChannel('wechat', channel), article: APPROVED }, me, me);
      expect(parsed.ok, JSON.stringify(channel)).toBe(false);
      expect(!parsed.ok && parsed.reason).toMatch(/^拒绝：消息格式不正确（variant\.channel\./);
    }
    // The content script checks again whatever reaches it: no 原文链接 and no path from a bad value.
    const plan = planFill(withChannel('wechat', { ...CHANNEL, bookingUrl: 'javascript:alert(1)', miniProgramPath: 'a b<' }), { readMore: true });
    expect(plan.readMore).toBeUndefined();
    expect(plan.manual).toBeUndefined();
    // And in the browser: refused with the reason, the page untouched.
    const { response, model } = await fillWechat(bad[0]!);
    expect(response).toMatchObject({ ok: false, reason: expect.stringMatching(/^拒绝：消息格式不正确（variant\.channel\.bookingUrl/) });
    expect([model.readMore, model.title]).toEqual(['', '']);
  });

  it('puts no booking carrier where the platform allows none (微博 has no 阅读原文 or mini-program link)', async () => {
    const { response } = await fill('weibo', { ...CHANNEL, code: 'wb-abcdefgh23' });
    expect(response.ok).toBe(true);
    expect(response.filled).not.toContain('readMore');
    expect(response.manual).toBeUndefined();
  });

  it('the side panel shows the 原文链接 and the mini-program path with its channel code, each to copy', async () => {
    await resetStorage(session, {});
    const page = await session.context.newPage();
    await page.goto(sidePanelUrl(session));
    const withBooking: ManifestArticle = { ...article, variants: article.variants.map((v) => (v.platform === 'wechat' ? { ...v, channel: CHANNEL } : v)) };
    const index = { version: MANIFEST_VERSION, generatedAt: '2026-03-01T00:00:00.000Z', articles: [indexEntry(withBooking)] };
    const file = (name: string, data: unknown) => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(data)) });
    await page.locator('input[type=file]').setInputFiles([file('manifest.json', index), file('flu-basics.json', { version: MANIFEST_VERSION, article: withBooking })]);
    await page.locator('.articles li[data-slug="flu-basics"]').click();
    await page.getByLabel('选择稿件').selectOption('flu-basics.wechat.article');
    await expect.poll(() => page.getByLabel('小程序链接（预约挂号）').inputValue()).toBe(CHANNEL.miniProgramPath);
    await expect(page.getByLabel('原文链接').inputValue()).resolves.toBe(CHANNEL.bookingUrl);
    await expect(page.locator('.booking').textContent()).resolves.toContain('需要您手动插入');
    await page.screenshot({ path: 'test-results/extension/sidepanel-booking.png', fullPage: true });
  });
});
