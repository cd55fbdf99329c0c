/**
 * The dev server's site: one build at start (reusing whatever is still valid), then each saved
 * article is compiled alone and only its folder, its detail file, the index and the state are
 * rewritten. Only index entries are kept in memory, so a 10,000-article archive stays light.
 * An article that fails keeps its last good output; its error is remembered until the next
 * good save.
 */
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build, displayPath, listArticles } from '../../build.ts';
import { generatorStamp, readState, STATE_PATH, type BuildState } from '../../build-state.ts';
import { defaultCacheDir, RenderCache } from '../../images/cache.ts';
import { SourceError } from '../../load/errors.ts';
import { detailPath, MANIFEST_VERSION, type IndexEntry, type Manifest } from '../../manifest.ts';
import { runTask, type KeyParts, type TaskEnv } from '../../pipeline/compile-task.ts';
import { loadTheme } from '../../theme.ts';
import { manifestJson } from '../../write.ts';
import { indexFiles } from '../render-site.tsx';

export interface SiteOptions {
  contentDir: string;
  outDir: string;
  images: boolean;
  cacheDir?: string;
  /** Threads for the first build. */
  workers?: number;
}

export interface RebuildReport {
  built: string[];
  removed: string[];
  failed: SourceError[];
  ms: number;
}

export class IncrementalSite {
  private readonly entries = new Map<string, IndexEntry>();
  private readonly errors = new Map<string, SourceError>();
  private env!: TaskEnv;
  private keyParts!: KeyParts;
  private state: BuildState = { stamp: '', articles: {}, errors: [] };
  private stamp = 0;
  /** Serialised index entries: a save re-serialises only the article it changed. */
  private readonly entryJson = new WeakMap<IndexEntry, string>();

  constructor(readonly opts: SiteOptions) {}

  private get out(): string {
    return resolve(this.opts.outDir);
  }

  /** The build the server starts from. */
  async start(): Promise<RebuildReport> {
    const started = performance.now();
    const cacheDir = this.opts.cacheDir ?? defaultCacheDir(this.out);
    this.env = { theme: await loadTheme(), cache: new RenderCache(cacheDir) };
    this.keyParts = { stamp: await generatorStamp(), images: this.opts.images, day: new Date().toISOString().slice(0, 10) };
    const result = await build({ contentDir: this.opts.contentDir, outDir: this.out, images: this.opts.images, cacheDir: this.opts.cacheDir, workers: this.opts.workers });
    this.state = (await readState(this.out)) ?? { stamp: this.keyParts.stamp, articles: {}, errors: [] };
    const bySource = new Map(result.manifest.articles.map((e) => [e.source, e]));
    const errorsBySource = new Map(result.errors.map((e) => [e.file, e]));
    for (const path of await listArticles(this.opts.contentDir)) {
      const file = displayPath(path);
      const entry = bySource.get(file);
      if (entry) this.entries.set(path, entry);
      const error = errorsBySource.get(file);
      if (error) this.errors.set(path, error);
    }
    return { built: result.compiled.map((e) => e.source), removed: [], failed: result.errors, ms: performance.now() - started };
  }

