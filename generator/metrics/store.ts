/**
 * The metrics folder read back: every snapshot row, with links made after the import applied, so
 * `kepu metrics link` fixes old snapshots too. `latest` keeps each work's most recent export.
 */
import { readLinks } from './links.ts';
import { readSnapshots, type Observation } from './snapshot.ts';

export interface MetricsData {
  observations: Observation[];
  /** Each work's most recent observation. */
  latest: Observation[];
  snapshots: string[];
}

export async function loadMetrics(metricsDir: string): Promise<MetricsData> {
  const [raw, links] = await Promise.all([readSnapshots(metricsDir), readLinks(metricsDir)]);
  const observations = raw.map((o) => {
    const link = links.links[o.key];
    return link ? { ...o, variant: link.variant, match: o.variant === link.variant ? o.match : 'linked' } : o;
  });
  const byKey = new Map<string, Observation>();
  // Snapshots are read in name order (date first), so a later one replaces an earlier one.
  for (const o of observations) byKey.set(o.key, o);
  return { observations, latest: [...byKey.values()], snapshots: [...new Set(observations.map((o) => o.snapshot))] };
}

/** Whole days from publishing to the export (undefined without a publishing date). */
export function ageDays(o: Pick<Observation, 'published' | 'exported'>): number | undefined {
  if (!o.published) return undefined;
  return Math.round((Date.parse(o.exported) - Date.parse(o.published)) / 86400000);
}
