/**
 * Is a matched claim actually health education? Negating it ("没有任何药物能够根治"),
 * quoting it to warn against it ("警惕号称“包治百病”的保健品"), asking about it
 * ("糖尿病能根治吗？") or qualifying it ("多数人接种后无不良反应") are not promises.
 */

import { DENIED_ACT, FEW_CURED } from './families.ts';

/** Clause boundaries: a negation never reaches across these. */
const CLAUSE_END = /[，,、。！？!?；;：:\n]/;
/** Sentence boundaries: cue words ("警惕", "误区") colour the whole sentence. */
const SENTENCE_END = /[。！？!?；;\n]/;

/** Negators that can sit a few characters before the claim they negate. */
const NEGATION = /没有|没|无法|无从|无任何|并无|均无|无一|并非|并不|绝非|不是|尚无|暂无|目前无|未能|未(?!来|成年|婚|满)|(?<![特区分类告级性个识鉴差辨])别|勿|拒绝|杜绝|禁止|严禁|不得|避免|远离|难以|不(?!少|仅|同|但|断|久|良|适|足|过|然|论|管|如|光|止|单|时|太|好意|孕|育|明原因|齐|寐|振|安腿)/g;
/** How far before the claim a negator may stand ("没有任何药物能够根治" is 6 characters). */
const NEGATION_REACH = 10;

/** Words that mark a sentence as warning about, or debunking, a claim. */
const WARNING_CUE = /错误的(?:观点|说法|认识|做法)|是错误的|以为|误以为|还以为|想的是|心想|警惕|谨防|小心|提防|当心|号称|所谓|声称|宣称|打着|旗号|幌子|冒用|假冒|冒充|鼓吹|吹嘘|夸大|虚假(?!食欲|饥饿)|骗局|骗子|骗人|谣言|传言|流言|误区|辟谣|真相|别信|不要信|不要相信|不可信|轻信|上当|违法|违规|禁止|严禁|不得|不能说|不说|不承诺|噱头|伪装|诱导(?:消费者|消费|购买|老人|老年人|患者|客户)|为由招揽|不良价值观/;

/** Said after the claim: "根治？不可能", "……是谣言". */
const AFTER_DENIAL = /^[^，。！？!?；;\n]{0,12}?(?:是谣言|是骗局|是假的|不可能|不可信|不靠谱|是误区|不科学|并不存在|都是骗人|不存在|不(?:会|可能)存在|是错误的|(?:的)?希望(?:还|仍|将|只能)?寄托在|有待(?:进一步)?(?:研究|突破|证实|验证)|这种说法不对|不得(?:用于|出现在?|使用|作为)|禁止(?:用于|使用|出现)|不符合(?:科学|医学|健康)?(?:规律|标准|常识|事实)?|不可取|并不现实|不现实|也(?:可能|会|有)(?:引起|导致|出现|造成)?(?:过敏|中毒|副作用|不良反应|风险|危害|损伤)|的说法(?:并?不|是错|没有|缺乏)|(?:的)?说法并不准确|没有(?:科学)?(?:证据|依据))/;

/** Debunked a clause later ("……等偏方，没有科学依据"): only verdicts no advertiser would write after a claim. */
const LATER_DEBUNK = /^[^。！？!?；;\n]{0,16}?[，,][^。！？!?；;\n]{0,4}?(?:没有(?:任何)?(?:科学)?(?:证据|依据)|不科学|是谣言|是骗局|都是骗人的|不仅没用|毫无(?:科学)?依据|不符合(?:科学|医学|健康)|不可取|是迷信|属于迷信|纯属迷信|(?:这种|这个|这类|此类|该)?说法(?:不对|不正确|是错的|错误|不科学|没有依据)|纯属伪科学|是伪科学)/;

/** Hedges and quantifiers: "有助于控制血压" states a contribution, not a promise. */
const QUALIFIER = /有助于|有利于|多数|大多数|大部分|绝大多数|部分|一般|通常|往往|少数|很少|个别|有些|有的|可能|有望|大约|约(?=\s*\d|[一二三四五六七八九十百千几半])/;

const QUOTES: [string, string][] = [['“', '”'], ['「', '」'], ['『', '』'], ['‘', '’'], ['"', '"'], ['《', '》']];

export interface Span {
  text: string;
  start: number;
  end: number;
}

function clauseBefore(text: string, start: number, boundary: RegExp): string {
  let i = start;
  while (i > 0 && !boundary.test(text[i - 1]!)) i--;
  return text.slice(i, start);
}

