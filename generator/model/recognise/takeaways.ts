/**
 * Takeaways: what an editor would put one per slide. Candidates come from the article's own
 * structure, each with a reason and a score — a myth's truth or a step (5), a Q&A answer or a
 * bold sentence (4.5), a list item (3.5), a tip (3), a plain sentence of advice (2) — and are
 * deduplicated and ranked. `## 划重点` lists, when present, win outright. Questions, myths,
 * credits, references and the safety advice (which has its own slide) are never takeaways.
 */
import { headingBefore, type Block } from '../blocks.ts';
import { adviceScore, truthBonus, unframe, BULLET, CONTEXT_BOUND, CROSSED_OUT, MYTH_FRAME, headingLabel, isLabelLike, lineLabel, MYTH_UNIT_HEADING, PRESCRIPTIVE, stripNumbering, type HeadingLabel, EDITOR_NOTE, stripDecoration } from '../markers.ts';
import type { Takeaway, TakeawayReason, TextBlock } from '../types.ts';
import type { ModelDraft } from './draft.ts';
import { firstStatement, repeatsABelief, withoutJudgedSaying } from './myths.ts';
import { clausesKept, lettersOnly, sentences } from '../../text/sentences.ts';

/** A takeaway before it is chosen: rank and short form come with the choice. */
type Candidate = Omit<Takeaway, 'rank' | 'short'>;

/** Room on a slide or in one breath of a shot: longer sentences are cut at clause ends. */
const MAX_CHARS = 52;
/** More than this and a carousel stops being a summary. */
const MAX_TAKEAWAYS = 16;
/** Structured candidates are enough from this score; below it only clear advice (≥ CLEAR_ADVICE) to reach `MIN_TAKEAWAYS`. */
const STRONG = 3.5;
const MIN_TAKEAWAYS = 12;
/** A takeaway below this was kept only so that a prose article fills its slides. */
export const CLEAR_ADVICE = 2.9;
/**
 * Below STRONG, a takeaway still fills a slide down to this score (advice of about 0.8): a
 * carousel is read at the reader's pace, so a further plain point costs little, while a short
 * video keeps to CLEAR_ADVICE.
 */
const FILLS_A_SLIDE = 2.6;
const FEW_TAKEAWAYS = 6;
/** An article without headings says its points only in sentences: more of them are worth a slide. */
const FEW_IN_PROSE = 8;


