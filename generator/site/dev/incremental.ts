/**
 * The dev server's site: one build at start (reusing whatever is still valid), then each saved
 * article is compiled alone and swapped in by the site updater. Only index entries are kept in
 * memory, so a 10,000-article archive stays light. An article that fails keeps its last good
 * output; its error is remembered until the next good save.
 */
import { resolve } from 'node:path';
import { build, listArticles } from '../../build.ts';
import { keyParts } from '../../build-state.ts';
import { defaultCacheDir } from '../../images/cache.ts';
import type { SourceError } from '../../load/errors.ts';
import type { Manifest } from '../../manifest.ts';
import type { OutputFile } from '../../render/types.ts';
import { taskEnv } from '../../pipeline/compile-task.ts';
import { SiteUpdater, type RebuildReport } from '../../pipeline/site-updater.ts';

export type { RebuildReport };

export interface SiteOptions {
  contentDir: string;
  outDir: string;
  images: boolean;
  cacheDir?: string;
  /** Threads for the first build. */
  workers?: number;
  /** Platform metrics (`kepu dev --metrics`); default `metrics/` beside the content folder. */
  metricsDir?: string;
}

export class IncrementalSite {
  private updater!: SiteUpdater;

  constructor(readonly opts: SiteOptions) {}

  /** The build the server starts from. */
  async start(): Promise<RebuildReport> {
    const started = performance.now();
    const out = resolve(this.opts.outDir);
    const result = await build({ contentDir: this.opts.contentDir, outDir: out, images: this.opts.images, cacheDir: this.opts.cacheDir, workers: this.opts.workers, metricsDir: this.opts.metricsDir });
    const env = await taskEnv(this.opts.cacheDir ?? defaultCacheDir(out));
    // The build's own index, not a second read of the file it just wrote.
    this.updater = await SiteUpdater.open(out, await listArticles(this.opts.contentDir), {
      images: this.opts.images, env, keyParts: await keyParts(this.opts.images), index: result.manifest,
    });
    // The build's errors carry code frames; the index's copies do not.
    for (const e of result.errors) for (const [path, old] of this.updater.errors) if (old.file === e.file) this.updater.errors.set(path, e);
    return { built: result.compiled.map((e) => e.source), removed: [], failed: result.errors, ms: performance.now() - started };
  }

  currentErrors(): SourceError[] {
    return this.updater.currentErrors();
  }

  /** Every Markdown path known now: after a change to a shared file (an image) all are rebuilt. */
  async allPaths(): Promise<string[]> {
    return listArticles(this.opts.contentDir);
  }

  rebuild(paths: string[]): Promise<RebuildReport> {
    return this.updater.rebuild(paths);
  }

  manifest(): Manifest {
    return this.updater.manifest();
  }

  /** The metrics dashboard's files; the index page links the dashboard from then on. */
  writeMetrics(files: OutputFile[]): Promise<void> {
    return this.updater.writeMetrics(files);
  }
}
