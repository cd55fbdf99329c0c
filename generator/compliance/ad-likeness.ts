/**
 * Ad-likeness: a small learned scorer that reads a sentence the way the claim rules cannot — by
 * how much it sounds like the medical advertising in the tuning material, whatever its words.
 * It never blocks: a sentence that scores above the threshold gets one warning (`ad.likely`)
 * naming the claim category it most resembles and the phrases that drove the score, so a
 * reviewer knows what to check. It runs only where no rule already flagged the sentence, and the
 * checker's context protection (negation, quotation, warning-against, questions) applies to the
 * phrase that drove it.
 *
 * The model is logistic regression over character 1–3-grams (a number folded to one 0), trained by
 * test/compliance/train-ad-likeness.ts on tuning material only; its weights live in
 * ./ad-likeness.json beside the rules (regenerate, never hand-edit). Scoring is a few dozen map
 * lookups per sentence; the explanation (category, phrases) is computed only for a hit.
 */
import { readFileSync } from 'node:fs';
import type { Category } from './rules.ts';
import type { Hit } from './hit.ts';
import { educationalUse } from './context.ts';
import { wordBoundaries } from './segment.ts';

export const AD_LIKELY = 'ad.likely';

/** The file written by the training script. */
export interface AdModelFile {
  about: Record<string, unknown>;
  /** n-gram orders used as features. */
  orders: number[];
  /** Feature values are scaled by 1/sqrt(number of features) when true. */
  scaled: boolean;
  bias: number;
  /** Logit above which a sentence is flagged (chosen by cross-validation). */
  threshold: number;
  weights: Record<string, number>;
  /** Per claim category: which one the sentence most resembles (one-vs-rest among positives). */
  categories: Record<string, { bias: number; weights: Record<string, number> }>;
}

export interface AdModel {
  orders: number[];
  scaled: boolean;
  bias: number;
  threshold: number;
  weights: Map<string, number>;
  /** The same weights keyed by a hash of the n-gram's character codes (./ad-likeness.ts gramHash): the fast path. */
  hashed: Map<number, number>;
  categories: { category: Category; bias: number; weights: Map<string, number> }[];
}

/**
 * A 30-bit hash of an n-gram's character codes (a small integer, so map look-ups stay fast and
 * no substring is allocated). A collision with one of a few thousand features is a few in a
 * million per n-gram, and costs only that n-gram's weight.
 */
function gramHash(codes: ArrayLike<number>, start: number, n: number): number {
  let h = 0x811c9dc5 ^ n;
  for (let i = start; i < start + n; i++) h = Math.imul(h ^ codes[i]!, 0x01000193);
  h ^= h >>> 15;
  return h & 0x3fffffff;
}

export function compileModel(file: AdModelFile): AdModel {
  const hashed = new Map<number, number>();
  for (const [key, w] of Object.entries(file.weights)) {
    const codes = [...key].map((c) => c.charCodeAt(0));
    const h = gramHash(codes, 0, codes.length);
    hashed.set(h, (hashed.get(h) ?? 0) + w);
  }
  return {
    orders: file.orders, scaled: file.scaled, bias: file.bias, threshold: file.threshold,
    weights: new Map(Object.entries(file.weights)), hashed,
    categories: Object.entries(file.categories).map(([category, c]) => ({ category: category as Category, bias: c.bias, weights: new Map(Object.entries(c.weights)) })),
  };
}

let loaded: AdModel | undefined;

/** The committed model, loaded on first use. */
export function adModel(): AdModel {
  loaded ??= compileModel(JSON.parse(readFileSync(new URL('./ad-likeness.json', import.meta.url), 'utf8')) as AdModelFile);
  return loaded;
}

/**
 * One spelling for what should not matter: a number becomes one 0 ("3天", "30天", "33.69%" read
 * alike, and a line of figures does not pile up weight), Latin letters lower case.
 */
export function foldForFeatures(text: string): string {
  return text.replace(NUMBER_RUN, '0').replace(/[A-Z]/g, (c) => c.toLowerCase());
}

const NUMBER_RUN = /\d+(?:\.\d+)?/g;

/** The folded text with, for each of its characters, the range of the sentence it stands for. */
function foldWithOffsets(text: string): { t: string; from: number[]; to: number[] } {
  const from: number[] = [];
  const to: number[] = [];
  let t = '';
  for (let i = 0; i < text.length;) {
    NUMBER_RUN.lastIndex = i;
    const m = /\d/.test(text[i]!) ? NUMBER_RUN.exec(text) : null;
    const len = m && m.index === i ? m[0].length : 1;
    t += len > 1 || /\d/.test(text[i]!) ? '0' : text[i]!.replace(/[A-Z]/, (c) => c.toLowerCase());
    from.push(i); to.push(i + len);
    i += len;
  }
  NUMBER_RUN.lastIndex = 0;
  return { t, from, to };
}

