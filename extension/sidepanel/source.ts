/** Where the manifest comes from (the preview site or an imported file), and the remembered choice. */
import type { Manifest } from '../../generator/manifest.ts';
import type { Asset } from '../protocol.ts';

export type Source = { kind: 'site'; origin: string } | { kind: 'file'; name: string };

export interface Remembered {
  source?: Source;
  /** Kept for file sources only: there is nowhere to fetch it again from. */
  manifest?: Manifest;
  slug?: string;
  variantId?: string;
}

const KEY = 'kepu.last';

export async function loadRemembered(): Promise<Remembered> {
  const stored = await chrome.storage.local.get(KEY);
  return (stored[KEY] as Remembered | undefined) ?? {};
}

export async function remember(patch: Partial<Remembered>): Promise<void> {
  const next = { ...(await loadRemembered()), ...patch };
  await chrome.storage.local.set({ [KEY]: next });
}

export function parseManifest(text: string, where: string): Manifest {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${where} 不是有效的 JSON：${error instanceof Error ? error.message : String(error)}`);
  }
  const m = data as Partial<Manifest>;
  if (!m || typeof m !== 'object' || !Array.isArray(m.articles)) throw new Error(`${where} 不是 Kepu 的 manifest.json（缺少 articles）`);
  if (m.version !== 1) throw new Error(`${where} 的版本 ${String(m.version)} 与扩展不符（需要 1），请更新扩展或重新生成`);
  return m as Manifest;
}

export function normaliseOrigin(input: string): string {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new Error(`“${input}”不是有效的网址，例如 http://localhost:5178`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('预览站点地址须以 http:// 或 https:// 开头');
  return url.origin;
}

/** Asks for the preview origin (optional host permission) during the click, then reads its manifest. */
export async function connectSite(origin: string): Promise<Manifest> {
  const pattern = `${new URL(origin).protocol}//${new URL(origin).hostname}/*`;
  let granted = false;
  try {
    granted = await chrome.permissions.request({ origins: [pattern] });
  } catch (error) {
    throw new Error(`扩展只能连接本机的预览站点（localhost 或 127.0.0.1）；其他地址请导入 manifest.json。（${error instanceof Error ? error.message : String(error)}）`);
  }
  if (!granted) throw new Error('未获得访问预览站点的权限，无法读取稿件');
  const response = await fetch(`${origin}/manifest.json`, { cache: 'no-store' });
  if (!response.ok) throw new Error(`读取 ${origin}/manifest.json 失败：HTTP ${response.status}。请先运行 kepu dev`);
  return parseManifest(await response.text(), `${origin}/manifest.json`);
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