export function recogniseTakeaways(draft: ModelDraft): void {
  const { blocks, sections, sectionOf, roles } = draft;
  const key = sections.findIndex((s) => s.role === 'key-points' && s.items.length > 0);
  if (key !== -1) {
    draft.takeaways = sections[key]!.items.map((it, k) => ({ ...it, short: shorten(it.text), reason: 'key-points' as const, score: 10, rank: k + 1, section: key }));
    return;
  }

  const found: Candidate[] = [];
  const unitOf = new Map<Candidate, number>();
  // The bold sentence a candidate opens with: the writer's own headline for it.
  const headlines = new Map<Candidate, string>();
  let unitIndex = -1;
  const safety = lettersOnly(draft.safety?.own ? draft.safety.text : '');
  // The opening paragraphs set the scene; their plain sentences count for less.
  const intro = new Set(blocks.map((b, i) => (sectionOf[i] === -1 && b.kind === 'paragraph' ? i : -1)).filter((i) => i !== -1).slice(0, 2));
  let question: string | undefined;
  const add = (text: string | undefined, i: number, reason: TakeawayReason, score: number, extra: Partial<Candidate> = {}): Candidate | undefined => {
    const said = reason === 'myth' ? text : withoutJudgedSaying(text?.trim() ?? '');
    const t = closeSentence(condense(unframe(said?.trim() ?? ''), reason === 'bold' || reason === 'step' || reason === 'item' || reason === 'myth' ? DETAIL_CHARS : MAX_CHARS));
    if (!t || [...lettersOnly(t)].length < 3) return undefined;
    // The safety advice has its own slide and shot.
    if (safety && safety.includes(lettersOnly(t))) return undefined;
    // A question, or a line trailing off ("第二天全班请假一小半……") to draw the reader in, teaches nothing.
    if (/(?:[？?]|…|\.{3})[”’」』）)]*$/u.test(t) || (MYTH_FRAME.test(t) && reason !== 'myth')) return undefined;
    // "把这篇文章转给家里的长辈看看吧！" asks for a share; "主持人好，听众朋友们好。" greets: neither teaches.
    // "愿每个孩子都有一个平安快乐的暑假！" wishes the reader well at the end: it teaches nothing either.
    if (SHARE_ASK.test(t) || GREETING.test(t) || WISH.test(t)) return undefined;
    const section = sectionOf[i]!;
    const takeaway: Candidate = { text: t, position: blocks[i]!.position, reason, score: intro.has(i) && sections.length > 0 && reason === 'conclusion' ? score / 2 : score, section: section === -1 ? undefined : section, ...extra };
    found.push(takeaway);
    unitOf.set(takeaway, unitIndex);
    return takeaway;
  };
  // A block's other sentences that clearly advise, beside the point already `taken` from it.
  const moreAdvice = (text: string, i: number, heading: string | undefined, taken: (s: string) => boolean = () => false) => {
    for (const s of sentences(text)) {
      const score = adviceScore(s);
      if (!taken(s) && score >= 1) add(s, i, 'conclusion', conclusionScore(score), { heading });
    }
  };
  const withHeadline = (c: Candidate | undefined, b: Block) => {
    const raw = leadSentence(b);
    // The candidate's text lost its ordinal or speech frame ("第三，"); so does its headline.
    const lead = raw && unframe(raw);
    if (c && lead && c.text.startsWith(headlineSentence(lead).slice(0, -1))) headlines.set(c, lead);
  };

  for (const m of draft.myths) {
    // A myth table's truth is one of its cells.
    const i = blocks.findIndex((b) => b.position === m.truth.position || b.cells?.some((c) => c.position === m.truth.position));
    // A myth the writer set apart (a 误区 heading, a 谣言 line) is a point of the article; one
    // refuted in passing counts as the sentence that refutes it.
    add(m.truth.text, i, 'myth', m.inProse ? Math.min(4.4, conclusionScore(adviceScore(m.truth.text)) + PROSE_MYTH_BONUS) : 5, { myth: m.myth, heading: undefined, position: m.truth.position });
  }

  let unit: { label: HeadingLabel; index: number; seen: number } | undefined;
  // "在等待救护车的这段时间里，家属可以这样做——" names the list below it better than the section does.
  let listIntro: string | undefined;
  let introSentence: TextBlock | undefined;
  blocks.forEach((b, i) => {
    if (b.kind !== 'item' && !BULLET.test(b.text)) { listIntro = undefined; introSentence = undefined; }
    if (b.kind === 'heading') {
      unit = { label: headingLabel(b.text), index: i, seen: 0 };
      unitIndex = i;
      question = unit.label.kind === 'question' ? unit.label.text : undefined;
      // A numbered heading that is itself advice ("3. 每天运动 30 分钟") is an item.
      // Not a part's title: "## 三、治疗：对因治疗，别乱用药" names its part (label and gist), and
      // "## 四、这些情况要尽快就医" heads the safety advice.
      const partTitle = /[：:]/u.test(unit.label.text) || (sectionOf[i] !== -1 && sections[sectionOf[i]!]?.role !== 'body');
      if (unit.label.kind === 'plain' && !partTitle && stripNumbering(b.text) !== b.text && PRESCRIPTIVE.test(unit.label.text) && [...unit.label.text].length >= 6) {
        add(unit.label.text, i, 'item', 3);
      }
      return;
    }
    const role = roles[i];
    // "主持人：感谢周主任！最后请您…": the thanks that opens a host's prompt heads nothing.
    if (role === 'question') { question = headingLabel(lineLabel(b.text).text.replace(THANKS, '')).text; return; }
    const sectionRole = sections[sectionOf[i]!]?.role;
    if (sectionRole === 'references' || sectionRole === 'cta') return;
    if (role === 'truth') {
      // The truth itself is the myth's takeaway; the rest of its paragraph may hold more advice.
      const truth = draft.myths.find((m) => m.truth.position === b.position)?.truth.text ?? '';
      for (const s of sentences(lineLabel(b.text).text)) {
        const score = adviceScore(s);
        if (!truth.includes(s) && !s.includes(truth) && score >= 0.5) add(s, i, 'conclusion', conclusionScore(score), { heading: MYTH_UNIT_HEADING });
      }
      if (unit) unit.seen++;
      return;
    }
    if (role && role !== 'answer' && role !== 'answer-more') return;
    if (!b.text || b.kind === 'table' || b.kind === 'code') return;
    const line = lineLabel(b.text);
    if (line.kind === 'byline' || line.kind === 'references') { roles[i] = line.kind; return; }
    // "**导语：**…", "编者按：…": the editor introduces the piece (the cover's summary), it makes no point.
    if (EDITOR_NOTE.test(line.text)) return;
    if (b.kind === 'paragraph' && !BULLET.test(b.text) && /[：:—]$/u.test(b.text)) {
      listIntro = introHeading(line.text);
      const last = sentences(line.text).at(-1);
      introSentence = last && /[：:]$/u.test(last) ? { text: last, position: b.position } : undefined;
    }
    const first = unit !== undefined && unit.seen === 0;
    if (unit) unit.seen++;
    // A myth heading over advice would read as advice: such slides get a neutral heading.
    const mythUnit = unit && (unit.label.kind === 'myth' || roles[unit.index] === 'myth');
    const heading = !unit || unit.label.kind === 'question' ? undefined : mythUnit ? MYTH_UNIT_HEADING : unit.label.text;

    if (unit?.label.kind === 'step' && first) {
      const statement = leadSentence(b) ?? stepStatement(line.text, unit.label.text);
      const said = statement && unit.label.text && [...unit.label.text].length <= 12 && !statement.includes(unit.label.text)
        ? `${unit.label.text}：${statement}` : statement;
      add(said, i, 'step', 5, { heading: blocks[unit.index]!.text });
      // The step's other instructions ("每次15到20分钟，每隔2到3小时敷一次") are points too.
      const stated = lettersOnly(statement ?? '');
      const saidAlready = (s: string) => stated.includes(lettersOnly(s)) || lettersOnly(s).includes(stated) || (!!b.lead && s.includes(b.lead));
      moreAdvice(line.text, i, blocks[unit.index]!.text, saidAlready);
      return;
    }
    const bullet = b.kind === 'item' || BULLET.test(b.text);
    // "主持人：各位宝爸宝妈晚上好…" / "许医生：大家好。…今天咱们就掰开了说。": the reply to a greeting teaches nothing.
    if (role === 'answer' && question && GREETING.test(question)) return;
    if (role === 'answer' && !bullet) {
      // Under a question heading the answer may open with scene-setting: take its best advice.
      // A sentence the writer bolded in the answer is its point, wherever it stands.
      const bolded = b.bold.map((x) => sentenceLike(x)).find((x) => x !== undefined && !isLabelLike(x) && [...lettersOnly(x)].length >= 8 && adviceScore(x) >= 0);
      const answer = leadSentence(b) ?? bolded ?? (unit?.label.kind === 'question' && unit.index === headingBefore(blocks, i) ? bestStatement(line.text, 0.3, 0.5) : answerStatement(line.text));
      add(answer, i, 'answer', 4.5, { heading: question ?? heading });
      for (const bold of b.bold) if (bold !== b.lead) add(sentenceLike(bold), i, 'bold', 4, { heading: question ?? heading });
      for (const s of sentences(line.text)) {
        const score = adviceScore(s);
        if (s === answer) continue;
        // A spoken answer marks its point in words ("最重要的是预防脱水") more often than in bold.
        if (SIGNPOST.test(s) && !/[？?]/u.test(s)) add(s, i, 'conclusion', SIGNPOSTED, { heading: question ?? heading });
        else if (score >= 1) add(s, i, 'conclusion', conclusionScore(score), { heading: question ?? heading });
      }
      return;
    }
    if (b.kind === 'item') {
      const reason = b.ordered && (b.listSize ?? 0) >= 2 ? 'step' : 'item';
      const base = reason === 'step' ? 4.5 : 3.5;
      // "- 常用内服药" over "  - 退热止痛药：…二选一即可": a bare category names its sub-items, which are the points.
      const depth = b.listDepth ?? 1;
      const parent = depth === 1 ? undefined : blocks.slice(0, i).findLast((x) => x.kind === 'item' && (x.listDepth ?? 1) < depth);
      const category = parent && namesOnly(parent.text) ? parent.text.replace(/[：:]$/u, '') : undefined;
      if (depth === 1 && namesOnly(line.text) && blocks[i + 1]?.kind === 'item' && (blocks[i + 1]!.listDepth ?? 1) > 1) return;
      withHeadline(add(itemText(b, line.text), i, reason, b.listDepth === 1 || category ? base : base - 1, { heading: category ?? listIntro ?? question ?? heading, ...(introSentence ? { intro: introSentence } : {}) }), b);
      // A long item's other piece of advice ("不要硬扯") is a takeaway of its own.
      const said = itemText(b, line.text) ?? '';
      moreAdvice(line.text, i, heading, (s) => said.includes(s));
      return;
    }
    if (b.kind === 'quote') {
      if (/——|--/.test(b.text)) return; // a quotation with its source, not the article's own advice
      if (line.kind === 'tip' || /^[⚠！!]|注意|警惕|切记|切勿|不要|禁止|千万/u.test(b.text)) add(bestStatement(line.text), i, 'warning', 3.5, { heading });
      return;
    }
    // Paragraph lines. Under a question heading, the question heads the slide.
    const asked = question ?? heading;
    if (b.lead) {
      if (isLabelLike(b.lead)) add(stepStatement(afterLead(b)), i, 'item', 4, { heading: b.lead.replace(/[：:]$/, '') });
      else withHeadline(add(withDetail(b), i, 'bold', 4.5, { heading: asked }), b);
    }
    for (const bold of b.bold) if (bold !== b.lead && [...bold].length >= 6) add(sentenceLike(bold), i, 'bold', 4, { heading: asked });
    if (line.kind === 'recommendation') {
      add(stepStatement(line.text), i, 'item', 4, { heading });
      return;
    }
    if (line.kind === 'tip') {
      add(bestStatement(line.text), i, 'tip', 3.5, { heading });
      return;
    }
    // "❌ 啤酒、白酒、黄酒": without its cross the line would say the opposite; only a line that
    // says "不要…" itself can stand on a slide.
    if (CROSSED_OUT.test(b.text) && !/不要|别|不能|不可|忌|避免|禁止|勿|不宜|少/u.test(b.text)) { roles[i] = 'myth'; return; }
    // "❄️ 寒潮一来，气温骤降。有人…" opens the article with an emoji; it is scene-setting, not a list.
    // "一是放加湿器…；二是…；三是…": a list written inside one paragraph; each is a point.
    // Only items that advise: "一是斑块稳不稳定，二是…" lists what a doctor looks at.
    const listed = !intro.has(i) ? enumerated(stripNumbering(line.text)) : undefined;
    if (listed && listed.items.filter((t) => adviceScore(t) >= 0.5).length * 2 >= listed.items.length) {
      const named = plainHeadline(stripNumbering(line.text), 0);
      for (const item of listed.items) add(item, i, 'item', 3.5, { heading: named ? named.replace(/[。！!]$/u, '') : question ?? heading });
      // The paragraph's other advice, outside the counted items.
      moreAdvice(listed.rest, i, question ?? heading);
      return;
    }
    if (BULLET.test(b.text) && !intro.has(i)) {
      // "⑦ 干眼是慢性病，需要长期管理。干眼很难…": a numbered paragraph's short first sentence is
      // its headline, as a bold one would be.
      const body = stripNumbering(line.text);
      const head = b.lead ? undefined : plainHeadline(body);
      const said = (head ? headWithDetail(head, body.slice(head.length)) : itemText(b, line.text)) ?? '';
      const c = add(said, i, 'item', 3.5, { heading: listIntro ?? question ?? heading, ...(introSentence ? { intro: introSentence } : {}) });
      if (c && head) headlines.set(c, head);
      moreAdvice(stripNumbering(line.text), i, question ?? heading, (s) => said.includes(s));
      return;
    }
    // A question asked in the paragraph itself ("散瞳验光到底有没有必要？会不会伤眼睛？…") is
    // answered by what follows it: its first real statement is the point, as under a 问： line,
    // but only in an article without headings: with sections, the writer's structure says more.
    // The opening paragraphs' questions are the reader's, asked to draw them in; the article answers later.
    // "总结一下：戒烟是治疗，不是硬扛；任何时候戒都不晚；…": the writer's own summary, said whole when it fits a slide.
    if (b.kind === 'paragraph' && SUMMARY_LABEL.test(stripDecoration(b.text)) && [...line.text].length <= DETAIL_CHARS && adviceScore(line.text.replace(/[；;]/gu, '，')) >= 0) {
      add(line.text, i, 'bold', SIGNPOSTED, { heading: asked });
      return;
    }
    const inline = sections.length === 0 && !intro.has(i) ? inlineAnswer(line.text) : undefined;
    if (inline && !b.lead) add(inline, i, 'answer', INLINE_ANSWER, { heading: asked });
    for (const s of sentences(line.text)) {
      const score = adviceScore(s) + truthBonus(s);
      // The writer's own "简单来说，…" / "关键在于…" marks the sentence to remember.
      if (SIGNPOST.test(s) && !/[？?]/u.test(s)) add(s, i, 'conclusion', SIGNPOSTED, { heading: asked });
      else if (score >= 0.5) add(s, i, 'conclusion', conclusionScore(score), { heading: asked });
    }
  });

  // Every body section teaches something: one without a structured takeaway gives its best
  // sentence of advice, so a plain-prose section is not skipped.
  const units = new Set(unitOf.values());
  for (const u of units) {
    const own = found.filter((t) => unitOf.get(t) === u);
    if (u === -1 || own.some((t) => t.score >= STRONG)) continue;
    // Only real advice is promoted: a section that only narrates gives no takeaway.
    const best = own.filter((t) => t.reason === 'conclusion' && adviceScore(t.text) >= 0.5).sort((a, b) => b.score - a.score)[0];
    if (best) best.score = STRONG + 0.1;
  }
  // A point that repeats a refuted belief word for word ("“酒量是练出来的”，其实…") would show the myth
  // without its 误区 mark: only the myth's own slide says it.
  const statesBelief = repeatsABelief(draft.myths);
  const repeatsBelief = (t: Candidate) => t.reason !== 'myth' && !t.myth && statesBelief(t.text);
  draft.takeaways = select(dedupe(found.filter((t) => !repeatsBelief(t))), unitOf, headlines, sections.length === 0 ? FEW_IN_PROSE : FEW_TAKEAWAYS);
}

