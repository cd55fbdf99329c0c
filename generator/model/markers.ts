/**
 * How Chinese health articles label their parts, as patterns. A heading or line is read for
 * what it *is* ("误区一：…" is a myth, "第二步：…" a step, "答：…" an answer), by its opening
 * words, never by a word found anywhere inside it.
 */

import { lettersOnly } from '../text/sentences.ts';

const NUM = '[一二三四五六七八九十百零〇两\\d]+';

/** Leading emoji, keycap digits (1️⃣) and decorative bullets. */
const DECOR = /^(?:[\p{Extended_Pictographic}\uFE0F\u200D\u20E3]|\d\uFE0F?\u20E3|[✓✔✗✘×√•·▶►●■◆◇★☆※→【】\s])+/u;
const BRACKET_LABEL = /^[^【】]{1,12}】\s*(?=\S)/u;
/** Numbering a heading or item carries: "一、" "1." "（二）" "①" "Q3：" "No.1". */
const NUMBERING = new RegExp(`^(?:${NUM}\\s*[、.．)）:：|｜]|[（(]${NUM}[)）]|[①-⑳]|[Nn][Oo]\\.?\\s*\\d+)\\s*`, 'u');

export type HeadingKind = 'myth' | 'truth' | 'step' | 'question' | 'plain';

export interface HeadingLabel {
  kind: HeadingKind;
  /** The heading without its label, numbering and decoration: what a slide should say. */
  text: string;
}

const MYTH_LABEL = new RegExp(`^(?:常见)?(?:误区|谣言|误解|错误观念|错误认识|错误做法|传言|流言)\\s*(?:${NUM})?\\s*[：:、.．|｜\\-—]?\\s*`, 'u');
// Words that name a belief only when a label's mark follows ("说法3：", "网传：", "有人说："):
// without it they open ordinary sentences ("说法不一", "有人说不出话").
const SAYING_LABEL = new RegExp(`^(?:错误|错|(?:错误|流行|民间|坊间|网络)?说法|网传|网上说|传闻|谣传|坊间流传|民间流传|老观念|伪常识|(?:有|很多|不少)人说|(?:有|很多|不少)人(?:认为|以为|觉得))\\s*(?:${NUM})?\\s*[：:|｜]\\s*`, 'u');
/** A heading that tells what people believe ("有人说，感冒要吃抗生素才好得快"): the rest is the belief. */
const BELIEF_HEADING = /^(?:(?:有|很多|不少|好多|有些|一些|许多)人(?:说|认为|以为|觉得|相信)|网传|网上(?:说|流传|传言)|据说|听说|传言|传闻|坊间(?:流传|传言)?|民间(?:流传|有种说法))\s*[，,：:\s]\s*(?=\S)/u;
const TRUTH_LABEL = /^(?:真相(?:是)?|正解|正确|事实(?:是|上)?|辟谣|科学说法|正确说法|正确做法|正确认识|正确观念|正确答案|专家解读|医生解读|医生点评|专家点评|医生说)\s*[：:、|｜]\s*/u;
const STEP_LABEL = new RegExp(`^(?:第\\s*${NUM}\\s*步|步骤\\s*${NUM})\\s*[：:、.．|｜\\-—]?\\s*`, 'u');
// Live-stream and interview transcripts name who asks ("网友提问：", "家长“小雨妈妈”问：") and who
// answers ("李医生：", "王主任答："); "医生说：" stays a speech frame, not a label.
const ASKER = '(?:网友|观众|粉丝|读者|听众|患者|家长|市民|用户|宝妈|患友)(?:[“"「][^”"」]{1,12}[”"」]|\\p{Script=Han}{0,3}?)?(?:提问|问|留言|疑问)?';
const QUESTION_LABEL = new RegExp(`^(?:问|提问|问题\\s*(?:${NUM})?|(?:记者|主持人|小编)(?:问|提问)?|${ASKER}|Q\\s*\\d*)\\s*[：:、.．]\\s*`, 'iu');
const ANSWERER = '\\p{Script=Han}{0,3}?(?:医生|医师|主任|专家|教授|大夫|护士长|药师)(?:答|回答|解答)?';
const ANSWER_LABEL = new RegExp(`^(?:答|回答|解答|答案|${ANSWERER}|A\\s*\\d*)\\s*[：:、.．]\\s*`, 'iu');

