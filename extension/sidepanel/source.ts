/**
 * Where the manifest comes from (the preview site or imported files), reading and checking its
 * two parts (the `manifest.json` index and one `articles/<slug>.json` detail per article), and
 * what the panel remembers between openings.
 */
import { z } from 'zod';
import { MANIFEST_VERSION, type ArticleDetail, type IndexEntry, type Manifest, type ManifestArticle } from '../../generator/manifest.ts';
// Also applies protocol.ts's zod settings (no runtime code generation) before any schema here runs.
import { variantSchema, type Asset } from '../protocol.ts';

export type Source = { kind: 'site'; origin: string } | { kind: 'file'; name: string };

export interface Remembered {
  source?: Source;
  slug?: string;
  variantId?: string;
}

/** What was stored, unchecked: the stored copies are checked again on reading (the extension may have been updated since). */
export interface Stored extends Remembered {
  index?: unknown;
  detail?: unknown;
}

// Three keys so that choosing an article or a variant rewrites a few bytes, not a 2 MB index.
const KEY = 'kepu.last';
/** File sources only: a site's index is fetched again on opening, so storing it would only go stale. */
const INDEX_KEY = 'kepu.index';
/** The open article's `ArticleDetail`, file sources only; never every article's. */
const DETAIL_KEY = 'kepu.detail';

export async function loadRemembered(): Promise<Stored> {
  const stored = await chrome.storage.local.get([KEY, INDEX_KEY, DETAIL_KEY]);
  const last = (stored[KEY] ?? {}) as Remembered & { manifest?: unknown };
  // Version 1 kept the whole manifest under KEY; hand it over as the index so it is refused with the version message.
  const index = stored[INDEX_KEY] ?? last.manifest;
  return { source: last.source, slug: last.slug, variantId: last.variantId, index, detail: stored[DETAIL_KEY] };
}

let writes = Promise.resolve();

/** Merges into the remembered choice; writes run one after another so quick clicks do not undo each other. */
export function remember(patch: Partial<Remembered>): Promise<void> {
  writes = writes.then(async () => {
    const { source, slug, variantId } = await loadRemembered();
    await chrome.storage.local.set({ [KEY]: { source, slug, variantId, ...patch } });
  }).catch(() => undefined);
  return writes;
}

function isQuota(error: unknown): boolean {
  return /quota/i.test(error instanceof Error ? error.message : String(error));
}

/** Stores (or, with `undefined`, forgets) an imported index. Throws a Chinese message; the caller keeps working in memory. */
export async function saveIndex(index: Manifest | undefined): Promise<void> {
  try {
    if (index) await chrome.storage.local.set({ [INDEX_KEY]: index });
    else await chrome.storage.local.remove(INDEX_KEY);
  } catch (error) {
    // A half-written index must not be read back next time.
    await chrome.storage.local.remove(INDEX_KEY).catch(() => undefined);
    throw new Error(isQuota(error) ? '索引过大，无法保存，下次打开需重新导入' : '无法保存索引，下次打开需重新导入');
  }
}

export async function saveDetail(detail: ArticleDetail | undefined): Promise<void> {
  try {
    if (detail) await chrome.storage.local.set({ [DETAIL_KEY]: detail });
    else await chrome.storage.local.remove(DETAIL_KEY);
  } catch (error) {
    await chrome.storage.local.remove(DETAIL_KEY).catch(() => undefined);
    throw new Error(isQuota(error) ? '这篇文章的数据过大，无法保存，下次打开需重新导入' : '无法保存这篇文章，下次打开需重新导入');
  }
}

const STATUSES = ['draft', 'in-review', 'approved', 'blocked'] as const;
const count = z.number().int().min(0);

/** A path inside OUT: not absolute, no scheme, no `..`, so a detail can only come from the same site. */
function isInsideOut(path: string): boolean {
  return !/^([a-z][a-z0-9+.-]*:|[/\\])/i.test(path) && !path.split(/[/\\]/).includes('..');
}