/** A list's own intro as a slide heading: its opening clause when that fits one line, or none. */
function introHeading(text: string): string | undefined {
  // Its opening clause, or else the clause that announces the list ("心梗的不适还可能出现在这些
  // 部位"); another ("每个字母代表一个信号") names a detail, not the list.
  const parts = (sentences(text.replace(/[：:—\-\s]+$/u, '')).at(-1) ?? '').split(/[，,：:；;]/u).map((c) => c.trim());
  // A condition ("无论处于哪个风险等级") is not a name for what follows.
  const fits = (c: string | undefined) => !!c && [...c].length >= 4 && [...c].length <= 16 && !/[？?]$/u.test(c)
    && !CONDITION_CLAUSE.test(c) && !/^(?:无论|不管|不论|除了)/u.test(c);
  const announcing = parts.find((c) => /这些|以下|下列|如下|这样|这几/u.test(c));
  return fits(parts[0]) ? parts[0] : fits(announcing) ? announcing : undefined;
}

/** Below a marked answer (问：/答：, a question heading): the question is only in the prose. */
const INLINE_ANSWER = 3.6;

/** The answer to the last question a paragraph asks, when statements follow it. */
function inlineAnswer(text: string): string | undefined {
  const all = sentences(text);
  const asked = all.findLastIndex((s) => /[？?][”’」』）)]*$/u.test(s));
  if (asked === -1 || asked === all.length - 1) return undefined;
  const answer = answerStatement(all.slice(asked + 1).join(''));
  return answer && adviceScore(answer) + truthBonus(answer) >= 0.5 ? answer : undefined;
}

