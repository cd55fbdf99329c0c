/** The side panel: choose a source, an article and a variant, then fill the composer in the current tab. */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { MANIFEST_VERSION, type ArticleStatus, type IndexEntry, type Manifest, type ManifestArticle, type Variant } from '../../generator/manifest.ts';
import { COMPOSER_ACCEPTS, PLATFORMS } from '../../generator/platforms/registry.ts';
import { gate, type ArticleRef } from '../gate.ts';
import { appendLog, readLog, type FillLogEntry } from './fill-log.ts';
import { DEFAULT_PREVIEW_ORIGIN } from '../config.ts';
import type { Asset, FillResponse, InsertResponse, PictureProgress, PictureResult, ProbeResponse } from '../protocol.ts';
import { fitPictures, listenPictureProgress, pictureLine, pictureNotes, withPanelReasons, type FittedPictures } from './pictures.ts';
import {
  checkDetail, checkIndex, fetchAssets, fetchDetail, fetchIndex, importedDetail, loadRemembered,
  readImport, remember, saveDetail, saveIndex, type Source,
} from './source.ts';
import { Connect } from './Connect.tsx';
import { BookingCarriers, ManualSteps } from './booking.tsx';
import { activeTab, sendToTab, type ActiveTab } from './tab.ts';

const STATUS_LABEL: Record<ArticleStatus, string> = { draft: '草稿', 'in-review': '审核中', approved: '已通过审核', blocked: '已拦截' };
const FIELD_LABEL: Record<string, string> = { title: '标题', body: '正文', topics: '话题', cover: '封面', images: '图片', readMore: '原文链接', caption: '配文', hashtags: '话题', slide: '单页文字' };
const ACTION_LABEL: Record<FillLogEntry['action'], string> = { fill: '填充', 'insert-title': '插入标题', 'insert-body': '插入正文' };
const KIND_LABEL: Record<Variant['kind'], string> = { article: '图文', 'video-script': '短视频', carousel: '图片轮播', 'live-outline': '直播' };

/** `notes`: what the panel did to pictures before sending them (converted, scaled down). */
type Result =
  | { kind: 'fill'; response: FillResponse & { reason?: string }; notes?: string[] }
  | { kind: 'insert'; response: InsertResponse; notes?: string[] }
  | { kind: 'progress'; action: 'fill' | 'insert'; progress?: PictureProgress; done: PictureResult[] }
  | { kind: 'error'; message: string };

