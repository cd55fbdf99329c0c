/**
 * Slide layout: a slide's text and the frame (size, theme, layout data) → drawing operations.
 * Font sizes shrink from the layout's max to its min until the text fits its box; `fits` is
 * false when even the min size overflows, and the caller splits the slide instead of clipping.
 */
import type { Fonts, Weight } from './fonts.ts';
import { wrapText } from './line-break.ts';
import type { SlideStyle } from './slide-theme.ts';

export interface SlideSpec {
  role: 'cover' | 'point' | 'closing';
  heading?: string;
  text: string;
  /** Author line on covers. */
  byline?: string;
  /** URL drawn as a QR code (closing slides). */
  qr?: string;
  /** What the code's caption says, when not the layout's (a booking code says 扫码预约挂号). */
  qrCaption?: string;
  /** Page label, e.g. `3/7`. */
  page?: string;
}

export interface Frame {
  width: number;
  height: number;
  style: SlideStyle;
  /** Department badge in the header. */
  department?: string;
}

export type DrawOp =
  | { type: 'rect'; x: number; y: number; w: number; h: number; r?: number; fill: string; opacity?: number }
  | { type: 'circle'; cx: number; cy: number; r: number; fill: string; opacity: number }
  | { type: 'text'; text: string; x: number; y: number; size: number; weight: Weight; fill: string }
  | { type: 'qr'; url: string; x: number; y: number; size: number }
  | { type: 'logo'; x: number; y: number; size: number };

export interface SlideDrawing {
  width: number;
  height: number;
  background: string;
  ops: DrawOp[];
  fits: boolean;
}

interface TextBlock { lines: string[]; size: number; lineHeight: number; height: number; width: number }

/** A list item's line ("· 呕吐频繁，喝不进水；", as the carousel writes safety lists). */
const BULLET = '· ';
/** Marks a wrapped line of a list item, drawn indented by the bullet's width. */
const HANGING = '\u0002';

/** A paragraph's lines; a list item's continuation lines are marked to hang under its text. */
function wrapParagraph(p: string, width: number, measure: (t: string) => number, bulletWidth: number): string[] {
  if (!p.startsWith(BULLET)) return wrapText(p, width, measure);
  const [first, ...rest] = wrapText(p.slice(BULLET.length), width - bulletWidth, measure);
  return [`${BULLET}${first ?? ''}`, ...rest.map((l) => `${HANGING}${l}`)];
}

/** Wrap `text` at the largest size in [min, max] whose block fits `maxHeight`; `undefined` if none. */
function fitBlock(
  fonts: Fonts, text: string, weight: Weight, width: number, maxHeight: number,
  range: { max: number; min: number; lineHeight: number }, s: number, maxLines = Infinity, paragraphGap = 0,
): TextBlock | undefined {
  if (!text.trim()) return { lines: [], size: range.max * s, lineHeight: 0, height: 0, width: 0 };
  for (let size = range.max * s; size >= range.min * s - 0.01; size -= 2 * s) {
    const measure = (t: string) => fonts.measure(t, size, weight);
    const bulletWidth = measure(BULLET);
    const paragraphs = text.split('\n').map((p) => wrapParagraph(p, width, measure, bulletWidth));
    const lines = paragraphs.flatMap((p, i) => (i < paragraphs.length - 1 && p.length > 0 ? [...p, '\u0000'] : p));
    const textLines = lines.filter((l) => l !== '\u0000');
    const lineHeight = size * range.lineHeight;
    const gaps = lines.length - textLines.length;
    const height = textLines.length * lineHeight + gaps * size * paragraphGap;
    const widest = Math.max(0, ...textLines.map((l) => (l.startsWith(HANGING) ? bulletWidth + measure(l.slice(1)) : measure(l))));
    if (height <= maxHeight + 0.01 && widest <= width + 0.01 && textLines.length <= maxLines) {
      return { lines, size, lineHeight, height, width: widest };
    }
  }
  return undefined;
}

/** Draw ops for a block's lines, baselines placed so each line box starts at `y`. */
function drawBlock(ops: DrawOp[], fonts: Fonts, block: TextBlock, x: number, y: number, weight: Weight, fill: string, paragraphGap = 0, align: 'left' | 'center' = 'left', boxWidth = 0): number {
  let top = y;
  for (const line of block.lines) {
    if (line === '\u0000') { top += block.size * paragraphGap; continue; }
    const baseline = top + (block.lineHeight - block.size) / 2 + block.size * fonts.ascent * 0.92;
    // A list item's wrapped lines hang under its text, not under its bullet.
    const hanging = line.startsWith(HANGING);
    const text = hanging ? line.slice(1) : line;
    const indent = hanging ? fonts.measure(BULLET, block.size, weight) : 0;
    const lx = align === 'center' ? x + (boxWidth - fonts.measure(text, block.size, weight)) / 2 : x + indent;
    ops.push({ type: 'text', text, x: lx, y: baseline, size: block.size, weight, fill });
    top += block.lineHeight;
  }
  return top;
}

