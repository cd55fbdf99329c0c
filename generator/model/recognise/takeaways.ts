/**
 * Takeaways: what an editor would put one per slide. Candidates come from the article's own
 * structure, each with a reason and a score — a myth's truth or a step (5), a Q&A answer or a
 * bold sentence (4.5), a list item (3.5), a tip (3), a plain sentence of advice (2) — and are
 * deduplicated and ranked. `## 划重点` lists, when present, win outright. Questions, myths,
 * credits, references and the safety advice (which has its own slide) are never takeaways.
 */
import type { Block } from '../blocks.ts';
import { adviceScore, headingLabel, isLabelLike, lineLabel, PRESCRIPTIVE, stripNumbering, type HeadingLabel } from '../markers.ts';
import type { Takeaway, TakeawayReason } from '../types.ts';
import type { ModelDraft } from './draft.ts';
import { firstStatement } from './myths.ts';
import { sentences } from '../../text/sentences.ts';

/** Room on a slide or in one breath of a shot: longer sentences are cut at clause ends. */
const MAX_CHARS = 52;
/** More than this and a carousel stops being a summary. */
const MAX_TAKEAWAYS = 12;
/** Structured candidates are enough from this score; below it only to reach `MIN_TAKEAWAYS`. */
const STRONG = 3.5;
const MIN_TAKEAWAYS = 5;

/** "很多人以为…" frames a misconception: the sentence states the myth, not the truth. */
const MYTH_FRAME = /(?:很多人|不少人|有人|有些人|一些人|大家|老人|家长|民间)(?:都|总|常常|往往|一直)?(?:以为|认为|觉得|相信|听说|说)|据说|传言|网传|谣言/u;

export function recogniseTakeaways(draft: ModelDraft): void {
  const { blocks, sections, sectionOf, roles } = draft;
  const key = sections.findIndex((s) => s.role === 'key-points' && s.items.length > 0);
  if (key !== -1) {
    draft.takeaways = sections[key]!.items.map((it) => ({ ...it, reason: 'key-points' as const, score: 10, section: key }));
    return;
  }

  const found: Takeaway[] = [];
  const unitOf = new Map<Takeaway, number>();
  let unitIndex = -1;
  const add = (text: string | undefined, i: number, reason: TakeawayReason, score: number, extra: Partial<Takeaway> = {}) => {
    const t = condense(text?.trim() ?? '');
    if (!t || [...t.replace(/[^\p{L}\p{N}]/gu, '')].length < 4) return;
    if (/[？?]$/.test(t) || (MYTH_FRAME.test(t) && reason !== 'myth')) return;
    const section = sectionOf[i]!;
    const takeaway: Takeaway = { text: t, position: blocks[i]!.position, reason, score: section === -1 ? score / 2 : score, section: section === -1 ? undefined : section, ...extra };
    found.push(takeaway);
    unitOf.set(takeaway, unitIndex);
  };

  for (const m of draft.myths) {
    const i = blocks.findIndex((b) => b.position === m.truth.position);
    add(m.truth.text, i, 'myth', 5, { myth: m.myth, heading: undefined });
  }

  let unit: { label: HeadingLabel; index: number; seen: number } | undefined;
  blocks.forEach((b, i) => {
    if (b.kind === 'heading') {
      unit = { label: headingLabel(b.text), index: i, seen: 0 };
      unitIndex = i;
      // A numbered heading that is itself advice ("3. 每天运动 30 分钟") is an item.
      if (unit.label.kind === 'plain' && stripNumbering(b.text) !== b.text && PRESCRIPTIVE.test(unit.label.text) && [...unit.label.text].length >= 6) {
        add(unit.label.text, i, 'item', 3);
      }
      return;
    }
    const role = roles[i];
    const sectionRole = sections[sectionOf[i]!]?.role;
    if (sectionRole === 'references' || sectionRole === 'cta') return;
    if (role && role !== 'answer' && role !== 'answer-more') return;
    if (!b.text || b.kind === 'table' || b.kind === 'code') return;
    const line = lineLabel(b.text);
    if (line.kind === 'byline' || line.kind === 'references') { roles[i] = line.kind; return; }
    const first = unit !== undefined && unit.seen === 0;
    if (unit) unit.seen++;
    const heading = unit && unit.label.kind !== 'question' ? unit.label.text : undefined;

    if (unit?.label.kind === 'step' && first) {
      const statement = leadSentence(b) ?? stepStatement(line.text);
      const said = statement && unit.label.text && [...unit.label.text].length <= 12 && !statement.includes(unit.label.text)
        ? `${unit.label.text}：${statement}` : statement;
      add(said, i, 'step', 5, { heading: blocks[unit.index]!.text });
      return;
    }
    if (role === 'answer') {
      add(leadSentence(b) ?? bestStatement(line.text, 0.5), i, 'answer', 4.5, { heading });
      for (const bold of b.bold) if (bold !== b.lead) add(sentenceLike(bold), i, 'bold', 4, { heading });
      return;
    }
    if (b.kind === 'item') {
      const reason = b.ordered && (b.listSize ?? 0) >= 2 ? 'step' : 'item';
      const base = reason === 'step' ? 4.5 : 3.5;
      add(itemText(b, line.text), i, reason, b.listDepth === 1 ? base : base - 1, { heading });
      return;
    }
    if (b.kind === 'quote') {
      if (/——|--/.test(b.text)) return; // a quotation with its source, not the article's own advice
      if (line.kind === 'tip' || /^[⚠！!]|注意|警惕|切记|切勿|不要|禁止|千万/u.test(b.text)) add(bestStatement(line.text), i, 'warning', 3.5, { heading });
      return;
    }
    // Paragraph lines.
    if (b.lead) {
      if (isLabelLike(b.lead)) add(firstStatement(afterLead(b)), i, 'item', 4, { heading: b.lead.replace(/[：:]$/, '') });
      else add(sentenceLike(b.lead), i, 'bold', 4.5, { heading });
    }
    for (const bold of b.bold) if (bold !== b.lead && [...bold].length >= 6) add(sentenceLike(bold), i, 'bold', 4, { heading });
    if (line.kind === 'tip') {
      add(bestStatement(line.text), i, 'tip', 3.5, { heading });
      return;
    }
    if (/^\p{Extended_Pictographic}|^[✓✔✗✘×√]/u.test(b.text)) {
      add(itemText(b, line.text), i, 'item', 3.5, { heading });
      return;
    }
    for (const s of sentences(line.text)) {
      const score = adviceScore(s);
      if (score >= 1) add(s, i, 'conclusion', Math.min(3.4, 2 + score / 2), { heading });
    }
  });

  // Every body section teaches something: one without a structured takeaway gives its best
  // sentence of advice, so a plain-prose section is not skipped.
  const units = new Set(unitOf.values());
  for (const u of units) {
    const own = found.filter((t) => unitOf.get(t) === u);
    if (u === -1 || own.some((t) => t.score >= STRONG)) continue;
    const best = own.filter((t) => t.reason === 'conclusion').sort((a, b) => b.score - a.score)[0];
    if (best) best.score = STRONG + 0.1;
  }
  draft.takeaways = select(dedupe(found));
}

