/**
 * `kepu dev --metrics`: a snapshot landing in the metrics folder (an import, a git pull) rewrites
 * the dashboard and the article's panel, and the open page reloads to show it; an article saved
 * afterwards keeps its panel. The folder does not exist when the server starts.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devCommand } from '../../generator/commands/dev.ts';
import { startDevServer, type DevServer } from '../../generator/site/dev/server.ts';
import { contentDir, FIXTURES } from '../helpers.ts';
import { launch } from '../site/browser.ts';

let env: Awaited<ReturnType<typeof contentDir>>;
let server: DevServer;
let browser: Browser;
let metricsDir: string;
const logs: string[] = [];

/** A snapshot as `kepu metrics import` writes it. */
function snapshot(views: number, likes: string): string {
  return [
    'key,platform,variant,match,candidates,published,title,workId,url,source,views,likes',
    `zhihu/2026-03-05/流感,zhihu,flu-basics.zhihu.article,named,,2026-03-05,流感,,,weekly.csv:2,${views},${likes}`,
    '',
  ].join('\n');
}

async function until(what: string, check: () => Promise<boolean>, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}\n${logs.join('\n')}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(async () => {
  env = await contentDir({}, join(FIXTURES, 'basic'));
  metricsDir = join(env.dir, 'data', 'metrics');
  await mkdir(join(env.dir, 'data'));
  server = await startDevServer({
    contentDir: env.content, outDir: env.out, port: 0, images: false, cacheDir: join(env.dir, 'cache'), metricsDir,
    log: (line) => logs.push(line), debounceMs: 30,
  });
  browser = await launch(join(env.dir, 'chromium'));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await env?.cleanup();
});

/**
 * How long a page may take to show a saved change. A save is seen within a second on an idle machine;
 * the whole suite runs the 3,000-article build beside this test on 2 cores, where one took 18 s.
 */
const LIVE_UPDATE_MS = 40_000;

describe('kepu dev with metrics', () => {
  it('takes --metrics like build', () => {
    expect(devCommand.options?.metrics).toEqual({ type: 'string' });
    expect(devCommand.usage).toContain('--metrics DIR');
  });

  it('shows a snapshot saved into the metrics folder on the open page and the dashboard, and keeps it across article saves', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}flu-basics/`);
    await page.waitForFunction(() => document.documentElement.classList.contains('js'));
    expect(await page.locator('section.article-metrics').count()).toBe(0);
    expect((await fetch(`${server.url}metrics/index.html`)).status).toBe(404);

    // The folder appears after the server started, with a snapshot in it.
    await mkdir(join(metricsDir, 'snapshots'), { recursive: true });
    await writeFile(join(metricsDir, 'snapshots/2026-03-06-generic.csv'), snapshot(880, '20'));
    await page.waitForSelector('section.article-metrics', { timeout: LIVE_UPDATE_MS });
    expect(await page.locator('#t-article-metrics tbody').textContent()).toContain('880');
    const dashboard = await fetch(`${server.url}metrics/index.html`);
    expect(dashboard.status).toBe(200);
    expect(await dashboard.text()).toContain('880');
    expect(await (await fetch(server.url)).text()).toContain('href="metrics/index.html"');

    // A later snapshot: the page reloads with the newer numbers.
    await writeFile(join(metricsDir, 'snapshots/2026-03-09-generic.csv'), snapshot(1234, '31'));
    await page.waitForFunction(() => document.querySelector('#t-article-metrics tbody')?.textContent?.includes('1,234'), null, { timeout: LIVE_UPDATE_MS });
    expect(logs.join('\n')).toContain('已更新数据看板');

    // Saving the article rebuilds its page; the panel is put back into the new page.
    const source = join(env.content, 'flu.md');
    await writeFile(source, (await readFile(source, 'utf8')).replace('title: 流感季来了，这些防护要点请收好', 'title: 流感季的防护要点'));
    await page.waitForFunction(() => document.querySelector('.article-head h1')?.textContent === '流感季的防护要点', null, { timeout: LIVE_UPDATE_MS });
    await server.settled();
    await until('the panel in the rebuilt page', async () => (await readFile(join(env.out, 'flu-basics/index.html'), 'utf8')).includes('1,234'));
    expect(await page.locator('section.article-metrics').count()).toBe(1);
    await page.close();
  }, 3 * LIVE_UPDATE_MS + 30_000);
});
