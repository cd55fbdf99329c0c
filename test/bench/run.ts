/**
 * `npm run bench`: Kepu against Eleventy on the same seeded corpus, plus incremental, image,
 * memory and compliance figures. Prints a table and writes dist/bench/results.json.
 * Every figure is wall-clock on this machine; run it on an idle machine.
 */
import { spawn } from 'node:child_process';
import { cpus } from 'node:os';
import { mkdir, readFile, rm, writeFile, appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './corpus.ts';
import { loadArticleFile } from '../../generator/load/load-article.ts';
import { buildModel } from '../../generator/model/build-model.ts';
import { renderVariants, listArticles } from '../../generator/build.ts';
import { checkArticle } from '../../generator/compliance/check.ts';
import { loadTheme } from '../../generator/theme.ts';
import { sentences } from '../../generator/text/sentences.ts';
import { readSite } from '../helpers.ts';
import { build } from '../../generator/build.ts';
import { IncrementalSite } from '../../generator/site/dev/incremental.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const KEPU = join(ROOT, 'bin/kepu.js');
const ELEVENTY = join(ROOT, 'node_modules/@11ty/eleventy/cmd.cjs');
const RSS = join(ROOT, 'test/bench/rss-reporter.mjs');
const SIZES = (process.env.KEPU_BENCH_SIZES ?? '100,1000').split(',').map(Number);

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

async function complianceThroughput(content: string): Promise<{ sentences: number; ms: number; perSecond: number }> {
  const theme = await loadTheme();
  const models = [];
  for (const path of await listArticles(content)) models.push(buildModel(await loadArticleFile(path, path)));
  const rendered = models.map((m) => renderVariants(m, theme, () => undefined).map((r) => r.variant));
  let count = 0;
  for (const [i, m] of models.entries()) {
    count += [m.lead, ...m.sections.map((s) => [...s.paragraphs, ...s.items])].flat().flatMap((b) => sentences(b.text)).length;
    count += rendered[i]!.flatMap((v) => sentences(v.text)).length;
  }
  const started = performance.now();
  models.forEach((m, i) => checkArticle(m, rendered[i]!));
  const ms = performance.now() - started;
  return { sentences: count, ms, perSecond: Math.round((count / ms) * 1000) };
}

/**
 * Where an article's CPU time goes, stage by stage, in process (ms per article): read and
 * parse, the article model, the renderers, the checks. The figures #14 starts from.
 */
async function stageProfile(content: string): Promise<Record<string, number>> {
  const theme = await loadTheme();
  const paths = await listArticles(content);
  const t = { load: 0, model: 0, render: 0, check: 0 };
  for (const path of paths) {
    let at = performance.now();
    const loaded = await loadArticleFile(path, path);
    t.load += performance.now() - at; at = performance.now();
    const model = buildModel(loaded);
    t.model += performance.now() - at; at = performance.now();
    const variants = renderVariants(model, theme, () => undefined).map((r) => r.variant);
    t.render += performance.now() - at; at = performance.now();
    checkArticle(model, variants);
    t.check += performance.now() - at;
  }
  const per = (ms: number) => Math.round((ms / paths.length) * 100) / 100;
  return { loadMsPerArticle: per(t.load), modelMsPerArticle: per(t.model), renderMsPerArticle: per(t.render), checkMsPerArticle: per(t.check) };
}

async function main() {
  const results: Record<string, unknown> = { machine: { cores: cpus().length, cpu: cpus()[0]?.model, node: process.version }, date: new Date().toISOString(), sizes: {} };
  const rows: string[][] = [['N', '指标 / measure', '结果 / result']];
  for (const n of SIZES) {
    const dir = join(ROOT, 'dist/bench', `n${n}`);
    await rm(dir, { recursive: true, force: true });
    await writeCorpus({ count: n, dir: join(dir, 'content') });
    process.stderr.write(`N=${n}: corpus written\n`);
    const r: Record<string, number> = {};

    const text = await kepu(dir, '--no-images', '--no-cache');
    r.coldTextMs = text.ms; r.coldTextMaxRssMb = text.maxRssMb;
    const eleventy = await run([ELEVENTY, '--input=content', '--output=eleventy-out', '--quiet'], dir);
    r.eleventyMs = eleventy.ms; r.eleventyMaxRssMb = eleventy.maxRssMb;
    r.ratioKepuToEleventy = text.ms / eleventy.ms;

    // Warm the caches, then rebuild with nothing changed.
    await kepu(dir, '--no-images');
    const unchanged = await kepu(dir, '--no-images');
    r.unchangedRebuildMs = unchanged.ms;

    const first = (await listArticles(join(dir, 'content')))[0]!;
    await appendFile(first, '\n补充一句：请遵医嘱定期复查。\n');
    const edited = await kepu(dir, '--no-images');
    r.editOneRebuildMs = edited.ms;

    if (n <= 100) {
      await rm(join(dir, '.kepu-cache'), { recursive: true, force: true });
      const images = await kepu(dir, '--no-cache');
      const manifest = await readSite(join(dir, 'out'));
      const pngs = manifest.articles.flatMap((a) => a.variants.flatMap((v) => (v.files ?? []).filter((f) => f.kind === 'png' || f.path.endsWith('.png'))));
      r.coldImagesMs = images.ms; r.coldImagesMaxRssMb = images.maxRssMb;
      r.imagesWritten = pngs.length;
      r.imagesPerSecond = pngs.length / ((images.ms - text.ms) / 1000);
    }
    // In-process figures: the pipeline without Node/tsx start-up, and the watch-mode path
    // (`kepu dev` recompiles one saved article and swaps in its folder, index and manifest).
    const inProc = performance.now();
    await build({ contentDir: join(dir, 'content'), outDir: join(dir, 'out-inproc'), images: false, cache: false });
    r.coldTextInProcessMs = performance.now() - inProc;
    const site = new IncrementalSite({ contentDir: join(dir, 'content'), outDir: join(dir, 'out-dev'), images: false });
    await site.start();
    const watched = (await listArticles(join(dir, 'content')))[1]!;
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      await appendFile(watched, `\n第${i + 1}次修改：多喝水，规律作息。\n`);
      times.push((await site.rebuild([watched])).ms);
    }
    r.watchRebuildOneMs = times.sort((a, b) => a - b)[2]!;
    r.ratioInProcessToEleventy = r.coldTextInProcessMs / eleventy.ms;

    Object.assign(r, await stageProfile(join(dir, 'content')));
    const c = await complianceThroughput(join(dir, 'content'));
    r.complianceSentences = c.sentences; r.complianceSentencesPerSecond = c.perSecond;
    (results.sizes as Record<string, unknown>)[n] = r;

    const fmt = (ms: number) => `${Math.round(ms)} ms`;
    rows.push(
      [`${n}`, 'Kepu 冷构建（仅文字，--no-images --no-cache）', fmt(r.coldTextMs!)],
      [`${n}`, 'Eleventy 构建同一批 Markdown', fmt(r.eleventyMs!)],
      [`${n}`, 'Kepu / Eleventy', r.ratioKepuToEleventy!.toFixed(2)],
      [`${n}`, 'Kepu 冷构建，进程内（不含 Node/tsx 启动）', fmt(r.coldTextInProcessMs!)],
      [`${n}`, '改一篇后重建（kepu dev 监视模式，5 次中位数）', fmt(r.watchRebuildOneMs!)],
      [`${n}`, '无改动重建', fmt(r.unchangedRebuildMs!)],
      [`${n}`, '改一篇后重建（命令行，含进程启动）', fmt(r.editOneRebuildMs!)],
      [`${n}`, '峰值内存（文字构建）', `${r.coldTextMaxRssMb} MB`],
      [`${n}`, '合规检查吞吐', `${r.complianceSentencesPerSecond} 句/秒`],
      [`${n}`, '每篇 CPU（进程内）：读取解析 / 文章模型 / 渲染 / 检查', `${r.loadMsPerArticle} / ${r.modelMsPerArticle} / ${r.renderMsPerArticle} / ${r.checkMsPerArticle} ms`],
    );
    if (r.coldImagesMs) {
      rows.push(
        [`${n}`, 'Kepu 冷构建（含图片）', fmt(r.coldImagesMs)],
        [`${n}`, '图片渲染速度（轮播页、封面、二维码卡）', `${r.imagesPerSecond!.toFixed(1)} 张/秒（共 ${r.imagesWritten} 张）`],
        [`${n}`, '峰值内存（含图片）', `${r.coldImagesMaxRssMb} MB`],
      );
    }
  }
  const out = join(ROOT, 'dist/bench/results.json');
  await mkdir(join(ROOT, 'dist/bench'), { recursive: true });
  await writeFile(out, JSON.stringify(results, null, 2));
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => [...row[i]!].length)));
  for (const row of rows) process.stdout.write(`${row.map((c, i) => c.padEnd(widths[i]!)).join('  ')}\n`);
  process.stdout.write(`\n${cpus().length} 核；结果已写入 ${out}\n`);
}

await main();
