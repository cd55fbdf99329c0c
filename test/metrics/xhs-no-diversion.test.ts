/**
 * No link, QR code or pointer to one on Xiaohongshu, even when the article itself has them: a
 * bare URL, “扫描下方二维码”, “点击阅读原文进入小程序” are taken out of the caption, the text and the
 * slides (and said in a warning); the same article on 微博 keeps its words.
 */
import { describe, expect, it } from 'vitest';
import { renderVariants } from '../../generator/build.ts';
import { stripDiversion } from '../../generator/platforms/diversion.ts';
import { loadTheme } from '../../generator/theme.ts';
import { modelOf } from '../helpers.ts';

const ARTICLE = `---
title: 流感疫苗怎么打
slug: flu-x
platforms: [xiaohongshu, weibo]
alternatives:
  xiaohongshu:
    - 流感疫苗今年打了吗
---

每年秋季是接种流感疫苗的好时机，详见[国家疾控中心指南](https://www.chinacdc.cn/flu)。也可访问 https://www.example.org/flu 了解更多。

## 谁该打
- 60 岁以上老人，社区医院即可接种
- 6 月龄以上儿童，名单见 www.example.cn/kids

## 划重点
- 每年打一次
- 预约请扫描下方二维码，或点击阅读原文进入小程序预约
- 关注我们的公众号获取接种提醒

## 参考资料
1. 中国流感疫苗预防接种技术指南 https://www.chinacdc.cn/guide
`;

const DIVERTING = /https?:\/\/|www\.|\.(?:com|cn|org)\b|二维码|扫码|扫描|小程序|链接|阅读原文|公众号/;

describe('小红书: no link or QR pointer anywhere', () => {
  it('takes diverting sentences out of the caption, text and slides of every arm, and says so', async () => {
    const rendered = renderVariants(modelOf(ARTICLE), await loadTheme(), () => undefined).map((r) => r.variant);
    const xhs = rendered.filter((v) => v.platform === 'xiaohongshu');
    expect(xhs.map((v) => v.id)).toEqual(['flu-x.xiaohongshu.carousel', 'flu-x.xiaohongshu.carousel.title-b']);
    for (const v of xhs) {
      const texts = [v.title, v.text, v.caption!, ...v.slides!.flatMap((s) => [s.heading ?? '', s.text])];
      for (const t of texts) expect(t, v.id).not.toMatch(DIVERTING);
      expect(v.caption).toContain('每年秋季是接种流感疫苗的好时机');
      expect(v.caption).toContain('每年打一次');
      expect(v.slides!.map((s) => s.index)).toEqual(v.slides!.map((_, i) => i + 1));
      expect(v.slides!.at(-1)!.role).toBe('closing');
      const warning = v.warnings!.find((w) => w.code === 'removed.diversion')!;
      expect(warning.message).toMatch(/^小红书禁止链接、二维码、小程序码和导流/);
      expect(warning.message).toContain('“也可访问 https://www.example.org/flu 了解更多。”');
      expect(warning.message).toContain('“预约请扫描下方二维码，或点击阅读原文进入小程序预约”');
      expect(v.limits!.find((l) => l.field === 'caption')!.length).toBe([...v.caption!].length);
      expect(v.links ?? []).toEqual([]);
    }
    // 微博 allows links and codes: its text is left as written.
    const weibo = rendered.find((v) => v.id === 'flu-x.weibo.carousel')!;
    expect(weibo.caption).toContain('https://www.example.org/flu');
    expect(weibo.warnings?.some((w) => w.code === 'removed.diversion')).toBeFalsy();
  });

  it('a title that diverts is said, not cut', async () => {
    const rendered = renderVariants(modelOf(ARTICLE.replace('title: 流感疫苗怎么打', 'title: 扫码预约流感疫苗')), await loadTheme(), () => undefined).map((r) => r.variant);
    const v = rendered.find((x) => x.id === 'flu-x.xiaohongshu.carousel')!;
    expect(v.title).toBe('扫码预约流感疫苗');
    expect(v.warnings!.find((w) => w.code === 'title.diversion')!.message).toContain('标题“扫码预约流感疫苗”含网址或导流的说法，请改写');
  });

  it('keeps list lines that lose nothing, drops a line left with only its marker', () => {
    expect(stripDiversion('① 每年打一次\n② 扫码预约。\n③ 多喝水。详见 https://a.cn/x')).toEqual({
      text: '① 每年打一次\n③ 多喝水。',
      removed: ['扫码预约。', '详见 https://a.cn/x'],
    });
    expect(stripDiversion('体温 38.5℃ 以上可用退热药。').removed).toEqual([]);
  });
});
