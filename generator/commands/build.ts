import { variantCount } from '../manifest.ts';
import { resolve } from 'node:path';
import type { Command } from './types.ts';
import { mediaProgressPrinter } from '../images/progress.ts';
import { checkReuse } from '../pipeline/reuse.ts';
import { removeStaleTemps } from '../write.ts';
import { metricsInPlay } from '../pipeline/metrics-gate.ts';
import { defaultMetricsDir } from '../metrics/dir.ts';
import { mark, reportTimeline } from '../pipeline/timeline.ts';

/** Progress on stderr: a live line on a terminal, a line per 10 % in logs. */
export function progressPrinter(quiet: boolean) {
  const tty = process.stderr.isTTY;
  if (quiet) return undefined;
  return (done: number, total: number, file: string) => {
    if (tty) {
      process.stderr.write(`\r\x1b[K[${done}/${total}] ${file}`);
      if (done === total) process.stderr.write('\n');
    } else if (total >= 20 && done % Math.ceil(total / 10) === 0) {
      process.stderr.write(`[${done}/${total}]\n`);
    }
  };
}

/** `--jobs N`: threads to compile on, at least 1; unset, one per core. */
function jobs(value: string | boolean | undefined): number | undefined {
  return value === undefined ? undefined : Math.max(1, Number(value) || 1);
}

export const buildCommand: Command = {
  name: 'build',
  usage: 'kepu build [--content DIR] [--out DIR] [--no-images] [--no-cache] [--jobs N] [--metrics DIR]   生成各平台稿件、预览站点和 manifest.json',
  options: {
    content: { type: 'string', default: 'content' },
    out: { type: 'string', default: 'dist/site' },
    'no-images': { type: 'boolean', default: false },
    'no-cache': { type: 'boolean', default: false },
    quiet: { type: 'boolean', short: 'q', default: false },
    jobs: { type: 'string' },
    metrics: { type: 'string' },
  },
  async run(values) {
    const started = performance.now();
    mark('build command');
    const contentDir = resolve(String(values.content));
    const out = resolve(String(values.out));
    const images = !values['no-images'];
    const cache = !values['no-cache'];
    const metricsDir = typeof values.metrics === 'string' ? resolve(values.metrics) : undefined;
    // The cheap pass first: when nothing changed (metrics included), the compiler is never loaded.
    await removeStaleTemps(out);
    const reuse = await checkReuse({ contentDir, out, images, incremental: cache });
    if (reuse.unchanged && !metricsInPlay(out, metricsDir ?? defaultMetricsDir(contentDir))) {
      progressPrinter(!!values.quiet)?.(reuse.paths.length, reuse.paths.length, '');
      process.stderr.write(`✓ ${reuse.paths.length} 篇文章均无改动，未重写（${Math.round(performance.now() - started)} ms）→ ${values.out}\n`);
      return 0;
    }
    mark('reuse checked');
    // A build that compiles much starts its workers now, so they load while this thread loads
    // the build (the pool takes them; a build that needs fewer stops the rest).
    if (!reuse.unchanged && reuse.reusable.size === 0) {
      const { plannedWorkers, startWorkersEarly } = await import('../pipeline/worker-start.ts');
      startWorkersEarly(plannedWorkers(reuse.paths.length, jobs(values.jobs)));
    }
    const { build } = await import('../build.ts');
    mark('build module loaded');
    const result = await build({
      contentDir,
      outDir: out,
      images,
      cache,
      reuse,
      ...(metricsDir ? { metricsDir } : {}),
      workers: jobs(values.jobs),
      onProgress: progressPrinter(!!values.quiet),
      onMediaProgress: mediaProgressPrinter(!!values.quiet),
    });
    await reportTimeline();
    for (const err of result.errors) process.stderr.write(`${err.format()}\n\n`);
    const ms = Math.round(performance.now() - started);
    if (result.unchanged) {
      // Reading the manifest back just to count would cost more than the whole check did.
      process.stderr.write(`✓ ${result.reused} 篇文章均无改动，未重写（${ms} ms）→ ${values.out}\n`);
      return 0;
    }
    const variants = result.manifest.articles.reduce((n, a) => n + variantCount(a), 0);
    process.stderr.write(
      `${result.errors.length === 0 ? '✓' : '✗'} ${result.manifest.articles.length} 篇文章，${variants} 个平台稿件` +
        `${result.errors.length ? `，${result.errors.length} 篇失败` : ''}` +
        `${result.reused > 0 ? `，重新生成 ${result.compiled.length} 篇，沿用 ${result.reused} 篇` : ''}` +
        `（${ms} ms）→ ${values.out}\n`,
    );
    return result.errors.length === 0 ? 0 : 1;
  },
};
