/**
 * An article image cropped to a platform's size: libvips' attention strategy keeps the most
 * salient region (faces, high-contrast detail) instead of squashing. Re-encoding drops EXIF
 * and GPS: sharp writes no metadata unless asked.
 */
import { loadSharp } from './sharp.ts';
import type { RasterFormat } from './rasterize.ts';

export async function cropImage(input: Buffer, width: number, height: number, format: RasterFormat): Promise<Buffer> {
  const sharp = await loadSharp();
  const img = sharp(input, { failOn: 'error' }).rotate().resize(width, height, { fit: 'cover', position: 'attention' });
  if (format === 'jpeg') return img.flatten({ background: '#ffffff' }).jpeg({ quality: 85, mozjpeg: true }).toBuffer();
  if (format === 'webp') return img.webp({ quality: 85 }).toBuffer();
  return img.png({ compressionLevel: 9 }).toBuffer();
}
