/**
 * The article's own safety advice: when to seek care and when to call 120. A `## 就医提示`
 * section wins; otherwise the strongest passage that sends the reader to a doctor ("出现以下情况
 * 要及时就医：" with its list, "立即拨打120"), plus the emergency sentence wherever it is. Only an
 * article with none gets the default line.
 */
import type { SafetyAdvice, TextBlock } from '../types.ts';
import type { ModelDraft } from './draft.ts';
import { BIE, lineLabel, MODAL, stripDecoration, stripNumbering, unframe, YAO, YING } from '../markers.ts';
import { headingBefore, isListLine, type Block } from '../blocks.ts';

/** The CTA used when an article gives no advice of its own: guide to care, never to a booking. */
export const DEFAULT_CTA = '如有不适，请及时到正规医院就诊，并遵医嘱治疗。';

const CARE = /寻求专业帮助|救护车|急救车|等待急救|(?:要|去|应该?|得)(?:查一查|检查一下|查一下)|在(?:医生|医师|专科医生)[^，。；]{0,10}指导下|留观|心理援助|心理危机|等待(?:急救|专业)人员|联系医生|咨询医生|告诉医生|问(?:过|问|一下)?医生|呼救|心肺复苏|胸外按压|AED|医疗机构|门诊|到\p{Script=Han}{1,6}科(?:或\p{Script=Han}{1,6}科)?(?:检查|就诊|看|查)|送到[^，。；]{0,8}医院|拨打[^，。；]{0,6}120|打\s*120|呼叫\s*120|120\s*急救|急救电话|就医|就诊|去医院|回医院|来医院|(?<!带)到医院|送医|送往医院|急诊|看医生|找医生|医院.{0,4}(?:检查|治疗|处理|评估)|复诊|面诊/u;
/** Treatment under a doctor's guidance: advice to seek care only where nothing stronger is. */
const GUIDED = /在(?:医生|医师|专科医生)[^，。；]{0,10}指导下/gu;
/** Closing words after the advice: the article's ending, not its safety advice. */
const OUTRO = /^(?:写在最后|最后想说|最后说一句|结语|小结|总结)\s*[：:]/u;
const EMERGENCY = /120|(?:去|到|看|送|挂)(?:医院)?急诊|急诊就[医诊]|急救中心|急救电话/u;
const CONDITION = /出现|如果|若|一旦|突然|怀疑|如有|如果有|有以下|以下情况|下列情况|发现|伴有|超过|持续|反复|加重/u;
/** Why the reader must not wait: the signs may mean an emergency. */
const DANGER = /急症|危及生命|有生命危险|等待(?:急救|救护车)|救护车(?:到来|到达|来之前)/u;
/** A self-test's result band that sends the reader to care: a count, a colon, then the advice. */
const RESULT_BAND = /^[^：:。]{0,30}(?:\d|[一二两三四五六七八九十])\s*(?:个|条|项|分)[^：:。]{0,30}[：:]\s*(?:建议|请|需要|应|要|务必|尽快|及时|最好)/u;
const URGENT = /立即|立刻|马上|及时|尽快|尽早|务必|一定要/u;

/** Full sentences only: a list of conditions separated by "；" stays one sentence. */
export function fullSentences(text: string): string[] {
  return (text.match(/[^。！？!?]+(?:[。！？!?]+[”’」』）)]?|$)/gu) ?? []).map((s) => s.trim()).filter(Boolean);
}

