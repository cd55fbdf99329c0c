/**
 * The pictures an article uses are part of what reviewers approve: a replaced image must
 * invalidate sign-offs like a changed sentence. Each local picture (cover first) is hashed by
 * its bytes; a missing one hashes as missing.
 */
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { ArticleModel } from '../model/types.ts';
import { localImagePath } from '../images/article-images.ts';
import { alternativeCovers } from '../render/alternatives.ts';

export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}

/**
 * Hashes already made by this thread, by file, with the size and mtime they were made at: an
 * archive's articles share a few stock pictures, each read and hashed once per build thread
 * instead of once per article. A changed file (other size or mtime) is read again.
 */
const known = new Map<string, { size: number; mtimeMs: number; hash: string }>();

async function hashFile(abs: string): Promise<string> {
  const info = statSync(abs);
  const seen = known.get(abs);
  if (seen && seen.size === info.size && seen.mtimeMs === info.mtimeMs) return seen.hash;
  const hash = hashBytes(await readFile(abs));
  known.set(abs, { size: info.size, mtimeMs: info.mtimeMs, hash });
  return hash;
}

export async function mediaHashes(model: ArticleModel, articlePath: string): Promise<Record<string, string>> {
  // A/B alternative covers are published pictures too, so sign-offs bind them.
  const srcs = [...(model.frontMatter.cover ? [model.frontMatter.cover] : []), ...model.images.map((i) => i.src), ...alternativeCovers(model)];
  const out: Record<string, string> = {};
  for (const src of srcs) {
    if (src in out) continue;
    const abs = localImagePath(articlePath, src);
    if (!abs) continue; // remote pictures are not copied, nothing to bind
    try {
      out[src] = await hashFile(abs);
    } catch {
      out[src] = 'missing';
    }
  }
  return out;
}