  currentErrors(): SourceError[] {
    return [...this.errors.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, e]) => e);
  }

  /** Every Markdown path known now: after a change to a shared file (an image) all are rebuilt. */
  async allPaths(): Promise<string[]> {
    return listArticles(this.opts.contentDir);
  }

  /** Rebuild the given article files; files that are gone are removed first, so a rename is a move. */
  async rebuild(paths: string[]): Promise<RebuildReport> {
    const started = performance.now();
    const report: RebuildReport = { built: [], removed: [], failed: [], ms: 0 };
    // A rename may be reported under the new name only: any known article whose file is gone goes too.
    const known = [...this.entries.keys(), ...this.errors.keys()];
    const all = [...new Set([...paths, ...known])];
    const present = (await Promise.all(all.map(async (p) => ({ p, exists: await isFile(p) }))))
      .filter((x) => !x.exists || paths.includes(x.p));
    for (const { p } of present.filter((x) => !x.exists)) {
      const old = this.entries.get(p);
      this.entries.delete(p);
      this.errors.delete(p);
      delete this.state.articles[displayPath(p)];
      if (old && !this.slugTakenBy(old.slug, p)) await this.removeOutput(old.slug);
      if (old) report.removed.push(displayPath(p));
    }
    for (const { p } of present.filter((x) => x.exists)) {
      const tag = `${process.pid}-${++this.stamp}`;
      const staging = join(this.out, `.dev-tmp-${tag}`);
      await mkdir(staging, { recursive: true });
      try {
        const r = await runTask({ id: 0, path: p }, { staging, images: this.opts.images, keyParts: this.keyParts }, this.env);
        if (!r.ok) throw new SourceError(r.error);
        const other = this.slugTakenBy(r.entry.slug, p);
        if (other) {
          throw new SourceError({
            file: r.file, ...r.slugAt, code: 'slug.duplicate',
            message: `slug “${r.entry.slug}” 与 ${displayPath(other)} 重复，请在 front matter 中改用不同的 slug / duplicate slug`,
          });
        }
        const old = this.entries.get(p);
        await this.swapIn(staging, r.entry.slug, tag);
        if (old && old.slug !== r.entry.slug) await this.removeOutput(old.slug);
        this.entries.set(p, r.entry);
        if (r.state) this.state.articles[r.file] = r.state;
        this.errors.delete(p);
        report.built.push(r.file);
      } catch (err) {
        const e = err instanceof SourceError ? err : new SourceError({ file: displayPath(p), line: 1, column: 1, code: 'internal', message: String(err) });
        this.errors.set(p, e);
        // Until it builds again, the next `kepu build` must not reuse this article's old output.
        delete this.state.articles[displayPath(p)];
        report.failed.push(e);
      } finally {
        await rm(staging, { recursive: true, force: true });
      }
    }
    await this.writeIndex();
    report.ms = performance.now() - started;
    return report;
  }

  private slugTakenBy(slug: string, except: string): string | undefined {
    for (const [path, e] of this.entries) if (path !== except && e.slug === slug) return path;
    return undefined;
  }

  manifest(): Manifest {
    const errors = this.currentErrors();
    return {
      version: MANIFEST_VERSION,
      generatedAt: new Date().toISOString(),
      articles: [...this.entries.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, e]) => e),
      ...(errors.length ? { errors: errors.map((e) => ({ file: e.file, line: e.line, column: e.column, message: e.message })) } : {}),
    };
  }

  /** The article's folder is written aside and swapped in, so a reload never sees half of it. */
  private async swapIn(staging: string, slug: string, tag: string): Promise<void> {
    const target = join(this.out, slug);
    const aside = join(this.out, `.dev-old-${tag}`);
    const had = await rename(target, aside).then(() => true, () => false);
    await rename(join(staging, slug), target);
    await mkdir(join(this.out, 'articles'), { recursive: true });
    await rename(join(staging, detailPath(slug)), join(this.out, detailPath(slug)));
    if (had) await rm(aside, { recursive: true, force: true });
  }

  private async removeOutput(slug: string): Promise<void> {
    await rm(join(this.out, slug), { recursive: true, force: true });
    await rm(join(this.out, detailPath(slug)), { force: true });
  }

  private serialised(entry: IndexEntry): string {
    let json = this.entryJson.get(entry);
    if (json === undefined) this.entryJson.set(entry, (json = JSON.stringify(entry)));
    return json;
  }

  private async writeIndex(): Promise<void> {
    const manifest = this.manifest();
    this.state.errors = manifest.errors ?? [];
    const files = [
      ...indexFiles(manifest),
      { path: 'manifest.json', content: manifestJson(manifest, (a) => this.serialised(a)) },
      { path: STATE_PATH, content: JSON.stringify(this.state) },
    ];
    await mkdir(join(this.out, '.kepu'), { recursive: true });
    await Promise.all(files.map(async (f) => {
      const tmp = join(this.out, `${f.path}.tmp-${process.pid}`);
      await writeFile(tmp, f.content);
      await rename(tmp, join(this.out, f.path));
    }));
  }
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isFile(), () => false);
}
