/**
 * Real-Chromium harness for the extension: builds the extension and the fixture composers,
 * serves the fixtures over HTTPS at the platforms' real hostnames (--host-resolver-rules), and
 * talks to the content script through the extension's service worker. Used by the tests and by
 * bench-fill.ts.
 */
import { createServer, type Server } from 'node:https';
import { createServer as createHttpServer } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { build } from 'vite';
import { generate } from 'selfsigned';
import { assertChromium, CHROMIUM, CHROMIUM_ARGS } from '../chromium.ts';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { fontConfig } from '../site/browser.ts';
import { PLATFORMS, PLATFORM_IDS } from '../../generator/platforms/registry.ts';
import type { ArticleDetail, Manifest, ManifestArticle, PlatformId, Variant } from '../../generator/manifest.ts';
import { EXTENSION_ORIGIN } from '../../extension/config.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = join(ROOT, 'test/extension/fixtures');
/** A build's output as the extension reads it: `manifest.json` (the index) and `articles/<slug>.json`. */
export const FIXTURE_OUT = join(FIXTURES, 'out');
export { CHROMIUM };

/** One composer page per platform: the registry's first composer host and a realistic path. */
export const COMPOSER_URLS: Record<PlatformId, string> = {
  wechat: 'https://mp.weixin.qq.com/cgi-bin/appmsg?t=media/appmsg_edit',
  zhihu: 'https://zhuanlan.zhihu.com/write',
  toutiao: 'https://mp.toutiao.com/profile_v4/graphic/publish',
  xiaohongshu: 'https://creator.xiaohongshu.com/publish/publish?target=image',
  weibo: 'https://weibo.com/',
  douyin: 'https://creator.douyin.com/creator-micro/content/upload',
  kuaishou: 'https://cp.kuaishou.com/article/publish/video',
  channels: 'https://channels.weixin.qq.com/platform/post/create',
  bilibili: 'https://member.bilibili.com/platform/upload/video/frame',
};

/** A preview site's intranet hostname, resolved to this machine, as a colleague's `kepu dev --host 0.0.0.0` would be. */
export const PREVIEW_HOST = 'kepu-preview.lan';

/** Hostnames of every composer pattern in the registry (what host permissions cover). */
export const composerHosts = [...new Set(PLATFORM_IDS.flatMap((id) => PLATFORMS[id].composer.urls.map((u) => new URL(u.replace('*', '')).hostname)))];

const quiet = { logLevel: 'warn' as const };

export async function buildExtension(outDir: string): Promise<void> {
  await build({ ...quiet, configFile: join(ROOT, 'vite.config.ts'), build: { outDir, emptyOutDir: true } });
}

export async function buildComposers(outDir: string): Promise<void> {
  await build({
    ...quiet,
    configFile: false,
    root: join(FIXTURES, 'composers'),
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    build: { outDir, emptyOutDir: true, minify: false, reportCompressedSize: false },
  });
}

const MIME: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

