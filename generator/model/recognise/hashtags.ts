/**
 * Hashtags: the front matter's `tags`, else topics derived from the title — the title's
 * phrases the body repeats most (a disease, a drug, a behaviour), longest first. Derived tags
 * are marked so the editor is told (an info finding) and can write their own.
 */
import type { ArticleModel } from '../types.ts';

const MAX_DERIVED = 4;
/** Words that are never a topic on their own. */
const STOP = /^(?:的|了|和|与|及|是|在|吗|呢|吧|啊|这些|那些|一个|如何|怎么|怎样|什么|为什么|哪些|知道|一定|必须|可以|不要|正确|方法|问题|注意|医生|提醒|告诉你|收好|建议|请|别|要|个|种|篇|条|你|我|他|们|来了|一次|说清|几个|中了|别慌|记住|这样|做好)$/u;
/** People in a story are never the topic ("李大爷", "家人", "宝宝"). */
const PERSON = /大爷|大妈|阿姨|叔叔|奶奶|爷爷|家人|家属|老伴|孩子|宝宝|宝妈|妈妈|爸爸|父母|老人|患者|病人|医生|护士|朋友|我们|大家|小伙|姑娘|先生|女士|某/u;
/** Words that name a condition, a test or a treatment make the best topics. */
const MEDICAL_WORDS = '病|症|炎|癌|瘤|卒中|中风|梗|压|糖|脂|酸|疫苗|感染|中毒|过敏|骨折|烫伤|烧伤|出血|哮喘|结节|结石|药|菌|毒|伤|痛|疹|热|咳|喘|营养|饮食|睡眠|急救|护理|康复|检查|筛查|体检';
export const MEDICAL = new RegExp(MEDICAL_WORDS, 'u');
/** MEDICAL's words by their first character (all are single code units), for `medicalEnds`. */
const MEDICAL_BY_FIRST = new Map<string, string[]>();
for (const w of MEDICAL_WORDS.split('|')) MEDICAL_BY_FIRST.set(w[0]!, [...(MEDICAL_BY_FIRST.get(w[0]!) ?? []), w]);

/**
 * For each character of `chars`, where the shortest MEDICAL word starting there ends (index after
 * its last character), or Infinity. A slice [at, at + len) holds a MEDICAL word exactly when some
 * position p in it has ends[p] <= at + len: `MEDICAL.test(slice)` without building the slice.
 */
export function medicalEnds(chars: string[]): number[] {
  return chars.map((c, p) => {
    const words = MEDICAL_BY_FIRST.get(c);
    if (!words) return Infinity;
    let end = Infinity;
    for (const w of words) {
      if (p + w.length < end && chars.slice(p, p + w.length).join('') === w) end = p + w.length;
    }
    return end;
  });
}

/**
 * The `len` characters (code points) of a run from the `at`-th: `chars.slice(at, at + len).join('')`,
 * or, when every character is one code unit (`bmp`), the same string sliced without an array.
 */
function piece(run: string, chars: string[], bmp: boolean, at: number, len: number): string {
  return bmp ? run.slice(at, at + len) : chars.slice(at, at + len).join('');
}

/** Non-overlapping occurrences of `word` in `text`, counted left to right (`text.split(word).length - 1`). */
export function occurrences(text: string, word: string): number {
  let n = 0;
  for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + word.length)) n++;
  return n;
}

export function deriveHashtags(title: string, body: string, headings: string[] = []): string[] {
  const runs = [title, ...headings].join('，').match(/\p{Script=Han}+/gu) ?? [];
  const scored: { word: string; score: number }[] = [];
  for (const run of runs) {
    const chars = [...run];
    const bmp = chars.length === run.length;
    for (let len = 2; len <= Math.min(6, chars.length); len++) {
      for (let at = 0; at + len <= chars.length; at++) {
        const word = piece(run, chars, bmp, at, len);
        if (STOP.test(word) || PERSON.test(word) || /^[的了和与及是在吗个种你我这那]|[的了和与及是在吗个你我]$/u.test(word)) continue;
        const count = occurrences(body, word);
        if (count < 2) continue;
        // A plain word must be long and frequent to be a topic; a medical word needs less.
        if (!MEDICAL.test(word) && (len < 3 || count < 3)) continue;
        scored.push({ word, score: count * len * len * (MEDICAL.test(word) ? 3 : 1) });
      }
    }
  }
  // The body's own recurring medical terms ("脑卒中" in a story titled by its patient).
  const bodyRuns = body.match(/\p{Script=Han}{3,}/gu) ?? [];
  const counts = new Map<string, number>();
  for (const run of bodyRuns) {
    const chars = [...run];
    const bmp = chars.length === run.length;
    const ends = medicalEnds(chars);
    for (let len = 3; len <= 5; len++) {
      for (let at = 0; at + len <= chars.length; at++) {
        // MEDICAL.test(word), asked of the positions before the word is built (most are not).
        let medical = false;
        for (let p = at; p < at + len && !medical; p++) medical = ends[p]! <= at + len;
        if (!medical) continue;
        const word = piece(run, chars, bmp, at, len);
        if (!PERSON.test(word) && !/^[的了和与及是在吗个种你我这那就也都会要]|[的了和与及是在吗个你我就也都会要]$/u.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
      }
    }
  }
  for (const [word, count] of counts) if (count >= 4) scored.push({ word, score: count * word.length * word.length });
  scored.sort((a, b) => b.score - a.score);
  const picked: string[] = [];
  const context = `${title}\n${body}`;
  for (const { word } of scored) {
    if (picked.some((p) => p.includes(word) || word.includes(p))) continue;
    // "高血压患" out of "高血压患者": a tag starts and ends where words do.
    if (!wholeWord(word, context)) continue;
    picked.push(word);
    if (picked.length === MAX_DERIVED - 1) break;
  }
  return [...picked, '健康科普'];
}

const WORDS = new Intl.Segmenter('zh', { granularity: 'word' });

/** Whether `word`, where it first stands in `text`, starts and ends on word boundaries. */
function wholeWord(word: string, text: string): boolean {
  const at = text.indexOf(word);
  if (at === -1) return true;
  // A window around it is enough for the segmenter to see the words on either side.
  const from = Math.max(0, at - 8);
  const window = text.slice(from, at + word.length + 8);
  const bounds = new Set<number>();
  for (const s of WORDS.segment(window)) { bounds.add(s.index); bounds.add(s.index + s.segment.length); }
  return bounds.has(at - from) && bounds.has(at - from + word.length);
}

/**
 * The article's hashtags (front-matter `tags`, else derived) and its topics (the tags and the
 * title's words the body repeats, which shortened titles must keep). Derived once for both.
 */
export function hashtagsAndTopics(model: Pick<ArticleModel, 'frontMatter' | 'title' | 'sections' | 'lead'>): {
  hashtags: { tags: string[]; derived: boolean }; topics: string[];
} {
  const body = [...model.lead.map((b) => b.text), ...model.sections.map((s) => `${s.title}\n${s.text}`)].join('\n');
  const derived = deriveHashtags(model.title, body, model.sections.map((s) => s.title));
  const tags = model.frontMatter.tags;
  const topics = [...new Set([...tags, ...derived].map((w) => w.replace(/\s+/g, '')).filter((w) => w && w !== '健康科普'))];
  return { hashtags: tags.length > 0 ? { tags, derived: false } : { tags: derived, derived: true }, topics };
}
