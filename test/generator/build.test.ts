import { execFile } from 'node:child_process';
import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentDir, FIXTURES, readSite, ROOT } from '../helpers.ts';
import { build } from '../../generator/build.ts';
import type { Manifest } from '../../generator/manifest.ts';

const run = promisify(execFile);
const KEPU = join(ROOT, 'bin/kepu.js');

const BROKEN_YAML = `---
title: 坏的 front matter
tags: [高血压, 未闭合
---

正文。
`;
const UNKNOWN_PLATFORM = `---
title: 未知平台
platforms: [wechat, tiktok]
---

正文。
`;
const SCRIPTED = `---
title: 含脚本的文章
---

正文<img src=x onerror="globalThis.pwned=1">一句。

<script>globalThis.pwned = 1</script>

[点我](javascript:alert(1))
`;
const MINIMAL = `---
title: 只有标题也能生成
---
`;

describe('kepu build', () => {
  let env: Awaited<ReturnType<typeof contentDir>>;
  let stderr = '';
  let code = 0;
  beforeAll(async () => {
    env = await contentDir({ 'broken.md': BROKEN_YAML, 'unknown.md': UNKNOWN_PLATFORM, 'scripted.md': SCRIPTED, 'minimal.md': MINIMAL }, join(FIXTURES, 'basic'));
    try {
      await run(process.execPath, [KEPU, 'build', '--content', env.content, '--out', env.out], { cwd: env.dir });
    } catch (err) {
      const e = err as { code: number; stderr: string };
      code = e.code;
      stderr = e.stderr;
    }
  }, 60_000);
  afterAll(() => env.cleanup());

  it('exits 1 and names file:line:column and the field for each bad article', () => {
    expect(code).toBe(1);
    expect(stderr).toMatch(/content\/broken\.md:3:\d+ front matter 不是有效的 YAML/);
    expect(stderr).toMatch(/content\/unknown\.md:3:21 字段 “platforms\.1”：未知平台/);
    expect(stderr).toContain('> 3 | platforms: [wechat, tiktok]');
  });

  it('still builds every other article, and the manifest lists the failures', async () => {
    const manifest = await readSite(env.out);
    expect(manifest.articles.map((a) => a.slug).sort()).toEqual(['flu-basics', 'minimal', 'scripted']);
    expect(manifest.errors!.map((e) => `${e.file}:${e.line}`).sort()).toEqual(['content/broken.md:3', 'content/unknown.md:3']);
    const minimal = manifest.articles.find((a) => a.slug === 'minimal')!;
    // 9 platforms: 3 articles, 2 carousels, 4 × 3 video scripts, 2 live outlines.
    expect(minimal.variants).toHaveLength(3 + 2 + 12 + 2);
    expect(minimal.status).toBe('draft');
  });

  it('neutralises raw HTML and script in Markdown and reports where it was', async () => {
    const manifest = await readSite(env.out);
    const scripted = manifest.articles.find((a) => a.slug === 'scripted')!;
    for (const v of scripted.variants) {
      expect(JSON.stringify(v)).not.toMatch(/<script|onerror|javascript:|pwned/);
    }
    expect(scripted.findings.filter((f) => f.rule === 'input.raw-html').map((f) => f.line)).toEqual([5, 7]);
    const files = await readdir(join(env.out, 'scripted'));
    const articles = files.filter((n) => n.endsWith('.article.html'));
    expect(articles).toHaveLength(3);
    for (const f of articles) {
      expect(await readFile(join(env.out, 'scripted', f), 'utf8')).not.toMatch(/<script|onerror|pwned/);
    }
  });

  it('writes every variant file listed in the manifest, with EXIF stripped from images', async () => {
    const manifest = await readSite(env.out);
    for (const a of manifest.articles) {
      for (const v of a.variants) {
        for (const f of v.files ?? []) await expect(readFile(join(env.out, f.path))).resolves.toBeTruthy();
      }
    }
    const sharp = (await import('sharp')).default;
    const meta = await sharp(join(env.out, 'flu-basics/assets/flu.png')).metadata();
    expect(meta.exif).toBeUndefined();
    const source = await sharp(join(FIXTURES, 'basic/images/flu.png')).metadata();
    expect(source.exif).toBeDefined();
  });

  it('the index and every detail file type-check against the exported types, the index at about 1 KB per article', async () => {
    const json = await readFile(join(env.out, 'manifest.json'), 'utf8');
    const index = JSON.parse(json) as Manifest;
    expect(index.version).toBe(2);
    expect(Buffer.byteLength(json) / index.articles.length).toBeLessThan(1200);
    const details = await Promise.all(index.articles.map((a) => readFile(join(env.out, a.detail), 'utf8')));
    const file = join(env.dir, 'check-manifest.ts');
    const typePath = join(ROOT, 'generator/manifest.ts').replace(/\\/g, '/');
    await writeFile(file, `import type { ArticleDetail, Manifest } from '${typePath}';\nexport const m: Manifest = ${json};\n` +
      details.map((d, i) => `export const d${i}: ArticleDetail = ${d};\n`).join(''));
    // TypeScript 7 has no JS API: run the project's own tsc on a one-file project.
    await writeFile(join(env.dir, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { strict: true, noEmit: true, allowImportingTsExtensions: true, module: 'ESNext', moduleResolution: 'Bundler', target: 'ES2022', skipLibCheck: true, types: [] },
      files: ['check-manifest.ts'],
    }));
    const diags = await run(join(ROOT, 'node_modules/.bin/tsc'), ['-p', join(env.dir, 'tsconfig.json')]).then(() => '', (e: { stdout: string }) => e.stdout);
    expect(diags).toBe('');
  });
});

