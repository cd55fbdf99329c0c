/**
 * Least privilege and pairing (#13): the fill script runs on composer pages only, never on a
 * platform's public pages; a page cannot find the extension by fetching its files at a fixed
 * URL; the extension has the id its manifest `key` pins, and the preview server answers that
 * origin (plus one configured for a store build) and no other extension. The Chromium part
 * serves the fixture composers at the platforms' real hostnames (harness.ts).
 */
import { createHash, generateKeyPairSync } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlatformId } from '../../generator/manifest.ts';
import { PLATFORMS, PLATFORM_IDS } from '../../generator/platforms/registry.ts';
import { startDevServer, type DevServer } from '../../generator/site/dev/server.ts';
import { corsHeaders, parseExtensionOrigin } from '../../generator/site/dev/static.ts';
import { EXTENSION_ID, EXTENSION_KEY, EXTENSION_ORIGIN, PREVIEW_ORIGIN_PATTERNS } from '../../extension/config.ts';
import { extensionIdFromKey, sha256 } from '../../extension/extension-id.ts';
import { adapterForUrl } from '../../extension/content/adapters.ts';
import manifest, { ICONS } from '../../extension/manifest.config.ts';
import { matchesPattern, platformOfUrl } from '../../extension/match-pattern.ts';
import { DYNAMIC_CODE } from '../../extension/scripts/no-dynamic-code.ts';
import { dynamicResourceUrls } from '../../extension/scripts/war-dynamic-url.ts';
import { contentDir } from '../helpers.ts';
import { BP } from '../site/articles.ts';
import type { Page } from 'playwright-core';
import {
  COMPOSER_URLS, PREVIEW_HOST, ROOT, contentScriptAnswers, openComposer, openPage, sendToPage, serveSite, sidePanelUrl, startAll, type Session, type Site,
} from './harness.ts';

/** A page on each platform's composer host that is not a composer: public articles, profiles, home pages. */
const NOT_COMPOSERS: Record<PlatformId, string[]> = {
  wechat: ['https://mp.weixin.qq.com/s/abc', 'https://mp.weixin.qq.com/', 'https://mp.weixin.qq.com/cgi-bin/appmsg?action=list_card&t=media/appmsg_list'],
  zhihu: ['https://zhuanlan.zhihu.com/p/123', 'https://zhuanlan.zhihu.com/p/123?utm_source=x', 'https://zhuanlan.zhihu.com/column'],
  toutiao: ['https://mp.toutiao.com/profile_v4/index', 'https://mp.toutiao.com/profile_v4/manage/content/all'],
  xiaohongshu: ['https://creator.xiaohongshu.com/new/home', 'https://creator.xiaohongshu.com/statistics/data-analysis'],
  weibo: ['https://weibo.com/u/123', 'https://weibo.com/1234567890/AbCdEfGh', 'https://weibo.com/hot/search'],
  douyin: ['https://creator.douyin.com/creator-micro/home', 'https://creator.douyin.com/creator-micro/content/manage'],
  kuaishou: ['https://cp.kuaishou.com/profile', 'https://cp.kuaishou.com/article/manage/video'],
  channels: ['https://channels.weixin.qq.com/platform', 'https://channels.weixin.qq.com/platform/post/list'],
  bilibili: ['https://member.bilibili.com/platform/home', 'https://member.bilibili.com/platform/upload-manager/article'],
};