export function recogniseSafety(draft: ModelDraft): void {
  const { blocks, sections, sectionOf } = draft;
  const ctaSection = sections.findIndex((s) => s.role === 'cta');
  let chosen: number[] = [];
  /** List items of which only the sentences giving the advice are taken. */
  const sentenceOnly = new Set<number>();
  let headingIntro: TextBlock | undefined;
  if (ctaSection !== -1) {
    // Everything in the article's own 就医提示 section is its advice, lists of signs included.
    // …up to its credits, or to closing words ("写在最后：…") that start the article's ending.
    const outro = blocks.findIndex((b, i) => sectionOf[i] === ctaSection && OUTRO.test(stripDecoration(b.text)));
    // Its paragraphs only where they advise: a farewell ("愿大家暖暖和和过一冬！") or a
    // signature ("（皮肤科 宋雅琴）") at the article's end is no advice.
    chosen = blocks.map((_, i) => i).filter((i) => sectionOf[i] === ctaSection && (outro === -1 || i < outro) && isText(draft, i, false)
      && !['byline', 'references'].includes(lineLabel(blocks[i]!.text).kind));
    const advising = (i: number) => blocks[i]!.kind !== 'paragraph' || isListLine(blocks[i]!) || adviceSentences(adviceText(draft, i)) !== '';
    const last = chosen.findLastIndex(advising);
    chosen = chosen.slice(0, last + 1);
    // "## 出现这些情况，请及时就医" over a bare list of signs: the heading is the list's intro.
    const heading = sections[ctaSection]!;
    const title = stripNumbering(heading.title);
    if (chosen.length > 0 && signs(blocks[chosen[0]!]!) && CARE.test(title) && /这些|以下|下列|几种|几类/u.test(title)) headingIntro = { text: `${title.replace(/[。！!，,：:\s]+$/u, '')}：`, position: heading.position };
    // A 就医提示 part in the middle of the article does not stop the urgent advice after it
    // ("如有以下症状之一，请及时到医院就诊：①…②…") from closing it too.
    blocks.forEach((b, j) => {
      if (sectionOf[j] === ctaSection || chosen.includes(j) || b.kind === 'item' || !isText(draft, j)) return;
      if (j < Math.max(...chosen, -1)) return;
      if (fullSentences(b.text).some((x) => CARE.test(x) && URGENT.test(x) && CONDITION.test(x) && advises(x))) chosen.push(j);
    });
  } else {
    let best = -1;
    let bestScore = 0;
    blocks.forEach((b, i) => {
      if (!isText(draft, i) || !fullSentences(b.text).some((x) => CARE.test(x) && advises(x))) return;
      const label = lineLabel(b.text);
      let score = 2;
      if (CONDITION.test(b.text)) score += 3;
      if (URGENT.test(b.text)) score += 2;
      if (EMERGENCY.test(b.text)) score += 2;
      if (label.kind === 'tip') score += 2;
      if (/[：:]$/.test(b.text) && blocks[i + 1]?.kind === 'item') score += 3;
      // Ties go to the later passage: articles close with their advice.
      if (score >= bestScore) { bestScore = score; best = i; }
    });
    if (best !== -1) {
      chosen = [best];
      // The rest of the advice in the same part of the article ("立即拨打120" … "即使症状好转，也应到医院检查").
      // With no heading above it, its part is only the blocks beside it: an article without
      // headings is one part, and its intro ("…是门诊最常见的问题") is no advice.
      // "在医生指导下换用…" guides a treatment; it does not send the reader to care.
      const unitStart = headingBefore(blocks, best);
      const [from, to] = unitStart === -1 ? [best - 1, best + 1] : [unitStart + 1, blocks.length - 1];
      for (let j = Math.max(0, from); j <= to && j < blocks.length && blocks[j]!.kind !== 'heading'; j++) {
        if (j !== best && isText(draft, j) && blocks[j]!.kind !== 'item' && CARE.test(blocks[j]!.text.replace(GUIDED, ''))) chosen.push(j);
      }
      // A numbered emergency procedure: its other urgent steps belong with the chosen one.
      const bestBlock = blocks[best]!;
      if (bestBlock.kind === 'item') {
        blocks.forEach((b, j) => {
          if (j !== best && b.kind === 'item' && b.listStart === bestBlock.listStart && isText(draft, j)
            && fullSentences(b.text).some((x) => (CARE.test(x) || (CONDITION.test(x) && URGENT.test(x))) && advises(x))) chosen.push(j);
        });
      }
      // Urgent advice elsewhere ("症状缓解了也要马上就医") belongs with it.
      blocks.forEach((b, j) => {
        // So does a condition that sends the reader to a named clinic ("如果…仍然出血，就需要到口腔科检查").
        // …or a result band of a self-test ("4个及以上，或者第6、7条中有一条是“是”：建议到血管外科门诊就诊").
        const conditional = (x: string) => ((/^(?:如果|若|一旦|如有)/u.test(x) && /就(?:需要|要|应)|需要|应当?/u.test(x)) || RESULT_BAND.test(x)) && advises(x);
        // And advice given because it may be an emergency ("也可能是阑尾炎等急症…应该去医院查清楚").
        const danger = (x: string) => DANGER.test(x) && advises(x);
        if (!chosen.includes(j) && isText(draft, j) && b.kind !== 'item' && fullSentences(b.text).some((x) => CARE.test(x) && ((URGENT.test(x) && (CONDITION.test(x) || /也要|也应|仍要/u.test(x))) || conditional(x) || danger(x)))) chosen.push(j);
        // A step of a procedure may hold one ("5. 取不出来，尽快去耳鼻喉科。如果怀疑鱼刺已经进入
        // 食管，需要到消化内科或急诊做胃镜处理。"): that sentence, not the step, joins the advice.
        else if (!chosen.includes(j) && isText(draft, j) && b.kind === 'item' && b.listStart !== blocks[best]!.listStart
          && fullSentences(lineLabel(b.text).text).some((x) => CARE.test(x.replace(GUIDED, '')) && conditional(x))) { chosen.push(j); sentenceOnly.add(j); }
      });
      chosen.sort((a, b) => a - b);
      // "出现以下情况要及时就医：" — the list that follows is the advice (list items, or lines
      // that open with a bullet such as "·" or an emoji).
      if (/[：:]$/.test(blocks[best]!.text)) {
        for (let j = best + 1; j < blocks.length && isListLine(blocks[j]!); j++) if (!chosen.includes(j)) chosen.push(j);
        chosen.sort((a, b) => a - b);
      }
      // "出现这些情况，请马上就医。" after a list: the list before it is what "这些" means.
      if (/这些情况|以上情况|上述情况|以上症状|这些症状|上述症状/u.test(blocks[best]!.text)) {
        for (let j = best - 1; j >= 0 && isListLine(blocks[j]!); j--) if (!chosen.includes(j)) chosen.push(j);
        chosen.sort((a, b) => a - b);
      }
    }
  }
  // "主持人：那什么情况下，家长要赶紧带孩子去医院？" — the answer to a question about when to seek
  // care lists the signs ("第一，…；第二，…"), whatever words it uses: question and signs join the advice.
  const asked = ctaSection === -1 ? careQuestion(draft) : undefined;
  if (asked) {
    // The question is said only where its answer does not say where to go ("…请尽快就诊：").
    const answered = CARE.test(blocks[asked.answers[0]!]!.text);
    for (const i of [...(answered ? [] : [asked.question]), ...asked.answers]) if (!chosen.includes(i)) chosen.push(i);
    chosen.sort((a, b) => a - b);
  }
  const askedText = (i: number): string | undefined => {
    if (!asked) return undefined;
    if (i === asked.question) return lineLabel(blocks[i]!.text).text.replace(/^(?:那么?|所以|那我们?)[，,]?\s*/u, '');
    return asked.answers.includes(i) && !signs(blocks[i]!) ? signsAndAdvice(adviceText(draft, i)) : undefined;
  };
  // Outside a 就医提示 section, only the sentences that give the advice: a paragraph that also
  // refutes a myth or explains a drug keeps those sentences for the takeaways.
  const parts: Part[] = chosen.map((i) => ({
    text: askedText(i) ?? ((ctaSection !== -1 && sectionOf[i] === ctaSection) || (isListLine(blocks[i]!) && !sentenceOnly.has(i)) ? adviceText(draft, i) : adviceSentences(adviceText(draft, i))),
    position: blocks[i]!.position,
    item: signs(blocks[i]!) && !sentenceOnly.has(i),
  })).filter((p) => p.text);
  if (headingIntro) parts.unshift({ ...headingIntro, item: false });
  // The emergency sentence wherever it is: an article that says "立即拨打120" must never lose it.
  let emergency = parts.flatMap((p) => fullSentences(p.text).map((text) => ({ text, position: p.position }))).find((s) => EMERGENCY.test(s.text) && CARE.test(s.text) && advises(s.text));
  if (!emergency && parts.length > 0) {
    const i = blocks.findIndex((b, k) => isText(draft, k) && fullSentences(b.text).some((x) => EMERGENCY.test(x) && CARE.test(x) && advises(x)) && !chosen.includes(k));
    if (i !== -1) {
      const text = fullSentences(adviceText(draft, i)).find((s) => EMERGENCY.test(s) && CARE.test(s) && advises(s));
      if (text) {
        emergency = { text, position: blocks[i]!.position };
        parts.push({ ...emergency, item: false });
        chosen.push(i);
      }
    }
  }
  if (ctaSection !== -1) for (const i of chosen) if (sectionOf[i] === ctaSection) draft.roles[i] = 'safety';
  if (parts.length === 0) {
    draft.safety = { text: DEFAULT_CTA, position: { line: 1, column: 1 }, own: false, sentences: [{ text: DEFAULT_CTA, position: { line: 1, column: 1 } }] };
    return;
  }
  // "我特别叮嘱他：“如果…马上来医院。”" — the closing gives the advice, not who said it.
  const sentenceBlocks = joinList(parts).map((b) => ({ ...b, text: unframe(b.text, false) }));
  draft.safety = {
    text: sentenceBlocks.map((s) => s.text).join(''),
    position: parts[0]!.position,
    own: true,
    sentences: sentenceBlocks,
    emergency,
  };
}

