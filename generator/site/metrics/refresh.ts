/**
 * Brings a built site's metrics up to date without rebuilding articles: the dashboard, the
 * index page's link to it, and the panels on article pages. Used when only the metrics folder
 * changed: after `kepu metrics import|link`, by a build that finds every article unchanged, and
 * by `kepu dev` when a file in the metrics folder is saved.
 */
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Manifest } from '../../manifest.ts';
import type { OutputFile } from '../../render/types.ts';
import { readIndex } from '../../read-site.ts';
import { replaceFile } from '../../write.ts';
import { loadMetrics } from '../../metrics/store.ts';
import { indexFiles } from '../render-site.tsx';
import { writeArticlePanels } from './article-panels.tsx';
import { DASHBOARD_PATH, metricsSiteFiles } from './files.tsx';

export interface RefreshOptions {
  /** The site's index when the caller holds it (the dev server), else read from `out`. */
  index?: Manifest;
  /** How dashboard files are written (the dev server's updater also relinks its index page). */
  writeDashboard?: (files: OutputFile[]) => Promise<void>;
}

/** Returns the slugs whose article page changed; false when `out` holds no site. */
export async function refreshMetrics(out: string, metricsDir: string, opts: RefreshOptions = {}): Promise<string[] | false> {
  const index = opts.index ?? (await readIndex(out));
  if (!index) return false;
  // Read once for both: the snapshots are the bulk of the work.
  const data = await loadMetrics(metricsDir);
  const files = await metricsSiteFiles(metricsDir, index, data);
  if (opts.writeDashboard) await opts.writeDashboard(files);
  else await writeDashboard(out, index, files);
  return writeArticlePanels({ root: out, index, metricsDir, data });
}

async function writeDashboard(out: string, index: Manifest, files: OutputFile[]): Promise<void> {
  const had = existsSync(join(out, DASHBOARD_PATH));
  for (const f of files) await replaceFile(join(out, f.path), f.content);
  // No data any more: no dashboard, and no link to one.
  if (files.length === 0 && had) await rm(join(out, DASHBOARD_PATH), { force: true });
  if (had !== files.length > 0) for (const f of indexFiles(index, files.length > 0)) await replaceFile(join(out, f.path), f.content);
}
