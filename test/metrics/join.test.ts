import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { metricsCommand } from '../../generator/commands/metrics.ts';
import { importFiles } from '../../generator/metrics/import.ts';
import type { CatalogVariant } from '../../generator/metrics/catalog.ts';
import { readLinks } from '../../generator/metrics/links.ts';
import { loadMetrics } from '../../generator/metrics/store.ts';
import { tempDir } from '../helpers.ts';
import { csv } from './fixtures.ts';
import { writeSite } from './site-fixture.ts';
import { makeXlsx } from './xlsx-fixture.ts';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir('kepu-join-')));
afterEach(() => cleanup());

const carousel = (title: string): CatalogVariant => ({ id: 'cpr-basics.xiaohongshu.carousel', slug: 'cpr-basics', platform: 'xiaohongshu', kind: 'carousel', title, articleTitle: title, date: '2026-03-01' });
const videos: CatalogVariant[] = [15, 60, 180].map((s) => ({ id: `cpr-basics.douyin.video-script.${s}s`, slug: 'cpr-basics', platform: 'douyin', kind: 'video-script', seconds: s, title: '心肺复苏四步走', articleTitle: '心肺复苏四步走' }));

async function xhs(name: string, views: number): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, makeXlsx([
    ['笔记列表明细', null, null],
    ['笔记标题', '首次发布时间', '曝光', '观看量', '封面点击率'],
    ['心肺复苏四步走！', '2026年03月05日10时00分00秒', 20000, views, '9.5%'],
  ], { mergeFirstRow: true }));
  return path;
}

describe('joining rows to variants', () => {
  it('joins by the published title, stores the link, and still joins after the title is renamed', async () => {
    const metricsDir = join(dir, 'metrics');
    const [first] = await importFiles([await xhs('a.xlsx', 1500)], { metricsDir, catalog: [carousel('心肺复苏四步走'), ...videos], date: '2026-03-06' });
    expect(first!.joined[0]!.match).toEqual({ status: 'title', variant: 'cpr-basics.xiaohongshu.carousel' });
    const links = await readLinks(metricsDir);
    expect(links.links['xiaohongshu/2026-03-05/心肺复苏四步走！']).toMatchObject({ variant: 'cpr-basics.xiaohongshu.carousel', how: 'title' });

    // The article's title was edited after publishing: the title no longer matches, the link does.
    const renamed = [carousel('学会心肺复苏：四个步骤'), ...videos];
    const [second] = await importFiles([await xhs('b.xlsx', 2600)], { metricsDir, catalog: renamed, date: '2026-03-13' });
    expect(second!.joined[0]!.match).toEqual({ status: 'linked', variant: 'cpr-basics.xiaohongshu.carousel' });

    // Without the stored link the renamed title would not join.
    const [fresh] = await importFiles([await xhs('c.xlsx', 2600)], { metricsDir: join(dir, 'other'), catalog: renamed, date: '2026-03-13' });
    expect(fresh!.joined[0]!.match.status).toBe('unmatched');

    const data = await loadMetrics(metricsDir);
    expect(data.snapshots).toEqual(['snapshots/2026-03-06-xiaohongshu.csv', 'snapshots/2026-03-13-xiaohongshu.csv']);
    expect(data.latest).toHaveLength(1);
    expect(data.latest[0]!.measures.views).toBe(2600);
  });

  it('never overwrites a snapshot: a second import on the same day gets its own file', async () => {
    const metricsDir = join(dir, 'metrics');
    const opts = { metricsDir, catalog: [carousel('心肺复苏四步走')], date: '2026-03-06' };
    await importFiles([await xhs('a.xlsx', 1)], opts);
    await importFiles([await xhs('a.xlsx', 2)], opts);
    expect((await readdir(join(metricsDir, 'snapshots'))).sort()).toEqual(['2026-03-06-xiaohongshu-2.csv', '2026-03-06-xiaohongshu.csv']);
    const text = await readFile(join(metricsDir, 'snapshots/2026-03-06-xiaohongshu.csv'), 'utf8');
    expect(text.split('\n')[0]).toBe('key,platform,variant,match,candidates,published,title,workId,url,source,publishedAt,impressions,views,clickRate');
  });

  it('lists rows with several candidates, and `kepu metrics link` resolves one for every snapshot', async () => {
    const out = join(dir, 'out');
    const metricsDir = join(dir, 'metrics');
    await writeSite(out, [{ slug: 'cpr-basics', title: '心肺复苏四步走', department: '急诊科', date: '2026-03-01', variants: [15, 60, 180].map((s) => ({ platform: 'douyin' as const, kind: 'video-script' as const, seconds: s })) }]);
    const file = join(dir, 'douyin.csv');
    await writeFile(file, csv([['作品名称', '发布时间', '播放量', '完播率'], ['心肺复苏四步走', '2026/3/8', '1.2万', '12.24%']]));
    const printed: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((s) => (printed.push(String(s)), true));
    try {
      expect(await metricsCommand.run({ content: join(dir, 'content'), metrics: metricsDir, out, date: '2026-03-09' }, ['import', file])).toBe(0);
      expect(printed.join('')).toContain('行键 “douyin/2026-03-08/心肺复苏四步走”：多个候选 cpr-basics.douyin.video-script.15s cpr-basics.douyin.video-script.60s cpr-basics.douyin.video-script.180s');
      expect(await metricsCommand.run({ content: join(dir, 'content'), metrics: metricsDir, out }, ['link', 'douyin/2026-03-08/心肺复苏四步走', 'cpr-basics.douyin.video-script.60s'])).toBe(0);
      expect(await metricsCommand.run({ content: join(dir, 'content'), metrics: metricsDir, out }, ['link', 'douyin/2026-03-08/心肺复苏四步走', 'nope.douyin.article'])).toBe(1);
    } finally {
      spy.mockRestore();
    }
    const data = await loadMetrics(metricsDir);
    expect(data.latest[0]).toMatchObject({ variant: 'cpr-basics.douyin.video-script.60s', match: 'linked' });
    const html = await readFile(join(out, 'metrics/index.html'), 'utf8');
    expect(html).toContain('cpr-basics.douyin.video-script.60s');
  });

  it('a bad file imports nothing and exits 1; the good one beside it still imports', async () => {
    const metricsDir = join(dir, 'metrics');
    const bad = join(dir, 'bad.csv');
    await writeFile(bad, csv([['作品名称', '发布时间', '播放量'], ['心肺复苏四步走', '昨天', '10']]));
    await mkdir(join(dir, 'content'));
    const errors: string[] = [];
    const spyErr = vi.spyOn(process.stderr, 'write').mockImplementation((s) => (errors.push(String(s)), true));
    const spyOut = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      const code = await metricsCommand.run({ content: join(dir, 'content'), metrics: metricsDir, out: join(dir, 'none'), date: '2026-03-09' }, ['import', bad, await xhs('ok.xlsx', 5)]);
      expect(code).toBe(1);
    } finally {
      spyErr.mockRestore();
      spyOut.mockRestore();
    }
    expect(errors.join('')).toContain('bad.csv:2: 无法识别的日期 “昨天”（列 发布时间）');
    expect(await readdir(join(metricsDir, 'snapshots'))).toEqual(['2026-03-09-xiaohongshu.csv']);
  });
});
