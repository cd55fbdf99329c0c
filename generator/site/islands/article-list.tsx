/** The index's article list with filters (status, department, platform) and a title search. */
import { useEffect, useState } from 'preact/hooks';
import { variantCount, type ArticleStatus, type IndexEntry, type Manifest, type PlatformId, type Severity } from '../../manifest.ts';
import { SEVERITIES, SEVERITY_LABEL, STATUS_LABEL } from '../labels.ts';

export interface ArticleRow {
  slug: string;
  title: string;
  href: string;
  department?: string;
  author?: string;
  status: ArticleStatus;
  findings: Record<Severity, number>;
  platforms: { id: PlatformId; name: string }[];
  variants: number;
}

export interface ArticleListProps {
  /** All rows, or only the first ones when the site is big (then `index` has them all). */
  articles: ArticleRow[];
  total: number;
  /** The index (manifest.json) to read every row from, when `articles` holds only some. */
  index?: string;
  platformNames: Partial<Record<PlatformId, string>>;
}

/** Rows drawn at once: a 10,000-article archive is searched, not scrolled. */
export const ROWS_SHOWN = 200;

export function articleRow(a: IndexEntry, platformNames: ArticleListProps['platformNames']): ArticleRow {
  return {
    slug: a.slug,
    title: a.title,
    href: a.page ?? `${a.slug}/index.html`,
    department: a.department,
    author: a.author,
    status: a.status,
    findings: a.counts,
    platforms: a.platforms.map((id) => ({ id, name: platformNames[id] ?? id })),
    variants: variantCount(a),
  };
}

const ALL = '';

export function ArticleList(props: ArticleListProps) {
  const [articles, setArticles] = useState(props.articles);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [limit, setLimit] = useState(ROWS_SHOWN);
  useEffect(() => {
    if (!props.index || props.articles.length >= props.total) return;
    fetch(props.index)
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`))))
      .then((m: Manifest) => setArticles(m.articles.map((e) => articleRow(e, props.platformNames))))
      .catch((e: unknown) => setLoadError(`读取 ${props.index} 失败（${e instanceof Error ? e.message : String(e)}），只显示前 ${props.articles.length} 篇`));
  }, []);
  const [status, setStatus] = useState(ALL);
  const [department, setDepartment] = useState(ALL);
  const [platform, setPlatform] = useState(ALL);
  const [query, setQuery] = useState('');
  const departments = [...new Set(articles.map((a) => a.department).filter((d): d is string => !!d))].sort();
  const platforms = [...new Map(articles.flatMap((a) => a.platforms).map((p) => [p.id, p.name])).entries()];
  const q = query.trim().toLowerCase();
  const shown = articles.filter((a) =>
    (!status || a.status === status) &&
    (!department || a.department === department) &&
    (!platform || a.platforms.some((p) => p.id === platform)) &&
    (!q || a.title.toLowerCase().includes(q)));
  const pick = (set: (v: string) => void) => (e: Event) => set((e.currentTarget as HTMLSelectElement).value);
  return (
    <div class="article-list">
      <form class="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <input type="search" name="q" placeholder="按标题搜索" aria-label="按标题搜索" value={query}
          onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)} />
        <select name="status" aria-label="状态" value={status} onChange={pick(setStatus)}>
          <option value={ALL}>全部状态</option>
          {(Object.keys(STATUS_LABEL) as ArticleStatus[]).map((s) => <option value={s}>{STATUS_LABEL[s]}</option>)}
        </select>
        <select name="department" aria-label="科室" value={department} onChange={pick(setDepartment)}>
          <option value={ALL}>全部科室</option>
          {departments.map((d) => <option value={d}>{d}</option>)}
        </select>
        <select name="platform" aria-label="平台" value={platform} onChange={pick(setPlatform)}>
          <option value={ALL}>全部平台</option>
          {platforms.map(([id, name]) => <option value={id}>{name}</option>)}
        </select>
        <span class="count" aria-live="polite">{shown.length} / {Math.max(articles.length, props.total)} 篇</span>
      </form>
      {articles.length < props.total ? (
        <p class="muted partial-list">{loadError ?? `正在读取全部 ${props.total} 篇……（未启用 JavaScript 时只列出前 ${articles.length} 篇，全部文章见 manifest.json）`}</p>
      ) : null}
      <table class="articles">
        <thead>
          <tr><th>标题</th><th>科室</th><th>作者</th><th>状态</th><th>问题</th><th>平台</th></tr>
        </thead>
        <tbody>
          {shown.slice(0, limit).map((a) => (
            <tr key={a.slug} data-slug={a.slug}>
              <td class="title-cell"><a href={a.href}>{a.title}</a><div class="muted">{a.slug} · {a.variants} 个稿件</div></td>
              <td>{a.department ?? '—'}</td>
              <td>{a.author ?? '—'}</td>
              <td><span class={`status status-${a.status}`}>{STATUS_LABEL[a.status]}</span></td>
              <td class="finding-counts">
                {SEVERITIES.map((s) => a.findings[s] > 0
                  ? <span class={`sev sev-${s}`} title={SEVERITY_LABEL[s]}>{SEVERITY_LABEL[s]} {a.findings[s]}</span>
                  : null)}
                {SEVERITIES.every((s) => a.findings[s] === 0) ? <span class="muted">无</span> : null}
              </td>
              <td class="platforms">{a.platforms.map((p) => <span class={`chip chip-${p.id}`}>{p.name}</span>)}</td>
            </tr>
          ))}
          {shown.length === 0 ? <tr><td colSpan={6} class="empty">没有符合条件的文章</td></tr> : null}
        </tbody>
      </table>
      {shown.length > limit ? (
        <p class="more"><button type="button" onClick={() => setLimit(limit + ROWS_SHOWN)}>再显示 {Math.min(ROWS_SHOWN, shown.length - limit)} 篇（还有 {shown.length - limit} 篇）</button></p>
      ) : null}
    </div>
  );
}
