/**
 * Marks where findings occur: every occurrence of a finding's excerpt in a variant's text or
 * HTML is wrapped in `<mark>`. HTML is only touched between tags, so markup (already sanitised
 * by the article renderer) is never altered; an excerpt that spans tags is listed, not marked.
 */
import type { Finding } from '../manifest.ts';
import { execAll } from '../text/exec-all.ts';

export interface Mark {
  excerpt: string;
  /** Anchor of the finding in the findings list. */
  ref: string;
  severity: Finding['severity'];
  /** Tooltip: rule and message. */
  title: string;
}

export type TextPiece = string | { text: string; mark: Mark };

/** Marks worth drawing: an excerpt of one character would light up half an article. */
export function usableMarks(marks: Mark[]): Mark[] {
  const seen = new Set<string>();
  return marks
    .filter((m) => [...m.excerpt.trim()].length >= 2 && !seen.has(m.excerpt) && seen.add(m.excerpt))
    .sort((a, b) => b.excerpt.length - a.excerpt.length);
}

function pattern(needles: string[]): RegExp | undefined {
  if (needles.length === 0) return undefined;
  return new RegExp(needles.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
}

/** What cutting text at a list of marks needs: the pattern of their excerpts, and each excerpt's mark. */
export interface MarkFinder { re: RegExp; byExcerpt: Map<string, Mark> }

/** The finder for a list of marks; undefined when none is worth drawing. */
export function markFinder(marks: Mark[]): MarkFinder | undefined {
  const usable = usableMarks(marks);
  const re = pattern(usable.map((m) => m.excerpt));
  return re && { re, byExcerpt: new Map(usable.map((m) => [m.excerpt, m])) };
}

/**
 * Plain text cut into pieces, the marked ones carrying their finding. `finder`: the marks'
 * finder when the caller keeps it (a page cuts many fields at the same marks).
 */
export function splitText(text: string, marks: Mark[], finder = markFinder(marks)): TextPiece[] {
  if (!finder) return [text];
  const { re, byExcerpt } = finder;
  const out: TextPiece[] = [];
  let last = 0;
  // execAll: the same matches as matchAll, without a copy of `re` per call (../text/exec-all.ts).
  for (const m of execAll(re, text)) {
    if (m.index > last) out.push(text.slice(last, m.index));
    out.push({ text: m[0], mark: byExcerpt.get(m[0])! });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Sanitised HTML with the findings' excerpts wrapped in `<mark>` (text between tags only). */
export function markHtml(html: string, marks: Mark[]): string {
  const usable = usableMarks(marks);
  // Serialisers differ on escaping `>` and `"` in text: look for every spelling.
  const byEscaped = new Map(usable.flatMap((m) => {
    const base = escapeText(m.excerpt);
    return [base, base.replace(/>/g, '&gt;'), base.replace(/"/g, '&quot;'), base.replace(/>/g, '&gt;').replace(/"/g, '&quot;')]
      .map((spelling) => [spelling, m] as const);
  }));
  const re = pattern([...byEscaped.keys()]);
  if (!re) return html;
  let inRaw = false;
  return html
    .split(/(<[^>]*>)/)
    .map((part) => {
      if (part.startsWith('<')) {
        if (/^<(style|script|textarea|title)\b/i.test(part)) inRaw = true;
        else if (/^<\/(style|script|textarea|title)\b/i.test(part)) inRaw = false;
        return part;
      }
      if (inRaw) return part;
      return part.replace(re, (hit) => {
        const m = byEscaped.get(hit)!;
        return `<mark class="finding-mark sev-${m.severity}" data-finding="${escapeAttr(m.ref)}" title="${escapeAttr(m.title)}">${hit}</mark>`;
      });
    })
    .join('');
}

/** Relative `src` of images in variant HTML, made relative to a page `depth` folders further down. */
export function rebaseSrc(html: string, depth: number): string {
  if (depth <= 0) return html;
  const up = '../'.repeat(depth);
  return html.replace(/(<img\b[^>]*?\ssrc=")([^"]*)"/gi, (all, head: string, src: string) =>
    /^(?:[a-z][a-z0-9+.-]*:|\/|#)/i.test(src) ? all : `${head}${up}${src}"`);
}

/** Plain text as simple HTML for the clipboard: paragraphs and line breaks, all escaped. */
export function textToHtml(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeText(p).replace(/"/g, '&quot;').replace(/\n/g, '<br>')}</p>`)
    .join('');
}

export function findingTitle(f: Finding): string {
  return `[${f.rule}] ${f.message}${f.suggestion ? `；建议：${f.suggestion}` : ''}`;
}