/** A/B arms follow their base variant in the list and name their arm and title, so the editor picks the one being published. */
function variantLabel(v: Variant): string {
  const seconds = v.targetSeconds && v.kind === 'video-script' ? ` ${v.targetSeconds} 秒` : '';
  const e = v.experiment;
  const arm = e ? ` · ${e.changes.includes('title') ? '标题' : e.changes.includes('cover') ? '封面' : '原版'} ${e.arm.toUpperCase()}：${v.title}` : '';
  return `${PLATFORMS[v.platform].name} · ${KIND_LABEL[v.kind]}${seconds}${arm}`;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function App() {
  const [originInput, setOriginInput] = useState(DEFAULT_PREVIEW_ORIGIN);
  const [source, setSource] = useState<Source | null>(null);
  const [index, setIndex] = useState<Manifest | null>(null);
  const [slug, setSlug] = useState<string | undefined>();
  const [variantId, setVariantId] = useState<string | undefined>();
  /** The open article's detail; only ever one is held (a 2,000-article archive would not fit otherwise). */
  const [detail, setDetail] = useState<ManifestArticle | null>(null);
  const [loading, setLoading] = useState(false);
  const [detailError, setDetailError] = useState<string | null>(null);
  const [tab, setTab] = useState<ActiveTab | null>(null);
  const [probe, setProbe] = useState<ProbeResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** Storage trouble: the panel keeps working from memory, so this is a note, not an error. */
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [acknowledged, setAcknowledged] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const [log, setLog] = useState<FillLogEntry[]>([]);
  /** Imported detail texts by slug, for this session only (storage holds just the open one). */
  const imported = useRef(new Map<string, string>());
  const [importedCount, setImportedCount] = useState(0);
  /** Bumped on every open, so a slow answer for an article no longer selected is dropped. */
  const opening = useRef(0);

  /** Bumped on every refresh, so a retry for a page the editor has left stops. */
  const probing = useRef(0);
  const refreshTab = async () => {
    const token = ++probing.current;
    const t = await activeTab();
    setTab(t);
    setProbe(null);
    if (!t?.platform) return;
    // Composers render their fields late, and single-page composers navigate without a reload:
    // ask again for a few seconds until the fields are there.
    for (let attempt = 0; attempt < 8 && token === probing.current; attempt++) {
      const p = await sendToTab<ProbeResponse>(t.id, { type: 'kepu:probe' }).catch(() => null);
      if (token !== probing.current) return;
      setProbe(p);
      if (p && (p.fields.length > 0 || p.login)) return;
      await new Promise((r) => setTimeout(r, 750));
    }
  };

  const openArticle = async (entry: IndexEntry, from: Source) => {
    const token = ++opening.current;
    setDetail(null);
    setDetailError(null);
    setLoading(true);
    // A newly read detail may say something else than the one acknowledged before.
    setAcknowledged(false);
    try {
      const article = from.kind === 'site' ? (await fetchDetail(from.origin, entry)).article : importedDetail(imported.current, entry);
      if (token !== opening.current) return;
      setDetail(article);
      if (from.kind === 'file') saveDetail({ version: MANIFEST_VERSION, article }).catch((e: unknown) => setNotice(message(e)));
    } catch (e) {
      if (token === opening.current) setDetailError(message(e));
    } finally {
      if (token === opening.current) setLoading(false);
    }
  };

  const closeArticle = () => {
    opening.current++;
    setSlug(undefined);
    setDetail(null);
    setDetailError(null);
    setLoading(false);
  };

  /** After a new index: the chosen article stays open if it is still there. */
  const reselect = (m: Manifest, from: Source) => {
    const entry = m.articles.find((a) => a.slug === slug);
    if (entry) void openArticle(entry, from);
    else {
      closeArticle();
      void remember({ slug: undefined });
    }
  };

  useEffect(() => {
    void refreshTab();
    const onActivated = () => void refreshTab();
    const onUpdated = (_id: number, info: { status?: string; url?: string }) => (info.status === 'complete' || info.url) && void refreshTab();
    chrome.tabs.onActivated.addListener(onActivated);
    chrome.tabs.onUpdated.addListener(onUpdated);
    void readLog().then(setLog, () => undefined);
    void loadRemembered().then(async (last) => {
      setVariantId(last.variantId);
      const s = last.source;
      let m: Manifest;
      if (s?.kind === 'file') {
        if (last.index === undefined) return setNotice(`上次导入的 ${s.name} 未能保存，请重新导入`);
        try {
          m = checkIndex(last.index, `上次导入的 ${s.name}`);
        } catch (e) {
          // Stored by an older extension: say why once, then forget it.
          setError(message(e));
          await Promise.all([saveIndex(undefined), saveDetail(undefined), remember({ source: undefined, slug: undefined })]).catch(() => undefined);
          return;
        }
      } else if (s?.kind === 'site') {
        setOriginInput(s.origin);
        try {
          // Permission was granted at connect; reading again needs no prompt.
          m = await fetchIndex(s.origin);
        } catch (e) {
          return setError(message(e));
        }
      } else return;
      setSource(s);
      setIndex(m);
      const entry = m.articles.find((a) => a.slug === last.slug);
      if (!entry) return;
      setSlug(entry.slug);
      if (s.kind === 'file' && last.detail !== undefined) {
        try {
          setDetail(checkDetail(last.detail, entry.detail, entry.slug).article);
          return;
        } catch {
          // not this article's, or from an older extension: the open below names the file to import
        }
      }
      void openArticle(entry, s);
    });
    return () => {
      chrome.tabs.onActivated.removeListener(onActivated);
      chrome.tabs.onUpdated.removeListener(onUpdated);
    };
  }, []);

  const connected = async (origin: string, m: Manifest) => {
    setError(null);
    const s: Source = { kind: 'site', origin };
    imported.current = new Map();
    setImportedCount(0);
    setSource(s);
    setIndex(m);
    setNotice(null);
    await Promise.all([saveIndex(undefined), saveDetail(undefined)]).catch(() => undefined);
    await remember({ source: s });
    reselect(m, s);
  };

  const importFiles = async (input: HTMLInputElement) => {
    const files = [...(input.files ?? [])];
    // Cleared so that choosing the same files again still fires a change.
    input.value = '';
    if (!files.length) return;
    setError(null);
    try {
      const read = await readImport(files);
      if (read.index) {
        const s: Source = { kind: 'file', name: read.index.name };
        const m = read.index.manifest;
        imported.current = read.details;
        setImportedCount(read.details.size);
        setSource(s);
        setIndex(m);
        setNotice(null);
        await saveDetail(undefined).catch(() => undefined);
        await saveIndex(m).catch((e: unknown) => setNotice(message(e)));
        await remember({ source: s });
        reselect(m, s);
      } else if (source?.kind === 'file' && index) {
        // Detail files on their own, e.g. the one the panel asked for: added to the current import.
        for (const [k, v] of read.details) imported.current.set(k, v);
        setImportedCount(imported.current.size);
        const entry = index.articles.find((a) => a.slug === slug);
        if (entry && !detail) void openArticle(entry, source);
      } else {
        throw new Error('请同时选择 manifest.json（索引）和 articles/ 下的文章文件');
      }
    } catch (e) {
      setError(message(e));
    }
  };

  const entry = index?.articles.find((a) => a.slug === slug);
  const article = detail && detail.slug === slug ? detail : undefined;
  // An index and a detail from different builds can disagree; anything short of both approved is not approved.
  const status: ArticleStatus | undefined = article && (article.status !== 'approved' ? article.status : entry && entry.status !== 'approved' ? entry.status : 'approved');
  // On a composer, only what that composer takes (no live outline on a video upload page).
  const variants = article ? article.variants.filter((v) => !tab?.platform || (v.platform === tab.platform && COMPOSER_ACCEPTS[tab.platform].includes(v.kind))) : [];
  const variant = variants.find((v) => v.id === variantId) ?? variants[0];
  const approved = status === 'approved';
  const ref: ArticleRef | undefined = article && status ? { slug: article.slug, status, ...(article.contentHash ? { hash: article.contentHash } : {}) } : undefined;
  const decision = gate(ref, acknowledged);
  const canFill = Boolean(variant && tab?.platform && tab.platform === variant.platform && decision.ok);
  const canInsert = Boolean(variant && tab && decision.ok);
  const blocking = article && status === 'blocked'
    ? [...article.findings, ...article.variants.flatMap((v) => v.findings ?? [])].filter((f) => f.severity === 'error' && !f.waived)
    : [];
  const pageUrl = source?.kind === 'site' && entry?.page ? `${source.origin}/${entry.page}` : undefined;

  /** One line in the local log per attempt; an acknowledgement covers one fill only. */
  const record = async (action: FillLogEntry['action'], ok: boolean, reason?: string) => {
    if (!ref || !variant) return;
    const entryLog: FillLogEntry = {
      time: new Date().toISOString(), action, slug: ref.slug, variantId: variant.id, status: ref.status,
      ...(ref.hash ? { hash: ref.hash } : {}), acknowledged: ref.status !== 'approved' && acknowledged, page: tab?.url, ok, ...(reason ? { reason } : {}),
    };
    setAcknowledged(false);
    setLog(await appendLog(entryLog).catch(() => [...log, entryLog]));
  };

  const chooseArticle = (next: IndexEntry) => {
    // Clicking the open article again only retries a failed read.
    if (next.slug === slug && !detailError && (article || loading)) return;
    setSlug(next.slug);
    setResult(null);
    void remember({ slug: next.slug });
    if (source) void openArticle(next, source);
  };
  const chooseRef = useRef(chooseArticle);
  chooseRef.current = chooseArticle;

  const chooseVariant = (id: string) => {
    setVariantId(id);
    setResult(null);
    void remember({ variantId: id });
  };

  // Two thousand rows are rebuilt only when the index or the selection changes, not on every tick of the panel.
  const list = useMemo(() => index && (
    <ul
      class="articles"
      onClick={(e) => {
        const slugOf = (e.target as Element).closest('li[data-slug]')?.getAttribute('data-slug');
        const picked = index.articles.find((a) => a.slug === slugOf);
        if (picked) chooseRef.current(picked);
      }}
    >
      {index.articles.map((a) => (
        <li key={a.slug} data-slug={a.slug} class={a.slug === slug ? 'selected' : ''}>
          {a.title}
          <span class={`status status-${a.status}`}>{STATUS_LABEL[a.status]}</span>
          {a.counts.error > 0 && <span class="count errors">错误 {a.counts.error}</span>}
          {a.counts.warning > 0 && <span class="count warnings">注意 {a.counts.warning}</span>}
        </li>
      ))}
    </ul>
  ), [index, slug]);

  /** The variant's pictures from the preview site, made to fit the platform; body pictures only for `body`. */
  const pictureAssets = async (v: Variant, withCover: boolean): Promise<{ assets: Asset[]; fitted?: FittedPictures; errors: string[] }> => {
    const body = v.kind === 'article' ? v.images ?? [] : [];
    const paths = [...(withCover && v.cover ? [v.cover] : []), ...(withCover ? v.images ?? [] : body)];
    if (source?.kind !== 'site' || !paths.length) return { assets: [], errors: [] };
    const fetched = await fetchAssets(source.origin, paths);
    if (!body.length) return fetched;
    const fitted = await fitPictures(v.platform, fetched.assets, body);
    return { assets: fitted.assets, fitted, errors: fetched.errors };
  };

  /** Shows each picture's progress while the page pastes them; returns the unsubscribe. */
  const followPictures = (tabId: number, action: 'fill' | 'insert') => {
    const done: PictureResult[] = [];
    return listenPictureProgress(tabId, (progress) => {
      if (progress.result) done.push(progress.result);
      setResult({ kind: 'progress', action, progress, done: [...done] });
    });
  };

  const fill = async () => {
    if (!variant || !tab) return;
    setBusy(true);
    setResult(null);
    let unfollow = () => {};
    try {
      const { assets, fitted, errors } = await pictureAssets(variant, true);
      unfollow = followPictures(tab.id, 'fill');
      const response = await sendToTab<FillResponse & { reason?: string }>(tab.id, { type: 'kepu:fill', variant, assets, article: ref, acknowledged });
      unfollow();
      const pictures = withPanelReasons(response.pictures, fitted, errors);
      setResult({ kind: 'fill', response: { ...response, ...(pictures ? { pictures } : {}) }, notes: pictureNotes(pictures, fitted) });
      await record('fill', response.ok, response.reason ?? pictures?.filter((p) => !p.ok).map(pictureLine).join('；'));
    } catch (e) {
      setResult({ kind: 'error', message: message(e) });
      await record('fill', false, message(e));
    } finally {
      unfollow();
      setBusy(false);
    }
  };

  const insert = async (what: 'title' | 'body') => {
    if (!variant || !tab) return;
    let unfollow = () => {};
    try {
      const html = what === 'body' && variant.kind === 'article' ? variant.html : undefined;
      const { assets, fitted, errors } = html && /<img\b/i.test(html) ? await pictureAssets(variant, false) : { assets: [], errors: [] };
      const request = what === 'title'
        ? { type: 'kepu:insert', text: variant.title, article: ref, acknowledged }
        : { type: 'kepu:insert', text: variant.caption ?? variant.text, html, ...(assets.length ? { assets } : {}), article: ref, acknowledged };
      if (html) unfollow = followPictures(tab.id, 'insert');
      const response = await sendToTab<InsertResponse>(tab.id, request);
      unfollow();
      const pictures = withPanelReasons(response.pictures, fitted, errors);
      setResult({ kind: 'insert', response: { ...response, ...(pictures ? { pictures } : {}) }, notes: pictureNotes(pictures, fitted) });
      await record(`insert-${what}`, response.ok, response.reason);
    } catch (e) {
      setResult({ kind: 'error', message: message(e) });
      await record(`insert-${what}`, false, message(e));
    } finally {
      unfollow();
    }
  };

  return (
    <main>
      <h1>Kepu 科普发布助手</h1>

      <section>
        <h2>稿件来源</h2>
        <Connect value={originInput} onInput={setOriginInput} onConnected={connected} />
        <div class="row">
          <label>
            或导入 manifest.json 及 articles/ 下的文章文件（可多选）：
            <input type="file" multiple accept=".json,application/json" onChange={(e) => void importFiles(e.target as HTMLInputElement)} />
          </label>
        </div>
        {source && (
          <p>
            当前来源：{source.kind === 'site' ? source.origin : `文件 ${source.name}${importedCount ? `，本次导入了 ${importedCount} 篇文章的详情` : ''}（图片需连接预览站点才能上传）`}
          </p>
        )}
        {error && <p class="error" role="alert">{error}</p>}
        {notice && <p class="warn" role="status">{notice}</p>}
        {index?.errors?.length ? <p class="warn">有 {index.errors.length} 篇文章生成失败，未列出：{index.errors.map((e) => `${e.file}:${e.line}:${e.column}`).join('，')}</p> : null}
      </section>

      {index && (
        <section>
          <h2>文章（{index.articles.length} 篇）</h2>
          {index.articles.length === 0 && <p>没有文章。</p>}
          {list}
        </section>
      )}

      <section>
        <h2>当前页面</h2>
        {tab?.platform ? (
          probe?.login ? <p class="error" role="alert">{probe.login}</p> : (
            <p>
              {PLATFORMS[tab.platform].name} 发布页
              {probe && <>（找到：{probe.fields.map((f) => FIELD_LABEL[f] ?? f).join('、') || '暂未找到栏目'}）</>}
            </p>
          )
        ) : (
          <p>当前页面不是 Kepu 支持的发布页（公开的文章页、主页等不会填充）。请打开平台的发布页。</p>
        )}
        <button onClick={() => void refreshTab()}>重新检测</button>
      </section>

      {entry && (
        <section>
          <h2>稿件</h2>
          {loading && <p role="status">正在读取文章“{entry.title}”…</p>}
          {detailError && <p class="error" role="alert">{detailError}</p>}
          {article && status && (
            <>
              <p>状态：<span class={`status status-${status}`}>{STATUS_LABEL[status]}</span></p>
              {status === 'blocked' && (
                <div class="blocked" role="alert">
                  <p><strong>已拦截：不能填充，也不能插入。</strong>须先解决以下 {blocking.length} 个错误级问题并重新生成、重新审核。</p>
                  {blocking.length ? (
                    <ol class="blocking">
                      {blocking.map((f, i) => <li key={i}><code>{f.file}:{f.line}</code> {f.message}{f.excerpt ? `（“${f.excerpt}”）` : ''}</li>)}
                    </ol>
                  ) : null}
                  {article.statusReasons?.length ? <ul>{article.statusReasons.map((r) => <li key={r}>{r}</li>)}</ul> : null}
                  {pageUrl && <p><a href={pageUrl} target="_blank" rel="noreferrer">在预览站点打开这篇文章的审核页</a></p>}
                </div>
              )}
              {(status === 'draft' || status === 'in-review') && (
                <div class="warn" role="alert">
                  此文章状态为“{STATUS_LABEL[status]}”，尚未通过三级审核，不能发布。
                  {article.statusReasons?.length ? <ul>{article.statusReasons.map((r) => <li key={r}>{r}</li>)}</ul> : null}
                  <label>
                    <input type="checkbox" checked={acknowledged} onChange={(e) => setAcknowledged((e.target as HTMLInputElement).checked)} />
                    我已知晓此稿未通过审核，本次仅填充到草稿以便预览（页面上会显示“未审核”提示，每次填充都需重新确认并记录）
                  </label>
                </div>
              )}
              {variants.length === 0 ? (
                <p>这篇文章没有{tab?.platform ? `${PLATFORMS[tab.platform].name}发布页可用` : ''}的稿件。</p>
              ) : (
                <select value={variant?.id} onChange={(e) => chooseVariant((e.target as HTMLSelectElement).value)} aria-label="选择稿件">
                  {variants.map((v) => <option key={v.id} value={v.id}>{variantLabel(v)}</option>)}
                </select>
              )}
              {variant && <VariantPreview variant={variant} />}
              <div class="row">
                <button class="primary" disabled={!canFill || busy} onClick={() => void fill()}>{busy ? '填充中…' : '填充'}</button>
                <button disabled={!canInsert} onClick={() => void insert('title')}>插入标题到光标处</button>
                <button disabled={!canInsert} onClick={() => void insert('body')}>插入正文到光标处</button>
              </div>
              <p>填充后请逐项核对，再由您本人在平台上点击发布。</p>
            </>
          )}
        </section>
      )}

      {result && <ResultView result={result} />}

      {log.length > 0 && (
        <section>
          <details class="fill-log">
            <summary>本机填充记录（{log.length} 条，仅存于本机）</summary>
            <ol reversed>
              {log.slice(-30).reverse().map((l) => (
                <li key={l.time + l.variantId}>
                  {l.time.replace('T', ' ').slice(0, 19)} · {ACTION_LABEL[l.action]} · {l.variantId} · {STATUS_LABEL[l.status]}{l.acknowledged ? '（已确认未审核）' : ''} · {l.ok ? '成功' : `未成功${l.reason ? `：${l.reason}` : ''}`}
                  {l.page ? <div class="muted">{l.page}</div> : null}
                </li>
              ))}
            </ol>
          </details>
        </section>
      )}
    </main>
  );
}

function VariantPreview({ variant }: { variant: Variant }) {
  return (
    <div>
      <p><strong>{variant.title}</strong></p>
      {variant.experiment ? <p class="muted">{variant.experiment.note}</p> : null}
      {variant.channel ? <p class="muted">渠道码 {variant.channel.code}</p> : null}
      <BookingCarriers variant={variant} />
      {variant.limits?.length ? (
        <ul>
          {variant.limits.map((l) => {
            const over = l.length > l.max || (l.min !== undefined && l.length < l.min);
            return <li key={l.field} class={over ? 'over' : ''}>{FIELD_LABEL[l.field] ?? l.field}：{l.length} / {l.min !== undefined ? `${l.min}–` : ''}{l.max}{l.unit === 'count' ? ' 张' : ' 字'}{over ? '（超出限制）' : ''}</li>;
          })}
        </ul>
      ) : null}
      {variant.warnings?.map((w) => <p key={w.code + w.message} class="warn">{w.message}</p>)}
      {variant.findings?.length ? (
        <ul>
          {variant.findings.map((f, i) => <li key={i} class={f.severity === 'error' ? 'error' : ''}>{f.severity === 'error' ? '错误' : f.severity === 'warning' ? '注意' : '提示'}：{f.message}（{f.file}:{f.line}:{f.column}）</li>)}
        </ul>
      ) : null}
      <div class="preview">{variant.caption ?? variant.text}</div>
    </div>
  );
}

function ResultView({ result }: { result: Result }) {
  if (result.kind === 'error') return <section><p class="error" role="alert">{result.message}</p></section>;
  if (result.kind === 'progress') {
    const p = result.progress;
    return (
      <section aria-busy="true">
        <h2>{result.action === 'fill' ? '填充中' : '插入中'}</h2>
        {p && !p.result && <p role="status">正在插入第 {p.index} / {p.total} 张图…（由平台上传）</p>}
        <PictureList pictures={result.done} />
      </section>
    );
  }
  if (result.kind === 'insert') {
    return (
      <section>
        {result.response.ok ? <p class="ok">已插入。</p> : <p class="error">插入失败：{result.response.reason}</p>}
        <PictureList pictures={result.response.pictures} notes={result.notes} />
      </section>
    );
  }
  const r = result.response;
  return (
    <section>
      <h2>填充结果</h2>
      {r.reason && <p class="error">{r.reason}</p>}
      <ul>
        {r.filled.map((f) => <li key={f} class="ok">✓ {FIELD_LABEL[f] ?? f}</li>)}
        {r.failed.map((f) => <li key={f.field + f.reason} class="error">✗ {f.reason}</li>)}
      </ul>
      <ManualSteps steps={r.manual ?? []} title="还需要您手动完成" />
      <PictureList pictures={r.pictures} notes={result.notes} />
    </section>
  );
}

/** One line per body picture, in the order of the text; then what was done to converted ones. */
function PictureList({ pictures, notes }: { pictures?: PictureResult[]; notes?: string[] }) {
  if (!pictures?.length) return null;
  return (
    <>
      <h3>正文图片（{pictures.filter((p) => p.ok).length} / {pictures.length} 张已插入）</h3>
      <ul class="pictures">
        {pictures.map((p) => <li key={p.index} class={p.ok ? 'ok' : 'error'}>{p.ok ? '✓' : '✗'} {pictureLine(p)}</li>)}
      </ul>
      {notes?.length ? <ul class="muted">{notes.map((n) => <li key={n}>{n}</li>)}</ul> : null}
    </>
  );
}