/** "什么情况下…要赶紧…去医院？", "哪些情况需要就医？": a question about when to seek care. */
const ASKS_WHEN = /什么情况|什么时候|哪些情况|何时|什么样的(?:情况|症状|表现)|哪些(?:症状|表现|信号)/u;

/** The last question in the article that asks when to seek care, and the answer blocks after it. */
function careQuestion(draft: ModelDraft): { question: number; answers: number[] } | undefined {
  const { blocks, roles } = draft;
  const question = roles.findLastIndex((r, i) => r === 'question' && CARE.test(blocks[i]!.text) && ASKS_WHEN.test(blocks[i]!.text));
  if (question === -1) return undefined;
  const answers: number[] = [];
  for (let j = question + 1; j < blocks.length && (roles[j] === 'answer' || roles[j] === 'answer-more'); j++) answers.push(j);
  return answers.length ? { question, answers } : undefined;
}

/** Of an answer about when to seek care: its counted signs ("第一，…；第二，…") and its advice. */
function signsAndAdvice(text: string): string {
  const counted = (s: string) => /^(?:第[一二三四五六七八九十]|其[一二三四五]|一是|首先)[，,、：:]?/u.test(s) && /[；;]/u.test(s);
  // Said as one list on the closing slide, the signs lose their counting words.
  const uncounted = (s: string) => s.replace(/(^|[；;]\s*)(?:第[一二三四五六七八九十]|其[一二三四五]|[一二三四五六七八九十]是|首先|其次|最后)[，,、：:]?\s*/gu, '$1');
  return fullSentences(text).map((s) => (counted(s) ? uncounted(s) : adviceSentences(s))).join('');
}