/** Calls `each` for every n-gram feature of a folded sentence, with its position. */
export function eachFeature(t: string, orders: readonly number[], each: (key: string, start: number, end: number) => void): void {
  for (const n of orders) {
    for (let i = 0; i + n <= t.length; i++) {
      const key = t.slice(i, i + n);
      if (n > 1 && /^\s|\s$/.test(key)) continue;
      if (n === 1 && /\s/.test(key)) continue;
      each(key, i, i + n);
    }
  }
}

const CODES = new Uint16Array(4096);
const ZERO = 48;

/**
 * The folded sentence's character codes into CODES (the same folding as foldForFeatures: a
 * number is one 0, Latin lower case), without building a string. Returns the length.
 */
function foldCodes(sentence: string): number {
  let n = 0;
  const len = Math.min(sentence.length, CODES.length);
  for (let i = 0; i < len; i++) {
    let c = sentence.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      // A number: its digits and one decimal part become a single 0.
      while (i + 1 < len && isDigit(sentence.charCodeAt(i + 1))) i++;
      if (i + 2 < len && sentence.charCodeAt(i + 1) === 46 && isDigit(sentence.charCodeAt(i + 2))) {
        i += 2;
        while (i + 1 < len && isDigit(sentence.charCodeAt(i + 1))) i++;
      }
      c = ZERO;
    } else if (c >= 65 && c <= 90) c += 32;
    CODES[n++] = c;
  }
  return n;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/** The model's logit for one sentence (already normalised by ./claims.ts normaliseForms). */
export function adScore(sentence: string, model: AdModel = adModel()): number {
  const len = foldCodes(sentence);
  let sum = 0;
  let count = 0;
  const w = model.hashed;
  for (const n of model.orders) {
    for (let i = 0; i + n <= len; i++) {
      const v = w.get(gramHash(CODES, i, n));
      count++;
      if (v !== undefined) sum += v;
    }
  }
  return model.bias + (model.scaled && count > 0 ? sum / Math.sqrt(count) : sum);
}

/** Which claim category a flagged sentence most resembles. */
export function likeliestCategory(sentence: string, model: AdModel = adModel()): Category {
  const t = foldForFeatures(sentence);
  let best: Category = 'disguised-ad';
  let bestScore = -Infinity;
  for (const c of model.categories) {
    let s = c.bias;
    eachFeature(t, model.orders, (key) => { s += c.weights.get(key) ?? 0; });
    if (s > bestScore) { bestScore = s; best = c.category; }
  }
  return best;
}

/**
 * The phrases that drove the score: each character gets the share of the positive weights of
 * the n-grams covering it; runs of characters well above the average, strongest first.
 */
export function drivingPhrases(sentence: string, model: AdModel = adModel(), max = 3): { start: number; end: number; text: string; weight: number }[] {
  const { t, from, to } = foldWithOffsets(sentence);
  const share = new Float64Array(t.length);
  eachFeature(t, model.orders, (key, start, end) => {
    const v = model.weights.get(key);
    if (v === undefined || v <= 0) return;
    for (let i = start; i < end; i++) share[i]! += v / (end - start);
  });
  let top = 0;
  for (const x of share) top = Math.max(top, x);
  if (top === 0) return [];
  const cut = top * 0.35;
  const stop = (i: number) => share[i]! < cut || PUNCTUATION.test(t[i]!);
  const runs: { start: number; end: number; text: string; weight: number }[] = [];
  for (let i = 0; i < t.length;) {
    if (stop(i)) { i++; continue; }
    let j = i;
    let weight = 0;
    while (j < t.length && !stop(j)) weight += share[j++]!;
    // Whole words: "获新" is read as "重获新生" (ICU word boundaries, computed only for a hit).
    let start = from[i]!;
    let end = to[j - 1]!;
    const b = wordBoundaries(sentence);
    while (start > 0 && !b.has(start) && end - start < 8) start--;
    while (end < sentence.length && !b.has(end) && end - start < 8) end++;
    const last = runs.at(-1);
    if (last && start <= last.end) { last.end = Math.max(last.end, end); last.text = sentence.slice(last.start, last.end); last.weight += weight; }
    else if (end - start >= 2) runs.push({ start, end, text: sentence.slice(start, end), weight });
    i = j;
  }
  return runs.sort((a, b) => b.weight - a.weight).slice(0, max);
}

