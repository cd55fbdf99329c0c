/**
 * Variants compared at the same age since publishing (24 h, 72 h, 7 d), because numbers keep
 * growing for days and a week-old video would otherwise beat yesterday's by age alone.
 *
 * Snapshots are dated by export day only, so each is taken at the latest moment it could
 * describe: the end of its export day. Publishing is the export's own time when it gives one,
 * else the start of the publishing day. Both choices make a snapshot look as old as it could
 * be, so a value placed at "72 h" never comes from after 72 h. A bucket takes the latest
 * snapshot in (previous age, age]; an earlier one is not repeated as a later age's value.
 */
import type { CatalogVariant } from './catalog.ts';
import { groupBy, joinWorks, type GroupStats, type Work } from './aggregate.ts';
import type { Observation } from './snapshot.ts';

export interface Age {
  key: string;
  label: string;
  hours: number;
}

export const AGES: readonly Age[] = [
  { key: '24h', label: '24 小时', hours: 24 },
  { key: '72h', label: '72 小时', hours: 72 },
  { key: '7d', label: '7 天', hours: 168 },
];

const HOUR = 3600_000;

/** Local wall-clock time as UTC milliseconds: only differences matter, so the zone never enters. */
function wallClock(s: string): number {
  return Date.parse(s.length === 10 ? `${s}T00:00:00Z` : `${s}:00Z`);
}

/** Hours from publishing to the end of the export day; undefined without a publishing date. */
export function ageHours(o: Pick<Observation, 'published' | 'publishedAt' | 'exported'>): number | undefined {
  const published = o.publishedAt ?? o.published;
  if (!published) return undefined;
  return (wallClock(o.exported) + 24 * HOUR - wallClock(published)) / HOUR;
}

/** Per work, the observation that stands for `age`: the latest within (previous age, age]. */
export function atAge(observations: Observation[], age: Age): Observation[] {
  const i = AGES.indexOf(age);
  const after = i > 0 ? AGES[i - 1]!.hours : 0;
  const best = new Map<string, { o: Observation; h: number }>();
  for (const o of observations) {
    const h = ageHours(o);
    if (h === undefined || h <= after || h > age.hours) continue;
    const held = best.get(o.key);
    // Same age (two imports on one day): the later import, read later, wins.
    if (!held || h >= held.h) best.set(o.key, { o, h });
  }
  return [...best.values()].map((b) => b.o);
}

export interface AgeCell {
  stats: GroupStats;
  /** Youngest and oldest snapshot used, in hours since publishing. */
  hours: [number, number];
}

export interface AgeGroup {
  key: string;
  label: string;
  /** Works in the group with any observation at all. */
  works: number;
  /** One per AGES entry; undefined when no work of the group has a snapshot at that age. */
  at: (AgeCell | undefined)[];
}

/**
 * Groups (platform, kind, length, department…) with their statistics at each age. Group
 * membership comes from every work ever observed, so a work without a snapshot at some age
 * is counted there as missing, not dropped from view.
 */
export function compareAtAges(
  observations: Observation[], catalog: CatalogVariant[],
  dim: (v: CatalogVariant) => string | undefined, label?: (key: string) => string,
): AgeGroup[] {
  const latest = new Map<string, Observation>();
  for (const o of observations) latest.set(o.key, o);
  const all = groupBy(joinWorks([...latest.values()], catalog), dim, label);
  const perAge = AGES.map((age) => {
    const works = joinWorks(atAge(observations, age), catalog);
    return new Map(groupBy(works, dim, label).map((g) => [g.key, { g, works: works.filter((w) => w.variant && dim(w.variant) === g.key) }]));
  });
  return all.map((g) => ({
    key: g.key, label: g.label, works: g.works,
    at: perAge.map((m) => {
      const found = m.get(g.key);
      if (!found) return undefined;
      const hs = found.works.map((w: Work) => ageHours(w.obs)!);
      return { stats: found.g, hours: [Math.min(...hs), Math.max(...hs)] as [number, number] };
    }),
  }));
}
