/**
 * The closing call to action of a short video: the article's own safety advice, as much of it
 * as the time allows, in whole sentences. When it must be shortened, the emergency sentence
 * (120) is kept first, a shortened condition keeps its action, and a warning says what was
 * left out: nothing is cut silently.
 */
import type { Warning } from '../manifest.ts';
import type { ArticleModel } from '../model/types.ts';
import { clauses, stripEndPunctuation } from '../text/sentences.ts';
import { sayable } from './hook.ts';
import { speechSeconds } from './speech.ts';

const ACTION = /就医|就诊|医院|医生|急救|急诊|120/u;

export function ctaFor(model: ArticleModel, maxSeconds: number, rate: number, warnings: Warning[], what: string): { text: string; caption: string } {
  const advice = model.callToAction;
  const all = advice.sentences.map((s) => sayable(s.text));
  const fits = (t: string) => speechSeconds(t, rate) <= maxSeconds;
  const emergency = advice.emergency ? sayable(advice.emergency.text) : undefined;
  const whole = all.join('');
  if (fits(whole)) return { text: whole, caption: captionOf(emergency ?? all[0] ?? whole) };

  // Whole sentences, emergency first, as many as fit.
  const order = emergency ? [emergency, ...all.filter((s) => s !== emergency)] : all;
  const kept: string[] = [];
  for (const s of order) if (fits([...kept, s].join(''))) kept.push(s);
  let text: string;
  if (kept.length > 0) {
    text = all.filter((s) => kept.includes(s)).join('');
  } else {
    // Not even one sentence: a clause that carries the action (with its condition if it fits).
    const first = stripEndPunctuation(emergency ?? all[0] ?? '');
    const parts = clauses(first);
    const candidates = [
      ...(parts[0] && !ACTION.test(parts[0]) ? parts.filter((c) => ACTION.test(c)).map((c) => `${parts[0]}，${c}。`) : []),
      ...parts.filter((c) => ACTION.test(c)).map((c) => `${c}。`),
      '如有不适，请及时就医。',
    ];
    text = candidates.find(fits) ?? candidates.at(-1)!;
  }
  const dropped = all.filter((s) => !text.includes(stripEndPunctuation(s)));
  if (dropped.length > 0) {
    warnings.push({
      code: 'cut.cta',
      message: `${what}放不下完整的就医提示，结尾改为“${text}”，省略了：${dropped.map((d) => stripEndPunctuation(d)).join('；')}`,
    });
  }
  return { text, caption: captionOf(text) };
}

function captionOf(text: string): string {
  const action = clauses(text).find((c) => ACTION.test(c));
  return action ?? stripEndPunctuation(text);
}