/** Serves the composer bundle: `/assets/*` from the build, every other path the page itself. */
export async function serveComposers(dir: string): Promise<{ server: Server; port: number }> {
  const pems = await generate([{ name: 'commonName', value: 'kepu-fixtures' }], { keySize: 2048 });
  const server = createServer({ key: pems.private, cert: pems.cert }, async (req, res) => {
    const path = new URL(req.url ?? '/', 'https://x').pathname;
    if (path === '/upload' || path.startsWith('/uploaded/')) return void answerUpload(req, res, path);
    const file = path.startsWith('/assets/') ? normalize(join(dir, path)) : join(dir, 'index.html');
    if (!file.startsWith(dir)) return void res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

export interface Session {
  context: BrowserContext;
  worker: Worker;
  close(): Promise<void>;
}

export async function launchWithExtension(extensionDir: string, port: number): Promise<Session> {
  assertChromium();
  const userDataDir = await mkdtemp(join(tmpdir(), 'kepu-chromium-'));
  const rules = [...composerHosts.map((h) => `MAP ${h} 127.0.0.1:${port}`), `MAP ${PREVIEW_HOST} 127.0.0.1`].join(', ');
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      env: { ...process.env, FONTCONFIG_FILE: await fontConfig(userDataDir) },
      args: [
        ...CHROMIUM_ARGS,
        `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`,
        `--host-resolver-rules=${rules}`, '--ignore-certificate-errors',
      ],
    });
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    throw new Error(`Chromium could not start (${CHROMIUM}): ${error instanceof Error ? error.message : String(error)}`);
  }
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }).catch(() => {
    throw new Error('The extension did not start: no service worker appeared (was it built into the folder passed to --load-extension?)');
  }));
  return {
    context,
    worker,
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Sends a message to the content script of the tab showing `url`, the way the side panel does. */
export async function sendToPage<T = any>(worker: Worker, url: string, message: unknown): Promise<T> {
  return worker.evaluate(
    async ({ url, message }) => {
      const tabs = await chrome.tabs.query({});
      const tab = tabs.find((t) => t.url === url);
      if (!tab?.id) throw new Error(`no tab at ${url} (tabs: ${tabs.map((t) => t.url).join(', ')})`);
      return chrome.tabs.sendMessage(tab.id, message);
    },
    { url, message },
  ) as Promise<T>;
}

let opened = 0;

/**
 * Opens any page on a platform host (the fixture server answers every path with that host's
 * composer markup), waiting for the page itself but not for a content script.
 */
export async function openPage(session: Session, url: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`${url}#kepu-${++opened}`);
  await page.waitForFunction(() => typeof (window as any).__model === 'function');
  return page;
}

/**
 * Whether the content script answers a probe in `page` within `ms` (Chrome starts it at
 * document_idle, a little after the page's own scripts). "No receiver" is Chrome's answer for
 * a tab without it; any other error is thrown.
 */
export async function contentScriptAnswers(session: Session, page: Page, ms = 1_500): Promise<boolean> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      await sendToPage(session.worker, page.url(), { type: 'kepu:probe' });
      return true;
    } catch (error) {
      if (!/Receiving end does not exist|Could not establish connection/i.test(String(error))) throw error;
      if (Date.now() > until) return false;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

/** Opens a composer page (a unique #fragment tells its tab apart) and waits for its content script. */
export async function openComposer(session: Session, url: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`${url}#kepu-${++opened}`);
  await page.waitForFunction(() => typeof (window as any).__model === 'function');
  const until = Date.now() + 10_000;
  for (;;) {
    try {
      await sendToPage(session.worker, page.url(), { type: 'kepu:probe' });
      return page;
    } catch (error) {
      if (Date.now() > until) throw new Error(`content script never answered on ${url}: ${String(error)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

export async function readModel(page: Page): Promise<Record<string, any>> {
  return page.evaluate(() => (window as any).__model());
}

export interface Out {
  index: Manifest;
  /** Each index entry's article, in index order, read from its detail file. */
  articles: ManifestArticle[];
}

/** Reads a build's output the way the extension does: the index, then each entry's detail file. */
export async function readOut(dir = FIXTURE_OUT): Promise<Out> {
  const index = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  const articles = await Promise.all(index.articles.map(async (e) => (JSON.parse(await readFile(join(dir, e.detail), 'utf8')) as ArticleDetail).article));
  return { index, articles };
}

/** The fixture article (the flu article, approved, every platform). */
export async function fixtureArticle(): Promise<ManifestArticle> {
  return (await readOut()).articles[0]!;
}

/** The fixture variant filled on each platform's composer (video platforms: the 60 s script). */
export function variantFor(article: ManifestArticle, platform: PlatformId): Variant {
  const variants = article.variants.filter((v) => v.platform === platform && v.kind !== 'live-outline');
  const v = variants.find((x) => x.targetSeconds === 60) ?? variants[0];
  if (!v) throw new Error(`fixture article has no ${platform} variant`);
  return v;
}

/** A small real PNG (8×8, red), as the side panel would fetch it from the preview site. */
export async function pngAsset(path: string): Promise<{ path: string; mime: string; base64: string }> {
  const sharp = (await import('sharp')).default;
  const bytes = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#c00' } }).png().toBuffer();
  return { path, mime: 'image/png', base64: bytes.toString('base64') };
}

export function sidePanelUrl(session: Session): string {
  return `chrome-extension://${new URL(session.worker.url()).host}/sidepanel/index.html`;
}

/** Replaces everything the extension stored (the side panel's remembered choice) with `items`. */
export async function resetStorage(session: Session, items: Record<string, unknown> = {}): Promise<void> {
  await session.worker.evaluate(async (items) => {
    await chrome.storage.local.clear();
    await chrome.storage.local.set(items);
  }, items);
}

export async function readStorage(session: Session): Promise<Record<string, any>> {
  return session.worker.evaluate(() => chrome.storage.local.get(null));
}

export interface Site {
  origin: string;
  /** Paths asked for, in order, without the leading slash. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * A preview site on 127.0.0.1: `body(path)` answers each path (undefined is a 404). Like
 * `kepu dev`, it allows the Kepu extension's origin (CORS; its id is fixed by the manifest
 * `key`) and no other, which is how the side panel reads a site it was given permission for
 * earlier without prompting again.
 */
export async function serveSite(body: (path: string) => string | undefined | Promise<string | undefined>): Promise<Site> {
  const requests: string[] = [];
  const server = createHttpServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).slice(1);
    requests.push(path);
    const origin = req.headers.origin;
    const cors: Record<string, string> = origin === EXTENSION_ORIGIN ? { 'access-control-allow-origin': origin, vary: 'Origin' } : {};
    const text = await body(path);
    if (text === undefined) return void res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...cors }).end(`未找到 /${path}`);
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...cors }).end(text);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** Everything the browser tests need, started once; `extensionDir` is the built extension Chromium loaded. */
export async function startAll(): Promise<{ session: Session; extensionDir: string; stop(): Promise<void> }> {
  const work = await mkdtemp(join(tmpdir(), 'kepu-ext-test-'));
  const extDir = join(work, 'extension');
  const pagesDir = join(work, 'composers');
  await Promise.all([buildExtension(extDir), buildComposers(pagesDir)]);
  const { server, port } = await serveComposers(pagesDir);
  let session: Session;
  try {
    session = await launchWithExtension(extDir, port);
  } catch (error) {
    server.close();
    await rm(work, { recursive: true, force: true });
    throw error;
  }
  return {
    session,
    extensionDir: extDir,
    stop: async () => {
      await session.close();
      server.close();
      await rm(work, { recursive: true, force: true });
    },
  };
}

