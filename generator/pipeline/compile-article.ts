/**
 * One article, start to end in memory: load → model → images → render → media → check. The
 * result is everything its output needs; nothing here writes.
 */
import { loadArticleFile } from '../load/load-article.ts';
import { buildModel } from '../model/build-model.ts';
import type { ArticleModel } from '../model/types.ts';
import { PLATFORMS, PLATFORM_IDS } from '../platforms/registry.ts';
import { RENDERERS } from '../render/index.ts';
import { withAlternatives } from '../render/alternatives.ts';
import { withChannels } from '../render/channel.ts';
import { withoutDiversion } from '../platforms/diversion.ts';
import type { OutputFile, Rendered } from '../render/types.ts';
import type { Theme } from '../theme.ts';
import { checkArticle } from '../compliance/check.ts';
import { prepareImages } from '../images/article-images.ts';
import { renderMedia } from '../images/media.ts';
import { checkBodyImages } from '../render/body-images.ts';
import type { RenderCache } from '../images/cache.ts';
import type { ManifestArticle, PlatformId } from '../manifest.ts';
import { displayPath } from './display-path.ts';

export interface CompiledArticle {
  entry: ManifestArticle;
  model: ArticleModel;
  files: OutputFile[];
}

export interface CompileOptions {
  images: boolean;
  cache?: RenderCache;
  onMediaProgress?: (done: number, total: number, slug: string) => void;
  /** The file's bytes when the caller has read them already. */
  bytes?: Buffer;
}

// Kept here too for its importers; it lives apart so a build's cheap first pass loads no compiler.
export { displayPath };

export async function compileArticle(path: string, theme: Theme, opts: CompileOptions): Promise<CompiledArticle> {
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
  for (const r of rendered) checkBodyImages(r.variant, images.files);
  const checked = checkArticle(model, rendered.map((r) => r.variant));
  const fm = model.frontMatter;
  const entry: ManifestArticle = {
    slug: model.slug,
    title: model.title,
    source: file,
    summary: model.summary,
    department: fm.department ?? fm.author?.department,
    ...(fm.date ? { date: String(fm.date).slice(0, 10) } : {}),
    author: fm.author,
    audience: fm.audience,
    tags: fm.tags,
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

/**
 * Each platform's renderers, then the A/B arms as copies of what they rendered, then no diverting
 * sentence where the platform bans diversion (小红书), then every variant's channel code.
 */
export function renderVariants(model: ArticleModel, theme: Theme, assetPath: (src: string) => string | undefined): Rendered[] {
  const rendered = platformsOf(model).flatMap((id) => {
    const rule = PLATFORMS[id];
    return rule.kinds.flatMap((kind) => RENDERERS[kind].render(model, rule, { theme, assetPath }));
  });
  return withChannels(withoutDiversion(withAlternatives(model, rendered)), theme);
}
