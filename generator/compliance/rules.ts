/**
 * Claim rules as data: what a medical-advertising claim looks like in text, why it is
 * forbidden (the legal source, so a reviewer can look it up) and what to write instead.
 * No licensed word list exists for this, so each entry is written from the statutes listed in
 * /work/shared/compliance.md. Detectors that need code (privacy, consent, required elements)
 * register their rule ids in RULE_META below so waivers and docs know every id.
 */
import type { Severity } from '../manifest.ts';
import {
  any, BETTER_WORDS, BOOKING_POINTERS, CASE_COUNT, CHANNEL_GOALS, CROWD_PROOF, NON_DRUG_PRODUCTS, TREATS, FAMOUS_HOSPITALS, FEAR_WORDS, GUARANTEE_WORDS, INDUCEMENTS, NUMBER, OTHER_PARTY, OUTCOME_WORDS,
  PERCENT, PRIVATE_CHANNELS, RANK_WORDS, RATE_NAMES, SOFT_RATE_NAMES, SPAN, STATE_BODIES, STATE_INSTITUTIONS, SUPERSTITIONS, VOUCHERS,
  MEDIA_CITATION, STATE_HISTORY, POPULATION_RANKED, SURVIVAL_STATISTIC, CLINIC_INFO, BOOKING_PROCEDURE, CURE_TRIBUTES, NO_ADVERTISER, PUBLIC_VACCINATION, PUBLIC_HONOURS, RATE_RANGE,
} from './families.ts';
import { FRAME_RULES } from './frames.ts';

export type Category =
  | 'absolute' | 'guarantee' | 'cure-rate' | 'comparison' | 'endorsement' | 'refund' | 'inducement'
  | 'ranking' | 'superstition' | 'state-name' | 'disguised-ad' | 'fear' | 'required-elements'
  | 'ai-label' | 'statistics' | 'privacy' | 'consent' | 'waiver' | 'structure';

export interface CategoryInfo {
  name: string;
  source: string;
}

export const CATEGORIES: Record<Category, CategoryInfo> = {
  absolute: { name: '绝对化用语', source: '广告法 第九条第（三）项；市场监管总局《广告绝对化用语执法指南》（2023）' },
  guarantee: { name: '保证疗效或安全', source: '广告法 第十六条第一款第（一）项；医疗广告管理办法 第七条第（二）项' },
  'cure-rate': { name: '治愈率、有效率', source: '广告法 第十六条第一款第（二）项；医疗广告管理办法 第七条第（三）项' },
  comparison: { name: '与其他疗法或医院比较', source: '广告法 第十六条第一款第（三）项；医疗广告管理办法 第七条第（五）项' },
  endorsement: { name: '患者、专家、机构证明', source: '广告法 第十六条第一款第（四）项；医疗广告管理办法 第七条第（六）项' },
  refund: { name: '退款、保险承诺', source: '药品、医疗器械、保健食品、特殊医学用途配方食品广告审查管理暂行办法（药品广告审查发布标准）第十二条第（四）项' },
  inducement: { name: '免费、赠送、优惠诱导', source: '药品广告审查发布标准 第十二条第（二）项' },
  ranking: { name: '排名、获奖、指定', source: '药品广告审查发布标准 第十二条第（五）项' },
  superstition: { name: '迷信、秘方、神化', source: '医疗广告管理办法 第七条第（四）项；国卫办医政函〔2025〕419号 负面清单第6条' },
  'state-name': { name: '利用国家机关、军队名义', source: '广告法 第九条第（二）项；医疗广告管理办法 第七条第（七）项' },
  'disguised-ad': { name: '以科普形式变相广告', source: '广告法 第十九条；互联网广告管理办法（2023）第八条；国卫办医政函〔2025〕419号 负面清单第2条' },
  fear: { name: '恐吓、夸大、不科学表述', source: '药品广告审查发布标准 第十条第（八）项、第十二条第（一）项；国卫办医政函〔2025〕419号 负面清单第5–6条' },
  'required-elements': { name: '科普必备要素', source: '国卫宣传发〔2022〕11号（健康科普信息应注明作者、来源、发布时间、适用人群）' },
  'ai-label': { name: 'AI 辅助标识', source: '国卫办医政函〔2025〕419号 负面清单第7条' },
  statistics: { name: '数据无出处', source: '国卫宣传发〔2022〕11号（科学性：数据应有可靠来源）' },
  privacy: { name: '个人信息', source: '个人信息保护法 第二十八、二十九条；最高法 裁判文书上网规定 第八、九条' },
  consent: { name: '患者知情同意', source: '民法典 第一〇一九、一二二六条；个人信息保护法 第二十九、三十一条' },
  waiver: { name: '豁免标注', source: 'Kepu 审核流程' },
  structure: { name: '文章结构识别', source: 'Kepu 文章模型（要点、就医提示、话题如何从正文得出）' },
};

export interface ClaimRule {
  id: string;
  category: Category;
  severity: Severity;
  /** Matched against one block of plain text at a time; must be global. */
  pattern: RegExp;
  message: string;
  suggestion?: string;
  /** The statute for this entry when it is narrower than the category's. */
  source?: string;
  /**
   * Health-education use (negation, quoting a claim to warn against it, a question) is not a
   * claim. False for rules whose match is a problem whatever the sentence says around it.
   */
  educationExempt?: boolean;
  /** A sentence matching this is an allowed use (e.g. the public 12320 hotline). */
  allow?: RegExp;
  /** A quantifier before the match ("多数人", "通常") makes it a qualified fact, not a promise. */
  qualifierExempt?: boolean;
  /**
   * An error that becomes a warning when its sentence matches this: the claim's words, but said where education also
   * says them (a disease's cure rate with no advertiser in the sentence; a vaccination notice's "先到先得"). Still
   * reported, for a reviewer to read; never blocking.
   */
  softenWhen?: RegExp;
  /**
   * The match is a single family word (a lexical rule, not a frame): it must stand as a word in
   * the text's word segmentation, not sit inside a longer one ("龙头" in "水龙头") or across two
   * ("开光" in "打开光线"). See ./segment.ts.
   */
  lexical?: boolean;
  /** What the rule looks for, in words (for `kepu check --explain` and the preview). */
  looksFor?: string;
  /** Sentences it must flag and sentences it must leave alone (tested). */
  examples?: { hit: string[]; clean: string[] };
}

// Shared pieces of patterns.
/** A screening programme's follow-up: free further tests when a result is abnormal, positive or doubtful. */
const SCREENING_FOLLOW_UP = '(?:若|如|如果)[^，。；！？]{0,12}(?:异常|阳性|可疑)|(?:阳性|异常|可疑)者|必要时免费|(?:免费)?筛查(?:项目|对象)';
const NUM = '(?:\\d+(?:\\.\\d+)?|[一二三四五六七八九十百两]+)';
const PCT = '\\d+(?:\\.\\d+)?\\s*[%％]';
/** Counters after 第一 that make it an ordinal ("第一步", "第一次复诊", "第一道防线"), not a ranking. */
/** Names in which 第一 is part of a term of anatomy or first aid (第一恒磨牙, 第一目击者), not a rank. */
const FIRST_TERMS = '目击者|目击人|响应者|响应人|反应人|恒磨牙|磨牙|前磨牙|乳磨牙|跖骨|掌骨|肋骨|颈椎|胸椎|腰椎|产程|心音|时相|秒|分钟|小时|现场';
const ORDINAL_COUNTERS = FIRST_TERMS + '|' + '杀手|死因|危险因素|责任人|大|号|步|次|天|日|周|个|种|条|类|针|剂|阶段|期|批|轮|年|月|时间|口|部分|章|节|课|点|胎|道|位|件|项|层|顿|餐|瓶|片|粒|组|段|句|招|关|线|反应|印象|眼|声|例';

