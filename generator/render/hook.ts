/**
 * The opening line of a video or a live stream, said within the first seconds: the article's
 * own strongest question, else a myth it refutes (marked as a myth), else a striking figure,
 * else its title. Never a heading fragment with a question mark bolted on.
 */
import type { SourcePoint } from '../manifest.ts';
import type { ArticleModel } from '../model/types.ts';
import { charLength, clauses, hanBigrams, lettersOnly, sayable, stripEndPunctuation } from '../text/sentences.ts';
import { adviceScore } from '../model/markers.ts';


export interface Hook { text: string; source?: SourcePoint }

/** Emoji and bullets are seen, not said; nor are a topic's "#…#" marks ("#麦粒肿# 正确处理看这条"). */
const spoken = (t: string) => t.replace(/[\p{Extended_Pictographic}\uFE0F\u200D\u20E3]/gu, '').replace(/#([^#\s]{1,20})#\s*/gu, '$1').trim();

/** Pairs every question has: no topic. */
const GENERIC = /^(?:什么|怎么|怎样|如何|哪些|多少|为什|可以|需要|要不|不要|应该|能不|是不|有没|没有|一定|这些|那些|时候|后该|了该|该怎|该做|注意|医生|专家|主任|问答|科普|正确|方法|知道|一下|几个|个误|误区)$/u;

/** A title's second half that says what the article offers ("这份平安提示请收好", "护士长教你六步做对"). */
const ANNOUNCES_ARTICLE = /^(?:这|那)|哪些|教你|请收好|要记牢|记住|一次说清|看这里|[一二三四五六七八九十\d]+(?:步|件事|个|条|招)/u;

/** A contrast in the title ("不是…，而是…"), or its only clause that says something, may run this much past the hook's time. */
const CONTRAST_STRETCH = 1.6;

export function pickHook(model: ArticleModel, charsPerSecond: number, seconds = 3): Hook {
  const hook = anyHook(model, charsPerSecond, seconds);
  return { ...hook, text: spoken(hook.text) };
}

function anyHook(model: ArticleModel, charsPerSecond: number, seconds: number): Hook {
  const max = Math.floor(seconds * charsPerSecond);
  // "《健康直播间》｜体检CT查出肺结节…": the column's name before "｜" is no part of the hook.
  const title = model.title.replace(/^[^｜|]{1,12}[｜|]\s*(?=.{6})/u, '');
  const fits = (t: string) => charLength(lettersOnly(t)) <= max && charLength(lettersOnly(t)) >= 5;
  // The title's own question ("气雾剂喷了没效果？正确用法分六步") is the article's chosen hook.
  // Its whole question: "第一时间该做什么？" without "被狗咬伤后，" asks about nothing.
  const titleQuestion = title.match(/[^？?！!。：:\s]+[？?]/u)?.[0]?.replace(/[，,]\s*/gu, '，');
  // A context-free question ("怎样才算用对了？", "什么时候测？") means nothing as an opener: it
  // opens on a question word or leans on what came before, with no topic of its own.
  const standalone = (q: string) => !/^(?:那|这|它|怎样才算|为什么会这样|到底|究竟|可是|但是|那么|什么|哪些|哪种|怎么|怎样|如何|多少|是不是|是否|能不能|要不要|会不会|有没有|该不该)/u.test(q) && charLength(q) >= 7;
  if (titleQuestion && fits(titleQuestion) && standalone(titleQuestion)) return { text: titleQuestion };
  // A question from the body opens the video only when it names the article's topic (shares a
  // word with the title): "平时生活中要注意什么？" could open any video.
  const topic = new Set([...hanBigrams(model.title)].filter((w) => !GENERIC.test(w)));
  const onTopic = (q: string) => topic.size === 0 || [...hanBigrams(q)].some((w) => topic.has(w));
  // "也有家长问，近视能不能治好？": the question, not who asked it.
  const asked = (q: string) => q.replace(/^(?:也|还|常|经常)?(?:有|会有)?(?:不少|很多)?(?:家长|人|患者|网友|朋友|病人)(?:会|常|经常)?问(?:我)?[，,：:]\s*/u, '');
  for (const q of model.questions) if (fits(asked(q.text)) && standalone(asked(q.text)) && onTopic(q.text)) return { text: asked(q.text), source: q.position };
  for (const m of model.myths) {
    const myth = stripEndPunctuation(m.myth.text).replace(/[？?]$/u, '');
    if (fits(`${myth}这是误区`)) return { text: `${myth}？这是误区。`, source: m.myth.position };
    if (fits(`误区${myth}`)) return { text: `误区：${myth}。`, source: m.myth.position };
  }
  for (const f of model.facts) {
    // The figure's whole sentence: a clause of it ("餐后2小时和睡前", "头面颈部一般在术后4～5天")
    // answers a question the viewer has not heard.
    const whole = clauses(f.text);
    const clause = whole.length === 1 ? whole[0] : undefined;
    // A figure that states something ("三成患者没有症状"), not an instruction out of its context
    // ("用流动的冷水冲15～20分钟"), which tells the viewer to do something before they know why.
    if (clause && clause.includes(f.figure) && fits(clause) && !/^(?:19|20)\d\d/.test(f.figure) && adviceScore(clause) < 1) return { text: `${clause}。`, source: f.position };
  }
  if (fits(title)) return { text: sayable(title) };
  // A clause of the title that states something on its own ("62岁李大爷早饭时筷子掉了"), not a
  // trailing fragment ("家人没在意……").
  const parts = clauses(title.replace(/[…．.]+$/u, ''));
  // "最怕的不是喝醉的人，而是把他扔下就走的人": half of a contrast says the opposite of the
  // title; the whole contrast is said, a breath longer, or neither half.
  const contrast = parts.findIndex((c, k) => /不是|并非/u.test(c) && /^(?:而是|反而|其实是?)/u.test(parts[k + 1] ?? ''));
  if (contrast !== -1) {
    const both = `${parts[contrast]}，${parts[contrast + 1]}`;
    if (charLength(lettersOnly(both)) <= max * CONTRAST_STRETCH) return { text: sayable(both) };
  }
  // "戴隐形眼镜，这六步一步都不能省": a topic, then what the article offers about it. The topic
  // alone ("戴隐形眼镜。") says nothing; the two together are the writer's hook, a breath longer.
  if (parts.length === 2 && ANNOUNCES_ARTICLE.test(parts[1]!) && charLength(lettersOnly(title)) <= max * CONTRAST_STRETCH && charLength(lettersOnly(title)) >= 8) return { text: sayable(title) };
  const clause = parts.find((c, k) => fits(c) && charLength(c) >= 6 && standalone(c) && (contrast === -1 || (k !== contrast && k !== contrast + 1)));
  if (clause) return { text: sayable(clause) };
  const short = model.questions.find((q) => charLength(q.text) <= max * 2);
  if (short) return { text: short.text, source: short.position };
  // A clause a little long ("孩子咳嗽久不好要留心支原体感染") says more than a short one that
  // names only a season ("秋冬季节").
  const stretched = parts.filter((c) => charLength(c) >= 6 && standalone(c) && charLength(lettersOnly(c)) <= max * CONTRAST_STRETCH)
    .sort((a, b) => charLength(a) - charLength(b))[0];
  if (stretched) return { text: sayable(stretched) };
  return { text: sayable(clauses(title)[0] ?? title) };
}
