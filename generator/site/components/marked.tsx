/** Text with findings' excerpts marked; each mark links to its finding in the list. */
import { splitText, type Mark } from '../highlight.ts';
import { attr, esc } from './html.ts';

export function Marked({ text, marks }: { text: string; marks: Mark[] }) {
  return (
    <>
      {splitText(text, marks).map((p) => typeof p === 'string'
        ? p
        : <a href={`#${p.mark.ref}`} class="finding-link"><mark class={`finding-mark sev-${p.mark.severity}`} title={p.mark.title}>{p.text}</mark></a>)}
    </>
  );
}

/** `<Marked>` as an HTML string (./html.ts), for parts of a page written as strings. */
export function markedHtml(text: string, marks: Mark[]): string {
  let html = '';
  for (const p of splitText(text, marks)) {
    html += typeof p === 'string'
      ? esc(p)
      : `<a${attr('href', `#${p.mark.ref}`)} class="finding-link"><mark${attr('class', `finding-mark sev-${p.mark.severity}`)}${attr('title', p.mark.title)}>${esc(p.text)}</mark></a>`;
  }
  return html;
}
