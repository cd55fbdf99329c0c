/** The HTML shell of every site page: CSP, the stylesheet and the one deferred client script. */
import { h, type ComponentChildren } from 'preact';
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

/**
 * A big page as consecutive pieces of text, each small: `renderPage`'s text, cut where the page
 * wraps parts of itself in `<Part>`. A page rendered whole is one string of ~50,000 little
 * pieces that must be joined before it is written: a 350 KB copy in V8's large-object space,
 * fresh memory every time, and on the build machine first-touched memory costs ~20 µs a page
 * (4 KB): 2–3 ms of an article's ~30 ms. Pieces of a few tens of KB are joined in the young
 * generation, whose memory is reused.
 */
export function renderPageParts(vnode: preact.VNode): string[] {
  const outer = parts;
  parts = [];
  try {
    // Parts render in document order (inside the shell's render), so islands number as in renderPage.
    const shell = renderPage(vnode).split(PART_MARK);
    return shell.flatMap((piece, i) => (i < parts!.length ? [piece, parts![i]!] : [piece])).filter((piece) => piece !== '');
  } finally {
    parts = outer;
  }
}

/** What `renderPageParts` has rendered of the page so far; unset in `renderPage`, where a Part is just its children. */
let parts: string[] | undefined;
const PART_MARK = '<kepu-part></kepu-part>';

/** A part of a page that `renderPageParts` writes as its own piece (see there). */
export function Part({ children }: { children: ComponentChildren }) {
  const page = parts;
  if (!page) return <>{children}</>;
  // A Part inside this one is part of this piece.
  parts = undefined;
  try {
    page.push(render(<>{children}</>));
  } finally {
    parts = page;
  }
  return h('kepu-part', null);
}
