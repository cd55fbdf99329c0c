/**
 * One export file → rows of measures. Finds the header row (skipping banner rows), recognises the
 * platform from its headers, maps columns by name and parses every cell. A file with any bad row
 * yields errors (`file:row 说明`) and no rows at all, so a half-read export never lands.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { PlatformId } from '../manifest.ts';
import { FORMATS, GENERIC_PLATFORM, GENERIC_VARIANT, PLATFORM_NAMES, formatById, type ColumnSpec, type ExportFormat } from './formats.ts';
import { MEASURES, type MeasureKey, type Value } from './measures.ts';
import { readRows, type Rows } from './sheet.ts';
import { isMissing, parseCount, parseDate, parsePublishedAt, parseRate, parseSeconds, type Cell } from './values.ts';

export interface ExportRow {
  platform: PlatformId;
  /** Where the row came from, `file:row` (1-based, banner rows counted). */
  source: string;
  title: string;
  published?: string;
  /** Local "YYYY-MM-DDTHH:MM" when the export gives the time of day (for the same-age comparison). */
  publishedAt?: string;
  workId?: string;
  url?: string;
  /** Generic CSV only: the variant the editor named. */
  variant?: string;
  measures: Partial<Record<MeasureKey, Value>>;
}

export interface ExportFile {
  file: string;
  format: ExportFormat;
  rows: ExportRow[];
  notes: string[];
}

export class ExportError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

/** Rows above the header that may be banners or intro lines. */
const HEADER_SEARCH = 10;

export async function readExport(path: string, opts: { platform?: string } = {}): Promise<ExportFile> {
  const file = basename(path);
  const bytes = await readFile(path);
  let table;
  try {
    table = await readRows(bytes);
  } catch (err) {
    throw new ExportError([`${file}: 无法读取表格（${(err as Error).message}）。请确认是平台导出的 xlsx 或 csv 原文件`]);
  }
  return parseExport(file, table.rows, { ...opts, notes: table.note ? [table.note] : [] });
}

export function parseExport(file: string, rows: Rows, opts: { platform?: string; notes?: string[] } = {}): ExportFile {
  const forced = opts.platform ? formatById(opts.platform) : undefined;
  if (opts.platform && !forced) throw new ExportError([`${file}: 未知平台 “${opts.platform}”，可选：${FORMATS.map((f) => f.id).join(', ')}`]);
  const found = findHeader(rows, forced);
  if (!found) {
    const expected = forced ? `${forced.name}（${forced.signature.join('、')}）` : FORMATS.map((f) => `${f.name}：${f.signature.join('+')}`).join('；');
    throw new ExportError([`${file}: 前 ${HEADER_SEARCH} 行里找不到表头，无法识别平台。应含 ${expected}；也可用 --platform 指定`]);
  }
  const { format, at, headers } = found;
  const col = (spec: ColumnSpec | undefined) => (spec ? spec.headers.map((h) => headers.indexOf(h)).find((i) => i >= 0) : undefined);
  const columns = {
    title: col(format.title), date: col(format.date), workId: col(format.workId), url: col(format.url),
    platform: format.id === 'generic' ? col(GENERIC_PLATFORM) : undefined,
    variant: format.id === 'generic' ? col(GENERIC_VARIANT) : undefined,
  };
  const measures = (Object.entries(format.measures) as [MeasureKey, ColumnSpec][])
    .map(([key, spec]) => ({ key, spec, index: col(spec) }))
    .filter((m): m is { key: MeasureKey; spec: ColumnSpec; index: number } => m.index !== undefined);
  const problems: string[] = [];
  if (columns.title === undefined && columns.variant === undefined) problems.push(`${file}:${at + 1}: 缺少标题列（${format.title.headers.join(' / ')}）`);
  if (measures.length === 0) problems.push(`${file}:${at + 1}: 没有可识别的指标列`);
  const out: ExportRow[] = [];
  for (let r = at + 1; r < rows.length && problems.length < 20; r++) {
    const row = rows[r]!;
    if (row.every((c) => isMissing(c))) continue;
    const where = `${file}:${r + 1}`;
    const get = (i: number | undefined): Cell => (i === undefined ? undefined : row[i]);
    try {
      out.push(parseRow(row, where, format, columns, measures, get));
    } catch (err) {
      problems.push(`${where}: ${(err as Error).message}`);
    }
  }
  if (problems.length) throw new ExportError(problems);
  if (out.length === 0) throw new ExportError([`${file}: 表头之后没有数据行`]);
  return { file, format, rows: out, notes: opts.notes ?? [] };
}