function adviceSentences(text: string): string {
  const all = fullSentences(text);
  // A care sentence that neither sets a condition nor urges ("就医时带上，能帮医生…") only makes
  // sense next to the sentence before it: it stays with the article, not the closing.
  // What to do at once when a warning sign appears ("如果出现心慌、手抖…要立即测血糖") is safety
  // advice too, even before it says to see a doctor.
  // A question ("要是早点来医院，是不是就不用遭这个罪了？") asks; it gives no advice.
  const gives = (s: string) => (CARE.test(s) || (CONDITION.test(s) && URGENT.test(s))) && advises(s) && !/[？?][”’」』]?$/u.test(s);
  // "出现这些症状，请立即拨打120" names its signs in the sentence before: that one comes too.
  const keep = all.map((s, k) => gives(s) || (/[：:]$/.test(s) && k === all.length - 1));
  keep.forEach((kept, k) => { if (kept && k > 0 && !keep[k - 1] && /^(?:出现|有)?(?:这些|上述|以上)(?:情况|症状|表现|信号)/u.test(all[k]!)) keep[k - 1] = true; });
  // "指定身边的人：“你，打120！”“你，去取AED！”": quoted words said one after another are one instruction.
  for (let k = 1; k < all.length; k++) if (keep[k - 1] && /[”」]$/u.test(all[k - 1]!) && /^[“「]/u.test(all[k]!)) keep[k] = true;
  return all.filter((_, k) => keep[k]).map((s) => careClauses(ownParts(s, gives))).join('');
}

