/**
 * QR codes as SVG paths (npm `qrcode` computes the matrix), so they rasterise with the slide.
 * Level M survives a slightly blurry phone photo of a printed slide.
 */
import QRCode from 'qrcode';

/** Module matrix of `text`, dark = true. */
export function qrMatrix(text: string): boolean[][] {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  return Array.from({ length: n }, (_, y) => Array.from({ length: n }, (_, x) => !!modules.get(y, x)));
}

/** An SVG group drawing the code in a `size`-px square at (x, y), quiet zone of 4 modules included. */
export function qrSvg(text: string, x: number, y: number, size: number, dark = '#000000'): string {
  const m = qrMatrix(text);
  const n = m.length + 8;
  const unit = size / n;
  let d = '';
  m.forEach((row, r) => {
    let c = 0;
    while (c < row.length) {
      if (!row[c]) { c++; continue; }
      const start = c;
      while (c < row.length && row[c]) c++;
      d += `M${start + 4} ${r + 4}h${c - start}v1h${start - c}z`;
    }
  });
  return `<g transform="translate(${f(x)} ${f(y)}) scale(${unit.toFixed(4)})"><rect width="${n}" height="${n}" fill="#ffffff"/><path d="${d}" fill="${dark}" shape-rendering="crispEdges"/></g>`;
}

const f = (v: number) => Math.round(v * 10) / 10;
