/**
 * Myths and the truths that refute them: a myth heading ("误区一：血压正常就能停药") over its
 * truth (the bold sentence the next paragraph opens with, a "真相：" line, or that paragraph's
 * first statement), or a "误区：" line followed by its truth. A myth is never a takeaway on its
 * own; the truth is, carrying its myth so renderers show both.
 */
import { adviceScore, CROSSED_OUT, MYTH_FRAME, headingLabel, isLabelLike, lineLabel, stripDecoration, stripNumbering } from '../markers.ts';
import type { Block } from '../blocks.ts';
import type { TextBlock } from '../types.ts';
import type { ModelDraft } from './draft.ts';
import { hanBigrams, lettersOnly, sayable, sentences } from '../../text/sentences.ts';

/** A heading or line that introduces wrong practices: the items after it are myths. */
const WRONG_PRACTICES = /错误做法|错误的做法|不可取|土办法|别再用|不靠谱|误区|谣言|别这样做|不要这样做|千万别|这几种想法|这些想法|这些说法|误解|(?:都|全)是错的|(?:都|全)是错误的|做法(?:不对|有误)|不科学的做法|别信|不能信|不要信|雷区|踩坑|伤身的做法/u;

/** A section of things not to do ("❌ 不该做", "忌"): each heading inside it names a wrong practice. */
const DONT_SECTION = /^(?:❌\s*)?(?:忌|不该做|不能做|不要做|别做|不宜做|错误做法|这些事别做|千万别)/u;

