/**
 * The build at archive scale: many threads give the same site as one, and 3,000 realistic
 * articles build within a memory ceiling that a build holding every article's variants at once
 * (about 2 MB each) could not meet. Peak memory is read from the build process itself.
 */
import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../generator/build.ts';
import type { Manifest } from '../../generator/manifest.ts';
import { writeCorpus } from '../bench/corpus.ts';
import { contentDir, FIXTURES, ROOT, tempDir } from '../helpers.ts';

/** Every file under `dir` (relative path → bytes), the index's timestamp left out. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const path = join(e.parentPath, e.name).slice(dir.length + 1);
    const bytes = await readFile(join(dir, path));
    // The index's timestamp is the one thing two builds may differ in.
    const text = path === 'manifest.json' || path === 'index.html'
      ? bytes.toString('utf8').replace(/"generatedAt":"[^"]+"/, '"generatedAt":""').replace(/生成于 [^<·]+/, '')
      : bytes.toString('latin1');
    files.set(path, text);
  }
  return files;
}

describe('the build on several threads', () => {
  it('writes exactly what one thread writes', async () => {
    const env = await contentDir({}, join(ROOT, 'content'));
    try {
      const one = join(env.dir, 'one');
      const two = join(env.dir, 'two');
      await build({ contentDir: env.content, outDir: one, images: false, cache: false, workers: 1 });
      await build({ contentDir: env.content, outDir: two, images: false, cache: false, workers: 2 });
      const [a, b] = await Promise.all([snapshot(one), snapshot(two)]);
      expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
      for (const [path, text] of a) expect(b.get(path), path).toBe(text);
      expect((JSON.parse(a.get('manifest.json')!) as Manifest).articles.length).toBeGreaterThanOrEqual(6);
    } finally {
      await env.cleanup();
    }
  }, 120_000);

  it('two articles claiming one slug on different threads: the older keeps it either way', async () => {
    const env = await contentDir({}, join(FIXTURES, 'basic'));
    try {
      const { utimes, writeFile } = await import('node:fs/promises');
      await writeFile(join(env.content, 'a-new.md'), '---\ntitle: 新草稿\nslug: same\n---\n\n草稿。\n');
      await writeFile(join(env.content, 'z-old.md'), '---\ntitle: 原文章\nslug: same\n---\n\n原文。\n');
      const old = new Date('2026-01-01T00:00:00Z');
      await utimes(join(env.content, 'z-old.md'), old, old);
      const result = await build({ contentDir: env.content, outDir: env.out, images: false, cache: false, workers: 2 });
      expect(result.errors.map((e) => e.file)).toEqual([expect.stringMatching(/a-new\.md$/)]);
      const detail = JSON.parse(await readFile(join(env.out, 'articles/same.json'), 'utf8'));
      expect(detail.article.title).toBe('原文章');
      expect(await readFile(join(env.out, 'same/wechat.article.html'), 'utf8')).toContain('原文');
      expect((await readdir(env.out)).filter((n) => n.startsWith('.contested'))).toEqual([]);
    } finally {
      await env.cleanup();
    }
  }, 60_000);
});

describe('memory at archive scale', () => {
  // The ceiling catches a build that holds every article (the pre-split build needed about 1.7 MB an
  // article, 5 GB here). Below it, the peak depends on when the two workers' collectors run: the same
  // code measured 577 and 804 MB alone on the 2-core machine and 774 MB under the full suite, so the
  // old 700 MB ceiling failed on timing, not on what the build keeps.
  it('3,000 articles build with peak memory under 900 MB', async () => {
    const t = await tempDir();
    // A build left running after a timeout would load the machine for every test after it.
    let child: ReturnType<typeof spawn> | undefined;
    try {
      await writeCorpus({ count: 3000, dir: join(t.dir, 'content') });
      const args = ['--import', join(ROOT, 'test/bench/rss-reporter.mjs'), join(ROOT, 'bin/kepu.js'), 'build', '--content', 'content', '--out', 'out', '--no-images', '--no-cache', '-q', '--jobs', '2'];
      const stderr = await new Promise<string>((resolve, reject) => {
        const run = spawn(process.execPath, args, { cwd: t.dir, stdio: ['ignore', 'ignore', 'pipe'] });
        child = run;
        let err = '';
        run.stderr!.on('data', (d) => { err += d; });
        run.on('exit', (code) => (code === 0 ? resolve(err) : reject(new Error(`kepu build exited ${code}: ${err.slice(-1000)}`))));
      });
      const peakMb = Number(/KEPU_BENCH_MAXRSS_KB=(\d+)/.exec(stderr)?.[1]) / 1024;
      const index = JSON.parse(await readFile(join(t.dir, 'out/manifest.json'), 'utf8')) as Manifest;
      expect(index.articles).toHaveLength(3000);
      console.log(`3,000 articles: peak memory ${Math.round(peakMb)} MB`);
      expect(peakMb).toBeGreaterThan(0);
      expect(peakMb).toBeLessThan(900);
    } finally {
      if (child && child.exitCode === null) child.kill();
      await t.cleanup();
    }
  }, 400_000);
});