export const CLAIM_RULES: ClaimRule[] = [
  // 绝对化用语
  {
    id: 'absolute.national-level', category: 'absolute', severity: 'error', lexical: true,
    // "一份国家级指南" grades a public document, not a service.
    // "顶尖运动员也会受伤", "顶尖期刊发表的研究" grade people and journals, not a service.
    pattern: /国家级(?!的?(?:指南|共识|标准|规范|文件|政策|规划|方案|预案|监测|自然保护区|非物质文化遗产))|世界级|全球级|国际级|最高级|顶级|顶尖(?!运动员|选手|学府|高校|大学|期刊|杂志|学术期刊|科学家|学者)|极品|至尊|殿堂级/g,
    message: '使用了“国家级、世界级、顶级”等绝对化用语', suggestion: '删除等级性表述，客观介绍技术或服务内容',
  },
  {
    id: 'absolute.best', category: 'absolute', severity: 'error',
    pattern: /最(?:好|佳|优|强|棒|专业|权威|安全|可靠|正宗|顶尖|出色)的?(?:医院|医生|专家|疗法|治疗|疗效|效果|药物?|方法|方案|技术|选择|科室|团队|设备|品牌)|最(?:权威|专业|正宗)/g,
    // "最可靠的方法之一" ranks a method among others, as guidelines do; a hospital or a doctor
    // "之一" is still a superlative.
    allow: /^(?!.*(?:医院|医生|专家|科室|团队|品牌|产品|本院|我院)).*之一/,
    message: '使用了“最好、最佳、最权威”等最高级用语', suggestion: '改为客观描述，如“常用的治疗方法之一”',
  },
  {
    id: 'absolute.most-effective', category: 'absolute', severity: 'warning',
    pattern: /最(?:有效|彻底|根本|快)(?:的|地)?/g,
    // "戴眼镜是目前矫正近视最有效和安全的方法": the state of the art for a general method, said
    // without a hospital, product or brand, is a fact of education.
    allow: /之一|——\s*《|《[^》]*(?:指南|共识|方案|规范|标准)》|世界卫生组织|WHO|指南(?:指出|推荐|建议)|共识(?:指出|推荐)|^(?!.*(?:医院|本院|我院|我们|产品|品牌|这款|本品|项目)).*(?:目前[^。；！？]{0,12}最(?:有效|彻底)[^。；！？]{0,8}(?:方法|手段|办法|措施)|(?:疫苗|接种|戒烟|限酒|运动|锻炼|洗手|口罩|饮食|睡眠|补液|筛查|减重|控盐)[^。；！？]{0,12}最有效的?(?:方法|手段|办法|措施|方式|途径))/,
    message: '“最有效、最彻底”等最高级表述需有权威出处，否则属绝对化用语', suggestion: '引用指南原文并注明出处，或改为“有效的方法之一”',
  },
  {
    id: 'absolute.first', category: 'absolute', severity: 'error', lexical: true,
    pattern: new RegExp(`(?:全国|全省|全市|国内|世界|全球|业内|行业)第一(?!${ORDINAL_COUNTERS})|(?<![市省县区]|中国|人民)第一(?!${ORDINAL_COUNTERS}|[，,、：:；;\\s]|是|人民医院|医院|附属|医科|中学|小学|中心|军医)|NO\\.?\\s?1(?!\\d)|No\\.?\\s?1(?!\\d)|首家|首创|独家(?!专访|报道|采访|对话)|王牌|冠军(?=医院|品牌|产品|科室|专家|团队|技术|机构)|(?:销量|销售|行业|全国|全省|全市|年度)冠军`, 'g'),
    // "我国糖耐量异常人数已达6000万，居世界第一": a population ranked is epidemiology, not a boast.
    allow: new RegExp(POPULATION_RANKED, 'u'),
    message: '使用了“第一、首家、独家”等排他性用语', suggestion: '删除排他性表述；序数用法（第一步、第一次）不受限',
  },
  {
    id: 'absolute.unique', category: 'absolute', severity: 'warning', lexical: true,
    // "指南推荐二甲双胍作为首选药物": a guideline's first choice, cited as such, is education.
    allow: /指南|共识|学会|分会|世界卫生组织|WHO/,
    pattern: /唯一(?:的)?(?:医院|方法|疗法|选择|办法|途径|治疗)?|权威专家|金牌/g,
    message: '“唯一、首选、权威专家”等用语可能构成绝对化用语', suggestion: '如引用诊疗指南，请注明出处；否则改为“常用、推荐之一”',
  },
  {
    id: 'absolute.first-choice', category: 'absolute', severity: 'warning', lexical: true,
    pattern: /首选/g,
    // A first-choice test or treatment named without a hospital, brand or product is clinical
    // teaching ("B超是检查胆囊结石的首选方法", "药物首选他汀"); a hospital or product "首选" is a boast.
    // "首选到正规医院就诊" is advice on where to go, not a hospital's boast.
    allow: /指南|共识|学会|分会|世界卫生组织|WHO|首选(?:到|去|前往)正规|^(?!.*(?:医院|本院|我院|我们|品牌|产品|这款|本品|机构|诊所|中心|项目|专家|医生)).*$/,
    message: '“首选”修饰医院、品牌或产品，可能构成绝对化用语', suggestion: '如引用诊疗指南，请注明出处；否则改为“常用”',
    looksFor: '医院、品牌、产品被称作“首选”（检查、治疗方法的“首选”按临床教学对待）',
    examples: { hit: ['种植牙首选我院', '孕妈首选品牌'], clean: ['B超是检查胆囊结石的首选方法', '少量多次补液，首选口服补液盐', '专家提醒，出现症状首选到正规医院就诊'] },
  },
  {
    id: 'absolute.tip', category: 'absolute', severity: 'info',
    pattern: /最佳(?:服药|用药|运动|就餐|锻炼|检测|接种|复查)?(?:时间|时机)/g,
    message: '“最佳时间”类生活建议属低风险用语，确认不是在推销产品即可',
    source: '市场监管总局《广告绝对化用语执法指南》（2023）第十条',
  },
  // 保证疗效或安全
  {
    id: 'guarantee.cure', category: 'guarantee', severity: 'error',
    pattern: /根治(?!术|性)|彻底(?:治愈|治好|痊愈|根除|康复|摆脱)|完全(?:治愈|治好|根除)|(?:保证|确保|包)(?:根治|治愈|治好|有效|康复|痊愈|见效)|包治百病|(?<![把将用拿][^，。；！？\n]{0,6})包好|药到病除|断根|除根|一(?:针|次|贴|疗程)(?:治愈|根治|见效|搞定|就好|痊愈)|[一二三四五六七八九十两\d]+天(?:即愈|治愈|痊愈|见效|康复|就好)/g,
    qualifierExempt: true,
    message: '承诺或暗示治愈、保证疗效，医疗广告和科普中均不得使用', suggestion: '改为“可以有效控制病情”“多数患者症状可以缓解”，并说明个体差异',
  },
  {
    id: 'guarantee.no-relapse', category: 'guarantee', severity: 'error',
    pattern: /(?:永不|永远不|不会再|绝不|保证不)复发|不复发/g,
    qualifierExempt: true,
    message: '承诺“不复发”属于保证疗效', suggestion: '改为“规范治疗和随访可以降低复发风险”',
  },
  {
    id: 'guarantee.safety', category: 'guarantee', severity: 'error',
    pattern: /(?:无|零|没有|毫无|不会有)(?:任何)?(?:副作用|毒副作用|不良反应)|零风险|无风险|无痛无创|安全无毒|绝对安全|百分之?百安全|100\s*[%％]\s*安全|纯天然无毒/g,
    // "血脂达标且没有不良反应后……" states a condition, not a promise.
    allow: /(?:没有|无)(?:任何)?(?:明显)?(?:副作用|不良反应)(?:后|时|的话|者|的(?:患者|人|情况))/,
    qualifierExempt: true,
    message: '承诺“无副作用、零风险”属于保证安全性', suggestion: '说明常见不良反应和注意事项，如“少数人可能出现……，请遵医嘱”',
  },
  {
    id: 'guarantee.instant', category: 'guarantee', severity: 'error',
    pattern: /立(?:马|刻|即|竿)见影|立(?:马|刻|即)见效|马上见效|当天见效|一用就灵|(?:百分之?百|100\s*[%％])(?:有效|治愈|见效|康复)/g,
    message: '承诺立即见效或百分之百有效', suggestion: '说明起效需要时间且因人而异',
  },
  // 治愈率、有效率
  {
    id: 'cure-rate.figure', category: 'cure-rate', severity: 'error',
    pattern: new RegExp(`(?:治愈|有效|总有效|痊愈|显效|治疗成功|手术成功|康复|根治)率(?:[^，。；！？\\n]{0,6}?(?:${PCT}|${NUM}成)|(?:极?高|领先)(?![达于过至]))|${PCT}的?(?:患者|病人|人)?(?:均|都)?(?:治愈|有效|痊愈|康复|见效)`, 'g'),
    // "小儿急性淋巴细胞白血病的治愈率已达80%以上": a disease's cure rate with no hospital, product or treatment of the
    // advertiser in the sentence is how education reports progress; still worth a look, so a warning.
    // A rate given as an approximate range ("治愈率约85%~95%") is a textbook's or a study's figure; ads give one figure, often 高达.
    allow: new RegExp(`率(?:约为?|大约|一般为?|通常为?)\\s*${RATE_RANGE}`, 'u'),
    softenWhen: new RegExp(NO_ADVERTISER, 'u'),
    message: '宣传治愈率、有效率等数字，医疗广告中禁止使用', suggestion: '删除疗效数字；确需引用研究数据时注明研究出处和适用人群',
  },
  // 比较
  {
    id: 'comparison.treatment', category: 'comparison', severity: 'error',
    pattern: /(?:优于|胜过|好于|强于|远超|碾压|秒杀)(?:其他|其它|别的|同类|传统|一般|普通|西医|中医|手术|药物)|比(?:手术|开刀|西药|中药|化疗|放疗|吃药|传统疗法|其他疗法|其他治疗|同类药物?|同类产品|进口药)(?:更|还)?(?:安全|有效|好|快|彻底)/g,
    message: '与其他疗法、药物比较疗效或安全性', suggestion: '客观介绍本方法的适应证和局限，不作比较',
  },
  {
    id: 'comparison.hospital', category: 'comparison', severity: 'error',
    pattern: /(?:其他|其它|别的|外院|别家)医院(?:都)?(?:治不好|没办法|不敢|看不好|束手无策)|别家(?:治不好|看不好|没办法)|(?:优于|胜过|强于|领先)(?:其他|其它|同级|别的)?医院/g,
    message: '贬低其他医院或与其他医院比较', suggestion: '删除比较内容',
  },
  // 证明、代言
  {
    id: 'endorsement.testimonial', category: 'endorsement', severity: 'error',
    pattern: /现身说法|(?:患者|病人|病友|家属|康复者)(?:感言|证言|见证|好评|感谢信|送锦旗)|康复患者(?:分享|讲述)|疗效见证|效果见证|亲身见证|用过都说好|好评如潮|治疗前后对比|(?:术前|治疗前)(?:术后|治疗后)对比|(?:效果|疗效|使用|用药|治疗)前后对比|前后对比(?:图|照)/g,
    message: '用患者证言、治疗前后对比证明疗效（取得患者同意也不得使用）', suggestion: '删除证言和对比图，改为介绍疾病知识',
    source: '广告法 第十六条第一款第（四）项；医疗广告管理办法 第七条第（六）项',
  },
  {
    id: 'endorsement.expert', category: 'endorsement', severity: 'error',
    pattern: /(?:名医|明星|网红|院士|大咖|知名专家|权威专家|专家团队|医学专家|教授)(?:推荐|力荐|代言|背书|认可|亲荐)|专家推荐(?:的)?(?:药|产品|疗法|医院|品牌)|(?:医生|专家)都在用/g,
    message: '以专家、名人推荐作为疗效证明', suggestion: '直接陈述依据（诊疗指南、研究），而非“某某推荐”',
  },
  // 退款、保险
  {
    id: 'refund.guarantee', category: 'refund', severity: 'error',
    pattern: /无效退款|无效退钱|无效不?(?:收费|收钱|要钱)|不(?:治愈|有效|见效|满意|好)不?(?:收费|收钱|要钱)|治不好(?:不收钱|不要钱|退款|全额退)|(?:全额|包)退款|保险公司承保|(?:疗效|治疗)(?:保险|险)|承保疗效/g,
    message: '以退款、保险等方式承诺疗效', suggestion: '删除退款或保险承诺',
  },
  // 诱导
  {
    id: 'inducement.free', category: 'inducement', severity: 'error', lexical: true,
    // A free follow-up examination in a screening programme ("阳性者免费进一步确诊检查") is not an offer.
    allow: new RegExp(SCREENING_FOLLOW_UP),
    // A vaccination notice ("疫苗数量有限，先到先得，打完为止"): vaccines reach the public only through designated 接种单位
    // (疫苗管理法), so a warning for a reviewer, not a block.
    softenWhen: new RegExp(PUBLIC_VACCINATION, 'u'),
    pattern: /免费(?:治疗|手术|诊治|看病|赠送|送|领取|试用|试吃|领|做)|赠送|买[一二\d]送[一二\d]|送礼品?|礼品|抽奖|奖品|(?:领|抢|发|送|得|赢|拿|现金|微信|新人|专属)红包|红包(?:奖励|福利|雨|活动|返现)|限时(?:特惠|优惠|折扣|免费|抢购)|特价(?!的?(?:临期|食品|商品|蔬菜|水果|菜))|优惠价|折扣价|打[一二三四五六七八九\d]折|名额有限|先到先得|前\d+名(?:免费|半价|优惠)/g,
    message: '以免费治疗、赠送、优惠等诱导就医或购买', suggestion: '删除优惠和赠送信息',
  },
  {
    id: 'inducement.free-screening', category: 'inducement', severity: 'warning',
    pattern: /免费(?:检查|体检|筛查|咨询|义诊|接种|评估|测)/g,
    // Vaccines reach the public only through 接种单位 designated by the health authorities (疫苗管理法, 预防接种 chapter), so free
    // vaccination is a public programme ("实行全程全额免费接种"), as inducement.gift-frame reads it too.
    // A follow-up examination free when a screening result is abnormal ("若细胞学检查异常，免费阴道镜检查") is a
    // programme's rule; "两癌" names the national screening programme.
    allow: new RegExp(`国家免疫规划|免疫规划|公共卫生|基本公共卫生|政府|卫健委|疾控|惠民|两癌|民生项目|社区卫生|适龄|接种|疫苗|${SCREENING_FOLLOW_UP}`),
    message: '“免费检查、免费筛查”须是政府公共卫生项目；医疗机构以此招揽患者属于诱导', suggestion: '注明项目主办方和政策依据，如“国家免疫规划疫苗免费接种”',
  },
  // 排名、获奖、指定
  {
    id: 'ranking.award', category: 'ranking', severity: 'error',
    pattern: /排名(?:第一|前[一二三四五六七八九十\d]+|领先|靠前)|排行榜|(?:荣获|斩获|获评|被评为)[^，。；\n]{0,12}?(?:奖|称号|荣誉|医院|科室|专科|名医)|获奖医院|百强|十强|十佳|名列前茅|(?:协会|学会|(?<!卫生)组织)(?:指定|认证)(?:的)?(?:医院|产品|药物?|品牌|疗法)?|(?:协会|学会|(?<!卫生)组织)推荐(?:的)?(?:[^，。；！？\n]{0,4}?(?:医院|产品|药物?|品牌|疗法|机构|器械|保健品)|(?=[，。！；]|$))|指定(?:医院|用药|产品|药品|品牌)|唯一指定/g,
    // A pupil's marks ("他在班里成绩名列前茅") rank no hospital; a nurse's 劳动奖章 is a public honour, reported as news.
    allow: new RegExp(`成绩|考试|年级|班里|班上|${PUBLIC_HONOURS}`, 'u'),
    message: '使用排名、获奖或“指定、推荐”信息作宣传', suggestion: '删除排名和获奖信息',
  },
  // 迷信、秘方、神化
  {
    id: 'superstition.secret', category: 'superstition', severity: 'error', lexical: true,
    pattern: /祖传(?:秘方|偏方|配方|疗法)?|宫廷(?:秘方|配方|疗法)|秘方|秘制|神医|神药|神效|奇效|神奇(?:疗效|功效|效果)|灵丹妙药|仙丹|起死回生|妙手回春|华佗再世|开光/g,
    message: '使用“祖传秘方、神医、神药”等迷信或神化表述', suggestion: '删除神化表述，介绍有循证依据的方法',
  },
  {
    id: 'superstition.folk', category: 'superstition', severity: 'warning', lexical: true,
    pattern: /偏方|土方|特效药/g,
    message: '“偏方、特效药”易误导读者，除非用于提醒读者不要轻信', suggestion: '改为“按医嘱规范用药”',
  },
  // 国家机关、军队名义
  {
    id: 'state-name.endorse', category: 'state-name', severity: 'error',
    pattern: /(?:国家|卫健委|卫生部|卫计委|药监局|国家局|政府|中央|军队|部队|军方|军区|解放军|武警)(?:认证|特供|专供|专用|监制|背书)|(?:国家|卫健委|卫生部|卫计委|药监局|国家局|政府|中央|军队|部队|军方|军区|解放军|武警)(?:推荐|认可|指定)(?:的?[^，。；！\n]{0,4}?(?:医院|产品|药物?|疗法|品牌|保健品|技术|器械)|(?=[。！]|$))|特供|专供|国宴(?:专用|用)?|中南海(?:专家|保健|御医)/g,
    message: '利用国家机关、军队名义或形象作推荐、证明', suggestion: '引用政策或指南时写明文件名称和文号，不作为产品或医院的背书',
  },
  // 以科普形式变相广告
  {
    id: 'disguised-ad.contact', category: 'disguised-ad', severity: 'error',
    pattern: /(?:咨询|预约|挂号|服务|健康)?热线|咨询电话|预约电话|挂号电话|联系电话|(?:加|添加|加我)(?:微信|VX|vx|V信|威信|QQ)|微信号|加V(?![a-z])|私信(?:咨询|预约|我|小编)|扫(?:码|描二维码|一扫)(?:预约|咨询|挂号|购买|下单|加|关注|领取|进群)|进群(?:咨询|领取)/g,
    allow: /12320|12345|12356|120急救|拨打120|疾控中心|接种门诊|预防接种|心理援助热线|心理危机干预热线|希望24热线|生命热线|戒烟热线/,
    message: '科普内容中出现咨询热线、加微信、扫码预约等引流信息', suggestion: '删除联系方式和引流话术；科普结尾只提示“请到正规医院就诊”',
  },
  {
    id: 'disguised-ad.purchase', category: 'disguised-ad', severity: 'error',
    pattern: /购买链接|购物链接|点击(?:购买|下单|链接购买)|立即(?:购买|下单|抢购)|下单|小黄车|橱窗|商品链接|(?:在线|立即|马上|点击)预约/g,
    message: '科普内容中出现购买链接或引导到本院就诊', suggestion: '删除购买和预约引导',
  },
  {
    id: 'disguised-ad.booking', category: 'disguised-ad', severity: 'warning',
    pattern: new RegExp(`预约挂号|网上预约|预约(?:专家|名医|手术)|(?:到|来)我院(?:[^，。；\\n]{0,6}?)(?:就诊|治疗|手术|咨询|检查)|${any(CLINIC_INFO)}`, 'gu'),
    // A booking notice's rules (实名制, 号源, 爽约, 挂号窗口) are information, not a steer (《医疗广告认定指南》(2025) 第三、五条).
    allow: new RegExp(`(?<!\\d)114(?!\\d)|12320|${BOOKING_PROCEDURE}`, 'u'),
    message: '预约挂号信息出现在科普中可能被认定为变相广告', suggestion: '如需就医提示，写“请到正规医院相关科室就诊”',
  },
  // 恐吓、夸大
  {
    id: 'fear.threat', category: 'fear', severity: 'error',
    pattern: /不(?:及时)?(?:治疗?|就医|手术|处理|吃药|干预|调理)[^，。；！？\n]{0,6}?(?:就会|必然|一定会|必定|肯定会|必将|迟早会|都会)[^，。；！？\n]{0,4}?(?:癌变|恶化|死亡|致死|瘫痪|失明|截肢|要命|没命|癌|尿毒症)|(?:必然|一定会|肯定会|必定)(?:癌变|死亡|瘫痪|失明)/g,
    message: '以“不治疗就会癌变”等话语恐吓读者', suggestion: '改为客观描述风险：“如不规范治疗，部分患者可能进展为……”',
  },
  {
    id: 'fear.newest', category: 'fear', severity: 'error',
    pattern: /最新(?:技术|疗法|科技|突破)|最先进(?:的)?(?:疗法|技术|设备|治疗)?|国际领先|国内领先|世界领先|填补(?:国内|国际)?空白|颠覆性|革命性(?:疗法|突破)?|黑科技/g,
    message: '“最新技术、最先进、国际领先”等夸大表述', suggestion: '客观介绍技术名称、适应证和局限',
  },
  {
    id: 'fear.clickbait', category: 'fear', severity: 'warning',
    pattern: /震惊|吓人|太可怕了|速看|赶紧转给|转给家人|不看后悔|看完吓一跳|后果不堪设想|99\s*[%％]的人都不知道/g,
    message: '标题党或制造焦虑的用语', suggestion: '用平实的标题说明文章讲什么',
    source: '国卫办医政函〔2025〕419号 负面清单第5条',
  },

  // Pattern families (./families.ts): the same claims in the words advertisers actually use.
  {
    id: 'absolute.rank-words', category: 'absolute', severity: 'error', lexical: true,
    pattern: new RegExp(any(RANK_WORDS), 'gu'),
    looksFor: '不带“最”的最高级和排位：首屈一指、数一数二、业界标杆、领军、金牌、一流、遥遥领先……',
    message: '使用了“首屈一指、业界标杆、金牌”等绝对化或排位用语', suggestion: '删除排位和夸耀，客观介绍技术或服务内容',
    examples: { hit: ['拥有国内首屈一指的专家资源', '行业内数一数二的种植牙技术', '金牌专家团队为您服务'], clean: ['吃饭时要细嚼慢咽', '金牌得主也需要规律体检吗？'] },
  },
  {
    id: 'guarantee.words', category: 'guarantee', severity: 'error', lexical: true,
    pattern: new RegExp(any(GUARANTEE_WORDS), 'gu'),
    qualifierExempt: true,
    looksFor: '不带“保证”的保证：一劳永逸、再也不犯、从此不用吃药、无任何风险、永久定型、治一个好一个……',
    message: '承诺一劳永逸、不再复发或毫无风险，属于保证疗效或安全', suggestion: '说明效果因人而异、需要长期管理，并写明可能的风险',
    examples: { hit: ['戴上三个月，从此不用再吃降压药', '一劳永逸解决鼻炎烦恼', '手术无任何风险'], clean: ['高血压需要长期管理，不能指望一劳永逸', '任何手术都不是零风险的'] },
  },
  {
    id: 'guarantee.span-outcome', category: 'guarantee', severity: 'error',
    // "超过5分钟未缓解" is a warning sign, not a promise: no negation between the span and the outcome.
    pattern: new RegExp(`${SPAN}[^，。；！？\\n不未没无非]{0,14}?${any(OUTCOME_WORDS)}`, 'gu'),
    // "哪怕几分钟后就缓解了，也可能是…" concedes that symptoms pass: a warning sign, not a promise.
    allow: /(?:哪怕|即使|即便|就算)[^，,。；！？]{0,12}(?:缓解|好转|消失|恢复)/u,
    qualifierExempt: true,
    looksFor: '限定疗程或次数的疗效承诺：“三次治愈”“三个月血压恢复正常”“一周瘦10斤”',
    message: '承诺在限定次数或时间内治愈、见效', suggestion: '删除疗程与疗效的承诺，说明起效时间因人而异',
    examples: { hit: ['三次治愈带状疱疹和湿疹', '三个月可使血糖、血压恢复正常', '快速燃脂，一周瘦10斤'], clean: ['普通感冒一般7天左右症状会消失', '接种后2周左右产生抗体', '哪怕几分钟后就缓解了，也可能是短暂性脑缺血发作'] },
  },
  {
    id: 'cure-rate.names', category: 'cure-rate', severity: 'error',
    pattern: new RegExp(`${any(RATE_NAMES.filter((r) => !(SOFT_RATE_NAMES as readonly string[]).includes(r)))}[^，。；！？\\n]{0,8}?${PERCENT}|${PERCENT}(?:以上)?的?(?:患者|病人|人)?(?:都|均|能|可以)?(?:痊愈|治愈|好转|康复|有效|见效|摘掉)|治一个好一个|几乎(?:都|全)(?:能)?(?:治好|治愈|痊愈)|${CASE_COUNT}`, 'gu'),
    looksFor: '任何名目的疗效比率，数字可以是中文：“好转率接近百分之百”“八成以上痊愈”“治一个好一个”',
    // A rate given as an approximate range ("治愈率约85%~95%") is a textbook's or a study's figure; ads give one figure, often 高达.
    allow: new RegExp(`率(?:约为?|大约|一般为?|通常为?)\\s*${RATE_RANGE}`, 'u'),
    softenWhen: new RegExp(NO_ADVERTISER, 'u'),
    message: '宣传治愈率、好转率等疗效比率', suggestion: '删除疗效比率；确需引用研究数据时注明出处和适用人群',
    examples: { hit: ['好转率接近百分之百', '八成以上患者痊愈', '疗效神奇，几乎是治一个好一个'], clean: ['我国成人高血压患病率为27.5%', '约八成患者通过改变生活方式可以控制血糖'] },
  },
  {
    id: 'cure-rate.soft-names', category: 'cure-rate', severity: 'warning',
    pattern: new RegExp(`${any(SOFT_RATE_NAMES)}[^，。；！？\\n]{0,8}?${PERCENT}`, 'gu'),
    // "根除治疗的成功率约为80%到90%": a rate said with 约 or as a range is a study's figure, not a boast (ads say 高达).
    // Survival by stage or years and rates cited from a registry ("据……统计，Ⅰ期胃癌切除后的5年存活率为93%") are epidemiology.
    allow: new RegExp(`${any(SOFT_RATE_NAMES)}(?:约为?|大约|一般为?|通常为?|并非|不是|不到|不足|达不到|难以达到)|${PERCENT}\\s*(?:到|至|~|～|-)\\s*${PERCENT}|${SURVIVAL_STATISTIC}`, 'u'),
    looksFor: '成功率、存活率、满意率加数字：科普中引用研究数据可以，宣传本院效果不可以',
    message: '出现成功率、存活率等比率：如是宣传本机构效果，属于宣传疗效比率', suggestion: '如为研究数据，注明出处和人群；如为本院数据，删除',
    examples: { hit: ['毛囊存活率95%以上', '种植体成活率98%以上'], clean: ['院外心脏骤停的抢救成功率仍然很低'] },
  },
  {
    id: 'comparison.frames', category: 'comparison', severity: 'error',
    pattern: new RegExp(`${any(OTHER_PARTY)}[^。；！？\\n]{0,12}?${any(BETTER_WORDS)}|(?:别人|别家|外院|其他医院|别的医院)[^。；！？\\n]{0,4}?(?:治|种|做|看|修|整)不(?:好|了)|${any(BETTER_WORDS)}[^，。；！？\\n]{0,6}?${any(OTHER_PARTY)}|(?:比|较)${any(OTHER_PARTY)}[^，。；！？\\n]{0,4}?(?:强|好|快|安全|有效|彻底|管用)|(?:别的医院|别家|外院|其他医院|别人|公立医院)[^。；！？\\n]{0,16}?(?:在我们这里|在我院|来我院|到我院|我们这里|本院)|(?:解决|修复|补救)[^，。；！？\\n]{0,8}?失败的|\\p{Script=Han}{2,8}\\s*(?:VS|vs|Vs|PK)\\s*\\p{Script=Han}{2,8}|(?:去|到)(?:别家|别的|其他|外面的?)医院[^。；！？\\n]{0,10}?(?:没有好转|没好|治不好|看不好)|别人\\p{Script=Han}{0,6}都是[^。；！？\\n]{0,16}?更|(?:比|较)(?:同类|普通|一般|传统|其他|其它|别的|进口|国产|常规)[^，。；！？\\n]{0,6}?(?:更|还)?(?:好|强|快|安全|有效|彻底|持久|舒适)`, 'gu'),
    // "运动带来的益处是药物无法替代的": a habit set beside medicine in education, not a product beating it.
    allow: /(?:运动|锻炼|饮食|膳食|睡眠|生活方式|母乳|戒烟|限酒|心理)[^。；！？]{0,16}(?:无法|不能|不可|难以)(?:替代|取代|代替)/,
    looksFor: '把一种治疗或医院与另一种比出高下：“吃药十几年不如……”“别的医院让您开刀，在我们这里……”“媲美水光注射”',
    message: '与其他医院、疗法或药物比较疗效或安全性', suggestion: '删除比较，客观介绍本方法的适应证和局限',
    examples: { hit: ['吃药十几年，不如吃胶囊三十天', '别的医院都让您开刀，在我们这里不手术也能好', '疗效媲美水光注射'], clean: ['手术和药物治疗各有适应证，请听医生建议', '规律服药比偶尔服药更能平稳控制血压'] },
  },
  {
    id: 'endorsement.vouch', category: 'endorsement', severity: 'error',
    pattern: new RegExp(`${any(VOUCHERS)}[^，。；！？\\n]{0,8}?(?:推荐|力荐|代言|背书|认可|都在用|亲自|见证)|${any(FAMOUS_HOSPITALS)}[^，。；！？\\n]{0,4}?(?:专家|医生|教授|名医)[^，。；！？\\n]{0,4}?(?:坐诊|亲诊|主刀|会诊|出诊|技术有保障)|(?:专家|名医|教授)(?:定期)?坐诊(?!时间|安排|表)|(?:原|前)(?:三甲|公立|大)医院(?:专家|医生|主任)|(?:锦旗|感谢信)[^，。；！？\\n]{0,6}?(?:都是|全是|挂满|堆满|数不过来)|(?:挂满|墙上的|一面面|满墙的?)[^，。；！？\\n]{0,4}?(?:锦旗|感谢信)|${any(CROWD_PROOF)}`, 'gu'),
    looksFor: '用名人、院士、“老中医”、大医院专家坐诊或锦旗、感谢信为疗效作证',
    message: '以专家、名人、名院或患者致谢作为疗效证明', suggestion: '删除推荐、坐诊和致谢内容，直接陈述依据',
    examples: { hit: ['著名医学家推荐的药王枕', '湘雅专家定期坐诊', '科室墙上的锦旗都是康复患者送来的'], clean: ['作者：心内科 王芳 主任医师', '指南推荐成人每周运动150分钟', '患者李女士出院时，给医护人员送来锦旗'] },
  },
  {
    // Hospital news tells of a banner or a letter of thanks; shown as proof of cure it is a testimonial, so a warning (the
    // error above is kept for banners displayed as proof: "墙上挂满锦旗", "锦旗都是康复患者送来的").
    id: 'endorsement.banner', category: 'endorsement', severity: 'warning',
    // Only with a tribute to a cure ("妙手回春", "医术精湛"): a banner or a letter plainly reported is hospital news.
    pattern: new RegExp(`(?:锦旗|感谢信|表扬信)(?=[^。；！？\\n]{0,24}?(?:${CURE_TRIBUTES}))|(?<=(?:${CURE_TRIBUTES})[^。；！？\\n]{0,24}?)(?:锦旗|感谢信|表扬信)`, 'gu'),
    source: '广告法 第十六条第一款第（四）项；医疗广告管理办法 第七条第（六）项',
    looksFor: '锦旗、感谢信：医院新闻可以报道，但写进科普或宣传就成了以患者名义作证明',
    message: '出现锦旗、感谢信：如用来证明疗效，属于利用患者名义作证明', suggestion: '科普中删除锦旗和感谢信；医院新闻不写疗效评价',
    examples: { hit: ['患者送来一面写着“妙手回春”的锦旗', '一封感谢信，感谢医生治好了他的老胃病'], clean: ['患者家属向医护人员表达谢意', '出院那天，家属给病区送来一封感谢信'] },
  },
  {
    id: 'endorsement.person-recommends', category: 'endorsement', severity: 'warning',
    pattern: /(?<![\p{Script=Han}])(?!指南|共识|医生|医师|专家|国家|卫健|协会|学会|研究|组织|政府|医院)(?:\p{Script=Han}{2,3})(?<!会|委|局|部|组织|中心|院|所|不|都|也|均|并|更|仍|再)(?:推荐|力荐|代言)(?=[^，。；！？\n]{0,6}(?:镜|仪|枕|药|产品|品牌|疗法|医院|保健品|面膜|胶囊))/gu,
    looksFor: '某人推荐某产品（“钟南山推荐护目镜”）：若是名人，不得为医疗、药品、保健品作推荐',
    message: '出现某人推荐产品或医院：名人、专家不得为医疗、药品、保健品作推荐证明', suggestion: '删除推荐人，说明依据（如指南原文）',
    examples: { hit: ['钟南山推荐护目镜'], clean: ['指南推荐的降压药有五大类'] },
  },
  {
    id: 'endorsement.recovery-story', category: 'endorsement', severity: 'warning',
    pattern: /(?:用|吃|喝|做|戴|枕|贴|试)(?:了)?[^，。；！？\n]{0,12}?(?:后|之后|以后|三个月|一个月|半年|一周)[^。；！？\n]{0,10}?(?:消失了|没有了|稳了|正常了|好了|治好了|不疼了|降下来了|年轻了|长出来了|翻倍)|(?:用|吃|喝|做|戴|枕|贴|试)了[^。；！？\n]{1,16}?(?:消失了|没有了|稳了|治好了|不疼了|长出来了|翻倍了?)|视力已经(?:恢复|回到|达到)?\s*\d\.\d|(?:血压|血糖|视力)(?:已经|都)?(?:恢复|降到|回到)正常了/gu,
    looksFor: '患者讲述用了某产品或疗法后的康复（证言）：“用了三个月血压稳了”“肺结节消失了”',
    message: '疑似以患者证言证明疗效：科普中不得以患者名义证明疗效', suggestion: '删除个人康复叙述，或改为说明疾病规律和个体差异',
    examples: { hit: ['枕用三个月后血压稳了，心不慌了', '做了健康管理仪，肺结节消失了'], clean: ['规律服药后，多数人的血压可以平稳下来'] },
  },
  {
    id: 'refund.frames', category: 'refund', severity: 'error',
    pattern: /无效(?:可|就|即|全额)?退(?:款|钱|费)?|治不好退(?:钱|款|费)|没(?:有)?效果(?:包)?退|包退|全额返还|(?:脱发|疗效|效果|无效|治疗)险|获赔(?:偿)?|(?:退还|退回|返还)(?:部分|全部|全额)?(?:费用|治疗费|手术费|花费)|按合同(?:退|赔)|达不到[^。；！？\n]{0,10}?(?:不收费|退款|退费|补种|免费|赔)|(?:补种|重做|返工)不收费|不满意(?:不收费|退款|可退)/gu,
    looksFor: '以退费、补做、合同约定来担保疗效：“达不到补种不收费”“按合同退还部分费用”',
    message: '以退款、免费补做等方式承诺疗效', suggestion: '删除退费和补做承诺',
    examples: { hit: ['术前签约存活率95%，达不到补种不收费', '连续三次失败，按合同退还部分费用'], clean: ['医保报销比例以当地政策为准'] },
  },
  {
    id: 'guarantee.product-treats', category: 'guarantee', severity: 'error',
    // No negation in between: "保健食品不能代替药物治疗疾病" is the warning every label must carry.
    pattern: new RegExp(`${any(NON_DRUG_PRODUCTS)}[^，。；！？\\n不没无非未]{0,12}?(?:能|可|可以|就能|能够|具有|有)?[^，。；！？\\n不没无非未]{0,4}?${any(TREATS)}`, 'gu'),
    qualifierExempt: true,
    looksFor: '非药品（保健食品、理疗仪、“量子”“纳米”产品……）声称治疗或预防疾病',
    message: '非药品声称具有治疗或预防疾病的作用', suggestion: '删除疗效声称；保健食品须注明“本品不能代替药物”',
    examples: { hit: ['这款保健食品吃了能治上百种病', '灵芝孢子油能治愈高血压', '量子眼镜能活化眼球细胞'], clean: ['保健食品不能代替药物治疗疾病'] },
  },
  {
    id: 'guarantee.can-cure', category: 'guarantee', severity: 'warning',
    pattern: /(?:能|能够|可以|可|都能|就能)(?:彻底)?(?:治愈|治好|根治)/gu,
    qualifierExempt: true,
    looksFor: '“能治愈、可以治好”：对一种疾病的事实陈述可以，对产品、疗法或本机构是疗效承诺',
    message: '出现“能治愈、可以治好”：若指本机构或某产品、疗法，属于保证疗效', suggestion: '说明适用条件和个体差异，如“早期发现、规范治疗，多数可以治愈”',
    examples: { hit: ['能够治愈近视、远视、散光等各类眼部疾病'], clean: ['大多数早期宫颈癌经规范治疗可以治愈', '目前没有药物可以根治糖尿病'] },
  },
  {
    id: 'inducement.offers', category: 'inducement', severity: 'error', lexical: true,
    // A consumer warning about promotions ("年货节有很多限时促销，购买保健品前要看清批准文号") is advice.
    allow: /看清|认准|理性消费|冲动消费|谨防|当心|警惕|套路|陷阱|为由招揽|诱导消费者/,
    softenWhen: new RegExp(PUBLIC_VACCINATION, 'u'),
    pattern: new RegExp(`${any(INDUCEMENTS)}|带[一二两三\\d]位[^，。；！？\\n]{0,8}?来(?:体验|就诊|治疗|检查)|(?:体验期|疗程)[^，。；！？\\n]{0,4}?延长`, 'gu'),
    looksFor: '赠品、返现、优惠券、红包、“转发/留言即可领取”、介绍他人来体验的奖励',
    message: '以赠送、优惠、红包等诱导就医或购买', suggestion: '删除优惠和赠送信息',
    examples: { hit: ['暑期矫正大放送', '连续来一个月再送好礼', '转发本文即可领取体检券'], clean: ['国家免疫规划疫苗免费接种'] },
  },
  {
    id: 'inducement.price', category: 'inducement', severity: 'warning',
    pattern: /(?:仅需|只需|仅|只要|低至|特惠|体验价|优惠价)(?:支付)?\s*\d+(?:\.\d+)?\s*元|\d+\s*(?:U|单位|次|项)+\s*\d+(?:\.\d+)?\s*元/gu,
    looksFor: '以低价招揽：“仅需支付58元”“2单位348元”',
    message: '以价格招揽就医：科普中不宜出现本机构项目价格', suggestion: '删除价格信息',
    examples: { hit: ['男性健康检查仅需支付58元', '除皱2U单位348元'], clean: ['一支狂犬病疫苗的价格因地区而异'] },
  },
  {
    id: 'state-name.frames', category: 'state-name', severity: 'error',
    pattern: new RegExp(`${any([...STATE_BODIES, ...STATE_INSTITUTIONS])}[^，。；！？\\n]{0,6}?(?:评定|评为|认定|授予|批准的|命名|指定|定点|专用|监制|关注的|认可|主管|技术指导|文件推荐)|示范基地|(?:解放军|部队|军队)某部|${any([...STATE_BODIES, ...STATE_INSTITUTIONS])}[^，。；！？\\n]{0,6}?(?:推荐|推广|认证)(?:的)?[^，。；！？\\n]{0,6}?(?:医院|机构|产品|药|疗法|品牌|技术|项目|器械|保健品)|(?:医保|新农合|国家|政府)[^，。；！？\\n]{0,12}?(?:定点|指定)(?:医院|机构|单位)|(?:部队|军队|军区|武警|军医|军方)(?:专家|医生|医院|专用|特供|技术|配方)|(?:央视|CCTV|电视台|人民日报|新华社)[^，。；！？\\n]{0,4}?(?:报道|推荐|认证|播出|专题|合作|特约|见证|曝光)|补助政策|国家(?:级)?(?:专利|特批|重点(?:推广|扶持))|航天(?:技术|科技|专用|育种)`, 'gu'),
    // "在医保定点医院可以直接结算" tells patients where their insurance works; only the
    // hospital's own claim ("本院是医保定点医院") lends the state's name.
    // News cited as news ("央视新闻报道，……") and the army in history or public service ("我国军队医院在
    // 抗疫中……", "前身为部队医院，2004年移交地方") lend no name.
    allow: new RegExp(`指南|共识|《|发布的|建议成年人|建议每天|建议居民|免疫规划|^(?![^。；！？\\n]*(?:本院|我院|我们医院|该院|本中心|本机构))[^。；！？\\n]*(?:直接结算|即时结算|异地就医|报销|垫付|参保)|${MEDIA_CITATION}|${STATE_HISTORY}`, 'u'),
    looksFor: '用国家机关、军队、官方媒体的名义作背书：卫健委认证、医保定点、部队专家、央视推荐',
    message: '利用国家机关、军队或官方媒体名义作推荐、证明', suggestion: '引用政策时写明文件名称，不作为医院或产品的背书',
    examples: { hit: ['本院被国家计生委评定为十大诊疗机构', '国家定点医院，医保指定机构', '部队专家亲诊'], clean: ['国家卫健委发布的指南建议成年人每天运动', '根据国家免疫规划，儿童免费接种', '在医保定点医院可以直接结算，不用自己垫付'] },
  },
  {
    id: 'disguised-ad.channels', category: 'disguised-ad', severity: 'error',
    pattern: new RegExp(`${any(PRIVATE_CHANNELS)}[^。；！？\\n]{0,10}?${any(CHANNEL_GOALS)}|${any(CHANNEL_GOALS)}[^。；！？\\n]{0,6}?(?:请|可|就)?${any(PRIVATE_CHANNELS)}|\\d+\\s*号产品|(?:专家|医生|老师)一对一|${any(BOOKING_POINTERS)}|(?:留言|评论|关注|回复)[^，。；！？\\n]{0,8}?(?:领取|获取|预约|免费|送)`, 'gu'),
    // The public booking line (114) and hotlines are where 科普 may send readers (抖音医疗社区公约 allows 114).
    allow: /(?<!\d)114(?!\d)|12320|12345|12356|疾控|接种/,
    looksFor: '把读者引到私下渠道去预约、领方案或买东西：私信、评论区留言、添加客服、扫码、进群',
    message: '以私信、留言、加客服、扫码、进群等方式引流，属于以科普形式发布变相广告', suggestion: '删除引流话术；科普结尾只提示到正规医院就诊',
    examples: { hit: ['想要调理方案请私信', '今晚进群听专家一对一咨询', '评论区留言领取饮食方案'], clean: ['有疑问请到正规医院咨询医生', '欢迎在评论区分享你的经验'] },
  },
  {
    id: 'fear.certainty', category: 'fear', severity: 'error',
    // "不提前预防就是在拿命赌": the 不 belongs to the threat, so a negation does not make it education.
    educationExempt: false,
    // "通过“整容要趁早”等不良价值观的医美广告……": a slogan quoted as an example of bad advertising.
    allow: /警惕|所谓|谣言|误区|号称|标题党|制造焦虑|不要被|[”」』]\s*(?:等|之类)[^。；！？\n]{0,12}?(?:广告|宣传|话术|说法|口号|价值观)/,
    pattern: new RegExp(`${any(FEAR_WORDS)}|不(?:治|治疗|处理|干预|重视)[，,]?[^。；！？\\n]{0,10}?(?:加速|跟着来|找上门|越来越重|无法挽回|来不及)|(?:\\d+(?:\\.\\d+)?\\s*[亿万]|[几九八七六五]成)的?人(?:都|竟然|居然)?(?:不知道|没意识到|做错了|在脱发)`, 'gu'),
    looksFor: '制造恐慌：不治疗必然出现严重后果、“后悔莫及”“少活15年”“X成的人都不知道”“颠覆传统”',
    message: '以恐吓或夸大后果的方式制造焦虑', suggestion: '客观说明风险和概率，如“如不规范治疗，部分患者可能……”',
    examples: { hit: ['长期口臭会让人少活15到20年', '口臭不治，衰老加速，便秘跟着来', '不提前预防就是在拿命赌'], clean: ['高血压患者如不规范治疗，部分人可能出现并发症'] },
  },
  {
    id: 'superstition.cure-all', category: 'superstition', severity: 'error', lexical: true,
    pattern: new RegExp(any(SUPERSTITIONS), 'gu'),
    looksFor: '验方、古法、多病同治、“专治A和B”、“九种病”：神化疗效或包治多病',
    message: '以验方、古法、多病同治等神化疗效', suggestion: '删除神化表述，介绍有循证依据的方法',
    examples: { hit: ['古法传承的百年验方', '安全无依赖性，多病同治', '专治糖尿病、高血压'], clean: ['不要轻信所谓的“百年验方”'] },
  },
  // Frames over the same families, worded as advertisers word them (./frames.ts).
  ...FRAME_RULES,
];

