/**
 * A booking export imported before any platform export: `kepu metrics import` still writes the
 * dashboard, with appointments per variant (chart and table, JavaScript off) and the index page
 * linking to it.
 */
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { metricsCommand } from '../../generator/commands/metrics.ts';
import { channelCode } from '../../generator/render/channel.ts';
import { ROOT, tempDir } from '../helpers.ts';
import { launch, RESULTS, serveStatic } from '../site/browser.ts';
import { csv, gb18030 } from './fixtures.ts';
import { writeSite, type FixtureArticle } from './site-fixture.ts';

const ARTICLES: FixtureArticle[] = [
  { slug: 'flu', title: '流感疫苗怎么打', department: '儿科', date: '2026-03-01', variants: [{ platform: 'wechat', kind: 'article' }, { platform: 'weibo', kind: 'carousel' }, { platform: 'xiaohongshu', kind: 'carousel' }] },
  { slug: 'bp', title: '在家测血压', department: '心内科', date: '2026-03-02', variants: [{ platform: 'douyin', kind: 'video-script', seconds: 60 }] },
];
const code = (id: string, platform: Parameters<typeof channelCode>[1]) => channelCode(id, platform);

let dir: string;
let out: string;
let cleanup: () => Promise<void>;
let status: number;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('kepu-bookonly-'));
  out = join(dir, 'out');
  await writeSite(out, ARTICLES);
  await mkdir(join(out, '_site'), { recursive: true });
  await copyFile(join(ROOT, 'templates/site/site.css'), join(out, '_site/site.css'));
  const file = join(dir, '预约明细.csv');
  await writeFile(file, gb18030(csv([
    ['预约明细（2026-03-01 至 2026-03-07）'],
    ['订单号', '预约时间', '渠道码'],
    ['B1', '2026-03-02 10:00', code('flu.wechat.article', 'wechat')],
    ['B2', '2026-03-03 11:00', code('flu.wechat.article', 'wechat')],
    ['B3', '2026-03-03 15:00', code('flu.weibo.carousel', 'weibo')],
    ['B4', '2026-03-04 09:00', code('bp.douyin.video-script.60s', 'douyin')],
    ['B5', '2026-03-04 09:30', code('flu.wechat.article', 'wechat')],
    ['B6', '2026-03-05 09:30', ''],
  ])));
  const quiet = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  try {
    status = await metricsCommand.run({ content: join(dir, 'content'), metrics: join(dir, 'metrics'), out, date: '2026-03-08' }, ['import', file]);
  } finally {
    quiet.mockRestore();
  }
});

afterAll(() => cleanup?.());

describe('a booking export alone', () => {
  it('writes the dashboard with appointments per variant, most first, and links it from the index', async () => {
    expect(status).toBe(0);
    expect(existsSync(join(out, 'metrics/index.html'))).toBe(true);
    const html = await readFile(join(out, 'metrics/index.html'), 'utf8');
    expect(html).toContain('还没有平台数据');
    const rows = [...html.matchAll(/<tr><th scope="row">[^]*?<code>([^<]+)<\/code>[^]*?<td>([^<]*)<\/td><\/tr>/g)].map((m) => [m[1], m[2]]);
    expect(rows).toEqual([['flu.wechat.article', '3'], ['bp.douyin.video-script.60s', '1'], ['flu.weibo.carousel', '1']]);
    expect(html).toContain(code('flu.wechat.article', 'wechat'));
    expect(html).not.toMatch(/NaN|undefined/);
    expect(await readFile(join(out, 'index.html'), 'utf8')).toContain('metrics/index.html');
  });

  it('reads with JavaScript off: a chart per platform and the numbers in a table', async () => {
    let browser: Browser | undefined;
    const { url, close } = await serveStatic(out);
    try {
      browser = await launch(join(dir, 'chromium'));
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1100, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${url}/metrics/index.html`);
      const svg = page.locator('figure.m-chart svg[aria-describedby="t-bookings"]');
      expect(await svg.count()).toBe(1);
      expect(await svg.locator('rect').count()).toBe(3);
      expect(await page.locator('#t-bookings tbody tr').count()).toBe(3);
      expect(await page.locator('#bookings').textContent()).toContain('带渠道码的预约共 5 条');
      await mkdir(join(RESULTS, 'metrics'), { recursive: true });
      await page.screenshot({ path: join(RESULTS, 'metrics/dashboard-bookings-only.png'), fullPage: true });
      await context.close();
    } finally {
      await browser?.close();
      await close();
    }
  });
});
