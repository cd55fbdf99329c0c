/**
 * Updates a built site in place, one article at a time: each article's output is compiled
 * aside and swapped in by rename (so a reader never sees half of it), then the index, the
 * index page and the state are replaced. Only index entries are held. The dev server does
 * this on every save, and `kepu build` does it when only a few articles changed, so one edit
 * in a 10,000-article archive rewrites one folder and the index, not the archive.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { STATE_PATH, type BuildState } from '../build-state.ts';
import { SourceError } from '../load/errors.ts';
import { detailPath, MANIFEST_VERSION, type IndexEntry, type Manifest } from '../manifest.ts';
import { indexFiles } from '../site/render-site.tsx';
import { readIndexFile } from '../read-site.ts';
import { staleDetail, staleEntry } from './stale.ts';
import { displayPath } from './compile-article.ts';
import { IndexBuffer } from './index-buffer.ts';
import { StateBuffer } from './state-buffer.ts';
import { runTask, type KeyParts, type TaskEnv } from './compile-task.ts';
import { replaceFile } from '../write.ts';

export interface RebuildReport {
  built: string[];
  removed: string[];
  failed: SourceError[];
  ms: number;
}

export class SiteUpdater {
  private stamp = 0;
  /** The index's entries as bytes: a save splices in only the article it changed. */
  private readonly index = new IndexBuffer();
  /** Entries changed since the index bytes were last brought up to date. */
  private readonly dirty = new Set<string>();
  /** The state's records as bytes, spliced the same way. */
  private readonly stateBytes: StateBuffer;
  /**
   * The entries' keys in index order (code units). Sorted again only when an article comes or
   * goes: a plain save keeps the order, and sorting 10,000 paths on every save is most of one.
   */
  private order: string[] = [];
  private orderStale = true;

  private constructor(
    readonly out: string,
    private readonly images: boolean,
    private readonly env: TaskEnv,
    private readonly keyParts: KeyParts,
    /** By absolute source path, in no particular order. */
    readonly entries: Map<string, IndexEntry>,
    readonly errors: Map<string, SourceError>,
    private readonly state: BuildState,
  ) {
    this.stateBytes = new StateBuffer(state);
  }

  /**
   * Picks up a built site. `paths` are the content folder's current articles: entries and
   * errors of files no longer among them are kept so `rebuild` can remove their output.
   */
  static async open(outDir: string, paths: string[], opts: { images: boolean; env: TaskEnv; keyParts: KeyParts; index?: Manifest; state?: BuildState }): Promise<SiteUpdater> {
    const out = resolve(outDir);
    // The files' bytes are kept: the first save splices into them instead of re-serialising all.
    const [file, stateFile] = await Promise.all([readIndexFile(out), readFile(join(out, STATE_PATH)).catch(() => undefined)]);
    const index = opts.index ?? file?.index;
    if (!index) throw new Error(`${join(out, 'manifest.json')} 不存在或不是第 ${MANIFEST_VERSION} 版`);
    const state = opts.state ?? parseState(stateFile) ?? { stamp: opts.keyParts.stamp, articles: {}, errors: [] };
    const pathOf = new Map(paths.map((p) => [displayPath(p), p]));
    const keyed = index.articles.map((e) => [pathOf.get(e.source) ?? resolve(e.source), e] as const);
    const entries = new Map(keyed);
    const errors = new Map((index.errors ?? []).map((e) => [pathOf.get(e.file) ?? resolve(e.file), new SourceError({ ...e, code: 'build' })]));
    const updater = new SiteUpdater(out, opts.images, opts.env, opts.keyParts, entries, errors, state);
    updater.hasMetrics = existsSync(join(out, 'metrics/index.html'));
    const keys = keyed.map(([key]) => key);
    if (entries.size === keys.length && keys.every((k, i) => i === 0 || keys[i - 1]! < k)) {
      updater.order = keys;
      updater.orderStale = false;
      if (file) updater.index.adopt(file.bytes, keys);
    }
    if (stateFile) updater.stateBytes.adopt(stateFile);
    return updater;
  }

  currentErrors(): SourceError[] {
    return [...this.errors.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, e]) => e);
  }

  /** Rebuild the given article files; files that are gone are removed first, so a rename is a move. */
  async rebuild(paths: string[]): Promise<RebuildReport> {
    const started = performance.now();
    const report: RebuildReport = { built: [], removed: [], failed: [], ms: 0 };
    // A rename may be reported under the new name only: when a saved path is new or gone, every
    // known article whose file is gone goes too. A plain save of a known file needs no such scan
    // (at 10,000 articles it would be most of the save's time).
    const asked = await Promise.all(paths.map(async (p) => ({ p, exists: await isFile(p) })));
    const plainSave = asked.every((x) => x.exists && (this.entries.has(x.p) || this.errors.has(x.p)));
    const known = plainSave ? [] : [...this.entries.keys(), ...this.errors.keys()].filter((p) => !paths.includes(p));
    const present = [...asked, ...(await Promise.all(known.map(async (p) => ({ p, exists: await isFile(p) })))).filter((x) => !x.exists)];
    for (const { p } of present.filter((x) => !x.exists)) {
      const old = this.entries.get(p);
      if (this.entries.delete(p)) this.orderStale = true;
      this.errors.delete(p);
      this.stateBytes.delete(displayPath(p));
      if (old && !this.slugTakenBy(old.slug, p)) await this.removeOutput(old.slug);
      if (old) report.removed.push(displayPath(p));
    }
    for (const { p } of present.filter((x) => x.exists)) {
      const tag = `${process.pid}-${++this.stamp}`;
      const staging = join(this.out, `.dev-tmp-${tag}`);
      await mkdir(staging, { recursive: true });
      try {
        const r = await runTask({ id: 0, path: p }, { staging, images: this.images, keyParts: this.keyParts }, this.env);
        if (!r.ok) throw new SourceError(r.error);
        const other = this.slugTakenBy(r.entry.slug, p);
        if (other) {
          throw new SourceError({
            file: r.file, ...r.slugAt, code: 'slug.duplicate',
            message: `slug “${r.entry.slug}” 已被 ${displayPath(other)} 使用，请在 front matter 中改用不同的 slug / duplicate slug`,
          });
        }
        const old = this.entries.get(p);
        await this.swapIn(staging, r.entry.slug, tag);
        if (old && old.slug !== r.entry.slug) await this.removeOutput(old.slug);
        if (!this.entries.has(p)) this.orderStale = true;
        this.entries.set(p, r.entry);
        this.dirty.add(p);
        if (r.state) this.stateBytes.set(r.file, r.state);
        this.errors.delete(p);
        report.built.push(r.file);
      } catch (err) {
        const e = err instanceof SourceError ? err : new SourceError({ file: displayPath(p), line: 1, column: 1, code: 'internal', message: String(err) });
        this.errors.set(p, e);
        // Until it builds again, the next `kepu build` must not reuse this article's old output.
        this.stateBytes.delete(displayPath(p));
        await this.markStale(p, e);
        report.failed.push(e);
      } finally {
        await rm(staging, { recursive: true, force: true });
      }
    }
    await this.writeIndex();
    report.ms = performance.now() - started;
    return report;
  }

  manifest(): Manifest {
    return { ...this.head(), articles: this.ordered().map((key) => this.entries.get(key)!) };
  }

  /** The entries' keys in the build's order (code units, not locale order: the same list either way, and fast at 10,000). */
  private ordered(): string[] {
    if (this.orderStale) {
      this.order = [...this.entries.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      this.orderStale = false;
    }
    return this.order;
  }

  private head(): Omit<Manifest, 'articles'> {
    const errors = this.currentErrors();
    return {
      version: MANIFEST_VERSION,
      generatedAt: new Date().toISOString(),
      ...(errors.length ? { errors: errors.map((e) => ({ file: e.file, line: e.line, column: e.column, message: e.message })) } : {}),
    };
  }

  private slugTakenBy(slug: string, except: string): string | undefined {
    for (const [path, e] of this.entries) if (path !== except && e.slug === slug) return path;
    return undefined;
  }

  /** A built article whose latest text fails keeps its output, marked stale and blocked. */
  private async markStale(path: string, error: SourceError): Promise<void> {
    const last = this.entries.get(path);
    if (!last) return;
    this.entries.set(path, staleEntry(last, error));
    this.dirty.add(path);
    const file = join(this.out, detailPath(last.slug));
    const text = await readFile(file, 'utf8').catch(() => undefined);
    if (text) await replaceFile(file, staleDetail(text, error));
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

  /** The metrics dashboard, when there are metrics; the index page then links it. */
  async writeMetrics(files: { path: string; content: string | Uint8Array }[]): Promise<void> {
    if (files.length === 0) return;
    this.hasMetrics = true;
    for (const f of files) await replaceFile(join(this.out, f.path), f.content);
    await this.writeIndex();
  }

  private hasMetrics = false;

  private async writeIndex(): Promise<void> {
    const order = this.ordered();
    const head = this.head();
    const manifest: Manifest = { ...head, articles: order.map((key) => this.entries.get(key)!) };
    this.state.errors = manifest.errors ?? [];
    if (this.index.holds(order)) {
      for (const key of this.dirty) if (this.entries.has(key)) this.index.replace(key, this.entries.get(key)!);
    } else {
      this.index.reset(order.map((key) => [key, this.entries.get(key)!]));
    }
    this.dirty.clear();
    await mkdir(join(this.out, '.kepu'), { recursive: true });
    await Promise.all([
      ...indexFiles(manifest, this.hasMetrics),
      { path: 'manifest.json', content: this.index.chunks(head) },
      { path: STATE_PATH, content: this.stateBytes.chunks() },
    ].map((f) => replaceFile(join(this.out, f.path), f.content)));
  }
}

function parseState(bytes: Buffer | undefined): BuildState | undefined {
  try {
    return bytes ? (JSON.parse(bytes.toString('utf8')) as BuildState) : undefined;
  } catch {
    return undefined;
  }
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isFile(), () => false);
}