describe('composer URL patterns (registry)', () => {
  it('each platform: its composer page matches, its public and other pages do not, nor does any other platform', () => {
    for (const id of PLATFORM_IDS) {
      expect(platformOfUrl(COMPOSER_URLS[id]), COMPOSER_URLS[id]).toBe(id);
      expect(adapterForUrl(COMPOSER_URLS[id])?.platform).toBe(id);
      for (const url of NOT_COMPOSERS[id]) {
        expect(platformOfUrl(url), url).toBeNull();
        expect(adapterForUrl(url), url).toBeUndefined();
      }
    }
  });

  it('the composer pages reached after the first one (drafts, the form after choosing a video) match too', () => {
    expect(platformOfUrl('https://mp.weixin.qq.com/cgi-bin/appmsg?t=media/appmsg_edit_v2&action=edit&isNew=1&type=77&token=1&lang=zh_CN')).toBe('wechat');
    expect(platformOfUrl('https://zhuanlan.zhihu.com/p/123456/edit')).toBe('zhihu');
    expect(platformOfUrl('https://creator.douyin.com/creator-micro/content/post/video?enter_from=publish_page')).toBe('douyin');
    expect(platformOfUrl('https://creator.douyin.com/creator-micro/content/publish?enter_from=publish_page')).toBe('douyin');
    expect(platformOfUrl('https://creator.xiaohongshu.com/publish/publish?from=homepage&target=video')).toBe('xiaohongshu');
    expect(platformOfUrl('https://weibo.com/?refer=index')).toBe('weibo');
    expect(platformOfUrl('https://member.bilibili.com/platform/upload/video/frame?page_from=creative_home_top_upload')).toBe('bilibili');
  });

  it('patterns are path patterns on one https host each, with a source; `?` is literal and the fragment is ignored, as in Chrome', () => {
    for (const id of PLATFORM_IDS) {
      const { urls, source } = PLATFORMS[id].composer;
      expect(source.length).toBeGreaterThan(10);
      for (const url of urls) {
        expect(url).toMatch(/^https:\/\/[a-z0-9.-]+\/\S*$/);
        // A whole site (`/*`) is what #13 removed.
        expect(new URL(url.replace(/\*/g, 'x')).pathname + new URL(url.replace(/\*/g, 'x')).search, url).not.toBe('/x');
      }
    }
    expect(matchesPattern('https://a.example/x?t=1*', 'https://a.example/x?t=12')).toBe(true);
    expect(matchesPattern('https://a.example/x?t=1*', 'https://a.example/xyt=12')).toBe(false);
    expect(matchesPattern('https://a.example/', 'https://a.example/#top')).toBe(true);
    expect(matchesPattern('https://a.example/', 'https://a.example/u/1')).toBe(false);
  });

  it('the manifest runs the content script on exactly these patterns and asks for preview hosts only as optional permissions', () => {
    const m = manifest as unknown as chrome.runtime.ManifestV3;
    const patterns = [...new Set(PLATFORM_IDS.flatMap((id) => PLATFORMS[id].composer.urls))].sort();
    expect([...m.content_scripts![0]!.matches!].sort()).toEqual(patterns);
    expect([...m.host_permissions!].sort()).toEqual(patterns);
    expect(m.optional_host_permissions).toEqual(PREVIEW_ORIGIN_PATTERNS);
    expect(m.permissions).not.toContain('tabs');
    expect(m.key).toBe(EXTENSION_KEY);
    expect(m.icons).toEqual(ICONS);
    expect((m.action as { default_icon?: unknown }).default_icon).toEqual(ICONS);
  });
});

describe('web-accessible resources', () => {
  it('any entry a build produces is reachable only at a dynamic URL, its origins listed once', () => {
    const render = dynamicResourceUrls().renderCrxManifest as unknown as (m: unknown, bundle: unknown) => chrome.runtime.ManifestV3;
    const out = render.call({}, { web_accessible_resources: [{ matches: ['https://a.example/*', 'https://a.example/*'], resources: ['x.css'], use_dynamic_url: false }] }, {});
    expect(out.web_accessible_resources).toEqual([{ matches: ['https://a.example/*'], resources: ['x.css'], use_dynamic_url: true }]);
  });
});

describe('extension id', () => {
  it('sha256 agrees with node:crypto across block boundaries', () => {
    for (const n of [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000]) {
      const data = Uint8Array.from({ length: n }, (_, i) => (i * 31 + n) & 255);
      expect(Buffer.from(sha256(data)).toString('hex'), `${n} bytes`).toBe(createHash('sha256').update(data).digest('hex'));
    }
  });

  it('is derived from the key as Chrome does: sha256 of the DER public key, first 32 hex digits as a–p', () => {
    const chromeWay = (base64: string) => [...createHash('sha256').update(Buffer.from(base64, 'base64')).digest('hex').slice(0, 32)]
      .map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
    expect(EXTENSION_ID).toBe(chromeWay(EXTENSION_KEY));
    expect(EXTENSION_ID).toMatch(/^[a-p]{32}$/);
    expect(EXTENSION_ORIGIN).toBe(`chrome-extension://${EXTENSION_ID}`);
    const other = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
    expect(extensionIdFromKey(other)).toBe(chromeWay(other));
    expect(extensionIdFromKey(other)).not.toBe(EXTENSION_ID);
  });

  it('the key in the repository is a public key only', async () => {
    expect(Buffer.from(EXTENSION_KEY, 'base64').length).toBeGreaterThan(250);
    const tracked = await readFile(join(ROOT, 'extension/config.ts'), 'utf8');
    expect(tracked).not.toMatch(/PRIVATE KEY/);
  });
});

