/**
 * The closing call to action of a short video: the article's own safety advice, as much of it
 * as the time allows, in whole sentences. When it must be shortened, the emergency sentence
 * (120) is kept first, a shortened condition keeps its action, and a warning says what was
 * left out: nothing is cut silently.
 */
import type { Warning } from '../manifest.ts';
import type { ArticleModel } from '../model/types.ts';
import { clauses, clausesKept, sayable, stripEndPunctuation } from '../text/sentences.ts';
import { speechSeconds } from './speech.ts';

// Going to care, not a word near it: "使用急救气雾剂后" names a drug, not the action.
const ACTION = /就医|就诊|医院|医生|急诊|120|急救(?:中心|电话|人员)/u;

/** The advice as said, worked out once per article (a short video asks for it per platform and length). */
interface Sayable { all: string[]; emergency: string | undefined; whole: string }
const sayableAdvice = new WeakMap<ArticleModel, Sayable>();

function adviceOf(model: ArticleModel): Sayable {
  let said = sayableAdvice.get(model);
  if (said) return said;
  const advice = model.callToAction;
  // The sentences come without their speech frame already (../model/recognise/safety.ts).
  const all = withLists(advice.sentences.map((s) => s.text)).map((s) => sayable(s));
  // An emergency intro ("出现以下情况，应立即拨打120…：") is said with its list, never alone.
  const intro = advice.emergency && /[：:]$/u.test(advice.emergency.text) ? all.find((s) => s.startsWith(advice.emergency!.text.replace(/[：:]$/u, ''))) : undefined;
  const emergency = intro ?? (advice.emergency ? sayable(advice.emergency.text) : undefined);
  sayableAdvice.set(model, (said = { all, emergency, whole: all.join('') }));
  return said;
}

export function ctaFor(model: ArticleModel, maxSeconds: number, rate: number, warnings: Warning[], what: string): { text: string; caption: string } {
  const { all, emergency, whole } = adviceOf(model);
  const fits = (t: string) => speechSeconds(t, rate) <= maxSeconds;
  if (fits(whole)) return { text: whole, caption: captionOf(emergency ?? all[0] ?? whole) };

  // The emergency sentence first (whole, or its condition and its action), then whole
  // sentences in the article's order as long as they fit.
  // Each kept piece remembers the sentence it comes from, so they are said in the article's order.
  const kept: { k: number; text: string }[] = [];
  const said = () => kept.map((x) => x.text);
  if (emergency) kept.push({ k: Math.max(0, all.indexOf(emergency)), text: fits(emergency) ? emergency : condensed(emergency, fits) });
  // "这些情况容易出现并发症…" and "复诊时，别忘了带上它" mean something only after the sentence they point back to.
  const leans = (k: number) => k > 0 && (/^(?:(?:有|出现)?(?:这些|那些|以上|上述)|这种|此类)/u.test(all[k]!) || /它/u.test(all[k]!)) && !said().includes(all[k - 1]!);
  all.forEach((s, k) => {
    if (s === emergency || leans(k)) return;
    if (fits([...said(), s].join(''))) kept.push({ k, text: s });
    // The advice's own list of signs, too long whole, still opens the closing with its intro and
    // first signs ("出现这些情况，马上去医院：腹痛持续超过6小时…") before lesser sentences take the time.
    else if (kept.length === 0) {
      const cut = listPrefix(s, (t) => fits(t));
      if (cut) kept.push({ k, text: cut });
    }
  });
  let text: string;
  if (kept.length > 0 && fits(said().join(''))) {
    text = [...kept].sort((a, b) => a.k - b.k).map((x) => x.text).join('');
  } else {
    text = condensed(all[0] ?? '', fits);
  }
  const unsaid = all.filter((s) => !text.includes(stripEndPunctuation(s)));
  if (unsaid.length > 0) {
    // A sentence said in part (its intro and first signs) is named as cut short, not as left out.
    const opening = (s: string) => clauses(s)[0] ?? s;
    const partly = unsaid.filter((s) => text.includes(opening(s)));
    const dropped = unsaid.filter((s) => !partly.includes(s));
    const parts = [
      dropped.length > 0 ? `省略了：${dropped.map((d) => stripEndPunctuation(d)).join('；')}` : '',
      ...partly.map((s) => `“${opening(s)}…”只说了一部分（全文：${stripEndPunctuation(s)}）`),
    ].filter(Boolean);
    warnings.push({ code: 'cut.cta', message: `${what}放不下完整的就医提示，结尾改为“${text}”，${parts.join('；')}` });
  }
  return { text, caption: captionOf(text) };
}

