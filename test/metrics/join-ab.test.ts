/**
 * Joining never gives one variant two works' numbers: a 头条 export row for a multi-title (A/B)
 * post is the whole post and joins no arm by title; per-arm rows come by variant id or by one
 * arm's exact title in a generic CSV; an exact link (links.json) still joins anything.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CatalogVariant } from '../../generator/metrics/catalog.ts';
import { indexEntry, MANIFEST_VERSION } from '../../generator/manifest.ts';
import { metricsSiteFiles } from '../../generator/site/metrics/files.tsx';
import { importFiles } from '../../generator/metrics/import.ts';
import { joinRows } from '../../generator/metrics/join.ts';
import { readLinks, writeLinks } from '../../generator/metrics/links.ts';
import { loadMetrics } from '../../generator/metrics/store.ts';
import type { ExportRow } from '../../generator/metrics/read-export.ts';
import { tempDir } from '../helpers.ts';
import { csv } from './fixtures.ts';
import { makeXlsx } from './xlsx-fixture.ts';

const A = 'fever.toutiao.article';
const B = 'fever.toutiao.article.title-b';
const CATALOG: CatalogVariant[] = [
  { id: A, slug: 'fever', platform: 'toutiao', kind: 'article', title: '孩子发烧到几度该去医院', articleTitle: '孩子发烧怎么办', date: '2026-03-01' },
  { id: B, slug: 'fever', platform: 'toutiao', kind: 'article', title: '孩子发烧别急着吃退烧药', experiment: { id: A, arm: 'b' }, articleTitle: '孩子发烧怎么办', date: '2026-03-01' },
  { id: 'cough.toutiao.article', slug: 'cough', platform: 'toutiao', kind: 'article', title: '咳嗽老不好怎么办', articleTitle: '咳嗽', date: '2026-03-01' },
  // 公众号 arms are separate sends, each its own row: their titles join as usual.
  { id: 'fever.wechat.article', slug: 'fever', platform: 'wechat', kind: 'article', title: '孩子发烧到几度该去医院', articleTitle: '孩子发烧怎么办', date: '2026-03-01' },
  { id: 'fever.wechat.article.title-b', slug: 'fever', platform: 'wechat', kind: 'article', title: '发烧别急着吃退烧药', experiment: { id: 'fever.wechat.article', arm: 'b' }, articleTitle: '孩子发烧怎么办', date: '2026-03-01' },
];

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir('kepu-joinab-')));
afterEach(() => cleanup());

async function toutiaoExport(name: string, rows: (string | number)[][]): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, makeXlsx([['标题', '发布时间', 'ID', '展现量', '播放量', '点击率', '平均播放完成率', '点赞量'], ...rows], { styles: 'broken' }));
  return path;
}

async function generic(name: string, rows: (string | number)[][]): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, csv([['平台', '稿件', '标题', '日期', '曝光', '阅读量'], ...rows]));
  return path;
}

describe('joining a multi-title (A/B) post', () => {
  it('a 头条 export row for the post joins no arm by title, whichever title it shows; other rows join as before', async () => {
    const metricsDir = join(dir, 'metrics');
    const file = await toutiaoExport('toutiao.xlsx', [
      ['孩子发烧到几度该去医院', '2026-03-02 18:00', '901', 9000, 1100, 0.122, '30', 12],
      ['咳嗽老不好怎么办', '2026-03-02 18:00', '902', 5000, 500, 0.1, '30', 5],
    ]);
    const [r] = await importFiles([file], { metricsDir, catalog: CATALOG, date: '2026-03-06' });
    expect(r!.errors).toEqual([]);
    expect(r!.joined[0]!.match).toMatchObject({ status: 'ambiguous', candidates: [A, B], reason: expect.stringContaining('整篇数据') });
    expect(r!.joined[1]!.match).toEqual({ status: 'title', variant: 'cough.toutiao.article' });
    // Nothing stored for the post: the next import asks again rather than joining it to arm A.
    expect(Object.values((await readLinks(metricsDir)).links).map((l) => l.variant)).toEqual(['cough.toutiao.article']);

    // The platform may show the winning title B on the post later: still the whole post.
    const later = await toutiaoExport('later.xlsx', [['孩子发烧别急着吃退烧药', '2026-03-02 18:00', '901', 20000, 2600, 0.13, '30', 20]]);
    const [r2] = await importFiles([later], { metricsDir, catalog: CATALOG, date: '2026-03-09' });
    expect(r2!.joined[0]!.match).toMatchObject({ status: 'ambiguous', candidates: [A, B] });
  });

  it('per-arm rows come from the generic CSV by variant id or by one arm\'s exact title; the dashboard data has one work per arm', async () => {
    const metricsDir = join(dir, 'metrics');
    const arms = await generic('arms.csv', [
      ['头条', A, '', '2026-03-02', 4600, 520],
      ['头条', '', '孩子发烧别急着吃退烧药', '2026-03-02', 4400, 610],
    ]);
    const post = await toutiaoExport('toutiao.xlsx', [['孩子发烧到几度该去医院', '2026-03-02 18:00', '901', 9000, 1130, 0.125, '30', 12]]);
    const [g, t] = await importFiles([arms, post], { metricsDir, catalog: CATALOG, date: '2026-03-06' });
    expect(g!.joined.map((j) => j.match)).toEqual([{ status: 'named', variant: A }, { status: 'title', variant: B }]);
    expect(t!.joined[0]!.match.status).toBe('ambiguous');
    const data = await loadMetrics(metricsDir);
    // The dashboard lists the post's row as pending and says why.
    const index = { version: MANIFEST_VERSION as typeof MANIFEST_VERSION, generatedAt: '', articles: [indexEntry({ slug: 'fever', title: '孩子发烧怎么办', source: 'content/fever.md', status: 'approved', findings: [], variants: CATALOG.filter((v) => v.slug === 'fever').map((v) => ({ id: v.id, platform: v.platform, kind: v.kind, title: v.title!, text: '' })) })] };
    const html = String((await metricsSiteFiles(metricsDir, index))[0]!.content);
    const pending = html.slice(html.indexOf('id="t-pending"'));
    expect(pending).toContain('toutiao/id/901');
    expect(pending).toContain('多标题文章的整篇数据（各标题合计），不属于任何一个版本');
    const perArm = (id: string) => data.latest.filter((o) => o.variant === id);
    expect(perArm(A).map((o) => o.measures.views)).toEqual([520]);
    expect(perArm(B).map((o) => o.measures.views)).toEqual([610]);
  });

  it('an exact link in links.json still joins the post\'s row where the editor put it', async () => {
    const metricsDir = join(dir, 'metrics');
    await writeLinks(metricsDir, { version: 1, links: { 'toutiao/id/901': { variant: A, how: 'manual', title: '孩子发烧到几度该去医院', since: '2026-03-05' } } });
    const file = await toutiaoExport('toutiao.xlsx', [['孩子发烧到几度该去医院', '2026-03-02 18:00', '901', 9000, 1100, 0.122, '30', 12]]);
    const [r] = await importFiles([file], { metricsDir, catalog: CATALOG, date: '2026-03-06' });
    expect(r!.joined[0]!.match).toEqual({ status: 'linked', variant: A });
  });

  it('公众号 arms are separate sends: each send\'s row joins its own arm by title', () => {
    const row = (title: string): ExportRow => ({ platform: 'wechat', source: 'wx.csv:2', title, published: '2026-03-03', measures: { views: 1 } });
    const joined = joinRows([row('孩子发烧到几度该去医院'), row('发烧别急着吃退烧药')], CATALOG, { version: 1, links: {} }, { platformExport: true });
    expect(joined.map((j) => j.match)).toEqual([{ status: 'title', variant: 'fever.wechat.article' }, { status: 'title', variant: 'fever.wechat.article.title-b' }]);
  });
});

describe('one variant, one work', () => {
  const row = (title: string, workId: string): ExportRow => ({ platform: 'toutiao', source: `t.xlsx:${workId}`, title, workId, published: '2026-03-02', measures: { views: 1 } });

  it('a title match to a variant another row is already linked to is listed, not joined', () => {
    const links = { version: 1 as const, links: { 'toutiao/咳嗽.csv:2': { variant: 'cough.toutiao.article', how: 'named' as const, title: 'cough.toutiao.article', since: '2026-03-05' } } };
    const [j] = joinRows([row('咳嗽老不好怎么办', '902')], CATALOG, links, { platformExport: true });
    expect(j!.match).toMatchObject({ status: 'ambiguous', candidates: ['cough.toutiao.article'], reason: expect.stringContaining('已对应到另一行') });
  });

  it('two rows of one file with the same variant\'s title are both listed', () => {
    const joined = joinRows([row('咳嗽老不好怎么办', '902'), row('咳嗽老不好怎么办？', '903')], CATALOG, { version: 1, links: {} }, { platformExport: true });
    expect(joined.map((j) => j.match.status)).toEqual(['ambiguous', 'ambiguous']);
  });
});
