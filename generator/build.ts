/**
 * The pipeline, start to end: load → model → check → render → write.
 * Each article is compiled on its own; one bad article becomes an error entry and never stops
 * the others. Output goes to a temporary folder that replaces OUT only when complete.
 */
import { readFileSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { loadArticleFile } from './load/load-article.ts';
import { SourceError, toSourceError } from './load/errors.ts';
import { buildModel } from './model/build-model.ts';
import type { ArticleModel } from './model/types.ts';
import { PLATFORMS, PLATFORM_IDS } from './platforms/registry.ts';
import { RENDERERS } from './render/index.ts';
import type { OutputFile, Rendered } from './render/types.ts';
import { loadTheme, type Theme } from './theme.ts';
import { checkArticle } from './compliance/check.ts';
import { localImagePath, prepareImages } from './images/article-images.ts';
import { renderMedia } from './images/media.ts';
import { defaultCacheDir, RenderCache } from './images/cache.ts';
import { removeStaleTemps, writeSiteAtomically } from './write.ts';
import { renderSite } from './site/render-site.tsx';
import { slugLosers, type SlugClaim } from './slug-owners.ts';
import { frontMatterKeyPoint } from './load/front-matter-position.ts';
import { articleKey, generatorStamp, readState, STATE_PATH, type ArticleState, type BuildState } from './build-state.ts';
import { MANIFEST_VERSION, type Manifest, type ManifestArticle, type PlatformId } from './manifest.ts';

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
  /** Slides, covers and crops done for the article being compiled (long builds print this). */
  onMediaProgress?: (done: number, total: number, slug: string) => void;
  onProgress?: (done: number, total: number, file: string) => void;
}

export interface CompiledArticle {
  entry: ManifestArticle;
  model: ArticleModel;
  files: OutputFile[];
}

