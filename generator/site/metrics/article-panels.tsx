/**
 * Puts each article's metrics panel into its built page. Pages are rendered and cached per
 * article (their content hash knows nothing of metrics), so the panel is spliced into the
 * page's slot after the pages are written, and whenever metrics change. `metrics/panels.json`
 * lists the pages that hold a panel, so a later run empties exactly those that lost their
 * data without opening every page of a big archive. Pages are replaced by rename, never
 * rewritten in place: a page may be a hard link into the previous site.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { render } from 'preact-render-to-string';
import type { Manifest } from '../../manifest.ts';
import { joinWorks, type Work } from '../../metrics/aggregate.ts';
import { loadBookings } from '../../metrics/bookings.ts';
import { catalogFromIndex } from '../../metrics/catalog.ts';
import { loadMetrics, type MetricsData } from '../../metrics/store.ts';
import { articlePagePath } from '../index-page.tsx';
import { replaceFile } from '../../write.ts';
import { ArticleMetricsPanel, spliceMetricsPanel } from './article-panel.tsx';

export const PANELS_FILE = 'metrics/panels.json';

export interface PanelOptions {
  /** The site folder whose pages are updated (a build's staging folder, or OUT itself). */
  root: string;
  index: Manifest;
  metricsDir: string;
  /** Where the last run's panels.json is, when not in `root` (a full build reads the previous OUT). */
  previous?: string;
  /** Only these slugs' pages (the articles a dev save just rebuilt); default every page concerned. */
  only?: string[];
  data?: MetricsData;
}

/** Panel HTML per slug with joined metrics, with each variant's appointments from the booking exports. */
export async function articlePanels(index: Manifest, data: MetricsData, metricsDir: string): Promise<Map<string, string>> {
  // Most builds have no metrics: skip the catalog of every variant (10,000 articles × ~20).
  if (data.latest.length === 0) return new Map();
  const catalog = catalogFromIndex(index);
  const bookings = await loadBookings(metricsDir, catalog);
  const works = joinWorks(data.latest, catalog).filter((w) => w.variant);
  const bySlug = new Map<string, Work[]>();
  for (const w of works) bySlug.set(w.variant!.slug, [...(bySlug.get(w.variant!.slug) ?? []), w]);
  // Each article's variants, grouped once: filtering the whole catalog per article is quadratic.
  const variantsOf = new Map<string, typeof catalog>();
  for (const v of catalog) if (bySlug.has(v.slug)) variantsOf.set(v.slug, [...(variantsOf.get(v.slug) ?? []), v]);
  const panels = new Map<string, string>();
  for (const [slug, ws] of bySlug) {
    panels.set(slug, render(<ArticleMetricsPanel slug={slug} works={ws} variants={variantsOf.get(slug) ?? []} bookings={bookings} />));
  }
  return panels;
}

/** Writes the panels into the pages; returns the slugs whose page changed. */
export async function writeArticlePanels(opts: PanelOptions): Promise<string[]> {
  const data = opts.data ?? (await loadMetrics(opts.metricsDir));
  const panels = await articlePanels(opts.index, data, opts.metricsDir);
  const before = await readPanelList(opts.previous ?? opts.root);
  const slugs = new Set(opts.index.articles.map((a) => a.slug));
  const concerned = [...new Set([...before, ...panels.keys()])].filter((s) => slugs.has(s) && (!opts.only || opts.only.includes(s)));
  const changed: string[] = [];
  for (const slug of concerned) {
    const path = join(opts.root, articlePagePath(slug));
    const page = await readFile(path, 'utf8').catch(() => undefined);
    const next = page === undefined ? undefined : spliceMetricsPanel(page, panels.get(slug) ?? '');
    if (next === undefined || next === page) continue;
    await replaceFile(path, next);
    changed.push(slug);
  }
  const list = join(opts.root, PANELS_FILE);
  if (panels.size) {
    await replaceFile(list, `${JSON.stringify([...panels.keys()].sort())}\n`);
  } else {
    await rm(list, { force: true });
  }
  return changed;
}

async function readPanelList(root: string): Promise<string[]> {
  try {
    const list = JSON.parse(await readFile(join(root, PANELS_FILE), 'utf8')) as unknown;
    return Array.isArray(list) ? list.filter((s): s is string => typeof s === 'string') : [];
  } catch {
    return [];
  }
}
