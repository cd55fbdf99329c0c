import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  AD_LIKELY, adLikelyHits, adModel, adScore, eachFeature, foldForFeatures, type AdModelFile,
} from '../../generator/compliance/ad-likeness.ts';
import { normaliseForms, scanClaims } from '../../generator/compliance/claims.ts';
import { explainRule, formatExplanation } from '../../generator/compliance/explain.ts';
import { loadEval } from './eval.ts';
import { readFileSync } from 'node:fs';

const FILE = fileURLToPath(new URL('../../generator/compliance/ad-likeness.json', import.meta.url));
const file = JSON.parse(readFileSync(FILE, 'utf8')) as AdModelFile & { about: { trainedOn: { counts: { violating: number; clean: number } } } };

/** Written for this test, not taken from any evaluation set. */
const ADS = [
  '我院特聘知名专家坐诊，为您量身定制专属治疗方案！',
  '老中医亲手调配，专治多年顽疾',
];
const EDUCATION = [
  '注射胰岛素前要先洗手，再用酒精棉签消毒皮肤。',
  '孩子发烧超过38.5℃，可以在医生指导下使用退烧药。',
  '高血压患者应规律服药，定期监测血压。',
  '如果胸痛持续超过15分钟，请立即拨打120。',
  '多吃蔬菜水果，少吃高盐食物。',
  '接种疫苗后可能出现低热、局部红肿，一般两三天内消退。',
  '关注我们，了解更多健康知识。',
];

describe('ad-likeness model file', () => {
  it('is small, says what it was trained on, and matches the tuning material it was trained on', () => {
    expect(statSync(FILE).size).toBeLessThan(300 * 1024);
    expect(file.about.generatedBy).toContain('train-ad-likeness.ts');
    expect(JSON.stringify(file.about.trainedOn)).toContain('tuning half only');
    // Regenerate with the training script when the tuning material changes.
    // The paraphrase files and the untrained batch (eval.ts UNTRAINED_FILES) are tuning material for the rules, not training material.
    const { violating, clean } = loadEval('tune', { paraphrases: false });
    expect(file.about.trainedOn.counts.violating).toBe(violating.filter((v) => v.category !== 'privacy').length);
    expect(file.about.trainedOn.counts.clean).toBe(clean.length);
    expect(Object.keys(file.weights).length).toBeLessThanOrEqual(6000);
  });

  it('loads, and the fast hashed score equals the plain n-gram sum', () => {
    const model = adModel();
    for (const s of [...ADS, ...EDUCATION]) {
      let sum = model.bias;
      eachFeature(foldForFeatures(normaliseForms(s)), model.orders, (k) => { sum += model.weights.get(k) ?? 0; });
      expect(adScore(normaliseForms(s))).toBeCloseTo(sum, 6);
    }
  });

  it('scores clear ad copy above the threshold and health education below it', () => {
    const { threshold } = adModel();
    for (const s of ADS) expect(adScore(normaliseForms(s)), s).toBeGreaterThanOrEqual(threshold);
    for (const s of EDUCATION) expect(adScore(normaliseForms(s)), s).toBeLessThan(threshold);
  });
});

describe('ad.likely warning', () => {
  it('warns (never errors) in Chinese, naming the category it resembles and the words to check', () => {
    const hits = scanClaims('老中医亲手调配，专治多年顽疾').filter((h) => h.rule === AD_LIKELY);
    expect(hits).toHaveLength(1);
    expect(hits[0]!.severity).toBe('warning');
    expect(hits[0]!.message).toMatch(/^这句话读起来像医疗广告（疑似：.+），请核对：“.+”/);
  });

  it('reaches an article\'s findings through the build\'s prefiltered scanner, not only a direct scan', async () => {
    const { checkArticle } = await import('../../generator/compliance/check.ts');
    const { modelOf } = await import('../helpers.ts');
    const md = '---\ntitle: 颈椎病调理\ntags: [颈椎病]\n---\n\n老中医亲手调配，专治多年顽疾。\n';
    const { findings } = checkArticle(modelOf(md), [], { today: '2026-11-27' });
    expect(findings.some((f) => f.rule === AD_LIKELY && f.line === 6)).toBe(true);
  });

  it('stays silent where a rule already flagged the sentence', () => {
    const text = normaliseForms('老中医亲手调配，专治多年顽疾');
    expect(adLikelyHits(text, text, [{ rule: 'x', category: 'guarantee', severity: 'warning', message: '', start: 2, end: 4, excerpt: '' }])).toEqual([]);
  });

  it('keeps the context protection: a claim warned against, negated or asked about is education', () => {
    for (const s of ['警惕所谓“老中医亲手调配，专治多年顽疾”的宣传', '老中医亲手调配，真能专治多年顽疾吗？']) {
      expect(scanClaims(s).filter((h) => h.rule === AD_LIKELY), s).toEqual([]);
    }
  });

  it('never fires on a reference entry', () => {
    expect(scanClaims('中国研究型医院学会心肺复苏学专业委员会. 2016中国心肺复苏专家共识. 中华危重病急救医学， 2016.').filter((h) => h.rule === AD_LIKELY)).toEqual([]);
  });

  it('is explained by kepu check --explain', () => {
    const e = explainRule(AD_LIKELY);
    expect(e).toBeDefined();
    const text = formatExplanation(e!);
    expect(text).toContain('广告法');
    expect(text).toContain('逻辑回归');
    expect(text).toContain('train-ad-likeness.ts');
  });
});