describe('preview server pairing (kepu dev)', () => {
  let site: Awaited<ReturnType<typeof contentDir>>;
  let server: DevServer;
  const STORE = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
  const FOREIGN = 'chrome-extension://ponmlkjihgfedcbaponmlkjihgfedcba';

  beforeAll(async () => {
    site = await contentDir({ 'bp.md': BP });
    server = await startDevServer({ contentDir: site.content, outDir: site.out, port: 0, images: false, cacheDir: join(site.dir, 'cache'), log: () => undefined, extensionOrigin: STORE });
  });
  afterAll(async () => {
    await server?.close();
    await site?.cleanup();
  });

  const corsFor = async (origin: string, method = 'GET') =>
    (await fetch(`${server.url}manifest.json`, { method, headers: { origin, 'access-control-request-method': 'GET' } })).headers.get('access-control-allow-origin');

  it('answers the Kepu extension and the configured store build, and no other extension or site', async () => {
    expect(server.extensionOrigins).toEqual([EXTENSION_ORIGIN, STORE]);
    expect(await corsFor(EXTENSION_ORIGIN)).toBe(EXTENSION_ORIGIN);
    expect(await corsFor(STORE)).toBe(STORE);
    expect(await corsFor(FOREIGN)).toBeNull();
    expect(await corsFor('https://evil.example')).toBeNull();
    expect(await corsFor('null')).toBeNull();
    // Preflights too, and a missing article's 404 (the panel must be able to read why).
    expect(await corsFor(FOREIGN, 'OPTIONS')).toBeNull();
    expect(await corsFor(EXTENSION_ORIGIN, 'OPTIONS')).toBe(EXTENSION_ORIGIN);
    const missing = await fetch(`${server.url}articles/nope.json`, { headers: { origin: FOREIGN } });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('access-control-allow-origin')).toBeNull();
    expect(missing.headers.get('vary')).toBe('Origin');
  });

  it('a mistyped --extension-origin fails at start, in Chinese; a bare id is accepted', async () => {
    expect(parseExtensionOrigin('abcdefghijklmnopabcdefghijklmnop')).toBe(STORE);
    expect(parseExtensionOrigin(` ${STORE}/ `)).toBe(STORE);
    await expect(startDevServer({ contentDir: site.content, outDir: join(site.dir, 'out2'), port: 0, images: false, log: () => undefined, extensionOrigin: 'chrome-extension://xyz' }))
      .rejects.toThrow(/扩展来源“chrome-extension:\/\/xyz”格式不对/);
    const req = { headers: { origin: FOREIGN } } as never;
    expect(corsHeaders(req, new Set([EXTENSION_ORIGIN]))).toEqual({ vary: 'Origin' });
  });
});

