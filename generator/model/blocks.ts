/**
 * The article body as a flat, ordered stream of blocks: headings, paragraph lines, list
 * items, quotes, tables. Recognisers read this stream instead of walking the mdast, so each
 * one is a small pass over typed blocks that already carry their text, their bold runs and
 * their source position.
 *
 * Editors who learnt their trade in the WeChat editor write one thought per line without blank
 * lines between ("问：…" / "答：…", "✅ …"), which Markdown reads as one paragraph. A paragraph
 * is therefore cut into lines wherever a line starts with a marker or the previous line ends
 * a sentence, so each line is its own block with its own line number.
 */
import type { Image, Node, Paragraph, RootContent, Root, ListItem, List, Strong } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { eachOfType } from './walk.ts';
import type { SourcePoint } from '../manifest.ts';
import type { ImageRef, TextBlock } from './types.ts';
import { BULLET } from './markers.ts';

export type BlockKind = 'heading' | 'paragraph' | 'item' | 'quote' | 'table' | 'code';

export interface Block {
  kind: BlockKind;
  /** Plain text as a reader sees it (emphasis markers gone, soft breaks removed). */
  text: string;
  position: SourcePoint;
  /** Heading level (1–6). */
  depth?: number;
  /** The bold run the block opens with, e.g. the truth in `**血压正常也不能停药。**正文…`. */
  lead?: string;
  /** Every bold run in the block. */
  bold: string[];
  /** List items: whether the list is numbered, the item's place in it and the list's size. */
  ordered?: boolean;
  listIndex?: number;
  listSize?: number;
  /** Index (in the stream) of the first item of this item's list, shared by its items. */
  listStart?: number;
  /** Nesting of a list item (1 = top level). */
  listDepth?: number;
  /** Paragraph whose only content is images (a figure). */
  figure?: boolean;
  images: ImageRef[];
  /** Table cells, for tables. */
  cells?: TextBlock[];
  /** Cells per row, for tables: `cells` holds the rows one after another. */
  columns?: number;
}

/** A line starting like this begins a new thought even without a blank line before it. */
const LINE_MARKER =
  /^(?:问|答|Q|A|提问|回答|医生|患者|家属|网友|观众|主持人|记者|专家|误区|真相|正解|提示|提醒|温馨提示|注意|参考|编辑|审核|来源|校对|排版|图片|本文|作者|[一二三四五六七八九十]+[、.．]|\d+[、.．)）]|[（(][一二三四五六七八九十\d]+[)）]|第[一二三四五六七八九十\d]+[步条点]|[①-⑳]|\d\uFE0F?\u20E3|\p{Extended_Pictographic}|[✓✔✗✘×√•·▶►●■◆★☆※→]|【[^】]{1,8}】)/u;
/** Lines of a list written with emoji or symbols, one per line: "✅ …", "▪️ …", "1⃣ …". */
const BULLET_LINE = /^(?:\d\uFE0F?\u20E3|\p{Extended_Pictographic}|[✓✔✗✘×√•·▶►●■◆★☆※→①-⑳])/u;

export function toBlocks(tree: Root): Block[] {
  const out: Block[] = [];
  for (const node of tree.children) addNode(node, out, 0);
  return bulletRuns(out);
}

/**
 * "🔹 **不私自下水游泳**" / "🔹 **不到不熟悉的水域游泳**" one after another, nothing between: a
 * list written as bold bullet lines, not a run of empty sub-headings. Each is an item line.
 */
function bulletRuns(blocks: Block[]): Block[] {
  const bulleted = (b: Block | undefined) => b?.kind === 'heading' && b.depth === 6 && BOLD_BULLET.test(b.text);
  return blocks.map((b, i) => {
    if (!bulleted(b) || !(bulleted(blocks[i - 1]) || bulleted(blocks[i + 1]))) return b;
    const lead = b.text.replace(BOLD_BULLET, '').trim();
    return { kind: 'paragraph', text: b.text, position: b.position, bold: [lead], lead, images: b.images };
  });
}

/** The bullet a line opens with: an emoji (not a keycap digit, which numbers a heading). */
const BOLD_BULLET = /^(?:\p{Extended_Pictographic}|[\uFE0F\u200D])+\s*/u;

function addNode(node: RootContent, out: Block[], listDepth: number): void {
  switch (node.type) {
    case 'heading':
      out.push({ kind: 'heading', text: flat(toString(node)), position: pos(node), depth: node.depth, bold: [], images: imagesIn(node) });
      return;
    case 'paragraph':
      out.push(...paragraphLines(node));
      return;
    case 'list':
      addList(node, out, listDepth + 1);
      return;
    case 'blockquote': {
      const text = flat(node.children.map((c) => toString(c, { includeImageAlt: false })).join('\n'));
      if (text) out.push({ kind: 'quote', text, position: pos(node), bold: boldRuns(node), images: imagesIn(node) });
      return;
    }
    case 'table': {
      const cells: TextBlock[] = [];
      for (const row of node.children) for (const cell of row.children) cells.push({ text: flat(toString(cell)), position: pos(cell) });
      out.push({ kind: 'table', text: cells.map((c) => c.text).join(' '), position: pos(node), bold: [], images: [], cells, columns: node.children[0]?.children.length ?? 0 });
      return;
    }
    case 'code':
      out.push({ kind: 'code', text: node.value, position: pos(node), bold: [], images: [] });
      return;
    default:
      return;
  }
}

