import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, modelOf } from '../helpers.ts';
import { PLATFORMS, measure, SPEECH_RATE } from '../../generator/platforms/registry.ts';
import { RENDERERS } from '../../generator/render/index.ts';
import { loadTheme, type Theme } from '../../generator/theme.ts';
import type { RenderContext } from '../../generator/render/types.ts';
import { speechSeconds } from '../../generator/render/video-script.ts';
import { apportion } from '../../generator/render/live-outline.ts';
import { toSrt } from '../../generator/render/srt.ts';

const flu = readFileSync(join(FIXTURES, 'basic/flu.md'), 'utf8');
let ctx: RenderContext;
beforeAll(async () => {
  const theme: Theme = await loadTheme();
  ctx = { theme, assetPath: (src) => `flu-basics/assets/${src.split('/').pop()}` };
});

/** An article far over every platform's body and caption limits. */
function longArticle(sections = 40): string {
  const body = Array.from({ length: sections }, (_, i) =>
    `## 第${i + 1}部分的小标题\n${'规律作息和均衡饮食有助于控制血糖，请遵医嘱定期复查。'.repeat(30)}\n`).join('\n');
  const points = Array.from({ length: 25 }, (_, i) => `- 第${i + 1}条要点：坚持运动，每周至少 150 分钟中等强度活动，循序渐进`).join('\n');
  return `---\ntitle: 一篇特别长的糖尿病科普文章，标题也远远超过了小红书二十个字的限制\ntags: [a1, b2, c3, d4, e5, f6, g7, h8, i9, j10, k11, l12]\n---\n\n导语。\n\n${body}\n## 划重点\n${points}\n\n## 就医提示\n血糖持续高于目标请就医。\n`;
}

