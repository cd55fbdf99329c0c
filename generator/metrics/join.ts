/**
 * Rows → variants. A stored link wins; then a generic row's named variant; then the title as
 * published on that platform (titles are cut per platform, so a variant's own title is compared),
 * narrowed by date. More than one candidate is never guessed: it is listed for the editor.
 *
 * Two more cases are never joined by title, so one variant never gets two works' numbers:
 * - a row of the platform's own export for an A/B test the platform runs inside one post
 *   (头条 双标题, registry AB_SPLIT `onePost`): that row is the whole post, every title together,
 *   and belongs to no single arm; per-arm rows come by variant id, or by one arm's exact title
 *   in a generic CSV;
 * - a title match to a variant that a stored link already gives another row (a generic row
 *   named it, or the editor linked it): listed for the editor instead.
 */
import { AB_SPLIT } from '../platforms/registry.ts';
import type { CatalogVariant } from './catalog.ts';
import { rowKey, type Link, type Links } from './links.ts';
import type { ExportRow } from './read-export.ts';
import { normalizeTitle } from './values.ts';

export type Match =
  | { status: 'linked' | 'named' | 'title'; variant: string }
  | { status: 'ambiguous'; candidates: string[]; reason?: string }
  | { status: 'unmatched'; reason: string };

export interface JoinedRow {
  key: string;
  row: ExportRow;
  match: Match;
}

/** A shorter title inside a longer one counts only past this many characters (视频号 descriptions carry the title plus hashtags). */
const MIN_CONTAINED = 6;

export interface JoinOptions {
  /** The rows are the platform's own export (not the generic CSV): one row per post. */
  platformExport?: boolean;
}

export function joinRows(rows: ExportRow[], catalog: CatalogVariant[], links: Links, opts: JoinOptions = {}): JoinedRow[] {
  const ids = new Set(catalog.map((v) => v.id));
  const arms = onePostArms(catalog);
  // Which row a stored link already gives each variant to.
  const linkedTo = new Map<string, string>();
  for (const [key, l] of Object.entries(links.links)) if (!linkedTo.has(l.variant)) linkedTo.set(l.variant, key);
  const joined = rows.map((row): JoinedRow => {
    const key = rowKey(row);
    const link = links.links[key];
    if (link) return { key, row, match: { status: 'linked', variant: link.variant } };
    if (row.variant) {
      return ids.has(row.variant)
        ? { key, row, match: { status: 'named', variant: row.variant } }
        : { key, row, match: { status: 'unmatched', reason: `稿件 id “${row.variant}” 不在当前站点里` } };
    }
    const match = byTitle(row, catalog.filter((v) => v.platform === row.platform), arms, opts);
    if (match.status === 'title') {
      const other = linkedTo.get(match.variant);
      if (other && other !== key) {
        return { key, row, match: { status: 'ambiguous', candidates: [match.variant], reason: `标题对应 ${match.variant}，但该稿件已对应到另一行（${other}）：不会把两行的数字算给同一稿件` } };
      }
    }
    return { key, row, match };
  });
  // Two rows of one file joined by title to the same variant: neither is guessed.
  const byVariant = new Map<string, number>();
  for (const j of joined) if (j.match.status === 'title') byVariant.set(j.match.variant, (byVariant.get(j.match.variant) ?? 0) + 1);
  return joined.map((j) => (j.match.status === 'title' && byVariant.get(j.match.variant)! > 1
    ? { ...j, match: { status: 'ambiguous', candidates: [j.match.variant], reason: `同一文件里有 ${byVariant.get(j.match.variant)} 行的标题都对应 ${j.match.variant}` } }
    : j));
}

/** Arms of A/B tests run inside one post (头条 双标题), each variant id → every arm of its test. */
function onePostArms(catalog: CatalogVariant[]): Map<string, CatalogVariant[]> {
  const byTest = new Map<string, CatalogVariant[]>();
  for (const v of catalog) if (v.experiment && AB_SPLIT[v.platform]?.onePost) byTest.set(v.experiment.id, [...(byTest.get(v.experiment.id) ?? []), v]);
  const out = new Map<string, CatalogVariant[]>();
  for (const v of catalog) {
    const others = byTest.get(v.id);
    // Arm a is the base variant itself, named by the other arms' experiment id.
    if (others) for (const arm of [v, ...others]) out.set(arm.id, [v, ...others]);
  }
  return out;
}

function byTitle(row: ExportRow, variants: CatalogVariant[], arms: Map<string, CatalogVariant[]>, opts: JoinOptions): Match {
  const title = normalizeTitle(row.title);
  if (!title) return { status: 'unmatched', reason: '标题为空' };
  const titled = variants.filter((v) => v.title);
  let found = titled.filter((v) => normalizeTitle(v.title!) === title);
  const armsOf = (list: CatalogVariant[]) => [...new Set(list.flatMap((v) => (arms.get(v.id) ?? []).map((a) => a.id)))];
  if (opts.platformExport) {
    // The platform's row for a multi-title post is every title together; whichever title it shows.
    const contained = titled.filter((v) => arms.has(v.id) && contains(normalizeTitle(v.title!), title));
    const test = armsOf([...found, ...contained]);
    if (test.length) {
      return { status: 'ambiguous', candidates: test, reason: '这是头条多标题文章的整篇数据（各标题合计），不属于任何一个版本：各标题的数据请按稿件 id 用通用 CSV 导入；确要记给某个版本，用 kepu metrics link' };
    }
  } else if (found.some((v) => arms.has(v.id))) {
    // A generic row carries one title's numbers: only that arm's exact title joins it.
    return found.length === 1 ? { status: 'title', variant: found[0]!.id } : { status: 'ambiguous', candidates: found.map((v) => v.id) };
  }
  if (found.length === 0) {
    // An arm's title never joins by containment: arms' titles are variations of each other.
    found = titled.filter((v) => !arms.has(v.id) && contains(normalizeTitle(v.title!), title));
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

/** One title inside the other, the shorter past MIN_CONTAINED characters (both normalised). */
function contains(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= MIN_CONTAINED && long.includes(short);
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
