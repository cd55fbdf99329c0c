/**
 * A built preview site reduced to what metrics read: `manifest.json` and one detail file per
 * article, with the titles each variant was published under.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { indexEntry, MANIFEST_VERSION, type ManifestArticle, type PlatformId, type VariantKind } from '../../generator/manifest.ts';

export interface FixtureArticle {
  slug: string;
  title: string;
  department: string;
  date: string;
  variants: { platform: PlatformId; kind: VariantKind; seconds?: number; title?: string }[];
}

export function article(a: FixtureArticle): ManifestArticle {
  return {
    slug: a.slug, title: a.title, source: `content/${a.slug}.md`, status: 'approved', department: a.department, date: a.date, findings: [],
    variants: a.variants.map((v) => ({
      id: `${a.slug}.${v.platform}.${v.kind}${v.seconds ? `.${v.seconds}s` : ''}`, platform: v.platform, kind: v.kind,
      title: v.title ?? a.title, text: '', ...(v.seconds ? { targetSeconds: v.seconds } : {}),
    })),
  };
}

export async function writeSite(out: string, articles: FixtureArticle[]): Promise<void> {
  await mkdir(join(out, 'articles'), { recursive: true });
  const full = articles.map(article);
  for (const a of full) await writeFile(join(out, `articles/${a.slug}.json`), JSON.stringify({ version: MANIFEST_VERSION, article: a }));
  await writeFile(join(out, 'manifest.json'), JSON.stringify({ version: MANIFEST_VERSION, generatedAt: '2026-03-01T00:00:00.000Z', articles: full.map(indexEntry) }));
}
