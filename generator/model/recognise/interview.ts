/**
 * Interviews ("记者：…？" / "沈建国：…"): the interviewer's lines are questions (the markers
 * know "记者：" as a question label) and the interviewee's name before each answer is a speaker
 * label, not part of what is said. The name is taken off the answer blocks' text so that every
 * later pass reads the answer as written, without "沈建国：" in a slide or a voice-over.
 */
import { lineLabel, stripDecoration } from '../markers.ts';
import type { ModelDraft } from './draft.ts';

const INTERVIEWER = /^(?:记者|主持人|小编|主播|编者)\s*[：:]/u;
/** A speaker's name or title before a colon: "沈建国：", "李主任：", "王医生：". */
const SPEAKER = /^(\p{Script=Han}{2,4}|\p{Script=Han}{1,3}(?:医生|主任|教授|大夫|老师|博士|药师|护士长))\s*[：:]\s*/u;

export function recogniseInterview(draft: ModelDraft): void {
  const paragraphs = draft.blocks.filter((b) => b.kind === 'paragraph' && b.text);
  if (paragraphs.filter((b) => INTERVIEWER.test(stripDecoration(b.text))).length < 2) return;
  // A speaker answers more than once; a one-off "注意：" or "症状：" is a label of its own.
  const counts = new Map<string, number>();
  for (const b of paragraphs) {
    const m = SPEAKER.exec(stripDecoration(b.text));
    if (m && !INTERVIEWER.test(m[0]) && lineLabel(b.text).kind === 'plain') counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  }
  const speakers = new Set([...counts].filter(([, n]) => n >= 2).map(([name]) => name));
  if (speakers.size === 0) return;
  for (const b of paragraphs) {
    const m = SPEAKER.exec(stripDecoration(b.text));
    if (!m || !speakers.has(m[1]!)) continue;
    b.text = stripDecoration(b.text).slice(m[0].length);
    if (b.lead?.startsWith(m[1]!)) b.lead = b.lead.replace(SPEAKER, '') || undefined;
  }
}
