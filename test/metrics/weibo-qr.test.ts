/**
 * The closing QR code of a carousel carries the hospital's booking link with the variant's
 * channel code where the platform allows QR codes (微博) and the hospital configured booking, so
 * an appointment joins back to the variant (and to its A/B arm); without booking it goes to the
 * article. Xiaohongshu slides carry no code either way.
 */
import sharp from 'sharp';
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { renderVariants } from '../../generator/build.ts';
import { renderMedia } from '../../generator/images/media.ts';
import { loadTheme, type Theme } from '../../generator/theme.ts';
import { modelOf } from '../helpers.ts';

const ARTICLE = `---
title: 在家怎么测血压
slug: bp-qr
platforms: [weibo, xiaohongshu]
alternatives:
  weibo:
    - 血压在家测，记住这三点
---

## 测量前
静坐 5 分钟，测量前 30 分钟不喝咖啡、不吸烟。

## 测量时
上臂与心脏同高，袖带松紧能塞进一指。每天固定时间测两次，取平均值。

## 划重点
- 每天固定时间测量
- 记录结果，复诊时带给医生
`;

async function decode(png: Buffer | string): Promise<string | undefined> {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data;
}

async function media(theme: Theme) {
  const model = modelOf(ARTICLE);
  const rendered = renderVariants(model, theme, () => undefined);
  const { files } = await renderMedia(model, rendered, theme, { images: true });
  const png = (path: string) => files.find((f) => f.path === path)!.content as Buffer;
  return { variants: rendered.map((r) => r.variant), png };
}

describe('a carousel\'s closing QR code', () => {
  it('goes to the booking link with each arm\'s own channel code on 微博; 小红书 slides carry none', async () => {
    const theme = await loadTheme();
    expect(theme.booking?.url).toBeTruthy();
    const { variants, png } = await media(theme);
    const weibo = variants.filter((v) => v.platform === 'weibo' && v.kind === 'carousel');
    expect(weibo.map((v) => v.id)).toEqual(['bp-qr.weibo.carousel', 'bp-qr.weibo.carousel.title-b']);
    const codes = new Set<string>();
    for (const v of weibo) {
      const data = await decode(png(v.slides!.at(-1)!.image!));
      expect(data, v.id).toBe(`${theme.booking!.url}?ch=${v.channel!.code}`);
      expect(v.links).toEqual([{ url: theme.booking!.url, tagged: data }]);
      codes.add(v.channel!.code);
      // Only the closing slide has a code.
      for (const s of v.slides!.slice(0, -1)) expect(await decode(png(s.image!)), s.image).toBeUndefined();
    }
    expect(codes.size).toBe(2);
    const xhs = variants.find((v) => v.platform === 'xiaohongshu')!;
    for (const s of xhs.slides!) expect(await decode(png(s.image!)), s.image).toBeUndefined();
    expect(xhs.links ?? []).toEqual([]);
    expect(xhs.channel!.bookingUrl).toBeUndefined();
  }, 60_000);

  it('goes to the tagged article page when no booking is configured', async () => {
    const { booking: _b, ...theme } = await loadTheme();
    const { variants, png } = await media(theme);
    const v = variants.find((x) => x.id === 'bp-qr.weibo.carousel')!;
    const data = await decode(png(v.slides!.at(-1)!.image!));
    expect(data).toContain('/bp-qr?utm_source=weibo');
    expect(v.links![0]!.tagged).toBe(data);
  }, 60_000);
});