export function recogniseMyths(draft: ModelDraft): void {
  const { blocks } = draft;
  let wrongList = false;
  let dontDepth = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    let myth: TextBlock | undefined;
    // "错误做法：" (or a heading like "这些土办法，别再用了") over a list: each item is a wrong
    // practice, its explanation the truth.
    if (b.kind === 'heading') wrongList = WRONG_PRACTICES.test(b.text) && headingLabel(b.text).kind !== 'myth';
    else if (b.kind === 'paragraph') wrongList = (WRONG_PRACTICES.test(b.text) && /[：:]$/.test(b.text)) || (wrongList && b.text.length <= 12 && /[：:]$/.test(b.text));
    if (wrongList && b.kind === 'item' && !draft.roles[i]) {
      // A wrong practice is never shown as advice, even when its explanation cannot be found.
      draft.roles[i] = 'myth';
      const label = b.lead && isLabelLike(b.lead) ? b.lead : undefined;
      const truth = label ? bestTruth(b.text.slice(b.text.indexOf(label) + label.length)) : undefined;
      if (label && truth) draft.myths.push({ myth: { text: label.replace(/[：:]$/u, ''), position: b.position }, truth: { text: truth, position: b.position } });
      // "坊间流传“颜色鲜艳的才有毒”。事实上，导致死亡最多的…恰恰是白色的": the quoted belief, then its answer.
      else if (!label) {
        const [first, ...rest] = sentences(b.text);
        const quoted = first ? /[“"「]([^“”"「」]{4,40})[”"」]/u.exec(first) : null;
        const answer = quoted ? rest.map((x) => x.replace(CORRECTS, '')).find((x) => adviceScore(x) >= 0 && [...lettersOnly(x)].length >= 6) : undefined;
        if (quoted && answer) draft.myths.push({ myth: { text: quoted[1]!.replace(/[。！!]$/u, ''), position: b.position }, truth: { text: answer, position: b.position } });
      }
      continue;
    }
    if (b.kind === 'table' && !draft.roles[i]) {
      if (tableMyths(draft, b)) draft.roles[i] = 'myth';
      continue;
    }
    if (b.kind === 'heading') {
      const label = headingLabel(b.text);
      // Bold-line headings all sit at one level: inside a "不该做" part, its numbered ones are its items.
      const numbered = stripNumbering(b.text) !== b.text.trim();
      const inside = dontDepth > 0 && (b.depth! > dontDepth || (b.depth === dontDepth && numbered));
      if (dontDepth && !inside) dontDepth = 0;
      if (label.kind === 'myth' && label.text) myth = { text: label.text, position: b.position };
      else if (inside && label.kind === 'plain' && label.text) myth = { text: label.text, position: b.position };
      else if (DONT_SECTION.test(b.text.trim()) || DONT_SECTION.test(label.text)) dontDepth = b.depth!;
      else if (/^❌/u.test(b.text.trim()) && label.text) myth = { text: label.text, position: b.position };
    } else if (b.kind === 'quote' && !draft.roles[i]) {
      // Rumour-busting posts set each rumour off as a quote ("> 传言一：…"), its "真相：" after it.
      const label = lineLabel(b.text);
      if (label.kind === 'myth' && label.text) myth = { text: firstStatement(label.text) ?? label.text, position: b.position };
      // "> “戒烟全靠意志力，药物都是智商税。”" then "这种想法让很多人…走了弯路。": a saying set off, then judged.
      const saying = /^[“"「]([^“”"「」]{4,60})[”"」]$/u.exec(b.text.trim());
      const next = saying ? nextContent(blocks, i) : undefined;
      if (!myth && saying && next !== undefined && JUDGES_SAYING.test(blocks[next]!.text)) myth = { text: saying[1]!.replace(/[。！!]$/u, ''), position: b.position };
    } else if ((b.kind === 'paragraph' || b.kind === 'item') && !draft.roles[i]) {
      const label = lineLabel(b.text);
      // "说法3：血压越低越好？错！血压降得过低，会…": the belief asked, judged, then answered.
      const judged = label.kind === 'myth' ? JUDGED.exec(label.text) : null;
      const judgedTruth = judged ? bestAdvice(judged[2]!) : undefined;
      if (judged && judgedTruth) {
        draft.roles[i] = 'myth';
        draft.myths.push({ myth: { text: judged[1]!, position: b.position }, truth: { text: judgedTruth, position: b.position } });
        continue;
      }
      if (label.kind === 'myth' && label.text) myth = { text: firstStatement(label.text) ?? label.text, position: b.position };
      // "记者：很多患者听说“药越晚吃越好”，这种说法对吗？" — a belief put to the doctor; the answer refutes it.
      // "记者：很多人一听“心衰”，觉得心衰就是心脏累了、老了。" — a belief told to the doctor, who answers it.
      const told = label.kind === 'question' && !/[？?]$/u.test(label.text) && MYTH_FRAME.test(label.text) ? BELIEF_TOLD.exec(label.text) : null;
      const reply = label.kind === 'question' ? replyTo(draft, i) : undefined;
      // A reply that answers a belief put to the doctor is its truth.
      const answeredBy = (belief: string, truth: string, claimsReply: boolean) => {
        draft.roles[i] = 'myth';
        if (claimsReply) draft.roles[reply!.index] = 'truth';
        draft.myths.push({ myth: { text: belief, position: b.position }, truth: { text: truth, position: reply!.block.position } });
      };
      const toldTruth = told && reply ? boldStatement(reply.block) ?? bestAdvice(reply.said) : undefined;
      if (!myth && told && toldTruth) { answeredBy(told[1]!, toldTruth, false); continue; }
      // "网友问：听说吃素就能把血脂降下来，是真的吗？" answered "不完全是。…": the same, unquoted.
      const heard = label.kind === 'question' ? BELIEF_HEARD.exec(label.text) : null;
      const heardTruth = heard && reply && DENIES.test(reply.said) ? bestAdvice(reply.said.replace(DENIES, '')) : undefined;
      if (!myth && heard && heardTruth && adviceScore(heardTruth) >= 0) { answeredBy(heard[1]!, heardTruth, true); continue; }
      const put = label.kind === 'question' ? BELIEF_ASKED.exec(label.text) : null;
      const putTruth = put && reply && MYTH_FRAME.test(label.text) ? bestAdvice(reply.said) : undefined;
      if (!myth && put && putTruth && adviceScore(putTruth) >= 0.5) { answeredBy(put[1]!.replace(/[。！!，,]$/u, ''), putTruth, true); continue; }
      // **“先观察狗十天，狗没事再说。”** 狂犬病的潜伏期长短不一… — a belief in quotes, then its answer.
      if (!myth && b.lead && /^[“"「].{4,40}[”"」]$/u.test(b.lead)) {
        const truth = bestAdviceAfter(b.text.slice(b.text.indexOf(b.lead) + b.lead.length));
        if (truth) {
          draft.roles[i] = 'myth';
          draft.myths.push({ myth: { text: b.lead.slice(1, -1).replace(/[。！!]$/u, ''), position: b.position }, truth: { text: truth, position: b.position } });
          continue;
        }
      }
      // "饭后马上洗澡（×）" then "饭后休息半小时再洗澡（√）": marks after the line, as in school exercises.
      if (!myth && MARKED_WRONG.test(b.text)) {
        draft.roles[i] = 'myth';
        const right = unclaimedNext(draft, i);
        const said = stripDecoration(b.text.replace(MARKED_WRONG, '')).replace(/[。！!；;]+$/u, '');
        if (right && MARKED_RIGHT.test(right.block.text) && said) {
          draft.roles[right.index] = 'truth';
          draft.myths.push({ myth: { text: said, position: b.position }, truth: { text: stripDecoration(right.block.text.replace(MARKED_RIGHT, '')), position: right.block.position } });
        }
        continue;
      }
      // "❌ 抗生素就是消炎药" then "✅ **抗生素只对细菌…有效。**": the ticked line right after is its truth.
      if (!myth && CROSSED_OUT.test(b.text) && !QUOTED_MYTH.test(b.text)) {
        const next = unclaimedNext(draft, i);
        const ticked = next?.block;
        if (ticked && TICKED.test(ticked.text)) {
          const bold = boldStatement(ticked);
          // "❌ 错误：…" / "✔️ 正确：…": the labels go with the marks.
          const truth = bold ?? bestAdvice(lineLabel(ticked.text).text);
          const said = lineLabel(b.text).text.replace(/[。！!；;]+$/u, '');
          if (truth && said) {
            draft.roles[i] = 'myth';
            draft.roles[next!.index] = 'truth';
            draft.myths.push({ myth: { text: said, position: b.position }, truth: { text: truth, position: ticked.position } });
            continue;
          }
        }
      }
      // "有人觉得喝点红酒能软化血管，这是没有科学依据的说法。饮酒会让血压升高…": a belief refuted in
      // running prose; the sentence after it is its truth. The paragraph keeps its other advice.
      if (!myth && b.kind === 'paragraph') {
        const all = sentences(b.text);
        all.forEach((s, k) => {
          const m = REFUTED_BELIEF.exec(s);
          // "很多人以为X，这是不对的，控盐仍然是治疗的基础。": the truth may follow in the same sentence.
          const rest = m ? s.slice(m.index + m[0].length).replace(/^[^，,：:]*[，,：:]\s*/u, '') : '';
          const inSentence = m && rest !== s.slice(m.index + m[0].length) && adviceScore(rest) >= 0 && [...lettersOnly(rest)].length >= 6 ? sayable(rest) : undefined;
          const truth = m ? inSentence ?? all.slice(k + 1).find((t) => adviceScore(t) >= 0 && !REFUTED_BELIEF.test(t) && [...lettersOnly(t)].length >= 6) : undefined;
          // "所以，“戒烟要靠意志力”——这句话只对了一半：决心是前提，方法才是关键。"
          const judgedSaying = !m ? SAYING_JUDGED_IN_PROSE.exec(s) : null;
          const judgedTruth = judgedSaying ? (judgedSaying[2] && [...lettersOnly(judgedSaying[2])].length >= 6 ? sayable(judgedSaying[2]) : all.slice(k + 1).find((t) => adviceScore(t) >= 0 && [...lettersOnly(t)].length >= 6)) : undefined;
          if (judgedSaying && judgedTruth) { draft.myths.push({ myth: { text: judgedSaying[1]!, position: b.position }, truth: { text: judgedTruth, position: b.position }, inProse: true }); return; }
          // "晒太阳隔着玻璃也能补维生素D，这是一个误区。", "“人老了骨头脆是正常的”？这是一个常见误区。"
          const called = !m ? CALLED_A_MYTH.exec(s) ?? (CALLED_A_MYTH_ALONE.test(all[k + 1] ?? '') ? [s, s] : null) : null;
          const calledTruth = called ? all.slice(k + (called[0] === s && called[1] === s ? 2 : 1)).find((t) => adviceScore(t) >= 0 && !MYTH_FRAME.test(t) && [...lettersOnly(t)].length >= 6) : undefined;
          if (called && calledTruth) {
            draft.myths.push({ myth: { text: beliefText(called[1]!).replace(/^[“"「]|[”"」]?[？?。！!]*$/gu, '').replace(/[”"」]$/u, ''), position: b.position }, truth: { text: calledTruth, position: b.position }, inProse: true });
            return;
          }
          const verdict = !m && /[？?]$/u.test(s) && VERDICT.test(all[k + 1] ?? '') ? all.slice(k + 2).find((t) => adviceScore(t) >= 0 && [...lettersOnly(t)].length >= 6) : undefined;
          if (m && truth) draft.myths.push({ myth: { text: m[1]!, position: b.position }, truth: { text: truth, position: b.position }, inProse: true });
          // "血压越低越好？错！血压降得过低…": a belief asked and judged false.
          else if (verdict) draft.myths.push({ myth: { text: beliefText(s).replace(/[？?]$/u, ''), position: b.position }, truth: { text: verdict, position: b.position }, inProse: true });
          else if (!m) {
            const said = believedThenCorrected(s, all[k + 1], all[k + 2]);
            if (said) draft.myths.push({ myth: { text: said.myth, position: b.position }, truth: { text: said.truth, position: b.position }, inProse: true });
          }
        });
      }
      // ❌ “在炉边放一盆清水就能防中毒”——炉边放一盆清水并不能预防中毒。
      const inline = QUOTED_MYTH.exec(b.text);
      // "“是药三分毒，能不吃就不吃”——这句话只对了一半。长期不控制血压…": the saying judged, then answered.
      const halfRight = inline ? SAYING_JUDGED.exec(inline[2]!) : null;
      if (!myth && inline && halfRight) {
        const truth = bestAdvice(inline[2]!.slice(halfRight[0].length));
        if (truth) {
          draft.roles[i] = 'myth';
          // "至于“一人吃两人补”，这种说法并不科学。" answers it in passing; a line opening on the saying sets it apart.
          const inProse = !/^\s*[“"「]/u.test(b.text);
          draft.myths.push({ myth: { text: inline[1]!.replace(/[。！!]$/u, ''), position: b.position }, truth: { text: truth, position: b.position }, ...(inProse ? { inProse } : {}) });
          continue;
        }
      }
      if (!myth && inline && (CROSSED_OUT.test(b.text) || inMythSection(draft, i))) {
        const truth = firstStatement(inline[2]!.replace(/^[：:，,\s]+/u, '')) ;
        if (truth) {
          draft.roles[i] = 'myth';
          draft.myths.push({ myth: { text: inline[1]!, position: b.position }, truth: { text: bestTruth(inline[2]!) ?? truth, position: b.position } });
        }
        continue;
      }
    }
    if (!myth) continue;
    draft.roles[i] = 'myth';
    // "**误区：多喝骨头汤能补钙。**骨头汤里的钙含量很低…", "传言：X。真相：Y。": the myth's own line
    // goes on to answer it; only a bare myth line looks to what follows.
    const within = b.kind === 'heading' ? undefined : truthWithin(lineLabel(b.text).text, myth.text);
    if (within) {
      draft.myths.push({ myth, truth: { text: within, position: b.position } });
      continue;
    }
    const found = truthAfter(blocks, i, myth.text);
    if (!found) continue;
    draft.roles[found.index] = 'truth';
    // "真相：事实上，服药时间要…": under 误区/真相 the correction needs no "事实上" of its own.
    const plain = found.truth.text.replace(CORRECTS, '');
    draft.myths.push({ myth, truth: [...lettersOnly(plain)].length >= 6 ? { ...found.truth, text: plain } : found.truth });
  }
}

/** Column heads of a myth table: "误区 | 真相", "❌ 错误说法 | ✅ 正确做法", "传言 | 事实". */
const MYTH_COLUMN = /误区|谣言|传言|流言|错误|说法|误解|❌|×|✗/u;
const TRUTH_COLUMN = /真相|正解|事实|正确|科学|医生|专家|解读|✅|√|✔/u;

/** Each row of a two-column myth table is a myth and its truth; returns whether the table is one. */
function tableMyths(draft: ModelDraft, b: Block): boolean {
  const cols = b.columns ?? 0;
  const cells = b.cells ?? [];
  if (cols < 2 || cells.length < cols * 2) return false;
  const head = cells.slice(0, cols).map((c) => c.text);
  const m = head.findIndex((h) => MYTH_COLUMN.test(h) && !TRUTH_COLUMN.test(h));
  const t = head.findIndex((h, k) => k !== m && TRUTH_COLUMN.test(h));
  if (m === -1 || t === -1) return false;
  for (let r = cols; r + cols <= cells.length; r += cols) {
    const myth = cells[r + m]!;
    const truth = cells[r + t]!;
    const said = stripDecoration(myth.text).replace(/[。！!；;？?]+$/u, '');
    const answer = bestAdvice(stripDecoration(truth.text));
    if (said && answer) draft.myths.push({ myth: { text: said, position: myth.position }, truth: { text: answer, position: truth.position } });
  }
  return true;
}

/** A paragraph that opens by judging the saying before it: "这种想法让很多人走了弯路", "这是…最常见的顾虑". */
const JUDGES_SAYING = /^(?:这种|这个|这样的|这类)(?:想法|说法|观点|观念|认识|担心|顾虑)|^这是[^，。]{0,16}(?:顾虑|误区|误解|担心|想法|说法)/u;
/** "这句话", "这种说法": a saying referred back to, and what judging it wrong says. */
const THIS_SAYING = '这句话|这种说法|这个说法|这话|此话';
const SAYING_IS_WRONG = '只对了一半|不对|不全对|不完全对|不科学|并不科学|不准确|有误|是错的|站不住脚|不靠谱|不正确|并不正确';
/** A quoted saying judged inside a sentence, with what is right after a colon or comma. */
const SAYING_JUDGED_IN_PROSE = new RegExp(`[“"]([^“”"]{4,30})[”"]\\s*(?:——|—|，|,)?\\s*(?:${THIS_SAYING})[^。，！：:]{0,4}?(?:${SAYING_IS_WRONG})[：:，,]?\\s*([^。！!]*)`, 'u');

/** A sentence that only judges the belief before it: "但这种说法是错误的。", "这样做并不科学。". */
const JUDGED_NEXT = /^(?:但|可|而|然而)?(?:是)?[，,]?\s*(?:这种|这个|这样的|这类|这|这样)(?:说法|想法|做法|观点|观念|认识)?(?:其实|并|是|也)?(?:是)?(?:错误的?|不对的?|不科学的?|没有(?:科学)?(?:依据|根据|道理)|不可取|站不住脚|不靠谱|有误|误区|谣言)[^。！!]{0,6}[。！!]$/u;

/** What the people told of believe: the words after "觉得/认为/以为". */
const BELIEF_TOLD = /(?:觉得|认为|以为|相信)[，,]?\s*([^，。！？]{4,30}(?:[，、][^，。！？]{1,12})?)[。！!]?$/u;

/** What a myth's own line says after the myth: its "真相：" part, or else its clearest advice. */
function truthWithin(text: string, myth: string): string | undefined {
  const at = text.indexOf(myth);
  if (at === -1) return undefined;
  let rest = text.slice(at + myth.length).replace(/^[\s。！!？?，,；;]+/u, '');
  const marked = /(?:真相|正解|事实|正确做法|辟谣|科学说法)(?:是)?\s*[：:]\s*/u.exec(rest);
  if (marked) rest = rest.slice(marked.index + marked[0].length);
  if ([...lettersOnly(rest)].length < 6) return undefined;
  const truth = bestAdvice(rest);
  return truth && adviceScore(truth) >= 0 && [...lettersOnly(truth)].length >= 6 ? truth.replace(CORRECTS, '') : undefined;
}

/** "X，这是一个误区。": a belief, then named a myth in the same sentence. */
const CALLED_A_MYTH = /^(.{4,40}?)[，,]\s*(?:这|这个|这种(?:说法|想法|做法|观点)?)(?:其实|可)?(?:是|就是)(?:一个|一种)?(?:常见|典型|很大|很多人)?的?(?:误区|谣言|误解|错误(?:的)?(?:认识|观念|说法|做法))[。！!]$/u;
/** "这是一个常见误区。" as a sentence of its own, after the belief it names. */
const CALLED_A_MYTH_ALONE = /^(?:但|可)?(?:这|这个|这种(?:说法|想法|做法|观点)?)(?:其实|可)?(?:是|就是)(?:一个|一种)?(?:常见|典型|很大)?的?(?:误区|谣言|误解|错误(?:的)?(?:认识|观念|说法|做法))[。！!]$/u;

/** A belief heard and asked about, unquoted: "听说X，是真的吗？", "有人说X，这个说法对吗？". */
const BELIEF_HEARD = /(?:听说|听人说|有人说|网上说|网传|据说|都说|老人说|老人们说|老一辈说)[，,]?\s*([^，,？?“”"]{4,30}(?:[，,][^，,？?“”"]{2,16})?)[，,]\s*(?:这个说法|这种说法|这个|这|那)?(?:是真的吗|真的吗|对吗|对不对|靠谱吗|有道理吗|可信吗|是这样吗|科学吗)[？?]$/u;
/** An answer that opens by denying what was asked: "不完全是。", "没有科学依据。", "错。". */
const DENIES = /^(?:不(?:完全)?(?:是|对|能|会|行)(?:的)?|没有(?:科学)?(?:依据|根据|道理)|并非如此|并不是|当然不(?:是|能|会)|错|不一定|这是(?:个)?误区|谣言)[。！!，,]*\s*/u;

/** One-word verdicts that a belief is false: "错！", "不对。", "当然不是！". */
const FALSE_VERDICT = '错|不对|错了|大错特错|当然不是|并非如此|并不是|不是这样|No';
const VERDICT = new RegExp(`^(?:${FALSE_VERDICT})[！!。.]*$`, 'iu');
/** A labelled belief asked, judged, then answered: "血压越低越好？错！血压降得过低…". */
const JUDGED = new RegExp(`^(.{4,40}?)[？?]\\s*(?:${FALSE_VERDICT})[！!。.]+\\s*(.{6,})$`, 'iu');
/** "这句话只对了一半。", "这种说法并不科学，" after a quoted saying. */
const SAYING_JUDGED = new RegExp(`^[\\s——\\-—：:，,]*(?:${THIS_SAYING}|这个观点|这种观点)[^。，！]{0,4}?(?:${SAYING_IS_WRONG}|是误区|是个误区)[^。！!]*[。！!，,]\\s*`, 'u');

/** A quoted belief asked about: "…听说“X”，这种说法对吗？" (X is the belief). */
const BELIEF_ASKED = /[“"「]([^“”"「」]{4,40})[”"」][^“”"「」？?]{0,14}?(?:对吗|对不对|是真的吗|真的吗|有道理吗|靠谱吗|可信吗|是这样吗|有依据吗|科学吗)[？?]$/u;

/** A line marked wrong or right after its words: "饭后马上洗澡（×）", "…（√）", "… ❌". */
const MARKED_WRONG = /\s*(?:[（(]\s*(?:×|✗|✘|❌|错|错误|X)\s*[)）]|\s(?:×|✗|✘|❌))\s*$/u;
const MARKED_RIGHT = /\s*(?:[（(]\s*(?:√|✓|✔️?|✅|对|正确)\s*[)）]|\s(?:√|✓|✔️?|✅))\s*$/u;

/** A line marked right: "✅ …", "✔ …", "√ …". */
const TICKED = /^\s*(?:✅|✔️?|✓|√|☑️?|⭕)/u;

/** The writer's bolded statement in a block (not a label, not a question): the truth it stresses. */
function boldStatement(b: Block): string | undefined {
  return b.bold.find((x) => [...x].length >= 6 && !/[？?]$/u.test(x));
}

/** The next block with text, unless a recogniser has claimed it already. */
function unclaimedNext(draft: ModelDraft, i: number): { index: number; block: Block } | undefined {
  const next = nextContent(draft.blocks, i);
  return next === undefined || draft.roles[next] ? undefined : { index: next, block: draft.blocks[next]! };
}

/** The reply to a line put to the doctor: the next unclaimed block, unless it asks again. */
function replyTo(draft: ModelDraft, i: number): { index: number; block: Block; said: string } | undefined {
  const next = unclaimedNext(draft, i);
  const label = next && lineLabel(next.block.text);
  return !next || label!.kind === 'question' ? undefined : { ...next, said: label!.text };
}

/** The next block with text, across a thematic break or an empty line. */
function nextContent(blocks: Block[], from: number): number | undefined {
  for (let j = from + 1; j < blocks.length; j++) {
    if (blocks[j]!.kind === 'heading') return undefined;
    if (blocks[j]!.text) return j;
  }
  return undefined;
}

/** "有人觉得X，这是没有科学依据的": a belief named and refuted in one sentence (X is the belief). */
const REFUTED_BELIEF = /^[^，。]{0,8}?(?:(?:有|很多|不少|有些|有的|一些|许多|还有|部分)\p{Script=Han}{0,3}?(?:人|家长|患者|老人|妈妈|父母|朋友)|民间|网上)[^，。“”]{0,6}?(?:觉得|认为|以为|相信|说|会|习惯|喜欢|总是|总爱)[“"]?([^，。“”"]{4,30}?(?:[，,][^，。“”"]{2,14}?)?)[”"]?[，,]\s*(?:这|其实|但|然而|可)[^。]{0,8}?(?:没有(?:任何)?(?:科学)?(?:依据|道理|根据)|不对|错误|是误区|误解|不科学|谣言|不可取|站不住脚|并非如此|不是这样|很危险|不可靠)/u;

/** "其实…", "实际上…", "但事实上…": what opens a correction of the sentence (or clause) before it. */
const CORRECTS = /^(?:但|可|而)?(?:其实|实际上|事实上|殊不知|恰恰相反)[，,]?\s*/u;

/** A quoted saying named as a saying, then answered in the same sentence. */
const SAYING_ANSWERED = /^[^“”"，,。]{0,6}[“"]([^“”"]{3,30})[”"](?:的|这种|这个|这类|这样的)(?:说法|观点|传言|讲法|顾虑|担心)[，,]\s*([^“”"]{6,}?)[。！!]?$/u;

/**
 * "很多家属看到皮肤发红，第一反应是使劲揉一揉，觉得能“活血”。其实受压发红的部位不要按摩…": a
 * belief told as what people think or do, corrected by the next sentence (or, in one sentence,
 * by the clause after "，其实"). The whole belief sentence is the myth: cut to its clause it no
 * longer says whose belief it is.
 */
function believedThenCorrected(sentence: string, next: string | undefined, after?: string): { myth: string; truth: string } | undefined {
  // "至于“肠镜伤肠子”的说法，规范操作下出现严重并发症的风险是很低的。"
  const named = SAYING_ANSWERED.exec(sentence);
  if (named && !MYTH_FRAME.test(named[2]!) && adviceScore(named[2]!) >= 0) return { myth: named[1]!, truth: sayable(named[2]!) };
  if (!MYTH_FRAME.test(sentence) || /[？?]$/u.test(sentence)) return undefined;
  const inline = /^(.{6,}?)[，,]\s*((?:但|可|而)?(?:其实|实际上|事实上|殊不知)[，,]?\s*.{6,})$/u.exec(sentence);
  if (inline && MYTH_FRAME.test(inline[1]!) && onTopic(inline[2]!, inline[1]!)) return { myth: beliefText(inline[1]!), truth: sayable(inline[2]!.replace(CORRECTS, '')) };
  // "不少老人认为发烧会烧坏脑子。但这种说法是错误的。发烧本身不会烧坏大脑…": judged, then answered.
  if (next && JUDGED_NEXT.test(next) && after && adviceScore(after) >= 0 && !MYTH_FRAME.test(after)) return { myth: beliefText(sentence).replace(/[。！!]$/u, ''), truth: after };
  if (!next || !CORRECTS.test(next) || adviceScore(next) < 0 || !onTopic(next, sentence)) return undefined;
  return { myth: beliefText(sentence).replace(/[。！!]$/u, ''), truth: next.replace(CORRECTS, '') };
}

/** "其实，受伤后头两三天的处理…" after "第一反应是使劲揉一揉" moves on; a correction speaks of what was believed. */
function onTopic(correction: string, belief: string): boolean {
  const said = hanBigrams(belief);
  return [...hanBigrams(correction)].some((w) => said.has(w));
}

/** The belief as said, without the line's emoji or its label ("解读：", "🧴 "). */
function beliefText(text: string): string {
  return stripDecoration(text).replace(/^[^，。：:]{1,4}[：:]\s*/u, '');
}

const QUOTED_MYTH = /^[^“"「]{0,6}[“"「]([^”"」]{4,40})[”"」]\s*(?:——|--|—|：|:|，|,|。)\s*(.+)$/u;

function inMythSection(draft: ModelDraft, i: number): boolean {
  const s = draft.sections[draft.sectionOf[i]!];
  return !!s && /误区|谣言|不靠谱|误解|说法|别信|真相/u.test(s.title);
}

/** In "一氧化碳几乎不溶于水，炉边放一盆清水并不能预防中毒" the refutation is the last clause run. */
function bestTruth(text: string): string | undefined {
  const s = firstStatement(text.replace(/^[：:，,\s]+/u, ''));
  if (!s) return undefined;
  const parts = s.split(/[，,]/u);
  const last = parts.at(-1)!.trim();
  return parts.length > 1 && /不|没|并非|无法|不能|未必/u.test(last) && [...last].length >= 6 ? last : s;
}

function truthAfter(blocks: Block[], from: number, myth = ''): { index: number; truth: TextBlock } | undefined {
  // Look within the myth's own unit: up to the next heading.
  const unit: number[] = [];
  for (let j = from + 1; j < blocks.length && blocks[j]!.kind !== 'heading'; j++) unit.push(j);
  // A crossed-out line ("❌ 啤酒") is another wrong practice, never the truth.
  // "真相：…" right after the myth (before any other myth, crossed-out lines included) is its
  // truth: its bold sentence, or the sentence that reads most like advice.
  const nextMyth = unit.findIndex((j) => blocks[j]!.text && (lineLabel(blocks[j]!.text).kind === 'myth' || CROSSED_OUT.test(blocks[j]!.text)));
  const own = (nextMyth === -1 ? unit : unit.slice(0, nextMyth)).filter((j) => ['paragraph', 'item', 'quote'].includes(blocks[j]!.kind) && blocks[j]!.text);
  const marked = own.find((j) => lineLabel(blocks[j]!.text).kind === 'truth');
  if (marked !== undefined) {
    const b = blocks[marked]!;
    const bold = boldStatement(b);
    const text = bold ?? withOpening(lineLabel(b.text).text, bestAdvice(lineLabel(b.text).text), myth);
    if (text) return { index: marked, truth: { text, position: b.position } };
  }
  if (own.length === 0) return undefined;
  // A paragraph that opens with a bold sentence states the truth, as myth listicles do.
  for (const j of own) {
    const lead = blocks[j]!.lead;
    if (lead && [...lead].length >= 6 && !/[？?]$/u.test(lead) && !isLabelLike(lead)) return { index: j, truth: { text: lead, position: blocks[j]!.position } };
  }
  // Otherwise the sentence of the unit that corrects ("其实…", "关键在于…") or advises most
  // clearly; the story that leads up to it ("结果呢？出血往往越来越频繁") is not the truth.
  // The truth speaks of what the myth says ("不再以“熟不熟”为标准" answers "要等“熟了”才能做").
  const mythWords = hanBigrams(myth);
  const onPoint = (s: string) => Math.min(1.5, 0.5 * [...hanBigrams(s)].filter((w) => mythWords.has(w)).length);
  let best: { index: number; text: string; score: number } | undefined;
  own.forEach((j, n) => {
    const b = blocks[j]!;
    sentences(lineLabel(b.text).text).forEach((s, k) => {
      const advice = adviceScore(s);
      const bolded = b.bold.some((x) => s.includes(x) && [...x].length >= 6);
      // A sentence the writer bolded is a candidate even when it reads as a statement, not advice.
      // "所以，“戒烟要靠意志力”——这句话只对了一半" repeats a belief to judge it: not the truth to show.
      if ((advice < 0 && !bolded) || OPENER.test(s) || SAYING_JUDGED_IN_PROSE.test(s)) return;
      // A truth says something: "第二天凌晨两点多，夫妻俩先后开始上吐下泻。" after a patient's words only tells on.
      if (advice <= 0 && !bolded && !CORRECTION.test(s) && onPoint(s) === 0) return;
      const score = advice + (bolded ? 1 : 0) + (CORRECTION.test(s) ? 1.5 : 0) + (n === 0 && k === 0 ? 0.25 : 0) + onPoint(s);
      if (!best || score > best.score) best = { index: j, text: s, score };
    });
  });
  const found = best as { index: number; text: string } | undefined;
  if (found) return { index: found.index, truth: { text: found.text, position: blocks[found.index]!.position } };
  const b = blocks[own[0]!]!;
  const text = firstStatement(b.text);
  // The story going on after a patient's words ("第二天凌晨两点多，…上吐下泻。") answers nothing.
  return text && adviceScore(text) > 0 ? { index: own[0]!, truth: { text, position: b.position } } : undefined;
}

/** Words that set the record straight. */
const CORRECTION = /^(?:其实|实际上|事实上)|正确的?做法是|真相是|关键在于|并不|并非|不再/u;
/** A sentence that opens a topic ("另外，…" moves on to the next) or carries the story on, not one that answers it. */
const OPENER = /^(?:这是|这个问题|这也是|结果呢|很多人|不少人|有人|有家长|另外|此外)/u;

/** A truth and its paragraph's opening sentence together fit a slide: this long at most. */
const TRUTH_WITH_OPENING = 56;

/**
 * "真相：长波紫外线能穿过普通玻璃。…经常靠窗或开车的人，在室内也可以涂一层防晒。": the opening
 * sentence answers the rumour, the advice says what to do; both, in order, when they fit.
 */
function withOpening(text: string, best: string | undefined, myth: string): string | undefined {
  const first = sentences(text)[0];
  if (!best || !first || first === best || adviceScore(first) < 0 || /[：:]$/u.test(first)) return best;
  if ([...(first + best)].length <= TRUTH_WITH_OPENING) return first + best;
  // "真相：献血不会让人产生生理上的依赖。…": an opening that denies the rumour in its own words is
  // the answer; the advice after it is only the better half when the opening does not answer.
  return answers(first, myth) ? first : best;
}

/** A sentence that takes up the myth's words to deny them ("献血会上瘾" → "献血不会让人产生…依赖"). */
function answers(sentence: string, myth: string): boolean {
  return /不|没|别|并非|无法|未必/u.test(sentence) && onTopic(sentence, myth);
}

function bestAdviceAfter(text: string): string | undefined {
  return bestAdvice(text.replace(/^[\s：:，,。——-]+/u, ''));
}

/** The sentence that reads most like advice, the first one winning ties. */
function bestAdvice(text: string): string | undefined {
  let best: string | undefined;
  let bestScore = -Infinity;
  sentences(text).forEach((s, k) => {
    // "正确做法是先处置、先接种" sets the record straight; the warning before it only motivates.
    const score = adviceScore(s) + (k === 0 ? 0.25 : 0) + (CORRECTION.test(s) ? 1.5 : 0);
    if (adviceScore(s) >= 0 && score > bestScore) { best = s; bestScore = score; }
  });
  return best ?? firstStatement(text);
}

/** The first sentence that states something (not a question, not a one-word "错！"). */
export function firstStatement(text: string): string | undefined {
  return sentences(text).find((s) => !/[？?]$/.test(s) && [...lettersOnly(s)].length >= 5);
}

/**
 * "所以，“戒烟要靠意志力”——这句话只对了一半：决心是前提，方法才是关键。" said as a point would voice
 * the saying unmarked: only what is right ("决心是前提，方法才是关键。") is said; the sentence unchanged
 * when it judges no saying, undefined when nothing right is left.
 */
export function withoutJudgedSaying(sentence: string): string | undefined {
  const m = SAYING_JUDGED_IN_PROSE.exec(sentence);
  if (!m) return sentence;
  return m[2] && [...lettersOnly(m[2])].length >= 6 ? m[2] : undefined;
}

/**
 * Whether a text repeats one of the refuted beliefs word for word ("很多人把“酒量是可以练出来的”挂在嘴边"):
 * said anywhere but on its myth's slide or shot, it would show the belief unmarked.
 */
export function repeatsABelief(myths: { myth: { text: string } }[]): (text: string) => boolean {
  const beliefs = myths.map((m) => lettersOnly(m.myth.text)).filter((m) => [...m].length >= 4);
  // A saying quoted to be judged ("“戒烟要靠意志力”——这句话只对了一半") is a belief said too.
  return (text) => { const said = lettersOnly(text); return beliefs.some((m) => said.includes(m)) || SAYING_JUDGED_IN_PROSE.test(text); };
}
