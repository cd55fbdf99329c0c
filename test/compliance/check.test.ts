import { describe, expect, it } from 'vitest';
import { checkArticle } from '../../generator/compliance/check.ts';
import type { Variant } from '../../generator/manifest.ts';
import { modelOf } from '../helpers.ts';

const HEAD = `---
title: 高血压的日常管理
date: 2026-01-10
audience: 高血压患者及家属
author:
  name: 林晓
references:
  - 中国高血压防治指南（2018年修订版）
`;

function article(extraFront: string, body: string): string {
  return `${HEAD}${extraFront}---\n\n${body}`;
}

function variant(id: string, text: string, platform: Variant['platform'] = 'douyin', kind: Variant['kind'] = 'video-script'): Variant {
  return { id, platform, kind, title: 't', text };
}

const TODAY = { today: '2026-02-01' };

describe('findings point at the exact place in the source', () => {
  it('gives the line and column of the matched words, also in list items, headings and wrapped paragraphs', () => {
    const md = article('', [
      '## 本院保证根治',
      '',
      '高血压需要长期管理，',
      '一些广告说能根治，但本院技术全国第一。',
      '',
      '- 第一步：测血压',
      '- 患者王建国，男，65岁',
    ].join('\n'));
    const { findings } = checkArticle(modelOf(md), [], TODAY);
    const at = (rule: string) => findings.filter((f) => f.rule === rule).map((f) => `${f.line}:${f.column}:${f.excerpt}`);
    const lines = md.split('\n');
    const headingLine = lines.indexOf('## 本院保证根治') + 1;
    expect(at('guarantee.cure')).toEqual([`${headingLine}:6:保证根治`, `${headingLine + 3}:7:根治`]);
    expect(at('absolute.first')).toEqual([`${headingLine + 3}:15:全国第一`]);
    expect(at('privacy.name')).toEqual([`${headingLine + 6}:5:王建国`]);
  });

  it('points into the front matter for a claim in the title', () => {
    const md = `---\ntitle: 三天治愈失眠\n---\n\n正文。\n`;
    const f = checkArticle(modelOf(md), [], TODAY).findings.find((x) => x.rule === 'guarantee.cure')!;
    expect([f.line, f.column, f.excerpt]).toEqual([2, 8, '三天治愈']);
  });
});

describe('consent for patient stories', () => {
  const consent = (expires: string, platforms = '[wechat, douyin]') =>
    `story: true\nconsent:\n  who: 患者本人\n  date: 2025-06-01\n  scope: [文字, 视频]\n  platforms: ${platforms}\n  expires: ${expires}\n`;

  it('a story without consent is blocked, with the finding at `story:`', () => {
    const md = article('story: true\n', '张某今年50岁，确诊高血压后坚持服药。');
    const r = checkArticle(modelOf(md), [], TODAY);
    const f = r.findings.find((x) => x.rule === 'consent.missing')!;
    expect(f.severity).toBe('error');
    expect(f.line).toBe(md.split('\n').indexOf('story: true') + 1);
    expect(r.review.status).toBe('blocked');
    expect(r.review.statusReasons![0]).toMatch(/^知情同意：/);
  });

  it('expired consent is an error compared with the build date; valid consent is clean', () => {
    const expired = checkArticle(modelOf(article(consent('2026-01-31'), '张某的故事。')), [], TODAY);
    expect(expired.findings.map((f) => f.rule)).toContain('consent.expired');
    const valid = checkArticle(modelOf(article(consent('2027-01-31'), '张某的故事。')), [], TODAY);
    expect(valid.findings.filter((f) => f.category === 'consent')).toEqual([]);
    expect(valid.review.status).toBe('draft');
  });

  it('a platform the patient did not agree to is an error on that variant only', () => {
    const model = modelOf(article(consent('2027-01-31'), '张某的故事。'));
    const variants = [variant('a.douyin.video-script.15s', '张某的故事。'), variant('a.weibo.carousel', '张某的故事。', 'weibo', 'carousel')];
    const r = checkArticle(model, variants, TODAY);
    expect(variants[0]!.findings).toEqual([]);
    expect(variants[1]!.findings!.map((f) => [f.rule, f.severity, f.variantId])).toEqual([['consent.platform', 'error', 'a.weibo.carousel']]);
    expect(r.variantFindings['a.weibo.carousel']).toBe(variants[1]!.findings);
    expect(r.review.status).toBe('blocked');
  });
});

describe('variants', () => {
  it('reports a claim a cut introduced (a dropped qualifier), not the ones the source already has', () => {
    const md = article('', '目前没有任何药物能够根治高血压。\n\n本品保证治愈。\n\n<!-- kepu-waive guarantee: 引用广告原话，用于提醒读者 -->\n');
    const v = variant('x.douyin.video-script.15s', '药物能够根治高血压。\n本品保证治愈。');
    checkArticle(modelOf(md), [v], TODAY);
    expect(v.findings!.map((f) => [f.rule, f.excerpt, f.variantId])).toEqual([['guarantee.cure', '根治', 'x.douyin.video-script.15s']]);
    // Located at the source sentence it was cut from.
    expect(v.findings![0]!.line).toBe(md.split('\n').indexOf('目前没有任何药物能够根治高血压。') + 1);
  });

  it('the renderer’s own compliance reminders are not findings', () => {
    const v = variant('x.douyin.live-outline', '不承诺疗效，不说“根治”“保证治愈”“有效率”等用语\n不引导私下加微信、留电话或线下预约', 'douyin', 'live-outline');
    checkArticle(modelOf(article('', '正文。')), [v], TODAY);
    expect(v.findings).toEqual([]);
  });
});

