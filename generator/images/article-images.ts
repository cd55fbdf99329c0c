/**
 * Article images: each local image the article uses is read, checked and re-encoded by sharp
 * (which drops EXIF, GPS and device metadata) into `<slug>/assets/`. A missing or corrupt
 * image is an error at the image's line in the article.
 */
import { readFile } from 'node:fs/promises';
import { dirname, extname, resolve, basename } from 'node:path';
import { loadSharp } from './sharp.ts';
import type { ArticleModel } from '../model/types.ts';
import type { OutputFile } from '../render/types.ts';
import { SourceError } from '../load/errors.ts';
import { frontMatterKeyPoint } from '../load/front-matter-position.ts';
import type { SourcePoint } from '../manifest.ts';
import { hashBytes, mediaHashes } from '../compliance/media-hash.ts';
import { alternativeCovers } from '../render/alternatives.ts';

/** The file an image reference points at, or undefined for remote and inline (data:) images. */
export function localImagePath(articlePath: string, src: string): string | undefined {
  if (/^(https?:|data:)/i.test(src)) return undefined;
  let decoded = src;
  try { decoded = decodeURI(src); } catch { /* a literal % in the name */ }
  return resolve(dirname(articlePath), decoded);
}

export interface PreparedImages {
  files: OutputFile[];
  assetPath(src: string): string | undefined;
  /** Hash of each local picture's bytes (what sign-offs bind), from the same read. */
  media: Record<string, string>;
}

/** Larger images are scaled down: no platform accepts more, and it keeps the site light. */
const MAX_WIDTH = 1920;

export async function prepareImages(model: ArticleModel, articlePath: string, opts: { process: boolean }): Promise<PreparedImages> {
  const refs: { src: string; position: SourcePoint }[] = model.images.map((i) => ({ src: i.src, position: i.position }));
  if (model.frontMatter.cover) refs.unshift({ src: model.frontMatter.cover, position: frontMatterKeyPoint(model.source, 'cover') });
  // A/B covers are copied, checked and hashed like the article's own (compliance/media-hash.ts lists
  // them too: the two must agree, or a sign-off by `kepu review sign` would never match a build).
  for (const src of alternativeCovers(model)) refs.push({ src, position: pointOfText(model.source, src, frontMatterKeyPoint(model.source, 'alternatives')) });
  const map = new Map<string, string>();
  const files: OutputFile[] = [];
  if (!opts.process) return { files, assetPath: () => undefined, media: await mediaHashes(model, articlePath) };
  const media: Record<string, string> = {};
  for (const ref of refs) {
    const abs = localImagePath(articlePath, ref.src);
    if (map.has(ref.src) || !abs) continue;
    let bytes: Buffer;
    try {
      bytes = await readFile(abs);
    } catch {
      throw new SourceError({ file: model.file, ...ref.position, code: 'image.missing', source: model.source, message: `找不到图片 “${ref.src}” / image not found` });
    }
    media[ref.src] = hashBytes(bytes);
    const ext = extname(abs).toLowerCase();
    const format = ext === '.png' ? 'png' : ext === '.webp' ? 'webp' : 'jpeg';
    let out: Buffer;
    try {
      const sharp = await loadSharp();
      const img = sharp(bytes, { failOn: 'error' }).rotate().resize({ width: MAX_WIDTH, withoutEnlargement: true });
      out = await (format === 'png' ? img.png() : format === 'webp' ? img.webp() : img.jpeg({ quality: 85, mozjpeg: true })).toBuffer();
    } catch (err) {
      throw new SourceError({
        file: model.file, ...ref.position, code: 'image.corrupt', source: model.source,
        message: `图片 “${ref.src}” 无法读取（${(err as Error).message}）/ corrupt image`,
      });
    }
    const name = `${basename(abs, extname(abs)).replace(/[^\w.-]+/g, '_')}.${format === 'jpeg' ? 'jpg' : format}`;
    const unique = [...map.values()].includes(`${model.slug}/assets/${name}`) ? `${map.size}-${name}` : name;
    const path = `${model.slug}/assets/${unique}`;
    map.set(ref.src, path);
    files.push({ path, content: out });
  }
  return { files, assetPath: (src) => map.get(src), media };
}

/** Where `text` is first written at or after `from` (a flow mapping `{ cover: x }` has no key line of its own). */
function pointOfText(source: string, text: string, from: SourcePoint): SourcePoint {
  const lines = source.split('\n');
  for (let i = from.line - 1; i < lines.length; i++) {
    const col = lines[i]!.indexOf(text);
    if (col >= 0) return { line: i + 1, column: col + 1 };
  }
  return from;
}
