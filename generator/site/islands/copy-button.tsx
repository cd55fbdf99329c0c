/** Puts one field on the clipboard as rich text (text/html) and plain text, for pasting by hand. */
import { useState } from 'preact/hooks';

export interface CopyButtonProps {
  label: string;
  html: string;
  text: string;
}

type State = 'idle' | 'done' | 'failed';
const SHOWN: Record<State, (label: string) => string> = {
  idle: (label) => label,
  done: () => '已复制 ✓',
  failed: () => '复制失败，请手动选择',
};

/** Pasted elsewhere, page-relative image and link addresses would break: make them absolute. */
function absolutise(html: string): string {
  return html.replace(/\s(src|href)="([^"]*)"/g, (all, attr: string, url: string) =>
    /^(?:[a-z][a-z0-9+.-]*:|#)/i.test(url) ? all : ` ${attr}="${new URL(url.replace(/&amp;/g, '&'), document.baseURI).href.replace(/&/g, '&amp;')}"`);
}

export function CopyButton({ label, html, text }: CopyButtonProps) {
  const [state, setState] = useState<State>('idle');
  const copy = async () => {
    try {
      if (typeof ClipboardItem === 'function') {
        await navigator.clipboard.write([new ClipboardItem({
          'text/html': new Blob([absolutise(html)], { type: 'text/html' }),
          'text/plain': new Blob([text], { type: 'text/plain' }),
        })]);
      } else {
        await navigator.clipboard.writeText(text);
      }
      setState('done');
    } catch {
      setState('failed');
    }
    setTimeout(() => setState('idle'), 2000);
  };
  return (
    <button type="button" class={`copy-button ${state}`} onClick={copy} title={`复制${label.replace(/^复制/, '')}（带格式）`}>
      {SHOWN[state](label)}
    </button>
  );
}
