// Renders extension/icons/icon.svg to the PNG sizes the manifest lists (toolbar 16/32, extensions page 48, store 128).
// The PNGs are committed; run `npm run icons` after changing the drawing.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const dir = fileURLToPath(new URL('../icons/', import.meta.url));
const svg = await readFile(`${dir}icon.svg`);
for (const size of [16, 32, 48, 128]) {
  // The store's 128 px icon is 96 px of art in 16 px of transparent margin (Chrome Web Store image
  // guidelines); toolbar sizes use the whole square, or the mark is too small to read.
  const art = size === 128 ? 96 : size;
  const margin = (size - art) / 2;
  // Rendered at the target density, not downscaled from a large bitmap, so small sizes stay crisp.
  await sharp(svg, { density: (72 * art) / 128 })
    .resize(art, art)
    .extend({ top: margin, bottom: margin, left: margin, right: margin, background: { r: 0, g: 0, b: 0, alpha: 0 } })
    .png({ compressionLevel: 9 })
    .toFile(`${dir}icon-${size}.png`);
}
console.log(`✓ 图标：${dir}icon-{16,32,48,128}.png`);
