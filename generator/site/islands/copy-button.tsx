/** Puts one field on the clipboard as rich text (text/html) and plain text, for pasting by hand. */
import { useState } from 'preact/hooks';
import { textToHtml } from '../highlight.ts';

export interface CopyButtonProps {
  label: string;
  /** Rich text; left out when it is only the plain text as paragraphs (`textToHtml(text)`), made again here. */
  html?: string;
  text: string;
}

type State = 'idle' | 'done' | 'failed';
const SHOWN: Record<State, (label: string, pictures: Pictures) => string> = {
  idle: (label) => label,
  done: (_, p) => `已复制 ✓${p.inlined ? `（${p.inlined} 张图片已作为数据附带，粘贴后由平台上传）` : ''}${p.failed ? `（${p.failed} 张图片未能附带，请粘贴后手动上传）` : ''}`,
  failed: () => '复制失败，请手动选择',
};

interface Pictures { inlined: number; failed: number }

/**
 * Pictures go along as data: a composer re-uploads pasted pictures from their address, and a
 * preview on localhost or an intranet host is an address WeChat's servers cannot reach.
 */
async function inlinePictures(html: string): Promise<{ html: string; pictures: Pictures }> {
  const pictures: Pictures = { inlined: 0, failed: 0 };
  const srcs = [...new Set([...html.matchAll(/<img\b[^>]*?\ssrc="([^"]*)"/gi)].map((m) => m[1]!))].filter((src) => !src.startsWith('data:'));
  const data = new Map<string, string>();
  await Promise.all(srcs.map(async (src) => {
    try {
      const response = await fetch(new URL(src.replace(/&amp;/g, '&'), document.baseURI).href);
      if (!response.ok) throw new Error(String(response.status));
      const blob = await response.blob();
      data.set(src, await new Promise<string>((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(String(reader.result));
        reader.onerror = () => reject(reader.error);
        reader.readAsDataURL(blob);
      }));
      pictures.inlined++;
    } catch {
      pictures.failed++;
    }
  }));
  return {
    html: html.replace(/(<img\b[^>]*?\ssrc=")([^"]*)"/gi, (all, head: string, src: string) => (data.has(src) ? `${head}${data.get(src)}"` : all)),
    pictures,
  };
}

/** Pasted elsewhere, page-relative image and link addresses would break: make them absolute. */
function absolutise(html: string): string {
  return html.replace(/\s(src|href)="([^"]*)"/g, (all, attr: string, url: string) =>
    /^(?:[a-z][a-z0-9+.-]*:|#)/i.test(url) ? all : ` ${attr}="${new URL(url.replace(/&amp;/g, '&'), document.baseURI).href.replace(/&/g, '&amp;')}"`);
}

export function CopyButton({ label, html: given, text }: CopyButtonProps) {
  const html = given ?? textToHtml(text);
  const [state, setState] = useState<State>('idle');
  const [pictures, setPictures] = useState<Pictures>({ inlined: 0, failed: 0 });
  const copy = async () => {
    try {
      if (typeof ClipboardItem === 'function') {
        const inlined = await inlinePictures(html);
        setPictures(inlined.pictures);
        await navigator.clipboard.write([new ClipboardItem({
          'text/html': new Blob([absolutise(inlined.html)], { type: 'text/html' }),
          'text/plain': new Blob([text], { type: 'text/plain' }),
        })]);
      } else {
        await navigator.clipboard.writeText(text);
      }
      setState('done');
    } catch {
      setState('failed');
    }
    setTimeout(() => setState('idle'), 4000);
  };
  return (
    <button type="button" class={`copy-button ${state}`} onClick={copy} title={`复制${label.replace(/^复制/, '')}（带格式）`}>
      {SHOWN[state](label, pictures)}
    </button>
  );
}