/** A slide's neutral heading over a myth's other advice: no name for what the unit is about. */
export const MYTH_UNIT_HEADING = '正确做法';

/** A crossed-out line ("❌ 啤酒、白酒"): a wrong practice, whose words alone would say the opposite. */
export const CROSSED_OUT = /^\s*(?:❌|❎|✗|✘|×|🚫|⛔|🙅)/u;

/** A line that opens with an emoji, a keycap digit (2️⃣), a circled number or a tick is a bullet. */
export const BULLET = /^(?:\p{Extended_Pictographic}|\d\uFE0F?\u20E3|[①-⑳✓✔✗✘×√•·▶►●■◆★☆※→])/u;

/**
 * "【误区】输液好得快", "【正解】能口服就不输液": a bracketed label that says what the line is reads
 * as that label with its colon; other bracketed labels ("【一句话总结】") are decoration.
 */
const BRACKETED_LABEL = /^([\p{Extended_Pictographic}\uFE0F\s]*)[【\[]([^【】\[\]]{1,8})[】\]]\s*(?=\S)/u;

function unbracket(raw: string): string {
  const m = BRACKETED_LABEL.exec(raw);
  if (!m) return raw;
  const label = `${m[2]!.trim()}：`;
  const known = [MYTH_LABEL, SAYING_LABEL, TRUTH_LABEL, TIP_LABEL, QUESTION_LABEL, ANSWER_LABEL].some((re) => re.exec(label)?.[0].length === label.length);
  return known ? m[1]! + label + raw.slice(m[0].length) : raw;
}

export function stripDecoration(text: string): string {
  // "【一句话总结】热敷、别挤…": a bracketed label goes whole, never half of its brackets.
  return text.replace(DECOR, '').replace(BRACKET_LABEL, '').replace(DECOR, '').trim();
}

/** Decoration and numbering removed: "❌ 误区三：…" → "误区三：…"; "1. 冲" → "冲". */
export function stripNumbering(text: string): string {
  let t = stripDecoration(text);
  for (let i = 0; i < 2; i++) t = stripDecoration(t.replace(NUMBERING, ''));
  return t;
}

export function headingLabel(raw: string): HeadingLabel {
  const t = stripDecoration(unbracket(raw));
  const bare = stripNumbering(t);
  for (const candidate of [t, bare]) {
    if (MYTH_LABEL.test(candidate)) return { kind: 'myth', text: clean(candidate.replace(MYTH_LABEL, '')) };
    if (SAYING_LABEL.test(candidate) || BELIEF_HEADING.test(candidate)) return { kind: 'myth', text: clean(candidate.replace(SAYING_LABEL, '').replace(BELIEF_HEADING, '')).replace(/[？?]$/u, '') };
    if (TRUTH_LABEL.test(candidate)) return { kind: 'truth', text: clean(candidate.replace(TRUTH_LABEL, '')) };
    if (STEP_LABEL.test(candidate)) return { kind: 'step', text: clean(candidate.replace(STEP_LABEL, '')) };
    if (QUESTION_LABEL.test(candidate)) return { kind: 'question', text: clean(candidate.replace(QUESTION_LABEL, '')) };
  }
  if (/[？?]\s*$/.test(bare)) return { kind: 'question', text: bare };
  // A heading that only quotes what people say ("“不疼就不用管”") names a belief to refute.
  const quoted = /^[“"「]([^”"」]{3,40})[”"」]$/u.exec(bare);
  if (quoted) return { kind: 'myth', text: quoted[1]!.replace(/[。！!]$/u, '') };
  return { kind: 'plain', text: bare };
}

export type LineKind =
  | 'question' | 'answer' | 'myth' | 'truth' | 'tip' | 'recommendation' | 'references' | 'byline' | 'plain';

export interface LineLabel {
  kind: LineKind;
  /** The line without its marker. */
  text: string;
}

