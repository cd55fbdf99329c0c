/**
 * The dashboard as output files for the site build: `metrics/index.html` and its stylesheet,
 * built from the metrics folder and the site's index. Without any snapshot it writes nothing.
 */
import { readFile } from 'node:fs/promises';
import type { Manifest } from '../../manifest.ts';
import type { OutputFile } from '../../render/types.ts';
import { joinWorks } from '../../metrics/aggregate.ts';
import { catalogFromIndex } from '../../metrics/catalog.ts';
import { comparisons } from '../../metrics/compare.ts';
import { insights } from '../../metrics/insights.ts';
import { loadMetrics } from '../../metrics/store.ts';
import { ASSET_DIR, renderPage } from '../components/document.tsx';
import { DashboardPage } from './page.tsx';

export const DASHBOARD_PATH = 'metrics/index.html';

export async function metricsSiteFiles(metricsDir: string, index: Manifest): Promise<OutputFile[]> {
  const data = await loadMetrics(metricsDir);
  if (data.observations.length === 0) return [];
  const works = joinWorks(data.latest, catalogFromIndex(index));
  const joined = works.filter((w) => w.variant);
  const page = renderPage(<DashboardPage data={{
    works, observations: data.observations, snapshots: data.snapshots, insights: insights(joined), comparisons: comparisons(joined),
    generatedAt: new Date().toISOString(),
  }} />);
  const css = await readFile(new URL('./metrics.css', import.meta.url), 'utf8');
  return [{ path: DASHBOARD_PATH, content: page }, { path: `${ASSET_DIR}/metrics.css`, content: css }];
}
