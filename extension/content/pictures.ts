/**
 * An article body with pictures goes into a rich editor in pieces: the text up to a picture is
 * pasted as HTML, then the picture is pasted as an image file, which the composer uploads to
 * its own server (a picture's URL in pasted HTML is relative or on this machine, and the
 * platform cannot fetch it). Each picture is waited for before the text after it, so the
 * pieces stay in order and every picture is reported on its own.
 */
import type { Asset, PictureProgress, PictureResult } from '../protocol.ts';
import { sleep } from './dom.ts';
import { htmlToText } from './sanitize.ts';
import { caretInside, holdsText, pasteFiles, squeeze, typeIntoEditable, type Caret } from './techniques.ts';

/** How long a composer may take to upload one picture and show it. */
export const PICTURE_WAIT_MS = 20_000;

export interface PictureRef {
  /** From 1, in the order the pictures appear in the text. */
  index: number;
  src: string;
  caption?: string;
}

export type Segment = { html: string; text: string } | { picture: PictureRef };

export function countPictures(html: string | undefined): number {
  return html?.match(/<img\b/gi)?.length ?? 0;
}

/** Elements that mean nothing once a picture is taken out of them (`<p><img></p>` → `<p></p>`). */
const HOLLOW = new Set(['P', 'FIGURE', 'FIGCAPTION', 'SECTION', 'SPAN', 'DIV', 'A', 'STRONG', 'B', 'EM', 'I', 'U', 'BR']);

function prune(root: Element): void {
  for (const el of [...root.querySelectorAll('*')].reverse()) {
    if (HOLLOW.has(el.tagName) && !squeeze(el.textContent ?? '') && !el.querySelector('img, hr, table')) el.remove();
  }
}

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * Cuts sanitised HTML at each `<img>`: the HTML before it, the picture, and so on. A picture's
 * caption (its figure's figcaption, else its alt text) becomes a paragraph right after it,
 * since editors keep neither once the picture is re-uploaded.
 */
export function splitAtPictures(html: string): Segment[] {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const body = doc.body;
  const imgs = [...body.querySelectorAll('img')];
  if (!imgs.length) return [{ html, text: body.textContent ?? '' }];
  const captions = new Map<Element, string>();
  for (const img of imgs) {
    const figure = img.closest('figure');
    const figcaption = figure?.querySelector('figcaption');
    if (figure && figcaption && figure.querySelector('img') === img) {
      captions.set(img, (figcaption.textContent ?? '').trim());
      figcaption.remove();
    } else if (img.getAttribute('alt')?.trim()) {
      captions.set(img, img.getAttribute('alt')!.trim());
    }
  }
  const segments: Segment[] = [];
  let pendingCaption = '';
  let captionText = '';
  const pushHtml = (range: Range) => {
    const holder = doc.createElement('div');
    holder.append(range.cloneContents());
    prune(holder);
    const text = holder.textContent ?? '';
    const chunk = pendingCaption + holder.innerHTML;
    const shown = (pendingCaption ? `${captionText}\n` : '') + text;
    pendingCaption = '';
    if (squeeze(shown) || holder.querySelector('hr, table')) segments.push({ html: chunk, text: shown });
  };
  let from: [Node, number] = [body, 0];
  imgs.forEach((img, i) => {
    const range = doc.createRange();
    range.setStart(...from);
    range.setEndBefore(img);
    pushHtml(range);
    const caption = captions.get(img);
    segments.push({ picture: { index: i + 1, src: img.getAttribute('src') ?? '', ...(caption ? { caption } : {}) } });
    if (caption) {
      captionText = caption;
      pendingCaption = `<p style="text-align:center;color:rgb(136,136,136);font-size:14px;">${escapeHtml(caption)}</p>`;
    }
    from = [img.parentNode!, [...img.parentNode!.childNodes].indexOf(img) + 1];
  });
  const rest = doc.createRange();
  rest.setStart(...from);
  rest.setEnd(body, body.childNodes.length);
  pushHtml(rest);
  return segments;
}

function decode(asset: Asset): File {
  const bytes = Uint8Array.from(atob(asset.base64), (c) => c.charCodeAt(0));
  // The panel may have re-encoded the picture (PNG → JPEG): the name follows its new type.
  const name = asset.path.split('/').pop() || 'image';
  const ext = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/gif': 'gif', 'image/webp': 'webp' }[asset.mime];
  return new File([bytes], ext ? name.replace(/(\.[a-z0-9]+)?$/i, `.${ext}`) : name, { type: asset.mime });
}

function decodeDataUrl(src: string): File | undefined {
  const m = /^data:(image\/[a-z0-9.+-]+);base64,(.*)$/i.exec(src);
  if (!m) return undefined;
  const bytes = Uint8Array.from(atob(m[2]!), (c) => c.charCodeAt(0));
  return new File([bytes], `image.${m[1]!.split('/')[1]!.replace('jpeg', 'jpg')}`, { type: m[1]! });
}

/** A host the platform's servers cannot reach: this machine, a private network, a `.local` name. */
export function isPrivateHost(hostname: string): boolean {
  return /^(localhost|127\.|10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|0\.0\.0\.0|\[?::1\]?$)|\.local$|\.localhost$/i.test(hostname);
}

/** An address a platform cannot fetch: relative, or on a private host. */
export function unreachable(src: string): boolean {
  if (/^(data|blob):/i.test(src)) return false;
  if (!/^https?:\/\//i.test(src)) return true;
  try {
    return isPrivateHost(new URL(src).hostname);
  } catch {
    return true;
  }
}

/**
 * The asset a picture's `src` names: pictures are addressed from the article's folder
 * (`assets/x.png`) or the output root (`slug/assets/x.png`), assets by output path; a full URL
 * on the preview site names the same path.
 */
export function assetFor(src: string, assets: Asset[]): Asset | undefined {
  let path = src;
  if (/^https?:\/\//i.test(src)) {
    try {
      path = decodeURIComponent(new URL(src).pathname);
    } catch {
      return undefined;
    }
  }
  path = path.replace(/^\.?\/+/, '');
  if (!path) return undefined;
  return assets.find((a) => a.path === path) ?? assets.find((a) => a.path.endsWith(`/${path}`));
}

/** Pictures the editor shows from an address the platform serves (not this machine's, not a placeholder). */
function settledPictures(el: HTMLElement): number {
  return [...el.querySelectorAll('img')].filter((img) => {
    const src = img.getAttribute('src') ?? '';
    return /^https?:\/\//i.test(src) && !unreachable(src);
  }).length;
}

const REFUSAL = /失败|超过|超出|不支持|过大|太大|错误|格式/;

/**
 * Watches the page (outside the editor) for the toast or alert a composer shows when it
 * refuses an upload; `reason()` is its text once one appears.
 */
function watchRefusal(el: HTMLElement): { reason(): string | undefined; stop(): void } {
  let found: string | undefined;
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (el.contains(node)) continue;
        const text = (node.textContent ?? '').trim();
        if (text && text.length < 200 && REFUSAL.test(text)) found ??= text.replace(/\s+/g, ' ');
      }
    }
  });
  observer.observe(el.ownerDocument.body, { childList: true, subtree: true });
  return { reason: () => found, stop: () => observer.disconnect() };
}