/** The sentence that reads most like advice (a small bonus for coming first). */
function bestStatement(text: string, firstBonus = 0, min = 0): string | undefined {
  let best: string | undefined;
  let bestScore = -Infinity;
  sentences(text).forEach((s, k) => {
    const own = adviceScore(s);
    const score = own + (k === 0 ? firstBonus : 0);
    if (own >= 0 && score >= min && score > bestScore) { best = s; bestScore = score; }
  });
  return best;
}

/** What one breath of a short video says: a short form is at most this long. */
export const SHORT_CHARS = 28;
/** A greeting or thanks in an interview or talk. */
const GREETING = /^(?:[^，。！？]{0,8}(?:大家|朋友们|主持人|各位[^，。！？]{0,6}?|您|你)(?:早上|上午|中午|下午|晚上)?好[，,！!。]|(?:谢谢|感谢)(?:主持人|大家|您|邀请))/u;
const THANKS = /^(?:谢谢|感谢)[^，。！!？?]{0,8}[。！!]\s*(?=\S)/u;
const WISH = /^(?:愿|祝|祝愿|祝福|希望)(?:每个|每一个|每位|大家|各位|所有|天下|您|你|孩子们?|宝宝们?|家长们?|朋友们?|小朋友们?)[^，。]{0,24}[！!。]?$/u;
const SHARE_ASK = /转给|转发|分享给|分享到|关注我们|点个赞|点赞|收藏|评论区/u;
/** Words with which a writer points at the sentence to remember. */
const SIGNPOST = /^(?:简单来说|简单地说|简单说|简而言之|总之|总的来说|总而言之|一句话|说到底|归根结底|请记住|记住|划重点|重点是|核心是|Tips?\s*[：:]|小贴士[：:]|小技巧[：:])|关键(?:就)?(?:在于|是)|说到底|(?:最|更)重要的(?:是|一条|一点|一件事)|首要(?:靶点|目标|任务)/u;
/** A list item that only names a category ("常用内服药"): its sub-items say what to do. */
const namesOnly = (text: string) => isLabelLike(text) && adviceScore(text) < 0.5;

/** The writer sums up: "总结一下：", "一句话总结：", "小结：". */
const SUMMARY_LABEL = /^(?:总结一下|总结|一句话总结|小结|最后总结)\s*[：:]/u;
/** As strong as a bold sentence: the writer marked it in words instead of asterisks. */
const SIGNPOSTED = 4.5;
/** A bold headline with its detail still fits one slide. */
const DETAIL_CHARS = 80;
/** Clause endings that announce the rest of the sentence. */
const LEAD_IN_END = /(?:建议|指出|认为|表明|显示|提示|推荐|要求|强调|规定|发现|的患者|的人|的是|的话|者|等|的)$/u;
/** "超过一周没有用过时，需要先试喷" — the advice may start after its condition. */
const CONDITION_CLAUSE = /(?:时|时候|的话|之后|以后|后|前|(?<!以)下)$|^(?:如果|若|当|一旦|假如|如有|只要|只有|除非|即使|即便|哪怕|虽然|尽管|由于|因为|对于|为了|趁)/u;
/** A clause naming who the advice is for ("…轻度狭窄的人", "痛风患者"). */
const SUBJECT_END = /(?:的人|的患者|患者|人群|者|的孩子|的老人|孕妇|儿童|的女性|的男性|(?<![是了])的)$|^(?:对|对于)[^，,]{2,20}(?:来说|而言)$/u;
/** A condition stated as one (如果, 一旦), or naming a threshold, a test result or an exception: the advice holds only under it. */
/** A sentence that opens with its condition is conditional throughout: no run starts inside it. */
const EXPLICIT_CONDITION = /^(?:但是?|不过|而|可|那么)?(?:如果|假如|若|一旦|万一|要是|只要|只有)/u;
/** What a condition leads to: "…，就要…", "…，请立即…". */
const CONSEQUENCE = /[，,：:]\s*(?:就|便|则|要|应|请|需|须|必须|立即|立刻|马上|尽快|及时|可以|可|不要|别|千万|务必)/u;
const ESSENTIAL_CONDITION = /^(?:只要|只有|除非|如果|假如|若|一旦|万一|要是|趁)|\d|[≥≤＞＜><]|阳性|阴性|达标|确诊/u;
/** A clause that leans on the one before for its subject or its sense ("更应主动治疗", "说明…"). */
const LEANING_START = /^(?:(?:可以|能|能够)?(?:减少|降低|减轻|帮助|有助于)|(?:可以|能|能够)(?:预防|防止)|是(?!否)|或者|或是|以及|都|也|还|就|才|而|并|但|却|则|所以|因此|否则|更|主要|说明|即|便|又|以免|以防|从而|进而|这样|这|那|其|它|它们|这些|那些|此)/u;
/**
 * A clause that only adds to a complete one before it (a purpose, a consequence, one more
 * thing to do): the run may stop before it. "每天补充叶酸0.4毫克，并持续整个孕期" still says
 * what to take; "…，但…" or "…，才能…" would not.
 */
