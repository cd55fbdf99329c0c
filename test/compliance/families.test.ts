/**
 * Generalisation families (#11): for each kind of claim, sentences written for this test in the
 * ways advertisers word that kind of claim — not copied from the evaluation set or from the rules'
 * own examples — and health-education sentences of the same shape that must stay clean (negation,
 * warning-against, hedges, risk stated as risk, institutions as sources, advice).
 */
import { describe, expect, it } from 'vitest';
import { scanClaims } from '../../generator/compliance/claims.ts';
import { scanPrivacy } from '../../generator/compliance/privacy.ts';

const findings = (t: string) => [...scanClaims(t), ...scanPrivacy(t)].filter((h) => h.severity !== 'info');
/** Findings from rules, the learned ad-likeness score left out (it is measured on its own). */
const ruleFindings = (t: string) => findings(t).filter((h) => h.rule !== 'ad.likely');

const FAMILIES: Record<string, { hit: string[]; clean: string[] }> = {
  // Certainty of a bad outcome without treatment.
  fear: {
    hit: [
      '这种病拖到最后只能换肾',
      '如果放任不管，最终只能截肢',
      '不及早干预，孩子一辈子都长不高',
      '忽视这个症状的人，大多活不过五年',
      '小心！你的孩子可能已经近视了，再不干预就终身戴眼镜',
      '每天都在吃的东西，正在慢慢毒害你的身体',
      '颠覆你对减肥的认知',
    ],
    clean: [
      '高血压如果不控制，长期下去可能引起中风',
      '糖尿病患者一辈子都要吃药吗？',
      '1型糖尿病患者需要终身注射胰岛素',
      '晚期肾病患者往往需要透析或肾移植',
      '脊髓损伤后，部分患者可能终身瘫痪',
      '很多人忽视了早餐的重要性',
      '拖延就医会增加治疗难度',
      '孩子近视后要终身注意用眼卫生',
      '如果不及时治疗，部分人可能发展为慢性肾病',
      '青光眼如果延误治疗，可能导致不可逆的视力损害',
    ],
  },
};

describe('claim families worded as advertisers word them', () => {
  for (const [category, { hit, clean }] of Object.entries(FAMILIES)) {
    it.each(hit)(`${category}: flags “%s”`, (s) => {
      const hs = ruleFindings(s);
      expect(hs.length, s).toBeGreaterThan(0);
      expect(hs.map((h) => h.category), s).toContain(category);
    });
    it.each(clean)(`${category}: leaves education alone: “%s”`, (s) => {
      expect(ruleFindings(s).map((h) => `${h.rule}:${h.excerpt}`), s).toEqual([]);
    });
  }
});
