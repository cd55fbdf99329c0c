/**
 * A long article's pictures against what its platform's editor takes (size, format, count,
 * from the registry): a picture the editor would refuse is a warning on the variant before
 * anyone tries to publish it.
 */
import { extname } from 'node:path';
import type { Variant } from '../manifest.ts';
import { BODY_IMAGES, PLATFORMS } from '../platforms/registry.ts';
import type { OutputFile } from './types.ts';

const FORMAT: Record<string, string> = { '.jpg': 'jpeg', '.jpeg': 'jpeg', '.png': 'png', '.gif': 'gif', '.webp': 'webp' };

export function checkBodyImages(variant: Variant, files: OutputFile[]): void {
  const rule = BODY_IMAGES[variant.platform];
  if (variant.kind !== 'article' || !rule || !variant.images?.length) return;
  const bytesOf = new Map(files.map((f) => [f.path, typeof f.content === 'string' ? Buffer.byteLength(f.content) : f.content.byteLength]));
  const name = PLATFORMS[variant.platform].name;
  const warnings = variant.warnings ?? (variant.warnings = []);
  variant.images.forEach((path, i) => {
    const size = bytesOf.get(path);
    const format = FORMAT[extname(path).toLowerCase()];
    if (size !== undefined && size > rule.maxBytes) {
      warnings.push({ code: 'images.size', message: `第 ${i + 1} 张图 ${(size / 1024 / 1024).toFixed(1)} MB，超过${name}正文图片上限 ${rule.maxBytes / 1024 / 1024} MB，请压缩后再用` });
    }
    if (format && !(rule.formats as string[]).includes(format)) {
      warnings.push({ code: 'images.format', message: `第 ${i + 1} 张图是 ${format} 格式，${name}正文只收 ${rule.formats.join('/')}，请转换格式` });
    }
  });
  if (rule.maxCount !== undefined) {
    (variant.limits ??= []).push({ field: 'images', length: variant.images.length, max: rule.maxCount, unit: 'count' });
    if (variant.images.length > rule.maxCount) warnings.push({ code: 'images.count', message: `正文有 ${variant.images.length} 张图，超过${name}上限 ${rule.maxCount} 张` });
  }
}
