/** Same age since publishing: which snapshot stands for 24 h, 72 h and 7 d, and group medians and totals there. */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AGES, ageHours, atAge, compareAtAges } from '../../generator/metrics/ages.ts';
import type { CatalogVariant } from '../../generator/metrics/catalog.ts';
import { importFiles } from '../../generator/metrics/import.ts';
import type { Observation } from '../../generator/metrics/snapshot.ts';
import { loadMetrics } from '../../generator/metrics/store.ts';
import { parsePublishedAt } from '../../generator/metrics/values.ts';
import { tempDir } from '../helpers.ts';
import { csv } from './fixtures.ts';
import { makeXlsx } from './xlsx-fixture.ts';

const [H24, H72, D7] = AGES as [typeof AGES[0], typeof AGES[0], typeof AGES[0]];

function obs(key: string, exported: string, views: number | undefined, published = '2026-03-05', publishedAt?: string): Observation {
  return {
    key, platform: 'douyin', variant: key, match: 'named', candidates: [], published, ...(publishedAt ? { publishedAt } : {}), title: key,
    source: 'x.csv:2', exported, snapshot: `snapshots/${exported}-douyin.csv`, measures: views === undefined ? {} : { views },
  };
}

describe('publishing time', () => {
  it('keeps the time of day when the export gives one, and nothing when it gives only a date', () => {
    expect(parsePublishedAt('2026年03月25日09时49分34秒')).toBe('2026-03-25T09:49');
    expect(parsePublishedAt('2026-03-02 18:00')).toBe('2026-03-02T18:00');
    expect(parsePublishedAt('2026/5/29 7:05:00')).toBe('2026-05-29T07:05');
    expect(parsePublishedAt('20260529')).toBeUndefined();
    expect(parsePublishedAt('2026/06/25')).toBeUndefined();
    expect(parsePublishedAt('-')).toBeUndefined();
    expect(parsePublishedAt(46110.75)).toBe('2026-03-29T18:00'); // Excel serial day and time
  });

  it('counts a snapshot as taken at the end of its export day', () => {
    expect(ageHours({ published: '2026-03-05', publishedAt: '2026-03-05T09:30', exported: '2026-03-05' })).toBe(14.5);
    expect(ageHours({ published: '2026-03-05', exported: '2026-03-07' })).toBe(72);
    expect(ageHours({ exported: '2026-03-07' })).toBeUndefined();
  });
});

describe('the snapshot that stands for each age', () => {
  // Published 2026-03-05 18:00; exports on the 5th (6 h), 6th (30 h), 7th (54 h), 9th (102 h) and 20th (366 h).
  const at = '2026-03-05T18:00';
  const series = [
    obs('a', '2026-03-05', 100, '2026-03-05', at), obs('a', '2026-03-06', 400, '2026-03-05', at), obs('a', '2026-03-07', 700, '2026-03-05', at),
    obs('a', '2026-03-09', 900, '2026-03-05', at), obs('a', '2026-03-20', 1500, '2026-03-05', at),
  ];

  it('takes the latest snapshot not after publishing + age', () => {
    expect(atAge(series, H24).map((o) => o.measures.views)).toEqual([100]);
    expect(atAge(series, H72).map((o) => o.measures.views)).toEqual([700]);
    expect(atAge(series, D7).map((o) => o.measures.views)).toEqual([900]);
  });

  it('never uses a snapshot from after the age, nor repeats a younger one as an older age', () => {
    // Only a 30 h export: it is the 72 h value; 24 h and 7 d are missing rather than 30 h numbers.
    const one = [obs('b', '2026-03-06', 400, '2026-03-05', at)];
    expect(atAge(one, H24)).toEqual([]);
    expect(atAge(one, H72)).toHaveLength(1);
    expect(atAge(one, D7)).toEqual([]);
    // Exported before publishing (a wrong --date): no age at all.
    expect(AGES.flatMap((a) => atAge([obs('c', '2026-03-01', 5, '2026-03-05', at)], a))).toEqual([]);
  });

  it('without a time of day, publishing is the start of the day, so a same-day export is the 24 h one', () => {
    const dateOnly = [obs('d', '2026-03-05', 10), obs('d', '2026-03-06', 20), obs('d', '2026-03-07', 30)];
    expect(atAge(dateOnly, H24).map((o) => o.measures.views)).toEqual([10]);
    expect(atAge(dateOnly, H72).map((o) => o.measures.views)).toEqual([30]);
  });
});

