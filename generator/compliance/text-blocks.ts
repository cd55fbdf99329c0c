/**
 * The text a reader will see, cut into blocks (a heading, a paragraph, a table cell, a front
 * matter field), each character mapped back to its offset in the source file, so a finding
 * points at the exact line and column of the words that triggered it.
 */
import type { Node, Parent, Text } from 'mdast';
import type { ArticleModel } from '../model/types.ts';
import type { SourcePoint } from '../manifest.ts';

export interface ScanBlock {
  text: string;
  /** Source offset of each character of `text` (same length). */
  offsets: number[];
}

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'tableCell']);

export function articleBlocks(model: ArticleModel): ScanBlock[] {
  const blocks: ScanBlock[] = [...frontMatterBlocks(model)];
  const walk = (node: Node) => {
    if (BLOCK_TYPES.has(node.type)) {
      const b = inlineBlock(node, model.source);
      if (b.text.trim()) blocks.push(b);
      collectAlts(node, model.source, blocks);
      return;
    }
    if (node.type === 'code' || node.type === 'html' || node.type === 'yaml') return;
    for (const child of (node as Parent).children ?? []) walk(child);
  };
  walk(model.tree);
  return blocks;
}

/** Concatenate the inline text of a block; soft line breaks vanish (Chinese has no spaces). */
function inlineBlock(node: Node, source: string): ScanBlock {
  const text: string[] = [];
  const offsets: number[] = [];
  const visit = (n: Node) => {
    if (n.type === 'text' || n.type === 'inlineCode') {
      const value = (n as Text).value;
      const map = alignToSource(value, source, n.position?.start.offset ?? 0, n.position?.end.offset ?? 0);
      for (let i = 0; i < value.length; i++) {
        if (value[i] === '\n') continue;
        text.push(value[i]!);
        offsets.push(map[i]!);
      }
      return;
    }
    if (n.type === 'break') return;
    if (n.type === 'image') return;
    for (const c of (n as Parent).children ?? []) visit(c);
  };
  visit(node);
  return { text: text.join(''), offsets };
}

function collectAlts(node: Node, source: string, out: ScanBlock[]) {
  const visit = (n: Node) => {
    if (n.type === 'image') {
      const alt = (n as { alt?: string | null }).alt ?? '';
      const start = n.position?.start.offset ?? 0;
      if (alt.trim()) out.push({ text: alt, offsets: alignToSource(alt, source, start, n.position?.end.offset ?? start) });
      return;
    }
    for (const c of (n as Parent).children ?? []) visit(c);
  };
  visit(node);
}

/**
 * Offsets of each character of `value` within source[start, end). Escapes (`\*`), entities and
 * continuation-line indentation make the two differ, so walk both and skip source characters
 * until the next value character appears.
 */
export function alignToSource(value: string, source: string, start: number, end: number): number[] {
  const map: number[] = [];
  let j = start;
  for (let i = 0; i < value.length; i++) {
    let k = j;
    while (k < end && source[k] !== value[i]) k++;
    if (k < end) {
      map.push(k);
      j = k + 1;
    } else {
      map.push(Math.min(j, Math.max(start, end - 1)));
    }
  }
  return map;
}

/**
 * Title, summary, tags, per-platform titles and A/B alternative titles are published too (as
 * headlines, captions and hashtags).
 */
function frontMatterBlocks(model: ArticleModel): ScanBlock[] {
  const fmEnd = model.source.startsWith('---') ? model.source.indexOf('\n---', 3) : -1;
  if (fmEnd === -1) return [];
  const alternatives = Object.values(model.frontMatter.alternatives ?? {}).flatMap((list) => (list ?? []).map((a) => a.title));
  const platformTitles = Object.values(model.frontMatter.titles ?? {});
  const fields = [model.frontMatter.title, model.frontMatter.summary, ...model.frontMatter.tags, ...platformTitles, ...alternatives].filter((v): v is string => !!v);
  const blocks: ScanBlock[] = [];
  let from = 0;
  for (const value of fields) {
    const at = model.source.indexOf(value, from);
    const start = at !== -1 && at < fmEnd ? at : model.source.indexOf(value);
    if (start !== -1 && start < fmEnd) {
      blocks.push({ text: value, offsets: Array.from({ length: value.length }, (_, i) => start + i) });
      from = start + value.length;
    } else {
      // Folded or quoted YAML: point at the front matter's first line.
      blocks.push({ text: value, offsets: Array.from({ length: value.length }, () => 0) });
    }
  }
  return blocks;
}

/** Offset → 1-based line and column, with line starts computed once per source. */
export function pointLocator(source: string): (offset: number) => SourcePoint {
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') starts.push(i + 1);
  return (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}
