/**
 * `npm run bench`: Kepu against Eleventy on the same seeded corpus at archive scale. For each
 * size: the cold text build (on 1, 2 and all cores at 1,000), its peak memory, files and bytes,
 * the rebuild with nothing changed and after one edit (CLI), the watch-mode rebuild of one
 * saved article, and where an article's CPU goes by stage. Images are rendered only for sizes
 * up to 100 (`KEPU_BENCH_SIZES=100`). Prints a table and writes dist/bench/results.json.
 * Every figure is wall-clock on this machine; run it on an idle machine.
 */
import { spawn } from 'node:child_process';
import { buildPrecompiled } from '../../generator/pipeline/precompiled.ts';
import { availableParallelism, cpus } from 'node:os';
import { mkdir, readdir, rm, stat, writeFile, appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './corpus.ts';
import { loadArticleFile } from '../../generator/load/load-article.ts';
import { buildModel } from '../../generator/model/build-model.ts';
import { renderVariants, listArticles } from '../../generator/build.ts';
import { checkArticle } from '../../generator/compliance/check.ts';
import { articleOutput } from '../../generator/pipeline/article-output.ts';
import { loadTheme } from '../../generator/theme.ts';
import { sentences } from '../../generator/text/sentences.ts';
import { IncrementalSite } from '../../generator/site/dev/incremental.ts';
import { readSite } from '../helpers.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const KEPU = join(ROOT, 'bin/kepu.js');
const ELEVENTY = join(ROOT, 'node_modules/@11ty/eleventy/cmd.cjs');
const RSS = join(ROOT, 'test/bench/rss-reporter.mjs');
const SIZES = (process.env.KEPU_BENCH_SIZES ?? '1000,10000').split(',').map(Number);
const CORES = availableParallelism();

/**
 * What the same 1,000-article text build measured before the split manifest and the worker
 * pool (commit d6d4d13, this machine, 2 cores): the figures #14 is judged against.
 */
const BEFORE_1000 = { coldTextMs: 41_470, maxRssMb: 1994, manifestBytes: 96_798_742, files: 18_004, bytes: 361_316_464 };

interface Run { ms: number; maxRssMb: number; stderr: string }

function run(args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', RSS, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('error', reject);
    child.on('exit', (code) => {
      const ms = performance.now() - started;
      const rss = Number(/KEPU_BENCH_MAXRSS_KB=(\d+)/.exec(stderr)?.[1] ?? 0) / 1024;
      if (code !== 0) reject(new Error(`${args.join(' ')} exited ${code}\n${stderr.slice(-2000)}`));
      else resolve({ ms, maxRssMb: Math.round(rss), stderr });
    });
  });
}

const kepu = (cwd: string, ...args: string[]) => run([KEPU, 'build', '--content', 'content', '--out', 'out', '-q', ...args], cwd);

async function tree(dir: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    files++;
    bytes += (await stat(join(e.parentPath, e.name))).size;
  }
  return { files, bytes };
}

async function complianceThroughput(paths: string[]): Promise<{ sentences: number; perSecond: number }> {
  const theme = await loadTheme();
  const models = [];
  for (const path of paths) models.push(buildModel(await loadArticleFile(path, path)));
  const rendered = models.map((m) => renderVariants(m, theme, () => undefined).map((r) => r.variant));
  let count = 0;
  for (const [i, m] of models.entries()) {
    count += [m.lead, ...m.sections.map((s) => [...s.paragraphs, ...s.items])].flat().flatMap((b) => sentences(b.text)).length;
    count += rendered[i]!.flatMap((v) => sentences(v.text)).length;
  }
  const started = performance.now();
  models.forEach((m, i) => checkArticle(m, rendered[i]!));
  return { sentences: count, perSecond: Math.round((count / (performance.now() - started)) * 1000) };
}

