/**
 * The dashboard in real Chromium with JavaScript off: charts are SVG drawn at build time, the
 * numbers are in tables, comparisons are labelled 非随机对比, and insights carry their n.
 */
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { metricsCommand } from '../../generator/commands/metrics.ts';
import { ROOT, tempDir } from '../helpers.ts';
import { launch, RESULTS, serveStatic } from '../site/browser.ts';
import { count } from '../../generator/site/metrics/format.tsx';
import { channelCode } from '../../generator/render/channel.ts';
import { csv } from './fixtures.ts';
import { writeSite, type FixtureArticle } from './site-fixture.ts';
import { makeXlsx } from './xlsx-fixture.ts';

const DEPTS = ['儿科', '心内科', '急诊科'];
const ARTICLES: FixtureArticle[] = Array.from({ length: 6 }, (_, i) => ({
  slug: `topic-${i + 1}`, title: `科普主题 ${i + 1}`, department: DEPTS[i % 3]!, date: '2026-03-01',
  variants: [
    { platform: 'wechat', kind: 'article' }, { platform: 'toutiao', kind: 'article', title: `头条标题 ${i + 1}` },
    { platform: 'xiaohongshu', kind: 'carousel' },
    ...[15, 60, 180].map((seconds) => ({ platform: 'douyin' as const, kind: 'video-script' as const, seconds })),
  ],
}));

/** Deterministic numbers: shorter videos finish more often, as the insight should then say. `scale`: an earlier export's smaller counts. */
function genericRows(scale = 1): (string | number)[][] {
  const rows: (string | number)[][] = [['平台', '稿件', '日期', '播放量', '完播率', '曝光', '点击率', '点赞']];
  ARTICLES.forEach((a, i) => {
    for (const s of [15, 60, 180]) rows.push(['抖音', `${a.slug}.douyin.video-script.${s}s`, '2026-03-05', douyinViews(i, s, scale), `${(60 - s / 5 - i).toFixed(1)}%`, '', '', 20 + i]);
    rows.push(['小红书', `${a.slug}.xiaohongshu.carousel`, '2026-03-05', 800 + 50 * i, '', 9000 + 500 * i, `${(6 + i * 0.5).toFixed(1)}%`, 30 + i]);
    rows.push(['公众号', `${a.slug}.wechat.article`, '2026-03-04', i === 2 ? '-' : 3000 + 100 * i, '', '', '', 15]);
  });
  return rows;
}

const douyinViews = (i: number, s: number, scale: number) => Math.round((1000 + 400 * i + s) * scale);

let browser: Browser;
let out: string;
let cleanup: () => Promise<void>;
let close: () => Promise<void>;
let url: string;

beforeAll(async () => {
  const t = await tempDir('kepu-dash-');
  cleanup = t.cleanup;
  out = join(t.dir, 'out');
  await writeSite(out, ARTICLES);
  await mkdir(join(out, '_site'), { recursive: true });
  await copyFile(join(ROOT, 'templates/site/site.css'), join(out, '_site/site.css'));
  const generic = join(t.dir, 'weekly.csv');
  await writeFile(generic, csv(genericRows()));
  const firstDay = join(t.dir, 'first-day.csv');
  await writeFile(firstDay, csv(genericRows(0.5)));
  const toutiao = join(t.dir, 'toutiao.xlsx');
  await writeFile(toutiao, makeXlsx([
    ['标题', '发布时间', 'ID', '展现量', '播放量', '点击率', '平均播放完成率', '点赞量'],
    ['头条标题 1', '2026-03-02 18:00', '71', 5000, 640, 0.128, '16.55', 12],
    ['头条标题 2', '2026-03-02 18:00', '72', 7000, 900, 0.101, '-1.00', 8],
    ['一条没发过的稿子', '2026-03-02 18:00', '73', 100, 9, 0.09, '10', 0],
  ], { styles: 'broken' }));
  const quiet = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  try {
    const common = { content: join(t.dir, 'content'), metrics: join(t.dir, 'metrics'), out };
    // Three export days: the publishing day (the 24 h value), day 2 (72 h) and day 8 (past 7 d for
    // everything but 头条, published 18:00 on the 2nd, whose day-2 export is its 7 d value).
    expect(await metricsCommand.run({ ...common, date: '2026-03-05' }, ['import', firstDay])).toBe(0);
    expect(await metricsCommand.run({ ...common, date: '2026-03-06' }, ['import', generic, toutiao])).toBe(0);
    expect(await metricsCommand.run({ ...common, date: '2026-03-12' }, ['import', generic])).toBe(0);
    // Appointments that came in with channel codes (公众号 阅读原文, a 抖音 live card).
    const bookings = join(t.dir, 'bookings.csv');
    await writeFile(bookings, csv([['订单号', '预约日期', '渠道码'],
      ...[1, 2, 3].map((n) => [`B${n}`, '2026-03-06', channelCode('topic-1.wechat.article', 'wechat')]),
      ['B4', '2026-03-07', channelCode('topic-2.douyin.video-script.60s', 'douyin')]]));
    expect(await metricsCommand.run({ ...common, date: '2026-03-12' }, ['import', bookings])).toBe(0);
  } finally {
    quiet.mockRestore();
  }
  ({ url, close } = await serveStatic(out));
  browser = await launch(join(t.dir, 'chromium'));
});

