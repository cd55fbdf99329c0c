import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExportError, readExport } from '../../generator/metrics/read-export.ts';
import { tempDir } from '../helpers.ts';
import { BOM, csv, gb18030 } from './fixtures.ts';
import { makeXlsx } from './xlsx-fixture.ts';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await tempDir('kepu-metrics-')));
afterAll(() => cleanup());

async function file(name: string, bytes: Uint8Array | string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
}

describe('reading platform exports', () => {
  it('公众号: GB18030 CSV with an intro banner row, detected from its headers', async () => {
    const text = csv([
      ['数据来源概况：已发表内容，统计时间 2026-03-01 至 2026-03-31'],
      ['内容标题', '发表日期', '阅读人数', '分享人数', '阅读后关注人数', '送达人数', '送达完成率', '阅读完成率', '内容url'],
      ['糖尿病饮食的三个误区', '20260305', '1.2万', '230', '-', '45000', '98.5%', '41.2%', 'https://mp.weixin.qq.com/s/abc'],
    ]);
    const result = await readExport(await file('wechat.csv', gb18030(text)));
    expect(result.format.id).toBe('wechat');
    expect(result.notes.join()).toMatch(/GB18030/);
    const [row] = result.rows;
    expect(row).toMatchObject({ platform: 'wechat', title: '糖尿病饮食的三个误区', published: '2026-03-05', url: 'https://mp.weixin.qq.com/s/abc', source: 'wechat.csv:3' });
    expect(row!.measures.views).toBe(12000);
    expect(row!.measures.impressions).toBe(45000);
    expect(row!.measures.readCompletion).toBeCloseTo(0.412, 6);
    expect('follows' in row!.measures).toBe(false); // "-" is missing, not 0
  });

  it('视频号: UTF-8 CSV with BOM; 推荐 is the thumbs-up, 喜欢 the heart', async () => {
    const text = BOM + csv([
      ['视频描述', '视频ID', '发布时间', '完播率', '平均播放时长', '播放量', '推荐', '喜欢', '评论量', '分享量', '关注量'],
      ['发烧了先别慌 #儿科', 'export/abc123', '2026/06/25', '28.64%', '10秒', '3400', '51', '12', '4', '20', '3'],
    ]);
    const result = await readExport(await file('channels.csv', text));
    expect(result.format.id).toBe('channels');
    expect(result.rows[0]).toMatchObject({ workId: 'export/abc123', published: '2026-06-25', measures: { likes: 51, hearts: 12, avgWatchSeconds: 10, views: 3400 } });
    expect(result.rows[0]!.measures.completionRate).toBeCloseTo(0.2864, 6);
  });

  it('小红书: xlsx with a merged banner row above the header and Chinese timestamps', async () => {
    const bytes = makeXlsx([
      ['笔记数据明细（最多展示 1000 篇笔记）', null, null, null, null, null],
      ['笔记标题', '首次发布时间', '体裁', '曝光', '观看量', '封面点击率', '点赞', '人均观看时长'],
      ['宝宝发烧怎么办', '2026年03月25日09时49分34秒', '图文', '2.3万', 1800, '<0.1%', 40, '21.46秒'],
    ], { mergeFirstRow: true });
    const result = await readExport(await file('笔记列表明细表.xlsx', bytes));
    expect(result.format.id).toBe('xiaohongshu');
    expect(result.rows[0]).toMatchObject({ published: '2026-03-25', source: '笔记列表明细表.xlsx:3', measures: { impressions: 23000, views: 1800, clickRate: { lt: 0.001 }, avgWatchSeconds: 21.46 } });
  });

  it('头条: xlsx whose style sheet breaks the reader, "-1.00" as no data, click rate as a fraction', async () => {
    const bytes = makeXlsx([
      ['标题', '发布时间', 'ID', '链接', '展现量', '粉丝展现量', '播放量', '点击率', '平均播放完成率', '平均播放时长', '点赞量'],
      ['高血压分级一分钟看懂', '2026-03-02 18:00', '7345', 'https://www.toutiao.com/v/7345', 5000, 300, 640, 0.128, '16.55', '-1', 12],
      ['腰椎间盘突出康复操', '2026-03-03 18:00', '7346', 'https://www.toutiao.com/v/7346', 100, 10, 9, 0.09, '-1.00', '12.5', 0],
    ], { styles: 'broken' });
    const result = await readExport(await file('toutiao.xlsx', bytes));
    expect(result.format.id).toBe('toutiao');
    expect(result.notes.join()).toMatch(/样式/);
    const [a, b] = result.rows;
    expect(a!.measures.clickRate).toBeCloseTo(0.128, 6);
    expect(a!.measures.completionRate).toBeCloseTo(0.1655, 6);
    expect(a!.measures.avgWatchSeconds).toBeUndefined();
    expect(b!.measures.completionRate).toBeUndefined();
    expect(b!.measures.likes).toBe(0); // a real zero stays zero
  });

  it('抖音: detected among formats; --platform forces one', async () => {
    const bytes = makeXlsx([
      ['作品名称', '发布时间', '体裁', '播放量', '完播率', '5s完播率', '封面点击率', '2s跳出率', '平均播放时长', '点赞量'],
      ['心肺复苏四步走', '2026/3/8', '视频', '1.2万', '12.24%', '40.1%', '-', '30%', '21.46秒', '300'],
    ]);
    const path = await file('douyin.xlsx', bytes);
    const result = await readExport(path);
    expect(result.format.id).toBe('douyin');
    expect(result.rows[0]!.measures).toMatchObject({ views: 12000, likes: 300, avgWatchSeconds: 21.46 });
    expect(result.rows[0]!.measures.clickRate).toBeUndefined();
    await expect(readExport(path, { platform: 'bilibili' })).rejects.toThrow(/找不到表头/);
  });

  it('the generic CSV: platform names, variant ids or titles, any known measure column', async () => {
    const text = csv([
      ['平台', '稿件', '标题', '日期', '观看人数', '最高在线', '点赞', '预约'],
      ['抖音直播', 'cpr-basics.douyin.live-outline', '', '2026-03-10', '5600', '320', '1.1万', '12'],
      ['知乎', '', '高血压分级', '2026-03-11', '880', '', '20', ''],
    ]);
    const result = await readExport(await file('generic.csv', text));
    expect(result.format.id).toBe('generic');
    expect(result.rows[0]).toMatchObject({ platform: 'douyin', variant: 'cpr-basics.douyin.live-outline', measures: { views: 5600, peakViewers: 320, likes: 11000, bookings: 12 } });
    expect(result.rows[1]).toMatchObject({ platform: 'zhihu', title: '高血压分级', measures: { views: 880, likes: 20 } });
  });

  it('a bad file gives file:row errors in Chinese and no rows', async () => {
    const text = csv([
      ['作品名称', '发布时间', '播放量', '完播率'],
      ['好的一行', '2026/3/8', '100', '10%'],
      ['坏的日期', '2026/2/30', '100', '10%'],
      ['坏的数字', '2026/3/9', '一百', '10%'],
    ]);
    const err = await readExport(await file('bad.csv', text)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExportError);
    expect((err as ExportError).problems).toEqual([
      'bad.csv:3: 不存在的日期 “2026/2/30”（列 发布时间）',
      'bad.csv:4: 无法识别的数字 “一百”（列 播放量）',
    ]);
  });

  it('a file with no known header says which headers it looked for', async () => {
    const err = await readExport(await file('other.csv', 'a,b\n1,2\n')).catch((e: unknown) => e);
    expect((err as ExportError).problems[0]).toMatch(/^other\.csv: 前 10 行里找不到表头/);
  });
});