function chrome(frame: Frame, fonts: Fonts, page: string | undefined, ops: DrawOp[], s: number): { top: number; bottom: number } {
  const { theme, layout } = frame.style;
  const { width: W, height: H } = frame;
  const M = layout.margin * s;
  const h = layout.header;
  const hh = h.height * s;
  ops.push({ type: 'rect', x: 0, y: 0, w: W, h: hh, fill: theme.colors.primary });
  const logo = h.logoSize * s;
  ops.push({ type: 'logo', x: M, y: (hh - logo) / 2, size: logo });
  const nameSize = h.nameSize * s;
  const mid = (size: number, boxTop: number, boxH: number) => boxTop + boxH / 2 + size * (fonts.ascent - fonts.descent) / 2 * 0.9;
  ops.push({ type: 'text', text: theme.hospital.name, x: M + logo + 20 * s, y: mid(nameSize, 0, hh), size: nameSize, weight: 'bold', fill: '#ffffff' });
  if (frame.department) {
    const bs = h.badgeSize * s;
    const bw = fonts.measure(frame.department, bs, 'bold') + 2 * h.badgePadX * s;
    const bh = h.badgeHeight * s;
    const bx = W - M - bw;
    const by = (hh - bh) / 2;
    ops.push({ type: 'rect', x: bx, y: by, w: bw, h: bh, r: bh / 2, fill: theme.colors.accent });
    ops.push({ type: 'text', text: frame.department, x: bx + h.badgePadX * s, y: mid(bs, by, bh), size: bs, weight: 'bold', fill: theme.colors.text });
  }
  const fh = layout.footer.height * s;
  const fs = layout.footer.size * s;
  ops.push({ type: 'rect', x: M, y: H - fh, w: W - 2 * M, h: Math.max(1, 2 * s), fill: theme.colors.primary, opacity: 0.25 });
  ops.push({ type: 'text', text: theme.hospital.slogan, x: M, y: mid(fs, H - fh, fh), size: fs, weight: 'regular', fill: theme.colors.muted });
  if (page && layout.pageLabel) {
    ops.push({ type: 'text', text: page, x: W - M - fonts.measure(page, fs, 'bold'), y: mid(fs, H - fh, fh), size: fs, weight: 'bold', fill: theme.colors.primary });
  }
  return { top: hh, bottom: H - fh };
}

export function layoutSlide(spec: SlideSpec, frame: Frame, fonts: Fonts): SlideDrawing {
  const s = Math.min(frame.width, frame.height) / 1080;
  const ops: DrawOp[] = [];
  const { theme } = frame.style;
  const area = chrome(frame, fonts, spec.page, ops, s);
  const fits = spec.role === 'cover' ? layoutCover(spec, frame, fonts, ops, area, s) : layoutCard(spec, frame, fonts, ops, area, s);
  return { width: frame.width, height: frame.height, background: theme.colors.background, ops, fits };
}

function layoutCover(spec: SlideSpec, frame: Frame, fonts: Fonts, ops: DrawOp[], area: { top: number; bottom: number }, s: number): boolean {
  const { theme, layout } = frame.style;
  const c = layout.cover;
  const M = layout.margin * s;
  const W = frame.width;
  // A soft brand-coloured disc behind the title: decoration that never carries text.
  ops.splice(0, 0, { type: 'circle', cx: W * 0.92, cy: area.top + (area.bottom - area.top) * 0.18, r: Math.min(W, frame.height) * 0.38, fill: theme.colors.primary, opacity: 0.07 });
  const width = W - 2 * M;
  const avail = area.bottom - area.top - 2 * M;
  const bylineH = spec.byline ? c.byline * s * 1.5 + c.gap * s : 0;
  const barH = layout.heading.barHeight * s + c.gap * s * 2;
  const title = fitBlock(fonts, spec.heading ?? '', 'bold', width, avail * 0.62, c.title, s, 4);
  if (!title) return false;
  const text = fitBlock(fonts, spec.text, 'regular', width, avail - title.height - barH - bylineH, c.text, s, Infinity, 0.4);
  if (!text) return false;
  const total = title.height + barH + text.height + bylineH;
  let y = area.top + M + Math.max(0, (avail - total) * 0.42);
  y = drawBlock(ops, fonts, title, M, y, 'bold', theme.colors.primaryDark);
  y += c.gap * s;
  ops.push({ type: 'rect', x: M, y, w: layout.heading.barWidth * s * 1.4, h: layout.heading.barHeight * s, r: layout.heading.barHeight * s / 2, fill: theme.colors.accent });
  y += layout.heading.barHeight * s + c.gap * s;
  y = drawBlock(ops, fonts, text, M, y, 'regular', theme.colors.text, 0.4);
  if (spec.byline) {
    const bs = c.byline * s;
    ops.push({ type: 'text', text: spec.byline, x: M, y: y + c.gap * s + bs * fonts.ascent, size: bs, weight: 'bold', fill: theme.colors.primary });
  }
  return true;
}