/** Where an article's CPU time goes, stage by stage, in process (ms per article). */
async function stageProfile(paths: string[]): Promise<Record<string, number>> {
  const theme = await loadTheme();
  const t = { load: 0, model: 0, render: 0, check: 0, page: 0 };
  for (const path of paths) {
    let at = performance.now();
    const loaded = await loadArticleFile(path, path);
    t.load += performance.now() - at; at = performance.now();
    const model = buildModel(loaded);
    t.model += performance.now() - at; at = performance.now();
    const rendered = renderVariants(model, theme, () => undefined);
    t.render += performance.now() - at; at = performance.now();
    const checked = checkArticle(model, rendered.map((r) => r.variant));
    t.check += performance.now() - at; at = performance.now();
    articleOutput({ model, files: rendered.flatMap((r) => r.files), entry: { slug: model.slug, title: model.title, source: path, ...checked.review, findings: checked.findings, variants: rendered.map((r) => r.variant) } });
    t.page += performance.now() - at;
  }
  const per = (ms: number) => Math.round((ms / paths.length) * 100) / 100;
  return { loadMsPerArticle: per(t.load), modelMsPerArticle: per(t.model), renderMsPerArticle: per(t.render), checkMsPerArticle: per(t.check), pageMsPerArticle: per(t.page) };
}