// Loose objects: fields a newer generator adds within the same version pass through untouched.
const entrySchema = z.looseObject({
  slug: z.string().min(1),
  title: z.string(),
  source: z.string(),
  status: z.enum(STATUSES),
  department: z.string().optional(),
  date: z.string().optional(),
  platforms: z.array(z.string()),
  counts: z.looseObject({ error: count, warning: count, info: count }),
  variants: z.record(z.string(), z.array(z.string())),
  detail: z.string().min(1).refine(isInsideOut, '须是 OUT 目录内的相对路径'),
  page: z.string().optional(),
});

const indexSchema = z.looseObject({
  version: z.literal(MANIFEST_VERSION),
  generatedAt: z.string(),
  articles: z.array(entrySchema),
  errors: z.array(z.looseObject({ file: z.string(), line: z.number(), column: z.number(), message: z.string() })).optional(),
});

// The detail is checked at its top level and for what the panel reads; filling checks each variant again in the content script.
const detailSchema = z.looseObject({
  version: z.literal(MANIFEST_VERSION),
  article: z.looseObject({
    slug: z.string().min(1),
    title: z.string(),
    status: z.enum(STATUSES),
    statusReasons: z.array(z.string()).optional(),
    findings: z.array(z.unknown()),
    variants: z.array(variantSchema),
  }),
});

const TYPE_NAME: Record<string, string> = { string: '文字', number: '数字', int: '整数', array: '列表', object: '对象', boolean: '是或否' };

/** A zod issue in Chinese: zod's own messages are English and name internals. */
function describeIssue(issue: z.core.$ZodIssue): string {
  let where = '';
  for (const p of issue.path) where += typeof p === 'number' ? `[${p}]` : `${where ? '.' : ''}${String(p)}`;
  where ||= '内容';
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `缺少 ${where}` : `${where} 应为${TYPE_NAME[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return `${where} 的值 ${JSON.stringify(issue.input) ?? ''} 不在允许范围内`;
    case 'too_small':
      return `${where} 不能为空或过小`;
    case 'custom':
      return `${where} ${issue.message}`;
    default:
      return `${where} 格式不正确`;
  }
}

function isObject(data: unknown): data is Record<string, unknown> {
  return typeof data === 'object' && data !== null && !Array.isArray(data);
}

export function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // JSON.parse's message is English; where and what is enough to act on.
    throw new Error(`${where} 不是有效的 JSON（文件可能不完整或已损坏）`);
  }
}

function checkVersion(data: Record<string, unknown>, where: string): void {
  const version = data.version;
  if (version === MANIFEST_VERSION) return;
  if (typeof version !== 'number') throw new Error(`${where} 没有版本号，不是此扩展能读取的 Kepu 文件（此扩展读取第 ${MANIFEST_VERSION} 版）。请用新版 Kepu 重新生成（kepu build）。`);
  const advice = version > MANIFEST_VERSION ? '请更新扩展，或用与扩展配套的 Kepu 重新生成（kepu build）' : '请用新版 Kepu 重新生成（kepu build）或更新扩展';
  throw new Error(`${where} 的版本 ${version} 不受支持：此扩展读取第 ${MANIFEST_VERSION} 版。${advice}。`);
}

/** What an imported file is, by content: the index has an `articles` list, a detail an `article` object. */
export function kindOfFile(data: unknown): 'index' | 'detail' | null {
  if (!isObject(data)) return null;
  if (Array.isArray(data.articles)) return 'index';
  if (isObject(data.article)) return 'detail';
  return null;
}

export function checkIndex(data: unknown, where: string): Manifest {
  if (!isObject(data)) throw new Error(`${where} 不是 Kepu 的 manifest.json`);
  if (!('articles' in data) && isObject(data.article)) throw new Error(`${where} 是一篇文章的详情文件，不是索引 manifest.json`);
  checkVersion(data, where);
  if (!Array.isArray(data.articles)) throw new Error(`${where} 不是 Kepu 的 manifest.json（缺少 articles）`);
  const parsed = indexSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) throw new Error(`${where} 格式不正确：${describeIssue(parsed.error.issues[0]!)}`);
  return data as unknown as Manifest;
}

/** Checks a detail file; with `slug`, also that it is that article's (not a renamed copy of another). */
export function checkDetail(data: unknown, where: string, slug?: string): ArticleDetail {
  if (!isObject(data)) throw new Error(`${where} 不是 Kepu 的文章详情文件`);
  if (Array.isArray(data.articles) && !('article' in data)) throw new Error(`${where} 是索引 manifest.json，不是文章详情文件`);
  checkVersion(data, where);
  const parsed = detailSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) throw new Error(`${where} 格式不正确：${describeIssue(parsed.error.issues[0]!)}`);
  const detail = data as unknown as ArticleDetail;
  if (slug !== undefined && detail.article.slug !== slug) throw new Error(`${where} 是文章“${detail.article.slug}”的详情，不是“${slug}”的`);
  return detail;
}

export function normaliseOrigin(input: string): string {
  const trimmed = input.trim();
  let url: URL;
  try {
    // `192.168.1.20:5178` as typed from a colleague's note means http.
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`);
  } catch {
    throw new Error(`“${input}”不是有效的网址，例如 http://localhost:5178、http://192.168.1.20:5178 或 https://preview.example.org`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('预览站点地址须以 http:// 或 https:// 开头');
  return url.origin;
}

/** What to tell the editor when a read fails, beyond the URL and the HTTP status. */
interface ReadAdvice {
  unreachable?: string;
  notFound?: string;
}

async function fetchText(url: string, advice: ReadAdvice = {}): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { cache: 'no-store' });
  } catch {
    // fetch's own message ("Failed to fetch") is English and says nothing more.
    throw new Error(`读取 ${url} 失败：无法连接${advice.unreachable ?? ''}`);
  }
  if (!response.ok) throw new Error(`读取 ${url} 失败：HTTP ${response.status}${response.status === 404 ? (advice.notFound ?? '') : ''}`);
  return response.text();
}

