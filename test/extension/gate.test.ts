/**
 * The review gate in real Chromium. The content script refuses on its own (a message straight
 * from the service worker, as a stale panel or a bug would send it), and the side panel shows
 * each status with its own badge, lists what blocks an article, and logs every fill.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { indexEntry, MANIFEST_VERSION, type ArticleStatus, type Manifest, type ManifestArticle } from '../../generator/manifest.ts';
import { ROOT } from '../helpers.ts';
import {
  COMPOSER_URLS, fixtureArticle, openComposer, pngAsset, readModel, readOut, readStorage, resetStorage, sendToPage, sidePanelUrl, startAll,
  variantFor, type Session,
} from './harness.ts';

let session: Session;
let stop: () => Promise<void>;
let flu: ManifestArticle;
const SHOTS = join(ROOT, 'test-results/extension');

beforeAll(async () => {
  flu = await fixtureArticle();
  ({ session, stop } = await startAll());
  await mkdir(SHOTS, { recursive: true });
}, 120_000);

afterEach(async () => {
  await Promise.all(session?.context.pages().map((p) => p.close()) ?? []);
});

afterAll(async () => {
  await stop?.();
});

const ref = (status: ArticleStatus) => ({ slug: flu.slug, status, hash: 'sha256:test' });
const squeeze = (s: string) => s.replace(/\s+/g, '');

describe('the content script enforces the gate itself', () => {
  it('a blocked article: 填充 and insert-at-cursor are both refused and the editor stays empty', async () => {
    const page = await openComposer(session, COMPOSER_URLS.wechat);
    const variant = variantFor(flu, 'wechat');
    const fill = await sendToPage(session.worker, page.url(), { type: 'kepu:fill', variant, article: ref('blocked'), acknowledged: true });
    expect(fill).toMatchObject({ ok: false, filled: [], reason: expect.stringContaining('已被拦截') });
    await page.click('.ProseMirror');
    const insert = await sendToPage(session.worker, page.url(), { type: 'kepu:insert', text: '患者张某某，住院号 123456', article: ref('blocked'), acknowledged: true });
    expect(insert).toEqual({ ok: false, reason: expect.stringContaining('已被拦截') });
    const model = await readModel(page);
    expect(squeeze(model.body ?? '')).toBe('');
    expect(model.title ?? '').toBe('');
  });

  it('a message that does not say which article it is from changes nothing', async () => {
    const page = await openComposer(session, COMPOSER_URLS.wechat);
    await page.click('.ProseMirror');
    const insert = await sendToPage(session.worker, page.url(), { type: 'kepu:insert', text: '未注明文章' });
    expect(insert).toEqual({ ok: false, reason: expect.stringContaining('没有注明是哪篇文章') });
    const fill = await sendToPage(session.worker, page.url(), { type: 'kepu:fill', variant: variantFor(flu, 'wechat') });
    expect(fill).toMatchObject({ ok: false, reason: expect.stringContaining('没有注明是哪篇文章') });
    expect(squeeze((await readModel(page)).body ?? '')).toBe('');
  });

  it('a draft fills only when acknowledged, and the page then shows the 未审核 notice', async () => {
    const page = await openComposer(session, COMPOSER_URLS.zhihu);
    const variant = variantFor(flu, 'zhihu');
    const refused = await sendToPage(session.worker, page.url(), { type: 'kepu:fill', variant, article: ref('draft') });
    expect(refused).toMatchObject({ ok: false, reason: expect.stringContaining('尚未通过三级审核') });
    expect(await page.locator('#kepu-unreviewed-notice').count()).toBe(0);
    // The body's pictures travel with it, as the panel sends them.
    const assets = await Promise.all((variant.images ?? []).map(pngAsset));
    const filled = await sendToPage(session.worker, page.url(), { type: 'kepu:fill', variant, assets, article: ref('draft'), acknowledged: true });
    expect(filled).toMatchObject({ ok: true });
    await expect(page.locator('#kepu-unreviewed-notice').textContent()).resolves.toContain('未通过三级审核');
    expect((await readModel(page)).title).toBe(variant.title);
  });

  it('the live outline is refused on a video composer, an over-limit variant with its numbers', async () => {
    const page = await openComposer(session, COMPOSER_URLS.douyin);
    const outline = flu.variants.find((v) => v.platform === 'douyin' && v.kind === 'live-outline')!;
    expect(outline).toBeDefined();
    const live = await sendToPage(session.worker, page.url(), { type: 'kepu:fill', variant: outline, article: ref('approved') });
    expect(live).toMatchObject({ ok: false, reason: expect.stringContaining('不接受这类稿件（直播提纲）') });
    const video = variantFor(flu, 'douyin');
    const long = { ...video, limits: [{ field: 'body', length: 1704, max: 1000, unit: 'chars' }] };
    const over = await sendToPage(session.worker, page.url(), { type: 'kepu:fill', variant: long, article: ref('approved') });
    expect(over).toMatchObject({ ok: false, reason: expect.stringMatching(/正文有 1704 字，超过抖音的上限 1000 字/) });
    expect((await readModel(page)).title ?? '').toBe('');
  });

  it('a login page says 请先登录 at once instead of waiting for fields', async () => {
    const page = await openComposer(session, COMPOSER_URLS.douyin);
    // What a composer shows when the session has expired: its login form instead of the editor.
    await page.evaluate(() => {
      document.body.replaceChildren();
      const form = document.createElement('form');
      form.innerHTML = '<h2>扫码登录</h2><input name="phone" placeholder="手机号"><input type="password" placeholder="密码">';
      document.body.append(form);
    });
    const probe = await sendToPage(session.worker, page.url(), { type: 'kepu:probe' });
    expect(probe).toMatchObject({ platform: 'douyin', fields: [], login: expect.stringContaining('请先登录抖音') });
    const started = Date.now();
    const fill = await sendToPage(session.worker, page.url(), { type: 'kepu:fill', variant: variantFor(flu, 'douyin'), article: ref('approved') });
    expect(fill).toMatchObject({ ok: false, reason: expect.stringContaining('请先登录抖音') });
    expect(Date.now() - started).toBeLessThan(1500);
  });
});

describe('the side panel', () => {
  async function panelWith(article: ManifestArticle): Promise<Page> {
    const index: Manifest = { version: MANIFEST_VERSION, generatedAt: new Date().toISOString(), articles: [indexEntry(article)] };
    await resetStorage(session, {
      'kepu.last': { source: { kind: 'file', name: 'manifest.json' }, slug: article.slug },
      'kepu.index': index,
      'kepu.detail': { version: MANIFEST_VERSION, article },
    });
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 420, height: 900 });
    await page.goto(sidePanelUrl(session));
    await page.locator('select[aria-label="选择稿件"]').waitFor();
    return page;
  }

  it('blocked: every button is off and the blocking findings are listed with their lines', async () => {
    const out = await readOut();
    const blocked: ManifestArticle = {
      ...structuredClone(flu), status: 'blocked', statusReasons: ['有 2 个未解决的错误'],
      findings: [
        { file: 'content/flu.md', line: 12, column: 3, rule: 'privacy.name', category: 'privacy', severity: 'error', message: '疑似患者姓名', excerpt: '张某某' },
        { file: 'content/flu.md', line: 14, column: 1, rule: 'refund.full', category: 'refund', severity: 'error', message: '承诺退款', excerpt: '全额退款' },
      ],
    };
    expect(out.articles.length).toBeGreaterThan(0);
    const page = await panelWith(blocked);
    await expect(page.locator('.blocked').textContent()).resolves.toMatch(/已拦截：不能填充，也不能插入/);
    const items = await page.locator('.blocked ol.blocking li').allTextContents();
    expect(items).toEqual([expect.stringContaining('content/flu.md:12'), expect.stringContaining('content/flu.md:14')]);
    for (const name of ['填充', '插入标题到光标处', '插入正文到光标处']) {
      expect(await page.getByRole('button', { name, exact: true }).isDisabled(), name).toBe(true);
    }
    expect(await page.locator('.articles .status-blocked').count()).toBe(1);
    await page.screenshot({ path: join(SHOTS, 'panel-blocked.png'), fullPage: true });
  });

  it('draft: insert is off until the per-fill acknowledgement, which an insert uses up and logs', async () => {
    const draft: ManifestArticle = { ...structuredClone(flu), status: 'draft', statusReasons: ['一审未签'] };
    const page = await panelWith(draft);
    const insertTitle = page.getByRole('button', { name: '插入标题到光标处', exact: true });
    expect(await insertTitle.isDisabled()).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'panel-draft.png'), fullPage: true });
    await page.getByRole('checkbox').check();
    expect(await insertTitle.isDisabled()).toBe(false);
    // The panel's own tab has nothing focused: the attempt fails, and is still logged.
    await insertTitle.click();
    await page.locator('.fill-log summary').waitFor();
    expect(await page.getByRole('checkbox').isChecked()).toBe(false);
    expect(await insertTitle.isDisabled()).toBe(true);
    const log = (await readStorage(session))['kepu.log'] as { action: string; slug: string; status: string; acknowledged: boolean; variantId: string }[];
    expect(log.at(-1)).toMatchObject({ action: 'insert-title', slug: flu.slug, status: 'draft', acknowledged: true });
  });

  it('each status has its own badge colour', async () => {
    const colours = new Set<string>();
    for (const status of ['draft', 'in-review', 'approved', 'blocked'] as const) {
      const page = await panelWith({ ...structuredClone(flu), status });
      const badge = page.locator(`.articles .status-${status}`);
      colours.add(await badge.evaluate((el) => getComputedStyle(el).backgroundColor));
      if (status === 'approved' || status === 'in-review') await page.screenshot({ path: join(SHOTS, `panel-${status}.png`), fullPage: true });
      await page.close();
    }
    expect(colours.size).toBe(4);
  });
});
