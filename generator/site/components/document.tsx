/** The HTML shell of every site page: CSP, the stylesheet and the one deferred client script. */
import type { ComponentChildren } from 'preact';
import { render } from 'preact-render-to-string';
import { SITE_CSP } from '../csp.ts';
import { islandScope } from '../islands/island.tsx';

export const ASSET_DIR = '_site';

export function Document(props: { title: string; depth: number; bodyClass?: string; children: ComponentChildren }) {
  const up = '../'.repeat(props.depth);
  return (
    <html lang="zh-CN">
      <head>
        <meta charSet="utf-8" />
        <meta http-equiv="Content-Security-Policy" content={SITE_CSP} />
        <meta name="referrer" content="no-referrer" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title}</title>
        <link rel="icon" href="data:," />
        <link rel="stylesheet" href={`${up}${ASSET_DIR}/site.css`} />
        <script defer src={`${up}${ASSET_DIR}/client.js`} />
      </head>
      <body class={props.bodyClass}>{props.children}</body>
    </html>
  );
}

export function renderPage(vnode: preact.VNode): string {
  return `<!doctype html>\n${islandScope(() => render(vnode))}\n`;
}
