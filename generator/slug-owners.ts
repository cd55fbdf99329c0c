/**
 * Who owns a slug when two articles claim it. The older article keeps it — by the first git
 * commit that added the file, else by the file's modification time — so a new draft can never
 * take over an approved article's folder, manifest entry and variant ids. The message says how
 * age was decided.
 */
import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { dirname, basename } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface SlugClaim { file: string; path: string; slug: string }
export interface SlugLoss { owner: string; reason: string }

async function ageOf(path: string): Promise<{ time: number; how: string }> {
  try {
    const { stdout } = await run('git', ['log', '--diff-filter=A', '--follow', '--format=%ct', '--', basename(path)], { cwd: dirname(path), timeout: 5000 });
    const times = stdout.trim().split('\n').filter(Boolean).map(Number);
    if (times.length > 0) return { time: Math.min(...times) * 1000, how: 'git 首次提交' };
  } catch { /* not a repository, or git missing */ }
  const s = await stat(path);
  return { time: s.mtimeMs, how: '文件修改时间' };
}

/** The losing claims (by display file), each with its owner and why. */
export async function slugLosers(claims: SlugClaim[]): Promise<Map<string, SlugLoss>> {
  const bySlug = new Map<string, SlugClaim[]>();
  for (const c of claims) bySlug.set(c.slug, [...(bySlug.get(c.slug) ?? []), c]);
  const losers = new Map<string, SlugLoss>();
  for (const group of bySlug.values()) {
    if (group.length < 2) continue;
    const aged = await Promise.all(group.map(async (c) => ({ c, age: await ageOf(c.path) })));
    // Copies made in one go differ by milliseconds: within a second, the file name decides.
    aged.sort((a, b) => (Math.abs(a.age.time - b.age.time) < 1000 ? 0 : a.age.time - b.age.time) || a.c.file.localeCompare(b.c.file));
    const owner = aged[0]!;
    const day = (t: number) => new Date(t).toISOString().slice(0, 10);
    for (const { c, age } of aged.slice(1)) {
      losers.set(c.file, {
        owner: owner.c.file,
        reason: `${owner.c.file} 更早（${owner.age.how} ${day(owner.age.time)}，本文件 ${age.how} ${day(age.time)}）`,
      });
    }
  }
  return losers;
}
