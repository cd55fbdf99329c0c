/**
 * The built extension in real Chromium, filling fixture composers built from the real editor
 * libraries and served at the platforms' real hostnames. Assertions read each editor's own
 * model (TipTap getText, Draft.js ContentState, Quill getText, Lexical EditorState, React state).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ManifestArticle, PlatformId } from '../../generator/manifest.ts';
import { PLATFORM_IDS } from '../../generator/platforms/registry.ts';
import {

  COMPOSER_URLS, fixtureArticle, openComposer, pngAsset, readModel, sendToPage, startAll, variantFor, type Session,
} from './harness.ts';

/** Fill mechanics are tested with an approved article; the review gate has its own tests (gate.test.ts). */
const APPROVED = { slug: 'flu-basics', status: 'approved' as const };

let session: Session;
let stop: () => Promise<void>;
let article: ManifestArticle;

beforeAll(async () => {
  article = await fixtureArticle();
  ({ session, stop } = await startAll());
}, 120_000);

afterEach(async () => {
  // A failed assertion skips its page.close(); later tests must not see that page.
  await Promise.all(session?.context.pages().map((p) => p.close()) ?? []);
});

afterAll(async () => {
  await stop?.();
});

const squeeze = (s: string) => s.replace(/\s+/g, '');

async function fill(platform: PlatformId) {
  const page = await openComposer(session, COMPOSER_URLS[platform]);
  const variant = variantFor(article, platform);
  const paths = [...new Set([variant.cover, ...(variant.images ?? [])].filter((p): p is string => Boolean(p)))];
  const assets = await Promise.all(paths.map(pngAsset));
  const response = await sendToPage(session.worker, page.url(), { type: 'kepu:fill', variant, assets, article: APPROVED });
  const model = await readModel(page);
  return { page, variant, response, model };
}