function addList(list: List, out: Block[], depth: number): void {
  const start = out.length;
  list.children.forEach((item: ListItem, i) => {
    const first = item.children.find((c): c is Paragraph => c.type === 'paragraph');
    const text = flat(item.children.filter((c) => c.type !== 'list').map((c) => toString(c, { includeImageAlt: false })).join('\n'));
    if (text) {
      out.push({
        kind: 'item', text, position: pos(item), bold: boldRuns(item), lead: first ? leadOf(first) : undefined,
        ordered: !!list.ordered, listIndex: i, listSize: list.children.length, listStart: start, listDepth: depth,
        images: imagesIn(item),
      });
    }
    for (const child of item.children) if (child.type === 'list') addList(child, out, depth + 1);
  });
}

/** A paragraph → one block per line that starts a new thought (see the module comment). */
function paragraphLines(p: Paragraph): Block[] {
  const images = imagesIn(p);
  const onlyImages = p.children.every((c) => c.type === 'image' || (c.type === 'text' && !c.value.trim()) || c.type === 'break');
  const start = pos(p);
  if (onlyImages) return images.length ? [{ kind: 'paragraph', text: '', position: start, bold: [], images, figure: true }] : [];

  const full = toString(p, { includeImageAlt: false });
  const bold = boldRuns(p);
  const rawLines = full.split('\n');
  const groups: { text: string; line: number }[] = [];
  rawLines.forEach((line, i) => {
    const t = line.trim();
    if (!t) return;
    const prev = groups.at(-1);
    // A "【怎么治】" line heads what follows; a plain line after a run of "✅ …" lines is no part of the last one.
    const startsNew = !prev || LINE_MARKER.test(t) || /[。！？!?：:]$/.test(prev.text) || /^【[^【】]{2,30}】$/u.test(prev.text)
      || (BULLET_LINE.test(prev.text) && !BULLET_LINE.test(t));
    if (startsNew) groups.push({ text: t, line: start.line + i });
    else prev.text += t;
  });
  const lead = leadOf(p);
  // "【这些土办法，别再用了】" on a line of its own is how WeChat editors write a heading.
  const bracketHeading = /^【[^【】]{2,30}】$/u;
  // So is a short line in bold alone with no sentence end ("**一、一把糖豆，吓坏一家人**").
  const undecorated = (t: string) => t.replace(/^(?:\p{Extended_Pictographic}|[\uFE0F\u200D\s])+/u, '');
  const boldHeading = (g: { text: string }) => groups.length === 1 && bold.length === 1
    && undecorated(bold[0]!) === undecorated(g.text)
    && [...g.text].length <= 24 && !/[。！？!?：:]$/u.test(g.text);
  return groups.map((g, i) => bracketHeading.test(g.text) || boldHeading(g) ? {
    kind: 'heading' as const, text: bracketHeading.test(g.text) ? g.text.slice(1, -1) : g.text, depth: 6, position: i === 0 ? start : { line: g.line, column: 1 }, bold: [], images: [],
  } : ({
    kind: 'paragraph' as const,
    text: g.text,
    position: i === 0 ? start : { line: g.line, column: 1 },
    bold: bold.filter((b) => g.text.includes(b)),
    lead: i === 0 ? lead : bold.find((b) => g.text.startsWith(b) || g.text.replace(LINE_MARKER, '').replace(/^[：:\s]+/, '').startsWith(b)),
    images: i === 0 ? images : [],
  }));
}

/** The bold run a paragraph opens with (after an optional marker such as "答：" or an emoji). */
function leadOf(p: Paragraph): string | undefined {
  const children = p.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  const first = children[0];
  if (first?.type === 'strong') return flat(toString(first)) || undefined;
  // "答：**结论。**…" or "✅ **结论**"
  if (first?.type === 'text' && children[1]?.type === 'strong' && [...first.value.trim()].length <= 4) {
    return flat(toString(children[1])) || undefined;
  }
  return undefined;
}

function boldRuns(node: Node): string[] {
  const runs: string[] = [];
  eachOfType<Strong>(node, 'strong', (s) => {
    const t = flat(toString(s));
    if (t) runs.push(t);
  });
  return runs;
}

function imagesIn(node: Node): ImageRef[] {
  const images: ImageRef[] = [];
  eachOfType<Image>(node, 'image', (img) => {
    images.push({ src: img.url, alt: img.alt ?? '', title: img.title ?? undefined, position: pos(img) });
  });
  return images;
}

/** Chinese has no spaces between lines: a soft break joins without one. */
export function flat(text: string): string {
  return text.replace(/\s*\n\s*/g, '').trim();
}

export function pos(node: Node): SourcePoint {
  const p = node.position?.start;
  return { line: p?.line ?? 1, column: p?.column ?? 1 };
}

/** Index of the heading a block stands under (the block itself if it is one), or -1. */
export function headingBefore(blocks: Block[], i: number): number {
  for (let k = i; k >= 0; k--) if (blocks[k]!.kind === 'heading') return k;
  return -1;
}

/** A list item, or a paragraph line that opens with a bullet ("·", "✅", "1️⃣", "①"). */
export function isListLine(b: Pick<Block, 'kind' | 'text'>): boolean {
  return b.kind === 'item' || (b.kind === 'paragraph' && BULLET.test(b.text));
}