type Outcome = true | string;

async function placePicture(el: HTMLElement, picture: PictureRef, assets: Asset[], caret: Caret, signal: AbortSignal): Promise<{ outcome: Outcome; path?: string }> {
  const asset = assetFor(picture.src, assets);
  const file = asset ? decode(asset) : decodeDataUrl(picture.src);
  const path = asset?.path ?? (picture.src.startsWith('data:') ? undefined : picture.src);
  const before = settledPictures(el);
  const watcher = watchRefusal(el);
  try {
    if (file) {
      await pasteFiles(el, [file], caret, signal);
    } else if (!unreachable(picture.src)) {
      // A picture already on a public host: the platform fetches it from its address.
      await typeIntoEditable(el, { html: `<p><img src="${escapeHtml(picture.src)}"></p>`, text: '' }, caret === 'keep' && !caretInside(el) ? 'end' : caret, () => settledPictures(el) > before, signal);
    } else {
      return { outcome: '未取得图片文件（请连接预览站点后再填充）', path };
    }
    const until = Date.now() + PICTURE_WAIT_MS;
    for (;;) {
      if (settledPictures(el) > before) return { outcome: true, path };
      const refused = watcher.reason();
      if (refused) return { outcome: refused.startsWith('图片') ? refused.replace(/^图片/, '') : refused, path };
      if (Date.now() >= until) return { outcome: `编辑器 ${PICTURE_WAIT_MS / 1000} 秒内没有显示这张图（上传可能失败，请在页面上核对）`, path };
      await sleep(50, signal);
    }
  } finally {
    watcher.stop();
  }
}

function report(progress: PictureProgress): void {
  // Nobody may be listening (no panel open); progress is a courtesy, never a failure.
  try {
    void chrome.runtime.sendMessage(progress).catch(() => undefined);
  } catch {
    // extension context gone (reloaded): nothing to tell
  }
}

export interface PicturesOutcome {
  /** Whether the text went in (read back). */
  ok: boolean;
  pictures: PictureResult[];
  /** Pictures the editor still shows from an address the platform cannot fetch. */
  unreachable: number;
}

/**
 * Pastes a sanitised body with pictures into a rich editor: text, then each picture as a file,
 * in order. `caret` is where the first piece goes (`replace` for a fill, `keep` for insert at
 * the cursor); later pieces follow at the caret the editor leaves after the previous one.
 */
export async function pasteWithPictures(
  el: HTMLElement,
  html: string,
  assets: Asset[],
  caret: 'replace' | 'keep',
  signal: AbortSignal,
): Promise<PicturesOutcome> {
  const segments = splitAtPictures(html);
  const total = segments.filter((s) => 'picture' in s).length;
  const pictures: PictureResult[] = [];
  let next: Caret = caret;
  let textOk = true;
  for (const segment of segments) {
    const here: Caret = next === 'keep' && !caretInside(el) ? 'end' : next;
    next = 'keep';
    if ('picture' in segment) {
      const { index } = segment.picture;
      report({ type: 'kepu:picture-progress', index, total });
      const { outcome, path } = await placePicture(el, segment.picture, assets, here, signal);
      const result: PictureResult = { index, ok: outcome === true, ...(path ? { path } : {}), ...(outcome === true ? {} : { reason: outcome }) };
      pictures.push(result);
      report({ type: 'kepu:picture-progress', index, total, result });
    } else {
      const ok = await typeIntoEditable(el, segment, here, (shown) => holdsText(shown, segment.text), signal);
      textOk &&= ok;
    }
  }
  const left = [...el.querySelectorAll('img')].filter((img) => unreachable(img.getAttribute('src') ?? '')).length;
  return { ok: textOk, pictures, unreachable: left };
}

/** The text the body shows once pasted, captions included, for the final read-back. */
export function expectedText(html: string): string {
  return splitAtPictures(html).map((s) => ('picture' in s ? '' : s.text)).join('\n') || htmlToText(html);
}
