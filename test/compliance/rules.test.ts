import { describe, expect, it } from 'vitest';
import { CATEGORIES, CLAIM_RULES, DETECTOR_RULES, ruleSource } from '../../generator/compliance/rules.ts';
import { scanClaims } from '../../generator/compliance/claims.ts';
import { scanPrivacy } from '../../generator/compliance/privacy.ts';

const rulesIn = (text: string) => [...scanClaims(text), ...scanPrivacy(text)].map((h) => h.rule);

/** [rule, text that must trigger it, text that must not (education or an allowed use)]. */
const CASES: [string, string, string][] = [
  ['absolute.national-level', '国家级专家坐诊', '请遵医嘱规律服药'],
  ['absolute.best', '我们是最好的医院', '最常见的症状是发热'],
  ['absolute.most-effective', '这是最有效的疗法', '接种疫苗是预防流感最有效的手段。——《中国流感疫苗预防接种技术指南》'],
  ['absolute.first', '本院技术全国第一', '第一步：接种疫苗'],
  ['absolute.unique', '首选本院专家门诊', '这不是唯一的原因'],
  ['absolute.tip', '最佳服药时间是早上', '按时服药'],
  ['guarantee.cure', '这种贴剂能根治颈椎病', '目前没有任何药物能够根治流感'],
  ['guarantee.no-relapse', '治疗后永不复发', '别相信任何“保证不复发”的承诺'],
  ['guarantee.safety', '这款药物无副作用', '任何药物都不是没有副作用的'],
  ['guarantee.instant', '用药后立竿见影', '起效需要一段时间'],
  ['cure-rate.figure', '治愈率高达95%', '早发现早治疗很重要'],
  ['comparison.treatment', '比手术更安全', '手术是主要治疗方法之一'],
  ['comparison.hospital', '别家治不好的病来这里', '请到正规医院就诊'],
  ['endorsement.testimonial', '患者现身说法', '患者应在医生指导下用药'],
  ['endorsement.expert', '名医推荐的好药', '指南建议每年接种流感疫苗'],
  ['refund.guarantee', '无效退款', '医保报销比例以当地政策为准'],
  ['inducement.free', '免费治疗名额有限', '请按时复诊'],
  ['inducement.free-screening', '本院免费体检', '国家免疫规划疫苗为免费接种'],
  ['ranking.award', '排名第一的肿瘤医院', '请到卫生部门公布的接种点接种'],
  ['superstition.secret', '祖传秘方专治风湿', '所谓“祖传秘方”，往往是骗局'],
  ['superstition.folk', '试试这个偏方', '不要轻信偏方'],
  ['state-name.endorse', '军队专供的膏药', '国家卫健委推荐，成年人每天身体活动6000步以上'],
  ['disguised-ad.contact', '详情请拨打咨询热线', '如有疑问，可拨打12320卫生健康热线'],
  ['disguised-ad.purchase', '点击购买链接', '不推荐具体药品或购买渠道'],
  ['disguised-ad.booking', '欢迎来我院就诊', '请到正规医院相关科室就诊'],
  ['fear.threat', '胃炎不治疗就会癌变', '如果不及时治疗，部分患者可能进展为肝硬化'],
  ['fear.newest', '采用国际领先技术', '最新研究成果显示规律运动有益'],
  ['fear.clickbait', '震惊！这种早餐伤胃', '早餐要吃好'],
  ['privacy.id-card', '身份证号11010519491231002X', '身份证号11010519491231002Y'],
  ['privacy.id-card-15', '旧身份证号110105491231002', '编号990105491231002'],
  ['privacy.mobile', '电话13912345678', '电话139****5678'],
  ['privacy.landline', '家属电话010-68451234', '血压130/80mmHg'],
  ['privacy.record-number', '住院号：ZY20240315', '住院期间请保管好个人物品'],
  ['privacy.bed', '12床患者今天出院', '卧床休息两周'],
  ['privacy.card', '医保卡号6222021234567890128', '医保卡号6222021234567890123'],
  ['privacy.card-like', '序号4111111111111111', '序号4111111111111112'],
  ['privacy.id-like', '身份证440304199002291248', '编号440304199002291248'],
  ['privacy.card-labelled', '医保卡号K99380271', '医保卡在社区医院也能用'],
  ['privacy.birth-date', '1952年3月14日出生', '1952年出生'],
  ['privacy.name', '患者王建国，男，65岁', '患者张某，男，65岁'],
  ['privacy.address', '家住学院路38号5栋2单元601室', '王阿姨家住城南'],
];

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
    for (const r of DETECTOR_RULES.filter((d) => d.category === 'privacy')) expect(tested.has(r.id), `no test case for ${r.id}`).toBe(true);
  });
});
