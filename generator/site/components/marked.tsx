/** Text with findings' excerpts marked; each mark links to its finding in the list. */
import { splitText, type Mark } from '../highlight.ts';

export function Marked({ text, marks }: { text: string; marks: Mark[] }) {
  return (
    <>
      {splitText(text, marks).map((p) => typeof p === 'string'
        ? p
        : <a href={`#${p.mark.ref}`} class="finding-link"><mark class={`finding-mark sev-${p.mark.severity}`} title={p.mark.title}>{p.text}</mark></a>)}
    </>
  );
}
