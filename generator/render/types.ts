/**
 * The one interface every variant renderer implements. A renderer is a small object, like a
 * Vite plugin: its kind and a pure `render` from the model and one platform's rule to variants.
 */
import type { Variant, VariantKind } from '../manifest.ts';
import type { ArticleModel } from '../model/types.ts';
import type { PlatformRule } from '../platforms/registry.ts';
import type { Theme } from '../theme.ts';

export interface OutputFile {
  /** Path relative to OUT. */
  path: string;
  content: string | Uint8Array;
}

export interface Rendered {
  variant: Variant;
  files: OutputFile[];
}

export interface RenderContext {
  theme: Theme;
  /** OUT-relative path of an article image (as written in Markdown), once it is copied. */
  assetPath(src: string): string | undefined;
}

export interface Renderer {
  kind: VariantKind;
  render(model: ArticleModel, rule: PlatformRule, ctx: RenderContext): Rendered[];
}

/** `<slug>.<platform>.<kind>[.<seconds>s]` — stable across builds so the extension can remember it. */
export function variantId(slug: string, platform: string, kind: VariantKind, seconds?: number): string {
  return [slug, platform, kind, seconds === undefined ? undefined : `${seconds}s`].filter(Boolean).join('.');
}

/** Where a variant's files go: one folder per article. */
export function variantFile(slug: string, id: string, ext: string): string {
  return `${slug}/${id.slice(slug.length + 1)}.${ext}`;
}