/**
 * "服药期间出现口苦…停药后会逐渐消失；但如果出现皮疹…要及时联系医生。" — of a sentence in
 * parts joined by "；", only the parts that give the advice (a list of conditions stays whole).
 */
function ownParts(sentence: string, gives: (s: string) => boolean): string {
  const parts = sentence.split(/(?<=[；;])/u);
  if (parts.length < 2 || /[：:]/u.test(sentence)) return sentence;
  const kept = parts.filter((p) => gives(p));
  if (kept.length === 0 || kept.length === parts.length) return sentence;
  const text = kept.join('').replace(/^(?:但是?|不过|而)/u, '').replace(/[；;，,\s]+$/u, '');
  return /[。！？!?]$/u.test(text) ? text : `${text}。`;
}

/**
 * "短暂性脑缺血发作是重要预警信号，症状缓解了也要马上就医。" — a sentence that explains before it
 * advises gives its advice clauses only when the explanation is long.
 */
function careClauses(sentence: string): string {
  if ([...sentence].length <= 40) return sentence;
  const parts = sentence.split(/(?<=[，,])/u);
  let at = parts.findIndex((p) => CARE.test(p) || CONDITION.test(p) || URGENT.test(p) || DANGER.test(p));
  // "痛风等患者的饮食有特殊要求，应在医生…指导下调整": advice opening on its verb keeps its subject.
  if (at > 0 && /^(?:应|要|需|须|请|也|就|都|均)/u.test(parts[at]!)) at--;
  // "吃了头孢类等药物的人，喝酒后可能出现面红…要马上就医": whom it is about is never cut off.
  if (at > 0 && /(?:的人|者|患者|病人|人群|孩子|儿童|孕妇|老人|的)[，,]\s*$/u.test(parts[at - 1]!)) at--;
  // "…也就是膀胱里憋满了尿…，小肚子胀得发硬，这时要立即去急诊": advice that points back keeps
  // the signs it points at (from "也就是" on, else the whole sentence).
  if (at > 0 && /^(?:这时候?|此时|这种情况下?|那就|那时)/u.test(parts[at]!)) {
    const named = parts.slice(0, at).findLastIndex((p) => /^(?:也就是说?|即|就是)/u.test(p));
    at = Math.max(0, named);
    if (named >= 0) parts[at] = parts[at]!.replace(/^(?:也就是说?|即|就是)[，,]?\s*/u, '');
  }
  // Only an explanation is cut ("…是重要预警信号，"); signs listed before the advice ("尿里的泡沫细小…，
  // 尿的颜色像浓茶，请及时到肾内科就诊") are what the advice is about.
  if (at > 0 && !EXPLAINS.test(parts.slice(0, at).join(''))) return sentence;
  // "…能自愈，但如果持续高烧…要及时就医": cut from its explanation, the advice drops the "但" that answered it.
  return at > 0 ? parts.slice(at).join('').replace(/^(?:但是?|不过|可是|然而)\s*/u, '') : sentence;
}

