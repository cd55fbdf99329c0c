/**
 * The dev server's site: one full build at start, then each saved article is compiled alone and
 * only its folder, the index and manifest.json are rewritten. An article that fails keeps its
 * last good output; its error is remembered until the next good save.
 */
import { rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build, compileArticle, displayPath, listArticles, type CompiledArticle } from '../../build.ts';
import { defaultCacheDir, RenderCache } from '../../images/cache.ts';
import { SourceError, toSourceError } from '../../load/errors.ts';
import { MANIFEST_VERSION, type Manifest } from '../../manifest.ts';
import { loadTheme, type Theme } from '../../theme.ts';
import { manifestJson, writeFiles } from '../../write.ts';
import { articleSiteFiles, indexFiles } from '../render-site.tsx';

export interface SiteOptions {
  contentDir: string;
  outDir: string;
  images: boolean;
  cacheDir?: string;
}

export interface RebuildReport {
  built: string[];
  removed: string[];
  failed: SourceError[];
  ms: number;
}

export class IncrementalSite {
  private readonly articles = new Map<string, CompiledArticle>();
  private readonly errors = new Map<string, SourceError>();
  private theme!: Theme;
  private cache!: RenderCache;
  private stamp = 0;
  /** Serialised manifest entries: a save re-serialises only the article it changed. */
  private readonly entryJson = new WeakMap<object, string>();

  constructor(readonly opts: SiteOptions) {}

  /** The full build the server starts from. */
  async start(): Promise<RebuildReport> {
    const started = performance.now();
    const out = resolve(this.opts.outDir);
    this.theme = await loadTheme();
    this.cache = new RenderCache(this.opts.cacheDir ?? defaultCacheDir(out));
    // Every article compiled (not reused): the server keeps each one in memory from here on.
    const result = await build({ contentDir: this.opts.contentDir, outDir: out, images: this.opts.images, cacheDir: this.opts.cacheDir, incremental: false });
    const paths = await listArticles(this.opts.contentDir);
    for (const path of paths) {
      const file = displayPath(path);
      const c = result.compiled.find((x) => x.entry.source === file);
      if (c) this.articles.set(path, c);
      const e = result.errors.find((x) => x.file === file);
      if (e) this.errors.set(path, e);
    }
    return { built: result.compiled.map((c) => c.entry.source), removed: [], failed: result.errors, ms: performance.now() - started };
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
    const known = [...this.articles.keys(), ...this.errors.keys()];
    const all = [...new Set([...paths, ...known])];
    const present = (await Promise.all(all.map(async (p) => ({ p, exists: await isFile(p) }))))
      .filter((x) => !x.exists || paths.includes(x.p));
    for (const { p } of present.filter((x) => !x.exists)) {
      const old = this.articles.get(p);
      this.articles.delete(p);
      this.errors.delete(p);
      if (old && !this.slugTakenBy(old.entry.slug, p)) await rm(join(this.opts.outDir, old.entry.slug), { recursive: true, force: true });
      if (old) report.removed.push(displayPath(p));
    }
    for (const { p } of present.filter((x) => x.exists)) {
      try {
        const c = await compileArticle(p, this.theme, { images: this.opts.images, cache: this.cache });
        const other = this.slugTakenBy(c.entry.slug, p);
        if (other) {
          throw new SourceError({
            file: c.entry.source, line: 1, column: 1, code: 'slug.duplicate',
            message: `slug “${c.entry.slug}” 与 ${displayPath(other)} 重复，请在 front matter 中改用不同的 slug / duplicate slug`,
          });
        }
        const old = this.articles.get(p);
        await this.replaceArticle(c, old?.entry.slug);
        this.articles.set(p, c);
        this.errors.delete(p);
        report.built.push(c.entry.source);
      } catch (err) {
        const e = toSourceError(err, displayPath(p));
        this.errors.set(p, e);
        report.failed.push(e);
      }
    }
    await this.writeIndex();
    report.ms = performance.now() - started;
    return report;
  }

  private slugTakenBy(slug: string, except: string): string | undefined {
    for (const [path, c] of this.articles) if (path !== except && c.entry.slug === slug) return path;
    return undefined;
  }

  manifest(): Manifest {
    const errors = this.currentErrors();
    return {
      version: MANIFEST_VERSION,
      generatedAt: new Date().toISOString(),
      articles: [...this.articles.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, c]) => c.entry),
      ...(errors.length ? { errors: errors.map((e) => ({ file: e.file, line: e.line, column: e.column, message: e.message })) } : {}),
    };
  }

  /** The article's folder is written aside and swapped in, so a reload never sees half of it. */
  private async replaceArticle(c: CompiledArticle, oldSlug: string | undefined): Promise<void> {
    const out = resolve(this.opts.outDir);
    const tag = `${process.pid}-${++this.stamp}`;
    const tmp = join(out, `.dev-tmp-${tag}`);
    const files = [...c.files, ...articleSiteFiles(c)];
    await writeFiles(tmp, files);
    const target = join(out, c.entry.slug);
    const aside = join(out, `.dev-old-${tag}`);
    const had = await rename(target, aside).then(() => true, () => false);
    await rename(join(tmp, c.entry.slug), target);
    await Promise.all([
      rm(tmp, { recursive: true, force: true }),
      had ? rm(aside, { recursive: true, force: true }) : undefined,
      oldSlug && oldSlug !== c.entry.slug ? rm(join(out, oldSlug), { recursive: true, force: true }) : undefined,
    ]);
  }

  private serialised(entry: Manifest['articles'][number]): string {
    let json = this.entryJson.get(entry);
    if (json === undefined) this.entryJson.set(entry, (json = JSON.stringify(entry)));
    return json;
  }

  private async writeIndex(): Promise<void> {
    const out = resolve(this.opts.outDir);
    const manifest = this.manifest();
    for (const f of [...indexFiles(manifest), { path: 'manifest.json', content: manifestJson(manifest, (a) => this.serialised(a)) }]) {
      const tmp = join(out, `.${f.path}.tmp-${process.pid}`);
      await writeFile(tmp, f.content);
      await rename(tmp, join(out, f.path));
    }
  }
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isFile(), () => false);
}
