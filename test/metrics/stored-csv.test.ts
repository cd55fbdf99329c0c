/**
 * The metrics folder's own files are plain CSV in git: one edited by hand or left with a merge
 * conflict is reported as file:row in Chinese (never a parser's English or a silent NaN), and
 * `kepu metrics` says so without a stack trace.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { metricsCommand } from '../../generator/commands/metrics.ts';
import { loadBookings } from '../../generator/metrics/bookings.ts';
import { loadMetrics } from '../../generator/metrics/store.ts';
import { tempDir } from '../helpers.ts';
import { writeSite } from './site-fixture.ts';

const HEAD = 'key,platform,variant,match,candidates,published,title,workId,url,source,views';
let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir('kepu-stored-')));
afterEach(() => cleanup());

async function snapshot(text: string): Promise<string> {
  await mkdir(join(dir, 'metrics/snapshots'), { recursive: true });
  await writeFile(join(dir, 'metrics/snapshots/2026-03-10-generic.csv'), text);
  return join(dir, 'metrics');
}

describe('stored metrics files', () => {
  it('a merge conflict in a snapshot names the file and line', async () => {
    const metrics = await snapshot(`${HEAD}\n<<<<<<< HEAD\nk1,wechat,flu.wechat.article,named,,2026-03-02,t,,,x.csv:2,100\n=======\nk1,wechat,flu.wechat.article,named,,2026-03-02,t,,,x.csv:2,120\n>>>>>>> other\n`);
    await expect(loadMetrics(metrics)).rejects.toThrow(`${join(metrics, 'snapshots/2026-03-10-generic.csv')}:2: 有未解决的 git 合并冲突标记`);
  });

  it('a value that is not a number names file:row and column instead of becoming NaN', async () => {
    const metrics = await snapshot(`${HEAD}\nk1,wechat,flu.wechat.article,named,,2026-03-02,t,,,x.csv:2,100\nk2,wechat,flu.wechat.article,named,,2026-03-02,t,,,x.csv:3,一百\n`);
    await expect(loadMetrics(metrics)).rejects.toThrow(`${join(metrics, 'snapshots/2026-03-10-generic.csv')}:3: 列 views 的值 “一百” 不是数字`);
  });

  it('a broken booking snapshot names file:row too', async () => {
    await mkdir(join(dir, 'metrics/bookings'), { recursive: true });
    await writeFile(join(dir, 'metrics/bookings/2026-03-10.csv'), 'code,order,date,count,source\nwx-abcdefghij,B1,2026-03-02,1,a.csv:2\nwx-abcdefghij,"B2,2026-03-02,1,a.csv:3\n');
    await expect(loadBookings(join(dir, 'metrics'), [])).rejects.toThrow(new RegExp(`^${join(dir, 'metrics/bookings/2026-03-10.csv').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(:\\d+)?: 不是有效的 CSV`));
  });

  it('`kepu metrics link` prints the reason and exits 1, no stack trace', async () => {
    const metrics = await snapshot(`${HEAD}\nk1,wechat,flu.wechat.article,named,,2026-03-02,t,,,x.csv:2,abc\n`);
    const out = join(dir, 'out');
    await writeSite(out, [{ slug: 'flu', title: '流感', department: '儿科', date: '2026-03-01', variants: [{ platform: 'wechat', kind: 'article' }] }]);
    const errors: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((s) => (errors.push(String(s)), true));
    try {
      expect(await metricsCommand.run({ content: join(dir, 'content'), metrics, out }, ['link', 'k1', 'flu.wechat.article'])).toBe(1);
    } finally {
      spy.mockRestore();
    }
    expect(errors.join('')).toBe(`${join(metrics, 'snapshots/2026-03-10-generic.csv')}:2: 列 views 的值 “abc” 不是数字\n`);
  });
});
