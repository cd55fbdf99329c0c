/**
 * Slides that overflow their box even at the smallest font size are split onto continuation
 * slides (never clipped), at the sentence boundary nearest the middle, else a clause
 * boundary, else between characters. The carousel renderer already packs text by the
 * registry's per-slide character limit; this catches what that estimate misses (long Latin
 * words, narrow frames, a heading that takes three lines).
 */
import type { Slide } from '../manifest.ts';
import type { Fonts } from './fonts.ts';
import { layoutSlide, type Frame, type SlideSpec } from './slide-layout.ts';

export type SpecOf = (slide: Omit<Slide, 'index'>) => SlideSpec;

export function fitSlides(slides: Slide[], frame: Frame, fonts: Fonts, specOf: SpecOf): Slide[] {
  const out: Omit<Slide, 'index'>[] = [];
  for (const { index: _i, image: _img, ...slide } of slides) out.push(...splitToFit(slide, frame, fonts, specOf, 0));
  return out.map((s, i) => ({ index: i + 1, ...s }));
}

function splitToFit(slide: Omit<Slide, 'index'>, frame: Frame, fonts: Fonts, specOf: SpecOf, depth: number): Omit<Slide, 'index'>[] {
  if (layoutSlide(specOf(slide), frame, fonts).fits) return [slide];
  const parts = splitText(slide.text);
  if (!parts || depth > 6) {
    throw new Error(`幻灯片“${slide.heading ?? slide.text.slice(0, 12)}”的标题过长，最小字号也放不下 / slide heading does not fit`);
  }
  const heading = slide.heading && !slide.heading.endsWith('（续）') ? `${slide.heading}（续）` : slide.heading;
  // The closing slide's QR code stays on the last part; a cover's overflow continues as a point.
  const first: Omit<Slide, 'index'> = { ...slide, role: slide.role === 'closing' ? 'point' : slide.role, text: parts[0] };
  const rest: Omit<Slide, 'index'> = { ...slide, role: slide.role === 'cover' ? 'point' : slide.role, heading: slide.role === 'cover' ? undefined : heading, text: parts[1] };
  return [...splitToFit(first, frame, fonts, specOf, depth + 1), ...splitToFit(rest, frame, fonts, specOf, depth + 1)];
}

/** Two non-empty halves of `text`, cut at the best boundary nearest the middle; undefined if it cannot be cut. */
export function splitText(text: string): [string, string] | undefined {
  const chars = [...text];
  if (chars.length < 2) return undefined;
  const mid = chars.length / 2;
  for (const boundary of [/[。！？!?；;\n]/u, /[，,、：:]/u]) {
    let best = -1;
    chars.forEach((ch, i) => {
      if (i < chars.length - 1 && boundary.test(ch) && (best < 0 || Math.abs(i + 1 - mid) < Math.abs(best - mid))) best = i + 1;
    });
    if (best > 0) return [chars.slice(0, best).join('').trim(), chars.slice(best).join('').trim()];
  }
  const cut = Math.floor(mid);
  return [chars.slice(0, cut).join(''), chars.slice(cut).join('')];
}
