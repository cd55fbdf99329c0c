import { describe, expect, it } from 'vitest';
import { canonicalUrl, tagUrl } from '../../generator/render/tag-url.ts';
import { renderVariants } from '../../generator/build.ts';
import { renderMedia } from '../../generator/images/media.ts';
import { loadTheme } from '../../generator/theme.ts';
import { modelOf } from '../helpers.ts';

const ARTICLE = `---
title: 高血压患者如何自测血压
slug: bp-home
campaign: bp-2026
platforms: [zhihu, xiaohongshu, weibo, douyin]
---

## 测量方法
静坐 5 分钟后再测。详见[指南](https://example.org/guide?lang=zh#top)。

## 划重点
- 每天固定时间测量
`;

describe('channel attribution', () => {
  it('tagUrl adds the four utm parameters and keeps existing query and fragment', () => {
    const tagged = new URL(tagUrl('https://example.org/a?x=1#s', { source: 'weibo', medium: 'carousel', campaign: 'c1', content: 'a.weibo.carousel' }));
    expect(Object.fromEntries(tagged.searchParams)).toEqual({ x: '1', utm_source: 'weibo', utm_medium: 'carousel', utm_campaign: 'c1', utm_content: 'a.weibo.carousel' });
    expect(tagged.hash).toBe('#s');
    expect(tagUrl('#anchor', { source: 'weibo', medium: 'carousel', campaign: 'c', content: 'x' })).toBe('#anchor');
  });

  it('article links and hrefs are tagged; a carousel lists its closing code\'s booking link (booking configured), the live outline the tagged canonical URL', async () => {
    const theme = await loadTheme();
    const model = modelOf(ARTICLE);
    const rendered = renderVariants(model, theme, () => undefined);
    await renderMedia(model, rendered, theme, { images: false });
    const zhihu = rendered.find((r) => r.variant.id === 'bp-home.zhihu.article')!.variant;
    const tagged = 'https://example.org/guide?lang=zh&utm_source=zhihu&utm_medium=article&utm_campaign=bp-2026&utm_content=bp-home.zhihu.article#top';
    expect(zhihu.links).toEqual([{ url: 'https://example.org/guide?lang=zh#top', tagged }]);
    expect(zhihu.html).toContain(`href="${tagged.replace(/&/g, '&#x26;')}"`);

    expect(canonicalUrl(model, theme)).toBe(`${theme.site!.baseUrl}/bp-home`);
    // Xiaohongshu bans QR codes and links in notes: its carousel lists none.
    expect(rendered.find((r) => r.variant.id === 'bp-home.xiaohongshu.carousel')!.variant.links ?? []).toEqual([]);
    const carousel = rendered.find((r) => r.variant.id === 'bp-home.weibo.carousel')!;
    expect(carousel.variant.links).toEqual([{ url: theme.booking!.url, tagged: `${theme.booking!.url}?ch=${carousel.variant.channel!.code}` }]);
    // No variant JSON file duplicates the manifest: the carousel's only files are its pictures.
    expect(carousel.files.filter((f) => f.path.endsWith('.json'))).toEqual([]);
    const live = rendered.find((r) => r.variant.kind === 'live-outline')!.variant;
    expect(live.links![0]!.tagged).toContain('utm_medium=live-outline');
    // --no-images: links only, no pictures.
    expect(carousel.variant.slides!.every((s) => s.image === undefined)).toBe(true);
  });

  it('front matter url overrides the default canonical URL; campaign defaults to the slug', async () => {
    // Without a booking link the carousel's closing code goes to the article page.
    const { booking: _booking, ...theme } = await loadTheme();
    const model = modelOf(ARTICLE.replace('campaign: bp-2026\n', 'url: https://kp.example.cn/p/42\n'));
    expect(canonicalUrl(model, theme)).toBe('https://kp.example.cn/p/42');
    const rendered = renderVariants(model, theme, () => undefined);
    await renderMedia(model, rendered, theme, { images: false });
    const carousel = rendered.find((r) => r.variant.id === 'bp-home.weibo.carousel')!.variant;
    expect(carousel.links![0]!.tagged).toBe('https://kp.example.cn/p/42?utm_source=weibo&utm_medium=carousel&utm_campaign=bp-home&utm_content=bp-home.weibo.carousel');
  });
});
