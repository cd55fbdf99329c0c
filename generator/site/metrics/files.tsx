/**
 * The dashboard as output files for the site build: `metrics/index.html` and its stylesheet,
 * built from the metrics folder and the site's index. Without any snapshot (platform export or
 * booking export) it writes nothing; booking exports alone give a page of appointments per variant.
 */
import { readFile } from 'node:fs/promises';
import type { Manifest } from '../../manifest.ts';
import type { OutputFile } from '../../render/types.ts';
import { joinWorks, KIND_NAMES, PLATFORM_LABELS } from '../../metrics/aggregate.ts';
import { compareAtAges } from '../../metrics/ages.ts';
import { catalogFromIndex } from '../../metrics/catalog.ts';
import { comparisons } from '../../metrics/compare.ts';
import { insights } from '../../metrics/insights.ts';
import { loadMetrics, type MetricsData } from '../../metrics/store.ts';
import { hasBookings, loadBookings } from '../../metrics/bookings.ts';
import { ASSET_DIR, renderPage } from '../components/document.tsx';
import { DashboardPage } from './page.tsx';
import { bookedVariants } from './bookings.tsx';

export const DASHBOARD_PATH = 'metrics/index.html';

export async function metricsSiteFiles(metricsDir: string, index: Manifest, loaded?: MetricsData): Promise<OutputFile[]> {
  const data = loaded ?? (await loadMetrics(metricsDir));
  if (data.observations.length === 0 && !(await hasBookings(metricsDir))) return [];
  const catalog = catalogFromIndex(index);
  const bookings = await loadBookings(metricsDir, catalog);
  const works = joinWorks(data.latest, catalog);
  const joined = works.filter((w) => w.variant);
  const byAge = (dim: Parameters<typeof compareAtAges>[2], label?: (k: string) => string) => compareAtAges(data.observations, catalog, dim, label);
  const ages = {
    platform: byAge((v) => v.platform, (k) => PLATFORM_LABELS[k as keyof typeof PLATFORM_LABELS] ?? k),
    kind: byAge((v) => v.kind, (k) => KIND_NAMES[k as keyof typeof KIND_NAMES] ?? k),
    length: byAge((v) => (v.seconds ? String(v.seconds).padStart(4, '0') : undefined), (k) => `${Number(k)} 秒`),
    dept: byAge((v) => v.department ?? '未填科室'),
  };
  const page = renderPage(<DashboardPage data={{
    works, observations: data.observations, snapshots: data.snapshots, insights: insights(joined), comparisons: comparisons(joined), ages, bookings, booked: bookedVariants(catalog, bookings),
    generatedAt: new Date().toISOString(),
  }} />);
  const css = await readFile(new URL('./metrics.css', import.meta.url), 'utf8');
  return [{ path: DASHBOARD_PATH, content: page }, { path: `${ASSET_DIR}/metrics.css`, content: css }];
}