describe('in Chromium', () => {
  let session: Session;
  let extensionDir: string;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ session, extensionDir, stop } = await startAll());
  }, 120_000);
  afterAll(async () => {
    await stop?.();
  });

  it('the loaded extension has the id its key pins', () => {
    expect(new URL(session.worker.url()).host).toBe(EXTENSION_ID);
  });

  it('the built manifest: every web-accessible resource only at a dynamic URL; icons at 16/32/48/128; no code built at run time', async () => {
    const built = JSON.parse(await readFile(join(extensionDir, 'manifest.json'), 'utf8')) as chrome.runtime.ManifestV3;
    // The content script is one self-contained file, so today nothing needs to be web-accessible at all.
    for (const entry of built.web_accessible_resources ?? []) expect(entry).toMatchObject({ use_dynamic_url: true });
    expect(built.content_scripts!.flatMap((c) => c.js ?? [])).toEqual(['content/index.js']);
    const sharp = (await import('sharp')).default;
    for (const [size, path] of Object.entries(built.icons!)) {
      const meta = await sharp(join(extensionDir, path)).metadata();
      expect([meta.width, meta.height, meta.format], path).toEqual([Number(size), Number(size), 'png']);
    }
    const js = (await readdir(extensionDir, { recursive: true })).filter((f) => f.endsWith('.js'));
    expect(js.length).toBeGreaterThan(3);
    for (const file of js) expect(DYNAMIC_CODE.test(await readFile(join(extensionDir, file), 'utf8')), file).toBe(false);
  });

  it('the content script is absent on every platform\'s public and other pages, present on its composer', async () => {
    const pages = await Promise.all(PLATFORM_IDS.flatMap((id) => NOT_COMPOSERS[id].slice(0, 1)).map((url) => openPage(session, url)));
    try {
      const answers = await Promise.all(pages.map((p) => contentScriptAnswers(session, p)));
      expect(Object.fromEntries(pages.map((p, i) => [p.url(), answers[i]]))).toEqual(Object.fromEntries(pages.map((p) => [p.url(), false])));
    } finally {
      await Promise.all(pages.map((p) => p.close()));
    }
    const composers = await Promise.all(PLATFORM_IDS.map((id) => openComposer(session, COMPOSER_URLS[id])));
    try {
      const platforms = await Promise.all(composers.map(async (p) => (await sendToPage(session.worker, p.url(), { type: 'kepu:probe' })).platform));
      expect(platforms).toEqual([...PLATFORM_IDS]);
    } finally {
      await Promise.all(composers.map((p) => p.close()));
    }
  });

  it('a page on a platform host cannot fetch or import the content script by its fixed URL', async () => {
    const built = JSON.parse(await readFile(join(extensionDir, 'manifest.json'), 'utf8')) as chrome.runtime.ManifestV3;
    const script = built.content_scripts![0]!.js![0]!;
    const files = [
      script, ...(built.web_accessible_resources ?? []).flatMap((e) => e.resources),
      ...(await readdir(join(extensionDir, 'assets'))).map((f) => `assets/${f}`), 'manifest.json', 'icons/icon-16.png',
    ];
    // The file is there: the extension itself reads it at the fixed URL.
    const own = await session.worker.evaluate(async (path) => (await fetch(chrome.runtime.getURL(path))).status, script);
    expect(own).toBe(200);

    for (const url of [COMPOSER_URLS.wechat, NOT_COMPOSERS.weibo[0]!]) {
      const page = url === COMPOSER_URLS.wechat ? await openComposer(session, url) : await openPage(session, url);
      const tries = await page.evaluate(async ({ base, files }) => {
        const out: Record<string, string> = {};
        for (const file of files) {
          try {
            const response = await fetch(`${base}/${file}`);
            out[`fetch ${file}`] = `HTTP ${response.status}`;
          } catch {
            out[`fetch ${file}`] = 'blocked';
          }
          try {
            await import(/* @vite-ignore */ `${base}/${file}`);
            out[`import ${file}`] = 'loaded';
          } catch {
            out[`import ${file}`] = 'blocked';
          }
        }
        return out;
      }, { base: EXTENSION_ORIGIN, files });
      for (const [attempt, outcome] of Object.entries(tries)) expect(outcome, `${url}: ${attempt}`).toBe('blocked');
      await page.close();
    }
  });

  it('an in-page navigation onto a composer starts the fill script; on the rest of the site the page is "not a composer"', async () => {
    // 视频号 opens its form from the /platform home without loading a page.
    const page = await openPage(session, 'https://channels.weixin.qq.com/platform');
    expect(await contentScriptAnswers(session, page, 800)).toBe(false);
    await page.evaluate(() => history.pushState({}, '', '/platform/post/create'));
    expect(await contentScriptAnswers(session, page, 5_000)).toBe(true);
    expect((await sendToPage(session.worker, page.url(), { type: 'kepu:probe' })).platform).toBe('channels');
    // Back on the home, the running script answers as on no composer.
    await page.evaluate(() => history.pushState({}, '', '/platform'));
    await expect.poll(async () => (await sendToPage(session.worker, page.url(), { type: 'kepu:probe' })).platform).toBeNull();
    // Onto the composer again: the script already running answers (the background probes before starting another).
    await page.evaluate(() => history.pushState({}, '', '/platform/post/create?again=1'));
    await expect.poll(async () => (await sendToPage(session.worker, page.url(), { type: 'kepu:probe' })).platform).toBe('channels');
    await page.close();
  });

  /**
   * The connect flow with Chrome's permission prompt stood in for (headless Chromium shows the
   * prompt but nothing can answer it): what is asked for, each state shown, each failure in Chinese.
   */
  describe('connect to a preview site', () => {
    let site: Site;
    const index = JSON.stringify({ version: 2, generatedAt: '2026-01-01T00:00:00Z', articles: [] });

    beforeAll(async () => {
      site = await serveSite((path) => (path === 'manifest.json' ? index : undefined));
    });
    afterAll(async () => {
      await site?.close();
    });

    /** The panel, with `chrome.permissions.request` answering as `answer` says once the test releases it. */
    async function panelWithPrompt(): Promise<Page> {
      const panel = await session.context.newPage();
      await panel.goto(sidePanelUrl(session));
      await panel.evaluate(() => {
        const w = window as any;
        w.__asked = [];
        Object.defineProperty(chrome.permissions, 'request', {
          configurable: true,
          value: (request: chrome.permissions.Permissions) => new Promise((resolve, reject) => {
            w.__asked.push(request);
            w.__answer = (outcome: boolean | string) => (typeof outcome === 'string' ? reject(new Error(outcome)) : resolve(outcome));
          }),
        });
      });
      return panel;
    }
    const state = (panel: Page) => panel.locator('[data-connect]').first();
    const answer = (panel: Page, outcome: boolean | string) => panel.evaluate((o) => (window as any).__answer(o), outcome);

    it('Chrome accepts the one-origin pattern the panel asks for (scheme, host and port)', async () => {
      const contains = await session.worker.evaluate((origins) => chrome.permissions.contains({ origins }), [`http://${PREVIEW_HOST}:5178/*`, 'https://preview.example.org/*']);
      expect(contains).toBe(false);
    });

    it('an intranet hostname: asks for that origin only, shows 请求权限中, 连接中, 已连接, and lists the site', async () => {
      const origin = `http://${PREVIEW_HOST}:${new URL(site.origin).port}`;
      const panel = await panelWithPrompt();
      try {
        // Typed without a scheme, as from a colleague's note.
        await panel.getByLabel('预览站点地址').fill(origin.replace('http://', ''));
        await panel.getByRole('button', { name: '连接预览站点' }).click();
        await expect.poll(() => state(panel).textContent()).toBe(`请求权限中：请在 Chrome 的提示中允许访问 ${origin}`);
        expect(await panel.getByRole('button', { name: '连接预览站点' }).isDisabled()).toBe(true);
        expect(await panel.evaluate(() => (window as any).__asked)).toEqual([{ origins: [`${origin}/*`] }]);
        await answer(panel, true);
        await expect.poll(() => state(panel).textContent()).toBe(`已连接 ${origin}`);
        await panel.getByRole('heading', { name: '文章（0 篇）' }).waitFor();
        expect(site.requests).toContain('manifest.json');
      } finally {
        await panel.close();
      }
    });

    it('a refusal, a prompt Chrome could not show and an unreachable host are explained in Chinese', async () => {
      const panel = await panelWithPrompt();
      try {
        await panel.getByLabel('预览站点地址').fill('https://preview.example.org');
        await panel.getByRole('button', { name: '连接预览站点' }).click();
        await answer(panel, false);
        await expect.poll(() => state(panel).textContent()).toMatch(/^连接失败：未获准访问 https:\/\/preview\.example\.org：Chrome 的授权提示被拒绝或关闭了/);
        expect(await state(panel).getAttribute('role')).toBe('alert');

        await panel.getByRole('button', { name: '连接预览站点' }).click();
        await answer(panel, 'This function must be called during a user gesture');
        await expect.poll(() => state(panel).textContent()).toBe('连接失败：无法申请访问 https://preview.example.org 的权限：须在点击“连接预览站点”时申请，请再点一次该按钮');

        // Granted, but nothing listens there.
        const closed = await serveSite(() => undefined);
        const dead = closed.origin;
        await closed.close();
        await panel.getByLabel('预览站点地址').fill(dead);
        await panel.getByRole('button', { name: '连接预览站点' }).click();
        await answer(panel, true);
        await expect.poll(() => state(panel).textContent(), { timeout: 15_000 }).toContain(`连接失败：读取 ${dead}/manifest.json 失败：无法连接。请确认预览服务器（kepu dev）正在运行`);
        expect(await state(panel).textContent()).not.toMatch(/Failed to fetch|TypeError/);

        await panel.getByLabel('预览站点地址').fill('ftp://x');
        await panel.getByRole('button', { name: '连接预览站点' }).click();
        await expect.poll(() => state(panel).textContent()).toBe('连接失败：预览站点地址须以 http:// 或 https:// 开头');
      } finally {
        await panel.close();
      }
    });
  });
});