/** Words of an explanation, which advice may be cut from. */
const EXPLAINS = /是|因为|由于|所以|说明|意味着|属于|一般|通常|往往|大多|其实|实际上|事实上|有时/u;

/** Advice, not narration: "急诊室里冲进来一对夫妻" mentions the emergency room but advises nothing. */
// The modal words as words (../markers.ts YAO, YING, BIE).
const ADVISES = new RegExp(`可以(?:到|去)|(?:拨打|打|叫)\\s*120|${YAO}|${YING}|请|需|须|务必|一定|立即|立刻|马上|及时|尽快|尽早|出现|如果|若|一旦|如有|以下|建议|${BIE}|不要`, 'u');
/** What happened in a case story ("好在送医还算及时"), however urgent it sounds. */
const NARRATION = /(?<!最)好在|还算|幸好|终于|后来|当时|那天|那一次|被送|送到了|送进/u;
// "了" tells what happened, unless a condition makes it hypothetical ("如果患者恢复了正常呼吸…，可以…").
// "出现以下情况…要及时就诊：受伤后当时…": a list of signs advises, whatever words its signs use.
const advises = (s: string) => ADVISES.test(s) && (LISTS_SIGNS.test(s) || (!NARRATION.test(s) && !(/了/u.test(s) && !MODAL.test(s) && !/^(?:如果|若|一旦|假如|万一)/u.test(s))));
const LISTS_SIGNS = /(?:以下|下列|如下|这些)(?:情况|症状|表现|信号)[^。！？]{0,20}(?:就医|就诊|急诊|医院|120)[^。！？]{0,12}[：:]/u;

function isText(draft: ModelDraft, i: number, needAdvice = true): boolean {
  const b = draft.blocks[i]!;
  if (!b.text || !['paragraph', 'item', 'quote'].includes(b.kind)) return false;
  if (needAdvice && !ADVISES.test(b.text)) return false;
  const role = draft.roles[i];
  return role !== 'byline' && role !== 'references' && role !== 'question' && role !== 'myth';
}

/** The block's text without its "温馨提示：" or "答：" marker. */
function adviceText(draft: ModelDraft, i: number): string {
  return lineLabel(draft.blocks[i]!.text).text;
}

/**
 * An intro ending in "：" and its list items read as one sentence ("出现以下情况要及时就医：高热
 * 不退；抽搐。"): items are joined with "；" and the sentence closes once, so no "；。" seam.
 */
/** A list of signs: list lines, or a blockquote of them ("> 伤口裂开，或者出血不止；"). */
const signs = (b: Block) => isListLine(b) || b.kind === 'quote';

/** A piece of the advice; `item` when it is a line of a list. */
type Part = TextBlock & { item: boolean };

function joinList(parts: Part[]): TextBlock[] {
  const out: TextBlock[] = [];
  let intro: TextBlock | undefined;
  let items: string[] = [];
  const flush = () => {
    if (!intro) return;
    const body = items.map((t) => t.replace(/[。；;，,、！!]+$/u, '')).join('；');
    out.push({ text: `${intro.text}${body}${body ? '。' : ''}`, position: intro.position });
    intro = undefined;
    items = [];
  };
  for (const p of parts) {
    if (intro && p.item) { items.push(stripDecoration(p.text)); continue; }
    flush();
    if (/[：:]$/.test(p.text)) { intro = p; continue; }
    for (const s of fullSentences(p.text)) out.push({ text: /[。！？!?）)”]$/.test(s) ? s : `${s.replace(/[；;，,、]+$/u, '')}。`, position: p.position });
  }
  flush();
  return out;
}