/** Rule ids produced by code-based detectors, for waivers, docs and the convention test. */
export const DETECTOR_RULES: { id: string; category: Category; severity: Severity; message: string; looksFor?: string }[] = [
  {
    id: 'ad.likely', category: 'disguised-ad', severity: 'warning', message: '这句话读起来像医疗广告：请核对是否在宣传本机构、产品或疗效',
    looksFor: '没有被任何规则命中、但整体读起来像医疗广告的句子。这是一个学习得到的评分（./ad-likeness.ts：字符 1–3 元组上的逻辑回归，'
      + '只用调参材料训练——评测集的调参半、violating-tune / clean-tune、规则自带的例句，以及 content/ 和 natural/tune* 文章的全部句子；'
      + '权重在 ad-likeness.json，由 test/compliance/train-ad-likeness.ts 生成），阈值由分组交叉验证选定，使正常科普句的误报不超过约 1.5%。'
      + '只报警告、不阻止发布；消息写出最像的广告类别和推高评分的词语；否定、引述辟谣、提问等科普用法不报，已被规则命中的句子不重复报',
  },
  { id: 'privacy.id-card', category: 'privacy', severity: 'error', message: '出现居民身份证号码（18 位，校验位有效）' },
  { id: 'privacy.id-card-15', category: 'privacy', severity: 'error', message: '出现 15 位居民身份证号码' },
  { id: 'privacy.mobile', category: 'privacy', severity: 'error', message: '出现手机号码' },
  { id: 'privacy.landline', category: 'privacy', severity: 'error', message: '出现固定电话号码' },
  { id: 'privacy.record-number', category: 'privacy', severity: 'error', message: '出现住院号、病案号、门诊号或床号' },
  { id: 'privacy.bed', category: 'privacy', severity: 'warning', message: '出现床位号' },
  { id: 'privacy.card', category: 'privacy', severity: 'error', message: '出现医保卡、社保卡或银行卡号' },
  { id: 'privacy.card-like', category: 'privacy', severity: 'warning', message: '出现疑似银行卡号（通过 Luhn 校验）' },
  { id: 'privacy.id-like', category: 'privacy', severity: 'warning', message: '出现标明为身份证的号码（校验位不符，请确认是否为真实证件号）' },
  { id: 'privacy.card-labelled', category: 'privacy', severity: 'error', message: '出现标明为医保卡、银行卡等的卡号' },
  { id: 'privacy.birth-date', category: 'privacy', severity: 'error', message: '出现精确到日的出生日期' },
  { id: 'privacy.name', category: 'privacy', severity: 'error', message: '出现患者或家属的真实全名' },
  { id: 'privacy.address', category: 'privacy', severity: 'error', message: '出现具体到门牌、楼栋或房间的住址' },
  { id: 'privacy.in-comment', category: 'privacy', severity: 'error', message: 'HTML 注释中含有个人信息' },
  { id: 'consent.missing', category: 'consent', severity: 'error', message: '患者故事缺少知情同意记录' },
  { id: 'consent.expired', category: 'consent', severity: 'error', message: '知情同意已过期' },
  { id: 'consent.not-yet', category: 'consent', severity: 'error', message: '知情同意签署日期晚于发布日期' },
  { id: 'consent.platform', category: 'consent', severity: 'error', message: '知情同意未覆盖该平台' },
  { id: 'consent.scope', category: 'consent', severity: 'warning', message: '知情同意的范围未覆盖该媒介' },
  { id: 'required.author', category: 'required-elements', severity: 'warning', message: '未注明作者' },
  { id: 'required.source', category: 'required-elements', severity: 'warning', message: '未注明来源或参考资料' },
  { id: 'required.date', category: 'required-elements', severity: 'warning', message: '未注明发布时间' },
  { id: 'required.audience', category: 'required-elements', severity: 'warning', message: '未注明适用人群' },
  { id: 'ai-label.missing', category: 'ai-label', severity: 'error', message: 'AI 辅助生成的内容缺少标识' },
  { id: 'statistics.no-reference', category: 'statistics', severity: 'warning', message: '引用了统计数据，但文章没有参考资料' },
  { id: 'waiver.unknown-rule', category: 'waiver', severity: 'warning', message: '豁免标注中的规则不存在' },
  { id: 'waiver.no-reason', category: 'waiver', severity: 'warning', message: '豁免标注缺少理由' },
  { id: 'waiver.unused', category: 'waiver', severity: 'info', message: '豁免标注没有对应的问题' },
  { id: 'structure.derived-hashtags', category: 'structure', severity: 'info', message: '未填写 tags，话题由标题和正文推导' },
  { id: 'structure.no-takeaways', category: 'structure', severity: 'warning', message: '没有识别出要点' },
  { id: 'structure.default-cta', category: 'structure', severity: 'info', message: '文章没有自己的就医提示，稿件结尾使用默认提示' },
];

export interface RuleMeta {
  id: string;
  category: Category;
  severity: Severity;
  message: string;
}

export const RULE_META: Map<string, RuleMeta> = new Map(
  [...CLAIM_RULES, ...DETECTOR_RULES].map((r) => [r.id, { id: r.id, category: r.category, severity: r.severity, message: r.message }]),
);

/** The statute for a rule: its own when narrower, else its category's. */
export function ruleSource(id: string): string | undefined {
  const claim = CLAIM_RULES.find((r) => r.id === id);
  if (claim?.source) return claim.source;
  const meta = RULE_META.get(id);
  return meta ? CATEGORIES[meta.category].source : undefined;
}