const ADDS_ONLY = /^(?:也就是|即|以免|以防|从而|进而|否则|所以|因此|这样|并|并且|以及|更|还要|也要|(?:可以|能|能够)?(?:减少|降低|减轻|帮助|有助于)|(?:可以|能|能够)(?:预防|防止))/u;
/** Clauses that only lead in ("需要注意的是", "按照专家共识") carry no advice of their own. */
const FILLER = /^(?:第[一二三四五六七八九十]{1,2}|其[一二三]|接下来|首先|其次|然后|最后|另一方面|所以请记住|请记住|记住|一定要记住|划重点|需要注意的是|值得注意的是|需要提醒的是|要提醒的是|特别提醒|按照.{0,12}(?:共识|指南|建议)|根据.{0,12}(?:共识|指南)|目前|其实|所以|因此|另外|此外|同时|总之|总的来说|简单来说|简单说|简单地说|简而言之|通俗地说|也就是说|一般来说|通常来说|说到底|归根结底|换句话说)$/u;

/**
 * The strongest run of whole clauses within SHORT_CHARS: what a 60-second video can afford to
 * say. Lead-in clauses are dropped; the text is otherwise as written.
 */
export function shorten(text: string): string {
  // "第二，…" said without the first (a short script skips points) would count wrong; "所以，",
  // "一般来说，" lead from a sentence that is not said.
  const lead = /^[^，,、：:。！？]{1,8}[，,、：:]\s*/u.exec(text)?.[0];
  if (lead && FILLER.test(bare(lead)) && [...lettersOnly(text.slice(lead.length))].length >= 6) return shorten(text.slice(lead.length));
  if ([...text].length <= SHORT_CHARS) return text;
  // Clauses, each knowing whether a sentence starts with it.
  // Commas inside brackets ("B（Balance，平衡）") do not end a clause.
  const guarded = text.replace(/[（(][^）)]*[）)]/gu, (m) => m.replace(/[，,]/gu, '\u0001'));
  // An enumeration comma ("头痛、恶心") lists within a clause; a run never starts or stops at one.
  const pieces = sentences(guarded).flatMap((sentence) =>
    (sentence.match(/[^，,：:；;。！？!?]+[，,：:；;。！？!?]*/gu) ?? [sentence]).map((c, k) => ({ c: c.replace(/\u0001/gu, '，'), starts: k === 0 })));
  // First runs that start a sentence (or follow a lead-in or a condition); only when none of
  // them gives advice, runs that start anywhere.
  // A step's own label ("摇匀：…") names its action: the clauses that do that action are its point.
  const label = /^([^，,：:。！？!?]{1,8})[：:]/u.exec(text)?.[1] ?? '';
  const labelChars = new Set([...label].filter((c) => /\p{Script=Han}/u.test(c)));
  const named = (run: string) => {
    if (labelChars.size === 0 || run.startsWith(label)) return 0;
    const shared = [...labelChars].filter((c) => run.includes(c)).length;
    return shared / labelChars.size >= 0.6 ? 1 : 0;
  };
  // A run from inside a sentence competes too, a little behind: the advice is often the
  // sentence's second half ("吸入药物是长期治疗的基础，症状好转时也要坚持使用…").
  const strict = bestRun(pieces, false, named);
  const inner = bestRun(pieces, true, named);
  // A run that stops at "：" ("建议遵循“20-20-20”原则：") announces what it then does not say.
  const usable = (r: { run: string; score: number }) => r.run !== '' && !/[：:]\s*$/u.test(r.run) && adviceScore(bare(r.run)) >= 0.5;
  const candidates = [strict, { ...inner, score: inner.score - INNER_START_COST }].filter(usable);
  const best = candidates.sort((a, b) => b.score - a.score)[0];
  // No run reads as advice on its own: whole clauses from the start, rather than all of a
  // sentence too long to say in one breath.
  if (!best) {
    // …never ending on a condition or a subject ("单用他汀不能达标的。"): then all of it.
    // …nor on a subject whose predicate comes next ("吸烟、高血压…和缺乏运动，都是…危险因素").
    // A lead-in ("简单来说，", "还有一点很多人不知道：") is not said when the rest fits.
    const lead = /^[^，,：:；;。！？!?]{1,16}[，,：:]/u.exec(text)?.[0];
    if (lead && (FILLER.test(bare(lead)) || /[：:]$/u.test(lead))) {
      const rest = text.slice(lead.length).trim();
      if ([...rest].length <= SHORT_CHARS && [...lettersOnly(rest)].length >= 6) return rest;
    }
    const cut = condense(text, SHORT_CHARS);
    const last = bare(cut).split(/[，,：:；;。！？!?]/u).at(-1)?.trim() ?? '';
    // `cut` is whole clauses from the start of `text`: what follows starts after its own length.
    const following = text.slice(bare(cut).length).replace(/^[，,：:；;。！？!?\s]+/u, '');
    // "现在的白内障手术。" names a subject and stops: one short clause with no predicate.
    const bareNoun = !/[，,；;：:]/u.test(bare(cut)) && [...lettersOnly(cut)].length <= 10 && !PREDICATE.test(cut);
    const fragment = bareNoun || [...lettersOnly(cut)].length < 6 || FILLER.test(last) || SUBJECT_END.test(last) || /的$/u.test(last) || (following !== '' && stopsShort(last, following))
      || (/^(?:都|也|还|就|才|则|是|应|要|需|须|必须|可以|不要|不能|会|能)/u.test(following) && !restates(bare(cut), following))
      // "如果叫不醒，没有呼吸。" names the condition and stops before what to do.
      || (EXPLICIT_CONDITION.test(cut) && !CONSEQUENCE.test(cut));
    return fragment ? text : cut;
  }
  return `${bare(best.run)}。`;
}

/** A bold headline and a clause of its detail: about a breath and a half. */
const HEADLINE_WITH_DETAIL = 40;

/**
 * A takeaway under the writer's bold headline ("立即停止进食。不要再吃任何东西…") is said from its
 * headline, with its detail where both fit: the detail alone would drop what the writer marked.
 */
function shortUnder(text: string, headline: string | undefined): string {
  const short = shorten(text);
  if (!headline) return short;
  const head = headlineSentence(headline);
  // Said from the headline already, with as much detail as one more clause: longer, and only
  // the headline (with what fits of its detail) is said.
  if (lettersOnly(short).startsWith(lettersOnly(head)) && [...short].length <= HEADLINE_WITH_DETAIL) return short;
  // A headline too long to say whole is shortened like any sentence.
  if ([...head].length > SHORT_CHARS) return short;
  const spoken = shorten(head);
  const rest = text.slice(head.length).trim();
  const detail = rest ? shorten(rest) : '';
  return detail && [...(spoken + detail)].length <= SHORT_CHARS ? spoken + detail : spoken;
}

