/**
 * Booking exports: the hospital's booking system (mini-program or web) lists appointments with
 * the channel code each came in with (render/channel.ts). Kepu finds the code column by its
 * header, keeps every import as `metrics/bookings/<date>.csv` (never overwritten, like the
 * platform snapshots) and counts appointments per variant, matching codes against the variants
 * it knows. An appointment counted twice by overlapping exports is counted once when the export
 * has an order number; without one each file's rows are added up (README says so).
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { PlatformId, VariantKind } from '../manifest.ts';
import { ATTRIBUTION } from '../platforms/registry.ts';
import { channelCode } from '../render/channel.ts';
import { ExportError } from './read-export.ts';
import { readStoredCsv, storedNumber } from './stored-csv.ts';
import { readRows, type Rows } from './sheet.ts';
import { isMissing, parseCount, parseDate, type Cell } from './values.ts';

export const BOOKINGS_DIR = 'bookings';

/** Header names per column, first match wins; the code column is what makes a file a booking export. */
export const BOOKING_COLUMNS = {
  code: ['渠道码', '渠道编码', '渠道', '来源渠道', '推广码', 'scene', 'channel', 'ch'],
  order: ['订单号', '预约单号', '预约号', '订单编号', '预约编号', 'order', 'order_id'],
  date: ['预约日期', '预约时间', '下单时间', '创建时间', '日期', 'date'],
  count: ['数量', '预约数', '人数', 'count'],
} as const;

export interface BookingRow {
  code: string;
  order?: string;
  date?: string;
  count: number;
  source: string;
}

export interface BookingFile {
  file: string;
  rows: BookingRow[];
  /** Rows without a code (booked some other way): counted, not attributed. */
  uncoded: number;
}

const HEADER_SEARCH = 10;

/** The file as a booking export, or undefined when no row of its first ten has a channel-code column. */
export async function readBookingExport(path: string): Promise<BookingFile | undefined> {
  const bytes = await readFile(path);
  const table = await readRows(bytes).catch(() => undefined);
  if (!table) return undefined;
  return parseBookings(basename(path), table.rows);
}

export function parseBookings(file: string, rows: Rows): BookingFile | undefined {
  let at = -1;
  let headers: string[] = [];
  for (let r = 0; r < Math.min(rows.length, HEADER_SEARCH); r++) {
    headers = rows[r]!.map((c) => String(c ?? '').replace(/^\uFEFF/, '').trim().toLowerCase());
    if (BOOKING_COLUMNS.code.some((h) => headers.includes(h))) { at = r; break; }
  }
  if (at < 0) return undefined;
  const col = (names: readonly string[]) => names.map((h) => headers.indexOf(h)).find((i) => i >= 0);
  const c = { code: col(BOOKING_COLUMNS.code)!, order: col(BOOKING_COLUMNS.order), date: col(BOOKING_COLUMNS.date), count: col(BOOKING_COLUMNS.count) };
  const out: BookingRow[] = [];
  const problems: string[] = [];
  let uncoded = 0;
  for (let r = at + 1; r < rows.length && problems.length < 20; r++) {
    const row = rows[r]!;
    if (row.every((cell) => isMissing(cell))) continue;
    const where = `${file}:${r + 1}`;
    const get = (i: number | undefined): Cell => (i === undefined ? undefined : row[i]);
    const code = String(get(c.code) ?? '').trim().toLowerCase();
    try {
      const count = c.count === undefined ? 1 : parseCount(get(c.count)) ?? 1;
      if (!Number.isInteger(count) || count < 0) throw new Error(`预约数应为非负整数：“${String(get(c.count))}”`);
      if (!code || isMissing(code)) { uncoded += count; continue; }
      if (!/^[a-z0-9-]{1,32}$/.test(code)) throw new Error(`渠道码 “${code}” 不是 Kepu 的格式（最多 32 个小写字母、数字或连字符）`);
      const date = parseDate(get(c.date));
      const order = String(get(c.order) ?? '').trim();
      out.push({ code, count, source: where, ...(order ? { order } : {}), ...(date ? { date } : {}) });
    } catch (err) {
      problems.push(`${where}: ${(err as Error).message}`);
    }
  }
  if (problems.length) throw new ExportError(problems);
  if (out.length === 0 && uncoded === 0) throw new ExportError([`${file}: 表头之后没有预约行`]);
  return { file, rows: out, uncoded };
}

const FIELDS = ['code', 'order', 'date', 'count', 'source'] as const;

