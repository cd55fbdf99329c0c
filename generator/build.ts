/**
 * The pipeline, start to end: load → model → check → render → write.
 * Each article is compiled on its own; one bad article becomes an error entry and never stops
 * the others. Output goes to a temporary folder that replaces OUT only when complete.
 */
import { readdir } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { loadArticleFile } from './load/load-article.ts';
import { SourceError, toSourceError } from './load/errors.ts';
import { buildModel } from './model/build-model.ts';
import type { ArticleModel } from './model/types.ts';
import { PLATFORMS, PLATFORM_IDS } from './platforms/registry.ts';
import { RENDERERS } from './render/index.ts';
import type { OutputFile, Rendered } from './render/types.ts';
import { loadTheme, type Theme } from './theme.ts';
import { checkArticle } from './compliance/check.ts';
import { prepareImages } from './images/article-images.ts';
import { renderMedia } from './images/media.ts';
import { RenderCache } from './images/cache.ts';
import { writeSiteAtomically } from './write.ts';
import { renderSite } from './site/render-site.tsx';
import { MANIFEST_VERSION, type Manifest, type ManifestArticle, type PlatformId } from './manifest.ts';

export interface BuildOptions {
  contentDir: string;
  outDir: string;
  /** Process images (article images, slides). Off for fast text-only builds. */
  images?: boolean;
  /** Render cache folder; default `.kepu-cache/images` beside OUT. */
  cacheDir?: string;
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
  compiled: CompiledArticle[];
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
  opts: { images: boolean; cache?: RenderCache; onMediaProgress?: BuildOptions['onMediaProgress'] },
): Promise<CompiledArticle> {
  const file = displayPath(path);
  const loaded = await loadArticleFile(path, file);
  const model = buildModel(loaded);
  const images = await prepareImages(model, path, { process: opts.images });
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
  const theme = await loadTheme();
  const paths = await listArticles(opts.contentDir);
  const compiled: CompiledArticle[] = [];
  const errors: SourceError[] = [];
  const bySlug = new Map<string, string>();
  const cache = new RenderCache(opts.cacheDir ?? join(dirname(resolve(opts.outDir)), '.kepu-cache', 'images'));
  let done = 0;
  for (const path of paths) {
    try {
      const c = await compileArticle(path, theme, { images: opts.images ?? true, cache, onMediaProgress: opts.onMediaProgress });
      const other = bySlug.get(c.entry.slug);
      if (other) {
        throw new SourceError({
          file: c.entry.source, line: 1, column: 1, code: 'slug.duplicate',
          message: `slug “${c.entry.slug}” 与 ${other} 重复，请在 front matter 中改用不同的 slug / duplicate slug`,
        });
      }
      bySlug.set(c.entry.slug, c.entry.source);
      compiled.push(c);
    } catch (err) {
      errors.push(toSourceError(err, displayPath(path)));
    }
    opts.onProgress?.(++done, paths.length, displayPath(path));
  }
  const manifest: Manifest = {
    version: MANIFEST_VERSION,
    generatedAt: new Date().toISOString(),
    articles: compiled.map((c) => c.entry),
    ...(errors.length > 0 ? { errors: errors.map((e) => ({ file: e.file, line: e.line, column: e.column, message: e.message })) } : {}),
  };
  const siteFiles = await renderSite(manifest, compiled);
  await writeSiteAtomically(opts.outDir, manifest, [...compiled.flatMap((c) => c.files), ...siteFiles]);
  return { manifest, errors, compiled };
}