/**
 * Whether a run ending on clause `last` would stop short of what it says: the clause announces
 * or conditions the next ("我国指南建议，", "体重下降5%以上，疼痛…就会改善"), or the next leans on it.
 */
function stopsShort(last: string, following: string): boolean {
  // "是否需要调整，由医生评估": the question is the subject of what follows.
  return LEAD_IN_END.test(last) || CONDITION_CLAUSE.test(last) || /^(?:是否|要不要|能不能|该不该|需不需要)/u.test(last)
    || (/^(?:应|要|需|须|必须|可以|不要|不能|会|能|就|才|则)/u.test(following) && !PRESCRIPTIVE.test(last))
    || (LEANING_START.test(following) && !ADDS_ONLY.test(following) && !restates(last, following))
    || CONSEQUENCE_AHEAD.test(following) || DENIED_AHEAD.test(following);
}

/**
 * "影视剧里大声喊“救命”、拼命扑腾的画面，常常不是真实的样子": the clause after denies what the one
 * before names. Stopped before it, the run would assert the very picture the article corrects.
 */
const DENIED_AHEAD = /^[^，,。；;]{0,4}?(?:不是|并非|并不|未必|不一定|不等于|不代表|不意味着|不算)/u;

/** "生长激素是处方药，是用来治疗…": the clause already says what its subject is; the next goes on about it. */
const restates = (last: string, following: string) => /^是/u.test(following) && /\p{Script=Han}是\p{Script=Han}/u.test(last);

/** Words that make a clause say something (a verb, a copula, a modal, a degree): a bare noun phrase has none. */
const PREDICATE = /是|要|会|能|可以|有|不|没|无|应|需|了|为|让|把|被|就|都|也|很|太|更|越|多|少|吃|喝|做|用|打|去|到|看|查|治|防|减|加|放|保持|避免|注意|出现|导致|引起|属于|等于|低于|高于|超过|达到/u;

/** A clause that says what follows from the one before ("疼痛往往就会改善", "…的，都应该做胃镜"). */
const CONSEQUENCE_AHEAD = /^[^，,。；;]{0,10}?(?:就|才|便)(?!是)|^[^，,。；;]{0,14}的[，,]\s*都/u;

/** What starting inside a sentence costs a run, in score points. */
const INNER_START_COST = 1.25;

const bare = (c: string) => c.replace(/[，,：:；;、。！？!?\s]+$/u, '');

function bestRun(pieces: { c: string; starts: boolean }[], anywhere: boolean, named: (run: string) => number = () => 0): { run: string; score: number } {
  let best = '';
  let bestScore = -Infinity;
  for (let from = 0; from < pieces.length; from++) {
    const prev = from > 0 ? bare(pieces[from - 1]!.c) : '';
    // After "捏紧鼻翼：" the step's label has been said by its heading; its action may stand alone.
    const afterLeadIn = from > 0 && (FILLER.test(prev) || CONDITION_CLAUSE.test(prev) || LEAD_IN_END.test(prev) || /[：:]\s*$/u.test(pieces[from - 1]!.c));
    if (!anywhere && !pieces[from]!.starts && !afterLeadIn) continue;
    // "痛风患者血尿酸≥480 μmol/L时，建议开始降尿酸药物治疗": without its threshold or its
    // patients the advice says something else. Such a condition stays with its advice.
    if (from > 0 && !pieces[from]!.starts && (CONDITION_CLAUSE.test(prev) || LEAD_IN_END.test(prev)) && ESSENTIAL_CONDITION.test(prev)) continue;
    // "大多数只是小斑块的人，不需要手术": without the people it is about, the advice is for everyone.
    if (!pieces[from]!.starts && subjectBefore(pieces, from)) continue;
    if (!pieces[from]!.starts && EXPLICIT_CONDITION.test(sentenceStart(pieces, from))) continue;
    if (FILLER.test(bare(pieces[from]!.c))) continue;
    let run = '';
    let weakTail = false;
    for (let to = from; to < pieces.length; to++) {
      const next = run + pieces[to]!.c;
      if ([...bare(next)].length > SHORT_CHARS) break;
      run = next;
      const endsSentence = to + 1 === pieces.length || pieces[to + 1]!.starts;
      const last = bare(pieces[to]!.c);
      // A run must not stop on a clause that only announces what follows ("我国指南建议，") or
      // dangles ("一松开，"), nor start on one that leans on the clause before ("都可能…").
      const following = endsSentence ? '' : bare(pieces[to + 1]!.c);
      const dangling = !endsSentence && ([...last].length <= 3 || stopsShort(last, following));
      const leaning = !pieces[from]!.starts && LEANING_START.test(bare(pieces[from]!.c));
      // A fragment ("单用他汀不能达标的。", "更应主动治疗。") would say something the article
      // does not: such a run is never a short form.
      // "只要血压、血糖控制平稳，心肺功能能耐受。" states the condition without what it allows.
      const unanswered = pieces[from]!.starts && EXPLICIT_CONDITION.test(pieces[from]!.c) && !endsSentence && !CONSEQUENCE.test(run);
      if (dangling || leaning || unanswered) continue;
      // A second sentence joins only when it advises too: "别抓挠、别撕痂。伤口愈合过程中发痒很常见。"
      // spends the breath on an aside.
      if (to > from && pieces[to]!.starts) weakTail = weakTail || adviceScore(bare(pieces.slice(to, nextStart(pieces, to)).map((p) => p.c).join(''))) < 0.5;
      const score = (weakTail ? -1 : 0) + (SIGNPOST.test(run) ? 1 : 0) + named(run) + (endsSentence ? 0.3 : 0) + adviceScore(bare(run)) + (from === 0 ? 0.3 : 0) + (endsSentence ? 0.3 : 0) + [...bare(run)].length / 60;
      if (score > bestScore) { bestScore = score; best = run; }
    }
  }
  return { run: best, score: bestScore };
}

/** Whether a clause earlier in the same sentence names who it is about. */
function subjectBefore(pieces: { c: string; starts: boolean }[], at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    if (SUBJECT_END.test(bare(pieces[k]!.c))) return true;
    if (pieces[k]!.starts) return false;
  }
  return false;
}

