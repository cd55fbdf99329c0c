import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, modelOf } from '../helpers.ts';
import { DEFAULT_CTA } from '../../generator/model/build-model.ts';

const flu = readFileSync(join(FIXTURES, 'basic/flu.md'), 'utf8');

describe('article model', () => {
  const model = modelOf(flu, 'test/fixtures/basic/flu.md');

  it('reads the front matter with defaults', () => {
    expect(model.slug).toBe('flu-basics');
    expect(model.title).toBe('流感季来了，这些防护要点请收好');
    expect(model.frontMatter.durations).toEqual([15, 60, 180]);
    expect(model.frontMatter.liveMinutes).toBe(60);
    expect(model.frontMatter.platforms).toBeUndefined();
    expect(model.frontMatter.author?.department).toBe('感染科');
  });

  it('splits sections and gives each a role and its source line', () => {
    expect(model.sections.map((s) => [s.title, s.role])).toEqual([
      ['流感和普通感冒有什么不同', 'body'],
      ['接种疫苗是预防的关键', 'body'],
      ['划重点', 'key-points'],
      ['常见问题', 'faq'],
      ['就医提示', 'cta'],
      ['参考资料', 'references'],
    ]);
    expect(model.sections[0]!.position).toEqual({ line: 21, column: 1 });
    expect(model.sections[0]!.hasTable).toBe(true);
    expect(model.lead[0]!.text).toContain('流感高发期');
  });

  it('extracts key points, FAQ, call to action, quotes, images, links, facts, references', () => {
    expect(model.takeaways.map((k) => k.text)).toEqual([
      '流感不是重感冒，起病急、全身症状重',
      '每年接种流感疫苗，6 月龄以上都可以打',
      '发热期间多休息、多喝水，按医嘱用药',
    ]);
    expect(model.faq).toHaveLength(2);
    expect(model.faq[0]).toMatchObject({ question: '打了疫苗还会得流感吗？', position: { line: 49, column: 1 } });
    expect(model.faq[1]!.answer).toContain('抗生素无效');
    expect(model.callToAction.text).toContain('持续高热超过 3 天');
    expect(model.quotes[0]).toMatchObject({ text: '接种流感疫苗是预防流感最有效的手段。', attribution: '《中国流感疫苗预防接种技术指南》' });
    expect(model.images[0]).toMatchObject({ src: 'images/flu.png', alt: '流感与感冒的区别示意图', position: { line: 34, column: 1 } });
    expect(model.links[0]!.url).toMatch(/^https:\/\/www\.who\.int/);
    expect(model.facts.map((f) => f.figure)).toContain('38.5℃');
    expect(model.references.map((r) => r.title)).toEqual(['流行性感冒诊疗方案（2020年版）']);
  });

  it('records raw HTML and removes it from the tree every renderer reads', () => {
    expect(model.rawHtml).toHaveLength(1);
    expect(model.rawHtml[0]).toMatchObject({ position: { line: 41, column: 1 } });
    expect(JSON.stringify(model.tree)).not.toContain('<script>');
  });

  it('builds an article that has only a title', () => {
    const m = modelOf('---\ntitle: 只有标题\n---\n\n正文一句话。\n');
    expect(m.slug).toBe('test');
    expect(m.summary).toBe('正文一句话。');
    expect(m.callToAction.text).toBe(DEFAULT_CTA);
    expect(m.takeaways).toEqual([]);
  });
});