/** The sentence that reads most like advice (a small bonus for coming first). */
function bestStatement(text: string, firstBonus = 0): string | undefined {
  let best: string | undefined;
  let bestScore = -Infinity;
  sentences(text).forEach((s, k) => {
    const score = adviceScore(s) + (k === 0 ? firstBonus : 0);
    if (adviceScore(s) >= 0 && score > bestScore) { best = s; bestScore = score; }
  });
  return best;
}

/** A step: its paragraph when short enough to say in one breath, else its most instructive sentences. */
function stepStatement(text: string): string | undefined {
  const all = sentences(text).filter((s) => adviceScore(s) >= 0);
  if (all.join('').length <= 50) return all.join('') || undefined;
  const ranked = [...all].sort((a, b) => adviceScore(b) - adviceScore(a));
  const keep = [ranked[0]!];
  if (ranked[1] && [...(ranked[0]! + ranked[1])].length <= 50) keep.push(ranked[1]);
  return all.filter((s) => keep.includes(s)).join('');
}

/** The bold sentence a block opens with, when it is a sentence and not a label. */
function leadSentence(b: Block): string | undefined {
  return b.lead && !isLabelLike(b.lead) ? sentenceLike(b.lead) : undefined;
}

function sentenceLike(bold: string): string | undefined {
  const s = bold.trim();
  return [...s].length >= 5 && !/[？?]$/.test(s) ? s : undefined;
}

/** A list item or emoji line: its bold sentence, or "label：first statement", or its first statement. */
function itemText(b: Block, text: string): string | undefined {
  const bare = stripNumbering(text);
  if (b.lead && !isLabelLike(b.lead)) return b.lead;
  if (b.lead && isLabelLike(b.lead)) {
    const rest = firstStatement(afterLead(b));
    return rest ? `${b.lead.replace(/[：:]$/, '')}：${rest}` : b.lead;
  }
  return firstStatement(bare) ?? bare;
}

function afterLead(b: Block): string {
  const at = b.text.indexOf(b.lead!);
  return b.text.slice(at + b.lead!.length).replace(/^[\s：:，,。、]+/u, '');
}

/** Cut a long sentence after whole clauses, so it still reads as written. */
export function condense(text: string, max = MAX_CHARS): string {
  if ([...text].length <= max) return text;
  const parts = text.match(/[^，,：:；;、]+[，,：:；;、]*/gu) ?? [text];
  let out = '';
  for (const p of parts) {
    if ([...(out + p)].length > max) break;
    out += p;
  }
  if (!out) return text;
  return `${out.replace(/[，,：:；;、]+$/u, '')}。`;
}

const norm = (t: string) => t.replace(/[^\p{L}\p{N}]/gu, '');

/** The same advice twice (a bold sentence that is also its paragraph's first): keep the stronger. */
function dedupe(list: Takeaway[]): Takeaway[] {
  const ranked = [...list].sort((a, b) => b.score - a.score || a.position.line - b.position.line);
  const kept: Takeaway[] = [];
  for (const t of ranked) {
    const n = norm(t.text);
    if (kept.some((k) => { const m = norm(k.text); return m.includes(n) || n.includes(m); })) continue;
    kept.push(t);
  }
  return kept;
}

function select(ranked: Takeaway[]): Takeaway[] {
  const strong = ranked.filter((t) => t.score >= STRONG).slice(0, MAX_TAKEAWAYS);
  const weak = ranked.filter((t) => t.score < STRONG).slice(0, Math.max(0, MIN_TAKEAWAYS - strong.length));
  return [...strong, ...weak].sort((a, b) => a.position.line - b.position.line || a.position.column - b.position.column);
}