describe('article renderer', () => {
  it('WeChat HTML has inline styles only: no <style>, <script>, class, and no outside links', () => {
    const [r] = RENDERERS.article.render(modelOf(flu), PLATFORMS.wechat, ctx);
    const html = r!.variant.html!;
    expect(html).not.toMatch(/<style|<script|class=|onerror|<a\s/i);
    expect(html).toMatch(/<h2 style="[^"]+"/);
    expect(html).not.toMatch(/#000\b|color:\s*black/);
    // The WHO link became a numbered footnote with its URL written out at the end.
    expect(html).toMatch(/世界卫生组织流感说明<sup style="[^"]*">\[1\]<\/sup>/);
    expect(html).toMatch(/文中链接[\s\S]*\[1\] 世界卫生组织流感说明：https:\/\/www\.who\.int\//);
    // Pictures are addressed from the article's own folder, where the variant file lives.
    expect(html).toContain('src="assets/flu.png"');
  });

  it('WeChat flattens lists deeper than two levels', () => {
    const [r] = RENDERERS.article.render(modelOf(flu), PLATFORMS.wechat, ctx);
    const html = r!.variant.html!;
    const depth = Math.max(...html.split(/(?=<\/?ul)/).reduce<number[]>((acc, part) => {
      const d = (acc.at(-1) ?? 0) + (part.startsWith('<ul') ? 1 : part.startsWith('</ul') ? -1 : 0);
      return [...acc, d];
    }, []));
    expect(depth).toBe(2);
    expect(html).toContain('第三层：四肢尤其明显');
  });

  it('Zhihu keeps outside links and carries no inline theme', () => {
    const [r] = RENDERERS.article.render(modelOf(flu), PLATFORMS.zhihu, ctx);
    expect(r!.variant.html).toMatch(/<a href="https:\/\/www\.who\.int[^"]*">世界卫生组织流感说明<\/a>/);
    expect(r!.variant.html).not.toMatch(/style=|class=/);
  });

  it('Toutiao (links stripped by the platform) gets footnotes too', () => {
    const [r] = RENDERERS.article.render(modelOf(flu), PLATFORMS.toutiao, ctx);
    expect(r!.variant.html).not.toMatch(/<a\s/);
    expect(r!.variant.html).toContain('[1] 世界卫生组织流感说明');
  });

  it('a long article is condensed to the limit with a warning naming what was cut', () => {
    const model = modelOf(longArticle());
    const rule = { ...PLATFORMS.wechat, body: { ...PLATFORMS.wechat.body!, max: 3000 } };
    const [r] = RENDERERS.article.render(model, rule, ctx);
    expect(measure(r!.variant.text, 'chars')).toBeLessThanOrEqual(3000);
    const cut = r!.variant.warnings!.find((w) => w.code === 'cut.sections');
    expect(cut?.message).toMatch(/删去了小节：.*第40部分的小标题/);
    expect(r!.variant.text).toContain('划重点');
    const limit = r!.variant.limits!.find((l) => l.field === 'body')!;
    expect(limit.length).toBeLessThanOrEqual(limit.max);
  });

  it('a title over the limit is replaced by a fitting one, with a warning', () => {
    const [r] = RENDERERS.carousel.render(modelOf(longArticle()), PLATFORMS.xiaohongshu, ctx);
    expect([...r!.variant.title].length).toBeLessThanOrEqual(PLATFORMS.xiaohongshu.title.max);
    expect(r!.variant.warnings!.some((w) => w.code === 'cut.title' || w.code === 'title.needs-override')).toBe(true);
  });
});

describe('video-script renderer', () => {
  for (const platform of ['douyin', 'kuaishou', 'channels', 'bilibili'] as const) {
    it(`${platform}: one script per target; shots are contiguous, fit the target, hook within 3 s`, () => {
      const results = RENDERERS['video-script'].render(modelOf(flu), PLATFORMS[platform], ctx);
      expect(results.map((r) => r.variant.targetSeconds)).toEqual([15, 60, 180]);
      for (const { variant } of results) {
        const shots = variant.shots!;
        expect(shots[0]!.role).toBe('hook');
        expect(shots[0]!.startSeconds).toBe(0);
        expect(shots[0]!.endSeconds).toBeLessThanOrEqual(PLATFORMS[platform].video!.script.hookSeconds);
        expect(shots.at(-1)!.role).toBe('cta');
        shots.forEach((s, i) => {
          expect(s.index).toBe(i + 1);
          expect(s.endSeconds).toBeGreaterThan(s.startSeconds);
          if (i > 0) expect(s.startSeconds).toBeGreaterThanOrEqual(shots[i - 1]!.endSeconds);
          // Each shot lasts as long as its voice-over takes at the stated speech rate.
          expect(s.endSeconds - s.startSeconds).toBeCloseTo(Math.max(1, speechSeconds(s.voiceOver, PLATFORMS[platform].video!.script.charsPerSecond)), 1);
          expect(s.caption.length).toBeGreaterThan(0);
          expect(s.visual.length).toBeGreaterThan(0);
        });
        expect(variant.durationSeconds).toBe(shots.at(-1)!.endSeconds);
        expect(variant.durationSeconds!).toBeLessThanOrEqual(variant.targetSeconds!);
        expect(measure(variant.title, 'chars')).toBeLessThanOrEqual(PLATFORMS[platform].title.max);
        expect(variant.hashtags!.length).toBeLessThanOrEqual(PLATFORMS[platform].hashtags!.max);
      }
    });
  }

  it('a 15-second script drops points it cannot fit and says which', () => {
    const [short] = RENDERERS['video-script'].render(modelOf(longArticle()), PLATFORMS.douyin, ctx);
    expect(short!.variant.durationSeconds!).toBeLessThanOrEqual(15);
    expect(short!.variant.warnings!.find((w) => w.code === 'cut.points')?.message).toMatch(/省略了 \d+ 条/);
  });

  it('the speech rate is stated and applied', () => {
    expect(SPEECH_RATE.charsPerSecond).toBe(4);
    expect(speechSeconds('一二三四五六七八')).toBe(2);
    expect(speechSeconds('一二三四，五六七八。')).toBe(2);
  });

  it('makes SRT subtitles whose cues stay inside the shots, and writes no file for them', () => {
    const [r] = RENDERERS['video-script'].render(modelOf(flu), PLATFORMS.douyin, ctx);
    // The preview page makes the subtitles from the shots when they are downloaded (test/site).
    expect(r!.files).toEqual([]);
    expect(r!.variant.files).toBeUndefined();
    const srt = toSrt(r!.variant.shots!);
    const cues = srt.trim().split(/\n\n+/);
    expect(cues.length).toBeGreaterThanOrEqual(r!.variant.shots!.length);
    expect(cues[0]).toMatch(/^1\n00:00:00,000 --> 00:00:0\d,\d{3}\n.+/);
    const last = /--> (\d\d):(\d\d):(\d\d),(\d{3})/.exec(cues.at(-1)!)!;
    const end = +last[2]! * 60 + +last[3]! + +last[4]! / 1000;
    expect(end).toBeLessThanOrEqual(r!.variant.durationSeconds! + 0.001);
  });
});

describe('carousel renderer', () => {
  it('cover, one point per slide, closing; within per-slide and caption limits', () => {
    for (const platform of ['xiaohongshu', 'weibo'] as const) {
      const rule = PLATFORMS[platform];
      const [r] = RENDERERS.carousel.render(modelOf(flu), rule, ctx);
      const slides = r!.variant.slides!;
      expect(slides[0]!.role).toBe('cover');
      expect(slides.at(-1)!.role).toBe('closing');
      expect(slides.filter((s) => s.role === 'point')).toHaveLength(3);
      for (const s of slides.filter((x) => x.role === 'point')) expect([...s.text].length).toBeLessThanOrEqual(rule.carousel!.slideChars);
      expect(measure(r!.variant.caption!, rule.counting)).toBeLessThanOrEqual(rule.body!.max);
      const tag = platform === 'weibo' ? /^#[^#\s]+#$/ : /^#[^#\s]+$/;
      for (const h of r!.variant.hashtags!) expect(h).toMatch(tag);
    }
  });

  it('more points than the platform has images: slides cut with a warning', () => {
    const [r] = RENDERERS.carousel.render(modelOf(longArticle()), PLATFORMS.weibo, ctx);
    expect(r!.variant.slides!.length).toBe(PLATFORMS.weibo.images!.maxCount);
    expect(r!.variant.warnings!.some((w) => w.code === 'cut.slides')).toBe(true);
    expect(r!.variant.warnings!.some((w) => w.code === 'cut.hashtags')).toBe(true);
  });
});

describe('live-outline renderer', () => {
  it('adds up exactly to the target and has every part of a run-of-show', () => {
    for (const minutes of [30, 60, 90]) {
      const md = flu.replace('campaign: flu-2026', `campaign: flu-2026\nliveMinutes: ${minutes}`);
      const [r] = RENDERERS['live-outline'].render(modelOf(md), PLATFORMS.channels, ctx);
      const items = r!.variant.runOfShow!;
      expect(items.reduce((n, i) => n + i.durationMinutes, 0)).toBe(minutes);
      expect(r!.variant.durationSeconds).toBe(minutes * 60);
      items.forEach((it, i) => { if (i > 0) expect(it.startMinutes).toBe(items[i - 1]!.startMinutes + items[i - 1]!.durationMinutes); });
      const kinds = new Set(items.map((i) => i.kind));
      for (const k of ['opening', 'segment', 'interaction', 'qa', 'compliance', 'closing']) expect(kinds).toContain(k);
      expect(items.find((i) => i.kind === 'qa')!.notes.join()).toContain('打了疫苗还会得流感吗');
    }
  });

  it('apportion splits whole minutes exactly, each at least the minimum', () => {
    const parts = apportion(41, [100, 300, 7], 4);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(41);
    expect(Math.min(...parts)).toBeGreaterThanOrEqual(4);
    expect(parts[1]).toBeGreaterThan(parts[0]!);
  });
});

describe('AI label', () => {
  it("every variant carries the article's own AI-assistance sentence", () => {
    const md = flu.replace('campaign: flu-2026', 'campaign: flu-2026\naiAssisted: true')
      .replace('## 参考资料', '本文由 AI 辅助生成初稿，经感染科医生审核。\n\n## 参考资料');
    const model = modelOf(md);
    expect(model.aiLabel?.text).toBe('本文由 AI 辅助生成初稿，经感染科医生审核。');
    for (const kind of ['article', 'video-script', 'carousel', 'live-outline'] as const) {
      const platform = { article: 'wechat', 'video-script': 'douyin', carousel: 'xiaohongshu', 'live-outline': 'channels' }[kind] as keyof typeof PLATFORMS;
      for (const { variant } of RENDERERS[kind].render(model, PLATFORMS[platform], ctx)) {
        expect(`${variant.text}\n${variant.caption ?? ''}`, variant.id).toContain('本文由 AI 辅助生成初稿');
      }
    }
  });
});