/** Guideline digests number their recommendations: "推荐1：…", "建议三：…", "核心推荐二：…". */
const RECOMMENDATION_LABEL = new RegExp(`^(?:核心)?(?:推荐|建议|准则|推荐意见|要点|关键点)\\s*${NUM}\\s*[：:、.．]\\s*`, 'u');
/** "解读：…", "点评：…": the writer's gloss on the item before; its words are plain text. */
const GLOSS_LABEL = /^(?:解读|点评|解析|释义|通俗地说|说白了|写在最后|最后的话|结语|小结|总结一下|总结|一句话总结)\s*[：:]\s*/u;
const TIP_LABEL = /^(?:温馨提示|温馨提醒|特别提示|特别提醒|医生提醒|医生提示|提示|提醒|注意|注意事项|小贴士|小提示|敲黑板|划重点|Tips?)\s*[：:！!]\s*/iu;
const REFERENCES_LABEL = /^(?:参考文献|参考资料|资料来源|文献来源|参考)\s*[：:]/u;
/** Credits and channel furniture at the end of WeChat articles: never content. */
const BYLINE =
  /^[（(]?\s*(?:本文)?(?:节目|栏目|嘉宾|编辑|审核|审稿|校对|排版|责编|责任编辑|来源|文字|文|图|图片|图片来源|作者|供稿|策划|统筹|监制|出品|内容来源|视频|摄影|设计|撰稿|初审|复审|终审)\s*[：:|｜丨/]/u;
const FURNITURE = /^[（(][^）)]{0,24}(?:整理|审核|审阅|校对)[^）)]{0,12}[）)]$|图片来源于?网络|侵删|侵权请?联系|点击.{0,6}关注|关注我们|点个?[赞在看]|转发给|欢迎转发|长按.{0,4}二维码|扫码关注|阅读原文/u;

export function lineLabel(raw: string): LineLabel {
  const t = stripDecoration(unbracket(raw));
  if (BYLINE.test(t) || (FURNITURE.test(t) && [...t].length < 60)) return { kind: 'byline', text: t };
  if (REFERENCES_LABEL.test(t)) return { kind: 'references', text: clean(t.replace(REFERENCES_LABEL, '')) };
  // "Q：网友“豆豆妈”：…", "A：周医生：…": a transcript may give both the turn's letter and who speaks.
  if (QUESTION_LABEL.test(t)) return { kind: 'question', text: clean(clean(t.replace(QUESTION_LABEL, '')).replace(QUESTION_LABEL, '')) };
  if (ANSWER_LABEL.test(t)) return { kind: 'answer', text: clean(clean(t.replace(ANSWER_LABEL, '')).replace(ANSWER_LABEL, '')) };
  const bare = stripNumbering(t);
  if (MYTH_LABEL.test(bare)) return { kind: 'myth', text: clean(bare.replace(MYTH_LABEL, '')) };
  if (SAYING_LABEL.test(bare)) return { kind: 'myth', text: clean(bare.replace(SAYING_LABEL, '')) };
  if (TRUTH_LABEL.test(bare)) return { kind: 'truth', text: clean(bare.replace(TRUTH_LABEL, '')) };
  if (RECOMMENDATION_LABEL.test(bare)) return { kind: 'recommendation', text: clean(bare.replace(RECOMMENDATION_LABEL, '')) };
  if (TIP_LABEL.test(bare)) return { kind: 'tip', text: clean(bare.replace(TIP_LABEL, '')) };
  if (GLOSS_LABEL.test(bare)) return { kind: 'plain', text: clean(bare.replace(GLOSS_LABEL, '')) };
  return { kind: 'plain', text: t };
}

/** "导语：", "编者按：": the editor introduces the piece; the words after it are the article's summary. */
export const EDITOR_NOTE = /^(?:导语|编者按|编者的话|引言|前言|写在前面)\s*[：:]\s*/u;

