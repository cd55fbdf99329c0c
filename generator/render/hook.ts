/**
 * The opening line of a video or a live stream, said within the first seconds: the article's
 * own strongest question, else a myth it refutes (marked as a myth), else a striking figure,
 * else its title. Never a heading fragment with a question mark bolted on.
 */
import type { SourcePoint } from '../manifest.ts';
import type { ArticleModel } from '../model/types.ts';
import { charLength, clauses, lettersOnly, stripEndPunctuation } from '../text/sentences.ts';


export interface Hook { text: string; source?: SourcePoint }

/** A sentence as it is said on its own: closed with "。", never "；。" or "，。". */
export function sayable(text: string): string {
  const t = text.trim();
  if (/[。！？!?…）)”」』]$/u.test(t)) return t;
  return `${t.replace(/[；;，,、：:\s]+$/u, '')}。`;
}

export function pickHook(model: ArticleModel, charsPerSecond: number, seconds = 3): Hook {
  const max = Math.floor(seconds * charsPerSecond);
  const fits = (t: string) => charLength(lettersOnly(t)) <= max && charLength(lettersOnly(t)) >= 5;
  // The title's own question ("气雾剂喷了没效果？正确用法分六步") is the article's chosen hook.
  const titleQuestion = model.title.match(/[^？?，,！!。：:\s]+[？?]/u)?.[0];
  if (titleQuestion && fits(titleQuestion)) return { text: titleQuestion };
  // A context-free question ("怎样才算用对了？") means nothing as an opener.
  const standalone = (q: string) => !/^(?:那|这|它|怎样才算|为什么会这样|到底|究竟|可是|但是|那么)/u.test(q) && charLength(q) >= 7;
  for (const q of model.questions) if (fits(q.text) && standalone(q.text)) return { text: q.text, source: q.position };
  for (const m of model.myths) {
    const myth = stripEndPunctuation(m.myth.text).replace(/[？?]$/u, '');
    if (fits(`${myth}这是误区`)) return { text: `${myth}？这是误区。`, source: m.myth.position };
    if (fits(`误区${myth}`)) return { text: `误区：${myth}。`, source: m.myth.position };
  }
  for (const f of model.facts) {
    const clause = clauses(f.text).find((c) => c.includes(f.figure));
    if (clause && fits(clause) && !/^(?:19|20)\d\d/.test(f.figure)) return { text: `${clause}。`, source: f.position };
  }
  if (fits(model.title)) return { text: sayable(model.title) };
  // A clause of the title that states something on its own ("62岁李大爷早饭时筷子掉了"), not a
  // trailing fragment ("家人没在意……").
  const clause = clauses(model.title.replace(/[…．.]+$/u, '')).find((c) => fits(c) && charLength(c) >= 6);
  if (clause) return { text: sayable(clause) };
  const short = model.questions.find((q) => charLength(q.text) <= max * 2);
  if (short) return { text: short.text, source: short.position };
  return { text: sayable(clauses(model.title)[0] ?? model.title) };
}
