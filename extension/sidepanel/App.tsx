/** The side panel: choose a source, an article and a variant, then fill the composer in the current tab. */
import { useEffect, useState } from 'preact/hooks';
import type { ArticleStatus, Manifest, ManifestArticle, Variant } from '../../generator/manifest.ts';
import { PLATFORMS } from '../../generator/platforms/registry.ts';
import { DEFAULT_PREVIEW_ORIGIN } from '../config.ts';
import type { FillResponse, InsertResponse, ProbeResponse } from '../protocol.ts';
import { connectSite, fetchAssets, loadRemembered, normaliseOrigin, parseManifest, remember, type Source } from './source.ts';
import { activeTab, sendToTab, type ActiveTab } from './tab.ts';

const STATUS_LABEL: Record<ArticleStatus, string> = { draft: '草稿', 'in-review': '审核中', approved: '已通过审核', blocked: '已拦截' };
const FIELD_LABEL: Record<string, string> = { title: '标题', body: '正文', topics: '话题', cover: '封面', images: '图片' };
const KIND_LABEL: Record<Variant['kind'], string> = { article: '图文', 'video-script': '短视频', carousel: '图片轮播', 'live-outline': '直播' };

type Result = { kind: 'fill'; response: FillResponse & { reason?: string } } | { kind: 'insert'; response: InsertResponse } | { kind: 'error'; message: string };

function variantLabel(v: Variant): string {
  const seconds = v.targetSeconds && v.kind === 'video-script' ? ` ${v.targetSeconds} 秒` : '';
  return `${PLATFORMS[v.platform].name} · ${KIND_LABEL[v.kind]}${seconds}`;
}