function clauseAfter(text: string, end: number, boundary: RegExp): string {
  let i = end;
  while (i < text.length && !boundary.test(text[i]!)) i++;
  return text.slice(end, i);
}

/** The sentence around a match, for `allow` patterns and for comparing variants to the source. */
export function sentenceAround(text: string, start: number, end: number): string {
  return clauseBefore(text, start, SENTENCE_END) + text.slice(start, end) + clauseAfter(text, end, SENTENCE_END);
}

function insideQuotes(text: string, start: number, end: number): boolean {
  const before = clauseBefore(text, start, SENTENCE_END);
  for (const [open, close] of QUOTES) {
    const o = before.lastIndexOf(open);
    if (o === -1) continue;
    if (open === close) {
      // Straight quotes: an odd count before the match means we are inside a pair.
      if ((before.split(open).length - 1) % 2 === 1 && text.indexOf(close, end) !== -1) return true;
      continue;
    }
    if (before.indexOf(close, o) !== -1) continue;
    const c = text.indexOf(close, end);
    if (c !== -1) return true;
  }
  return false;
}

/**
 * "Nothing can X", however long the subject between: "目前还没有一种药物或治疗方法可以完全治愈牛皮癣",
 * "尚无任何一种疗法能够根治". The negator opens the clause and the claim is what nothing is able to do.
 */
const NOTHING_CAN = /(?:没有|尚无|并无|暂无|还没有|仍没有|不存在)(?:任何|一种|哪种|哪一种|什么|一个|一款|一家)?[^，,。；;！？!?\n]{0,18}?(?:能|可以|能够|可|会)(?:够)?(?:被)?(?:完全|彻底|真正)?$/;

/**
 * A denial of having done something, however long its object: "国家卫计委特声明，从未组织评比“全国医改先锋百强医院”",
 * "张伯礼院士从未授权任何企业使用其姓名". The denied act opens the clause; the claim is part of what was not done.
 */
const DENIED = new RegExp(`${DENIED_ACT}[^，,。；;！？!?\\n]*$`, 'u');
const DENIED_INSIDE = new RegExp(DENIED_ACT, 'u');

export function isNegated(text: string, start: number, end: number): boolean {
  const clause = clauseBefore(text, start, CLAUSE_END);
  const before = clause.slice(-NEGATION_REACH);
  NEGATION.lastIndex = 0;
  if (NEGATION.test(before)) return true;
  if (NOTHING_CAN.test(clause)) return true;
  // …or inside the match itself: "国家药监局从未批准" is a denial, not an approval.
  if (DENIED.test(clause) || DENIED_INSIDE.test(text.slice(start, end))) return true;
  // "……真正能根治的只有三成左右": how few are cured is a limit of medicine, not a promise.
  return AFTER_DENIAL.test(text.slice(end)) || LATER_DEBUNK.test(text.slice(end)) || FEW_CURED_AFTER.test(text.slice(end));
}
const FEW_CURED_AFTER = new RegExp(FEW_CURED, 'u');

export function isQuestion(text: string, end: number): boolean {
  const rest = clauseAfter(text, end, /[。！!；;\n？?]/);
  const next = text[end + rest.length];
  return next === '？' || next === '?' || /[吗么]\s*$/.test(rest);
}

/** Inside a book or document title (《加速消除宫颈癌行动计划》): a citation, not a claim. */
function insideBookTitle(text: string, start: number, end: number): boolean {
  const before = text.slice(0, start);
  const open = before.lastIndexOf('《');
  return open !== -1 && before.indexOf('》', open) === -1 && text.indexOf('》', end) !== -1;
}

/**
 * Advice against believing, joining or using something: "勿轻信路边扫码领鸡蛋、听课抢红包等活动",
 * "不轻信粪菌移植、排毒排铅等未经临床试验的手段" (a rule of conduct, 不 without 要, as public advice lists word it),
 * "不要在伤口上涂抹牙膏、酱油等“土方法”". It covers
 * what follows it up to the next comma — a list joined by 、 included, a new clause not ("别信偏方，
 * 来我院一次根治" is still a claim).
 */
const ADVICE_AGAINST = /(?:切勿|勿|不要|别|莫|谨防|提防)(?:轻信|相信|听信|迷信|参加|参与|上当)|(?<![要会能可])不(?:轻信|听信|迷信|盲信|盲从|盲目(?:相信|跟风|购买|服用|使用|尝试))|(?:切勿|勿|不要|别|莫)[^，,：:。！？；\n]{0,6}?(?:涂抹|涂|抹|敷|贴|服用|吃|喝|尝试|试用|购买)/g;