const cell = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** Writes the import as `bookings/<date>[-N].csv`; returns its path relative to the metrics folder. */
export async function writeBookingSnapshot(metricsDir: string, date: string, rows: BookingRow[]): Promise<string> {
  const dir = join(metricsDir, BOOKINGS_DIR);
  await mkdir(dir, { recursive: true });
  const csv = [FIELDS.join(','), ...rows.map((r) => FIELDS.map((f) => cell(String(r[f] ?? ''))).join(','))].join('\n') + '\n';
  for (let n = 1; ; n++) {
    const name = `${date}${n === 1 ? '' : `-${n}`}.csv`;
    try {
      await writeFile(join(dir, name), csv, { flag: 'wx' });
      return `${BOOKINGS_DIR}/${name}`;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
}

export interface BookingCounts {
  /** Booking imports found; 0 means the dashboard shows bookings as missing. */
  imports: number;
  /** Appointments per variant id. */
  byVariant: Map<string, number>;
  /** Codes no known variant has, with their appointments (an old variant, a typo, another tool). */
  unknown: Map<string, number>;
  total: number;
}

const SNAPSHOT_NAME = /^\d{4}-\d{2}-\d{2}(-\d+)?\.csv$/;

async function bookingSnapshots(metricsDir: string): Promise<string[]> {
  return (await readdir(join(metricsDir, BOOKINGS_DIR)).catch(() => [] as string[])).filter((n) => SNAPSHOT_NAME.test(n)).sort();
}

/** Whether any booking export was imported (one directory listing, no variant catalogue needed). */
export async function hasBookings(metricsDir: string): Promise<boolean> {
  return (await bookingSnapshots(metricsDir)).length > 0;
}

/** Every booking snapshot, orders counted once, codes matched to the given variants. */
export async function loadBookings(metricsDir: string, variants: { id: string; platform: PlatformId }[]): Promise<BookingCounts> {
  const dir = join(metricsDir, BOOKINGS_DIR);
  const names = await bookingSnapshots(metricsDir);
  const byCode = new Map(variants.map((v) => [channelCode(v.id, v.platform), v.id]));
  const result: BookingCounts = { imports: names.length, byVariant: new Map(), unknown: new Map(), total: 0 };
  const orders = new Set<string>();
  for (const name of names) {
    const shown = join(metricsDir, BOOKINGS_DIR, name);
    for (const { record: r, line } of await readStoredCsv(join(dir, name), shown)) {
      if (r.order) {
        if (orders.has(r.order)) continue;
        orders.add(r.order);
      }
      const n = r.count ? storedNumber(r.count, `${shown}:${line}`, 'count') : 1;
      const code = r.code ?? '';
      const variant = byCode.get(code);
      const into = variant ? result.byVariant : result.unknown;
      const key = variant ?? code;
      into.set(key, (into.get(key) ?? 0) + n);
      result.total += n;
    }
  }
  return result;
}

/** What an import says about a booking file, for the command's report. */
export function bookingNote(f: BookingFile, variants: { id: string; platform: PlatformId }[]): string {
  const known = new Set(variants.map((v) => channelCode(v.id, v.platform)));
  const total = f.rows.reduce((n, r) => n + r.count, 0);
  const matched = f.rows.filter((r) => known.has(r.code)).reduce((n, r) => n + r.count, 0);
  const unknown = [...new Set(f.rows.filter((r) => !known.has(r.code)).map((r) => r.code))];
  return `带渠道码的预约 ${total} 条，对应到稿件 ${matched} 条${unknown.length ? `，未知渠道码 ${unknown.slice(0, 5).join('、')}${unknown.length > 5 ? ' 等' : ''}` : ''}${f.uncoded ? `；另有 ${f.uncoded} 条没有渠道码，不计入任何稿件` : ''}`;
}

/**
 * Whether a variant itself can carry its channel code to a booking: per platform and kind
 * (registry ATTRIBUTION[p].kinds), since a platform that allows a carrier may not allow it in
 * every kind (a 抖音 live card carries a QR code, a 抖音 short video carries nothing).
 */
export function variantCarrier(v: { platform: PlatformId; kind: VariantKind }): { carrier: boolean; how: string } {
  return ATTRIBUTION[v.platform]?.kinds[v.kind] ?? { carrier: false, how: '注册表没有写明这类稿件的预约入口' };
}

/**
 * One variant's appointments as the dashboard and the article panel show them: a count, or why
 * it is missing (no booking export yet; the variant has no carrier, so nothing could have
 * brought a booking in and 0 would claim a measurement that never happened). A variant without
 * a carrier whose code still came in (the editor put it somewhere) shows its count, flagged.
 */
export type VariantBookings =
  | { count: number; uncarried?: string }
  | { missing: 'no-import' }
  | { missing: 'no-carrier'; why: string };

export function variantBookings(v: { id: string; platform: PlatformId; kind: VariantKind }, bookings: BookingCounts | undefined): VariantBookings {
  if (!bookings?.imports) return { missing: 'no-import' };
  const n = bookings.byVariant.get(v.id) ?? 0;
  const { carrier, how } = variantCarrier(v);
  if (carrier) return { count: n };
  return n > 0 ? { count: n, uncarried: how } : { missing: 'no-carrier', why: how };
}
