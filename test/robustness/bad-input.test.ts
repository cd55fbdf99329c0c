/**
 * The bad-input corpus (test/fixtures/bad-input plus files too big or too odd to commit,
 * made here): each bad file gets its own clear file:line error, every good file still builds.
 */
import { readdir, readFile, symlink, writeFile, mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { build, compileArticle, type BuildResult } from '../../generator/build.ts';
import { loadTheme } from '../../generator/theme.ts';
import { contentDir, FIXTURES, readSite } from '../helpers.ts';
import type { Manifest } from '../../generator/manifest.ts';

let env: Awaited<ReturnType<typeof contentDir>>;
let result: BuildResult;

beforeAll(async () => {
  env = await contentDir({}, join(FIXTURES, 'bad-input'));
  // 10 MB of text: far over the article size limit.
  await writeFile(join(env.content, 'huge.md'), `---\ntitle: 超大文件\n---\n\n${'很长的正文。'.repeat(600_000)}`);
  // A symlink pointing at itself: reading it loops.
  await symlink('loop.md', join(env.content, 'loop.md'));
  // Deeply nested list (200 levels).
  await writeFile(join(env.content, 'deep-list.md'), `---\ntitle: 深层嵌套列表\n---\n\n${Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- 第${i + 1}层`).join('\n')}\n`);
  // 500 images in one article.
  await mkdir(join(env.content, 'many'), { recursive: true });
  const tiny = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#3a7' } }).png().toBuffer();
  await Promise.all(Array.from({ length: 500 }, (_, i) => writeFile(join(env.content, 'many', `${i}.png`), tiny)));
  await writeFile(join(env.content, 'many-images.md'), `---\ntitle: 五百张图\n---\n\n导语。\n\n${Array.from({ length: 500 }, (_, i) => `![图${i}](many/${i}.png)`).join('\n\n')}\n`);
  result = await build({ contentDir: env.content, outDir: env.out });
}, 120_000);
afterAll(() => env.cleanup());

const errorFor = (name: string) => result.errors.find((e) => e.file.endsWith(`/${name}`));

describe('bad-input corpus', () => {
  it.each([
    ['broken-yaml.md', 5, 'front matter 不是有效的 YAML'],
    ['unknown-platform.md', 3, '未知平台'],
    ['binary-garbage.md', undefined, '不是 UTF-8 文本'],
    ['missing-image.md', 7, '找不到图片 “images/nope.png”'],
    ['corrupt-image.md', 7, '图片 “images/corrupt.png” 无法读取'],
    ['huge.md', 1, '文件过大'],
    ['loop.md', 1, '无法读取文件'],
    ['empty.md', 1, '缺少 front matter'],
    ['dup-b.md', 3, 'slug “same-slug” 已被'],
  ])('%s → a clear error at its line', (name, line, message) => {
    const err = errorFor(name);
    expect(err, `no error reported for ${name}`).toBeDefined();
    expect(err!.message).toContain(message);
    if (line !== undefined) expect(err!.line).toBe(line);
    expect(err!.format()).toMatch(new RegExp(`^\\S*${name.replace('.', '\\.')}:\\d+:\\d+ `));
  });

  it('builds every good or merely odd file', async () => {
    const manifest = JSON.parse(await readFile(join(env.out, 'manifest.json'), 'utf8')) as Manifest;
    const titles = manifest.articles.map((a) => a.title).sort();
    expect(titles).toEqual(['Windows 换行', '五百张图', '好文章', '带 BOM 的文件', '深层嵌套列表', '表情和生僻字 😷🩺 𠮷𪚥', '重复一'].sort());
    expect(result.errors).toHaveLength(9);
  });

  it('keeps rare CJK and emoji intact, and reads CRLF and BOM files as plain text', async () => {
    const site = await readSite(env.out);
    const model = async (slug: string) => {
      const a = site.articles.find((x) => x.slug === slug)!;
      return (await compileArticle(resolve(a.source), await loadTheme(), { images: false })).model;
    };
    const emoji = site.articles.find((a) => a.slug === 'emoji-rare-cjk')!;
    expect((await model('emoji-rare-cjk')).takeaways[0]!.text).toBe('生僻字 𠮷 要正确显示 😀');
    const wechat = emoji.variants.find((v) => v.platform === 'wechat')!;
    expect(wechat.html).toContain('𠮷');
    const crlf = await model('crlf');
    expect(crlf.sections.map((s) => s.title)).toEqual(['小节']);
    expect(crlf.takeaways.map((k) => k.text)).toEqual(['要点一']);
    expect(site.articles.find((a) => a.slug === 'bom')!.title).toBe('带 BOM 的文件');
  });

  it('writes all 500 images of one article', async () => {
    const assets = await readdir(join(env.out, 'many-images/assets'));
    expect(assets).toHaveLength(500);
  });
});

describe('a build killed midway', () => {
  it('leaves the previous site whole, and the next build clears its leftovers', async () => {
    const { spawn } = await import('node:child_process');
    const { ROOT } = await import('../helpers.ts');
    const site = await contentDir({}, join(FIXTURES, 'basic'));
    try {
      const kepu = join(ROOT, 'bin/kepu.js');
      const runBuild = (content: string) => spawn(process.execPath, [kepu, 'build', '--content', content, '--out', site.out, '-q'], { cwd: site.dir });
      await new Promise((res) => runBuild(site.content).on('exit', res));
      const before = await readFile(join(site.out, 'manifest.json'), 'utf8');
      // Kill the second build the moment its temp folder appears, i.e. while it is writing
      // (the 500-image corpus keeps it writing long enough).
      const child = runBuild(env.content);
      let sawTemp = false;
      for (const started = Date.now(); !sawTemp && Date.now() - started < 45_000; await new Promise((r) => setTimeout(r, 2))) {
        sawTemp = (await readdir(site.dir)).some((n) => n.includes('.tmp-'));
      }
      child.kill('SIGKILL');
      expect(sawTemp, 'the build never started writing').toBe(true);
      await new Promise((res) => child.on('exit', res));
      expect(await readFile(join(site.out, 'manifest.json'), 'utf8')).toBe(before);
      const old = await readSite(site.out);
      expect(JSON.stringify(old.index)).toBe(before);
      for (const f of old.articles.flatMap((a) => a.variants.flatMap((v) => v.files ?? []))) {
        await expect(readFile(join(site.out, f.path))).resolves.toBeTruthy();
      }
      await new Promise((res) => runBuild(site.content).on('exit', res));
      expect((await readdir(site.dir)).filter((n) => /\.(tmp|old)-/.test(n))).toEqual([]);
    } finally {
      await site.cleanup();
    }
  }, 60_000);
});

describe('front matter and encoding', () => {
  it('rejects a date that is not on the calendar, with the field named', async () => {
    const { parseArticle } = await import('../../generator/load/load-article.ts');
    expect(() => parseArticle('---\ntitle: 日期\ndate: 2026-02-30\n---\n正文\n', 'content/d.md', 'd')).toThrow(/date.*不是真实存在的日期/);
    expect(() => parseArticle('---\ntitle: 日期\ndate: 2028-02-29\n---\n正文\n', 'content/d.md', 'd')).not.toThrow();
  });

  it('reads a number among the tags as its text (a hotline, a year), and still names a nested list as wrong', async () => {
    const { parseArticle } = await import('../../generator/load/load-article.ts');
    expect(parseArticle('---\ntitle: 热线\ntags: [抑郁症, 12356]\n---\n正文\n', 'content/t.md', 't').frontMatter.tags).toEqual(['抑郁症', '12356']);
    expect(() => parseArticle('---\ntitle: 热线\ntags: [抑郁症, [a, b]]\n---\n正文\n', 'content/t.md', 't')).toThrow(/tags\.1/);
  });

  it('names GBK as the encoding of a Chinese file saved that way, and the fix', async () => {
    const { loadArticleFile } = await import('../../generator/load/load-article.ts');
    const { tempDir } = await import('../helpers.ts');
    const t = await tempDir();
    try {
      const file = `${t.dir}/gbk.md`;
      // "---\ntitle: 高血压\n---\n高血压需要长期管理。\n" in GBK
      await (await import('node:fs/promises')).writeFile(file, Buffer.from('2d2d2d0a7469746c653a20b8dfd1aad1b90a2d2d2d0ab8dfd1aad1b9d0e8d2aab3a4c6dab9dcc0eda1a30a', 'hex'));
      await expect(loadArticleFile(file, 'content/gbk.md')).rejects.toThrow(/GBK\/GB18030.*UTF-8/);
    } finally {
      await t.cleanup();
    }
  });
});

describe('front matter errors', () => {
  it('lists every problem at once, each with its line, and shows how author is written', async () => {
    const { parseArticle } = await import('../../generator/load/load-article.ts');
    let message = '';
    try { parseArticle('---\ntitle: 多个错误\ndate: 2026-02-30\nauthor: 张三\ntags: 高血压\n---\n正文\n', 'content/x.md', 'x'); } catch (e) { message = (e as Error).message; }
    expect(message).toMatch(/字段 “date”/);
    expect(message).toMatch(/第 4 行 字段 “author”.*author: \{ name: 张三, title: 主任医师, department: 心内科 \}/);
    expect(message).toMatch(/第 5 行 字段 “tags”/);
  });
});
