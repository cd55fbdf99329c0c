/**
 * A build's cheap first pass: which articles' output from the last build still holds. It loads
 * nothing of the compiler, so `kepu build` on an unchanged archive costs a stat per source file
 * and one listing of OUT, and the compiler is loaded only once something needs compiling.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { keyParts, readState, stateHolds, type ArticleState, type BuildState, type DepStats, type KeyParts } from '../build-state.ts';
import { displayPath } from './display-path.ts';

export interface ReuseCheck {
  /** The content folder's articles, sorted. */
  paths: string[];
  parts: KeyParts;
  /** The last build's state, when this generator, with these options, made it. */
  prior?: BuildState;
  /** By display path: articles whose recorded key still holds and whose folder is in OUT. */
  reusable: Map<string, ArticleState>;
  /** Nothing changed: OUT already is this build's output. */
  unchanged: boolean;
}

/** Markdown files directly in the content folder, sorted for stable output. */
export async function listArticles(contentDir: string): Promise<string[]> {
  const entries = await readdir(contentDir, { withFileTypes: true });
  return entries
    .filter((e) => (e.isFile() || e.isSymbolicLink()) && e.name.endsWith('.md') && !e.name.startsWith('.'))
    .map((e) => join(contentDir, e.name))
    .sort();
}

export async function checkReuse(opts: { contentDir: string; out: string; images: boolean; incremental: boolean }): Promise<ReuseCheck> {
  const [paths, parts, previous] = await Promise.all([
    listArticles(opts.contentDir),
    keyParts(opts.images),
    opts.incremental ? readState(opts.out) : undefined,
  ]);
  const prior = previous?.stamp === parts.stamp ? previous : undefined;
  const reusable = new Map<string, ArticleState>();
  if (prior) {
    // One listing of OUT instead of a stat per article folder.
    const folders = new Set((await readdir(opts.out, { withFileTypes: true }).catch(() => [])).filter((e) => e.isDirectory()).map((e) => e.name));
    const stats: DepStats = new Map();
    for (const path of paths) {
      const file = displayPath(path);
      const old = prior.articles[file];
      if (old && folders.has(old.slug) && stateHolds(path, file, old, parts, stats)) reusable.set(file, old);
    }
  }
  const unchanged = !!prior && prior.errors.length === 0 && reusable.size === paths.length && Object.keys(prior.articles).length === paths.length;
  return { paths, parts, ...(prior ? { prior } : {}), reusable, unchanged };
}