/** The first clause of the sentence that piece `at` is in. */
function sentenceStart(pieces: { c: string; starts: boolean }[], at: number): string {
  let k = at;
  while (k > 0 && !pieces[k]!.starts) k--;
  return pieces[k]!.c;
}

/** Index of the piece that starts the sentence after the one `at` starts. */
function nextStart(pieces: { starts: boolean }[], at: number): number {
  let j = at + 1;
  while (j < pieces.length && !pieces[j]!.starts) j++;
  return j;
}

/** Plain sentences rank below structure; only strong advice (two cues, or a cue and a figure) reaches STRONG. */
function conclusionScore(advice: number): number {
  return Math.min(3.9, 2 + advice * 0.75);
}

/**
 * An answer's point is its first real statement ("不一定。" is a reply, not a point), unless a
 * later sentence is much more clearly advice.
 */
function answerStatement(text: string): string | undefined {
  // "不少家长一看孩子拉肚子，就想着吃点消炎药…": an answer that opens on the belief it corrects.
  const all = sentences(text).filter((s) => adviceScore(s) >= -0.5 && !/[？?：:]$/.test(s) && !MYTH_FRAME.test(s));
  // "这是家长最常见的顾虑。" answers the question before it, not the reader's.
  // A spoken answer opens on what it is about to say ("这个我要说得直一点", "这句话耽误了不少孩子").
  const leansBack = (s: string) => CONTEXT_BOUND.test(s) || /^这(?:个|句话)/u.test(s);
  const stated = (s: string) => [...s.replace(/[^\p{L}\p{N}]/gu, '')].length >= 8 && !leansBack(unframe(s));
  const first = all.find(stated);
  if (!first) return bestStatement(text);
  // "这个呢，先别慌。" is as short a reply as "不一定。", however firmly it says 别.
  const better = all.find((s) => stated(s) && adviceScore(s) >= adviceScore(first) + 1.5);
  return better ?? first;
}

/** A list item ending "…；" reads as a sentence on its own slide. */
function closeSentence(text: string): string {
  return text.replace(/[；;，,、：:]+$/u, '。');
}

/**
 * A step: its paragraph when short enough to say in one breath, else its most instructive
 * sentences — the one that opens the step and the ones that name its action ("漱口") first.
 */
function stepStatement(text: string, name = ''): string | undefined {
  const all = sentences(text).filter((s) => adviceScore(s) >= 0);
  if ([...all.join('')].length <= 56) return all.join('') || undefined;
  const nameChars = new Set([...name].filter((c) => /\p{Script=Han}/u.test(c)));
  const score = (s: string, k: number) => {
    const shared = [...nameChars].filter((c) => s.includes(c)).length;
    return adviceScore(s) + (k === 0 ? 0.5 : 0) + (nameChars.size > 0 && shared / nameChars.size >= 0.6 ? 1 : 0);
  };
  const ranked = all.map((s, k) => ({ s, v: score(s, k) })).sort((a, b) => b.v - a.v).map((x) => x.s);
  const keep = [ranked[0]!];
  if (ranked[1] && [...(ranked[0]! + ranked[1])].length <= 72) keep.push(ranked[1]);
  return all.filter((s) => keep.includes(s)).join('');
}

/** The bold sentence a block opens with, when it is a sentence and not a label. */
function leadSentence(b: Block): string | undefined {
  return b.lead && !isLabelLike(b.lead) ? sentenceLike(b.lead) : undefined;
}

function sentenceLike(bold: string): string | undefined {
  const s = bold.trim();
  return [...s].length >= 5 && !/[？?]$/.test(s) && !TERM.test(s) ? s : undefined;
}

/** A bold name of a disease, test or treatment ("胃食管反流病", "低剂量螺旋CT"): a term, not a sentence. */
const TERM = /^[^，,。！？!?；;：:\s]{2,10}(?:病|症|炎|癌|征|瘤|术|镜|剂|药|素|CT|检查|试验)$/u;

/** A list item or emoji line: its bold sentence, or "label：its advice", or its advice. */
function itemText(b: Block, text: string): string | undefined {
  const bare = stripNumbering(text);
  if (b.lead && !isLabelLike(b.lead)) return withDetail(b);
  if (b.lead && isLabelLike(b.lead)) {
    const rest = stepStatement(afterLead(b), b.lead);
    return rest ? `${b.lead.replace(/[：:]$/, '')}：${rest}` : b.lead;
  }
  return stepStatement(bare) ?? firstStatement(bare) ?? bare;
}

/** A bold headline as the sentence it opens: "叶酸要补够" and "叶酸要补够：" both become "叶酸要补够。". */
function headlineSentence(lead: string): string {
  return `${lead.replace(/[。！!，,、；;：:\s]+$/u, '')}。`;
}

/**
 * A short bold headline ("叶酸要补够。") says little alone; with the sentence of advice that
 * follows it ("从备孕前3个月起每天补充叶酸0.4毫克") it is what an editor puts on a slide.
 */
function withDetail(b: Block): string | undefined {
  const lead = sentenceLike(b.lead!);
  if (!lead || [...lead].length >= 14) return lead;
  return headWithDetail(lead, afterLead(b));
}

const ENUMERATOR = /(?<=^|[；;。，,：:]\s*)(?:([一二三四五六七八九十])是|其([一二三四五六七八九十]))[，,：:]?/gu;
const CHINESE_DIGITS = '一二三四五六七八九十';

/**
 * "…重要。一是A；二是B；三是C。": the items A, B, C as sentences, and the paragraph's whole
 * sentences around them, when the paragraph counts at least two in order from 一.
 */
function enumerated(text: string): { items: string[]; rest: string } | undefined {
  const marks = [...text.matchAll(ENUMERATOR)];
  if (marks.length < 2 || marks.some((m, k) => CHINESE_DIGITS.indexOf((m[1] ?? m[2])!) !== k)) return undefined;
  const items: string[] = [];
  marks.forEach((m, k) => {
    const end = k + 1 < marks.length ? marks[k + 1]!.index : text.length;
    let piece = text.slice(m.index + m[0].length, end);
    // The last item ends at its sentence; what follows is the paragraph's own text.
    if (k === marks.length - 1) piece = piece.split(/(?<=[。！？!?])/u)[0]!;
    items.push(piece.trim().replace(/[；;，,、]+$/u, '').replace(/[。！!]?$/u, '。'));
  });
  // The text around the items: before the first, and after the last item's sentence.
  const last = marks.at(-1)!;
  const tail = text.slice(last.index + last[0].length).split(/(?<=[。！？!?])/u).slice(1).join('');
  const before = sentences(text.slice(0, marks[0]!.index)).filter((x) => /[。！？!?]$/u.test(x)).join('');
  return items.every((t) => [...lettersOnly(t)].length >= 4) ? { items, rest: before + tail } : undefined;
}

