/**
 * `metrics/links.json`: which platform work is which variant, remembered once confirmed so later
 * imports join exactly even after a title is edited. Keys are sorted so the file diffs cleanly.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { ExportRow } from './read-export.ts';

export interface Link {
  variant: string;
  /** How the link was made: by the published title and date, by the editor, or by a generic CSV naming the variant. */
  how: 'title' | 'manual' | 'named';
  title: string;
  published?: string;
  workId?: string;
  url?: string;
  /** Date the link was made (YYYY-MM-DD). */
  since: string;
}

export interface Links {
  version: 1;
  links: Record<string, Link>;
}

export const LINKS_FILE = 'links.json';

/**
 * The platform's own id for a row when it exports one, else its URL, else its published date and
 * title: the key a link is stored under and `kepu metrics link` is given.
 */
export function rowKey(row: Pick<ExportRow, 'platform' | 'workId' | 'url' | 'published' | 'title'>): string {
  if (row.workId) return `${row.platform}/id/${row.workId}`;
  if (row.url) return `${row.platform}/url/${row.url}`;
  return `${row.platform}/${row.published ?? '无日期'}/${row.title.replace(/\s+/g, ' ').trim().slice(0, 80)}`;
}

export async function readLinks(metricsDir: string): Promise<Links> {
  try {
    const parsed = JSON.parse(await readFile(join(metricsDir, LINKS_FILE), 'utf8')) as Links;
    return { version: 1, links: parsed.links ?? {} };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { version: 1, links: {} };
    throw new Error(`${join(metricsDir, LINKS_FILE)}: 无法读取（${(err as Error).message}）`);
  }
}

export async function writeLinks(metricsDir: string, links: Links): Promise<void> {
  const sorted = Object.fromEntries(Object.entries(links.links).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const file = join(metricsDir, LINKS_FILE);
  await mkdir(dirname(file), { recursive: true });
  // Written beside and renamed, so an interrupted write never leaves half a file.
  await writeFile(`${file}.tmp`, `${JSON.stringify({ version: 1, links: sorted }, null, 2)}\n`);
  await rename(`${file}.tmp`, file);
}