/** A short bold label such as "**穿衣适度**：…" names the item; it is not a sentence to show alone. */
export function isLabelLike(bold: string): boolean {
  const t = bold.replace(/[：:]$/, '').replace(/[（(][^）)]*[）)]/gu, '');
  return [...t].length <= 14 && !/[，。！？；,!?;]/.test(t);
}

/** Words that make a sentence advice rather than scene-setting. */
export const PRESCRIPTIVE =
  /要|应|需|须|务必|一定|建议|推荐|不要|别|避免|切勿|勿|禁止|不宜|不能|不可|不必|不需要|不用|尽量|注意|记得|可以|可用|坚持|定期|及时|立即|马上|尽早|控制|减少|增加|保持|有助于/u;

/**
 * The modal words as words: 主要/重要/纲要 (and 要是, "if") hold no 要, 反应/相应/适应 no 应, 区别/特别 no 别.
 * One source for every pattern that reads advice (here and in ./recognise/safety.ts).
 */
export const YAO = '(?<![主重摘概纲只])要(?!是)';
export const YING = '(?<![反适对相响供效答感])应';
export const BIE = '(?<![区特分类性告级识鉴差个辨离])别';

/** Words that tell the reader what to do. */
export const MODAL = new RegExp(`${YAO}|${YING}|请|不要|${BIE}|需|建议`, 'u');

const STRONG_CUE = new RegExp(`应该|应当|提倡|最好(?!的|不过)|${YING}|必须|迅速|尽快|务必|一定要|建议|推荐|不要(?!紧)|${BIE}|避免|切勿|禁止|不宜|不能|不可|注意|记得|尽量|坚持|定期|及时|立即|立刻|马上|尽早|首选|关键`, 'gu');
const MEDIUM_CUE = new RegExp(`${YAO}|需|可以|不必|不需要|不用|控制|减少|增加|保持|有助于|首要|不等于|并不|不代表|没有|越.{1,6}越|每天|每周|每次|每年|每月|至少|首要|越.{1,8}越|先|不超过|以内|以上|以下`, 'gu');
const FIGURE_CUE = /\d+(?:\.\d+)?\s*(?:%|％|mmHg|mmol|μmol|umol|厘米|毫米|cm|mm|升|℃|°C|岁|分钟|小时|秒|天|周|个月|克|毫克|mg|g|kg|公斤|毫升|ml|mL|米|步|次|下|倍|遍)/u;

