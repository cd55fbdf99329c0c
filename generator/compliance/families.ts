/**
 * Word families, as data: the many ways advertisers word one kind of claim. A rule in
 * ./rules.ts is a frame over these (a context, a claim, an object), so a new wording joins a
 * family here instead of a new rule there. Sources: the statutes cited by each rule's category,
 * and the wording quoted in published enforcement cases (市场监管部门 医疗、药品、保健食品广告
 * 典型案例), of which test/fixtures/compliance-eval holds a sample.
 */

/** Alternation of the family's entries (entries may themselves be small patterns). */
export const any = (family: readonly string[]): string => `(?:${family.join('|')})`;

/** Numbers as advertisers write them: digits, Chinese numerals, "百分之九十", "九成", "八成以上". */
export const NUMBER = '(?:\\d+(?:\\.\\d+)?|[零一二三四五六七八九十百千万两几]+)';
export const PERCENT = `(?:\\d+(?:\\.\\d+)?\\s*[%％]|百分之[零一二三四五六七八九十百点几]+|[一二三四五六七八九十几]成(?:以上|多)?|接近百分之百|近百分之百|百分百)`;
/** A stretch of treatment: "三次", "一个疗程", "3个月", "两周". */
export const SPAN = `(?:${NUMBER}\\s*(?:次|天|日|周|个?星期|个?月|年|个?疗程|粒|贴|针|剂|盒))`;

/** Rank and superlative without 最 (广告法 第九条第（三）项). */
export const RANK_WORDS = [
  '首屈一指', '数一数二', '独一无二', '无与伦比', '无可比拟', '业界标杆', '行业标杆', '标杆医院', '行业领军', '领军(?:医院|品牌|机构|专家|企业)',
  '领跑', '龙头', '金牌(?:专家|医生|团队|技术|项目)?', '王牌', '一流(?:专家|医生|团队|技术|水平|设备)', '顶尖(?:专家|医生|团队|技术|水平)',
  '遥遥领先', '无人能及', '不二之选', '必选', '至尊', '巅峰', '天花板',
] as const;

/** Promises that a result will come, stay or be safe (广告法 第十六条第一款第（一）项). */
export const GUARANTEE_WORDS = [
  '一劳永逸', '万无一失', '一次(?:解决|搞定|到位|见效)', '再也不(?:犯|复发|会犯|用吃药|长|痛|疼)', '不再(?:复发|犯病|龅牙|长|反弹)',
  '从此(?:不用|告别|远离|摆脱|不再)', '彻底(?:告别|摆脱|解决|消失|清除|消除)', '(?:全|都|统统)消失', '永久(?:定型|有效|去除|根除|保持|不)',
  '终身(?:不|免)', '无任何风险', '没有任何风险', '毫无风险', '零风险', '零副作用', '零失败', '极速恢复', '快速(?:燃脂|瘦身|恢复)',
  '治一个好一个', '百治百效', '包(?:好|灵|效)',
] as const;

/** What a cure looks like in an ad, after a stretch of treatment ("三个月可使血压恢复正常"). */
export const OUTCOME_WORDS = [
  '治愈', '痊愈', '根治', '康复', '恢复正常', '(?:全|都)?消失', '见效', '就好', '好了', '搞定', '断根', '摘掉', '停药', '瘦\\s*\\d+\\s*斤',
] as const;

/** Rates of success by any name (广告法 第十六条第一款第（二）项). */
export const RATE_NAMES = [
  '治愈率', '有效率', '总有效率', '好转率', '痊愈率', '显效率', '康复率', '缓解率', '根治率', '成功率', '存活率', '成活率', '满意率',
] as const;
/** Rates that also occur in plain epidemiology ("心肺复苏成功率"): warn, an error only with the institution's own voice. */
export const SOFT_RATE_NAMES = ['成功率', '存活率', '成活率', '满意率'] as const;

/** Who or what a treatment is set against (广告法 第十六条第一款第（三）项). */
export const OTHER_PARTY = [
  '别的医院', '别家(?:医院)?', '外院', '其他医院', '其它医院', '公立医院', '大医院', '别人', '其他机构', '传统(?:药物|疗法|手术|治疗)',
  '吃药', '西药', '中药', '药物', '手术', '开刀', '进口药', '水光(?:注射)?', '化疗', '放疗', '激素',
] as const;
export const BETTER_WORDS = ['不如', '比不上', '媲美', '超出', '超过', '胜过', '强于', '优于', '好于', '远超', '碾压', '秒杀', '强多了', '好多了', '快多了'] as const;

/** People whose word is used as proof (广告法 第十六条第一款第（四）项). */
export const VOUCHERS = [
  '院士', '名医', '明星', '网红', '大咖', '知名专家', '权威专家', '老中医', '医学家', '著名\\p{Script=Han}{0,4}?家', '国医大师', '主任医师',
] as const;
export const FAMOUS_HOSPITALS = [
  '三甲医院', '三甲', '协和', '湘雅', '华西', '同济', '瑞金', '301', '北京大医院', '省级医院', '知名医院', '大医院', '北京', '上海', '广州',
] as const;

/** Gifts and bargains (药品广告审查发布标准 第十二条第（二）项). */
export const INDUCEMENTS = [
  '大放送', '送好礼', '再送', '好礼', '赠品', '返现', '返利', '优惠券', '代金券', '抵用券', '现金券', '红包', '福利价', '体验价', '团购价', '秒杀价',
  '(?:转发|留言|点赞|关注|集赞)[^，。；！？\\n]{0,6}?(?:即可|就能|可)?(?:领取|获得|免费|得)', '到店(?:就能|即可)?(?:体验|领取)', '免费体验', '体验期',
] as const;

/** State organs, the army and state media lending their name (广告法 第九条第（二）项). */
export const STATE_BODIES = [
  '国家', '卫健委', '卫生部', '卫计委', '计生委', '国家计生委', '药监局', '政府', '中央', '军队', '部队', '军方', '军区', '解放军', '武警', '央视', 'CCTV', '电视台', '人民日报', '新华社',
] as const;

/** Leading readers to a private channel (广告法 第十九条; 互联网广告管理办法 第八条). */
export const PRIVATE_CHANNELS = [
  '私信', '评论区留言', '留言区', '后台回复', '后台留言', '添加客服', '加客服', '联系客服', '找客服', '进群', '加群', '入群', '群里',
  '扫码', '扫一扫', '长按识别', '点击头像', '主页链接', '链接中的', '小程序',
] as const;
export const CHANNEL_GOALS = ['预约', '咨询', '领取', '方案', '获取', '报名', '购买', '下单', '一对一', '优惠', '名额', '挂号', '问诊', '调理'] as const;

/** Fear: certainty of a bad outcome, or numbers that make everyone a patient (419号 负面清单第5–6条). */
export const FEAR_WORDS = [
  '后悔莫及', '追悔莫及', '悔之晚矣', '后悔都来不及', '拿命(?:赌|开玩笑)', '少活\\s*\\d+', '再也(?:长不回来|治不好|回不去)', '颠覆传统', '颠覆认知',
  '千万别不当回事', '等死', '命悬一线', '(?:马上|立刻|很快)(?:反弹|复发|恶化)', '危害健康',
] as const;

/** Secret recipes and cure-alls (医疗广告管理办法 第七条第（四）项). */
export const SUPERSTITIONS = ['百年验方', '验方', '古法传承', '古法', '多病同治', '百病', '专治\\p{Script=Han}{1,6}[、和]\\p{Script=Han}{1,6}', '[一二三四五六七八九十几]种病'] as const;
