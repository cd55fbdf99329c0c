/**
 * Render cache: a rendered image is stored under the sha256 of everything that decides its
 * pixels (text, theme, layout, size, format, font, renderer version), so an unchanged slide is
 * copied instead of re-rendered on the next build. Entries are written atomically; a corrupt
 * or missing cache only costs a re-render.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { threadId } from 'node:worker_threads';
import { dirname, join, resolve } from 'node:path';

/** Bump when the drawing code changes in a way the inputs do not show. */
export const RENDER_VERSION = 3;

export class RenderCache {
  hits = 0;
  misses = 0;
  constructor(readonly dir: string) {}

  async get(key: string): Promise<Buffer | undefined> {
    try {
      const buf = await readFile(this.file(key));
      this.hits++;
      return buf;
    } catch {
      this.misses++;
      return undefined;
    }
  }

  async put(key: string, content: Buffer): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const tmp = `${this.file(key)}.${process.pid}-${threadId}.tmp`;
    await writeFile(tmp, content);
    await rename(tmp, this.file(key));
  }

  private file(key: string): string {
    return join(this.dir, `${key}.bin`);
  }
}

/** Where rendered images are cached unless told otherwise: `.kepu-cache/images` beside OUT. */
export function defaultCacheDir(outDir: string): string {
  return join(dirname(resolve(outDir)), '.kepu-cache', 'images');
}

export function cacheKey(parts: unknown): string {
  return createHash('sha256').update(JSON.stringify({ v: RENDER_VERSION, parts })).digest('hex');
}
