/**
 * The metrics panel on an article's page: that article's variants side by side with rates and
 * their denominators, put in by `kepu metrics import`, kept by later builds, gone when the data
 * goes, and absent from articles without metrics. Read in Chromium with JavaScript off.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { build } from '../../generator/build.ts';
import { metricsCommand } from '../../generator/commands/metrics.ts';
import { spliceMetricsPanel } from '../../generator/site/metrics/article-panel.tsx';
import { contentDir, FIXTURES } from '../helpers.ts';
import { launch, RESULTS, serveStatic } from '../site/browser.ts';
import { csv } from './fixtures.ts';

describe('the panel slot', () => {
  it('takes a panel, replaces it, and empties again, leaving the rest of the page as it was', () => {
    const page = '<main><div class="metrics-slot"><!--kepu:metrics--><!--/kepu:metrics--></div><p>正文</p></main>';
    const one = spliceMetricsPanel(page, '<section>A</section>')!;
    expect(one).toContain('<!--kepu:metrics--><section>A</section><!--/kepu:metrics-->');
    const two = spliceMetricsPanel(one, '<section>B</section>')!;
    expect(two).not.toContain('>A<');
    expect(spliceMetricsPanel(two, '')).toBe(page);
    expect(spliceMetricsPanel('<main>没有插槽</main>', 'x')).toBeUndefined();
  });
});

describe('metrics panel on the article page', () => {
  let env: Awaited<ReturnType<typeof contentDir>>;
  let browser: Browser | undefined;
  const page = () => readFile(join(env.out, 'flu-basics/index.html'), 'utf8');
  const other = () => readFile(join(env.out, 'other-topic/index.html'), 'utf8');
  const quietly = async <T,>(f: () => Promise<T>): Promise<T> => {
    const quiet = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      return await f();
    } finally {
      quiet.mockRestore();
    }
  };

  beforeAll(async () => {
    const flu = await readFile(join(FIXTURES, 'basic/flu.md'), 'utf8');
    env = await contentDir({ 'other.md': flu.replace('slug: flu-basics', 'slug: other-topic').replace(/^title: .*$/m, 'title: 另一篇没有数据的文章') }, join(FIXTURES, 'basic'));
    await build({ contentDir: env.content, outDir: env.out, images: false });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await env?.cleanup();
  });

  it('has none before there are metrics', async () => {
    expect(await page()).toContain('<!--kepu:metrics--><!--/kepu:metrics-->');
    expect(await page()).not.toContain('平台数据');
  });

  it('appears after an import, with each variant side by side and rates with their denominators', async () => {
    const generic = join(env.dir, 'weekly.csv');
    await writeFile(generic, csv([
      ['平台', '稿件', '日期', '播放量', '完播率', '点赞', '分享', '评论', '涨粉'],
      ['抖音', 'flu-basics.douyin.video-script.60s', '2026-03-05', '1.2万', '25%', 300, '-', 12, 40],
      ['知乎', 'flu-basics.zhihu.article', '2026-03-05', 880, '', 20, 3, 1, ''],
    ]));
    const wechat = join(env.dir, 'wechat.csv');
    await writeFile(wechat, csv([['内容标题', '发表日期', '阅读人数', '阅读完成率', '分享人数', '阅读后关注人数'], ['流感季来了，这些防护要点请收好', '20260304', 2000, '40.5%', 15, 6]]));
    const common = { content: env.content, metrics: join(env.dir, 'metrics'), out: env.out, date: '2026-03-06' };
    expect(await quietly(() => metricsCommand.run(common, ['import', generic, wechat]))).toBe(0);

    const html = await page();
    expect(html).toContain('平台数据');
    expect(html).toContain('../metrics/index.html#a-flu-basics');
    // Rates are summed counts over summed denominators, and say which.
    expect(html).toContain('25.0%');
    expect(html).toContain('完播率：3,000 ÷ 1.2万（完播次数 ÷ 播放量）');
    expect(html).toContain('阅读完成率：810 ÷ 2,000（读完人数 ÷ 阅读人数）');
    // "-" shares on 抖音: missing, not 0; totals say how many are missing.
    expect(html).toMatch(/<td><span class="m-missing"[^>]*>缺<\/span><\/td>/);
    expect(html).toContain('1 条缺');
    expect(html).toContain('2026-03-06');
    expect(html).toContain('发布后 48 小时');
    expect(html).toMatch(/还没有数据的稿件（\d+）/);
    // The article without metrics gets no panel.
    expect(await other()).toContain('<!--kepu:metrics--><!--/kepu:metrics-->');
  });

  it('survives every kind of rebuild: nothing changed, this article edited (in place), everything recompiled', async () => {
    const metricsDir = join(env.dir, 'metrics');
    const unchanged = await build({ contentDir: env.content, outDir: env.out, images: false, metricsDir });
    expect(unchanged.unchanged).toBe(true);
    expect(await page()).toContain('阅读完成率：810 ÷ 2,000');
    const source = join(env.content, 'flu.md');
    await writeFile(source, `${await readFile(source, 'utf8')}\n多喝水，注意休息。\n`);
    const edited = await build({ contentDir: env.content, outDir: env.out, images: false, metricsDir });
    expect(edited.compiled.map((e) => e.slug)).toEqual(['flu-basics']);
    expect(await page()).toContain('多喝水');
    expect(await page()).toContain('阅读完成率：810 ÷ 2,000');
    await build({ contentDir: env.content, outDir: env.out, images: false, cache: false, metricsDir });
    expect(await page()).toContain('阅读完成率：810 ÷ 2,000');
    expect(await other()).not.toContain('平台数据');
  }, 120_000);

  it('reads with JavaScript off (screenshot for review)', async () => {
    const { url, close } = await serveStatic(env.out);
    try {
      browser = await launch(join(env.dir, 'chromium'));
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
      const tab = await context.newPage();
      await tab.goto(`${url}/flu-basics/index.html`);
      const panel = tab.locator('section.article-metrics');
      expect(await panel.locator('h2').textContent()).toBe('平台数据');
      const rows = panel.locator('#t-article-metrics tbody tr');
      expect(await rows.count()).toBe(3);
      expect(await rows.locator('th').allTextContents()).toEqual(expect.arrayContaining(['微信公众号 · 图文', '抖音 · 短视频脚本 · 60 秒', '知乎 · 图文']));
      expect(await panel.locator('tfoot').textContent()).toContain('1.5万'); // 12,000 + 880 + 2,000 views
      // Rows are named as the page's own variant sections are.
      const headings = await tab.locator('nav.variant-nav a').allTextContents();
      for (const row of await rows.locator('th').allTextContents()) expect(headings).toContain(row);
      await panel.screenshot({ path: join(RESULTS, 'metrics/article-panel.png') });
      // The panel in its place on the page, between the review status and the variants.
      await tab.evaluate(() => document.querySelector('section.article-metrics')!.scrollIntoView({ block: 'center' }));
      await tab.screenshot({ path: join(RESULTS, 'metrics/article-page.png') });
      await context.close();
    } finally {
      await close();
    }
  });

  it('goes when the data goes, with the dashboard and its link, even when no article changed', async () => {
    // A build with the cache on, so the next one finds every article unchanged.
    await build({ contentDir: env.content, outDir: env.out, images: false, metricsDir: join(env.dir, 'metrics') });
    expect(await readFile(join(env.out, 'index.html'), 'utf8')).toContain('href="metrics/index.html"');
    expect(await page()).toContain('平台数据');
    await rm(join(env.dir, 'metrics'), { recursive: true });
    const result = await build({ contentDir: env.content, outDir: env.out, images: false, metricsDir: join(env.dir, 'metrics') });
    expect(result.unchanged).toBe(true);
    expect(await page()).toContain('<!--kepu:metrics--><!--/kepu:metrics-->');
    expect(await page()).not.toContain('平台数据');
    expect(await readFile(join(env.out, 'index.html'), 'utf8')).not.toContain('href="metrics/index.html"');
    await expect(readFile(join(env.out, 'metrics/index.html'))).rejects.toThrow(/ENOENT/);
  }, 120_000);
});
