/**
 * The pipeline, start to end: load → model → check → render → write, one article at a time on
 * every core (pipeline/). Each article's output is written as soon as it is compiled, and only
 * its small index entry is kept, so memory does not grow with the archive. One bad article
 * becomes an error entry and never stops the others. Output goes to a staged folder that
 * replaces OUT only when complete.
 */
import { readFileSync } from 'node:fs';
import { readFile, rename, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { SourceError } from './load/errors.ts';
import { defaultCacheDir } from './images/cache.ts';
import { manifestJson, removeStaleTemps, StagedSite } from './write.ts';
import { indexFiles, siteAssets } from './site/render-site.tsx';
import { slugLosers, type SlugClaim } from './slug-owners.ts';
import { STATE_PATH, type BuildState, type KeyParts } from './build-state.ts';
import { detailPath, MANIFEST_VERSION, type IndexEntry, type Manifest } from './manifest.ts';
import { readIndex } from './read-site.ts';
import type { OutputFile } from './render/types.ts';
import { staleDetail, staleEntry } from './pipeline/stale.ts';
import { displayPath } from './pipeline/compile-article.ts';
import { contestedDir, taskEnv, type Task, type TaskResult } from './pipeline/compile-task.ts';
import { SiteUpdater } from './pipeline/site-updater.ts';
import { metricsInPlay } from './pipeline/metrics-gate.ts';
import { defaultMetricsDir } from './metrics/dir.ts';
import { runTasks } from './pipeline/pool.ts';
import { checkReuse, listArticles, type ReuseCheck } from './pipeline/reuse.ts';
import { mark } from './pipeline/timeline.ts';

export { compileArticle, displayPath, platformsOf, renderVariants, type CompiledArticle } from './pipeline/compile-article.ts';
export { listArticles };

export interface BuildOptions {
  contentDir: string;
  outDir: string;
  /** Process images (article images, slides). Off for fast text-only builds. */
  images?: boolean;
  /** Render cache folder; default `.kepu-cache/images` beside OUT. */
  cacheDir?: string;
  /** false: neither read nor write any cache (image cache, incremental state). Default true. */
  cache?: boolean;
  /** false: compile every article even when its previous output is still valid. Default true. */
  incremental?: boolean;
  /** Threads to compile on; default one per core (fewer for small builds). */
  workers?: number;
  /** Platform metrics for the dashboard (`OUT/metrics/`); default `metrics/` beside the content folder. */
  metricsDir?: string;
  /** Slides, covers and crops done for the article being compiled (long builds print this). */
  onMediaProgress?: (done: number, total: number, slug: string) => void;
  onProgress?: (done: number, total: number, file: string) => void;
  /** The first pass (`checkReuse`) when the caller has made it already, with the same options. */
  reuse?: ReuseCheck;
}

export interface BuildResult {
  manifest: Manifest;
  errors: SourceError[];
  /** Index entries of the articles compiled in this build (unchanged ones are reused, not compiled). */
  compiled: IndexEntry[];
  /** How many articles kept their previous output. */
  reused: number;
  /** True when nothing changed and OUT was left as it was. */
  unchanged: boolean;
}

export async function build(opts: BuildOptions): Promise<BuildResult> {
  const out = resolve(opts.outDir);
  const useCache = opts.cache !== false;
  const incremental = useCache && opts.incremental !== false;
  const images = opts.images ?? true;
  if (!opts.reuse) await removeStaleTemps(out);
  // First pass, cheap: which articles still have valid output from the last build?
  const { paths, parts, prior, reusable, unchanged } = opts.reuse ?? await checkReuse({ contentDir: opts.contentDir, out, images, incremental });
  const state: BuildState = { stamp: parts.stamp, articles: {}, errors: [] };
  // Nothing changed: the site on disk already is this build's output, so it is not even read.
  if (unchanged) {
    opts.onProgress?.(paths.length, paths.length, '');
    // Metrics change on their own (an import, a git pull of snapshots): they are brought up to date even so.
    const metricsDir = opts.metricsDir ?? defaultMetricsDir(opts.contentDir);
    if (metricsInPlay(out, metricsDir)) {
      const { refreshMetrics } = await import('./site/metrics/refresh.ts');
      await refreshMetrics(out, metricsDir);
    }
    return unchangedResult(out, paths.length);
  }
  // A few changes in a big site: update it in place instead of restaging every folder.
  const changed = paths.filter((p) => !reusable.has(displayPath(p)));
  if (prior && reusable.size > 0 && changed.length <= Math.max(IN_PLACE_MIN, paths.length / 10) && (await isFile(join(out, 'manifest.json')))) {
    return updateInPlace(out, paths, changed, reusable.size, parts, prior, { ...opts, images, cacheDir: useCache ? opts.cacheDir ?? defaultCacheDir(out) : undefined });
  }
  const previousIndex = new Map(((await readIndex(out))?.articles ?? []).map((a) => [a.slug, a]));
  const site = await StagedSite.open(out);
  mark('staging open');
  try {
    const entries = new Map<string, IndexEntry>();
    const errors = new Map<string, SourceError>();
    const compiled: IndexEntry[] = [];
    const claims: SlugClaim[] = [];
    const contested = new Map<string, number>();
    const slugAt = new Map<string, { line: number; column: number }>();
    let done = 0;
    const progress = (file: string) => opts.onProgress?.(++done, paths.length, file);

    // Reused folders are carried over first, so they hold their slugs before anything compiles.
    for (const path of paths) {
      const file = displayPath(path);
      const old = reusable.get(file);
      const entry = old && previousIndex.get(old.slug);
      if (!old || !entry || entry.source !== file) continue;
      await site.carry(out, old.slug);
      await site.carry(out, detailPath(old.slug));
      entries.set(path, entry);
      state.articles[file] = old;
      claims.push({ slug: old.slug, file, path });
      progress(file);
    }
    const tasks: Task[] = paths.filter((p) => !entries.has(p)).map((path, id) => ({ id, path }));
    const onResult = (r: TaskResult) => {
      if (r.ok) {
        entries.set(r.path, r.entry);
        compiled.push(r.entry);
        if (r.state) state.articles[r.file] = r.state;
        if (r.contested) contested.set(r.file, r.id);
        slugAt.set(r.file, r.slugAt);
        claims.push({ slug: r.entry.slug, file: r.file, path: r.path });
      } else {
        errors.set(r.path, new SourceError(r.error));
      }
      progress(r.file);
    };
    mark('tasks start');
    await runTasks(tasks, { staging: site.dir, images, cacheDir: useCache ? opts.cacheDir ?? defaultCacheDir(out) : undefined, keyParts: incremental ? parts : undefined }, {
      workers: opts.workers, onResult, onMediaProgress: opts.onMediaProgress,
    });

    mark('tasks done');
    // An article whose latest text failed keeps its last good output, marked stale and blocked.
    for (const [path, error] of errors) {
      const last = [...previousIndex.values()].find((e) => e.source === error.file);
      if (!last || !(await isDir(join(out, last.slug))) || (await isDir(join(site.dir, last.slug)))) continue;
      await site.carry(out, last.slug);
      // The detail is written anew, not linked: the old file is the previous site's.
      const detail = await readFile(join(out, detailPath(last.slug)), 'utf8').catch(() => undefined);
      if (detail) await site.write([{ path: detailPath(last.slug), content: staleDetail(detail, error) }]);
      entries.set(path, staleEntry(last, error));
      claims.push({ slug: last.slug, file: error.file, path });
    }

    // Contested slugs: the older article keeps it, whichever thread wrote first.
    const losers = await slugLosers(claims);
    for (const [file, loss] of losers) {
      const claim = claims.find((c) => c.file === file)!;
      const owner = claims.find((c) => c.file !== file && c.slug === claim.slug && !losers.has(c.file));
      const ownerWaits = owner && contested.has(owner.file);
      if (ownerWaits) {
        // The folder in place is the loser's: the owner's output, written aside, moves in.
        await rm(join(site.dir, claim.slug), { recursive: true, force: true });
        const aside = contestedDir(site.dir, contested.get(owner.file)!);
        await rename(join(aside, claim.slug), join(site.dir, claim.slug));
        await rename(join(aside, detailPath(claim.slug)), join(site.dir, detailPath(claim.slug)));
        contested.delete(owner.file);
      }
      errors.set(claim.path, new SourceError({
        file, ...(slugAt.get(file) ?? { line: 1, column: 1 }), code: 'slug.duplicate',
        message: `slug “${claim.slug}” 已被 ${loss.owner} 使用：${loss.reason}。本文未生成，原文章的输出保持不变；请改用不同的 slug / duplicate slug`,
      }));
      entries.delete(claim.path);
      const i = compiled.findIndex((e) => e.source === file);
      if (i >= 0) compiled.splice(i, 1);
      delete state.articles[file];
    }
    await rm(join(site.dir, '.contested'), { recursive: true, force: true });

    const errorList = paths.flatMap((p) => errors.get(p) ?? []);
    state.errors = errorList.map((e) => ({ file: e.file, line: e.line, column: e.column, message: e.message }));
    const manifest: Manifest = {
      version: MANIFEST_VERSION,
      generatedAt: new Date().toISOString(),
      articles: paths.flatMap((p) => entries.get(p) ?? []),
      ...(errorList.length > 0 ? { errors: state.errors } : {}),
    };
    // Without incremental reuse no state is written: whoever edits OUT next (the dev server) would
    // otherwise leave a state that no longer describes the files.
    const stateFile = incremental ? [{ path: STATE_PATH, content: JSON.stringify(state) }] : [];
    const metricsDir = opts.metricsDir ?? defaultMetricsDir(opts.contentDir);
    mark('manifest assembled');
    const metrics = await metricsOutput(out, metricsDir, manifest);
    await metrics.writePanels(site.dir, out);
    mark('metrics');
    const assets = await siteAssets();
    mark('site assets');
    const index = indexFiles(manifest, metrics.files.length > 0);
    mark('index page');
    const manifestFile = { path: 'manifest.json', content: manifestJson(manifest) };
    mark('manifest serialised');
    await site.write([...assets, ...index, ...metrics.files, manifestFile, ...stateFile]);
    mark('site files written');
    await site.commit();
    mark('committed');
    return { manifest, errors: errorList, compiled, reused: reusable.size, unchanged: false };
  } catch (err) {
    await site.abort();
    throw err;
  }
}

/** Up to this many changed articles (or a tenth of the site) are updated in place. */
const IN_PLACE_MIN = 20;

async function updateInPlace(
  out: string, paths: string[], changed: string[], reused: number, parts: KeyParts, state: BuildState,
  opts: BuildOptions & { images: boolean },
): Promise<BuildResult> {
  const env = await taskEnv(opts.cacheDir, opts.onMediaProgress);
  const updater = await SiteUpdater.open(out, paths, { images: opts.images, env, keyParts: parts, state });
  // Articles whose files are gone are passed too, so their output goes.
  const current = new Set(paths);
  const gone = [...updater.entries.keys(), ...updater.errors.keys()].filter((p) => !current.has(p));
  const report = await updater.rebuild([...changed, ...new Set(gone)]);
  opts.onProgress?.(paths.length, paths.length, '');
  const manifest = updater.manifest();
  const metricsDir = opts.metricsDir ?? defaultMetricsDir(opts.contentDir);
  const metrics = await metricsOutput(out, metricsDir, manifest);
  await updater.writeMetrics(metrics.files);
  await metrics.writePanels(out);
  const built = new Set(report.built);
  return { manifest, errors: report.failed, compiled: manifest.articles.filter((e) => built.has(e.source)), reused, unchanged: false };
}

/**
 * The metrics dashboard's files, and a writer of the article pages' panels, from one read of
 * the snapshots. Their modules (charts, d3, csv) are loaded only when metrics are in play: most
 * builds have none, and loading them is a visible part of a one-edit run.
 */
async function metricsOutput(out: string, metricsDir: string, manifest: Manifest): Promise<{ files: OutputFile[]; writePanels: (root: string, previous?: string) => Promise<void> }> {
  if (!metricsInPlay(out, metricsDir)) return { files: [], writePanels: async () => {} };
  const [{ loadMetrics }, { metricsSiteFiles }, { writeArticlePanels }] = await Promise.all([
    import('./metrics/store.ts'), import('./site/metrics/files.tsx'), import('./site/metrics/article-panels.tsx'),
  ]);
  const data = await loadMetrics(metricsDir);
  return {
    files: await metricsSiteFiles(metricsDir, manifest, data),
    writePanels: async (root, previous) => { await writeArticlePanels({ root, previous, index: manifest, metricsDir, data }); },
  };
}

/** Unchanged build: the manifest on disk is only parsed if a caller asks for it. */
function unchangedResult(out: string, count: number): BuildResult {
  let manifest: Manifest | undefined;
  return {
    get manifest() {
      manifest ??= JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Manifest;
      return manifest;
    },
    errors: [], compiled: [], reused: count, unchanged: true,
  };
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isFile(), () => false);
}

async function isDir(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isDirectory(), () => false);
}
