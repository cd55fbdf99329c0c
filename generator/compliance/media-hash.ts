/**
 * The pictures an article uses are part of what reviewers approve: a replaced image must
 * invalidate sign-offs like a changed sentence. Each local picture (cover first) is hashed by
 * its bytes; a missing one hashes as missing.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { ArticleModel } from '../model/types.ts';
import { localImagePath } from '../images/article-images.ts';
import { alternativeCovers } from '../render/alternatives.ts';

export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16);
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
      out[src] = hashBytes(await readFile(abs));
    } catch {
      out[src] = 'missing';
    }
  }
  return out;
}