function advisedAgainst(text: string, start: number): boolean {
  const before = clauseBefore(text, start, SENTENCE_END);
  let last = -1;
  for (const m of before.matchAll(ADVICE_AGAINST)) last = m.index + m[0].length;
  return last !== -1 && !/[，,：:]/.test(before.slice(last));
}

/**
 * A claim after a cross ("❌ 输液比吃药好得快", "× 血压正常就停药") is a myth the article is about
 * to correct: shown refuted, not made. The cross counts from where it stands to the next tick or
 * the sentence's end, so a flattened variant ("……。❌ 输液比吃药好得快✅ 能口服的不肌注") reads the
 * same, and "❌ 传统手术 ✅ 我院微创无痛" still flags what follows the tick.
 */
const CROSS = /❌|✗|✘|❎|×|🙅|🚫/gu;
const TICK = /✅|✔|✓|☑|👍/u;

function afterCross(text: string, start: number): boolean {
  const before = clauseBefore(text, start, SENTENCE_END);
  let last = -1;
  for (const m of before.matchAll(CROSS)) last = m.index + m[0].length;
  return last !== -1 && !TICK.test(before.slice(last));
}

export function isWarnedAgainst(text: string, start: number, end: number): boolean {
  if (insideBookTitle(text, start, end)) return true;
  if (afterCross(text, start)) return true;
  if (advisedAgainst(text, start)) return true;
  const sentence = sentenceAround(text, start, end);
  const cue = WARNING_CUE.test(clauseBefore(text, start, SENTENCE_END)) || WARNING_CUE.test(clauseAfter(text, end, SENTENCE_END));
  if (insideQuotes(text, start, end)) return cue || /[”」』’"》]\s*(?:之类|等|这样|这类|的说法|的宣传|的广告|[“「『])/.test(text.slice(end, end + 12));
  // "有人以为打完就一劳永逸" — a belief reported, not a promise made.
  if (/以为|误以为|还以为|想的是|心想/.test(clauseBefore(text, start, SENTENCE_END))) return true;
  // "误区：糖尿病可以根治" — a sentence introduced as a myth.
  // "警惕打着“央视推荐”旗号的保健品": a borrowed name exposed as a pretext.
  // "警惕包治百病的虚假宣传": the claim named as false advertising.
  // "以包治百病制造噱头……诱导购买", "以免费体验为由招揽客户，诱导消费者购买": a sales tactic exposed.
  return cue && /误区|谣言|传言|流言|号称|所谓|声称|宣称|辟谣|骗|错误|旗号|幌子|冒用|假冒|冒充|虚假(?!食欲|饥饿)|夸大|不实|违法|噱头|伪装|诱导|为由招揽|不良价值观/.test(sentence);
}

/** A hedge said after the claim: "术后一周就能恢复正常工作，但个体差异较大". */
const HEDGE_AFTER = /^[^。！？!?；;\n]{0,20}?[，,]\s*(?:但|不过|然而|当然)[^。！？!?；;\n]{0,6}?(?:个体差异|因人而异|并非所有|不是所有|不是每个|并不是每个)/;

export function isQualified(text: string, start: number, end = start): boolean {
  // One character past the start, so "约" sees the figure it qualifies ("约八成患者……").
  return QUALIFIER.test(clauseBefore(text, start, SENTENCE_END) + text.slice(start, start + 1)) || HEDGE_AFTER.test(text.slice(end));
}

/**
 * Advice that follows a result as a condition: "用药后症状消失了，也要按疗程服完药" — the result is the
 * premise of the advice, not a promise.
 */
const ADVICE_DESPITE = /^[^。！？!?；;\n]{0,6}?[，,]\s*(?:也|仍|还|依然|依旧)(?:要|需|需要|应|应该|应当|得|不能|不要|不可|别)/;

export function isConceded(text: string, end: number): boolean {
  return ADVICE_DESPITE.test(text.slice(end));
}

/** Why a match is not a claim, or undefined when it is one. */
export function educationalUse(
  text: string, start: number, end: number, opts: { qualifierExempt?: boolean } = {},
): 'negation' | 'quotation' | 'question' | 'qualified' | 'concession' | undefined {
  if (isWarnedAgainst(text, start, end)) return 'quotation';
  if (isNegated(text, start, end)) return 'negation';
  if (isQuestion(text, end)) return 'question';
  if (isConceded(text, end)) return 'concession';
  if (opts.qualifierExempt && isQualified(text, start, end)) return 'qualified';
  return undefined;
}