describe('kepu:fill reaches each composer’s own model', () => {
  it('wechat — TipTap/ProseMirror body keeps headings and lists, title, cover file', async () => {
    const { page, variant, response, model } = await fill('wechat');
    // The body's picture was pasted as a file and uploaded by the editor (pictures.test.ts).
    expect(response).toEqual({ ok: true, filled: ['title', 'body', 'cover'], failed: [], pictures: [{ index: 1, ok: true, path: 'flu-basics/assets/flu.png' }] });
    expect(model.title).toBe(variant.title);
    expect(model.html).toContain('<h2');
    expect(model.html).toContain('<li>');
    expect(squeeze(model.body)).toContain('流感和普通感冒有什么不同');
    expect(model.files).toEqual([{ name: 'flu.png', type: 'image/png', size: expect.any(Number), isFile: true }]);
    await page.close();
  });

  it('zhihu — Draft.js ContentState and a React-controlled title', async () => {
    const { page, variant, response, model } = await fill('zhihu');
    expect(response.failed).toEqual([]);
    expect(response.filled).toEqual(['title', 'body']);
    expect(model.title).toBe(variant.title);
    const blocks = model.blocks as { type: string; text: string }[];
    expect(blocks.some((b) => b.type === 'header-two' && b.text.includes('流感和普通感冒有什么不同'))).toBe(true);
    expect(blocks.some((b) => b.type === 'unordered-list-item')).toBe(true);
    await page.close();
  });

  it('toutiao — Lexical EditorState keeps structure; React textarea title; cover', async () => {
    const { page, variant, response, model } = await fill('toutiao');
    expect(response).toEqual({ ok: true, filled: ['title', 'body', 'cover'], failed: [], pictures: [{ index: 1, ok: true, path: 'flu-basics/assets/flu.png' }] });
    expect(model.title).toBe(variant.title);
    expect(model.types).toContain('heading');
    expect(model.types).toContain('list');
    expect(squeeze(model.body)).toContain('每年冬春季是流感高发期');
    expect(model.files).toHaveLength(1);
    await page.close();
  });

  it('xiaohongshu — TipTap caption, topics typed with #, every slide as a File', async () => {
    const { page, variant, response, model } = await fill('xiaohongshu');
    expect(response).toEqual({ ok: true, filled: ['title', 'body', 'topics', 'images'], failed: [] });
    expect(model.title).toBe(variant.title);
    expect(squeeze(model.body)).toContain(squeeze('流感不是普通感冒'));
    for (const tag of variant.hashtags!) expect(model.body).toContain(tag);
    const files = model.files as { name: string; type: string; isFile: boolean }[];
    expect(files.map((f) => f.name)).toEqual(variant.images!.map((p) => p.split('/').pop()));
    expect(files.every((f) => f.isFile && f.type === 'image/png')).toBe(true);
    await page.close();
  });

  it('weibo — React textarea keeps #话题# inline; images', async () => {
    const { page, variant, response, model } = await fill('weibo');
    expect(response).toEqual({ ok: true, filled: ['body', 'images'], failed: [] });
    expect(model.body).toBe(variant.caption);
    expect(model.files.length).toBe(variant.images!.length);
    await page.close();
  });

  it('douyin — Lexical description with `#话题 ` typed after the text; React title', async () => {
    const { page, variant, response, model } = await fill('douyin');
    expect(response).toEqual({ ok: true, filled: ['title', 'body', 'topics', 'cover'], failed: [] });
    expect(model.title).toBe(variant.title);
    expect(squeeze(model.body)).toContain(squeeze('流感不是普通感冒'));
    for (const tag of variant.hashtags!) expect(model.body).toContain(`${tag} `);
    await page.close();
  });

  it('kuaishou — plain contenteditable description with topics', async () => {
    const { page, variant, response, model } = await fill('kuaishou');
    expect(response).toEqual({ ok: true, filled: ['body', 'topics', 'cover'], failed: [] });
    expect(squeeze(model.body)).toContain(squeeze('流感不是普通感冒'));
    for (const tag of variant.hashtags!) expect(model.body).toContain(tag);
    await page.close();
  });

  it('channels — fields inside an open shadow root', async () => {
    const { page, variant, response, model } = await fill('channels');
    expect(response).toEqual({ ok: true, filled: ['title', 'body', 'topics', 'cover'], failed: [] });
    expect(model.title).toBe(variant.title);
    expect(squeeze(model.body)).toContain(squeeze('流感不是普通感冒'));
    expect(model.files).toHaveLength(1);
    await page.close();
  });

  it('bilibili — Quill description, tags confirmed with Enter into React state', async () => {
    const { page, variant, response, model } = await fill('bilibili');
    expect(response).toEqual({ ok: true, filled: ['title', 'body', 'topics', 'cover'], failed: [] });
    expect(model.title).toBe(variant.title);
    expect(squeeze(model.body)).toContain(squeeze('流感不是普通感冒'));
    expect(model.body).not.toContain('#流感');
    expect(model.tags).toEqual(variant.hashtags!.map((t) => t.replace(/^#/, '')));
    await page.close();
  });

  it('every platform in the registry has a fill test above', () => {
    expect(Object.keys(COMPOSER_URLS).sort()).toEqual([...PLATFORM_IDS].sort());
  });
});

describe('failures are reported, never skipped', () => {
  it('a missing image is a failed field with the reason', async () => {
    const page = await openComposer(session, COMPOSER_URLS.wechat);
    const variant = variantFor(article, 'wechat');
    const response = await sendToPage(session.worker, page.url(), { type: 'kepu:fill', variant, article: APPROVED });
    expect(response.ok).toBe(false);
    expect(response.filled).toEqual(['title', 'body']);
    expect(response.failed).toEqual([{ field: 'cover', reason: expect.stringContaining('未取得图片文件') }]);
    await page.close();
  });

  it('a field the page lacks is reported as not found', async () => {
    const page = await openComposer(session, COMPOSER_URLS.weibo);
    await page.evaluate(() => document.querySelector('textarea')!.remove());
    const variant = variantFor(article, 'weibo');
    const response = await sendToPage(session.worker, page.url(), { type: 'kepu:fill', variant: { ...variant, images: [] }, article: APPROVED });
    expect(response.ok).toBe(false);
    expect(response.failed).toEqual([{ field: 'body', reason: expect.stringContaining('找不到') }]);
    await page.close();
  });
});

describe('kepu:probe', () => {
  it('names the platform and the fields present', async () => {
    const page = await openComposer(session, COMPOSER_URLS.bilibili);
    const response = await sendToPage(session.worker, page.url(), { type: 'kepu:probe' });
    expect(response).toEqual({ platform: 'bilibili', fields: ['title', 'body', 'topics', 'cover'] });
    await page.close();
  });
});

describe('kepu:insert into the focused element', () => {
  const cases: { platform: PlatformId; focus: string; read: string; library: string }[] = [
    { platform: 'wechat', focus: '.ProseMirror', read: 'body', library: 'TipTap' },
    { platform: 'zhihu', focus: '.public-DraftEditor-content', read: 'body', library: 'Draft.js' },
    { platform: 'bilibili', focus: '.ql-editor', read: 'body', library: 'Quill' },
    { platform: 'toutiao', focus: '[data-lexical-editor]', read: 'body', library: 'Lexical' },
    { platform: 'zhihu', focus: 'textarea', read: 'title', library: 'React textarea' },
    { platform: 'douyin', focus: 'input', read: 'title', library: 'React input' },
  ];
  for (const c of cases) {
    it(`${c.library}`, async () => {
      const page = await openComposer(session, COMPOSER_URLS[c.platform]);
      await page.click(c.focus);
      const response = await sendToPage(session.worker, page.url(), { type: 'kepu:insert', text: '插入测试：多喝水', html: '<p>插入测试：<strong>多喝水</strong></p>', article: APPROVED });
      expect(response).toEqual({ ok: true });
      expect(squeeze((await readModel(page))[c.read])).toContain('插入测试：多喝水');
      await page.close();
    });
  }

  it('inside an open shadow root', async () => {
    const page = await openComposer(session, COMPOSER_URLS.channels);
    await page.click('wujie-app >> input.short-title');
    const response = await sendToPage(session.worker, page.url(), { type: 'kepu:insert', text: '流感防护要点', article: APPROVED });
    expect(response).toEqual({ ok: true });
    expect((await readModel(page)).title).toBe('流感防护要点');
    await page.close();
  });

  it('with nothing focused, says so', async () => {
    const page = await openComposer(session, COMPOSER_URLS.weibo);
    const response = await sendToPage(session.worker, page.url(), { type: 'kepu:insert', text: 'x', article: APPROVED });
    expect(response).toEqual({ ok: false, reason: expect.stringContaining('没有获得焦点') });
    await page.close();
  });
});

describe('malformed and foreign messages are refused', () => {
  it('refuses a bad shape without touching the page', async () => {
    const page = await openComposer(session, COMPOSER_URLS.weibo);
    const url = page.url();
    for (const message of [{ type: 'kepu:fill', variant: 42 }, { type: 'kepu:fill', variant: { id: 'x', platform: 'myspace', kind: 'article', title: '', text: '' } }, { type: 'kepu:nuke' }, 'kepu:probe', null]) {
      const response = await sendToPage(session.worker, url, message);
      expect(response).toEqual({ ok: false, reason: expect.stringContaining('拒绝') });
    }
    expect((await readModel(page)).body).toBe('');
    await page.close();
  });

  it('the page itself cannot reach the content script', async () => {
    const page = await openComposer(session, COMPOSER_URLS.weibo);
    // A page script has no chrome.runtime for this extension: sendMessage is unavailable to it.
    const reachable = await page.evaluate(() => typeof (globalThis as any).chrome?.runtime?.sendMessage === 'function');
    expect(reachable).toBe(false);
    await page.close();
  });
});

