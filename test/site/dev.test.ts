/**
 * `kepu dev` in real Chromium: a saved article updates the open page, a broken save shows its
 * error on the page and recovers on the next good save, a deleted article leaves the site, and
 * the Kepu extension's origin may read manifest.json (test/extension/privilege.test.ts: only it).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { startDevServer, type DevServer } from '../../generator/site/dev/server.ts';
import { EXTENSION_ORIGIN } from '../../extension/config.ts';
import { contentDir } from '../helpers.ts';
import { BP, SLEEP } from './articles.ts';
import { launch } from './browser.ts';

let site: Awaited<ReturnType<typeof contentDir>>;
let server: DevServer;
let browser: Browser;
const logs: string[] = [];

beforeAll(async () => {
  site = await contentDir({ 'bp.md': BP, 'sleep.md': SLEEP });
  server = await startDevServer({
    contentDir: site.content, outDir: site.out, port: 0, images: false, cacheDir: join(site.dir, 'cache'),
    log: (line) => logs.push(line), debounceMs: 30,
  });
  browser = await launch(join(site.dir, 'chromium'));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await site?.cleanup();
});

/** How long a page may take to show a save: within a second when idle, far longer beside the 3,000-article build on 2 cores. */
const LIVE_UPDATE_MS = 40_000;

describe('kepu dev', () => {
  it('serves the site with a CSP header and manifest.json to the extension origin', async () => {
    const page = await fetch(`${server.url}bp-daily/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const manifest = await fetch(`${server.url}manifest.json`, { headers: { origin: EXTENSION_ORIGIN } });
    expect(manifest.headers.get('access-control-allow-origin')).toBe(EXTENSION_ORIGIN);
    expect(((await manifest.json()) as { articles: unknown[] }).articles).toHaveLength(2);
    const other = await fetch(`${server.url}manifest.json`, { headers: { origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    expect((await fetch(`${server.url}bp-daily`, { redirect: 'manual' })).status).toBe(301);
    expect((await fetch(`${server.url}..%2f..%2fetc/passwd`)).status).not.toBe(200);
  });

  it('updates the open page on save, shows a broken save and recovers on the next good one', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}bp-daily/`);
    await page.waitForFunction(() => document.documentElement.classList.contains('js'));
    const heading = page.locator('.article-head h1');
    expect(await heading.textContent()).toBe('高血压的日常管理');

    await writeFile(join(site.content, 'bp.md'), BP.replace('title: 高血压的日常管理', 'title: 高血压的居家管理'));
    await page.waitForFunction(() => document.querySelector('.article-head h1')?.textContent === '高血压的居家管理', null, { timeout: LIVE_UPDATE_MS });

    await writeFile(join(site.content, 'bp.md'), BP.replace('title: 高血压的日常管理', 'title: [高血压'));
    const overlay = page.locator('#kepu-error-overlay');
    await overlay.waitFor({ state: 'visible', timeout: LIVE_UPDATE_MS });
    expect(await overlay.locator('.kepu-overlay-location').textContent()).toMatch(/bp\.md:\d+:\d+$/);
    expect(await overlay.locator('.kepu-overlay-frame').textContent()).toContain('title: [高血压');
    expect(logs.join('\n')).toMatch(/✗ .*bp\.md:\d+:\d+/);
    // The last good output stays in place under the overlay.
    expect(await heading.textContent()).toBe('高血压的居家管理');
    const index = await (await fetch(server.url)).text();
    expect(index).toContain('构建失败的文章');

    await writeFile(join(site.content, 'bp.md'), BP.replace('title: 高血压的日常管理', 'title: 高血压的饮食管理'));
    await page.waitForFunction(() => document.querySelector('.article-head h1')?.textContent === '高血压的饮食管理', null, { timeout: LIVE_UPDATE_MS });
    expect(await overlay.count()).toBe(0);
    await page.close();
  }, 3 * LIVE_UPDATE_MS + 30_000);

  it('sees saves that replace the file (safe-save via a temp file and rename), again and again', async () => {
    const { rename } = await import('node:fs/promises');
    for (const title of ['高血压的家庭管理', '高血压的长期管理', '高血压的日常管理']) {
      const tmp = join(site.content, '.bp.md.tmp');
      await writeFile(tmp, BP.replace('title: 高血压的日常管理', `title: ${title}`));
      await rename(tmp, join(site.content, 'bp.md'));
      await new Promise((r) => setTimeout(r, 100));
      await server.settled();
      const manifest = JSON.parse(await readFile(join(site.out, 'manifest.json'), 'utf8')) as { articles: { slug: string; title: string }[] };
      expect(manifest.articles.find((a) => a.slug === 'bp-daily')?.title, `after replacing with “${title}”`).toBe(title);
    }
  });

  it('removes a deleted article and moves a renamed one', async () => {
    await rm(join(site.content, 'sleep.md'));
    await writeFile(join(site.content, 'bp.md'), BP.replace('slug: bp-daily', 'slug: bp-home'));
    await new Promise((r) => setTimeout(r, 100));
    await server.settled();
    const manifest = JSON.parse(await readFile(join(site.out, 'manifest.json'), 'utf8')) as { articles: { slug: string }[] };
    expect(manifest.articles.map((a) => a.slug)).toEqual(['bp-home']);
    expect((await fetch(`${server.url}sleep-tips/`)).status).toBe(404);
    expect((await fetch(`${server.url}bp-daily/`)).status).toBe(404);
    expect((await fetch(`${server.url}bp-home/`)).status).toBe(200);
  });
});