export function App() {
  const [originInput, setOriginInput] = useState(DEFAULT_PREVIEW_ORIGIN);
  const [source, setSource] = useState<Source | null>(null);
  const [manifest, setManifest] = useState<Manifest | null>(null);
  const [slug, setSlug] = useState<string | undefined>();
  const [variantId, setVariantId] = useState<string | undefined>();
  const [tab, setTab] = useState<ActiveTab | null>(null);
  const [probe, setProbe] = useState<ProbeResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [acknowledged, setAcknowledged] = useState(false);
  const [result, setResult] = useState<Result | null>(null);

  const refreshTab = async () => {
    const t = await activeTab();
    setTab(t);
    setProbe(null);
    if (t?.platform) sendToTab<ProbeResponse>(t.id, { type: 'kepu:probe' }).then(setProbe, () => setProbe(null));
  };

  useEffect(() => {
    void refreshTab();
    const onActivated = () => void refreshTab();
    const onUpdated = (_id: number, info: { status?: string }) => info.status === 'complete' && void refreshTab();
    chrome.tabs.onActivated.addListener(onActivated);
    chrome.tabs.onUpdated.addListener(onUpdated);
    void loadRemembered().then(async (last) => {
      setSlug(last.slug);
      setVariantId(last.variantId);
      if (last.source?.kind === 'file' && last.manifest) {
        setSource(last.source);
        setManifest(last.manifest);
      } else if (last.source?.kind === 'site') {
        setOriginInput(last.source.origin);
        // Permission was granted before; reading again needs no prompt.
        try {
          const r = await fetch(`${last.source.origin}/manifest.json`, { cache: 'no-store' });
          if (r.ok) {
            setManifest(parseManifest(await r.text(), `${last.source.origin}/manifest.json`));
            setSource(last.source);
          }
        } catch {
          // the preview server is not running; the editor reconnects by hand
        }
      }
    });
    return () => {
      chrome.tabs.onActivated.removeListener(onActivated);
      chrome.tabs.onUpdated.removeListener(onUpdated);
    };
  }, []);

  const connect = async () => {
    setError(null);
    try {
      const origin = normaliseOrigin(originInput);
      const m = await connectSite(origin);
      const s: Source = { kind: 'site', origin };
      setSource(s);
      setManifest(m);
      await remember({ source: s, manifest: undefined });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    try {
      const m = parseManifest(await file.text(), file.name);
      const s: Source = { kind: 'file', name: file.name };
      setSource(s);
      setManifest(m);
      await remember({ source: s, manifest: m });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  const article: ManifestArticle | undefined = manifest?.articles.find((a) => a.slug === slug);
  const variants = article ? article.variants.filter((v) => !tab?.platform || v.platform === tab.platform) : [];
  const variant = variants.find((v) => v.id === variantId) ?? variants[0];
  const approved = article?.status === 'approved';
  const canFill = Boolean(variant && tab?.platform && tab.platform === variant.platform && (approved || acknowledged));

  const choose = (patch: { slug?: string; variantId?: string }) => {
    if (patch.slug !== undefined) {
      setSlug(patch.slug);
      setAcknowledged(false);
    }
    if (patch.variantId !== undefined) setVariantId(patch.variantId);
    setResult(null);
    void remember(patch);
  };

  const fill = async () => {
    if (!variant || !tab) return;
    setBusy(true);
    setResult(null);
    try {
      const paths = [variant.cover, ...(variant.images ?? [])].filter((p): p is string => Boolean(p));
      const fetched = source?.kind === 'site' && paths.length ? await fetchAssets(source.origin, paths) : { assets: [], errors: [] };
      const response = await sendToTab<FillResponse & { reason?: string }>(tab.id, { type: 'kepu:fill', variant, assets: fetched.assets });
      setResult({ kind: 'fill', response });
    } catch (e) {
      setResult({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  };

  const insert = async (what: 'title' | 'body') => {
    if (!variant || !tab) return;
    const message = what === 'title'
      ? { type: 'kepu:insert', text: variant.title }
      : { type: 'kepu:insert', text: variant.caption ?? variant.text, html: variant.kind === 'article' ? variant.html : undefined };
    try {
      setResult({ kind: 'insert', response: await sendToTab<InsertResponse>(tab.id, message) });
    } catch (e) {
      setResult({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  };

  return (
    <main>
      <h1>Kepu 科普发布助手</h1>

      <section>
        <h2>稿件来源</h2>
        <div class="row">
          <input type="url" value={originInput} onInput={(e) => setOriginInput((e.target as HTMLInputElement).value)} aria-label="预览站点地址" />
          <button onClick={connect}>连接预览站点</button>
          <label>
            或导入 manifest.json：
            <input type="file" accept=".json,application/json" onChange={(e) => void importFile((e.target as HTMLInputElement).files?.[0])} />
          </label>
        </div>
        {source && <p>当前来源：{source.kind === 'site' ? source.origin : `文件 ${source.name}（图片需连接预览站点才能上传）`}</p>}
        {error && <p class="error" role="alert">{error}</p>}
        {manifest?.errors?.length ? <p class="warn">有 {manifest.errors.length} 篇文章生成失败，未列出：{manifest.errors.map((e) => `${e.file}:${e.line}:${e.column}`).join('，')}</p> : null}
      </section>

      {manifest && (
        <section>
          <h2>文章</h2>
          {manifest.articles.length === 0 && <p>没有文章。</p>}
          <ul class="articles">
            {manifest.articles.map((a) => (
              <li key={a.slug} class={a.slug === slug ? 'selected' : ''} onClick={() => choose({ slug: a.slug })}>
                {a.title}
                <span class={`status ${a.status === 'approved' ? 'approved' : 'other'}`}>{STATUS_LABEL[a.status]}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section>
        <h2>当前页面</h2>
        {tab?.platform ? (
          <p>
            {PLATFORMS[tab.platform].name} 发布页
            {probe && <>（找到：{probe.fields.map((f) => FIELD_LABEL[f] ?? f).join('、') || '暂未找到栏目'}）</>}
          </p>
        ) : (
          <p>当前页面不是已知平台的发布页。可在页面上点选输入框后用“插入到光标处”。</p>
        )}
        <button onClick={() => void refreshTab()}>重新检测</button>
      </section>

      {article && (
        <section>
          <h2>稿件</h2>
          {!approved && (
            <div class="warn" role="alert">
              此文章状态为“{STATUS_LABEL[article.status]}”，尚未通过审核，发布前须完成审核。
              {article.statusReasons?.length ? <ul>{article.statusReasons.map((r) => <li key={r}>{r}</li>)}</ul> : null}
              <label>
                <input type="checkbox" checked={acknowledged} onChange={(e) => setAcknowledged((e.target as HTMLInputElement).checked)} />
                我已知晓，仅填充以便预览
              </label>
            </div>
          )}
          {variants.length === 0 ? (
            <p>这篇文章没有{tab?.platform ? PLATFORMS[tab.platform].name : ''}的稿件。</p>
          ) : (
            <select value={variant?.id} onChange={(e) => choose({ variantId: (e.target as HTMLSelectElement).value })} aria-label="选择稿件">
              {variants.map((v) => <option key={v.id} value={v.id}>{variantLabel(v)}</option>)}
            </select>
          )}
          {variant && <VariantPreview variant={variant} />}
          <div class="row">
            <button class="primary" disabled={!canFill || busy} onClick={() => void fill()}>{busy ? '填充中…' : '填充'}</button>
            <button disabled={!variant || !tab} onClick={() => void insert('title')}>插入标题到光标处</button>
            <button disabled={!variant || !tab} onClick={() => void insert('body')}>插入正文到光标处</button>
          </div>
          <p>填充后请逐项核对，再由您本人在平台上点击发布。</p>
        </section>
      )}

      {result && <ResultView result={result} />}
    </main>
  );
}

function VariantPreview({ variant }: { variant: Variant }) {
  return (
    <div>
      <p><strong>{variant.title}</strong></p>
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
  if (result.kind === 'insert') {
    return <section>{result.response.ok ? <p class="ok">已插入。</p> : <p class="error">插入失败：{result.response.reason}</p>}</section>;
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
    </section>
  );
}
