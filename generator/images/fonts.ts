/**
 * Chinese fonts for slides, from an npm package (Noto Sans SC in `@embedpdf/fonts-sc`), never
 * from the system: a fresh machine has no CJK font and librsvg would draw boxes. Text is turned
 * into SVG outlines here with fontkit (which also applies the font's own kerning and
 * substitutions), so the rasteriser never needs a font at all and the
 * layout measures exactly what is drawn.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Font } from 'fontkit';

export type Weight = 'regular' | 'bold';

const FILES: Record<Weight, string> = { regular: 'NotoSansHans-Regular.otf', bold: 'NotoSansHans-Bold.otf' };
export const FONT_PACKAGE = '@embedpdf/fonts-sc';

export interface Fonts {
  /** Width of `text` in px at `size`. */
  measure(text: string, size: number, weight: Weight): number;
  /** SVG path data drawing `text` with its baseline starting at (x, y). */
  path(text: string, x: number, y: number, size: number, weight: Weight): string;
  /** Characters the font has no glyph for (they would be drawn as boxes). */
  missing(text: string): string[];
  /** Ascender and descender as fractions of the font size. */
  ascent: number;
  descent: number;
  /** Identifies the font files, for cache keys. */
  id: string;
}

export function fontDir(): string {
  const entry = createRequire(import.meta.url).resolve(FONT_PACKAGE);
  return join(dirname(entry), '..', 'fonts');
}

let loading: Promise<Fonts> | undefined;

/** Opened once per process; fontkit reads tables and glyphs lazily, so opening an 8 MB file is ~10 ms. */
export function loadFonts(): Promise<Fonts> {
  loading ??= (async () => {
    const dir = fontDir();
    // fontkit is loaded here, not at start-up: text-only builds never draw a glyph.
    const fontkit = await import('fontkit');
    const [regular, bold] = await Promise.all((['regular', 'bold'] as const).map(async (w) => {
      return fontkit.create(await readFile(join(dir, FILES[w])));
    }));
    return makeFonts({ regular: regular!, bold: bold! });
  })();
  loading.catch(() => { loading = undefined; });
  return loading;
}

function makeFonts(faces: Record<Weight, Font>): Fonts {
  const r = faces.regular;
  const widthCache = new Map<string, number>();
  return {
    measure(text, size, weight) {
      const key = `${weight}\u0000${text}`;
      let w = widthCache.get(key);
      if (w === undefined) {
        const face = faces[weight];
        w = (face.layout(text).advanceWidth * 1000) / face.unitsPerEm;
        widthCache.set(key, w);
      }
      return (w * size) / 1000;
    },
    path(text, x, y, size, weight) {
      return glyphPath(faces[weight], text, x, y, size);
    },
    missing(text) {
      return [...new Set([...text].filter((ch) => !/\s/.test(ch) && !r.hasGlyphForCodePoint(ch.codePointAt(0)!)))];
    },
    ascent: r.ascent / r.unitsPerEm,
    descent: -r.descent / r.unitsPerEm,
    id: `${FONT_PACKAGE}:${FILES.regular}+${FILES.bold}`,
  };
}

const SVG_COMMAND = { moveTo: 'M', lineTo: 'L', quadraticCurveTo: 'Q', bezierCurveTo: 'C', closePath: 'Z' } as const;

/** Shaped glyph outlines, flipped to SVG's y-down axis, rounded to 0.1 px to keep the SVG small. */
function glyphPath(face: Font, text: string, x: number, y: number, size: number): string {
  const run = face.layout(text);
  const k = size / face.unitsPerEm;
  let pen = 0;
  let d = '';
  run.glyphs.forEach((g, i) => {
    const p = run.positions[i]!;
    const ox = x + (pen + p.xOffset) * k;
    const oy = y - p.yOffset * k;
    for (const c of g.path.commands) {
      d += SVG_COMMAND[c.command];
      for (let a = 0; a < c.args.length; a += 2) {
        d += `${a ? ' ' : ''}${round(ox + c.args[a]! * k)} ${round(oy - c.args[a + 1]! * k)}`;
      }
    }
    pen += p.xAdvance;
  });
  return d;
}

const round = (v: number) => Math.round(v * 10) / 10;