async function main() {
  const results: Record<string, unknown> = {
    machine: { cores: CORES, cpu: cpus()[0]?.model, node: process.version }, date: new Date().toISOString(), before1000: BEFORE_1000, sizes: {},
  };
  const rows: string[][] = [['N', '指标 / measure', '结果 / result']];
  const fmt = (ms: number) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);
  // The first big build after a code change also precompiles the compiler for the next ones
  // (generator/pipeline/precompiled.ts); done here first, so the cold builds below measure what
  // every later build costs, and its own time is reported on its own.
  const warmStarted = performance.now();
  await buildPrecompiled();
  const precompileMs = Math.round(performance.now() - warmStarted);
  results.precompileMs = precompileMs;
  rows.push(['—', '预编译编译器（代码改动后只做一次）', fmt(precompileMs)]);
  for (const n of SIZES) {
    const dir = join(ROOT, 'dist/bench', `n${n}`);
    await rm(dir, { recursive: true, force: true });
    await writeCorpus({ count: n, dir: join(dir, 'content') });
    process.stderr.write(`N=${n}: corpus written\n`);
    const r: Record<string, number> = {};
    const row = (measure: string, result: string) => rows.push([`${n}`, measure, result]);

    // Cold text builds. At 1,000 also on one core and on all, to show how it scales.
    // The build on all cores goes last: its output and state are what the incremental runs start from.
    const jobs = n <= 1000 ? [...new Set([1, 2, CORES])].sort((a, b) => a - b) : [CORES];
    for (const j of jobs) {
      // Cold: no output, no state, no cache. Without --no-cache the build records its state,
      // so the incremental figures below need no second full build to warm up.
      await rm(join(dir, 'out'), { recursive: true, force: true });
      await rm(join(dir, '.kepu-cache'), { recursive: true, force: true });
      const cold = await kepu(dir, '--no-images', '--jobs', String(j));
      r[`coldText${j}CoreMs`] = cold.ms; r[`coldText${j}CoreMaxRssMb`] = cold.maxRssMb;
      row(`冷构建（仅文字，${j} 核）`, `${fmt(cold.ms)}，峰值内存 ${cold.maxRssMb} MB`);
      process.stderr.write(`N=${n}: cold build on ${j} core(s) ${fmt(cold.ms)}\n`);
    }
    r.coldTextMs = r[`coldText${CORES}CoreMs`]!; r.coldTextMaxRssMb = r[`coldText${CORES}CoreMaxRssMb`]!;
    const out = await tree(join(dir, 'out'));
    r.files = out.files; r.bytes = out.bytes; r.filesPerArticle = out.files / n; r.bytesPerArticle = Math.round(out.bytes / n);
    r.manifestBytes = (await stat(join(dir, 'out/manifest.json'))).size;
    row('输出文件 / 字节（每篇）', `${out.files} 个 / ${(out.bytes / 1e6).toFixed(1)} MB（${r.filesPerArticle.toFixed(1)} 个 / ${(r.bytesPerArticle / 1000).toFixed(0)} KB）`);
    row('manifest.json（索引）', `${(r.manifestBytes / 1e6).toFixed(2)} MB（每篇 ${Math.round(r.manifestBytes / n)} 字节）`);

    if (n <= 1000) {
      const eleventy = await run([ELEVENTY, '--input=content', '--output=eleventy-out', '--quiet'], dir);
      r.eleventyMs = eleventy.ms;
      r.ratioKepuToEleventy = r.coldTextMs / eleventy.ms;
      row('Eleventy 构建同一批 Markdown', fmt(eleventy.ms));
      row(`Kepu（${CORES} 核）/ Eleventy`, r.ratioKepuToEleventy.toFixed(2));
    }

    // Incremental: nothing changed, then one edit (the last cold build left its state). Each is
    // the fastest of three runs: on a shared machine the slower ones measure the neighbours.
    const fastest = async (runs: number, once: (i: number) => Promise<number>) => {
      const times: number[] = [];
      for (let i = 0; i < runs; i++) times.push(await once(i));
      return Math.min(...times);
    };
    r.unchangedRebuildMs = await fastest(3, async () => (await kepu(dir, '--no-images')).ms);
    const paths = await listArticles(join(dir, 'content'));
    r.editOneRebuildMs = await fastest(3, async (i) => {
      await appendFile(paths[0]!, `\n补充一句：请遵医嘱定期复查。${i}\n`);
      return (await kepu(dir, '--no-images')).ms;
    });
    row('无改动重建（命令行，含进程启动，3 次中最快）', fmt(r.unchangedRebuildMs));
    row('改一篇后重建（命令行，含进程启动，3 次中最快）', fmt(r.editOneRebuildMs));

    // Watch mode: `kepu dev` starts from the built site, then recompiles one saved article.
    // Run from the corpus folder as the CLI was: the state names files relative to the working folder.
    const cwd = process.cwd();
    process.chdir(dir);
    const site = new IncrementalSite({ contentDir: join(dir, 'content'), outDir: join(dir, 'out'), images: false });
    await site.start();
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      await appendFile(paths[1]!, `\n第${i + 1}次修改：多喝水，规律作息。\n`);
      times.push((await site.rebuild([paths[1]!])).ms);
    }
    times.sort((a, b) => a - b);
    r.watchRebuildOneMs = times[0]!;
    r.watchRebuildOneMedianMs = times[3]!;
    process.chdir(cwd);
    row('监视模式下保存一篇后重建（7 次中最快 / 中位数）', `${fmt(r.watchRebuildOneMs)} / ${fmt(r.watchRebuildOneMedianMs)}`);

    if (n <= 100) {
      await rm(join(dir, '.kepu-cache'), { recursive: true, force: true });
      const images = await kepu(dir, '--no-cache');
      const manifest = await readSite(join(dir, 'out'));
      const pngs = manifest.articles.flatMap((a) => a.variants.flatMap((v) => (v.files ?? []).filter((f) => f.path.endsWith('.png'))));
      r.coldImagesMs = images.ms; r.coldImagesMaxRssMb = images.maxRssMb; r.imagesWritten = pngs.length;
      row('冷构建（含图片）', `${fmt(images.ms)}，峰值内存 ${images.maxRssMb} MB，${pngs.length} 张图`);
    }
    if (n <= 1000) {
      Object.assign(r, await stageProfile(paths.slice(0, 300)));
      row('每篇 CPU（单线程）：读取解析 / 模型 / 渲染 / 检查 / 页面与详情', `${r.loadMsPerArticle} / ${r.modelMsPerArticle} / ${r.renderMsPerArticle} / ${r.checkMsPerArticle} / ${r.pageMsPerArticle} ms`);
      const c = await complianceThroughput(paths.slice(0, 300));
      r.complianceSentencesPerSecond = c.perSecond;
      row('合规检查吞吐', `${c.perSecond} 句/秒`);
    }
    (results.sizes as Record<string, unknown>)[n] = r;
  }
  const file = join(ROOT, 'dist/bench/results.json');
  await mkdir(join(ROOT, 'dist/bench'), { recursive: true });
  await writeFile(file, JSON.stringify(results, null, 2));
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => [...row[i]!].length)));
  for (const row of rows) process.stdout.write(`${row.map((c, i) => c.padEnd(widths[i]!)).join('  ')}\n`);
  process.stdout.write(`\n${CORES} 核；结果已写入 ${file}\n`);
}

await main();