describe('raw HTML and comments', () => {
  it('never copies a comment’s text into a finding; personal data in it is an error by kind', () => {
    const md = article('', '<!-- 患者张三 13812345678 -->\n\n正文一段。\n\n<script>alert(1)</script>\n');
    const r = checkArticle(modelOf(md), [], TODAY);
    const raw = r.findings.filter((f) => f.rule === 'input.raw-html');
    expect(raw.map((f) => f.message)).toEqual([expect.stringContaining('HTML 注释'), expect.stringContaining('<script>')]);
    const leaked = JSON.stringify(r.findings);
    expect(leaked).not.toContain('13812345678');
    expect(leaked).not.toContain('张三');
    expect(leaked).not.toContain('alert(1)');
    const inComment = r.findings.find((f) => f.rule === 'privacy.in-comment')!;
    expect(inComment).toMatchObject({ severity: 'error', excerpt: '' });
    expect(inComment.message).toContain('手机号码');
  });
});

describe('waivers', () => {
  it('an in-place comment waives the next paragraph, keeps the finding visible, and is not a raw-HTML warning', () => {
    const md = article('', '<!-- kepu-waive guarantee.cure: 引用原话用于辟谣 -->\n他们号称能根治，这不可信吗？其实本院能根治。\n\n另一段也说能根治。\n');
    const r = checkArticle(modelOf(md), [], TODAY);
    const cures = r.findings.filter((f) => f.rule === 'guarantee.cure');
    expect(cures.map((f) => f.waived?.reason ?? null)).toEqual(['引用原话用于辟谣', null]);
    expect(r.findings.filter((f) => f.rule === 'input.raw-html')).toEqual([]);
    expect(r.review.statusReasons).toContain('1 个错误级问题未解决');
  });

  it('a front-matter waiver matches by rule (or category) and excerpt; unknown rules and unused waivers are reported', () => {
    const md = article(
      'review:\n  waivers:\n    - { rule: absolute, excerpt: 全国第一, reason: 引用统计年鉴排名 }\n    - { rule: nonsense.rule, reason: x }\n    - { rule: fear, reason: 没用上 }\n',
      '该病发病人数全国第一。',
    );
    const r = checkArticle(modelOf(md), [], TODAY);
    expect(r.findings.find((f) => f.rule === 'absolute.first')!.waived).toEqual({ reason: '引用统计年鉴排名' });
    expect(r.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['waiver.unknown-rule', 'waiver.unused']));
    expect(r.findings.filter((f) => f.severity === 'error' && !f.waived)).toEqual([]);
  });

  it('consent findings cannot be waived', () => {
    const md = article('story: true\nreview:\n  waivers:\n    - { rule: consent, reason: 口头同意 }\n', '张某的故事。');
    expect(checkArticle(modelOf(md), [], TODAY).review.status).toBe('blocked');
  });
});

describe('required elements, AI label, statistics', () => {
  it('warns for each missing 科普 element', () => {
    const r = checkArticle(modelOf('---\ntitle: 只有标题\n---\n\n正文。\n'), [], TODAY);
    expect(r.findings.filter((f) => f.category === 'required-elements').map((f) => [f.rule, f.severity])).toEqual([
      ['required.audience', 'warning'], ['required.author', 'warning'], ['required.date', 'warning'], ['required.source', 'warning'],
    ]);
    expect(checkArticle(modelOf(article('', '正文。')), [], TODAY).findings.filter((f) => f.category === 'required-elements')).toEqual([]);
  });

  it('aiAssisted needs a label in the article and in every variant', () => {
    const without = checkArticle(modelOf(article('aiAssisted: true\n', '正文。')), [], TODAY);
    expect(without.findings.map((f) => f.rule)).toContain('ai-label.missing');
    const labelled = article('aiAssisted: true\n', '正文。\n\n本文由 AI 辅助生成，经心内科医生审核。');
    const v = [variant('a.douyin.video-script.15s', '正文。'), variant('a.wechat.article', '正文。本文由 AI 辅助生成，经心内科医生审核。', 'wechat', 'article')];
    const r = checkArticle(modelOf(labelled), v, TODAY);
    expect(r.findings.map((f) => f.rule)).not.toContain('ai-label.missing');
    expect(v[0]!.findings!.map((f) => f.rule)).toEqual(['ai-label.missing']);
    expect(v[1]!.findings).toEqual([]);
  });

  it('a statistic in an article without references is a warning', () => {
    const md = '---\ntitle: 数据\naudience: 大众\ndate: 2026-01-01\nauthor: { name: 林晓 }\n---\n\n我国成人高血压患病率约为27.5%。\n';
    const r = checkArticle(modelOf(md), [], TODAY);
    expect(r.findings.filter((f) => f.rule === 'statistics.no-reference').map((f) => [f.line, f.excerpt])).toEqual([[8, '患病率约为27.5%']]);
    expect(checkArticle(modelOf(article('', '我国成人高血压患病率约为27.5%。')), [], TODAY).findings.map((f) => f.rule)).not.toContain('statistics.no-reference');
  });
});