/**
 * A first sentence short enough to head its paragraph, when more follows it; said alone, it
 * must advise (`minAdvice`): "热敷是不少干眼患者的好帮手" only names the topic.
 */
function plainHeadline(text: string, minAdvice = 1): string | undefined {
  const [first, ...rest] = sentences(text);
  return first && rest.length > 0 && [...first].length <= 20 && /[。！!]$/u.test(first) && adviceScore(first) >= minAdvice ? first : undefined;
}

function headWithDetail(lead: string, after: string): string {
  // The one or two most specific sentences after it (a figure, an instruction), in order.
  const rest = sentences(after).filter((s) => adviceScore(s) >= 0);
  const ranked = rest.map((s, k) => ({ s, v: adviceScore(s) + (k === 0 ? 0.25 : 0) })).sort((a, b) => b.v - a.v).map((x) => x.s);
  const head = headlineSentence(lead);
  const keep: string[] = [];
  for (const s of ranked.slice(0, 2)) if ([...(head + keep.join('') + s)].length <= DETAIL_CHARS) keep.push(s);
  return head + rest.filter((s) => keep.includes(s)).join('');
}

function afterLead(b: Block): string {
  const at = b.text.indexOf(b.lead!);
  return b.text.slice(at + b.lead!.length).replace(/^[\s：:，,。、]+/u, '');
}

/** Cut a long sentence after whole clauses, so it still reads as written. */
export function condense(text: string, max = MAX_CHARS): string {
  if ([...text].length <= max) return text;
  // "…确实是危险因素，但绝大多数人不会得胃癌": the point is after the turn.
  const turn = /[，,]\s*(?:但是?|不过|其实|然而)/u.exec(text);
  if (turn) {
    const after = text.slice(turn.index + turn[0].length).trim();
    // …unless what follows the turn has no subject of its own ("其实是一种疏远").
    if ([...lettersOnly(after)].length >= 6 && !/^(?:就|也|都|只|才)?是/u.test(after)) return condense(after, max);
  }
  // Whole clauses: an enumeration comma ("把血压、血脂、血糖…") is not a place to stop, nor a
  // clause that names who or when before saying what ("…以及长期接触粉尘的人，属于高风险人群").
  const parts = clausesKept(text, false);
  let out = '';
  let best = '';
  for (let k = 0; k < parts.length; k++) {
    if ([...(out + parts[k]!)].length > max) break;
    out += parts[k]!;
    const last = bare(parts[k]!);
    const following = k + 1 < parts.length ? bare(parts[k + 1]!) : '';
    if (/[：:]\s*$/u.test(parts[k]!)) continue; // "还有一点很多人不知道：" announces; it says nothing
    if (!following || /[。！？!?]$/u.test(parts[k]!.trim()) || !(SUBJECT_END.test(last) || stopsShort(last, following))) best = out;
  }
  if ([...lettersOnly(best)].length < 8) return text;
  return `${best.replace(/[，,：:；;、]+$/u, '')}。`;
}

/** How much advice strength separates candidates of one score (below the gaps between reasons). */
const TIE_WEIGHT = 0.15;

/** What refuting a belief adds to a sentence's rank, in score points. */
const PROSE_MYTH_BONUS = 0.5;

/** The same advice twice (a bold sentence that is also its paragraph's first): keep the stronger. */
function dedupe(list: Candidate[]): Candidate[] {
  // Among equals (a list's items all score alike) the clearer, more specific advice comes
  // first — "至少相隔1厘米" over "用酒精棉签消毒" — not simply the earlier line.
  const value = new Map(list.map((t) => [t, t.score + TIE_WEIGHT * Math.max(0, Math.min(3, adviceScore(t.text)))]));
  const ranked = [...list].sort((a, b) => value.get(b)! - value.get(a)! || a.position.line - b.position.line);
  const kept: Candidate[] = [];
  for (const t of ranked) {
    const n = lettersOnly(t.text);
    if (kept.some((k) => { const m = lettersOnly(k.text); return m.includes(n) || n.includes(m); })) continue;
    kept.push(t);
  }
  return kept;
}

/**
 * Strong takeaways, taken round the parts of the article (each part's best first, then each
 * part's second…) so a long first section cannot crowd out the rest; weak ones only to reach
 * MIN_TAKEAWAYS. Returned in reading order, each with its round as `rank`.
 */
function select(ranked: Candidate[], unitOf: Map<Candidate, number>, headlines: Map<Candidate, string>, few: number): Takeaway[] {
  // The short form is worked out only for what is kept.
  const chosen = (t: Candidate, rank: number): Takeaway => ({ ...t, rank, short: shortUnder(t.text, headlines.get(t)) });
  const byUnit = new Map<number, Candidate[]>();
  for (const t of ranked.filter((x) => x.score >= STRONG)) {
    const u = unitOf.get(t) ?? -1;
    byUnit.set(u, [...(byUnit.get(u) ?? []), t]);
  }
  const strong: Takeaway[] = [];
  for (let round = 1; strong.length < MAX_TAKEAWAYS; round++) {
    const picks = [...byUnit.values()].map((list) => list[round - 1]).filter((t): t is Candidate => !!t)
      .sort((a, b) => b.score - a.score || a.position.line - b.position.line);
    if (picks.length === 0) break;
    for (const t of picks.slice(0, MAX_TAKEAWAYS - strong.length)) strong.push(chosen(t, round));
  }
  const weakRound = Math.max(1, ...strong.map((t) => t.rank)) + 1;
  let weak = ranked.filter((t) => t.score < STRONG && t.score >= FILLS_A_SLIDE).slice(0, Math.max(0, MIN_TAKEAWAYS - strong.length));
  // A short article of plain prose still gives its few sentences of advice.
  if (strong.length + weak.length < few) {
    weak = ranked.filter((t) => t.score < STRONG && t.score >= 2.3).slice(0, few - strong.length);
  }
  return [...strong, ...weak.map((t) => chosen(t, weakRound))].sort((a, b) => a.position.line - b.position.line || a.position.column - b.position.column);
}
