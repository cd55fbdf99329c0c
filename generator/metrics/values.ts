/**
 * Cell values as the platforms print them: "12.24%", "<0.1%", "1.2万", "21.46秒",
 * "2026年03月25日09时49分34秒", and "-" / "-1.00" for no data. Missing is never zero: a parser
 * returns `undefined` for it and throws a Chinese message for text it cannot read.
 */
import type { Value } from './measures.ts';

export type Cell = string | number | boolean | Date | null | undefined;

/** How a rate column is written when it has no % sign. */
export type RateScale = 'auto' | 'percent' | 'fraction';

const MISSING = new Set(['', '-', '--', '—', '–', '/', 'n/a', 'na', 'null', '暂无', '无数据', '--%', '-%']);

function text(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString();
  return String(cell).trim().replace(/[,，\s]/g, '');
}

export function isMissing(cell: Cell): boolean {
  return MISSING.has(text(cell).toLowerCase());
}

const NUMBER = /^[+-]?\d+(?:\.\d+)?$/;

/** "1.2万" → 12000, "3亿" → 300000000, "12,345" → 12345. Negative counts stay (e.g. 粉丝增量). */
export function parseCount(cell: Cell): number | undefined {
  if (typeof cell === 'number') return cell;
  if (isMissing(cell)) return undefined;
  const s = text(cell);
  const m = /^([+-]?\d+(?:\.\d+)?)(万|w|W|亿|k|K)?$/.exec(s);
  if (!m) throw new Error(`无法识别的数字 “${s}”`);
  const unit = m[2] === '万' || m[2] === 'w' || m[2] === 'W' ? 1e4 : m[2] === '亿' ? 1e8 : m[2] === 'k' || m[2] === 'K' ? 1e3 : 1;
  return Math.round(Number(m[1]) * unit * 100) / 100;
}

/** "-1" and "-1.00" are how some back-ends write "no data" in rates and durations. */
function negativeMeansMissing(n: number): number | undefined {
  return n < 0 ? undefined : n;
}

/** A rate as a fraction: "12.24%" → 0.1224, "<0.1%" → { lt: 0.001 }, 0.183 → 0.183. */
export function parseRate(cell: Cell, scale: RateScale = 'auto'): Value | undefined {
  if (isMissing(cell)) return undefined;
  if (typeof cell === 'number') return negativeMeansMissing(scaleBare(cell, scale));
  const s = text(cell);
  const bound = /^[<＜](\d+(?:\.\d+)?)%$/.exec(s);
  if (bound) return { lt: Number(bound[1]) / 100 };
  const pct = /^([+-]?\d+(?:\.\d+)?)%$/.exec(s);
  if (pct) return negativeMeansMissing(Number(pct[1]) / 100);
  if (NUMBER.test(s)) return negativeMeansMissing(scaleBare(Number(s), scale));
  throw new Error(`无法识别的比率 “${s}”`);
}

function scaleBare(n: number, scale: RateScale): number {
  if (scale === 'percent') return n / 100;
  if (scale === 'fraction') return n;
  // A bare number above 1 can only be a percentage.
  return n > 1 ? n / 100 : n;
}

/** "21.46秒" → 21.46, "1分20秒" → 80, "00:01:20" → 80, "-1" → missing. */
export function parseSeconds(cell: Cell): number | undefined {
  if (isMissing(cell)) return undefined;
  if (typeof cell === 'number') return negativeMeansMissing(cell);
  const s = text(cell);
  if (NUMBER.test(s)) return negativeMeansMissing(Number(s));
  const cn = /^(?:(\d+)(?:小时|时))?(?:(\d+)分(?:钟)?)?(?:(\d+(?:\.\d+)?)秒)?$/.exec(s);
  if (cn && (cn[1] || cn[2] || cn[3])) return Number(cn[1] ?? 0) * 3600 + Number(cn[2] ?? 0) * 60 + Number(cn[3] ?? 0);
  const clock = /^(?:(\d+):)?(\d{1,2}):(\d{2}(?:\.\d+)?)$/.exec(s);
  if (clock) return Number(clock[1] ?? 0) * 3600 + Number(clock[2]) * 60 + Number(clock[3]);
  const en = /^(\d+(?:\.\d+)?)s$/i.exec(s);
  if (en) return Number(en[1]);
  throw new Error(`无法识别的时长 “${s}”`);
}

/**
 * A publishing date as YYYY-MM-DD: "2026年03月25日09时49分34秒", "2026/5/29", "20260529",
 * "2026-05-29 10:00", a Date from a spreadsheet, or an Excel serial day number.
 */
export function parseDate(cell: Cell): string | undefined {
  if (isMissing(cell)) return undefined;
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (typeof cell === 'number') {
    if (cell > 19000101 && cell < 21001231) return checked(String(Math.trunc(cell)).replace(/^(\d{4})(\d{2})(\d{2})$/, '$1-$2-$3'), cell);
    // Excel serial days (1900 system): a date cell read without its style.
    if (cell > 20000 && cell < 80000) return new Date(Date.UTC(1899, 11, 30) + Math.round(cell * 86400000)).toISOString().slice(0, 10);
    throw new Error(`无法识别的日期 “${cell}”`);
  }
  const s = String(cell).trim();
  const m = /^(\d{4})\s*[年/.-]\s*(\d{1,2})\s*[月/.-]\s*(\d{1,2})/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})(?!\d)/.exec(s);
  if (!m) throw new Error(`无法识别的日期 “${s}”`);
  return checked(`${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`, s);
}

/**
 * The publishing moment as local "YYYY-MM-DDTHH:MM" when the cell carries a time of day
 * ("2026年03月25日09时49分34秒", "2026-03-02 18:00"); undefined when it gives only a date, so the
 * age comparison knows the hour is unknown rather than midnight.
 */
export function parsePublishedAt(cell: Cell): string | undefined {
  const date = parseDate(cell);
  if (!date) return undefined;
  if (cell instanceof Date) {
    // A spreadsheet date cell holds the local wall-clock time as if it were UTC.
    const hm = cell.toISOString().slice(11, 16);
    return hm === '00:00' ? undefined : `${date}T${hm}`;
  }
  if (typeof cell === 'number') {
    const fraction = cell > 20000 && cell < 80000 ? cell % 1 : 0;
    if (!fraction) return undefined;
    const minutes = Math.round(fraction * 1440);
    return `${date}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  }
  const m = /^\d{4}\s*[年/.-]?\s*\d{1,2}\s*[月/.-]?\s*\d{1,2}\s*日?[\sT]*(\d{1,2})\s*[:：时]\s*(\d{2})/.exec(String(cell).trim());
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return undefined;
  return `${date}T${m[1]!.padStart(2, '0')}:${m[2]}`;
}

function checked(iso: string, original: Cell): string {
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso) throw new Error(`不存在的日期 “${String(original)}”`);
  return iso;
}

/** Titles compared the way an editor would: width, spaces, punctuation and emoji ignored. */
export function normalizeTitle(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');
}
