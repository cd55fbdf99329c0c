/**
 * A spreadsheet or CSV file as rows of cells, nothing more: which rows are headers or banners is
 * read-export's job. xlsx goes through read-excel-file (pure JS, reads only what we need); a
 * workbook whose style sheet breaks it (头条's exports) is read again with the style part taken
 * out, since only the cell values matter here.
 */
import { readSheet } from 'read-excel-file/node';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { parse } from 'csv-parse/sync';
import type { Cell } from './values.ts';
import { decodeText } from './decode.ts';

export type Rows = Cell[][];

export function isXlsx(bytes: Uint8Array): boolean {
  // A zip's local-file signature: xlsx are zips, CSVs never start with "PK\x03\x04".
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export async function readRows(bytes: Uint8Array): Promise<{ rows: Rows; note?: string }> {
  if (isXlsx(bytes)) return readXlsx(bytes);
  const { text, encoding } = decodeText(bytes);
  return { rows: parseCsv(text), ...(encoding === 'gb18030' ? { note: '按 GB18030 编码读取' } : {}) };
}

export function parseCsv(text: string): Rows {
  const delimiter = sniffDelimiter(text);
  return parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, bom: true }) as string[][];
}

/** Some back-ends export tab-separated text with a .csv name. */
function sniffDelimiter(text: string): string {
  const head = text.split(/\r?\n/, 5).join('\n');
  return (head.match(/\t/g)?.length ?? 0) > (head.match(/,/g)?.length ?? 0) ? '\t' : ',';
}

async function readXlsx(bytes: Uint8Array): Promise<{ rows: Rows; note?: string }> {
  try {
    return { rows: await readSheet(Buffer.from(bytes)) as Rows };
  } catch (first) {
    let stripped: Uint8Array;
    try {
      stripped = withoutStyles(bytes);
    } catch {
      throw first;
    }
    return { rows: await readSheet(Buffer.from(stripped)) as Rows, note: '工作簿的样式部分无法读取，已只读单元格数据' };
  }
}

/** The workbook with its styles part removed, and every reference to it. */
export function withoutStyles(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  const styles = Object.keys(files).filter((p) => /(^|\/)styles\.xml$/i.test(p));
  for (const p of styles) delete files[p];
  const types = files['[Content_Types].xml'];
  if (types) files['[Content_Types].xml'] = strToU8(strFromU8(types).replace(/<Override[^>]*styles\.xml"[^>]*\/>/gi, ''));
  for (const p of Object.keys(files).filter((p) => p.endsWith('.rels'))) {
    files[p] = strToU8(strFromU8(files[p]!).replace(/<Relationship[^>]*styles\.xml"[^>]*\/>/gi, ''));
  }
  // Cell style indexes (s="3") would point into the removed part.
  for (const p of Object.keys(files).filter((p) => /^xl\/worksheets\/.*\.xml$/.test(p))) {
    files[p] = strToU8(strFromU8(files[p]!).replace(/(<c\b[^>]*?)\s+s="\d+"/g, '$1'));
  }
  return zipSync(files);
}
