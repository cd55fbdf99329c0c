/**
 * The A/B split figures say what backs them: 头条's sourced count is two titles (双标题, the
 * official case collection); the third arm Kepu allows is marked unverified in the registry and
 * said on the preview beside the test.
 */
import { h } from 'preact';
import { render } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import type { ManifestArticle, PlatformId, Variant } from '../../generator/manifest.ts';
import { AB_SPLIT } from '../../generator/platforms/registry.ts';
import { Experiments } from '../../generator/site/components/attribution.tsx';

function article(platform: PlatformId, arms: number): ManifestArticle {
  const base = `fever.${platform}.article`;
  const ids = [base, ...['b', 'c'].slice(0, arms - 1).map((a) => `${base}.title-${a}`)];
  const variants: Variant[] = ids.map((id, i) => ({
    id, platform, kind: 'article', title: `标题 ${i + 1}`, text: '',
    experiment: { id: base, arm: 'abc'[i]!, arms: ids, changes: i ? ['title'] : [], split: 'random', note: `随机分流：${AB_SPLIT[platform]!.how}` },
  }));
  return { slug: 'fever', title: '发烧', source: 'content/fever.md', status: 'approved', findings: [], variants };
}

describe('A/B split figures and their sources', () => {
  it('every split count beyond what a source states is marked unconfirmed, with a caveat to show', () => {
    for (const [platform, rule] of Object.entries(AB_SPLIT)) {
      expect(rule.sourcedArms, platform).toBeLessThanOrEqual(rule.maxArms);
      if (rule.maxArms > rule.sourcedArms) {
        expect(rule.confirmed, platform).toBe(false);
        expect(rule.caveat, platform).toMatch(/未核实|没有找到官方说明/);
      }
    }
    const toutiao = AB_SPLIT.toutiao!;
    expect(toutiao.sourcedArms).toBe(2);
    expect(toutiao.source).toContain('同一篇文章起 2 个标题');
    expect(toutiao.how).not.toMatch(/多标题|A、B（、C）/);
    // One post carries every title: its export row belongs to no arm (join.ts).
    expect(toutiao.onePost).toBe(true);
    expect(AB_SPLIT.wechat!.onePost).toBe(false);
  });

  it('the preview says the 头条 count is unverified, and warns when a test uses the unverified third title', () => {
    const three = render(h(Experiments, { article: article('toutiao', 3) }));
    expect(three).toContain('<p class="unverified warn"><strong>未核实：</strong>');
    expect(three).toContain('删去版本 C');
    const two = render(h(Experiments, { article: article('toutiao', 2) }));
    expect(two).toContain('<p class="unverified"><strong>未核实：</strong>');
    const wechat = render(h(Experiments, { article: article('wechat', 3) }));
    expect(wechat).not.toContain('未核实');
  });
});
