/**
 * Question-and-answer pairs, however the article writes them: a question heading
 * ("### 发烧会烧坏脑子吗？", "Q1：…") over its answer, "问：" / "答：" or "Q：" / "A：" lines, or a
 * bold question line over answer paragraphs. Also collects the questions the article asks,
 * which make the best hooks.
 */
import { headingLabel, lineLabel } from '../markers.ts';
import type { Block } from '../blocks.ts';
import type { TextBlock } from '../types.ts';
import type { ModelDraft } from './draft.ts';
import { sentences } from '../../text/sentences.ts';

/** A paragraph that is one short question, answered by the doctor's words in the next ("医生说：“…”"). */
function askedAlone(blocks: Block[], i: number): boolean {
  const b = blocks[i]!;
  const next = blocks[i + 1];
  return b.kind === 'paragraph' && /[？?]$/u.test(b.text) && sentences(b.text).length === 1 && [...b.text].length <= 30
    && next?.kind === 'paragraph' && SAYS.test(next.text);
}

/** The doctor speaking: "医生说：", "王主任：“…". */
const SAYS = /^[^，,。：:“”]{0,8}(?:医生|医师|大夫|主任|专家|教授|护士长?|药师)(?:说|答|回答|表示|解释)?[：:]/u;

export function recogniseQa(draft: ModelDraft): void {
  let open: { question: TextBlock; answers: { block: Block; text: string }[]; fromHeading: boolean; depth: number } | undefined;
  const close = () => {
    if (open && open.answers.length > 0) {
      draft.faq.push({
        question: open.question.text,
        answer: open.answers.map((a) => a.text).join('\n'),
        position: open.question.position,
        answerPosition: open.answers[0]!.block.position,
      });
      if (!draft.questions.some((q) => q.text === open!.question.text)) draft.questions.push(open.question);
    }
    open = undefined;
  };
  draft.blocks.forEach((b, i) => {
    if (b.kind === 'heading') {
      // Any heading ends the open answer.
      close();
      if (draft.roles[i]) return;
      const label = headingLabel(b.text);
      if (label.kind === 'question' && label.text) {
        open = { question: { text: label.text, position: b.position }, answers: [], fromHeading: true, depth: b.depth! };
        draft.roles[i] = 'question';
      }
      return;
    }
    if (draft.roles[i]) return;
    if (b.kind !== 'paragraph' && b.kind !== 'item' && b.kind !== 'quote') return;
    if (!b.text) return;
    const line = lineLabel(b.text);
    const boldQuestion = b.lead && b.lead === b.text && /[？?]$/.test(b.text);
    // "那会不会慢慢变成乳腺癌？" on a line of its own, a doctor's answer after it: asked as plainly as in bold.
    if ((line.kind === 'question' && line.text) || boldQuestion || askedAlone(draft.blocks, i)) {
      close();
      const text = line.kind === 'question' ? line.text : headingLabel(b.text).text;
      open = { question: { text, position: b.position }, answers: [], fromHeading: false, depth: 99 };
      draft.roles[i] = 'question';
      return;
    }
    if (!open) return;
    if (line.kind === 'answer') {
      open.answers.push({ block: b, text: line.text });
      draft.roles[i] = open.answers.length === 1 ? 'answer' : 'answer-more';
      return;
    }
    if (line.kind === 'byline' || line.kind === 'references') { close(); return; }
    // Unmarked text after a question: its answer (a heading's whole body; after a "问：" line,
    // the paragraphs up to the next question).
    if (open.answers.length < 4) {
      open.answers.push({ block: b, text: b.text });
      draft.roles[i] = open.answers.length === 1 ? 'answer' : 'answer-more';
    }
  });
  close();

  // Questions asked in running text ("孩子发烧就要马上退烧吗？") are hooks too.
  for (const b of draft.blocks) {
    if (b.kind !== 'paragraph') continue;
    for (const s of sentences(b.text)) {
      if (/[？?]$/.test(s) && [...s].length >= 6 && [...s].length <= 24 && !draft.questions.some((q) => q.text === s)) {
        draft.questions.push({ text: s, position: b.position });
      }
    }
  }
}
