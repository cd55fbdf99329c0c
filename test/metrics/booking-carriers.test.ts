/**
 * 预约 per variant where the variant can carry its channel code, per platform and kind (registry
 * ATTRIBUTION kinds): a 抖音 short video carries none, so it shows 缺 (该稿件无预约入口), never 0,
 * while a 抖音 live card does; the same in the article panel's 预约 column.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexEntry, MANIFEST_VERSION, type ManifestArticle, type PlatformId, type VariantKind } from '../../generator/manifest.ts';
import type { CatalogVariant } from '../../generator/metrics/catalog.ts';
import { importFiles } from '../../generator/metrics/import.ts';
import { loadMetrics } from '../../generator/metrics/store.ts';
import { ATTRIBUTION, PLATFORM_IDS, PLATFORMS } from '../../generator/platforms/registry.ts';
import { channelCode } from '../../generator/render/channel.ts';
import { articlePanels } from '../../generator/site/metrics/article-panels.tsx';
import { metricsSiteFiles } from '../../generator/site/metrics/files.tsx';
import { tempDir } from '../helpers.ts';
import { csv } from './fixtures.ts';

describe('carriers per platform and kind in the registry', () => {
  it('states, with a source, whether every kind each platform produces can carry a channel code', () => {
    for (const p of PLATFORM_IDS) {
      for (const kind of PLATFORMS[p].kinds) {
        const entry = ATTRIBUTION[p].kinds[kind];
        expect(entry, `${p} ${kind}`).toBeDefined();
        expect(entry!.how.length, `${p} ${kind}`).toBeGreaterThan(0);
        expect(entry!.source.length, `${p} ${kind}`).toBeGreaterThan(0);
      }
    }
    expect(ATTRIBUTION.douyin.kinds['video-script']!.carrier).toBe(false);
    expect(ATTRIBUTION.douyin.kinds['live-outline']!.carrier).toBe(true);
    expect(ATTRIBUTION.channels.kinds['video-script']!.carrier).toBe(false);
    expect(ATTRIBUTION.xiaohongshu.kinds.carousel!.carrier).toBe(false);
    expect(ATTRIBUTION.wechat.kinds.article!.carrier).toBe(true);
  });
});

const slug = 'flu';
const VARIANTS: { id: string; platform: PlatformId; kind: VariantKind; title: string }[] = [
  { id: 'flu.wechat.article', platform: 'wechat', kind: 'article', title: '流感疫苗怎么打' },
  { id: 'flu.douyin.video-script.60s', platform: 'douyin', kind: 'video-script', title: '流感疫苗 60 秒' },
  { id: 'flu.douyin.live-outline', platform: 'douyin', kind: 'live-outline', title: '流感疫苗直播' },
  { id: 'flu.xiaohongshu.carousel', platform: 'xiaohongshu', kind: 'carousel', title: '流感疫苗' },
];
const article: ManifestArticle = {
  slug, title: '流感疫苗怎么打', source: 'content/flu.md', status: 'approved', date: '2026-03-01', findings: [],
  variants: VARIANTS.map((v) => ({ ...v, text: '' })),
};
const index = { version: MANIFEST_VERSION, generatedAt: '', articles: [indexEntry(article)] };
const catalog = VARIANTS.map((v) => ({ ...v, slug, articleTitle: article.title }) as CatalogVariant);

/** The last cell (预约) of the dashboard row whose header names `id`. */
function cell(html: string, id: string): string {
  const at = html.indexOf(`<code>${id}</code>`);
  expect(at, id).toBeGreaterThan(0);
  const row = html.slice(at, html.indexOf('</tr>', at));
  const cells = [...row.matchAll(/<td[^>]*>((?:(?!<td).)*?)<\/td>/g)].map((m) => m[1]!);
  return cells.at(-1)!;
}

