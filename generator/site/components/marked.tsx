/** Text with findings' excerpts marked; each mark links to its finding in the list. */
import { markFinder, splitText, type Mark, type MarkFinder } from '../highlight.ts';
import { attr } from './html.ts';
import { esc } from '../../text/escape-markup.ts';

/**
 * Each list of marks' finder, made once: a page cuts every field of a variant (each shot's
 * three, each slide's two) at the same list, and making its pattern was most of marking a
 * field. A list is not changed once made (marksFor).
 */
const finders = new WeakMap<Mark[], MarkFinder | undefined>();

function finderOf(marks: Mark[]): MarkFinder | undefined {
  if (!finders.has(marks)) finders.set(marks, markFinder(marks));
  return finders.get(marks);
}

export function Marked({ text, marks }: { text: string; marks: Mark[] }) {
  return (
    <>
      {splitText(text, marks, finderOf(marks)).map((p) => typeof p === 'string'
        ? p
        : <a href={`#${p.mark.ref}`} class="finding-link"><mark class={`finding-mark sev-${p.mark.severity}`} title={p.mark.title}>{p.text}</mark></a>)}
    </>
  );
}

/** `<Marked>` as an HTML string (./html.ts), for parts of a page written as strings. */
export function markedHtml(text: string, marks: Mark[]): string {
  let html = '';
  for (const p of splitText(text, marks, finderOf(marks))) {
    html += typeof p === 'string'
      ? esc(p)
      : `<a${attr('href', `#${p.mark.ref}`)} class="finding-link"><mark${attr('class', `finding-mark sev-${p.mark.severity}`)}${attr('title', p.mark.title)}>${esc(p.text)}</mark></a>`;
  }
  return html;
}
