import { describe, expect, it } from 'vitest';
import type { Variant } from '../../generator/manifest.ts';
import { BODY_IMAGES } from '../../generator/platforms/registry.ts';
import { checkBodyImages } from '../../generator/render/body-images.ts';

const article = (platform: Variant['platform'], images: string[]): Variant => ({ id: `a.${platform}.article`, platform, kind: 'article', title: 't', text: 'x', images });

describe('body pictures against the platform registry', () => {
  it('every article platform has a rule with its source', () => {
    for (const id of ['wechat', 'zhihu', 'toutiao'] as const) {
      expect(BODY_IMAGES[id]?.source.length, id).toBeGreaterThan(10);
    }
  });

  it('warns for a picture over the size limit or in a format the editor refuses, and not otherwise', () => {
    const big = new Uint8Array(BODY_IMAGES.zhihu!.maxBytes + 1);
    const v = article('zhihu', ['a/assets/big.png', 'a/assets/ok.jpg', 'a/assets/pic.webp']);
    checkBodyImages(v, [{ path: 'a/assets/big.png', content: big }, { path: 'a/assets/ok.jpg', content: new Uint8Array(1000) }, { path: 'a/assets/pic.webp', content: new Uint8Array(10) }]);
    expect(v.warnings!.map((w) => w.message)).toEqual([
      expect.stringMatching(/^第 1 张图 5\.0 MB，超过知乎正文图片上限 5 MB/),
      expect.stringMatching(/^第 3 张图是 webp 格式，知乎正文只收 jpeg\/png\/gif/),
    ]);
    const fine = article('wechat', ['a/assets/ok.jpg']);
    checkBodyImages(fine, [{ path: 'a/assets/ok.jpg', content: new Uint8Array(1000) }]);
    expect(fine.warnings ?? []).toEqual([]);
  });
});