describe('atomic output', () => {
  it('a build that throws midway leaves the previous site in place and no temp folder', async () => {
    const env = await contentDir({}, join(FIXTURES, 'basic'));
    try {
      await build({ contentDir: env.content, outDir: env.out, images: false });
      const before = await readFile(join(env.out, 'manifest.json'), 'utf8');
      // A file path that cannot be created (a directory is in the way) fails the write.
      await mkdir(join(env.content, 'blocker'), { recursive: true });
      const { writeSiteAtomically } = await import('../../generator/write.ts');
      await expect(writeSiteAtomically(env.out, JSON.parse(before), [
        { path: 'a/ok.txt', content: 'x' }, { path: 'a/ok.txt/child', content: 'y' },
      ])).rejects.toThrow();
      expect(await readFile(join(env.out, 'manifest.json'), 'utf8')).toBe(before);
      expect((await readdir(env.dir)).filter((n) => n.includes('.tmp-'))).toEqual([]);
    } finally {
      await env.cleanup();
    }
  });
});

describe('slug ownership', () => {
  it('a newer draft cannot take an older article’s slug, whatever the file names; check says so too', async () => {
    const original = '---\ntitle: 心肺复苏\nslug: cpr-basics\n---\n\n按压深度5～6厘米。\n';
    const draft = '---\ntitle: 新草稿\nslug: cpr-basics\n---\n\n草稿正文。\n';
    const env = await contentDir({ 'z-cpr.md': original, 'a-draft.md': draft });
    try {
      const { utimes } = await import('node:fs/promises');
      const old = new Date('2026-01-01T00:00:00Z');
      await utimes(join(env.content, 'z-cpr.md'), old, old);
      const result = await build({ contentDir: env.content, outDir: env.out });
      const manifest = JSON.parse(await readFile(join(env.out, 'manifest.json'), 'utf8')) as Manifest;
      expect(manifest.articles.map((a) => [a.slug, a.title])).toEqual([['cpr-basics', '心肺复苏']]);
      expect((await readSite(env.out)).articles[0]!.title).toBe('心肺复苏');
      const err = result.errors.find((e) => e.file.endsWith('a-draft.md'))!;
      expect(err.message).toMatch(/slug “cpr-basics” 已被 .*z-cpr\.md 使用.*更早/);
      expect(err.line).toBe(3);
      expect(await readFile(join(env.out, 'cpr-basics', 'wechat.article.html'), 'utf8')).toContain('按压深度');
      const check = await run(process.execPath, [KEPU, 'check', '--content', env.content], { cwd: env.dir }).catch((e) => e as { code: number; stdout: string });
      expect((check as { code?: number }).code).toBe(1);
      expect((check as { stdout: string }).stdout).toMatch(/a-draft\.md:3:\d+ \[input\.slug-duplicate\]/);
    } finally {
      await env.cleanup();
    }
  });
});

describe('a broken save of a built article', () => {
  it('keeps its last good output in the site and manifest, marked stale and blocked, until fixed', async () => {
    const good = '---\ntitle: 心肺复苏\nslug: cpr\n---\n\n按压深度5～6厘米。\n';
    const env = await contentDir({ 'cpr.md': good });
    try {
      await build({ contentDir: env.content, outDir: env.out, images: false });
      await writeFile(join(env.content, 'cpr.md'), good.replace('title: 心肺复苏', 'title: [心肺复苏'));
      const broken = await build({ contentDir: env.content, outDir: env.out, images: false });
      expect(broken.errors).toHaveLength(1);
      const manifest = JSON.parse(await readFile(join(env.out, 'manifest.json'), 'utf8')) as Manifest;
      const entry = manifest.articles.find((a) => a.slug === 'cpr')!;
      expect(entry).toBeDefined();
      expect(entry.status).toBe('blocked');
      expect(entry.stale!.file).toMatch(/cpr\.md$/);
      expect(entry.stale!.line).toBeGreaterThanOrEqual(2);
      const detail = (await readSite(env.out)).articles[0]!;
      expect(detail.statusReasons![0]).toMatch(/最新修改无法构建/);
      expect(detail.status).toBe('blocked');
      expect(detail.stale).toEqual(entry.stale);
      expect(await readFile(join(env.out, 'cpr', 'wechat.article.html'), 'utf8')).toContain('按压深度');
      await writeFile(join(env.content, 'cpr.md'), good);
      await build({ contentDir: env.content, outDir: env.out, images: false });
      const fixed = JSON.parse(await readFile(join(env.out, 'manifest.json'), 'utf8')) as Manifest;
      expect(fixed.articles.find((a) => a.slug === 'cpr')!.stale).toBeUndefined();
    } finally {
      await env.cleanup();
    }
  });
});

describe('kepu check tells what build and the preview would', () => {
  it('a missing picture is an error in check too; cuts are listed once per kind', async () => {
    const env = await contentDir({ 'a.md': '---\ntitle: 缺少图片的高血压文章\ntags: [高血压]\n---\n\n![示意](images/none.png)\n\n高血压要长期管理。\n' });
    try {
      const out = await run(process.execPath, [KEPU, 'check', '--content', env.content], { cwd: env.dir }).catch((e) => e as { code: number; stdout: string });
      expect((out as { code?: number }).code).toBe(1);
      const stdout = (out as { stdout: string }).stdout;
      expect(stdout).toMatch(/a\.md:6:1 \[image\.missing\] 错误：找不到图片 “images\/none\.png”/);
      const cuts = stdout.split('\n').filter((l) => l.includes('[variant.cut.cta]'));
      expect(cuts.length).toBeLessThanOrEqual(1);
    } finally {
      await env.cleanup();
    }
  });
});
