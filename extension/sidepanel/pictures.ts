/**
 * Body pictures made to fit the platform before they are sent: the registry's `BODY_IMAGES`
 * says which formats and how many bytes its editor takes. A picture in another format is
 * re-encoded, one over the size is re-encoded and scaled down until it fits; one that still
 * does not fit is reported and not sent (the composer would refuse it anyway, after a wait).
 */
import { BODY_IMAGES, type BodyImageRule } from '../../generator/platforms/registry.ts';
import type { PlatformId } from '../../generator/manifest.ts';
import type { Asset, PictureProgress, PictureResult } from '../protocol.ts';

export interface FittedPictures {
  assets: Asset[];
  /** Pictures not sent, by asset path, with the reason shown for them. */
  refused: Map<string, string>;
  /** What was done to pictures that were converted, by asset path. */
  notes: Map<string, string>;
}

const MB = 1024 * 1024;
const mb = (bytes: number) => (bytes < MB ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / MB).toFixed(bytes < 10 * MB ? 1 : 0)} MB`);
const FORMAT_NAME: Record<string, string> = { jpeg: 'JPEG', png: 'PNG', gif: 'GIF', webp: 'WebP' };

function formatOf(mime: string): string {
  const sub = mime.split('/')[1]?.toLowerCase() ?? '';
  return sub === 'jpg' ? 'jpeg' : sub;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // In slices: spreading a whole picture into fromCharCode overflows the argument limit.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function bytesOf(base64: string): Uint8Array {
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

/** Encodings to try, best first: the source's own format when allowed (keeps transparency), then JPEG. */
function encodings(rule: BodyImageRule, source: string): { type: string; quality?: number }[] {
  const out: { type: string; quality?: number }[] = [];
  if (rule.formats.includes('png') && source !== 'jpeg') out.push({ type: 'image/png' });
  if (rule.formats.includes('jpeg')) out.push({ type: 'image/jpeg', quality: 0.9 }, { type: 'image/jpeg', quality: 0.8 });
  if (!out.length && rule.formats.includes('png')) out.push({ type: 'image/png' });
  return out;
}

async function encode(bitmap: ImageBitmap, scale: number, type: string, quality?: number): Promise<Blob> {
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d')!;
  // JPEG has no transparency: transparent areas would turn black.
  if (type === 'image/jpeg') {
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
  }
  ctx.drawImage(bitmap, 0, 0, width, height);
  return canvas.convertToBlob({ type, ...(quality !== undefined ? { quality } : {}) });
}

/** One picture re-encoded (and scaled down, halving the area each round) until it fits the rule. */
async function fit(asset: Asset, bytes: Uint8Array, rule: BodyImageRule): Promise<{ asset: Asset; note: string } | { reason: string }> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(new Blob([bytes as BlobPart], { type: asset.mime }));
  } catch {
    return { reason: `无法读取这张图（${asset.mime}），请换成 ${rule.formats.map((f) => FORMAT_NAME[f]).join('/')} 格式` };
  }
  try {
    for (let round = 0, scale = 1; round < 6; round++, scale *= Math.SQRT1_2) {
      for (const { type, quality } of encodings(rule, formatOf(asset.mime))) {
        // Lossless PNG at the same size comes out as large as the PNG that did not fit.
        if (round === 0 && type === 'image/png' && formatOf(asset.mime) === 'png') continue;
        const blob = await encode(bitmap, scale, type, quality);
        if (blob.size > rule.maxBytes) continue;
        const what = [
          formatOf(type) !== formatOf(asset.mime) ? `转为 ${FORMAT_NAME[formatOf(type)]}` : '重新压缩',
          scale < 1 ? `缩小到 ${Math.round(bitmap.width * scale)}×${Math.round(bitmap.height * scale)}` : '',
        ].filter(Boolean).join('并');
        return {
          asset: { path: asset.path, mime: type, base64: toBase64(new Uint8Array(await blob.arrayBuffer())) },
          note: `${what}（原图 ${FORMAT_NAME[formatOf(asset.mime)] ?? asset.mime} ${mb(bytes.length)}，现 ${mb(blob.size)}）`,
        };
      }
    }
    return { reason: `文件超过 ${mb(rule.maxBytes)}，压缩后仍放不下，未发送` };
  } finally {
    bitmap.close();
  }
}

/** Fits the body pictures (`bodyPaths`) among `assets` to the platform; other assets pass as they are. */
export async function fitPictures(platform: PlatformId, assets: Asset[], bodyPaths: string[]): Promise<FittedPictures> {
  const rule = BODY_IMAGES[platform];
  const out: FittedPictures = { assets: [], refused: new Map(), notes: new Map() };
  const body = new Set(bodyPaths);
  for (const asset of assets) {
    if (!rule || !body.has(asset.path)) {
      out.assets.push(asset);
      continue;
    }
    const bytes = bytesOf(asset.base64);
    if ((rule.formats as string[]).includes(formatOf(asset.mime)) && bytes.length <= rule.maxBytes) {
      out.assets.push(asset);
      continue;
    }
    const fitted = await fit(asset, bytes, rule);
    if ('reason' in fitted) out.refused.set(asset.path, fitted.reason);
    else {
      out.assets.push(fitted.asset);
      out.notes.set(asset.path, fitted.note);
    }
  }
  return out;
}

/** Whether a result from the page (which names a picture by asset path or by its address) is about `path`. */
const samePicture = (path: string, named: string | undefined) => Boolean(named) && (path === named || path.endsWith(`/${named!.replace(/^\.?\//, '')}`));

/** The page's per-picture results with the panel's own reasons for pictures it did not send. */
export function withPanelReasons(results: PictureResult[] | undefined, fitted: FittedPictures | undefined, fetchErrors: string[] = []): PictureResult[] | undefined {
  if (!results) return results;
  return results.map((r) => {
    if (r.ok || !fitted) return r;
    for (const [path, reason] of fitted.refused) if (samePicture(path, r.path)) return { ...r, reason };
    const fetchError = fetchErrors.find((e) => r.path && e.startsWith(`${r.path}：`));
    return fetchError ? { ...r, reason: `未能从预览站点取得：${fetchError}` } : r;
  });
}

/** Notes on converted pictures, numbered as the page numbered them. */
export function pictureNotes(results: PictureResult[] | undefined, fitted: FittedPictures | undefined): string[] {
  if (!results || !fitted) return [];
  return results.flatMap((r) => {
    for (const [path, note] of fitted.notes) if (samePicture(path, r.path)) return [`第 ${r.index} 张图${note}`];
    return [];
  });
}

/** Calls `on` for each progress report the content script of tab `tabId` sends; returns the unsubscribe. */
export function listenPictureProgress(tabId: number, on: (p: PictureProgress) => void): () => void {
  const listener = (message: unknown, sender: chrome.runtime.MessageSender) => {
    if (sender.id !== chrome.runtime.id || sender.tab?.id !== tabId) return;
    const p = message as Partial<PictureProgress> | null;
    if (p?.type === 'kepu:picture-progress' && typeof p.index === 'number' && typeof p.total === 'number') on(p as PictureProgress);
  };
  chrome.runtime.onMessage.addListener(listener);
  return () => chrome.runtime.onMessage.removeListener(listener);
}

/** "第 2 张图上传失败：文件超过 5 MB" / "第 1 张图已插入". */
export function pictureLine(r: PictureResult): string {
  return r.ok ? `第 ${r.index} 张图已插入` : `第 ${r.index} 张图上传失败：${r.reason ?? '原因不明'}`;
}