export interface BuildResult {
  manifest: Manifest;
  errors: SourceError[];
  /** Articles compiled in this build (unchanged ones are reused, not compiled). */
  compiled: CompiledArticle[];
  /** How many articles kept their previous output. */
  reused: number;
  /** True when nothing changed and OUT was left as it was. */
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

/** Display path used in every message: relative to the working directory, `/`-separated. */
export function displayPath(path: string): string {
  return relative(process.cwd(), path).split('\\').join('/') || path;
}

export async function compileArticle(
  path: string, theme: Theme,
  opts: { images: boolean; cache?: RenderCache; onMediaProgress?: BuildOptions['onMediaProgress']; bytes?: Buffer },
): Promise<CompiledArticle> {
  const file = displayPath(path);
  const loaded = await loadArticleFile(path, file, opts.bytes);
  const model = buildModel(loaded);
  const images = await prepareImages(model, path, { process: opts.images });
  model.media = images.media;
  const rendered = renderVariants(model, theme, images.assetPath);
  const media = await renderMedia(model, rendered, theme, {
    images: opts.images, cache: opts.cache, assets: images,
    onProgress: opts.onMediaProgress && ((done, total) => opts.onMediaProgress!(done, total, model.slug)),
  });
  const checked = checkArticle(model, rendered.map((r) => r.variant));
  const entry: ManifestArticle = {
    slug: model.slug,
    title: model.title,
    source: file,
    summary: model.summary,
    department: model.frontMatter.department ?? model.frontMatter.author?.department,
    author: model.frontMatter.author,
    audience: model.frontMatter.audience,
    tags: model.frontMatter.tags,
    platforms: platformsOf(model),
    ...checked.review,
    findings: checked.findings,
    variants: rendered.map((r) => r.variant),
  };
  return { entry, model, files: [...images.files, ...rendered.flatMap((r) => r.files), ...media.files] };
}

export function platformsOf(model: ArticleModel): PlatformId[] {
  return model.frontMatter.platforms ?? [...PLATFORM_IDS];
}

export function renderVariants(model: ArticleModel, theme: Theme, assetPath: (src: string) => string | undefined): Rendered[] {
  return platformsOf(model).flatMap((id) => {
    const rule = PLATFORMS[id];
    return rule.kinds.flatMap((kind) => RENDERERS[kind].render(model, rule, { theme, assetPath }));
  });
}

export async function build(opts: BuildOptions): Promise<BuildResult> {
  const out = resolve(opts.outDir);
  const useCache = opts.cache !== false;
  const incremental = useCache && opts.incremental !== false;
  const images = opts.images ?? true;
  await removeStaleTemps(out);
  const theme = await loadTheme();
  const paths = await listArticles(opts.contentDir);
  const compiled: CompiledArticle[] = [];
  const reused: ArticleState[] = [];
  const entries: ManifestArticle[] = [];
  const errors: SourceError[] = [];
  const cache = useCache ? new RenderCache(opts.cacheDir ?? defaultCacheDir(out)) : undefined;
  const keyParts = { stamp: await generatorStamp(), images, day: new Date().toISOString().slice(0, 10) };
  const previous = incremental ? await readState(out) : undefined;
  const prior = previous?.stamp === keyParts.stamp ? previous : undefined;
  const state: BuildState = { stamp: keyParts.stamp, articles: {}, errors: [] };
  // Slugs are claimed after every article is read: the older article keeps a contested one.
  const claims: SlugClaim[] = [];
  const claimSlug = (slug: string, file: string, path: string) => { claims.push({ slug, file, path }); };
  // First pass, cheap: which articles still have valid output from the last build?
  const reusable = new Map<string, ArticleState>();
  const sources = new Map<string, Buffer>();
  for (const path of incremental ? paths : []) {
    const file = displayPath(path);
    const bytes = await readFile(path).catch(() => undefined);
    if (!bytes) continue;
    sources.set(path, bytes);
    const old = prior?.articles[file];
    if (old && (await articleKey(file, bytes, old.deps, keyParts)) === old.key && (await isDir(join(out, old.slug)))) reusable.set(file, old);
  }
  // Nothing changed: the site on disk already is this build's output, so it is not even read.
  if (prior && prior.errors.length === 0 && reusable.size === paths.length && Object.keys(prior.articles).length === paths.length) {
    opts.onProgress?.(paths.length, paths.length, '');
    return unchangedResult(out, paths.length);
  }
  const previousEntries = reusable.size > 0 ? await readEntries(out) : new Map<string, ManifestArticle>();
  /** Folders carried from the last build for articles whose latest text failed. */
  const carried: string[] = [];
  let allPrevious: Map<string, ManifestArticle> | undefined;
  const lastGood = async (file: string): Promise<ManifestArticle | undefined> => {
    allPrevious ??= previousEntries.size > 0 ? previousEntries : await readEntries(out);
    const entry = [...allPrevious.values()].find((e) => e.source === file);
    return entry && (await isDir(join(out, entry.slug))) ? entry : undefined;
  };

  let done = 0;
  for (const path of paths) {
    const file = displayPath(path);
    try {
      const old = reusable.get(file);
      const oldEntry = old && previousEntries.get(old.slug);
      if (old && oldEntry) {
        claimSlug(old.slug, file, path);
        reused.push(old);
        entries.push(oldEntry);
        state.articles[file] = old;
      } else {
        const bytes = sources.get(path);
        const c = await compileArticle(path, theme, { images, cache, onMediaProgress: opts.onMediaProgress, bytes });
        claimSlug(c.entry.slug, c.entry.source, path);
        compiled.push(c);
        entries.push(c.entry);
        if (bytes) {
          const deps = [c.model.frontMatter.cover, ...c.model.images.map((i) => i.src)].flatMap((s) => (s && localImagePath(path, s)) || []);
          state.articles[file] = { key: await articleKey(file, bytes, deps, keyParts), slug: c.entry.slug, deps };
        }
      }
    } catch (err) {
      const error = toSourceError(err, file);
      errors.push(error);
      // The last good output stays, marked stale and blocked, instead of vanishing.
      const last = await lastGood(file);
      if (last) {
        const reason = `最新修改无法构建（${error.location} ${error.message.split(' / ')[0]}），这里显示的是上次成功构建的稿件`;
        entries.push({
          ...last, status: 'blocked', statusReasons: [reason, ...(last.statusReasons ?? []).filter((r) => !r.startsWith('最新修改无法构建'))],
          stale: { file: error.file, line: error.line, column: error.column, message: error.message },
        });
        carried.push(last.slug);
        claimSlug(last.slug, file, path);
      }
    }
    opts.onProgress?.(++done, paths.length, file);
  }
  const losers = await slugLosers(claims);
  for (const [file, loss] of losers) {
    const claim = claims.find((c) => c.file === file)!;
    const c = compiled.find((x) => x.entry.source === file);
    const source = c?.model.source;
    const at = source ? frontMatterKeyPoint(source, 'slug') : { line: 1, column: 1 };
    errors.push(new SourceError({
      file, ...at, code: 'slug.duplicate', source,
      message: `slug “${claim.slug}” 已被 ${loss.owner} 使用：${loss.reason}。本文未生成，原文章的输出保持不变；请改用不同的 slug / duplicate slug`,
    }));
    // The loser's output and entry go; the owner's stay exactly as they are.
    const drop = (e: ManifestArticle) => !(e.source === file);
    entries.splice(0, entries.length, ...entries.filter(drop));
    compiled.splice(0, compiled.length, ...compiled.filter((x) => x.entry.source !== file));
    reused.splice(0, reused.length, ...reused.filter((r) => !(r.slug === claim.slug && state.articles[file] === r)));
    delete state.articles[file];
  }
  state.errors = errors.map((e) => ({ file: e.file, line: e.line, column: e.column, message: e.message }));
  const manifest: Manifest = {
    version: MANIFEST_VERSION,
    generatedAt: new Date().toISOString(),
    articles: entries,
    ...(errors.length > 0 ? { errors: state.errors } : {}),
  };
  const siteFiles = await renderSite(manifest, compiled);
  // Without incremental reuse no state is written: whoever edits OUT next (the dev server) would
  // otherwise leave a state that no longer describes the files.
  const stateFile = incremental ? [{ path: STATE_PATH, content: JSON.stringify(state) }] : [];
  await writeSiteAtomically(out, manifest, [...compiled.flatMap((c) => c.files), ...siteFiles, ...stateFile], {
    fromDir: out, folders: [...reused.map((r) => r.slug), ...carried],
  });
  return { manifest, errors, compiled, reused: reused.length, unchanged: false };
}

/** The previous build's manifest entries by slug (empty when there is none or it is unreadable). */
async function readEntries(out: string): Promise<Map<string, ManifestArticle>> {
  const text = await readFile(join(out, 'manifest.json'), 'utf8').catch(() => undefined);
  if (!text) return new Map();
  try {
    return new Map((JSON.parse(text) as Manifest).articles.map((a) => [a.slug, a]));
  } catch {
    return new Map();
  }
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

async function isDir(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isDirectory(), () => false);
}