/** "很多人以为…" frames a misconception: such a sentence states the myth, not the truth. */
export const MYTH_FRAME = /(?:(?:很多|不少|有些|有的|一些|许多|部分|还有|也有)\p{Script=Han}{0,4}?(?:人|患者|病人|家长|朋友|老人|年轻人|妈妈|父母|长辈)|有人|大家|老一辈|民间|网上)[^，。；！？]{0,8}?(?:以为|认为|觉得|相信|听说|说|担心|流传|习惯|要求|喜欢|总是|总想|下意识)|[，,]\s*(?:认为|以为|误以为|觉得)|^(?:觉得|以为|认为|误以为)|(?:以前|原来|过去|本来|一直|总是?)(?:都|还|总)?(?:觉得|以为|认为)|(?:就|总|都|还)(?:想着|以为|想(?=[“"「]))|第一反应(?:就)?是|下意识(?:就)?是|据说|传言|网传|谣言|老话说|俗话说|(?:有|还有|另有)(?:一种|种|个|人)?说法|[”」"]\s*[，,]?\s*(?:这)?是(?:很多|不少|一些|许多|部分)?\p{Script=Han}{0,4}(?:人|家长|患者|朋友)的(?:想法|看法|观点|误区|误解|说法|疑问)/u;

const KEY_FACT = /最常见|最怕的?(?:不是[^，。]{1,10}[，,])?是|最(?:管用|有效|靠谱|简单)的(?:办法|方法|做法)?(?:就)?是|典型(?:的)?(?:表现|症状)|主要(?:原因|症状|表现|危险因素)|首要|时间窗|黄金时间|可诊断|诊断为|金标准/u;

/**
 * A general truth about the condition ("结石是很容易复发的", "阿奇霉素对病毒是无效的"): a reader
 * should take it away from plain prose as much as advice, though a short video says advice first.
 */
export function truthBonus(sentence: string): number {
  return !KEY_FACT.test(sentence) && GENERAL_TRUTH.test(sentence) ? 0.5 : 0;
}

/** Cause, tendency, benefit or a negated belief stated as a general truth. */
const GENERAL_TRUTH = /(?:是|由)[^，。；]{1,16}(?:引起|导致|造成|所致)的|(?:很|更|最|比较)容易|往往|常常|大多数|绝大多数|多数人|不会(?!是)|不一定|无效|不成正比|有帮助|有好处|非常普遍|很常见|最危险/u;

const ANNOUNCES = /(?:跟|和|给|与)(?:大家|家长们?|各位|读者|朋友们|您)(?:一起)?(?:聊聊|说说|讲讲|谈谈|分享)[^，。]{0,12}[。！!]?$|^(?:最后[，,]\s*)?有(?:几|两|三|四|五|六)(?:种|类|个|点|条|件)(?:情况|事|问题|信号)[^，。]{0,16}[。！!]$|^(?:先|再|接下来|下面|然后|最后)(?:来)?(?:说说?|讲讲?|聊聊?|谈谈?)|^写这些|^(?:说|讲)(?:这些|这么多)|^(?:好[，,]\s*)?我(?:就|先|再)?(?:说|讲|提)[一二两三四五六七八九十几]?(?:件事|点|条|句)[。！!…]*$|^(?:这个)?我?(?:要|想)?(?:说得|讲得)(?:直|明白|清楚)[^，。：:]{0,4}[。！!…]*$/u;

/** The patient named anywhere in the sentence ("躺在抢救床上的孙先生…", "身高1米75的他，…"). */
const CASE_NAMED = /\p{Script=Han}(?:先生|女士|阿姨|大爷|大妈|奶奶|爷爷|师傅)(?:（化名）|\(化名\))?|(?:的|把|给|帮|为|替|带|送)[他她](?![们])/u;

const CASE_PERSON = /^(?:\p{Script=Han}{1,2}(?:先生|女士|阿姨|大爷|大妈|奶奶|爷爷|师傅|大哥|大姐)|小\p{Script=Han}(?=[，,说把在的是也就])|[他她](?!们))/u;

export const CONTEXT_BOUND = /^(?:这(?:就|正|也)?是|这个(?:想法|说法|观点|担心|顾虑|疑问|误区)|两者|二者|前者|后者|尤其|特别是|这时候?|此时|那时|这样(?!做)|这种|那么|这就|这也|这些|那些|它们?|上述|以上)|这个问题|这种情况|这些情况|这一点|上述|上面(?:说|提)/u;

const IMPERATIVE_START = /^(?:先|再|用|把|将|让|给|保持|捏|按|压|放|取|拿|洗|擦|冲|脱|泡|盖|送|拨打|记录|记下|测|量|喝|吃|戴|穿|坐|躺|抬|举|关|开|换|拧|摇|握|含|吸|呼|屏|漱|转移|松开|清除|检查|核对|丢|扔|存放|放置|少吃|多吃|少喝|多喝|多出门|多走动|多活动|多晒|多运动|少熬夜|少坐|戒|限|选|避开|远离|安装|定期|佩戴|学会|坚持)/u;

/** "千万别挤！", "一定要冲！": an order too short for a sentence, but the line's headline all the same. */
const SHORT_COMMAND = /^(?:千万|一定|务必|绝对|切记)(?:别|不要|不能|要)\p{Script=Han}{1,3}[！!]$/u;

/** "这个呢，先别慌。": a reply that calms the asker before the answer; it advises nothing to keep. */
const REASSURES = /^(?:[^，。！!]{0,4}[，,]\s*)?(?:先|也)?(?:别|不要|不用|无需|不必)(?:太)?(?:慌|着急|急|紧张|担心|害怕|怕)[。！!]?$|^(?:大家|您|你|家长们?)?(?:别|不要|不用|无需|不必)[^，。]{0,10}?背(?:上|着)?(?:思想|心理)?(?:包袱|负担)[。！!]?$/u;

/**
 * adviceScore's answers for the article being compiled: the recognisers and every renderer ask
 * about the same sentences again and again (in the bench corpus ~80 questions about ~15
 * sentences an article, each a dozen pattern tests). Emptied for each new article
 * (`forgetAdviceScores`, called by buildModel), so it holds one article's sentences at most.
 */
const adviceScores = new Map<string, number>();

export function forgetAdviceScores(): void {
  adviceScores.clear();
}

/** How much a sentence reads as a takeaway: advice and figures up, questions and asides out. */
export function adviceScore(sentence: string): number {
  let score = adviceScores.get(sentence);
  if (score === undefined) {
    // Callers outside a build (tests, tools) never empty it: keep it bounded anyway.
    if (adviceScores.size >= 10_000) adviceScores.clear();
    adviceScores.set(sentence, (score = scoreAdvice(sentence)));
  }
  return score;
}

function scoreAdvice(sentence: string): number {
  const s = sentence.trim();
  const n = [...lettersOnly(s)].length;
  if ((n < 5 && !SHORT_COMMAND.test(s)) || /(?:[？?：:]|——|…)$/u.test(s) || MYTH_FRAME.test(s) || REASSURES.test(s)) return -1;
  let score = Math.min(2, (s.match(STRONG_CUE)?.length ?? 0)) * 1 + Math.min(2, (s.match(MEDIUM_CUE)?.length ?? 0)) * 0.5;
  if (FIGURE_CUE.test(s)) score += 0.75;
  // A key fact ("刷牙出血最常见的原因是牙龈炎") is what a reader should remember, advice or not.
  if (KEY_FACT.test(s)) score += 0.75;
  // …nor does a story's clock ("第二天凌晨两点多，夫妻俩先后开始上吐下泻。").
  if (/^(?:比如|例如|像|我们|门诊|记者|据|有一次|那天|当时|有意思的是|有趣的是|奇怪的是|类似的|第[二三四五六七八九十]天|当天|次日|凌晨|深夜|半夜|傍晚|清晨)/u.test(s)) score -= 0.75;
  // "先说为什么醉酒会出人命。", "写这些，不是要…": the writer announces what comes; it teaches nothing.
  if (ANNOUNCES.test(s)) score -= 1.5;
  // The patient of a case story ("陈先生把那颗小石头装进了小瓶子"): what happened, not advice;
  // the patient's own figures ("身高1米75的他…体重有100公斤") are the story's, not the reader's.
  if ((CASE_PERSON.test(s) || CASE_NAMED.test(s)) && !/[应该须]|建议|不要/u.test(s)) score -= CASE_NAMED.test(s) && FIGURE_CUE.test(s) ? 2 : 1;
  // What was done for the patient ("经过大量补液…，孙先生的酸中毒…纠正"), not what to do.
  if (/^(?:经过|经|随后|之后|后来|入院后|住院期间|出院时)/u.test(s) && !MODAL.test(s)) score -= 1;
  // About the case in the story ("赵某的经历并不少见"), not advice to the reader.
  if (/\p{Script=Han}某/u.test(s) && !MODAL.test(s)) score -= 1;
  // Narration ("医生立刻核对了药名") tells what happened, not what to do.
  // …but "吃一两个就够了", "喝到淡黄就行了" prescribe an amount, and "挥不了手", "为了",
  // "了解" tell no event.
  if (/了/u.test(s.replace(/(?:就|也|便)?(?:够|行|好|可以)了|不了|为了|了解/gu, '')) && !MODAL.test(s) && !/可以/u.test(s)) score -= 0.75;
  // An instruction opens with its action ("用拇指和食指捏住两侧鼻翼"), often with no modal word.
  if (IMPERATIVE_START.test(s)) score += 0.75;
  if (n > 44) score -= 0.5;
  // A sentence that leans on what came before ("这时候及时就诊…", "就要考虑这个问题") means
  // nothing alone on a slide or in a shot.
  if (CONTEXT_BOUND.test(s)) score -= 1;
  // "已经近视的孩子，更要坚持。": keep up what? The object is in the sentence before.
  else if (/[，,]\s*(?:更|也|还|就|都)(?:要|应该?|需要?|得)?\p{Script=Han}{1,3}[。！!]?$/u.test(s)) score -= 2;
  // A condition alone ("超过一周没有用过时") says when, not what to do.
  if (/(?:时|的话|之后|以后)$/u.test(s.replace(/[，,。；;、\s]+$/u, '')) && score < 1) score -= 1;
  if (n < 8) score -= 0.5;
  return score;
}

/**
 * Who says it ("我告诉她，", "医生说：“", "最后提醒大家，"): a slide or a shot says the words, not
 * the frame around them.
 */
const SPEECH_FRAME = /^(?:(?:最后|另外|此外|同时|其实|所以|因此)[，,]\s*)?(?:[^，,：:。！？“”"]{0,8}?(?:我|医生|大夫|主任|专家|教授|护士)[^，,：:。！？“”"]{0,6}?(?:说|告诉[^，,：:。！？“”"]{0,3}|提醒[^，,：:。！？“”"]{0,3}|叮嘱[^，,：:。！？“”"]{0,3}|解释|回答|的建议是|强调|表示|指出)|(?:不过|但是?|另外|最后|更)?(?:要|需要|特别|想)?提醒(?:大家)?的是|最后提醒大家|更要紧的是|还有一点[^，,：:。！？]{0,8}|(?:还有|另有|另外还有)(?:一种|一类|一个)(?:情况|问题|信号|表现)[^，,：:。！？“”"]{0,10}(?=[：:]))\s*[，,：:]\s*/u;

const SPOKEN_FILLER = /^(?:(?:嗯+|呃+|啊|哎|诶|对|对对|好|好的|是的|没错|那么|那|其实呢|这个呢|所以呢|然后呢|我跟大家说|请?记住(?:这?一句话)?|一句话|划重点|敲黑板|[Tt]ips?|小贴士|小技巧|(?:最|更)重要的(?:一条|一点)|最后一点|另外|此外)[，,！!…：:]+\s*)+/u;

/**
 * A quotation's words without its frame, and without a quotation mark left open by the cut; a
 * sentence quoted whole loses its marks too, unless (`wholeQuote` false) it is one of a series
 * ("“你，打120！”“你，去找救生圈！”").
 */
export function unframe(text: string, wholeQuote = true): string {
  // Spoken answers open on fillers ("嗯，", "对，", "其实呢，", "记住一句话：") that a slide or a caption would not print.
  const filler = SPOKEN_FILLER.exec(text)?.[0];
  if (filler && [...lettersOnly(text.slice(filler.length))].length >= 6) text = text.slice(filler.length);
  // "第二件事，是不能把他一个人留下" on a slide of its own: the count is of the writer's list, not the carousel's.
  const ordinal = /^(?:第[一二三四五六七八九十]{1,2}|其[一二三四五])(?:件事|点|条)?[，,：:]\s*(?:就?是)?/u.exec(text)?.[0];
  if (ordinal && [...lettersOnly(text.slice(ordinal.length))].length >= 6) text = text.slice(ordinal.length);
  const frame = SPEECH_FRAME.exec(text)?.[0];
  let t = frame && [...lettersOnly(text.slice(frame.length))].length >= 6 ? text.slice(frame.length) : text;
  const opens = (t.match(/“/gu) ?? []).length;
  const closes = (t.match(/”/gu) ?? []).length;
  // Quoted whole ("“普通的乳腺增生不会变成乳腺癌。”"): the words are the point.
  if (wholeQuote && opens === 1 && closes === 1 && /^“[^“”]+”[。！？!?]?$/u.test(t)) t = t.replace(/^“|”(?=[。！？!?]?$)/gu, '');
  else if (opens > closes && t.startsWith('“')) t = t.slice(1);
  else if (closes > opens) t = t.replace(/”([。！？!?]?)$/u, '$1');
  return t;
}

export function clean(text: string): string {
  return text.replace(/^[\s：:、，,.．\-—|｜]+/u, '').trim();
}