export interface Upload {
  host: string;
  name: string;
  type: string;
  size: number;
  /** The URL the fixture answered; absent when it refused the file. */
  url?: string;
  error?: string;
}

/** Every picture the fixture composers uploaded, in order (reset it between tests). */
export const uploads: Upload[] = [];
const uploaded = new Map<string, { type: string; bytes: Buffer }>();
/** Like the platforms' own limit; a file name containing `reject` is refused too, so a test can force a failure. */
export const FIXTURE_UPLOAD_MAX_BYTES = 2 * 1024 * 1024;

/**
 * The fixture composers' upload endpoint: POST /upload with a multipart `file` answers
 * `{ url }` (served back under /uploaded/), or 413 `{ error }` for a file it refuses.
 */
async function answerUpload(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, path: string): Promise<void> {
  if (path.startsWith('/uploaded/')) {
    const stored = uploaded.get(path);
    if (!stored) return void res.writeHead(404).end();
    return void res.writeHead(200, { 'content-type': stored.type }).end(stored.bytes);
  }
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const form = await new Request('https://x/upload', { method: 'POST', headers: { 'content-type': req.headers['content-type'] ?? '' }, body: Buffer.concat(chunks) }).formData();
  const file = form.get('file');
  const host = req.headers.host ?? '';
  const json = (status: number, body: unknown) => void res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
  if (!(file instanceof File)) return json(400, { error: '没有收到文件' });
  const record: Upload = { host, name: file.name, type: file.type, size: file.size };
  uploads.push(record);
  if (file.size > FIXTURE_UPLOAD_MAX_BYTES || file.name.includes('reject')) {
    record.error = `文件超过 ${FIXTURE_UPLOAD_MAX_BYTES / 1024 / 1024} MB`;
    return json(413, { error: record.error });
  }
  const key = `/uploaded/${uploaded.size + 1}/${encodeURIComponent(file.name)}`;
  uploaded.set(key, { type: file.type, bytes: Buffer.from(await file.arrayBuffer()) });
  record.url = `https://${host}${key}`;
  return json(200, { url: record.url });
}