afterAll(async () => {
  await browser?.close();
  await close?.();
  await cleanup?.();
});

describe('metrics dashboard', () => {
  it('reads with JavaScript off: SVG charts, numbers in tables, honest labels', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${url}/metrics/index.html`);
    expect(await page.title()).toBe('数据回流 · 科普稿件');

    const charts = page.locator('figure.m-chart svg[role="img"]');
    expect(await charts.count()).toBeGreaterThanOrEqual(5);
    for (const svg of await charts.all()) {
      expect(await svg.locator('title').textContent()).toBeTruthy();
      const table = await svg.getAttribute('aria-describedby');
      expect(await page.locator(`table#${table}`).count()).toBe(1);
    }
    expect(await page.locator('figure.m-chart rect').count()).toBeGreaterThan(6);
    expect(await page.locator('figure.m-chart path').count()).toBeGreaterThanOrEqual(2);

    const platform = page.locator('table#t-platform');
    const douyin = platform.locator('tr', { has: page.locator('th', { hasText: '抖音' }) });
    // 18 videos: 6 articles × 3 lengths; views summed.
    expect(await douyin.locator('td').first().textContent()).toBe('18');
    // 公众号 views: one "-" is shown as missing and counted as missing, not zero.
    const wechat = platform.locator('tr', { has: page.locator('th', { hasText: '公众号' }) });
    expect(await wechat.textContent()).toContain('n = 5，缺 1');

    const length = page.locator('table#t-length');
    expect(await length.textContent()).toMatch(/完播次数 ÷ 播放量（合计后相除）/);
    expect(await page.locator('.m-insights').textContent()).toMatch(/15 秒脚本的完播率中位数高于180 秒脚本：[\d.]+% 对 [\d.]+%，n = 6 对 6/);

    expect(await page.locator('#t-compare').textContent()).toContain('非随机对比');
    expect(await page.locator('#t-compare').textContent()).toMatch(/95% 区间/);
    expect(await page.locator('#t-pending').textContent()).toContain('一条没发过的稿子');
    expect(await page.locator('#t-trend').textContent()).toContain('2026-03-12');
    expect(await page.locator('main, body').first().textContent()).not.toMatch(/NaN|undefined/);
    expect(await page.locator('#t-a-topic-1').textContent()).toContain('头条标题 1');

    // Same age since publishing: chart and table, missing ages said, never zero.
    const ages = page.locator('section#ages');
    expect(await ages.locator('h2').textContent()).toContain('发布后 24 小时 / 72 小时 / 7 天');
    expect(await ages.locator('svg#c-ages, figure.m-chart svg[aria-describedby="t-ages-platform"]').count()).toBe(1);
    expect(await ages.locator('figure.m-chart svg[aria-describedby="t-ages-platform"] rect').count()).toBeGreaterThanOrEqual(4);
    const agesTable = page.locator('table#t-ages-platform');
    const cells = async (name: string) => agesTable.locator('tr', { has: page.locator('th', { hasText: name }) }).locator('td').allTextContents();
    const douyinAtAges = await cells('抖音');
    const firstDayViews = ARTICLES.flatMap((_, i) => [15, 60, 180].map((s) => douyinViews(i, s, 0.5))).sort((a, b) => a - b);
    const median24 = (firstDayViews[8]! + firstDayViews[9]!) / 2;
    // [作品数, 24 h 中位数, 24 h 合计, 72 h 中位数, 72 h 合计, 7 d 中位数, 7 d 合计]
    expect(douyinAtAges[0]).toBe('18');
    expect(douyinAtAges[1]).toContain(`${count(median24)}n = 18；快照在发布后 24 小时`);
    expect(douyinAtAges[2]).toBe(count(firstDayViews.reduce((a, b) => a + b, 0)));
    expect(douyinAtAges[3]).toContain('n = 18；快照在发布后 48 小时');
    expect(douyinAtAges[5]).toBe('缺');
    const toutiaoAtAges = await cells('头条');
    expect(toutiaoAtAges.slice(1, 5)).toEqual(['缺', '缺', '缺', '缺']);
    expect(toutiaoAtAges[5]).toContain('770n = 2；快照在发布后 102 小时');
    expect(toutiaoAtAges[6]).toBe('1,540');
    expect(await page.locator('table#t-ages-length').textContent()).toContain('完播次数 ÷ 播放量（合计后相除）');
    expect(await page.locator('table#t-ages-dept').textContent()).toContain('心内科');

    // Appointments per variant beside the platform data: chart per platform, table per variant, most first.
    expect(await page.locator('figure.m-chart svg[aria-describedby="t-bookings"] rect').count()).toBe(2);
    expect(await page.locator('#t-bookings tbody tr').allTextContents()).toEqual([expect.stringContaining('topic-1.wechat.article'), expect.stringContaining('topic-2.douyin.video-script.60s')]);

    await mkdir(join(RESULTS, 'metrics'), { recursive: true });
    await page.screenshot({ path: join(RESULTS, 'metrics/dashboard.png'), fullPage: true });
    await ages.screenshot({ path: join(RESULTS, 'metrics/dashboard-ages.png') });
    await context.close();
  });
});
