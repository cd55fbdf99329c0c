/**
 * Every import kept as a dated CSV under `metrics/snapshots/` (`<date>-<platform>.csv`, then
 * `-2`, `-3` on the same day): plain text that diffs well, never overwritten, so a variant can be
 * compared at the same age since publishing and old numbers are never lost.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PlatformId } from '../manifest.ts';
import type { JoinedRow } from './join.ts';
import { isMeasureKey, MEASURE_KEYS, type MeasureKey, type Value } from './measures.ts';
import { readStoredCsv, storedNumber } from './stored-csv.ts';

export const SNAPSHOT_DIR = 'snapshots';

const FIXED = ['key', 'platform', 'variant', 'match', 'candidates', 'published', 'title', 'workId', 'url', 'source'] as const;

/** One row of one snapshot, read back. */
export interface Observation {
  key: string;
  platform: PlatformId;
  /** Variant as matched at import; links made later override it when loaded. */
  variant?: string;
  match: string;
  candidates: string[];
  published?: string;
  /** Why the import left the row unjoined (join.ts), as it decided then; absent in snapshots from before it was stored. */
  reason?: string;
  /** Local "YYYY-MM-DDTHH:MM" when the export gave a time of day. */
  publishedAt?: string;
  title: string;
  workId?: string;
  url?: string;
  source: string;
  /** Day of the export (from the snapshot's file name). */
  exported: string;
  snapshot: string;
  measures: Partial<Record<MeasureKey, Value>>;
}

function csvCell(v: string): string {
  return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

function valueText(v: Value | undefined): string {
  if (v === undefined) return '';
  return typeof v === 'number' ? String(Math.round(v * 1e6) / 1e6) : `<${v.lt}`;
}

export function snapshotCsv(joined: JoinedRow[]): string {
  const used = MEASURE_KEYS.filter((k) => joined.some((j) => j.row.measures[k] !== undefined));
  // Only exports that give a time of day get the column, so date-only snapshots keep their shape.
  const timed = joined.some((j) => j.row.publishedAt);
  // Why a row was left unjoined, as the import decided it: stored so the dashboard shows that
  // rather than guessing from the candidates. Only when a row has one, so fully joined imports keep their shape.
  const reasonOf = (m: JoinedRow['match']) => ('reason' in m ? m.reason ?? '' : '');
  const reasons = joined.some((j) => reasonOf(j.match));
  const lines = [[...FIXED, ...(timed ? ['publishedAt'] : []), ...(reasons ? ['reason'] : []), ...used].join(',')];
  for (const { key, row, match } of joined) {
    const fixed = [
      key, row.platform, 'variant' in match ? match.variant : '', match.status, match.status === 'ambiguous' ? match.candidates.join(' ') : '',
      row.published ?? '', row.title, row.workId ?? '', row.url ?? '', row.source,
    ];
    lines.push([...fixed, ...(timed ? [row.publishedAt ?? ''] : []), ...(reasons ? [reasonOf(match)] : []), ...used.map((k) => valueText(row.measures[k]))].map(csvCell).join(','));
  }
  return `${lines.join('\n')}\n`;
}

/** Writes the snapshot under a name no earlier import has; returns its path relative to the metrics folder. */
export async function writeSnapshot(metricsDir: string, date: string, platform: string, csv: string): Promise<string> {
  const dir = join(metricsDir, SNAPSHOT_DIR);
  await mkdir(dir, { recursive: true });
  for (let n = 1; ; n++) {
    const name = `${date}-${platform}${n === 1 ? '' : `-${n}`}.csv`;
    try {
      await writeFile(join(dir, name), csv, { flag: 'wx' });
      return `${SNAPSHOT_DIR}/${name}`;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
}

export async function readSnapshots(metricsDir: string): Promise<Observation[]> {
  const dir = join(metricsDir, SNAPSHOT_DIR);
  const names = await readdir(dir).catch(() => [] as string[]);
  const out: Observation[] = [];
  for (const name of names.filter((n) => /^\d{4}-\d{2}-\d{2}-.+\.csv$/.test(n)).sort()) {
    const shown = `${SNAPSHOT_DIR}/${name}`;
    for (const { record: r, line } of await readStoredCsv(join(dir, name), join(metricsDir, shown))) {
      const where = `${join(metricsDir, shown)}:${line}`;
      const measures: Observation['measures'] = {};
      for (const [k, v] of Object.entries(r)) {
        if (!isMeasureKey(k) || v === '') continue;
        measures[k] = v.startsWith('<') ? { lt: storedNumber(v.slice(1), where, k) } : storedNumber(v, where, k);
      }
      out.push({
        key: r.key ?? '', platform: r.platform as PlatformId, ...(r.variant ? { variant: r.variant } : {}), match: r.match ?? '',
        candidates: r.candidates ? r.candidates.split(' ') : [], ...(r.published ? { published: r.published } : {}),
        ...(r.publishedAt ? { publishedAt: r.publishedAt } : {}), ...(r.reason ? { reason: r.reason } : {}), title: r.title ?? '',
        ...(r.workId ? { workId: r.workId } : {}), ...(r.url ? { url: r.url } : {}), source: r.source ?? '',
        exported: name.slice(0, 10), snapshot: `${SNAPSHOT_DIR}/${name}`, measures,
      });
    }
  }
  return out;
}