function layoutCard(spec: SlideSpec, frame: Frame, fonts: Fonts, ops: DrawOp[], area: { top: number; bottom: number }, s: number): boolean {
  const { theme, layout } = frame.style;
  const M = layout.margin * s;
  const card = layout.card;
  const cx = M;
  const cy = area.top + card.gapTop * s;
  const cw = frame.width - 2 * M;
  const ch = area.bottom - card.gapBottom * s - cy;
  ops.push({ type: 'rect', x: cx, y: cy, w: cw, h: ch, r: card.radius * s, fill: theme.colors.card });
  ops.push({ type: 'rect', x: cx, y: cy + card.radius * s, w: 8 * s, h: ch - 2 * card.radius * s, fill: theme.colors.primary });
  const ix = cx + card.padX * s;
  const iw = cw - 2 * card.padX * s;
  const iy = cy + card.padY * s;
  let ih = ch - 2 * card.padY * s;

  const q = layout.qr;
  // Squat cards (square posts) get the code in a bottom strip beside its caption; tall ones centre it.
  const strip = ch / cw < 1.2;
  const qrSize = (strip ? q.size * 0.72 : q.size) * s;
  const qrBlock = !spec.qr ? 0 : strip ? qrSize + q.gap * s : qrSize + q.gap * s * 2 + q.captionSize * s * 1.4;
  ih -= qrBlock;

  const hl = layout.heading;
  const heading = spec.heading ? fitBlock(fonts, spec.heading, 'bold', iw, ih * 0.4, hl, s, 2) ?? fitBlock(fonts, spec.heading, 'bold', iw, ih * 0.5, hl, s) : undefined;
  if (spec.heading && !heading) return false;
  const headH = heading ? heading.height + hl.gap * s + hl.barHeight * s + hl.gap * s : 0;
  const body = fitBlock(fonts, spec.text, 'regular', iw, ih - headH, layout.body, s, Infinity, layout.body.paragraphGap);
  if (!body) return false;
  // Short slides sit a little above the middle of the card rather than hugging its top.
  let y = iy + Math.max(0, (ih - headH - body.height) * 0.35);
  if (heading) {
    y = drawBlock(ops, fonts, heading, ix, y, 'bold', theme.colors.primaryDark);
    y += hl.gap * s;
    ops.push({ type: 'rect', x: ix, y, w: hl.barWidth * s, h: hl.barHeight * s, r: hl.barHeight * s / 2, fill: theme.colors.accent });
    y += hl.barHeight * s + hl.gap * s;
  }
  drawBlock(ops, fonts, body, ix, y, 'regular', theme.colors.text, layout.body.paragraphGap);
  if (spec.qr) {
    const label = spec.qrCaption ?? q.caption;
    const cs = q.captionSize * s;
    const caption = (text: string, x: number, y: number) => ops.push({ type: 'text', text, x, y, size: cs, weight: 'bold', fill: theme.colors.primary });
    if (strip) {
      const qx = cx + cw - card.padX * s - qrSize;
      const qy = cy + ch - card.padY * s - qrSize;
      ops.push({ type: 'rect', x: ix, y: qy - q.gap * s / 2, w: iw, h: Math.max(1, 2 * s), fill: theme.colors.primary, opacity: 0.15 });
      ops.push({ type: 'qr', url: spec.qr, x: qx, y: qy, size: qrSize });
      const mid = qy + qrSize / 2;
      caption(label, ix, mid - cs * 0.3);
      ops.push({ type: 'text', text: theme.hospital.name, x: ix, y: mid + cs * 1.3, size: cs * 0.9, weight: 'regular', fill: theme.colors.muted });
    } else {
      const qx = cx + (cw - qrSize) / 2;
      const qy = cy + ch - card.padY * s - cs * 1.4 - q.gap * s - qrSize;
      ops.push({ type: 'qr', url: spec.qr, x: qx, y: qy, size: qrSize });
      caption(label, cx + (cw - fonts.measure(label, cs, 'bold')) / 2, qy + qrSize + q.gap * s + cs * fonts.ascent);
    }
  }
  return true;
}
