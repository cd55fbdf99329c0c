/**
 * `kepu metrics import|link`: platform exports in, snapshots and links out, and the dashboard
 * rewritten into an existing preview site so it can be opened at once.
 */
import { join } from 'node:path';
import { loadCatalog } from '../metrics/catalog.ts';
import { importFiles, localDate, type FileResult } from '../metrics/import.ts';
import { readLinks, writeLinks } from '../metrics/links.ts';
import { readSnapshots } from '../metrics/snapshot.ts';
import { refreshMetrics } from '../site/metrics/refresh.ts';
import type { Command } from './types.ts';
import { defaultMetricsDir } from '../metrics/dir.ts';

const USAGE = 'kepu metrics import <文件…> [--platform P] [--content DIR] [--metrics DIR] [--out DIR] [--date YYYY-MM-DD] | kepu metrics link <行键> <稿件id>   导入平台导出的数据并生成 OUT/metrics/index.html';

export { defaultMetricsDir };

export const metricsCommand: Command = {
  name: 'metrics',
  usage: USAGE,
  options: {
    platform: { type: 'string' },
    content: { type: 'string', default: 'content' },
    metrics: { type: 'string' },
    out: { type: 'string', default: 'dist/site' },
    date: { type: 'string' },
  },
  async run(values, positionals) {
    // A broken file in the metrics folder (hand edit, merge conflict) is said as file:row, not as a stack trace.
    try {
      return await runMetrics(values, positionals);
    } catch (err) {
      if (!(err instanceof Error)) throw err;
      return fail(err.message);
    }
  },
};

async function runMetrics(values: Record<string, string | boolean | undefined>, positionals: string[]): Promise<number> {
  const [sub, ...args] = positionals;
  const content = String(values.content);
  const metricsDir = typeof values.metrics === 'string' ? values.metrics : defaultMetricsDir(content);
  const out = String(values.out);
  if (sub === 'import' && args.length > 0) {
    const date = typeof values.date === 'string' ? values.date : localDate();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return fail(`--date 应为 YYYY-MM-DD：“${date}”`);
    const catalog = await loadCatalog({ out, content }).catch((err: Error) => err);
    if (catalog instanceof Error) return fail(catalog.message);
    const results = await importFiles(args, { metricsDir, catalog: catalog.variants, date, ...(typeof values.platform === 'string' ? { platform: values.platform } : {}) });
    for (const r of results) report(r);
    await refreshDashboard(out, metricsDir);
    return results.some((r) => r.errors.length) ? 1 : 0;
  }
  if (sub === 'link' && args.length === 2) return link(metricsDir, out, content, args[0]!, args[1]!);
  return fail(`用法 / usage: ${USAGE}`, 2);
}

function fail(message: string, code = 1): number {
  process.stderr.write(`${message}\n`);
  return code;
}

function report(r: FileResult): void {
  if (r.errors.length) {
    process.stderr.write(`✗ ${r.path}：未导入任何数据\n${r.errors.map((e) => `  ${e}`).join('\n')}\n`);
    return;
  }
  if (r.bookings) {
    process.stdout.write(`✓ ${r.path} → 预约导出：${r.notes.join('；')}；快照 ${r.snapshot}\n`);
    return;
  }
  const by = (s: string) => r.joined.filter((j) => j.match.status === s).length;
  process.stdout.write(
    `✓ ${r.path} → ${r.platform}，${r.joined.length} 行：按标题对应 ${by('title')}，按已存链接 ${by('linked')}，按稿件 id ${by('named')}，` +
      `多个候选 ${by('ambiguous')}，未找到 ${by('unmatched')}；快照 ${r.snapshot}${r.notes.length ? `（${r.notes.join('；')}）` : ''}\n`,
  );
  for (const j of r.joined) {
    if (j.match.status === 'ambiguous') {
      const what = j.match.reason ? `${j.match.reason}；候选 ` : '多个候选 ';
      process.stdout.write(`  ? ${j.row.source} 行键 “${j.key}”：${what}${j.match.candidates.join(' ')}\n`);
    }
    if (j.match.status === 'unmatched') process.stdout.write(`  ? ${j.row.source} 行键 “${j.key}”：${j.match.reason}\n`);
  }
  if (r.joined.some((j) => j.match.status === 'ambiguous' || j.match.status === 'unmatched')) {
    process.stdout.write('  确认一行：npx kepu metrics link <行键> <稿件id>\n');
  }
}

async function link(metricsDir: string, out: string, content: string, key: string, variant: string): Promise<number> {
  const observations = await readSnapshots(metricsDir);
  const keys = [...new Set(observations.map((o) => o.key))];
  const found = keys.includes(key) ? [key] : keys.filter((k) => k.includes(key));
  if (found.length !== 1) {
    return fail(found.length ? `行键 “${key}” 对应多行：${found.join('、')}，请写完整` : `没有行键为 “${key}” 的导入行（见 ${join(metricsDir, 'snapshots')}）`);
  }
  const catalog = await loadCatalog({ out, content }).catch((err: Error) => err);
  if (catalog instanceof Error) return fail(catalog.message);
  if (!catalog.variants.some((v) => v.id === variant)) return fail(`稿件 “${variant}” 不在 ${catalog.from} 里`);
  const obs = observations.filter((o) => o.key === found[0]).at(-1)!;
  const links = await readLinks(metricsDir);
  links.links[found[0]!] = {
    variant, how: 'manual', title: obs.title, since: localDate(),
    ...(obs.published ? { published: obs.published } : {}), ...(obs.workId ? { workId: obs.workId } : {}), ...(obs.url ? { url: obs.url } : {}),
  };
  await writeLinks(metricsDir, links);
  process.stdout.write(`✓ ${found[0]} → ${variant}\n`);
  await refreshDashboard(out, metricsDir);
  return 0;
}

/** Rewrites the dashboard and the article panels into an existing site; a later `kepu build` writes them again. */
async function refreshDashboard(out: string, metricsDir: string): Promise<void> {
  if (await refreshMetrics(out, metricsDir) === false) return;
  process.stdout.write(`数据看板：${join(out, 'metrics/index.html')}\n`);
}