/** Why a preview site may not answer, in the order worth checking. */
const SITE_ADVICE: ReadAdvice = {
  unreachable:
    '。请确认预览服务器（kepu dev）正在运行，地址和端口无误；预览在另一台电脑上时，须在那台电脑上用 --host 0.0.0.0 启动 kepu dev，并且本机能访问它的地址（同一内网、防火墙放行）；https 地址的证书须受本机信任',
  notFound: '（这个地址上没有 Kepu 的预览站点）',
};

/** Reads the site's index; no permission prompt (the caller asked already, or did on an earlier connect). */
export async function fetchIndex(origin: string): Promise<Manifest> {
  const url = `${origin}/manifest.json`;
  return checkIndex(parseJson(await fetchText(url, SITE_ADVICE), url), url);
}

export function detailUrl(origin: string, entry: IndexEntry): string {
  const url = new URL(entry.detail, `${origin}/`);
  if (url.origin !== origin) throw new Error(`文章“${entry.title}”的详情地址 ${entry.detail} 不在预览站点内`);
  return url.href;
}

/** Reads one article's detail from the site, when that article is opened. */
export async function fetchDetail(origin: string, entry: IndexEntry): Promise<ArticleDetail> {
  const url = detailUrl(origin, entry);
  return checkDetail(parseJson(await fetchText(url), url), url, entry.slug);
}

/** The one permission a preview origin needs: its scheme, host and port, any path. */
export function originPattern(origin: string): string {
  return `${new URL(origin).origin}/*`;
}

