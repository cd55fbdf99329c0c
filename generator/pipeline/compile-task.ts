/**
 * One unit of a build's work: read an article, compile it, and write its output straight into
 * the staged site. Only the index entry and a little bookkeeping come back, so neither the main
 * thread nor a worker ever holds more than the article in hand.
 */
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { articleKey, sourceHash, type ArticleState, type KeyParts } from '../build-state.ts';
import { localImagePath } from '../images/article-images.ts';
import { RenderCache } from '../images/cache.ts';
import { toSourceError, type PlainSourceError } from '../load/errors.ts';
import { frontMatterKeyPoint } from '../load/front-matter-position.ts';
import { detailPath, type IndexEntry, type SourcePoint } from '../manifest.ts';
import { loadTheme, type Theme } from '../theme.ts';
import { writeFilesSync } from '../write.ts';
import { articleOutput } from './article-output.ts';
import { compileArticle, displayPath } from './compile-article.ts';
import { mark } from './timeline.ts';

export type { KeyParts } from '../build-state.ts';

/** Shared by every task of a build; plain data, so it can be a worker's `workerData`. */
export interface TaskContext {
  /** The staged site's folder. */
  staging: string;
  images: boolean;
  cacheDir?: string;
  /** Set when the build records incremental state. */
  keyParts?: KeyParts;
}

export interface Task { id: number; path: string }

export type TaskResult =
  | {
    id: number; path: string; file: string; ok: true;
    entry: IndexEntry;
    /** Milliseconds spent compiling (load to page) and writing, for the bench. */
    ms: { compile: number; write: number };
    /** Another article had already claimed the slug: this output waits in `contestedDir`. */
    contested: boolean;
    state?: ArticleState;
    /** Where the slug is set, for the message if this article loses it. */
    slugAt: SourcePoint;
  }
  | { id: number; path: string; file: string; ok: false; error: PlainSourceError };

export interface TaskEnv {
  theme: Theme;
  /** Folders this thread has made (or claimed) in the staged site it last wrote to. */
  made: { staging: string; dirs: Set<string> };
  cache?: RenderCache;
  onMediaProgress?: (done: number, total: number, slug: string) => void;
}

/** What every thread that runs tasks loads once. */
export async function taskEnv(cacheDir: string | undefined, onMediaProgress?: TaskEnv['onMediaProgress']): Promise<TaskEnv> {
  return { theme: await loadTheme(), made: { staging: '', dirs: new Set() }, ...(cacheDir ? { cache: new RenderCache(cacheDir) } : {}), ...(onMediaProgress ? { onMediaProgress } : {}) };
}

/** Where an article's output waits when its slug was already taken in this build. */
export function contestedDir(staging: string, id: number): string {
  return join(staging, '.contested', String(id));
}

export async function runTask(task: Task, ctx: TaskContext, env: TaskEnv): Promise<TaskResult> {
  const { id, path } = task;
  const file = displayPath(path);
  let claimed: string | undefined;
  try {
    // Unreadable files are left to the loader, which says why in the editor's terms.
    const started = performance.now();
    mark('task start');
    // Stat before reading: a save in between leaves an older mtime, which only costs a re-hash.
    // Synchronous: a task's thread has nothing else to do meanwhile, and each promise-based
    // call is a round trip through libuv's thread pool.
    const info = attempt(() => statSync(path));
    const bytes = attempt(() => readFileSync(path));
    const c = await compileArticle(path, env.theme, { images: ctx.images, cache: env.cache, onMediaProgress: env.onMediaProgress, bytes });
    const out = articleOutput(c);
    const compiled = performance.now();
    mark('task compiled');
    const slug = c.entry.slug;
    // mkdir without `recursive` fails when the folder exists: the first article to a slug owns it.
    const contested = !attempt(() => { mkdirSync(join(ctx.staging, slug)); return true; });
    const root = contested ? contestedDir(ctx.staging, id) : ctx.staging;
    if (env.made.staging !== ctx.staging) env.made = { staging: ctx.staging, dirs: new Set() };
    if (!contested) {
      claimed = slug;
      env.made.dirs.add(join(ctx.staging, slug));
    }
    writeFilesSync(root, out.files, env.made.dirs);
    const ms = { compile: compiled - started, write: performance.now() - compiled };
    mark('task end');
    let state: ArticleState | undefined;
    if (ctx.keyParts && bytes) {
      const deps = [c.model.frontMatter.cover, ...c.model.images.map((i) => i.src)].flatMap((s) => (s && localImagePath(path, s)) || []);
      const source = sourceHash(bytes);
      state = { key: await articleKey(file, source, deps, ctx.keyParts), slug, deps, source, ...(info ? { size: info.size, mtimeMs: info.mtimeMs } : {}) };
    }
    return { id, path, file, ok: true, entry: out.entry, ms, contested, ...(state ? { state } : {}), slugAt: frontMatterKeyPoint(c.model.source, 'slug') };
  } catch (err) {
    if (claimed) {
      await rm(join(ctx.staging, claimed), { recursive: true, force: true });
      await rm(join(ctx.staging, detailPath(claimed)), { force: true });
    }
    return { id, path, file, ok: false, error: toSourceError(err, file).toPlain() };
  }
}

/** The value, or undefined when it throws. */
function attempt<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}
