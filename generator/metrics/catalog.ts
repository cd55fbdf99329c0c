/**
 * The variants rows can join to, with the title each was published under. Read from a built
 * site's detail files when there is one; otherwise the content folder is compiled in memory
 * (text only), which gives the same titles without writing anything.
 */
import { join } from 'node:path';
import { compileArticle, listArticles } from '../build.ts';
import { loadTheme } from '../theme.ts';
import type { IndexEntry, Manifest, ManifestArticle, PlatformId, VariantKind } from '../manifest.ts';
import { variantIds } from '../manifest.ts';
import { readDetails, readIndex } from '../read-site.ts';

export interface CatalogVariant {
  id: string;
  slug: string;
  platform: PlatformId;
  kind: VariantKind;
  /** Target length of a video script in seconds. */
  seconds?: number;
  /** Set on an A/B alternative: its experiment (the base variant's id) and arm letter. The base itself is arm a of its own id. */
  experiment?: { id: string; arm: string };
  /** Title as published on the platform (absent when only the index was read). */
  title?: string;
  articleTitle: string;
  department?: string;
  date?: string;
}

/**
 * Platform, kind, length and A/B arm are in the variant id itself:
 * `<slug>.<platform>.<kind>[.<N>s][.title-b|.cover-b]`. Arm a is the base id; an id with an arm
 * suffix belongs to the experiment named by the id without it.
 */
export function parseVariantId(id: string, slug: string): { platform: PlatformId; kind: VariantKind; seconds?: number; experiment?: { id: string; arm: string } } {
  const [platform, kind, ...rest] = id.slice(slug.length + 1).split('.');
  const len = rest.find((p) => /^\d+s$/.test(p));
  const seconds = len ? Number(len.slice(0, -1)) : undefined;
  const armPart = rest.find((p) => /^(title|cover)-[b-h]$/.test(p));
  const experiment = armPart ? { id: id.slice(0, -(armPart.length + 1)), arm: armPart.slice(-1) } : undefined;
  return { platform: platform as PlatformId, kind: kind as VariantKind, ...(seconds ? { seconds } : {}), ...(experiment ? { experiment } : {}) };
}

/** From the index alone (the dashboard): everything but the per-platform titles. */
export function catalogFromIndex(index: Manifest): CatalogVariant[] {
  return index.articles.flatMap((e: IndexEntry) => variantIds(e).map(({ id }) => ({
    id, slug: e.slug, ...parseVariantId(id, e.slug), articleTitle: e.title,
    ...(e.department ? { department: e.department } : {}), ...(e.date ? { date: e.date } : {}),
  })));
}

function fromArticle(a: ManifestArticle): CatalogVariant[] {
  return a.variants.map((v) => ({
    id: v.id, slug: a.slug, platform: v.platform, kind: v.kind, ...(v.targetSeconds ? { seconds: v.targetSeconds } : {}),
    ...(v.experiment && v.experiment.arm !== 'a' ? { experiment: { id: v.experiment.id, arm: v.experiment.arm } } : {}),
    title: v.title, articleTitle: a.title, ...(a.department ? { department: a.department } : {}), ...(a.date ? { date: a.date } : {}),
  }));
}

/** Variants with their titles: the built site's if `out` holds one, else compiled from content. */
export async function loadCatalog(opts: { out?: string; content: string }): Promise<{ variants: CatalogVariant[]; from: string }> {
  const index = opts.out ? await readIndex(opts.out) : undefined;
  if (opts.out && index) {
    const details = await readDetails(opts.out, index);
    return { variants: details.flatMap((d) => fromArticle(d.article)), from: join(opts.out, 'manifest.json') };
  }
  const theme = await loadTheme();
  const variants: CatalogVariant[] = [];
  const paths = await listArticles(opts.content).catch(() => {
    throw new Error(`找不到已构建的站点（${opts.out ? join(opts.out, 'manifest.json') : '未指定 --out'}），也读不到内容文件夹 ${opts.content}：请先 kepu build 或用 --content / --out 指定`);
  });
  for (const path of paths) {
    // An article that does not compile has no variants to join to; `kepu check` reports why.
    const compiled = await compileArticle(path, theme, { images: false }).catch(() => undefined);
    if (compiled) variants.push(...fromArticle(compiled.entry));
  }
  return { variants, from: opts.content };
}
