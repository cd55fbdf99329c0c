/**
 * Claim rules as data: what a medical-advertising claim looks like in text, why it is
 * forbidden (the legal source, so a reviewer can look it up) and what to write instead.
 * No licensed word list exists for this, so each entry is written from the statutes listed in
 * /work/shared/compliance.md. Detectors that need code (privacy, consent, required elements)
 * register their rule ids in RULE_META below so waivers and docs know every id.
 */
import type { Severity } from '../manifest.ts';

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
}

// Shared pieces of patterns.
const NUM = '(?:\\d+(?:\\.\\d+)?|[一二三四五六七八九十百两]+)';
const PCT = '\\d+(?:\\.\\d+)?\\s*[%％]';
/** Counters after 第一 that make it an ordinal ("第一步", "第一次复诊", "第一道防线"), not a ranking. */
const ORDINAL_COUNTERS = '大|号|步|次|天|日|周|个|种|条|类|针|剂|阶段|期|批|轮|年|月|时间|口|部分|章|节|课|点|胎|道|位|件|项|层|顿|餐|瓶|片|粒|组|段|句|招|关|线|反应|印象|眼|声|例';

export const CLAIM_RULES: ClaimRule[] = [
  // 绝对化用语
  {
    id: 'absolute.national-level', category: 'absolute', severity: 'error',
    pattern: /国家级|世界级|全球级|国际级|最高级|顶级|顶尖|极品|至尊|殿堂级/g,
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
    allow: /之一|——\s*《|《[^》]*(?:指南|共识|方案|规范|标准)》|世界卫生组织|WHO|指南(?:指出|推荐|建议)|共识(?:指出|推荐)/,
    message: '“最有效、最彻底”等最高级表述需有权威出处，否则属绝对化用语', suggestion: '引用指南原文并注明出处，或改为“有效的方法之一”',
  },
  {
    id: 'absolute.first', category: 'absolute', severity: 'error',
    pattern: new RegExp(`(?:全国|全省|全市|国内|世界|全球|业内|行业)第一(?!${ORDINAL_COUNTERS})|第一(?!${ORDINAL_COUNTERS}|[，,、：:；;\\s])|NO\\.?\\s?1(?!\\d)|No\\.?\\s?1(?!\\d)|首家|首创|独家|王牌|冠军`, 'g'),
    message: '使用了“第一、首家、独家”等排他性用语', suggestion: '删除排他性表述；序数用法（第一步、第一次）不受限',
  },
  {
    id: 'absolute.unique', category: 'absolute', severity: 'warning',
    pattern: /唯一(?:的)?(?:医院|方法|疗法|选择|办法|途径|治疗)?|首选|权威专家|金牌/g,
    message: '“唯一、首选、权威专家”等用语可能构成绝对化用语', suggestion: '如引用诊疗指南，请注明出处；否则改为“常用、推荐之一”',
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
    pattern: /根治(?!术|性)|彻底(?:治愈|治好|痊愈|根除|康复|摆脱)|完全(?:治愈|治好|根除)|(?:保证|确保|包)(?:根治|治愈|治好|有效|康复|痊愈|见效)|包治百病|包好|药到病除|断根|除根|一(?:针|次|贴|疗程)(?:治愈|根治|见效|搞定|就好|痊愈)|[一二三四五六七八九十两\d]+天(?:即愈|治愈|痊愈|见效|康复|就好)/g,
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
    pattern: /现身说法|(?:患者|病人|病友|家属|康复者)(?:感言|证言|见证|好评|感谢信|送锦旗)|康复患者(?:分享|讲述)|疗效见证|效果见证|亲身见证|用过都说好|好评如潮|治疗前后对比|(?:术前|治疗前)(?:术后|治疗后)对比|前后对比(?:图|照)?/g,
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
    id: 'inducement.free', category: 'inducement', severity: 'error',
    pattern: /免费(?:治疗|手术|诊治|看病|赠送|送|领取|试用|试吃|领|做)|赠送|买[一二\d]送[一二\d]|送礼品?|礼品|抽奖|奖品|红包|限时(?:特惠|优惠|折扣|免费|抢购)|特价|优惠价|折扣价|打[一二三四五六七八九\d]折|名额有限|先到先得|前\d+名(?:免费|半价|优惠)/g,
    message: '以免费治疗、赠送、优惠等诱导就医或购买', suggestion: '删除优惠和赠送信息',
  },
  {
    id: 'inducement.free-screening', category: 'inducement', severity: 'warning',
    pattern: /免费(?:检查|体检|筛查|咨询|义诊|接种|评估|测)/g,
    allow: /国家免疫规划|免疫规划|公共卫生|基本公共卫生|政府|卫健委|疾控|惠民|两癌筛查|民生项目/,
    message: '“免费检查、免费筛查”须是政府公共卫生项目；医疗机构以此招揽患者属于诱导', suggestion: '注明项目主办方和政策依据，如“国家免疫规划疫苗免费接种”',
  },
  // 排名、获奖、指定
  {
    id: 'ranking.award', category: 'ranking', severity: 'error',
    pattern: /排名(?:第一|前[一二三四五六七八九十\d]+|领先|靠前)|排行榜|(?:荣获|斩获|获评|被评为)[^，。；\n]{0,12}?(?:奖|称号|荣誉|医院|科室|专科|名医)|获奖医院|百强|十强|十佳|名列前茅|(?:协会|学会|组织)(?:推荐|指定|认证)(?:的)?(?:医院|产品|药物?|品牌|疗法)?|指定(?:医院|用药|产品|药品|品牌)|唯一指定/g,
    message: '使用排名、获奖或“指定、推荐”信息作宣传', suggestion: '删除排名和获奖信息',
  },
  // 迷信、秘方、神化
  {
    id: 'superstition.secret', category: 'superstition', severity: 'error',
    pattern: /祖传(?:秘方|偏方|配方|疗法)?|宫廷(?:秘方|配方|疗法)|秘方|秘制|神医|神药|神效|奇效|神奇(?:疗效|功效|效果)|灵丹妙药|仙丹|起死回生|妙手回春|华佗再世|开光/g,
    message: '使用“祖传秘方、神医、神药”等迷信或神化表述', suggestion: '删除神化表述，介绍有循证依据的方法',
  },
  {
    id: 'superstition.folk', category: 'superstition', severity: 'warning',
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
    allow: /12320|12345|12356|120急救|拨打120|疾控中心/,
    message: '科普内容中出现咨询热线、加微信、扫码预约等引流信息', suggestion: '删除联系方式和引流话术；科普结尾只提示“请到正规医院就诊”',
  },
  {
    id: 'disguised-ad.purchase', category: 'disguised-ad', severity: 'error',
    pattern: /购买链接|购物链接|点击(?:购买|下单|链接购买)|立即(?:购买|下单|抢购)|下单|小黄车|橱窗|商品链接|(?:在线|立即|马上|点击)预约/g,
    message: '科普内容中出现购买链接或引导到本院就诊', suggestion: '删除购买和预约引导',
  },
  {
    id: 'disguised-ad.booking', category: 'disguised-ad', severity: 'warning',
    pattern: /预约挂号|网上预约|预约(?:专家|名医|手术)|(?:到|来)我院(?:[^，。；\n]{0,6}?)(?:就诊|治疗|手术|咨询|检查)/g,
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
];

/** Rule ids produced by code-based detectors, for waivers, docs and the convention test. */
export const DETECTOR_RULES: { id: string; category: Category; severity: Severity; message: string }[] = [
  { id: 'privacy.id-card', category: 'privacy', severity: 'error', message: '出现居民身份证号码（18 位，校验位有效）' },
  { id: 'privacy.id-card-15', category: 'privacy', severity: 'error', message: '出现 15 位居民身份证号码' },
  { id: 'privacy.mobile', category: 'privacy', severity: 'error', message: '出现手机号码' },
  { id: 'privacy.landline', category: 'privacy', severity: 'error', message: '出现固定电话号码' },
  { id: 'privacy.record-number', category: 'privacy', severity: 'error', message: '出现住院号、病案号、门诊号或床号' },
  { id: 'privacy.bed', category: 'privacy', severity: 'warning', message: '出现床位号' },
  { id: 'privacy.card', category: 'privacy', severity: 'error', message: '出现医保卡、社保卡或银行卡号' },
  { id: 'privacy.card-like', category: 'privacy', severity: 'warning', message: '出现疑似银行卡号（通过 Luhn 校验）' },
  { id: 'privacy.birth-date', category: 'privacy', severity: 'error', message: '出现精确到日的出生日期' },
  { id: 'privacy.name', category: 'privacy', severity: 'error', message: '出现患者或家属的真实全名' },
  { id: 'privacy.address', category: 'privacy', severity: 'error', message: '出现具体到门牌、楼栋或房间的住址' },
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
