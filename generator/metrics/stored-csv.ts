/**
 * The metrics folder's own CSV files (snapshots, booking snapshots) read back with the line each
 * record ends on, so a file edited by hand or left with a git merge conflict is reported as
 * `file:row` in Chinese instead of a parser's English message or a silent NaN.
 */
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';

export interface StoredRecord {
  record: Record<string, string>;
  /** 1-based line the record ends on. */
  line: number;
}

export async function readStoredCsv(path: string, shown: string): Promise<StoredRecord[]> {
  const text = await readFile(path, 'utf8');
  const conflict = /^(<{7}|={7}|>{7})( |$)/m.exec(text);
  if (conflict) {
    const line = text.slice(0, conflict.index).split('\n').length;
    throw new Error(`${shown}:${line}: 有未解决的 git 合并冲突标记（${conflict[1]}），请先解决冲突`);
  }
  try {
    return (parse(text, { columns: true, skip_empty_lines: true, bom: true, info: true }) as { record: Record<string, string>; info: { lines: number } }[])
      .map(({ record, info }) => ({ record, line: info.lines }));
  } catch (err) {
    const line = (err as { lines?: number }).lines;
    throw new Error(`${shown}${line ? `:${line}` : ''}: 不是有效的 CSV，无法读取（${(err as { code?: string }).code ?? '格式错误'}）`);
  }
}

/** A stored number, or an error naming file:row and column. */
export function storedNumber(value: string, where: string, column: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) throw new Error(`${where}: 列 ${column} 的值 “${value}” 不是数字`);
  return n;
}
