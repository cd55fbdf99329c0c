/**
 * A/B alternatives and channel codes (#15): the front-matter field and its errors, each arm as
 * its own variant after rendering, the platform's split (or 非随机对比) in the manifest and the
 * preview, and a compact code per variant with carriers only where the platform allows them.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, compileArticle, renderVariants } from '../../generator/build.ts';
import { parseArticle } from '../../generator/load/load-article.ts';
import { SourceError } from '../../generator/load/errors.ts';
import type { ManifestArticle, Variant } from '../../generator/manifest.ts';
import { parseVariantId } from '../../generator/metrics/catalog.ts';
import { AB_SPLIT, ATTRIBUTION, PLATFORM_IDS, QR_CODES } from '../../generator/platforms/registry.ts';
import { channelCode, channelOf, CHANNEL_CODE_MAX } from '../../generator/render/channel.ts';
import { loadTheme, type Theme } from '../../generator/theme.ts';
import { mediaHashes } from '../../generator/compliance/media-hash.ts';
import { contentDir, modelOf, readSite, ROOT } from '../helpers.ts';

const ARTICLE = `---
title: 孩子发烧怎么办
slug: fever-ab
platforms: [toutiao, wechat, xiaohongshu, douyin]
durations: [60]
alternatives:
  toutiao:
    - 孩子发烧到几度该去医院
    - 发烧别急着吃药
  wechat:
    - { title: 发烧别慌：家长先做这三件事 }
  douyin:
    - 发烧到几度要去医院
  xiaohongshu:
    - 宝宝发烧别慌
---

## 怎么处理
**体温超过 38.5℃ 可以用退热药。** 多喝水，注意休息。

## 就医提示
出现抽搐、精神差要及时就医。
`;

function loadError(markdown: string): SourceError {
  try {
    parseArticle(markdown, 'content/x.md', 'x');
  } catch (err) {
    if (err instanceof SourceError) return err;
    throw err;
  }
  throw new Error('expected a SourceError');
}

describe('front matter alternatives', () => {
  it('accepts a bare title or { title, cover } per platform', () => {
    const a = parseArticle(ARTICLE, 'content/x.md', 'x');
    expect(a.frontMatter.alternatives?.toutiao).toEqual([{ title: '孩子发烧到几度该去医院' }, { title: '发烧别急着吃药' }]);
    expect(a.frontMatter.alternatives?.wechat).toEqual([{ title: '发烧别慌：家长先做这三件事' }]);
  });

  it('reports a title outside the platform range at its line and column, in Chinese', () => {
    const err = loadError('---\ntitle: 发烧\nalternatives:\n  toutiao:\n    - 好\n---\n正文\n');
    expect(err.location).toBe('content/x.md:5:7');
    expect(err.message).toContain('今日头条标题应为 2–30 字');
    expect(err.frame).toContain('> 5 |     - 好');
  });

  it('refuses more arms than the platform splits, a duplicate, a cover the platform draws itself and an unknown platform', () => {
    const many = loadError('---\ntitle: 发烧\nalternatives:\n  toutiao: [标题一二, 标题三四, 标题五六]\n---\n');
    expect(many.message).toContain(`随机分流最多 ${AB_SPLIT.toutiao!.maxArms} 个版本`);
    const dup = loadError('---\ntitle: 发烧\nalternatives:\n  douyin:\n    - 同一个标题\n    - 同一个标题\n---\n');
    expect(dup.location).toBe('content/x.md:6:7');
    expect(dup.message).toContain('重复');
    const cover = loadError('---\ntitle: 发烧\nalternatives:\n  douyin:\n    - { cover: images/b.jpg }\n---\n');
    expect(cover.message).toContain('封面由 Kepu 绘制');
    expect(cover.line).toBe(5);
    const unknown = loadError('---\ntitle: 发烧\nalternatives:\n  tiktok: [标题]\n---\n');
    expect(unknown.message).toContain('未知平台');
    expect(unknown.line).toBe(4);
    const empty = loadError('---\ntitle: 发烧\nalternatives:\n  douyin:\n    - { }\n---\n');
    expect(empty.message).toContain('至少写 title 或 cover');
  });
});

describe('arms as variants', () => {
  let theme: Theme;
  let variants: Variant[];
  const byId = (id: string) => variants.find((v) => v.id === id)!;
  beforeAll(async () => {
    theme = await loadTheme();
    variants = renderVariants(modelOf(ARTICLE), theme, () => undefined).map((r) => r.variant);
  });

  it('gives each alternative its own stable id right after its base variant', () => {
    const ids = variants.map((v) => v.id);
    expect(ids).toEqual([
      'fever-ab.toutiao.article', 'fever-ab.toutiao.article.title-b', 'fever-ab.toutiao.article.title-c',
      'fever-ab.wechat.article', 'fever-ab.wechat.article.title-b',
      'fever-ab.xiaohongshu.carousel', 'fever-ab.xiaohongshu.carousel.title-b',
      'fever-ab.douyin.video-script.60s', 'fever-ab.douyin.video-script.60s.title-b',
      // A live run-of-show is not something readers pick by title: no arms.
      'fever-ab.douyin.live-outline',
    ]);
    expect(byId('fever-ab.douyin.live-outline').experiment).toBeUndefined();
  });

  it('keeps the body and changes only the title, the caption line that is the title, and the title limit', () => {
    const a = byId('fever-ab.toutiao.article');
    const b = byId('fever-ab.toutiao.article.title-b');
    expect(b.title).toBe('孩子发烧到几度该去医院');
    expect(b.html).toBe(a.html);
    expect(b.files).toEqual(a.files);
    expect(b.limits?.find((l) => l.field === 'title')?.length).toBe(11);
    const va = byId('fever-ab.douyin.video-script.60s');
    const vb = byId('fever-ab.douyin.video-script.60s.title-b');
    expect(vb.shots).toEqual(va.shots);
    expect(vb.caption?.split('\n')[0]).toBe('发烧到几度要去医院');
    expect(vb.caption?.split('\n').slice(1)).toEqual(va.caption?.split('\n').slice(1));
  });

  it('marks every arm with its experiment, and says how the platform splits or that it cannot', () => {
    const toutiao = ['fever-ab.toutiao.article', 'fever-ab.toutiao.article.title-b', 'fever-ab.toutiao.article.title-c'].map(byId);
    expect(toutiao.map((v) => v.experiment?.arm)).toEqual(['a', 'b', 'c']);
    for (const v of toutiao) {
      expect(v.experiment).toMatchObject({ id: 'fever-ab.toutiao.article', arms: toutiao.map((t) => t.id), split: 'random' });
      expect(v.experiment!.note).toContain('双标题');
    }
    expect(toutiao[1]!.experiment!.changes).toEqual(['title']);
    expect(toutiao[0]!.experiment!.changes).toEqual([]);
    expect(byId('fever-ab.wechat.article.title-b').experiment).toMatchObject({ split: 'random' });
    expect(byId('fever-ab.wechat.article.title-b').experiment!.note).toContain('标签');
    for (const id of ['fever-ab.xiaohongshu.carousel.title-b', 'fever-ab.douyin.video-script.60s.title-b']) {
      expect(byId(id).experiment).toMatchObject({ split: 'none' });
      expect(byId(id).experiment!.note).toMatch(/^非随机对比/);
    }
  });

  it('parses arm ids back for the dashboard', () => {
    expect(parseVariantId('fever-ab.douyin.video-script.60s.title-b', 'fever-ab')).toEqual({
      platform: 'douyin', kind: 'video-script', seconds: 60, experiment: { id: 'fever-ab.douyin.video-script.60s', arm: 'b' },
    });
    expect(parseVariantId('fever-ab.wechat.article.cover-c', 'fever-ab')).toMatchObject({ experiment: { id: 'fever-ab.wechat.article', arm: 'c' } });
    expect(parseVariantId('fever-ab.wechat.article', 'fever-ab').experiment).toBeUndefined();
  });

  it('gives every variant a compact code that is stable, distinct and fits a mini-program scene', () => {
    const codes = variants.map((v) => v.channel!.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const v of variants) {
      expect(v.channel!.code).toMatch(/^[a-z0-9-]+$/);
      expect(v.channel!.code.length).toBeLessThanOrEqual(CHANNEL_CODE_MAX);
      expect(v.channel!.code).toBe(channelCode(v.id, v.platform));
      expect(v.channel!.code.startsWith(`${ATTRIBUTION[v.platform].prefix}-`)).toBe(true);
    }
    // A known value, so a change to the hash (which would orphan every printed code) fails here.
    expect(channelCode('fever-ab.wechat.article', 'wechat')).toBe('wx-xpdqwop6e2');
    expect(channelCode('fever-ab.wechat.article', 'wechat')).not.toBe(channelCode('fever-ab.wechat.article.title-b', 'wechat'));
  });

  it('offers carriers only where the platform allows them: none on Xiaohongshu, a mini-program link on WeChat', () => {
    const booking = { miniProgram: { appId: 'wx0123456789abcdef', path: 'pages/booking/index' }, url: 'https://example.org/book?from=kepu' };
    const xhs = channelOf('a.xiaohongshu.carousel', 'xiaohongshu', booking);
    expect(QR_CODES.xiaohongshu.allowed).toBe(false);
    expect(xhs.miniProgramPath).toBeUndefined();
    expect(xhs.bookingUrl).toBeUndefined();
    expect(xhs.note).toContain('不放二维码');
    const wx = channelOf('a.wechat.article', 'wechat', booking);
    expect(wx.miniProgramPath).toBe(`pages/booking/index?ch=${wx.code}`);
    expect(wx.bookingUrl).toBe(`https://example.org/book?from=kepu&ch=${wx.code}`);
    // Douyin: no link in the description, but a QR code on the live card may carry the booking URL.
    const dy = channelOf('a.douyin.video-script.60s', 'douyin', booking);
    expect(dy.miniProgramPath).toBeUndefined();
    expect(dy.bookingUrl).toContain(`ch=${dy.code}`);
    for (const p of PLATFORM_IDS) expect(channelOf(`a.${p}.x`, p, undefined).bookingUrl).toBeUndefined();
  });
});

describe('arms in a build', () => {
  let site: Awaited<ReturnType<typeof contentDir>>;
  let article: ManifestArticle;
  beforeAll(async () => {
    site = await contentDir({ 'fever.md': ARTICLE });
    await build({ contentDir: site.content, outDir: site.out, images: false, cache: false, workers: 1 });
    article = (await readSite(site.out)).articles[0]!;
  });
  afterAll(() => site.cleanup());

  it('lists the arms in the index and the detail, each with its experiment and channel code', async () => {
    const index = JSON.parse(await readFile(join(site.out, 'manifest.json'), 'utf8'));
    expect(index.articles[0].variants.article).toContain('toutiao.article.title-b');
    const b = article.variants.find((v) => v.id === 'fever-ab.toutiao.article.title-b')!;
    expect(b.experiment?.split).toBe('random');
    expect(b.channel?.code).toMatch(/^tt-[a-z2-7]{10}$/);
  });

  it('shows each experiment on the article page with the split instruction or 非随机对比, and each code', async () => {
    const html = await readFile(join(site.out, 'fever-ab/index.html'), 'utf8');
    expect(html).toContain('A/B 测试（4）');
    expect(html).toContain('随机分流：在头条号发文页');
    expect(html).toContain('非随机对比：小红书');
    expect(html).toContain('今日头条 · 图文 · 标题 B');
    for (const v of article.variants) expect(html).toContain(v.channel!.code);
  });
});

describe('alternatives are checked like the title', () => {
  it('reports a claim in an alternative title at its front-matter line', async () => {
    const site = await contentDir({ 'bad.md': '---\ntitle: 孩子发烧怎么办\nplatforms: [toutiao]\nalternatives:\n  toutiao: [这个退烧方法保证治愈]\n---\n\n## 怎么处理\n**体温超过 38.5℃ 可以用退热药。**\n' });
    try {
      const compiled = await compileArticle(join(site.content, 'bad.md'), await loadTheme(), { images: false });
      const hit = compiled.entry.findings.find((f) => f.rule.startsWith('guarantee.'));
      expect(hit, JSON.stringify(compiled.entry.findings.map((f) => f.rule))).toBeDefined();
      expect(hit!.line).toBe(5);
      expect(hit!.severity).toBe('error');
    } finally {
      await site.cleanup();
    }
  });
});

describe('per-platform titles are checked like the title', () => {
  it('reports a claim in titles.<platform> at its front-matter line', async () => {
    const site = await contentDir({ 'bad.md': '---\ntitle: 孩子发烧怎么办\nplatforms: [xiaohongshu]\ntitles:\n  xiaohongshu: 这个退烧方法保证治愈\n---\n\n## 怎么处理\n**体温超过 38.5℃ 可以用退热药。**\n' });
    try {
      const compiled = await compileArticle(join(site.content, 'bad.md'), await loadTheme(), { images: false });
      const hit = compiled.entry.findings.find((f) => f.rule.startsWith('guarantee.'));
      expect(hit, JSON.stringify(compiled.entry.findings.map((f) => f.rule))).toBeDefined();
      expect(hit!.line).toBe(5);
    } finally {
      await site.cleanup();
    }
  });
});

describe('alternative covers', () => {
  it('crops an arm\'s own cover for a long article while arm a keeps the article cover', async () => {
    const md = `---
title: 流感疫苗怎么打
slug: flu-cover
platforms: [wechat]
cover: images/flu-cover.jpg
alternatives:
  wechat:
    - { cover: images/flu-b.jpg }
---

## 接种
**每年秋季接种一次。**
`;
    const any = await readFile(join(ROOT, 'content/images/child-fever-cover.jpg'));
    const site = await contentDir({ 'flu.md': md, 'images/flu-cover.jpg': any, 'images/flu-b.jpg': any });
    try {
      const compiled = await compileArticle(join(site.content, 'flu.md'), await loadTheme(), { images: true });
      const [a, b] = compiled.entry.variants;
      expect(b!.id).toBe('flu-cover.wechat.article.cover-b');
      expect(b!.experiment?.changes).toEqual(['cover']);
      expect(b!.title).toBe(a!.title);
      expect(a!.cover).toBe('flu-cover/images/wechat/flu-cover.jpg');
      expect(b!.cover).toBe('flu-cover/images/wechat/flu-b.jpg');
      expect(compiled.files.some((f) => f.path === b!.cover)).toBe(true);
      // Sign-offs bind the alternative cover too, the same way in a build and in `kepu review sign`.
      expect(Object.keys(compiled.model.media ?? {}).sort()).toEqual(['images/flu-b.jpg', 'images/flu-cover.jpg']);
      expect(await mediaHashes(compiled.model, join(site.content, 'flu.md'))).toEqual(compiled.model.media);
    } finally {
      await site.cleanup();
    }
  });

  it('stops at a missing alternative cover with its line', async () => {
    const site = await contentDir({ 'x.md': '---\ntitle: 流感疫苗怎么打\nplatforms: [wechat]\nalternatives:\n  wechat:\n    - { cover: images/none.jpg }\n---\n正文\n' });
    try {
      const err = await compileArticle(join(site.content, 'x.md'), await loadTheme(), { images: true }).then(() => undefined, (e: unknown) => e);
      expect(err).toBeInstanceOf(SourceError);
      expect((err as SourceError).message).toContain('找不到图片 “images/none.jpg”');
      expect((err as SourceError).line).toBe(6);
    } finally {
      await site.cleanup();
    }
  });
});