describe('预约 where a variant has no carrier', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let metrics: string;
  let dashboard: string;
  let panel: string;
  let panelBefore: string;

  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir('kepu-carrier-'));
    metrics = join(dir, 'metrics');
    const generic = join(dir, 'generic.csv');
    await writeFile(generic, csv([
      ['平台', '稿件', '日期', '播放量', '点赞'],
      ...VARIANTS.map((v, i) => [v.platform, v.id, '2026-03-02', 1000 + 100 * i, 10 + i]),
    ]));
    await importFiles([generic], { metricsDir: metrics, catalog, date: '2026-03-10' });
    panelBefore = (await articlePanels(index as never, await loadMetrics(metrics), metrics)).get(slug)!;
    // Two appointments through the 公众号 article; none through the others.
    const bookings = join(dir, 'bookings.csv');
    const wx = channelCode('flu.wechat.article', 'wechat');
    await writeFile(bookings, csv([['订单号', '预约日期', '渠道码'], ['B1', '2026-03-03', wx], ['B2', '2026-03-04', wx]]));
    await importFiles([bookings], { metricsDir: metrics, catalog, date: '2026-03-10' });
    const files = await metricsSiteFiles(metrics, index as never);
    dashboard = String(files.find((f) => f.path === 'metrics/index.html')!.content);
    panel = (await articlePanels(index as never, await loadMetrics(metrics), metrics)).get(slug)!;
  });
  afterAll(() => cleanup());

  it('dashboard: a 抖音 short video without bookings is 缺 (该稿件无预约入口), the 抖音 live card with none is 0', () => {
    expect(cell(dashboard, 'flu.wechat.article')).toBe('2');
    expect(cell(dashboard, 'flu.douyin.live-outline')).toBe('0');
    const video = cell(dashboard, 'flu.douyin.video-script.60s');
    expect(video).toMatch(/<span class="m-missing" title="该稿件无预约入口：抖音短视频本身不带预约链接或二维码[^"]*">缺<\/span>/);
    expect(video).not.toMatch(/>0</);
    expect(cell(dashboard, 'flu.xiaohongshu.carousel')).toContain('title="该稿件无预约入口：小红书禁止');
    // The footnote says why in print and without hovering.
    expect(dashboard).toContain('缺（该稿件无预约入口）');
  });

  it('article panel: a 预约 column, counted where a carrier exists, 缺 where none can, 缺 before any booking export', () => {
    expect(panel).toContain('预约<br/><small>带渠道码</small>');
    // Rows are named by label (the page's own variant headings); columns: views, finish, likes,
    // shares, comments, follows, 预约, latest snapshot.
    const row = (label: string) => {
      const at = panel.indexOf(`<th scope="row">${label}`);
      expect(at, label).toBeGreaterThan(0);
      return [...panel.slice(at, panel.indexOf('</tr>', at)).matchAll(/<td[^>]*>((?:(?!<td).)*?)<\/td>/g)].map((m) => m[1]!)[6]!;
    };
    expect(row('微信公众号 · 图文')).toBe('2');
    expect(row('抖音 · 直播提纲')).toBe('0');
    expect(row('抖音 · 短视频脚本 · 60 秒')).toContain('title="该稿件无预约入口：抖音短视频本身不带预约链接或二维码');
    expect(row('小红书 · 图片轮播')).toContain('该稿件无预约入口');
    expect(panel).toContain('缺（该稿件无预约入口）');
    // The total counts the variants that can carry a code.
    const foot = panel.slice(panel.indexOf('<tfoot>'));
    expect([...foot.matchAll(/<td[^>]*>((?:(?!<td).)*?)<\/td>/g)].map((m) => m[1])[6]).toBe('2');
    // Before the booking export: 缺 everywhere, saying so.
    const before = panelBefore.slice(panelBefore.indexOf('<th scope="row">微信公众号 · 图文'));
    expect(before.slice(0, before.indexOf('</tr>'))).toContain('title="还没有导入预约导出（不是 0）"');
  });
});
