/**
 * The renderer registry: one entry per variant kind. A platform's `kinds` (registry data)
 * picks which of these run for it.
 */
import type { VariantKind } from '../manifest.ts';
import { articleRenderer } from './article.ts';
import { carouselRenderer } from './carousel.ts';
import { liveOutlineRenderer } from './live-outline.ts';
import type { Renderer } from './types.ts';
import { videoScriptRenderer } from './video-script.ts';

export const RENDERERS: Record<VariantKind, Renderer> = {
  article: articleRenderer,
  'video-script': videoScriptRenderer,
  carousel: carouselRenderer,
  'live-outline': liveOutlineRenderer,
};