/** Chrome's reason for refusing a permission request, in Chinese (its own message is English). */
export function explainPermissionError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  if (/user gesture/i.test(text)) return '须在点击“连接预览站点”时申请，请再点一次该按钮';
  if (/only permissions specified in the manifest|optional permissions/i.test(text)) return '此版本的扩展不能申请这类地址，请更新扩展，或导入 manifest.json 及文章文件';
  if (/invalid|pattern/i.test(text)) return 'Chrome 不接受这个地址作为权限范围，请检查地址是否写对（例如 http://192.168.1.20:5178）';
  return `Chrome 未能弹出授权提示（${text}）；可稍后重试，或导入 manifest.json 及文章文件`;
}

export type ConnectStep = 'asking' | 'connecting';

/**
 * Asks for the preview origin (an optional host permission, just that origin) during the click,
 * then reads its index; `onStep` hears each stage so the panel can show it. Errors are Chinese.
 */
export async function connectSite(origin: string, onStep: (step: ConnectStep) => void = () => undefined): Promise<Manifest> {
  onStep('asking');
  let granted: boolean;
  try {
    // First thing in the click: Chrome only shows the prompt during a user gesture.
    granted = await chrome.permissions.request({ origins: [originPattern(origin)] });
  } catch (error) {
    throw new Error(`无法申请访问 ${origin} 的权限：${explainPermissionError(error)}`);
  }
  if (!granted) {
    throw new Error(`未获准访问 ${origin}：Chrome 的授权提示被拒绝或关闭了，扩展因此不能读取这个预览站点。如需连接，请再点“连接预览站点”并选择“允许”；也可以导入 manifest.json 及文章文件。`);
  }
  onStep('connecting');
  return fetchIndex(origin);
}

export interface Imported {
  /** Set when the selection held an index. */
  index?: { name: string; manifest: Manifest };
  /** Detail texts by slug: kept as text because text is far smaller in memory than the parsed objects. */
  details: Map<string, string>;
}

/** Sorts an import into the index and detail files by content; any file that is neither is an error naming it. */
export async function readImport(files: File[]): Promise<Imported> {
  const result: Imported = { details: new Map() };
  for (const file of files) {
    const text = await file.text();
    const data = parseJson(text, file.name);
    const kind = kindOfFile(data);
    if (kind === 'index') {
      if (result.index) throw new Error(`选择了两个索引（${result.index.name} 和 ${file.name}），请只选一个 manifest.json`);
      result.index = { name: file.name, manifest: checkIndex(data, file.name) };
    } else if (kind === 'detail') {
      result.details.set(checkDetail(data, file.name).article.slug, text);
    } else {
      throw new Error(`${file.name} 既不是 Kepu 的 manifest.json，也不是 articles/ 下的文章详情文件`);
    }
  }
  return result;
}

/** An imported article, from the texts kept in memory; names the file to import when it is missing. */
export function importedDetail(details: Map<string, string>, entry: IndexEntry): ManifestArticle {
  const text = details.get(entry.slug);
  if (text === undefined) throw new Error(`没有导入文章“${entry.title}”的详情：请连同 manifest.json 一起导入 ${entry.detail}（在生成目录的 articles/ 下）`);
  return checkDetail(parseJson(text, entry.detail), entry.detail, entry.slug).article;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Fetches the variant's images from the preview site; missing ones are left out (the fill reports them). */
export async function fetchAssets(origin: string, paths: string[]): Promise<{ assets: Asset[]; errors: string[] }> {
  const assets: Asset[] = [];
  const errors: string[] = [];
  await Promise.all(
    [...new Set(paths)].map(async (path) => {
      try {
        const response = await fetch(new URL(path, `${origin}/`).href);
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const mime = response.headers.get('content-type')?.split(';')[0] ?? 'image/png';
        if (!mime.startsWith('image/')) throw new Error(`不是图片（${mime}）`);
        assets.push({ path, mime, base64: toBase64(new Uint8Array(await response.arrayBuffer())) });
      } catch (error) {
        errors.push(`${path}：${error instanceof Error ? error.message : String(error)}`);
      }
    }),
  );
  return { assets, errors };
}