describe('groups compared at the same age', () => {
  const catalog: CatalogVariant[] = ['v1', 'v2', 'v3'].map((id) => ({ id, slug: 's', platform: 'douyin', kind: 'video-script', seconds: 60, articleTitle: 'T', department: '儿科' }));
  const observations = [
    obs('v1', '2026-03-05', 100), obs('v1', '2026-03-07', 1000),
    obs('v2', '2026-03-05', 300), obs('v2', '2026-03-07', 2000),
    // v3 was first exported a week later: at 24 h and 72 h it is missing, not zero.
    obs('v3', '2026-03-10', 5000),
    // A row whose views were "-": observed at 24 h, but its views are missing.
    obs('v1', '2026-03-04', undefined),
  ];

  it('gives medians and totals at each age, with works lacking that age counted as missing', () => {
    const [g] = compareAtAges(observations, catalog, (v) => v.department);
    expect(g!.works).toBe(3);
    const [h24, h72, d7] = g!.at;
    expect(h24!.stats.counts.views).toMatchObject({ total: 400, median: 200, n: 2 });
    expect(h72!.stats.counts.views).toMatchObject({ total: 3000, median: 1500, n: 2 });
    expect(d7!.stats.counts.views).toMatchObject({ total: 5000, n: 1 });
    expect(h24!.hours).toEqual([24, 24]);
    expect(d7!.hours).toEqual([144, 144]);
  });

  it('leaves an age empty when no work of the group reached it', () => {
    const [g] = compareAtAges([obs('v1', '2026-03-05', 100)], catalog, (v) => v.platform);
    expect(g!.at[0]?.stats.counts.views?.total).toBe(100);
    expect(g!.at[1]).toBeUndefined();
    expect(g!.at[2]).toBeUndefined();
  });
});

describe('publishing time through an import', () => {
  it('is kept in the snapshot when the export gives it, so ages come out in hours', async () => {
    const t = await tempDir('kepu-ages-');
    try {
      const file = join(t.dir, 'xhs.xlsx');
      await writeFile(file, makeXlsx([
        ['笔记列表明细表（最多 1000 条）'],
        ['笔记标题', '首次发布时间', '曝光', '观看量', '点赞'],
        ['春季过敏怎么办', '2026年03月05日20时00分00秒', '1.2万', 800, 30],
      ], { mergeFirstRow: true }));
      const catalog: CatalogVariant[] = [{ id: 'allergy.xiaohongshu.carousel', slug: 'allergy', platform: 'xiaohongshu', kind: 'carousel', title: '春季过敏怎么办', articleTitle: '春季过敏怎么办' }];
      const metricsDir = join(t.dir, 'metrics');
      const [r] = await importFiles([file], { metricsDir, catalog, date: '2026-03-06' });
      expect(r!.errors).toEqual([]);
      const data = await loadMetrics(metricsDir);
      expect(data.observations[0]).toMatchObject({ published: '2026-03-05', publishedAt: '2026-03-05T20:00', exported: '2026-03-06' });
      // Published 20:00, export day ends 28 h later: past 24 h, so it is the 72 h value.
      expect(ageHours(data.observations[0]!)).toBe(28);
      expect(atAge(data.observations, H72)).toHaveLength(1);
      // A date-only export (公众号) keeps the snapshot's old shape: no publishedAt column.
      const wechat = join(t.dir, 'wechat.csv');
      await writeFile(wechat, csv([['内容标题', '发表日期', '阅读人数'], ['春季过敏怎么办', '20260305', 10]]));
      const [w] = await importFiles([wechat], { metricsDir, catalog: [], date: '2026-03-06' });
      expect(w!.errors).toEqual([]);
      expect((await readFile(join(metricsDir, w!.snapshot!), 'utf8')).split('\n')[0]).not.toContain('publishedAt');
      expect((await readFile(join(metricsDir, r!.snapshot!), 'utf8')).split('\n')[0]).toContain('publishedAt');
    } finally {
      await t.cleanup();
    }
  });
});
