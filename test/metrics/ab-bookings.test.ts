/**
 * A/B arms in the dashboard's comparisons (随机分流 only when the platform split them in one go)
 * and bookings per variant from a booking export with a channel-code column.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexEntry, MANIFEST_VERSION, type ManifestArticle, type PlatformId, type VariantKind } from '../../generator/manifest.ts';
import type { Work } from '../../generator/metrics/aggregate.ts';
import { loadBookings, parseBookings } from '../../generator/metrics/bookings.ts';
import { catalogFromIndex, type CatalogVariant } from '../../generator/metrics/catalog.ts';
import { comparisons } from '../../generator/metrics/compare.ts';
import { importFiles } from '../../generator/metrics/import.ts';
import { ExportError } from '../../generator/metrics/read-export.ts';
import type { Observation } from '../../generator/metrics/snapshot.ts';
import { twoProportionTest } from '../../generator/metrics/stats.ts';
import { channelCode } from '../../generator/render/channel.ts';
import { metricsSiteFiles } from '../../generator/site/metrics/files.tsx';
import { tempDir } from '../helpers.ts';
import { BOM, csv, gb18030 } from './fixtures.ts';
import { makeXlsx } from './xlsx-fixture.ts';

function work(id: string, measures: Observation['measures'], published?: string): Work {
  const slug = id.split('.')[0]!;
  const variant = catalogFromIndex({
    version: MANIFEST_VERSION, generatedAt: '', articles: [{
      slug, title: slug, source: '', status: 'approved', platforms: [], counts: { error: 0, warning: 0, info: 0 }, detail: '',
      variants: { article: [id.slice(slug.length + 1)] },
    }],
  })[0]!;
  return {
    obs: { key: id, platform: variant.platform, variant: id, match: 'named', candidates: [], title: id, source: 'x.csv:2', exported: '2026-03-10', snapshot: 's', measures, ...(published ? { published } : {}) },
    variant,
  };
}

describe('A/B comparisons', () => {
  it('calls arms of one 头条 multi-title post, published together, a randomised pair, tested on their counts', () => {
    const [c, ...rest] = comparisons([
      work('flu.toutiao.article', { impressions: 1000, views: 120, clickRate: 0.12 }, '2026-03-02'),
      work('flu.toutiao.article.title-b', { impressions: 1000, views: 150, clickRate: 0.15 }, '2026-03-02'),
    ]);
    expect(rest).toEqual([]);
    expect(c).toMatchObject({ experiment: 'flu.toutiao.article', randomised: true, measure: 'clickRate', a: { x: 120, n: 1000 }, b: { x: 150, n: 1000 } });
    expect(c!.test.pValue).toBeCloseTo(twoProportionTest(120, 1000, 150, 1000).pValue, 10);
    expect(c!.why).toContain('同一次随机分流');
  });

  it('derives a 公众号 arm\'s open rate from readers ÷ deliveries when the export has no click-rate column', () => {
    const [c] = comparisons([
      work('flu.wechat.article', { impressions: 5000, views: 400 }, '2026-03-03'),
      work('flu.wechat.article.title-b', { impressions: 5000, views: 480 }, '2026-03-03'),
    ]);
    expect(c).toMatchObject({ randomised: true, a: { x: 400, n: 5000 }, b: { x: 480, n: 5000 } });
  });

  it('labels arms 非随机对比 when the platform cannot split them, when they went out on different days, or when a date is missing', () => {
    const douyin = comparisons([
      work('flu.douyin.article', { impressions: 900, clickRate: 0.1 }, '2026-03-02'),
      work('flu.douyin.article.title-b', { impressions: 900, clickRate: 0.2 }, '2026-03-02'),
    ]);
    expect(douyin[0]).toMatchObject({ randomised: false });
    expect(douyin[0]!.why).toContain('不能随机分流');
    const days = comparisons([
      work('flu.toutiao.article', { impressions: 900, clickRate: 0.1 }, '2026-03-02'),
      work('flu.toutiao.article.title-b', { impressions: 900, clickRate: 0.2 }, '2026-03-09'),
    ]);
    expect(days[0]).toMatchObject({ randomised: false });
    expect(days[0]!.why).toContain('发布日期不同');
    const undated = comparisons([
      work('flu.toutiao.article', { impressions: 900, clickRate: 0.1 }),
      work('flu.toutiao.article.title-b', { impressions: 900, clickRate: 0.2 }, '2026-03-02'),
    ]);
    expect(undated[0]).toMatchObject({ randomised: false });
  });

  it('never calls two different variants of an article randomised', () => {
    const all = comparisons([
      work('flu.toutiao.article', { impressions: 900, clickRate: 0.1 }, '2026-03-02'),
      work('flu.xiaohongshu.article', { impressions: 800, clickRate: 0.2 }, '2026-03-02'),
    ]);
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ randomised: false });
    expect(all[0]!.experiment).toBeUndefined();
  });
});

describe('booking exports', () => {
  it('finds the channel-code column under a banner row, counts rows, keeps uncoded ones apart', () => {
    const f = parseBookings('预约.csv', [
      ['预约明细（2026-03-01 至 2026-03-07）'],
      ['订单号', '预约时间', '科室', '渠道码'],
      ['A1', '2026-03-02 10:00', '儿科', 'WX-ABCDEFGHIJ'],
      ['A2', '2026/3/3', '儿科', ''],
      ['A3', '2026-03-04', '心内科', 'dy-abcdefghij'],
    ])!;
    expect(f.rows).toEqual([
      { code: 'wx-abcdefghij', order: 'A1', date: '2026-03-02', count: 1, source: '预约.csv:3' },
      { code: 'dy-abcdefghij', order: 'A3', date: '2026-03-04', count: 1, source: '预约.csv:5' },
    ]);
    expect(f.uncoded).toBe(1);
  });

  it('is not a booking export without a code column; a bad row names file:row and imports nothing', () => {
    expect(parseBookings('x.csv', [['标题', '播放量'], ['a', 1]])).toBeUndefined();
    let err: unknown;
    try {
      parseBookings('预约.csv', [['渠道码', '数量'], ['wx-abcdefghij', '两个'], ['wx-abcdefghij', 1], ['这不是码!', 1]]);
    } catch (e) { err = e; }
    expect(err).toBeInstanceOf(ExportError);
    expect((err as ExportError).problems).toEqual([
      expect.stringMatching(/^预约\.csv:2: 无法识别的数字/),
      expect.stringMatching(/^预约\.csv:4: 渠道码 “这不是码!” 不是 Kepu 的格式/),
    ]);
  });
});

describe('bookings per variant in the dashboard', () => {
  const slug = 'flu';
  const variants: { id: string; platform: PlatformId; kind: VariantKind; title: string }[] = [
    { id: 'flu.wechat.article', platform: 'wechat', kind: 'article', title: '流感疫苗怎么打' },
    { id: 'flu.wechat.article.title-b', platform: 'wechat', kind: 'article', title: '今年流感疫苗打了吗' },
    { id: 'flu.xiaohongshu.carousel', platform: 'xiaohongshu', kind: 'carousel', title: '流感疫苗' },
    { id: 'flu.douyin.video-script.60s', platform: 'douyin', kind: 'video-script', title: '流感疫苗 60 秒' },
  ];
  const code = (i: number) => channelCode(variants[i]!.id, variants[i]!.platform);
  let dir: string;
  let cleanup: () => Promise<void>;
  let html: string;
  let results: Awaited<ReturnType<typeof importFiles>>;

  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir('kepu-book-'));
    const article: ManifestArticle = {
      slug, title: '流感疫苗怎么打', source: 'content/flu.md', status: 'approved', date: '2026-03-01', findings: [],
      variants: variants.map((v) => ({ ...v, text: '' })),
    };
    const index = { version: MANIFEST_VERSION, generatedAt: '', articles: [indexEntry(article)] } as const;
    const catalog = variants.map((v) => ({ ...v, slug, articleTitle: article.title }) as CatalogVariant);
    const metrics = join(dir, 'metrics');
    // A platform export (generic CSV) so the dashboard has works to show.
    const generic = join(dir, 'generic.csv');
    await writeFile(generic, csv([
      ['平台', '稿件', '日期', '曝光', '阅读量', '点赞'],
      ...variants.map((v, i) => [v.platform, v.id, '2026-03-02', 5000, 400 + 40 * i, 3]),
    ]));
    // Two booking exports that overlap on order B2: GB18030 CSV and an xlsx.
    const first = join(dir, 'bookings-week1.csv');
    await writeFile(first, gb18030(csv([['订单号', '预约日期', '渠道码'], ['B1', '2026-03-02', code(0)], ['B2', '2026-03-03', code(0)], ['B3', '2026-03-03', code(3)], ['B4', '2026-03-03', 'wx-zzzzzzzzzz']])));
    const second = join(dir, 'bookings-week2.xlsx');
    await writeFile(second, makeXlsx([['订单号', '预约日期', '渠道码'], ['B2', '2026-03-03', code(0)], ['B5', '2026-03-08', code(1)]]));
    results = await importFiles([generic, first, second], { metricsDir: metrics, catalog, date: '2026-03-10' });
    const files = await metricsSiteFiles(metrics, index as never);
    html = String(files.find((f) => f.path === 'metrics/index.html')!.content);
  });
  afterAll(() => cleanup());

  it('imports a booking export beside the platform exports, as its own dated snapshot', async () => {
    expect(results.map((r) => r.errors)).toEqual([[], [], []]);
    expect(results[1]!.platform).toBe('预约导出');
    expect(results[1]!.notes[0]).toContain('带渠道码的预约 4 条，对应到稿件 3 条，未知渠道码 wx-zzzzzzzzzz');
    expect((await readdir(join(dir, 'metrics/bookings'))).sort()).toEqual(['2026-03-10-2.csv', '2026-03-10.csv']);
    const snap = await readFile(join(dir, 'metrics/bookings/2026-03-10.csv'), 'utf8');
    expect(snap.split('\n')[0]).toBe('code,order,date,count,source');
  });

  it('counts an order once across overlapping exports and keeps unknown codes apart', async () => {
    const b = await loadBookings(join(dir, 'metrics'), variants);
    expect(b.byVariant.get(variants[0]!.id)).toBe(2);
    expect(b.byVariant.get(variants[1]!.id)).toBe(1);
    expect(b.byVariant.get(variants[3]!.id)).toBe(1);
    expect(b.unknown.get('wx-zzzzzzzzzz')).toBe(1);
    expect(b.total).toBe(5);
  });

  it('shows 预约 per variant: counted, 0 where a carrier was allowed and none came, 缺 on Xiaohongshu', () => {
    expect(html).toContain('预约<br/><small>带渠道码</small>');
    const row = (id: string) => {
      const at = html.indexOf(`<code>${id}</code>`);
      expect(at).toBeGreaterThan(0);
      return html.slice(at, html.indexOf('</tr>', at));
    };
    const lastCell = (id: string) => /<td>((?:(?!<td>).)*)<\/td>$/.exec(row(id))![1];
    expect(lastCell('flu.wechat.article')).toBe('2');
    expect(lastCell('flu.wechat.article.title-b')).toBe('1');
    // A 抖音 short video has no carrier (registry ATTRIBUTION kinds), yet its code came in: counted, and flagged.
    expect(lastCell('flu.douyin.video-script.60s')).toMatch(/^1<br\/><small title="该稿件无预约入口[^"]*">无入口，渠道码来源待核实<\/small>$/);
    expect(lastCell('flu.xiaohongshu.carousel')).toContain('缺');
    expect(html).toContain('wx-zzzzzzzzzz（1）');
  });

  it('compares the 公众号 arms as a randomised pair', () => {
    expect(html).toContain('随机分流</span>');
    expect(html).toContain('A/B 测试 flu.wechat.article');
  });
});

describe('booking export without a prior build of the dashboard', () => {
  it('shows bookings as missing until a booking export is imported', async () => {
    const { dir, cleanup } = await tempDir('kepu-book0-');
    try {
      const metrics = join(dir, 'metrics');
      await mkdir(join(metrics, 'snapshots'), { recursive: true });
      await writeFile(join(metrics, 'snapshots/2026-03-10-generic.csv'), `${BOM}key,platform,variant,match,candidates,published,title,workId,url,source,views\nk1,wechat,flu.wechat.article,named,,2026-03-02,t,,,x.csv:2,100\n`);
      const article: ManifestArticle = { slug: 'flu', title: '流感', source: 'content/flu.md', status: 'approved', findings: [], variants: [{ id: 'flu.wechat.article', platform: 'wechat', kind: 'article', title: '流感', text: '' }] };
      const files = await metricsSiteFiles(metrics, { version: MANIFEST_VERSION, generatedAt: '', articles: [indexEntry(article)] });
      const page = String(files[0]!.content);
      expect(page).toContain('还没有导入预约导出');
      const at = page.indexOf('<code>flu.wechat.article</code>');
      expect(page.slice(at, page.indexOf('</tr>', at))).toMatch(/缺<\/span><\/td>$/);
    } finally {
      await cleanup();
    }
  });
});
