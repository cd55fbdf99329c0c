/**
 * `kepu metrics import` as a function: read each export, join its rows, store new links and a
 * snapshot per file. A file with errors contributes nothing; the others still import.
 */
import type { CatalogVariant } from './catalog.ts';
import { joinRows, newLinks, type JoinedRow } from './join.ts';
import { readLinks, writeLinks } from './links.ts';
import { ExportError, readExport } from './read-export.ts';
import { snapshotCsv, writeSnapshot } from './snapshot.ts';
import { bookingNote, readBookingExport, writeBookingSnapshot } from './bookings.ts';

export interface FileResult {
  path: string;
  /** Problems that kept the whole file out, as `file:row 说明`. */
  errors: string[];
  platform?: string;
  snapshot?: string;
  notes: string[];
  joined: JoinedRow[];
  /** Set when the file was a booking export (channel codes) rather than a platform's. */
  bookings?: boolean;
}

export interface ImportOptions {
  metricsDir: string;
  catalog: CatalogVariant[];
  platform?: string;
  /** Day of the export (YYYY-MM-DD); default today. */
  date?: string;
}

export async function importFiles(paths: string[], opts: ImportOptions): Promise<FileResult[]> {
  const date = opts.date ?? localDate();
  const links = await readLinks(opts.metricsDir);
  const results: FileResult[] = [];
  for (const path of paths) {
    try {
      // A booking export is known by its channel-code column (unless a platform was named).
      const bookings = opts.platform ? undefined : await readBookingExport(path);
      if (bookings) {
        const snapshot = await writeBookingSnapshot(opts.metricsDir, date, bookings.rows);
        results.push({ path, errors: [], platform: '预约导出', snapshot, notes: [bookingNote(bookings, opts.catalog)], joined: [], bookings: true });
        continue;
      }
      const file = await readExport(path, { platform: opts.platform });
      const joined = joinRows(file.rows, opts.catalog, links, { platformExport: file.format.id !== 'generic' });
      Object.assign(links.links, newLinks(joined, date));
      const snapshot = await writeSnapshot(opts.metricsDir, date, file.format.id, snapshotCsv(joined));
      results.push({ path, errors: [], platform: file.format.name, snapshot, notes: file.notes, joined });
    } catch (err) {
      if (!(err instanceof ExportError)) throw err;
      results.push({ path, errors: err.problems, notes: [], joined: [] });
    }
  }
  await writeLinks(opts.metricsDir, links);
  return results;
}

export function localDate(d = new Date()): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
