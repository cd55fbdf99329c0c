/** A laid-out slide → one SVG document; text is already outlines, so no font is needed to draw it. */
import type { Fonts } from './fonts.ts';
import { qrSvg } from './qr.ts';
import type { SlideDrawing } from './slide-layout.ts';
import { esc } from '../text/escape-markup.ts';

const n = (v: number) => Math.round(v * 10) / 10;

export function slideSvg(d: SlideDrawing, fonts: Fonts, logo: string): string {
  const parts: string[] = [`<rect width="${d.width}" height="${d.height}" fill="${esc(d.background)}"/>`];
  for (const op of d.ops) {
    switch (op.type) {
      case 'rect':
        parts.push(`<rect x="${n(op.x)}" y="${n(op.y)}" width="${n(op.w)}" height="${n(op.h)}"${op.r ? ` rx="${n(op.r)}"` : ''} fill="${esc(op.fill)}"${op.opacity !== undefined ? ` fill-opacity="${op.opacity}"` : ''}/>`);
        break;
      case 'circle':
        parts.push(`<circle cx="${n(op.cx)}" cy="${n(op.cy)}" r="${n(op.r)}" fill="${esc(op.fill)}" fill-opacity="${op.opacity}"/>`);
        break;
      case 'text':
        parts.push(`<path d="${fonts.path(op.text, op.x, op.y, op.size, op.weight)}" fill="${esc(op.fill)}"/>`);
        break;
      case 'qr':
        parts.push(qrSvg(op.url, op.x, op.y, op.size));
        break;
      case 'logo':
        parts.push(`<image x="${n(op.x)}" y="${n(op.y)}" width="${n(op.size)}" height="${n(op.size)}" href="${logo}"/>`);
        break;
    }
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${d.width}" height="${d.height}" viewBox="0 0 ${d.width} ${d.height}">${parts.join('')}</svg>`;
}
