import { describe, expect, it } from 'vitest';
import { CATEGORIES, CLAIM_RULES, DETECTOR_RULES, ruleSource } from '../../generator/compliance/rules.ts';
import { scanClaims } from '../../generator/compliance/claims.ts';
import { scanPrivacy } from '../../generator/compliance/privacy.ts';
import { RULE_EXAMPLES } from '../../generator/compliance/examples.ts';

const rulesIn = (text: string) => [...scanClaims(text), ...scanPrivacy(text)].map((h) => h.rule);

/** [rule, text that must trigger it, text that must not (education or an allowed use)]. */
const CASES: [string, string, string][] = Object.entries(RULE_EXAMPLES).flatMap(([rule, e]) => e.hit.map((h, i) => [rule, h, e.clean[i] ?? e.clean[0]!] as [string, string, string]));

describe('claim and privacy rules', () => {
  it.each(CASES)('%s fires on “%s” and not on “%s”', (rule, positive, negative) => {
    expect(rulesIn(positive)).toContain(rule);
    expect(rulesIn(negative)).not.toContain(rule);
  });

  it('handles the four education traps named in the issue', () => {
    for (const text of ['目前没有任何药物能够根治流感', '警惕号称“包治百病”的保健品', '第一步：接种疫苗', '最常见的症状是发热', '第一次复诊在两周后']) {
      expect([...scanClaims(text), ...scanPrivacy(text)], text).toEqual([]);
    }
  });

  it('de-identified names are not flagged, full names are', () => {
    for (const ok of ['张某某术后恢复良好', '李女士今年45岁', '患者A调整了饮食', '患者张XX，男，50岁', '王大爷每天散步']) {
      expect(rulesIn(ok), ok).not.toContain('privacy.name');
    }
    for (const bad of ['患者王建国今年65岁', '王小明同学发烧了', '家属陈建华表示', '李秀英女士来复诊']) {
      expect(rulesIn(bad), bad).toContain('privacy.name');
    }
  });

  it('does not report a claim twice when one match contains another of the same category', () => {
    expect(scanClaims('彻底治愈').map((h) => h.excerpt)).toEqual(['彻底治愈']);
  });
});

describe('pattern families', () => {
  const withExamples = CLAIM_RULES.filter((r) => r.examples);
  it.each(withExamples.map((r) => [r.id, r] as const))('%s flags its examples and leaves its clean ones alone', (id, rule) => {
    for (const text of rule.examples!.hit) expect(rulesIn(text), text).toContain(id);
    for (const text of rule.examples!.clean) expect(rulesIn(text), text).not.toContain(id);
  });

  it('regressions: clean education that used to be blocked', () => {
    const errors = (t: string) => [...scanClaims(t), ...scanPrivacy(t)].filter((h) => h.severity === 'error').map((h) => h.rule);
    expect(errors('不要把孩子单独留在车里，哪怕只有几分钟')).toEqual([]);
    expect(errors('勤洗手是预防感染最可靠的方法之一')).toEqual([]);
    expect(errors('孩子张开嘴，家长用手电筒看看喉咙')).toEqual([]);
    expect(errors('南京市第一医院 中医科')).toEqual([]);
    // Comparing one's own scans over time is advice, not a before/after testimonial.
    expect(errors('该复查的一定按时复查，最好在同一家医院做，方便前后对比。')).toEqual([]);
    expect(errors('附上治疗前后对比照片，效果一目了然')).not.toEqual([]);
  });

  it('reads ASCII punctuation and full-width digits like their Chinese forms', () => {
    expect(rulesIn('好转率接近百分之百,不少患者一个疗程就见效')).toContain('cure-rate.names');
    expect(rulesIn('治愈率高达９５％')).toContain('cure-rate.figure');
  });
});

describe('rule data conventions', () => {
  const ids = [...CLAIM_RULES, ...DETECTOR_RULES].map((r) => r.id);

  it('ids are unique and prefixed with their category', () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of CLAIM_RULES) expect(r.id.startsWith(`${r.category}.`), r.id).toBe(true);
  });

  it('every rule has a Chinese message and a legal source, every pattern is global', () => {
    // Waiver bookkeeping and structure notes are Kepu's own process, not law.
    for (const id of ids.filter((i) => !i.startsWith('waiver.') && !i.startsWith('structure.'))) expect(ruleSource(id), id).toMatch(/[法条号办指南]/);
    for (const r of [...CLAIM_RULES, ...DETECTOR_RULES]) expect(r.message, r.id).toMatch(/[\u4e00-\u9fa5]/);
    for (const r of CLAIM_RULES) expect(r.pattern.flags, r.id).toContain('g');
  });

  it('every category in compliance.md has rules, and every text rule has a test case', () => {
    const categories = new Set([...CLAIM_RULES, ...DETECTOR_RULES].map((r) => r.category));
    for (const c of Object.keys(CATEGORIES).filter((c) => c !== 'waiver')) expect(categories.has(c as never), c).toBe(true);
    const tested = new Set([...CASES.map(([rule]) => rule), ...CLAIM_RULES.filter((r) => r.examples?.hit.length && r.examples.clean.length).map((r) => r.id)]);
    for (const r of CLAIM_RULES) expect(tested.has(r.id), `no test case for ${r.id}`).toBe(true);
    // privacy.in-comment is raised by the article check, not a text scanner: tested in check.test.ts.
    for (const r of DETECTOR_RULES.filter((d) => d.category === 'privacy' && d.id !== 'privacy.in-comment')) expect(tested.has(r.id), `no test case for ${r.id}`).toBe(true);
  });
});