const PUNCTUATION = /[\s，。；！？：、,.;!?:“”"'‘’（）()《》【】]/;

const CATEGORY_NAMES: Partial<Record<Category, string>> = {
  absolute: '绝对化用语', guarantee: '保证疗效或安全', 'cure-rate': '宣传治愈率、有效率', comparison: '与其他疗法或医院比较',
  endorsement: '患者证言或专家、机构背书', refund: '退款或保险承诺', inducement: '免费、赠送或优惠诱导', ranking: '排名、获奖或指定',
  superstition: '神化、秘方', 'state-name': '借国家机关、军队或媒体名义', 'disguised-ad': '以科普引流、变相广告', fear: '恐吓或夸大',
};

/** Sentences of a block: ends at 。！？； or a line break, the mark kept with its sentence. */
const SENTENCE = /[^。！？!?；;\n]+[。！？!?；;]*/g;

function hanCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i); if (c >= 0x4e00 && c <= 0x9fff) n++; }
  return n;
}

/** Sentences shorter than this (headings, list labels) are not scored. */
const MIN_HAN = 6;

/** A reference entry or a publication line ("……专家共识. 中华危重病急救医学， 2016."): a citation, not a claim. */
const CITATION_LINE = /[.．]\s*(?:19|20)\d\d\s*[.．，,;；(（]|\[[A-Z]\]|et al|参考(?:资料|文献)|本文(?:刊于|发表于|转载自|来源)|doi\s*[:：]/i;

/**
 * An institution's history ("2004年，随……移交地方，更名为……", "前身为新四军……后方医院"): a record, not a
 * claim — the protection the state-name rules give the army named in history (families.ts STATE_HISTORY).
 */
const HISTORY_LINE = /前身(?:为|是)|始建于|创建于|移交(?:地方|给?\p{Script=Han}{1,3}省)|更名为|改称|转隶|(?:正|副)(?:师|军)级/u;

/**
 * A byline ("本文经三甲医院专家审核", "审核专家：……"): who wrote or checked the article, a requirement of
 * 国卫宣传发〔2022〕11号, not a credential lent to a product.
 */
const BYLINE_LINE = /^\s*(?:本文|本篇|文章|此文|以上内容|内容)(?:已)?(?:经|由)[^。！？；]{0,24}?(?:审核|审校|审阅|审定|把关)[。]?\s*$|^\s*(?:审核|审校|审稿|作者|撰文|撰稿|指导专家|审核专家)\s*[：:]/u;

/**
 * Why a sentence that scores high is still not flagged: a citation, or the phrases that drove the
 * score are used as education (negated, quoted to warn against, asked about) — the same context
 * protection the rules get. `start` is where the sentence starts in `text`.
 */
export function adExempt(text: string, start: number, sentence: string, model: AdModel = adModel()): boolean {
  if (CITATION_LINE.test(sentence) || HISTORY_LINE.test(sentence) || BYLINE_LINE.test(sentence)) return true;
  const phrases = drivingPhrases(sentence, model);
  return phrases.length === 0 || phrases.some((p) => educationalUse(text, start + p.start, start + p.end) !== undefined);
}

/**
 * `ad.likely` warnings for the sentences of a normalised text that no rule flagged: `flagged`
 * holds the rules' errors and warnings, whose sentences are skipped. `scores`, when given, keeps
 * each sentence's score for the next text: an article's variants say its sentences again and
 * again (a third of the sentences a natural article's check scores are repeats).
 */
export function adLikelyHits(text: string, original: string, flagged: readonly Hit[], model: AdModel = adModel(), scores?: Map<string, number>): Hit[] {
  const out: Hit[] = [];
  for (const m of text.matchAll(SENTENCE)) {
    const start = m.index;
    const end = start + m[0].length;
    const sentence = m[0];
    if (flagged.some((h) => h.start < end && h.end > start)) continue;
    let score = scores?.get(sentence);
    if (score === undefined) {
      score = adScore(sentence, model);
      scores?.set(sentence, score);
    }
    if (score < model.threshold) continue;
    if (hanCount(sentence) < MIN_HAN || adExempt(text, start, sentence, model)) continue;
    const phrases = drivingPhrases(sentence, model);
    const lead = phrases[0]!;
    const category = likeliestCategory(sentence, model);
    const said = phrases.map((p) => `“${p.text}”`).join('');
    out.push({
      rule: AD_LIKELY, category, severity: 'warning',
      message: `这句话读起来像医疗广告（疑似：${CATEGORY_NAMES[category] ?? category}），请核对：${said}是否在宣传本机构、产品或疗效`,
      suggestion: '如是科普，改成客观说明（适应证、个体差异、出处）；如是宣传，删除或改写；确认无误可用豁免标注说明理由',
      start: start + lead.start, end: start + lead.end, excerpt: original.slice(start + lead.start, start + lead.end),
    });
  }
  return out;
}