function parseRow(
  row: Cell[], where: string, format: ExportFormat,
  columns: Record<'title' | 'date' | 'workId' | 'url' | 'platform' | 'variant', number | undefined>,
  measures: { key: MeasureKey; spec: ColumnSpec; index: number }[], get: (i: number | undefined) => Cell,
): ExportRow {
  const title = cellText(get(columns.title));
  const variant = cellText(get(columns.variant));
  if (!title && !variant) throw new Error(`标题为空`);
  let platform: PlatformId;
  if (format.id === 'generic') {
    const name = cellText(get(columns.platform));
    const id = PLATFORM_NAMES[name] ?? PLATFORM_NAMES[name.toLowerCase()] ?? (variant ? (variant.split('.')[1] as PlatformId | undefined) : undefined);
    if (!id || !Object.values(PLATFORM_NAMES).includes(id)) throw new Error(`未知平台 “${name}”（平台列写 知乎、快手、微博、抖音 等或平台 id）`);
    platform = id;
  } else {
    platform = format.id;
  }
  const values: ExportRow['measures'] = {};
  for (const m of measures) {
    const cell = get(m.index);
    const header = m.spec.headers.find(Boolean);
    try {
      const type = MEASURES[m.key].type;
      const v = type === 'count' ? parseCount(cell) : type === 'rate' ? parseRate(cell, m.spec.scale) : parseSeconds(cell);
      if (v !== undefined) values[m.key] = v;
    } catch (err) {
      throw new Error(`${(err as Error).message}（列 ${header}）`);
    }
  }
  let published: string | undefined;
  let publishedAt: string | undefined;
  try {
    published = parseDate(get(columns.date));
    publishedAt = parsePublishedAt(get(columns.date));
  } catch (err) {
    throw new Error(`${(err as Error).message}（列 ${format.date.headers[0]}）`);
  }
  const workId = cellText(get(columns.workId));
  const url = cellText(get(columns.url));
  return {
    platform, source: where, title: title || variant,
    ...(published ? { published } : {}), ...(publishedAt ? { publishedAt } : {}), ...(workId ? { workId } : {}), ...(url ? { url } : {}), ...(variant ? { variant } : {}),
    measures: values,
  };
}

function cellText(c: Cell): string {
  if (c === null || c === undefined) return '';
  return String(c).replace(/\s+/g, ' ').trim();
}

/** The first row (of the first few) whose cells are a known format's headers; the best fit wins. */
function findHeader(rows: Rows, forced?: ExportFormat): { format: ExportFormat; at: number; headers: string[] } | undefined {
  for (let at = 0; at < Math.min(rows.length, HEADER_SEARCH); at++) {
    const headers = rows[at]!.map((c) => cellText(c).replace(/^\uFEFF/, ''));
    const candidates = (forced ? [forced] : FORMATS).filter((f) => (forced ? f.title.headers.some((h) => headers.includes(h)) || f.id === 'generic' : f.signature.every((s) => headers.includes(s))));
    const scored = candidates
      .map((format) => ({ format, score: Object.values(format.measures).filter((s) => s!.headers.some((h) => headers.includes(h))).length }))
      .filter((c) => c.score > 0)
      .sort((a, b) => b.score - a.score);
    if (scored[0]) return { format: scored[0].format, at, headers };
  }
  return undefined;
}