/**
 * An intro that ends in "：" ("出现下面这些情况要尽快就诊：") and the list after it are one
 * sentence: said apart, the intro would announce conditions and name none.
 */
function withLists(sentences: string[]): string[] {
  const out: string[] = [];
  for (const s of sentences) {
    const last = out.at(-1);
    // So are a question about when to seek care and the signs that answer it.
    if (last !== undefined && /[：:？?]$/u.test(last.trim())) out[out.length - 1] = `${last.trim()}${s.trim()}`;
    else out.push(s);
  }
  return out;
}

/** A sentence cut to a clause that carries the action, with its condition when that fits too. */
function condensed(sentence: string, fits: (t: string) => boolean): string {
  const listed = listPrefix(sentence, fits) ?? listBefore(sentence, fits);
  if (listed) return listed;
  const parts = clauses(stripEndPunctuation(sentence));
  const actions = parts.filter((c) => ACTION.test(c));
  const candidates = [
    ...(parts[0] && !ACTION.test(parts[0]) ? actions.map((c) => `${parts[0]}，${c}。`) : []),
    // "这些情况要立即拨打120" alone would point at signs it does not name.
    ...actions.filter((c) => !/^(?:这些|以上|上述)/u.test(c)).map((c) => `${c}。`),
    '如有不适，请及时就医。',
  ];
  return candidates.find(fits) ?? candidates.at(-1)!;
}

/** "出现以下情况，要及时就医：A；B；C。" */
const LISTED = /^([^：:]*(?:以下|下列|这些)[^：:]*[：:])(.+)$/u;

/**
 * A list sentence cut to its intro and as many items as fit, in order: saying the intro without
 * any of its list would announce conditions and name none. Undefined when not even one fits.
 */
function listPrefix(sentence: string, fits: (t: string) => boolean): string | undefined {
  const listed = LISTED.exec(stripEndPunctuation(sentence));
  if (!listed) return undefined;
  // Items end at "；"; a list written in one run ("变矮、驼背越来越明显，或者…骨折") ends its
  // items at "、" and "，或者" outside brackets. Each prefix keeps the separators as written.
  const body = listed[2]!;
  const bySemicolon = body.split(/(?<=[；;])/u);
  const pieces = bySemicolon.length > 1 ? bySemicolon : body.replace(/[（(][^）)]*[）)]/gu, (m) => m.replace(/、/gu, '\u0001'))
    .split(/(?<=、)|(?=[，,]\s*或者?)/u).map((x) => x.replace(/\u0001/gu, '、'));
  let best: string | undefined;
  for (let k = 1; k <= pieces.length; k++) {
    const items = pieces.slice(0, k).join('').replace(/[；;、，,\s]+$/u, '');
    const text = `${listed[1]}${items}。`;
    if (!fits(text)) break;
    best = text;
  }
  return best;
}

/**
 * "出现叫不醒、呼之不应，或者呼吸变慢…，头部有外伤，这些情况要立即拨打120。" — signs first, the
 * action last: the first signs that fit, then the action, each clause as written.
 */
function listBefore(sentence: string, fits: (t: string) => boolean): string | undefined {
  const parts = clausesKept(stripEndPunctuation(sentence), false);
  const action = parts.at(-1)?.trim() ?? '';
  if (parts.length < 3 || !/^(?:这些|以上|上述)(?:情况|症状|表现|信号)/u.test(action) || !ACTION.test(action)) return undefined;
  let best: string | undefined;
  for (let k = 1; k < parts.length - 1; k++) {
    const text = `${parts.slice(0, k).join('').replace(/[，,、；;\s]+$/u, '')}，${action}。`;
    if (!fits(text)) break;
    best = text;
  }
  return best;
}

function captionOf(text: string): string {
  const action = clauses(text).find((c) => ACTION.test(c));
  return action ?? stripEndPunctuation(text);
}
