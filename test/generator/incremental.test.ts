import { appendFile, readFile, rm, stat, utimes, access, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../generator/build.ts';
import { STATE_PATH } from '../../generator/build-state.ts';
import { contentDir, FIXTURES, readSite } from '../helpers.ts';

const SECOND = `---\ntitle: 第二篇\nslug: second\n---\n\n第二篇的正文。\n\n## 划重点\n- 要点一\n`;

describe('incremental builds', () => {
  it('reuses unchanged articles, skips the write when nothing changed, recompiles what changed', async () => {
    const env = await contentDir({ 'second.md': SECOND }, join(FIXTURES, 'basic'));
    try {
      const opts = { contentDir: env.content, outDir: env.out, images: false };
      const first = await build(opts);
      expect(first.compiled).toHaveLength(2);
      const manifestAt = (await stat(join(env.out, 'manifest.json'))).mtimeMs;

      const again = await build(opts);
      expect(again).toMatchObject({ unchanged: true, reused: 2, compiled: [] });
      expect((await stat(join(env.out, 'manifest.json'))).mtimeMs).toBe(manifestAt);
      expect(again.manifest.articles.map((a) => a.slug)).toEqual(['flu-basics', 'second']);

      await appendFile(join(env.content, 'second.md'), '\n补充一段。\n');
      const edited = await build(opts);
      expect(edited.unchanged).toBe(false);
      expect(edited.compiled.map((c) => c.slug)).toEqual(['second']);
      expect(edited.reused).toBe(1);
      const manifest = await readSite(env.out);
      expect(manifest.articles.map((a) => a.slug)).toEqual(['flu-basics', 'second']);
      // The reused article's files (and its detail) are all still there.
      for (const f of manifest.articles[0]!.variants.flatMap((v) => v.files ?? [])) {
        await expect(access(join(env.out, f.path))).resolves.toBeUndefined();
      }
      await expect(access(join(env.out, 'flu-basics/index.html'))).resolves.toBeUndefined();
    } finally {
      await env.cleanup();
    }
  });

  it('an image that changes makes its article compile again', async () => {
    const env = await contentDir({}, join(FIXTURES, 'basic'));
    try {
      const opts = { contentDir: env.content, outDir: env.out, images: true };
      await build(opts);
      const later = new Date(Date.now() + 60_000);
      await utimes(join(env.content, 'images/flu.png'), later, later);
      const next = await build(opts);
      expect(next.compiled.map((c) => c.slug)).toEqual(['flu-basics']);
    } finally {
      await env.cleanup();
    }
  });

  it('with cache off nothing is read or written', async () => {
    const env = await contentDir({}, join(FIXTURES, 'basic'));
    try {
      const opts = { contentDir: env.content, outDir: env.out, images: false, cache: false };
      await build(opts);
      const second = await build(opts);
      expect(second.compiled).toHaveLength(1);
      await expect(access(join(env.out, STATE_PATH))).rejects.toThrow();
      await expect(access(join(env.dir, '.kepu-cache'))).rejects.toThrow();
    } finally {
      await env.cleanup();
    }
  });

  it('a few changes in a built site are made in place: a broken save keeps its last output (stale), a deleted file goes, the rest is untouched', async () => {
    const env = await contentDir({ 'second.md': SECOND, 'third.md': SECOND.replace(/second/g, 'third').replace('第二篇', '第三篇') }, join(FIXTURES, 'basic'));
    try {
      const opts = { contentDir: env.content, outDir: env.out, images: false };
      await build(opts);
      const untouched = (await stat(join(env.out, 'flu-basics/index.html'))).ino;
      await writeFile(join(env.content, 'second.md'), SECOND.replace('title: 第二篇', 'title: [第二篇'));
      await rm(join(env.content, 'third.md'));
      const broken = await build(opts);
      expect(broken.errors.map((e) => e.file)).toEqual([expect.stringMatching(/second\.md$/)]);
      const site = await readSite(env.out);
      expect(site.index.articles.map((a) => [a.slug, a.status])).toEqual([['flu-basics', 'draft'], ['second', 'blocked']]);
      expect(site.index.articles[1]!.stale!.line).toBeGreaterThanOrEqual(2);
      expect(site.articles[1]!.statusReasons![0]).toMatch(/最新修改无法构建/);
      await expect(access(join(env.out, 'third'))).rejects.toThrow();
      await expect(access(join(env.out, 'articles/third.json'))).rejects.toThrow();
      // In place: the unchanged article's page is the very same file, not a copy.
      expect((await stat(join(env.out, 'flu-basics/index.html'))).ino).toBe(untouched);
      await writeFile(join(env.content, 'second.md'), SECOND);
      const fixed = await build(opts);
      expect(fixed.errors).toEqual([]);
      const after = await readSite(env.out);
      expect(after.index.articles[1]!.stale).toBeUndefined();
      expect(after.articles[1]!.title).toBe('第二篇');
      expect(after.index.errors).toBeUndefined();
    } finally {
      await env.cleanup();
    }
  });
});
