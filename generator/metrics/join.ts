/**
 * Rows → variants. A stored link wins; then a generic row's named variant; then the title as
 * published on that platform (titles are cut per platform, so a variant's own title is compared),
 * narrowed by date. More than one candidate is never guessed: it is listed for the editor.
 */
import type { CatalogVariant } from './catalog.ts';
import { rowKey, type Link, type Links } from './links.ts';
import type { ExportRow } from './read-export.ts';
import { normalizeTitle } from './values.ts';

export type Match =
  | { status: 'linked' | 'named' | 'title'; variant: string }
  | { status: 'ambiguous'; candidates: string[] }
  | { status: 'unmatched'; reason: string };

export interface JoinedRow {
  key: string;
  row: ExportRow;
  match: Match;
}

/** A shorter title inside a longer one counts only past this many characters (视频号 descriptions carry the title plus hashtags). */
const MIN_CONTAINED = 6;

export function joinRows(rows: ExportRow[], catalog: CatalogVariant[], links: Links): JoinedRow[] {
  const ids = new Set(catalog.map((v) => v.id));
  return rows.map((row) => {
    const key = rowKey(row);
    const link = links.links[key];
    if (link) return { key, row, match: { status: 'linked', variant: link.variant } };
    if (row.variant) {
      return ids.has(row.variant)
        ? { key, row, match: { status: 'named', variant: row.variant } }
        : { key, row, match: { status: 'unmatched', reason: `稿件 id “${row.variant}” 不在当前站点里` } };
    }
    return { key, row, match: byTitle(row, catalog.filter((v) => v.platform === row.platform)) };
  });
}

function byTitle(row: ExportRow, variants: CatalogVariant[]): Match {
  const title = normalizeTitle(row.title);
  if (!title) return { status: 'unmatched', reason: '标题为空' };
  const titled = variants.filter((v) => v.title);
  let found = titled.filter((v) => normalizeTitle(v.title!) === title);
  if (found.length === 0) {
    found = titled.filter((v) => {
      const t = normalizeTitle(v.title!);
      const [short, long] = t.length < title.length ? [t, title] : [title, t];
      return short.length >= MIN_CONTAINED && long.includes(short);
    });
  }
  // A work cannot be published before its article was written.
  if (row.published && found.length > 1) {
    const dated = found.filter((v) => !v.date || v.date <= row.published!);
    if (dated.length > 0) found = dated;
  }
  if (found.length === 1) return { status: 'title', variant: found[0]!.id };
  if (found.length > 1) return { status: 'ambiguous', candidates: found.map((v) => v.id) };
  return { status: 'unmatched', reason: variants.length ? '没有标题相同的稿件' : '站点里没有这个平台的稿件' };
}

/** Links for rows joined by title or by a named variant, to store so the next import joins exactly. */
export function newLinks(joined: JoinedRow[], today: string): Record<string, Link> {
  const out: Record<string, Link> = {};
  for (const j of joined) {
    if (j.match.status !== 'title' && j.match.status !== 'named') continue;
    out[j.key] = {
      variant: j.match.variant, how: j.match.status, title: j.row.title, since: today,
      ...(j.row.published ? { published: j.row.published } : {}), ...(j.row.workId ? { workId: j.row.workId } : {}), ...(j.row.url ? { url: j.row.url } : {}),
    };
  }
  return out;
}
