/**
 * Channel attribution (渠道追踪): every outgoing link and QR code carries utm_* parameters so the
 * hospital's site analytics can tell which platform and which variant brought a reader.
 */
import type { ArticleModel } from '../model/types.ts';
import type { PlatformId, Variant, VariantKind } from '../manifest.ts';
import type { Theme } from '../theme.ts';

export interface Attribution {
  source: PlatformId;
  medium: VariantKind;
  campaign: string;
  content: string;
}

/** `url` with utm_source/medium/campaign/content set; non-http(s) URLs (anchors, mailto) unchanged. */
export function tagUrl(url: string, a: Attribution): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return url;
  u.searchParams.set('utm_source', a.source);
  u.searchParams.set('utm_medium', a.medium);
  u.searchParams.set('utm_campaign', a.campaign);
  u.searchParams.set('utm_content', a.content);
  return u.toString();
}

export function attributionOf(model: ArticleModel, variant: Pick<Variant, 'platform' | 'kind' | 'id'>): Attribution {
  return { source: variant.platform, medium: variant.kind, campaign: model.frontMatter.campaign ?? model.slug, content: variant.id };
}

/** The article's page on the hospital site: front matter `url`, else the theme's base URL + slug. */
export function canonicalUrl(model: ArticleModel, theme: Theme): string {
  if (model.frontMatter.url) return model.frontMatter.url;
  const base = (theme.site?.baseUrl ?? 'https://www.example-hospital.cn/kepu').replace(/\/+$/, '');
  return `${base}/${model.slug}`;
}
