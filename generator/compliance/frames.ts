/**
 * Claim frames: each rule is context + claim + object over the word families in ./families.ts,
 * so a claim is caught however an advertiser words it, not only in the words a rule was first
 * written for. Where a frame is likely but not certain the finding is a warning that says what
 * to check; an error only where a reviewer would block. Education stays safe through
 * ./context.ts (negation, warning-against, quotation, questions, hedges).
 */
import type { ClaimRule } from './rules.ts';
import {
  AMOUNT, any, BIG_AMOUNT, SPAN, APPEARANCE_ANXIETY, BEFORE_AFTER, BETTER_QUALITIES, CONTACT_CHANNELS, CONTACT_GOALS, ELSEWHERE, EPIDEMIOLOGY_RATES, FAILED_THERE,
  GIFT_TRIGGERS, GIFT_WORDS, OFFER_WORDS, HARMS, PRODUCT_FORMS, PSEUDO_CARE, REGRET, SALES_TALK, SHARE, SHARE_OUTCOMES, STATE_ACTS, STATE_LENDERS, VOUCHING_ACTS,
  DISEASE_ACTIONS, DISEASE_END, EFFECT_PRAISE, FOOD_FORMS, CURE_ALL_PROMISES, ORG_PROOF, STATE_INSTITUTIONS, STATE_DEEDS, MEDIA_APPEARANCES, CONTACT_SLANG, CONTACT_HINTS, FEAR_HOOKS, RANK_PLACES, TESTIMONY, OWN_SERVICE, SPAN_RECOVERY, NO_BURDEN_LIST, STATE_PERSONS, LEADER_SERVICE, BOASTED_CREDENTIALS, CELEBRITY_CUSTOMERS, SHOWCASE_CASES, LIVE_SALES_TALK, LOOKS, FORTUNE, HYPE, DRIVE_OUT, DETOX_TALK, LIFELONG, MYOPIA_CURES, NAMED_HOSPITALS, NO_RETURN, SPOKES_TITLES, VISION_PROMISES,
  STATE_MEDIA, MEDIA_CREDITS, OFFICIALS, OFFICIAL_ENDORSING, MEDIA_CITATION, STATE_HISTORY, RIVAL_TREATMENTS, LUMPS,
  STATE_ORGANS, ORGAN_ENDORSING, ENDORSED_THINGS, STATE_CLINICS, CLINIC_SERVICE, CLINIC_HISTORY, OFFICIAL_HOLDERS, OFFICIAL_VISITS, OWN_SIDE, STATE_PROGRAMMES, STATE_UNIT_TITLES, MIRACLE_OUTCOMES, FEAR_SLOGANS, AUTHORITY_MAKERS, AUTHORITY_MAKING, FOREIGN_PROOF, CROWD_USERS, SHARE_OF_CURED, BUY_GIFT, PHONE_ADVISER, CERTAIN_RELIEF, REFERRAL_REWARDS,
  INACTION, DIRE_OUTCOMES, CERTAIN_MODAL, HIDDEN_HARM, CERTAINTY, EVERYONE, CURE_VERBS, ANY_CASE, NO_TRACE_OF, LASTS_FROM_ONE, RESULT_AMOUNT, FAST_OR_ONE_DOSE, NO_EFFORT, RIVALS, COMES_OUT_BETTER, TIMES_OF, PROMISED, RESULT_QTY, GRATITUDE, USERS, REPORTED_RELIEF,
  FAILED_RESULT, MONEY_BACK, PAY_ON_RESULT, FEE_WAIVED, OFFER_TIME, LOW_PRICE, FIRST_TIME, MONEY_GAMES,
  PERSONAL_MATERIAL, TO_THE_AUTHOR, ME_CONTACT, WHO_NEEDS, ON_MY_PROFILE, LEAVE_CONTACT, I_WILL_READ,
  STATE_BACKERS, PUSHING, ARMY_USERS, ARMY_GRADES, OFFICIAL_CUSTOMERS,
  RANK_METRICS, TOP_PLACE, HEAD_CHAIR, YEARS_RUNNING, HONOUR_ACTS, HONOUR_ENDS,
  UNRIVALLED, BOASTED_THINGS, ACCLAIMED, FEW_OF_THEM, RARE_HERE, FOR_SURE,
  ROOTED_OUT, NOTHING_AT_ALL, NOT_COMING_BACK, DISEASE_STAYS_AWAY, NONE_UNCURED, ON_ME, REGIMEN_ENDED, ALL_DISEASES, ONE_DOSE_DOWN, LAZY_RESULT, LUMP_WORDS, ALL_GONE, MYOPIA_GONE, GLASSES_GONE,
  NOT_WORSE_THAN, COLLOQUIAL_BETTER, FOLK_MAGIC, CURED_TELL, FAMOUS_SAY, BEFORE_AND_AFTER, FEAR_TO_YOU, EACH_ONE_CURED, ONLY_CHOICE, NOT_A_PENNY,
  POPULATION_RANKED, BOOKING_PROCEDURE, OWN_PLACE, COURSE_VERBS, MEASURED_GAIN, RENEWED_BODY, REPAIRS_TISSUE, DISEASE_TERMINUS, PRODUCT_FEATURE, POLITICAL_EVENTS, EVENT_OFFERS, EVERY_CASE_BEST, CURE_TRIBUTES, COMMENT_FOR_MATERIAL, MARKETING_BYLINE, SPECIAL_EFFECT, CURED_MINE, ALL_HARD_CASES, QUOTED_HONOUR, PUBLIC_HONOURS, NO_LONGER_TROUBLED, STONES_GONE, ARMY_TRUST, ORGAN_PRESS, PUBLIC_ORG_MAKERS, PROVIDER_SLOGAN, CONTACT_APPENDED, PROVIDER_OPENS, EVERYDAY_PROMISES, FAVOURITE,
  CURED_SHARE_TALK, SMALL_DOSE_CURES, MORE_PROMISES, CROWD_SAID, WORTH_MANY, FOR_LEADERS_ONLY, TIMETABLE_RELIEF, DRINK_TREATS, LONGEVITY_REWARD, BEST_PROVIDER,
  CASE_CARD_RESULT, ONE_ACT_RESULT, EVERYDAY_PRODUCTS, MEDICAL_ACTIONS, IT_KILLS_ALL, SUBJECTS_FELT, REMEDY_LINEAGE, SYMPTOMS_SOLVED, STATE_PARTNER, LIFE_SPAN_PROMISED, PATIENTS_PROVED, MY_DISEASE_GONE,
  RIVAL_COST_OWN_EASE, TIMES_A_RIVAL, GATHERING_GIFTS, DELAY_WORSENS, YOU_DECAYING, OCCULT_MAKERS,
  COURSE_THEN_GONE, SPAN_THEN_OFF_DRUGS, READING_AT_ONCE, GROWTHS_DIE_OFF, CUSTOMER_PROOF, NONE_OF_MANY, FEAR_TO_ACT,
} from './families.ts';

/** Stays inside one clause. */
const GAP = (n: number) => `[^，。；！？\\n]{0,${n}}?`;
/** Stays inside one sentence. */
const SGAP = (n: number) => `[^。；！？\\n]{0,${n}}?`;
const HAN = '\\p{Script=Han}';
const re = (source: string) => new RegExp(source, 'gu');

/*
 * LOOK_FIRST: a lookbehind that only qualifies what follows it (`(?<=没效果…)退款`) is written
 * after a lookahead for that same thing, `(?=退款…)(?<=没效果…)退款`, which matches exactly the
 * same. The regexp engine tries a pattern at every position of a line and evaluates its parts in
 * order; the lookbehind, which walks back over up to a dozen characters per alternative, was
 * tried at every position and made these two rules a tenth of checking an article.
 */

/** Policies, programmes and healthy habits the state promotes: what it "推广" is education, not an endorsement. */
const STATE_PROMOTES = '制度|(?<!健康)服务(?!机构|中心|站)|行动|计划|三减三健|运动|锻炼|体操|疫苗|接种|筛查|家庭医生|签约|分级诊疗|生活方式|控烟|戒烟|减盐|减油|减糖|限酒|母乳|膳食|食养';
/** Public programmes and public numbers: never an inducement or a private channel. */
const PUBLIC_PROGRAMME = /免疫规划|政府|卫健委|卫生健康委|疾控|社区卫生|公共卫生|民生|医保|报销|惠民政策|举报|接种|疫苗|12320|12345|12356|120|110|(?<!\d)114(?!\d)/;
/** Citing a document or data is not lending a name. */
const CITATION = /指南|共识|《|发布的?|建议|免疫规划|政策|文件|通知|规定|要求|标准|数据|统计|调查|监测|公布|成年人|每天|每日|每周|居民|儿童|公众/;

/**
 * A disease (or its operations, cases) as what is ranked: "肺癌手术量排在第一位", "乳腺癌位居女性恶性肿瘤首位".
 * A department or hospital named after a disease ("肿瘤科排名", "肿瘤医院位居") is not.
 */
const DISEASE_RANKED = '(?:癌|瘤|病|症)(?:(?!科|院|中心|专科)\\p{Script=Han}){0,4}?(?:排在|排名|位居|居于|高居|名列)';

/** Scopes that turn 最 into a boast about a place's institution ("本市最大", "国内配置最高"). */
const SCOPES = '国内|全国|省内|全省|本市|全市|市内|本地区?|区域内?|业内|行业内?|世界|全球|亚洲|国际上?|同类|同行|(?<=\\p{Script=Han}{2})地区|全区|全县|县内|区内';
/** What such a boast is about: the institution, its equipment, its technique. */
const FACILITIES = '医院|设备|仪器|型号|技术|专家|团队|科室|中心|品牌|产品|疗法|车|设施|诊所|机构|实验室|手术室|检验室|项目|病房';
const CELEBRITIES = '(?:明星|女星|男星|名人|名流|知名人士|网红|达人|博主|艺人|偶像|主持人|演员|歌手|影星|球星|大咖|女神|男神)';
const ARMY_MEDIA = '(?:部队|军队|全军|军区|军方|解放军|武警|空军|海军|陆军|火箭军|军医大学|航天|央视|CCTV|中央电视台|人民日报|新华社|人民网|新闻联播|卫视)';

export const FRAME_RULES: ClaimRule[] = [
  // 治愈率、有效率 — any rate word near a share, any share of patients reaching an outcome, any count of cures.
  {
    id: 'cure-rate.any-rate', category: 'cure-rate', severity: 'warning',
    pattern: re(`(?:治愈|有效|好转|痊愈|显效|康复|成功|存活|成活|满意)率${GAP(4)}(?:远高于|高于|领先|超过|优于|居|名列)|(?<=${HAN})率(?<!(?:${any(EPIDEMIOLOGY_RATES)}|治愈|有效|好转|痊愈|显效|康复|缓解|根治|成功|存活|成活|满意|保护|生存|应答|阳转|喂养|母乳|完成|使用|参与|回复|出生|入学|就业|病|视|胖|粗|亡|染|龄)率)${GAP(8)}${SHARE}`),
    qualifierExempt: true,
    looksFor: '任何名目的“X率”加百分比或“九成”（患病率、发病率等流行病学比率除外）',
    message: '出现某种比率加百分数：如是宣传本机构或产品的效果，属于宣传疗效比率', suggestion: '如为研究数据，注明出处和人群；如为本机构数据，删除',
    examples: { hit: ['祛斑清除率达九成', '术后复明率高达98%'], clean: ['我国成人高血压患病率为27.5%', 'HPV疫苗的保护率可达90%以上'] },
  },
  {
    id: 'cure-rate.share-outcome', category: 'cure-rate', severity: 'warning',
    // "十人中有九人症状消失": any counter, and the outcome may follow a subject.
    pattern: re(`(?:每)?(?:十|百|千)(?:个|位|名|人|例)${HAN}{0,5}?[，,]?\\s*[一二三四五六七八九十百]+(?:个|位|名|人|例)?${GAP(6)}(?:好|有效|见效|痊愈|康复|满意|治好|好转|改善|消失|摘镜|怀孕|成功)|${SHARE}(?:以上|左右|多)?的?(?:患者|病人|人|用户|顾客|案例|求美者|孩子|宝宝|女性|男性|使用者|会员|客户)?${GAP(10)}(?:都|均|能|可|可以|已|已经|得到|获得)?${any(SHARE_OUTCOMES)}`),
    qualifierExempt: true,
    looksFor: '某一比例的患者达到疗效：“九成顾客满意”“95%以上患者明显缓解”',
    message: '以患者比例说明疗效：如是宣传本机构或产品，属于宣传疗效比率', suggestion: '删除疗效比例；确需引用研究时注明出处和适用人群',
    examples: { hit: ['九成用户一个月明显缓解', '百分之九十的顾客满意'], clean: ['约八成患者通过改变生活方式可以控制血糖'] },
  },
  {
    id: 'cure-rate.case-count', category: 'cure-rate', severity: 'warning',
    pattern: re(`(?:治愈|治好|康复|痊愈|成功(?:治疗|手术|案例|矫正|种植)|累计(?:治疗|完成|治愈))(?:了|过)?${HAN}{0,6}?(?:超过|近|逾|达|上)?\\s*${BIG_AMOUNT}\\s*(?:多|余)?\\s*(?:例|位|名|人次|人|个家庭|个案例|台)|${BIG_AMOUNT}\\s*(?:多|余)?\\s*(?:例|位|名)(?:患者|病人|顾客|求美者)?${GAP(4)}(?:成功|治愈|康复|摆脱|告别|重获)`),
    looksFor: '以治好的人数作证明：“已成功治愈三千余例”“上万名患者摆脱病痛”',
    message: '以治愈、康复或手术的病例数宣传：若用来证明本机构疗效，属于宣传疗效', suggestion: '删除病例数字',
    examples: { hit: ['已成功治愈三千余例患者', '上万名患者摆脱了病痛', '至今已治愈各类患者一万余名'], clean: ['我国每年新发脑卒中约300万例', '医院成功救治一名心脏骤停患者'] },
  },

  // 比较 — better than another treatment or hospital, or cured here after failing elsewhere.
  {
    id: 'comparison.better-than', category: 'comparison', severity: 'warning',
    pattern: re(`比${GAP(10)}(?:更加|更|还要|还)${any(BETTER_QUALITIES)}|(?:所有|各种|众多|同类|市面上)${GAP(12)}(?:中|里)(?:最|较为|更为|相对)?(?:理想|好|有效|安全|先进)|(?:术后|治疗后)?(?:恢复|创伤|痛苦|伤口|疤痕)(?:更加|更)(?:快|小|少|稳定|自然|安全)|(?:效果|疗效|功效)${GAP(4)}(?:远超|完胜|秒杀|碾压|吊打|胜过|好过|强过)|(?:别人|别家|外院|其他医院|别的医院)${SGAP(30)}(?:更加|更)${any(BETTER_QUALITIES)}|比(?:其他|别的|别家|外院|公立|同类|传统|普通|常规|进口|国外|大)${HAN}{0,6}?(?:医院|机构|疗法|方法|药物?|产品|手术|技术)${SGAP(10)}(?:更|还|要)?(?:好|强|快|低|便宜|省|安全|有效|彻底|持久|舒适|自然|少|小)|(?:传统|普通|常规|西医|西药|中医|中药|其他|别家)${HAN}{0,4}${GAP(6)}(?:治标不治本|只能缓解|副作用大|伤身|易复发|容易复发)`),
    looksFor: '“比……更安全”“所有方式中较为理想”“恢复更快、效果更稳定”等比出高下的说法',
    message: '把本方法与其他疗法比出高下：医疗广告和科普中都不得比较疗效或安全性', suggestion: '客观说明本方法的适应证和局限，不作比较',
    examples: { hit: ['做微创比开刀更安全', '术后恢复更快，效果更稳定'], clean: ['手术和药物治疗各有适应证，请听医生建议'] },
  },
  {
    id: 'comparison.elsewhere', category: 'comparison', severity: 'warning',
    pattern: re(`${any(ELSEWHERE)}${SGAP(14)}${any(FAILED_THERE)}`),
    looksFor: '在外院、别处或多家医院治疗失败的经历：常用来衬托本院',
    message: '出现“外院治不好”“辗转多家医院无效”：如用来衬托本院，属于与其他医院比较', suggestion: '删除对其他医院的评价；病例介绍只讲本病的诊治要点',
    examples: { hit: ['辗转多家医院治疗无效'], clean: ['症状反复时应到医院复查'] },
  },
  {
    id: 'comparison.cured-here', category: 'comparison', severity: 'error',
    pattern: re(`${any(ELSEWHERE)}${SGAP(14)}${any(FAILED_THERE)}${SGAP(20)}(?:我院|本院|我们这里|我们医院|来到|经我|在我|在这里)`),
    looksFor: '外院治不好、在本院治好：贬低其他医院以抬高本院',
    message: '以外院失败、本院成功作对比，贬低其他医院', suggestion: '删除比较内容',
    examples: { hit: ['辗转多家医院效果不佳，经我院治疗痊愈'], clean: ['如果在外院已做过检查，就诊时请带上报告'] },
  },

  // 证明 — someone vouches, a before/after, a transformation, an institution lends its name.
  {
    id: 'endorsement.celebrity', category: 'endorsement', severity: 'error',
    pattern: re(`${CELEBRITIES}${GAP(8)}(?:推荐|力荐|代言|亲测|好评|点赞|力挺|青睐|信赖|同款|都在用|也在用|都在做|做过|用过|选择了?|亲自)|${CELEBRITIES}${GAP(6)}(?:也是|都是|曾是)(?:我们|本院|我院|本店)的?(?:顾客|客户|患者|会员|用户)`),
    looksFor: '明星、网红、主持人为疗效或产品作证：“明星同款”“主持人推荐”“网红亲测”',
    message: '以名人、专家名义为医疗、药品或保健品作证明', suggestion: '删除名人和推荐，直接陈述依据',
    examples: { hit: ['明星都在用的祛斑方法', '网红亲测有效'], clean: ['院士团队研究证实，规律运动可降低死亡风险'] },
  },
  {
    id: 'endorsement.vouching', category: 'endorsement', severity: 'warning',
    pattern: re(`(?:院士|名医|专家|教授|博士|患者|病友|顾客|用户|客户|网友|体验者|求美者|宝妈)${GAP(6)}(?:亲测|亲身体验|亲身见证|好评|点赞|盛赞|称赞|力荐|力挺|信赖|青睐|见证|代言|感谢|感激|致谢|送来锦旗(?=${SGAP(24)}(?:${CURE_TRIBUTES}))|口碑)|${BEFORE_AFTER}|(?:院|专家|教授|院士|名医|团队|主任)${GAP(4)}(?:护航|坐镇|领衔|联袂|加盟|亲诊|把关)|逢人就夸|${BIG_AMOUNT}\\s*[+＋]?\\s*(?:名|位|个)?(?:患者|用户|顾客|家庭|妈妈|求美者)${GAP(4)}(?:的)?(?:共同)?(?:选择|信赖|认可|见证)|(?:宝妈|妈妈|姐妹|女生|男士|大家|很多人|好多人|全网)们?(?:都在用|都在喝|都在吃|都说好|疯抢|抢着用)|(?:看看|听听)(?:患者|顾客|用户|客户|病友)|感谢${GAP(10)}(?:医生|主任|教授|专家|大夫|医院|团队)${GAP(12)}(?:让我|使我|帮我|给了我|治好|救了|重新|重获|康复)|(?:医生|医师|主任|专家|教授|博士|院长|药师|营养师)${GAP(4)}(?:都|也)?(?:推荐|力荐|在用|认可)${GAP(4)}(?:这款|这个产品|此款|本品|我们的|我家|这种产品|该产品|该款)|赞不绝口|连连称赞|竖起大拇指|直呼神奇|(?:领事馆|大使馆|协会|学会|基金会|组委会|俱乐部|奥运|亚运)${GAP(8)}(?:指定|授牌|合作(?:医院|机构|单位|伙伴)|认证|官方(?:合作|指定))`),
    looksFor: '患者、顾客好评与感谢，专家坐镇护航，治疗前后对比，机构指定：用人或机构的名义证明疗效',
    message: '疑似以患者、专家或机构名义证明疗效：科普中不得使用证言、前后对比或机构背书', suggestion: '删除证言、对比和背书，改为说明疾病知识和个体差异',
    // A banner reported in hospital news is not a testimonial unless it praises a cure ("送来锦旗，上书‘妙手回春’").
    examples: { hit: ['顾客好评不断', '附治疗前后对比照片', '九院正畸护航', '总领事馆指定口腔服务机构', '患者给医生送来锦旗：妙手回春'], clean: ['指南推荐成人每周运动150分钟', '术前术后都要注意口腔卫生', '患者家属给科室送来锦旗表示感谢'] },
  },
  {
    id: 'endorsement.own-story', category: 'endorsement', severity: 'warning',
    pattern: re(`(?:我|俺|本人|老伴)${SGAP(12)}(?:吃|用|喝|做|戴|试)了${SGAP(16)}(?:好了|消失了?|没了|正常了|降下来了|不疼了|痊愈|康复了|好多了|减轻了|恢复了|长出来了|怀上了)|经过${GAP(10)}(?:矫正|手术|治疗|整形|调理|修复)${SGAP(10)}(?:成为|变成|蜕变|摇身一变)|经(?:我院|本院|我科|本中心|我们)${GAP(8)}(?:治疗|手术|调理|矫正)${GAP(6)}(?:康复|痊愈|治愈|好转|出院|恢复)`),
    looksFor: '第一人称的康复讲述、经过治疗“蜕变成”某人：患者证言',
    message: '疑似以患者亲身讲述证明疗效', suggestion: '删除个人康复叙述，改为说明疾病规律和个体差异',
    examples: { hit: ['我妈坚持喝了两个月，血糖降下来了', '经过牙齿矫正的她，一度成为宅男女神', '患者经我院治疗后康复出院'], clean: ['我建议患者每三个月复查一次'] },
  },

  // 诱导 — a reader's action buys a gift, money or credit.
  {
    id: 'inducement.gift-frame', category: 'inducement', severity: 'error',
    pattern: re(`(?:可|即可|就能|均可)(?:获得|领取|得到|赢取|赢得)${GAP(10)}(?:奖励|奖品|礼品|礼物|优惠|红包|现金|\\d+\\s*元)|免费${HAN}{0,4}(?:体验|调理|理疗|试用|试吃)|(?:挂号费|诊疗费|检查费|手术费|治疗费|诊金)(?:全免|减半|半价|免单|打折)|(?:送|赠|赠送)(?:您|你)?(?:价值)?\\s*\\d+(?:\\.\\d+)?\\s*元|价值\\s*\\d+\\s*元的?${HAN}{0,6}(?:礼|套餐|护理|体检|券|卡)|${any(GIFT_WORDS)}`),
    allow: PUBLIC_PROGRAMME,
    looksFor: '转发、到店、预约“即可领取”，现金奖励、补贴、红包，医美分期和贷款',
    message: '以赠送、奖励、补贴或分期贷款诱导就医或购买', suggestion: '删除赠送、补贴和分期信息',
    examples: { hit: ['送价值299元的礼包', '有3-10万元补贴', '花明天的钱，圆今天变美的梦', '所有检查项目一律五折'], clean: ['适龄女孩可到社区卫生服务中心预约免费接种'] },
  },
  {
    id: 'inducement.action-for-gift', category: 'inducement', severity: 'warning',
    pattern: re(`${any(GIFT_TRIGGERS)}${GAP(10)}(?:即可|就能|就可|就送|可|就|即|均可|都能)(?:免费|获得|领取|得到|享受?|赠|送|抽|参与抽奖)`),
    allow: PUBLIC_PROGRAMME,
    looksFor: '转发、关注、到店、预约“即可领取、免费、享受”：以读者的行动换取好处',
    message: '以转发、到店、预约等换取赠品或免费服务：若不是政府公共卫生项目，属于诱导就医', suggestion: '删除赠送信息；公共卫生项目请写明主办方',
    examples: { hit: ['到店即可领取体检券', '转发本文就送护理包'], clean: ['适龄女孩可到社区卫生服务中心预约免费接种'] },
  },
  {
    id: 'inducement.offer-words', category: 'inducement', severity: 'warning',
    pattern: re(any(OFFER_WORDS)),
    // "两癌" names the national screening programme; a 政策 or 公益 programme is not a promotion.
    allow: new RegExp(`${PUBLIC_PROGRAMME.source}|看清|认准|理性消费|冲动消费|谨防|当心|警惕|套路|陷阱|两癌|筛查政策|公益活动`, 'u'),
    qualifierExempt: true,
    looksFor: '福利、优惠、补贴、限时等促销用语（政府、医保政策除外）',
    message: '出现福利、优惠、限时等促销用语：科普中不得以优惠招揽就医', suggestion: '删除促销用语；介绍政策时写明文件和主办方',
    examples: { hit: ['7月福利到，多种方案可选'], clean: ['医保报销比例以当地政策为准'] },
  },

  {
    id: 'inducement.offer-frames', category: 'inducement', severity: 'error',
    // "本周来院一律免挂号费", "新客首次体验只要九块九", "预存一千送五百", "满500元返200元", "首诊免费".
    pattern: re(`${OFFER_TIME}${SGAP(12)}${FEE_WAIVED}|${FIRST_TIME}${GAP(6)}${LOW_PRICE}|${MONEY_GAMES}`),
    allow: new RegExp(`${PUBLIC_PROGRAMME.source}|规定|政策|文件|警惕|谨防|当心|套路|陷阱|骗|话术|看清|理性|冲动消费|手机`, 'u'),
    source: '药品广告审查发布标准 第十二条第（二）项；医疗广告管理办法 第七条',
    looksFor: '“本周来院一律免挂号费”“新客首次体验只要九块九”“双倍积分”“预存一千送五百”“满500返200”“首诊免费”“好友助力”“车费全报”：以减免费用、低价、积分、充值返利招揽',
    message: '以减免费用、首次低价、积分、充值返利或拼团招揽就医、购买', suggestion: '删除优惠、减免和返利信息',
    examples: { hit: ['本周来院一律免挂号费', '新客首次体验只要九块九', '预存一千送五百'], clean: ['按本市规定，70岁以上老人在公立医院免收普通门诊挂号费'] },
  },
  {
    id: 'inducement.fee-waived', category: 'inducement', severity: 'warning',
    pattern: re(`${FEE_WAIVED}|${LOW_PRICE}${GAP(4)}(?:体验|做|检查|一次|一疗程|疗程)`),
    allow: new RegExp(`${PUBLIC_PROGRAMME.source}|规定|政策|文件|老年人|老人|离休|军人|残疾|低保|特困|警惕|谨防|套路|陷阱|骗`, 'u'),
    source: '药品广告审查发布标准 第十二条第（二）项；医疗广告管理办法 第七条',
    looksFor: '“挂号费全免”“手术费由我们承担”“只要99元做一次”：减免费用或低价：若不是政府规定的减免，属于以优惠招揽',
    message: '减免费用或低价：若是本机构的优惠而非政府规定，属于以优惠招揽就医', suggestion: '删除优惠信息；介绍政府减免政策时写明规定和主办方',
    examples: { hit: ['手术费由我们承担', '只要九十九块就能体验一次'], clean: ['部分地区对低保患者减免门诊诊查费'] },
  },

  // 退款、保险
  {
    id: 'refund.unless-works', category: 'refund', severity: 'error',
    pattern: re(`不(?:见效|有效|满意|转阴|怀孕|成功|治愈|康复|达标|好转|改善|长)${SGAP(8)}(?:退|赔|免费|不收|返还|补做|重做)|免费(?:重做|补做|补种|返修)|(?:全款|全额|双倍|加倍)(?:退还|退款|返还|赔偿|赔付)|(?:退还|返还|赔付)(?:全款|全额)|假一赔|(?:签约|合同)(?:治疗|保障|承诺|保证)|(?:疗效|效果|成功)(?:合同|协议|保障|承诺)`),
    allow: PUBLIC_PROGRAMME,
    looksFor: '以退款、赔偿、签约保障担保疗效：“不见效全款退还”“签约治疗”',
    message: '以退款、赔偿或签约承诺疗效', suggestion: '删除退款、赔偿和签约承诺',
    examples: { hit: ['5天内不见效全款退还', '不转阴退款'], clean: ['治疗效果因人而异，请遵医嘱'] },
  },

  {
    id: 'refund.money-back', category: 'refund', severity: 'error',
    // "没效果不收钱": the 没 is the condition of the promise, so a negation does not make it education.
    // The finding is the money part alone (the failure is looked behind for), so the older refund rules'
    // shorter findings inside the same promise are kept rather than folded into this one.
    // The lookahead only says first what the lookbehind is for (LOOK_FIRST).
    pattern: re(`(?=${MONEY_BACK})(?<=${FAILED_RESULT}(?:的话|就|可|即|包)?${SGAP(12)})${MONEY_BACK}|${PAY_ON_RESULT}`),
    educationExempt: false,
    allow: /警惕|所谓|号称|骗|套路|话术|谣言|误区|(?:不要|别|勿|切勿|莫)(?:轻|相)?信|不可信|陷阱|之类|这类|此类|宣传|广告|违法|多退少补|不予退|押金|医保|报销|补偿|财务/,
    source: '药品广告审查发布标准 第十二条第（四）项；医疗广告管理办法 第七条第（二）项',
    looksFor: '“没效果不收钱”“治不好分文不取”“三个月没瘦下来，钱全部退给你”“好了再给钱”“按疗效收费”：以退款、不收费或见效后付款担保疗效',
    message: '以退款、不收费或见效后才付款担保疗效', suggestion: '删除退款、不收费和按效果付费的承诺',
    examples: { hit: ['没效果不收钱', '治不好分文不取', '好了再给钱'], clean: ['预交的住院押金出院时多退少补', '警惕“无效退款”的承诺，这是常见的推销套路'] },
  },

  // 国家机关、军队、官方媒体名义
  {
    id: 'state-name.lends-name', category: 'state-name', severity: 'warning',
    pattern: re(`${any([...STATE_LENDERS, ...STATE_INSTITUTIONS])}${GAP(6)}${any([...STATE_ACTS, ...STATE_DEEDS])}`),
    // A drug's marketing approval is a regulatory fact ("国家药监局批准该药上市"); news cited as news is a source.
    // "都需经国家药监局审批通过方可上市" states a legal requirement, not an endorsement.
    allow: new RegExp(`${CITATION.source}|${MEDIA_CITATION}|批准(?:其|该药|该产品)?(?:上市|注册|进口|开展临床)|获批上市|(?:需|须|必须|应当?)经${GAP(12)}(?:审批|批准|注册|备案)|方可上市|接种|疫苗|市民|群众|${STATE_PROMOTES}`, 'u'),
    looksFor: '国家机关、军队、官方媒体加“认证、推荐、研制、报道”：若不是引用文件，属于借国家名义背书',
    message: '出现国家机关、军队或官方媒体的名义：不得用作医院、产品或疗法的背书', suggestion: '引用政策时写明文件名称和文号',
    examples: { hit: ['老龄委推广的健康工程'], clean: ['国家卫健委发布的指南建议成年人每天运动'] },
  },
  {
    id: 'state-name.media', category: 'state-name', severity: 'warning',
    pattern: re(`(?:央视|CCTV|中央电视台|中央台|央广|卫视|电视台|新华网|人民网|光明网|学习强国|中国之声)${GAP(12)}(?:栏目|专题|报道|播出|推荐)|${MEDIA_APPEARANCES}`),
    allow: new RegExp(`指南|共识|发布的?|免疫规划|政策|文件|通知|规定|据[^，。]{0,12}报道|${MEDIA_CITATION}`, 'u'),
    looksFor: '“央视栏目专题报道”等官方媒体名义：若用来为医院、产品作背书，属于借国家名义宣传',
    message: '出现官方媒体的节目或报道：不得用作医院、产品的背书', suggestion: '删除媒体名义；引用报道时注明出处并不作宣传',
    examples: { hit: ['央视《健康之路》栏目专题报道'], clean: ['据央视新闻报道，今年流感高峰提前'] },
  },
  {
    id: 'state-name.army-media', category: 'state-name', severity: 'error',
    pattern: re(`${ARMY_MEDIA}${GAP(6)}(?:研制|研发|专利|配方|认证|推荐|特供|专供|监制|协作|合作单位|指定|上榜|品牌)|御用|人民大会堂|钓鱼台|中南海`),
    // A programme title in 《》 is the media's own name, not a citation.
    allow: new RegExp(`指南|共识|发布的?|免疫规划|政策|文件|通知|规定|据[^，。]{0,8}报道|${MEDIA_CITATION}|${STATE_HISTORY}`, 'u'),
    looksFor: '军队、航天、央视等官方名义为产品或医院作背书：“部队研制”“央视上榜品牌”',
    message: '利用军队或官方媒体名义作推荐、证明', suggestion: '删除军队和官方媒体名义',
    examples: { hit: ['部队研制的秘方', '解放军医学院（协作单位）'], clean: ['航天员在太空中也要坚持锻炼', '解放军总医院心内科专家提醒，冬季要注意保暖'] },
  },

  {
    id: 'state-name.borrowed-backing', category: 'state-name', severity: 'warning',
    pattern: re(`${STATE_BACKERS}${PUSHING}${HAN}{1,8}|${ARMY_USERS}${ARMY_GRADES}|在${ARMY_USERS}(?:里|中)?(?:用了|沿用了?|推广了?|使用了?)${HAN}{0,4}年|(?:被|受)${STATE_MEDIA}${GAP(4)}(?:誉为|称为|评为|称赞|点名表扬|表彰|肯定)|${OFFICIAL_CUSTOMERS}|(?:配方|方子|秘方|药方|工艺|技术|原料)${GAP(4)}(?:来自|出自|源自|源于|由)${GAP(4)}(?:${STATE_CLINICS}|${ARMY_USERS})`),
    // What the state promotes as policy or habit is education; history and news as news are sources.
    allow: new RegExp(`${CITATION.source}|${MEDIA_CITATION}|${STATE_HISTORY}|${STATE_PROMOTES}|训练|体能|冻伤|中暑|防护`, 'u'),
    source: '广告法 第九条第（二）项；医疗广告管理办法 第七条第（七）项',
    looksFor: '“卫健委都在推的护眼灯”“部队同款”“军工级品质”“战士们都在用的跌打药”“在部队里用了几十年”“被央视誉为……”“卫健委官员都来我们这里调理”：随口借国家机关、军队、官方媒体或官员作背书',
    message: '借国家机关、军队、官方媒体或官员的名义为产品、机构作背书', suggestion: '删除这些名义；介绍国家推广的政策时写明文件名称',
    examples: { hit: ['卫健委都在推的护眼灯', '军工级品质的理疗仪', '被央视誉为“健康卫士”'], clean: ['国家大力推广家庭医生签约服务', '部队官兵冬季训练要注意预防冻伤'] },
  },

  // 以科普形式变相广告
  {
    id: 'disguised-ad.steer', category: 'disguised-ad', severity: 'warning',
    pattern: re(`${any(CONTACT_CHANNELS)}${SGAP(10)}${any(CONTACT_GOALS)}|${any(CONTACT_GOALS)}${SGAP(8)}(?:请|可|就|即可)?${any(CONTACT_CHANNELS)}|(?:感谢|欢迎)(?:大家|各位|您|朋友们)?(?:的)?(?:关注|点赞|转发|来院|光临|预约|莅临|惠顾)|(?:来|到)(?:我院|本院|我们医院|我们这里|我们科|本中心|我中心|我科|本店|门店|我这里)${GAP(6)}(?:就诊|治疗|咨询|检查|做|体验|面诊|看看|调理|手术)|(?:健康顾问|健康管家|专属顾问|营养顾问|客服|小助手)${GAP(8)}(?:一对一|解答|为您|咨询)|(?:专注|深耕)${GAP(6)}\\d+\\s*年|${any(SALES_TALK)}|${HAN}{2,6}牌${HAN}{1,8}${PRODUCT_FORMS}|[®™]`),
    // A booking notice's own rules (实名制, 号源, 爽约, 医院官网) are information (《医疗广告认定指南》(2025) 第三、五条).
    allow: new RegExp(`${PUBLIC_PROGRAMME.source}|${BOOKING_PROCEDURE}`, 'u'),
    looksFor: '私信、留言、客服、扫码、链接引向预约、方案或优惠；“欢迎来院”；品牌产品名；热销、价格表等销售用语',
    message: '疑似以科普形式引流或推销：科普中不应出现引流、销售用语或品牌产品', suggestion: '删除引流和销售内容；结尾只提示到正规医院就诊',
    examples: { hit: ['感谢大家关注', '名实牌金易通胶囊', '点击链接领取专属方案'], clean: ['有疑问请到正规医院咨询医生', '出现胸痛请立即拨打120'] },
  },
  {
    id: 'disguised-ad.private-channel', category: 'disguised-ad', severity: 'error',
    pattern: re(`(?:私信|私聊|私我|加(?:我)?(?:的)?(?:微信|好友|V|v|vx|VX|威信|企微)|扫码|扫描二维码|二维码|小黄车|橱窗|客服)${SGAP(10)}(?:方案|优惠|领取|购买|下单|名额|福利|价格|报价|疗程|定制|面诊)|(?:方案|优惠|领取|购买|下单|名额|福利|报价|疗程|面诊)${SGAP(8)}(?:请|可|就|即可)?(?:私信|私聊|私我|加(?:我)?(?:的)?(?:微信|好友|V|v|vx|VX)|扫码|扫描二维码|小黄车|橱窗|客服)|扫码\\s*[+＋]\\s*关注`),
    allow: PUBLIC_PROGRAMME,
    looksFor: '私信、加微信、扫码、客服、小黄车引向预约、方案、优惠或购买',
    message: '以私信、加微信、扫码等私下渠道引向预约、方案或购买，属于变相广告', suggestion: '删除引流话术和联系方式',
    examples: { hit: ['扫码+关注', '想要优惠名额请加微信'], clean: ['看病时可扫码缴费，减少排队', '可扫描二维码预约接种'] },
  },

  {
    id: 'disguised-ad.send-to-me', category: 'disguised-ad', severity: 'warning',
    // The lookahead before the lookbehind: see LOOK_FIRST.
    pattern: re(`${PERSONAL_MATERIAL}${GAP(8)}${TO_THE_AUTHOR}|${TO_THE_AUTHOR.replace('(?:发|传|私信|留言|拍|晒|丢)', '(?:发|传|拍|晒)(?:张|个|一下)?\\p{Script=Han}{0,4}?' + PERSONAL_MATERIAL)}|${ME_CONTACT}${GAP(4)}(?:详聊|细聊|聊聊|私聊|一对一|详谈|了解|咨询|要|领|拿)|(?=${ME_CONTACT})(?<=${WHO_NEEDS}${SGAP(10)})${ME_CONTACT}|${ON_MY_PROFILE}|${LEAVE_CONTACT}|${I_WILL_READ}`),
    // "不懂的可以私我": the 不 is the reader's need, not a negation of the hook.
    educationExempt: false,
    allow: /(?:不要|别|勿|切勿|莫|谨防|警惕|当心|小心)[^。；！？\n]{0,10}(?:发|传|留|加|私|晒|扫)|骗|诈骗|陌生人|个人信息|隐私|泄露/,
    source: '广告法 第十九条；互联网广告管理办法 第九条；国卫办医政函〔2025〕419号 负面清单第2条（导医导诊）',
    looksFor: '“发照片给我，帮你看看”“不懂的可以私我”“感兴趣的加我好友详聊”“具体方法我放在主页了”“留下电话”“报上暗号”：请读者把材料发给作者、私下联系作者或去主页',
    message: '请读者把照片、报告发给作者或私下联系作者：科普不得借此导医导诊、引流', suggestion: '删除私下联系的邀请；写“请带上检查报告到正规医院相关科室就诊”',
    examples: { hit: ['发照片给我，帮你看看是什么问题', '不懂的可以私我', '具体方法我放在主页了'], clean: ['请把检查报告带给主治医生看看', '不要把孩子的照片发到评论区，注意保护隐私'] },
  },

  // 恐吓、夸大
  {
    id: 'fear.certain-harm', category: 'fear', severity: 'warning',
    pattern: re(`随时(?:可能|会|都会|都可能)?${GAP(2)}${any(HARMS)}|(?:已经)?盯上(?:了)?(?:你|年轻人|孩子|女性|男性)|不(?:及时)?(?:治疗?|就医|手术|处理|干预|控制|重视)${SGAP(16)}(?:就会|必然|一定会|肯定会|必将|迟早会|都会)${GAP(6)}${any(HARMS)}|(?:必然|必定|一定会|肯定会|注定|百分之百会|迟早会|迟早|终将|势必)(?:会)?(?:导致|引起|引发|发展成?|演变成?|变成|出现|走向)?${GAP(6)}${any(HARMS)}|${SHARE}的?(?:人|女性|男性|家长|患者|中国人|国人|年轻人|成年人|老人|妈妈)(?:都|竟然|居然|根本)?(?:不知道|没意识到|忽视了?|${HAN}错了?|中招了?|踩坑|不懂)`),
    looksFor: '断言不治疗必然出现严重后果；“九成的人都不知道”',
    message: '以必然的严重后果或“X成的人都不知道”制造恐慌', suggestion: '客观说明风险和概率，如“部分患者可能……”',
    examples: { hit: ['如果现在不治疗，三年后就会发展成尿毒症', '颈椎病拖下去迟早会瘫痪', '九成的人都不知道这样吃会伤肝'], clean: ['高血压不一定会引起症状'] },
  },
  {
    id: 'fear.anxiety', category: 'fear', severity: 'warning',
    // "冲动一时，有可能悔恨一生": a regret said as a possibility is a caution, not a threat.
    pattern: re(`(?<!可能|或许|也许)(?:${REGRET})|${any(APPEARANCE_ANXIETY)}|${any(PSEUDO_CARE)}|${DETOX_TALK}|颠覆${GAP(8)}(?:传统|认知|想象)|(?:太|非常|十分)可怕|恐怖|慢性自杀|等于自杀|催命|夺命|(?:彻底|就|全|都)毁(?:了|掉)|毁掉(?:你|您)|正在(?:悄悄|一点点|慢慢|偷偷)?(?:毁掉|摧毁|吞噬|掏空|侵蚀)|被掏空|才(?:后悔|追悔)|等于(?:给${HAN}{1,4}开绿灯|在(?:玩命|赌命|拿命))`),
    looksFor: '后悔、自卑、“封印颜值”、清肝排毒、颠覆传统等制造焦虑或不科学的说法',
    message: '疑似制造焦虑或使用不科学的说法', suggestion: '用平实、有依据的表述说明风险',
    examples: { hit: ['错过治疗时机就后悔莫及了', '太短会自卑', '这种早餐正在悄悄毁掉你的血管', '不做这项检查，等于给癌症开绿灯', '一喝酒就拉肚子是肝脏受损，需要清肝'], clean: ['如有不适，请及时就医'] },
  },

  // 保证疗效或安全
  {
    id: 'guarantee.promise', category: 'guarantee', severity: 'error',
    pattern: re(`(?:保证|承诺|确保|包您|包你|保您|保你|保准|准保|管保)${GAP(6)}(?:治愈|治好|痊愈|根治|康复|见效|血糖恢复正常|血压恢复正常|降到正常|不复发|不反弹|一次成功|成功率|怀孕|长出)`),
    qualifierExempt: true,
    looksFor: '“保证血糖恢复正常”“承诺见效”：以保证、承诺的口吻说疗效',
    message: '以“保证、承诺”的口吻说疗效，属于保证疗效', suggestion: '删除保证，说明效果因人而异',
    examples: { hit: ['坚持服用三个月，保证血糖恢复正常', '承诺一个疗程见效'], clean: ['保证充足睡眠，有助于身体恢复'] },
  },
  {
    id: 'guarantee.frames', category: 'guarantee', severity: 'warning',
    pattern: re(`(?:疗效|效果|功效)(?:确切|显著|惊人|立竿见影|看得见|卓越|极佳|非凡)|(?:变化|效果)看得见|肉眼可见(?:的)?(?:变化|改善|效果)|(?:具有|有)(?:明显|显著|神奇|独特|特殊|极好)的?(?:防治|治疗|预防|抑制|抗癌|降压|降糖|降脂|抗病毒|杀菌|抗菌|修复)(?:作用|功效|效果)|(?:长期|经常|常|坚持|每天)(?:吃|喝|服用|使用|用)${SGAP(8)}(?:就能|就可以|可以|能|就)?(?:远离|不容易(?:出现|得|患)|不得|告别|摆脱)|(?:当天|当日|次日|第二天|隔天|术后|晚上)${GAP(6)}(?:就能|就可以|即可|可以|就|能)(?:上班|化妆|上妆|上光|吃肉|啃${HAN}|正常生活|见人)|上午${HAN}{1,6}[，,]?(?:最快)?下午${GAP(2)}(?:上班|化妆|吃肉|啃${HAN})|(?:治疗?|防治|调理)${GAP(16)}(?:各种|各类|多种|所有|一切)${HAN}{0,4}(?:病|症)|(?:克星|终结者|救星)|再也(?:不|没)${HAN}{0,2}?(?:犯|复发|发作|疼|痛|长|戴|吃药|用药|打针|担心|烦恼|困扰)|不再(?:来|犯|发作|困扰|烦恼)|不会再(?:犯|发作|长|疼|痛)|${SPAN}${SGAP(10)}(?:自然)?(?:消散|消退|痊愈|康复|恢复正常)|(?:管用|有效|维持|保持)${GAP(2)}(?:\\d+|[一二三四五六七八九十两几]+)\\s*(?:年|个月)|(?:和|跟|与)${HAN}{1,6}(?:说再见|说拜拜)|(?:一年|半年|终身|一辈子|永远)(?:都)?不用(?:担心|再)|(?:指标|症状|病痛|疼痛|烦恼)(?:全部|全都|统统)?(?:正常|全消|全无|尽消|消失了)|一扫而光|一扫光|烟消云散|无影无踪|荡然无存|不翼而飞|白发变黑|(?:告别|摆脱)${HAN}{0,4}(?:痛|病|炎|症|斑|痘|秃|胖|眠|秘|疹|癣|疮)|(?:患者|人群|病人|病友|家庭|女性|男性)的福音|(?:清|去|除|拔)病根|(?:降血脂|降血糖|降血压|降压|降糖|降脂|抗肿瘤|抗癌|抗凝血|防癌)(?:、${HAN}{2,6}){2,}|轻松(?:摘镜|瘦|减|告别|摆脱|解决|治愈|搞定|祛|去除|变美)|[二三四五六七八九十\\d]+(?:大|重)(?:功效|疗效|作用)|[二三四五六七八九十\\d]+效合一|(?:无|零)(?:损伤|创伤|刀口|疤痕)|(?:治疗|专治|主治|可治|能治)[：:]?\\s*${HAN}{2,8}(?:、${HAN}{2,8}){2,}|特效治疗|(?:阻止|阻断|杀灭|抑制)(?!不了|不住|不到)${GAP(6)}(?:病毒|癌细胞|肿瘤)`),
    qualifierExempt: true,
    looksFor: '疗效显著、变化看得见、长期吃就能远离某病、术后当天就能上班、某病克星、一次治多种病等暗示保证的说法',
    message: '疑似保证或夸大疗效：若指某产品、疗法或本机构，属于保证疗效', suggestion: '说明适用条件、起效时间和个体差异',
    examples: { hit: ['服用后的变化看得见', '长期吃三七粉，身体不容易出现血栓', '上午种牙，下午啃苹果', '治疗飞蚊症、老花眼、脚气、痔疮'], clean: ['多数人接种后可以产生保护性抗体'] },
  },

  // 绝对化、排名
  {
    id: 'absolute.leading', category: 'absolute', severity: 'error',
    pattern: re(`(?:业界|业内|行业|国内|国际|全国|全球|世界|亚洲|全省|省内|全市|同行|同类)(?:一流|顶尖|标杆|翘楚|巅峰|之最|驰名)|超一流|佼佼者|翘楚|独(?:一|此一)(?:家|份)|仅此一(?:家|份)|顶配|顶流|霸主|泰斗|神级|封神|教科书级|殿堂级|大师级`),
    looksFor: '不带“最”的领先、标杆、“重新定义”“缔造者”等排位说法',
    message: '使用了“业界领先、重新定义、缔造者”等绝对化用语', suggestion: '删除排位用语，客观介绍技术或服务',
    examples: { hit: ['技术业界一流', '全城独一家'], clean: ['我国高血压防治取得了进展'] },
  },
  {
    id: 'fear.leading', category: 'fear', severity: 'warning',
    pattern: re(`(?:业界|业内|行业|全国|全球|亚洲|全省|省内|全市|市内|同行|同类|区域)(?:内)?(?:领先|前沿)|(?:技术|水平|设备)(?:遥遥)?领先(?!于)`),
    looksFor: '“业界领先”“技术领先”：与“国际领先、最先进”一样属于夸大表述',
    message: '“业界领先、技术领先”等表述：若无权威出处，属于夸大宣传', suggestion: '客观介绍技术名称、适应证和局限',
    examples: { hit: ['种植技术业界领先', '专家团队技术全省领先'], clean: ['我国在这一领域的研究进展很快'] },
  },
  {
    id: 'absolute.superlative', category: 'absolute', severity: 'warning',
    // "最好在同一家医院复查" advises (最好 = had better), it ranks nothing.
    pattern: re(`最(?:好(?![在去到先再不别能是要选找用做])|佳|优|强|权威|专业|安全|顶级|正宗|舒适|前沿|领先|顶尖|高端|实惠|受欢迎|放心|靠谱)的?${HAN}{0,4}?(?:医院|医生|专家|疗法|治疗|疗效|效果|药物|药品|良药|产品|仪器|设备|技术|项目|品牌|机构|诊所|团队|手术|方案|材料|种植体|矫正器|假体)|重新定义|开创者|缔造者|鼻祖|标准制定者|引领者|领导者|领航者|领头羊|排头兵`),
    allow: /之一|时间|时机/,
    looksFor: '“最”加医院、医生、疗法、产品：最高级用语',
    message: '“最”字修饰医院、医生、疗法或产品，可能构成绝对化用语', suggestion: '删除“最”，或引用指南原文并注明出处',
    examples: { hit: ['最安全的种植技术', '最舒适的隐形矫正器', '重新定义种植牙', '最好的眼科医院'], clean: ['规律运动是控制血压的有效方法之一', '最好在同一家医院做，方便比较'] },
  },
  {
    id: 'ranking.honours', category: 'ranking', severity: 'error',
    // A disease or a rate ranked ("肺癌的发病率……位居榜首") is epidemiology, not an honour.
    allow: new RegExp(`(?:发病|患病|死亡|病死|致死|检出|感染)率|死因|危险因素|疾病负担|${DISEASE_RANKED}|${POPULATION_RANKED}`, 'u'),
    pattern: re(`[一二三四五六七八九十两\\d]+连冠|蝉联|榜首|问鼎|荣膺|荣登|上榜${GAP(6)}(?:医院|品牌|机构|名单|榜单)|入选${GAP(10)}(?:榜|百强|十强)|(?:十大|百强|十强|百佳|十佳|五佳)${HAN}{0,6}?(?:医院|专家|名医|品牌|机构|诊所|医生|专科)|(?:冠军|明星|标杆)(?:医院|科室|诊所|机构)|(?:消费者|患者|群众|百姓)(?:满意|信赖|喜爱|放心)(?:医院|单位|品牌|机构)`),
    looksFor: '连冠、荣膺、上榜、十大、“冠军医院”“消费者信赖品牌”等排名与荣誉',
    message: '使用排名、荣誉作宣传', suggestion: '删除排名和荣誉',
    examples: { hit: ['连续五连冠', '荣膺冠军医院荣誉', '消费者信赖品牌'], clean: ['一起来看看十大健康误区'] },
  },

  {
    id: 'absolute.unrivalled', category: 'absolute', severity: 'warning',
    pattern: re(`${BOASTED_THINGS}${GAP(6)}${UNRIVALLED}|${UNRIVALLED}的?${HAN}{0,4}?${BOASTED_THINGS}|${ACCLAIMED}|${FEW_OF_THEM}${GAP(10)}(?:能做|能治|可以做|可做|开展|拥有|掌握|具备)|${RARE_HERE}${GAP(4)}${BOASTED_THINGS}|${FOR_SURE}`),
    // A rare disease, a habit or a nutrient beyond compare, and guidelines are education.
    allow: /发病|患病|病例|罕见病|疾病|运动|锻炼|母乳|营养|睡眠|饮食|指南|共识|医保|政策|资质|批准|备案/,
    source: '广告法 第九条第（三）项；市场监管总局《广告绝对化用语执法指南》（2023）',
    looksFor: '“技术屈指可数”“无可替代的疗效”“堪称一绝”“业内公认的权威医院”“国内罕见的技术实力”“全国仅有三家医院能做”“绝对正宗”：不用“最”的绝对化和独有',
    message: '以“屈指可数、无可替代、业内公认、全国仅有”等说法夸耀医院、技术或产品，属于绝对化用语', suggestion: '删除夸耀，客观介绍技术名称、适应证和局限',
    examples: { hit: ['这家医院的种牙技术在本地屈指可数', '业内公认的权威医院', '绝对正宗'], clean: ['运动是无可替代的健康投资', '这种病在国内罕见，发病率约十万分之一'] },
  },
  {
    id: 'ranking.top-place', category: 'ranking', severity: 'warning',
    pattern: re(`${RANK_METRICS}${GAP(8)}${TOP_PLACE}|(?:上过|登上|上了|进过)${GAP(10)}榜(?!样)|${HEAD_CHAIR}|${YEARS_RUNNING}${GAP(12)}${HONOUR_ACTS}${GAP(14)}${HONOUR_ENDS}|年度${GAP(4)}(?:最受欢迎|最佳|最具|最美|十大|百强|优秀|人气|口碑)${GAP(6)}(?:医院|品牌|机构|医生|专家|诊所|门诊|产品)`),
    // Epidemiology ranks diseases and causes; school marks rank pupils.
    allow: /死因|死亡|发病|患病|病因|原因|危险因素|癌症|恶性肿瘤|疾病|感染|死亡率|世界卫生组织|成绩|考试|年级|班里|班上|排名不分先后|热搜|谣言|曝光|黑榜|通报/,
    source: '药品广告审查发布标准 第十二条第（五）项；广告法 第九条第（三）项',
    looksFor: '“口碑排行第一”“好评榜第一名”“人气第一”“销量NO.1”“排名常年靠前”“稳坐行业头把交椅”“连续8年获得……称号”“年度最受欢迎医院”：不点名榜单的名次和历年荣誉',
    message: '以口碑、销量、人气的名次或历年荣誉宣传', suggestion: '删除名次和荣誉，客观介绍服务内容',
    examples: { hit: ['口碑排行第一', '稳坐行业头把交椅', '连续8年获得省级优秀医疗机构称号'], clean: ['肺癌连续多年位居我国恶性肿瘤发病首位', '他在班里成绩名列前茅，却常常熬夜'] },
  },

  // Second batch (#11): families for wording the first frames missed, each with its source.
  {
    id: 'guarantee.myopia', category: 'guarantee', severity: 'error',
    pattern: re(any(MYOPIA_CURES)),
    qualifierExempt: true,
    source: '国卫办监督发〔2019〕11号（近视矫正宣传不得使用“康复”“恢复”“降低度数”“近视治愈”“近视克星”）；广告法 第十六条第一款第（一）项',
    looksFor: '近视“逆转”“治愈”“降低度数”“度数修复”“近视克星”：目前医学条件下近视不能治愈',
    message: '宣称逆转、治愈近视或降低度数：近视目前不能治愈，属于保证疗效', suggestion: '改为“科学用眼、增加户外活动可以预防和减缓近视”',
    examples: { hit: ['真性近视逆转，摘掉眼镜', '护眼贴降低度数，近视克星', '一次逆转近视，彻底康复'], clean: ['近视一旦发生不能治愈或逆转', '目前医学上还没有治愈近视的方法'] },
  },
  {
    id: 'guarantee.vision', category: 'guarantee', severity: 'warning',
    pattern: re(any(VISION_PROMISES)),
    // A change in vision read as a symptom ("度数下降可能是白内障信号") is teaching.
    allow: /信号|征兆|提示|白内障|警惕|症状/,
    qualifierExempt: true,
    source: '国卫办监督发〔2019〕11号；广告法 第十六条第一款第（一）项',
    looksFor: '“恢复视力”“视力提升”“轻松摘镜”“白天恢复1.0视力”：对视力效果的承诺',
    message: '承诺视力提升、恢复或摘镜：如是近视矫正或产品宣传，属于保证疗效', suggestion: '说明矫正方式的适用条件和局限，不承诺视力数值',
    examples: { hit: ['晚上配戴8小时 白天恢复1.0高清视力一整天', '视力提升，可摘镜'], clean: ['近视的手术仅仅是为了给大家摘眼镜，不能改变眼轴'] },
  },
  {
    id: 'guarantee.for-good', category: 'guarantee', severity: 'error',
    pattern: re(`${NO_RETURN}|${LIFELONG}`),
    qualifierExempt: true,
    looksFor: '“拒绝反弹”“永不脱落”“还您终身健康”“一生无忧”“去根”：承诺效果永久',
    message: '承诺不反弹、不复发或终身健康，属于保证疗效', suggestion: '说明效果的持续时间因人而异，需要长期管理',
    examples: { hit: ['一次瘦身 拒绝反弹', '只需一次手术，还您终身健康', '所移植的毛囊是永不脱落的'], clean: ['减重后要坚持运动，防止体重反弹'] },
  },
  {
    id: 'guarantee.claim-frames', category: 'guarantee', severity: 'warning',
    pattern: re(`${EFFECT_PRAISE}|对${HAN}{1,12}?(?:、${HAN}{1,10})*等?${HAN}{0,6}?${DISEASE_END}${HAN}{0,4}?有(?:着)?(?:(?:很好|较好|良好|非常好|特别好)的?(?:疗效|治疗作用|治疗效果)|(?:极佳|奇佳|极好|神奇|独特|特殊|显著|特效)的?(?:疗效|作用|效果|功效))|对${HAN}{2,8}(?:、${HAN}{2,8})+等?${HAN}{0,4}(?:都|均|也)?有(?:很好的?|较好的?|良好的?|明显的?|显著的?)?(?:治疗作用|治疗效果|疗效)|${any(CURE_ALL_PROMISES)}|${NO_BURDEN_LIST}|${DRIVE_OUT}|(?:失败|复发|并发症|感染|排异|反弹)率(?:为|是|仅为?|只有|低至|几乎)?\\s*(?:零|为零|0(?![.\\d])\\s*[%％]?|0\\.0+\\s*[%％])|${SPAN}${GAP(4)}(?:就能|即可|就可以|就)(?:看到|见到|感受到|感觉到)(?:明显|显著)?的?(?:变化|效果|改善)|只要${SGAP(12)}就(?:能|可以|会)${GAP(6)}(?:彻底|完全|根本)(?:好转|康复|治愈|痊愈|消失|恢复正常|正常)|(?:血糖|血压|血脂|体重|尿酸|胆固醇)(?:直降|狂降|秒降|速降|猛降)|(?:逆转|根除)${HAN}{0,6}?${DISEASE_END}|(?:今天|当天|当日|上午|晚上)${HAN}{1,8}[，,\\s]*(?:明天|次日|第二天|下午|白天|当天|当日)(?:就|即可|就能|能)?(?:上班|上学|工作|化妆|出门|见人|运动|恢复|走|回家|出院)|(?:安全|效果|疗效)有保障|(?:不会|绝不会|不)(?:留下|有|出现|产生)任何(?:后遗症|副作用|疤痕|并发症|不良反应|风险)|(?:恢复期短|术后)${SGAP(4)}不影响(?:正常)?(?:工作|生活|上班|上学)|(?:[一二三四五六七八九十\\d]+(?:招|步|个方法|个妙招)|妙招|绝招|秘诀)${GAP(4)}(?:搞定|赶走|治好|根治|击退|消灭|降服|逆转)${HAN}{0,4}?${DISEASE_END}|(?:从)?根本上(?:解决|治好|治愈|根除|消除)|解决${GAP(8)}根本问题|${SPAN}${SGAP(10)}不(?:近视|复发|反弹|生病|感冒|脱发|长痘)|(?:可|能|可以|就能|即可)(?:迅速|快速|马上|立即|立刻)(?:提高|提升|增强|改善|修复|降低|消除)|(?:这款|本品|该产品|我们的产品|这个产品)${GAP(10)}(?:能|可以|可|就能)(?:救命|保命)`),
    qualifierExempt: true,
    looksFor: '“效果奇佳”“对高血压等老年病有很好疗效”“调节三高”“清除幽门螺杆菌”“减肥茶还能改善高血压”“可迅速提高成绩”“今天矫正，明天上班”“三招搞定高血压”“每次三分钟孩子不近视”',
    message: '疑似保证或夸大疗效：若指某产品、疗法或本机构，属于保证疗效；食品、保健食品不得涉及疾病治疗', suggestion: '删除疗效承诺，说明适用条件和个体差异',
    examples: { hit: ['山茶油对抗癌有着极佳的作用', '全飞秒的激光，今天矫正，明天上班', '三招搞定高血压', '每次三分钟孩子不近视', '基因营养素，可迅速提高考试成绩'], clean: ['规律运动有助于控制血压', '三招教你正确洗手'] },
  },
  {
    id: 'guarantee.food-claims', category: 'guarantee', severity: 'warning',
    pattern: re(`${any(DISEASE_ACTIONS)}|${FOOD_FORMS}[^，。；！？\\n不没无非未]{0,8}?(?:还能|能|可以|可|能够|具有|有)${GAP(4)}(?:改善|治疗|降低|调节|预防|缓解|消除|治愈|调理|防治)${GAP(6)}${DISEASE_END}`),
    // Medicine and medical procedures may dissolve a clot; a food or a device may not say so.
    allow: /药物|溶栓药|他汀|阿司匹林|介入|支架|处方|医生|医师/,
    qualifierExempt: true,
    source: '广告法 第十七条（除医疗、药品、医疗器械广告外，禁止其他任何广告涉及疾病治疗功能）；食品安全法 第七十三条',
    looksFor: '食品、保健食品说治病：“调节三高”“溶血栓”“清除幽门螺杆菌”“减肥茶还能改善高血压”',
    message: '疑似食品、保健食品或器械声称治疗或预防疾病：除药品、医疗器械、医疗外不得涉及疾病治疗功能', suggestion: '删除疾病治疗用语；保健食品只写批准的保健功能并标明“本品不能代替药物”',
    examples: { hit: ['护肝解毒、调节三高', '减肥茶还能改善高血压、高血脂', '保健作用：降血粘 溶血栓'], clean: ['溶栓药物要在发病4.5小时内使用', '低密度脂蛋白会逐渐形成动脉粥样硬化斑块'] },
  },
  {
    id: 'cure-rate.share-reaches', category: 'cure-rate', severity: 'warning',
    pattern: re(`${SHARE}(?:以上)?${GAP(4)}(?:等于|高于|优于|达到|超过|恢复到?)${GAP(8)}(?:术前|正常|预期|理想|标准|1\\.0|5\\.0)`),
    qualifierExempt: true,
    looksFor: '一定比例的患者达到术前、正常或理想水平：“99%以上等于甚至高于术前矫正视力”',
    message: '以患者比例说明达到的疗效：如是宣传本机构或产品，属于宣传有效率', suggestion: '删除疗效比例；引用研究时注明出处和人群',
    examples: { hit: ['99%以上等于甚至高于术前矫正视力'], clean: ['约一半患者的血压达到控制目标，还需继续努力'] },
  },
  {
    id: 'endorsement.spokesperson', category: 'endorsement', severity: 'error',
    pattern: re(`${CELEBRITIES}${GAP(8)}(?:担任|出任|成为|作为|化身)${GAP(8)}(?:${SPOKES_TITLES})`),
    looksFor: '请明星、主持人担任医院或产品的“健康大使”“代言人”',
    message: '医疗、药品、保健食品不得利用代言人作推荐、证明', suggestion: '删除代言人和大使',
    source: '广告法 第十六条第一款第（四）项、第十八条第一款第（五）项',
    examples: { hit: ['聘请影视明星担任医院的健康大使'], clean: ['世界卫生组织任命亲善大使宣传控烟'] },
  },
  {
    id: 'endorsement.showcase', category: 'endorsement', severity: 'warning',
    pattern: re(`(?:去|来|到|在)${HAN}{2,10}(?:医院|诊所|门诊|中心)${SGAP(12)}(?:现在|如今|终于|已经)?(?:舒服|轻松|好)多了|(?:顾客|客户|患者|求美者|用户|宝妈|学员|案例)${HAN}{0,3}${GAP(3)}(?:术后|治疗后|做完|用后|使用后|疗程后)${GAP(2)}(?:效果|变化|状态|皮肤|视力)${GAP(2)}(?:超|很|非常|特别|十分|明显|惊艳|满意|自然|好)|(?:医生|主任|专家|院长|教授|博士)的${HAN}{0,10}?(?:案例|作品|成果展示)|(?:术前|治疗前|使用前|用前)${GAP(2)}(?:术后|治疗后|使用后|用后)${GAP(2)}(?:效果|对比|变化|照|图|一目了然)|${any(NAMED_HOSPITALS)}${HAN}{0,10}?(?:专家|主任医师|教授|医师|院长)${GAP(10)}(?:为您|给您|给大家|为大家|教您|教大家|亲自|讲解|推荐|坐诊|会诊)|${SPOKES_TITLES}|${ORG_PROOF}|${any(TESTIMONY)}|${SPAN_RECOVERY}`),
    // Guidelines and the WHO are cited as sources in education, not lent as proof.
    // A patient's mistaken belief ("我以为忍忍就好了") is the story's lesson, and a course of medical
    // treatment followed by advice to continue it is clinical teaching, not testimony.
    allow: /免疫规划|政府|卫健委|卫生健康委|疾控|社区卫生|公共卫生|世界卫生组织|WHO|指南|共识|学会(?:发布|建议|指出)|以为|觉得|想着|没想到|化疗|放疗|靶向|遵医嘱|继续(?:治疗|服药|用药)|不能停|仍需|仍要|复查/,
    looksFor: '“去某医院后现在舒服多了”、患者“说”自己好了、“多亏遇到某主任”、上千宝妈亲身验证、真实反馈、名医传人、前后判若两人、顾客术后效果、医生的“案例”、名院专家为您讲解、健康大使和代言人',
    message: '疑似以患者、医生或名人名义证明疗效：科普中不得使用证言、案例展示或代言', suggestion: '删除证言、案例和代言，改为说明疾病知识和个体差异',
    examples: { hit: ['应该去虹桥医院，现在舒服多了', '桃花眼综合：顾客诗诗术后效果超自然', '看看王医生的微针植发案例，术前术后效果一目了然', '北京同仁堂互联网医院会诊专家、主任医师为您讲解'], clean: ['术前术后都要注意口腔卫生', '解放军总医院心内科专家提醒，冬季要注意保暖'] },
  },
  {
    id: 'absolute.scope-superlative', category: 'absolute', severity: 'error',
    pattern: re(`(?:${SCOPES})${GAP(6)}最(?:高|大|好|佳|优|强|先进|权威|专业|全|领先|顶尖|完善|齐全|环保|精准)${GAP(12)}(?:${FACILITIES})|(?:我院|本院|我们医院|本中心|我科)${GAP(12)}(?:${SCOPES})${GAP(6)}最(?:高|大|好|佳|优|强|先进|权威|专业|全|领先|顶尖|完善|齐全|环保|精准)`),
    looksFor: '“本市最大、设备最先进的查体车”“国内配置最高的……之一”：限定范围内的最高级，修饰医院、设备或技术（“之一”不改变其绝对化）',
    message: '以“国内、本市最……”夸耀医院、设备或技术，属于绝对化用语', suggestion: '删除最高级，客观介绍设备名称和用途',
    examples: { hit: ['购置了本市最大、设备最先进的健康体检专用查体车', '为国内配置最高的健康查体车之一'], clean: ['我国是全球糖尿病患者最多的国家'] },
  },
  {
    id: 'absolute.scope-first', category: 'absolute', severity: 'warning',
    pattern: re(`(?:${SCOPES}|本院|我院|我们)${GAP(3)}(?:唯一|独家|首(?:台|款|个|家|位|批|创|发))(?!例)`),
    // The first guideline or the first approved vaccine, cited as news, is a source, not a boast.
    allow: new RegExp(`指南|共识|标准|规范|《|疫苗|获批上市|${POPULATION_RANKED}`, 'u'),
    looksFor: '“全市唯一一家”“本市首台引进”“全球首款”：限定范围内的唯一、首个，修饰机构、设备或产品',
    message: '“全市唯一、本市首台、全球首款”等排他性用语：若指本机构、设备或产品，属于绝对化用语', suggestion: '删除排他性表述，客观介绍',
    examples: { hit: ['全市唯一一家开展此项技术的医院', '本市首台引进达芬奇机器人', '全球首款降糖贴'], clean: ['我国首个《成人肥胖食养指南》发布'] },
  },
  {
    id: 'absolute.scope-superlative-bare', category: 'absolute', severity: 'warning',
    pattern: re(`(?:${SCOPES})${GAP(6)}最(?:高|大|好|佳|优|强|先进|权威|专业|全|领先|顶尖|完善|齐全|环保|精准)的?(?=[，。；！？、]|$)`),
    // Epidemiology ranks countries and diseases ("我国糖尿病患者人数全球最多"), not institutions.
    allow: /患者|人数|患病|发病|死亡|负担|人口|国家|消费国|病例|感染/,
    looksFor: '“体检车是国内配置最高的”：限定范围内的最高级，未写出修饰对象时请确认是否在夸耀本机构',
    message: '“国内、本市……最高、最大”：若指本机构、设备或技术，属于绝对化用语', suggestion: '删除最高级，客观介绍',
    examples: { hit: ['体检车是国内配置最高的'], clean: ['我国糖尿病患者人数全球最多'] },
  },
  {
    id: 'disguised-ad.contact-slang', category: 'disguised-ad', severity: 'error',
    pattern: re(CONTACT_SLANG),
    looksFor: '“加我绿泡泡”“加vx”“加企鹅”：以暗语索要私人联系方式',
    message: '以暗语引导添加微信、QQ等私人联系方式，属于以科普形式引流', suggestion: '删除联系方式和引流话术',
    examples: { hit: ['加我绿泡泡，发你完整版', '加vx领资料'], clean: ['泡泡浴后要及时擦干皮肤'] },
  },
  {
    id: 'disguised-ad.contact-hints', category: 'disguised-ad', severity: 'warning',
    pattern: re(any(CONTACT_HINTS)),
    allow: PUBLIC_PROGRAMME,
    looksFor: '“私我”“滴滴我”“评论区扣1”“戳头像进主页有惊喜”“链接放评论区”“来门诊找我”“回复关键词即可获取”“直播间专家在线答疑”',
    message: '疑似引导读者私下联系、进主页或直播间、到本人门诊：科普中不得导医导诊、引流', suggestion: '删除引流话术；如需就医提示，写“请到正规医院相关科室就诊”',
    examples: { hit: ['需要食谱的朋友私我', '想了解的评论区扣1', '戳头像进主页，有惊喜', '关注后回复关键词“控糖”即可获取专属食谱', '有需要的可以来我们门诊找我'], clean: ['如有不适，请到医院就诊', '回复评论时请文明用语'] },
  },
  {
    id: 'fear.hooks', category: 'fear', severity: 'warning',
    pattern: re(any(FEAR_HOOKS)),
    // The hooks are negated and asked by design ("别等到……才后悔", "你还敢……吗"); only warning readers against them is education.
    educationExempt: false,
    allow: /警惕|所谓|谣言|误区|号称|标题党|制造焦虑|不要被|别被|贩卖焦虑/,
    looksFor: '“再不重视肝就废了”“你可能就是下一个”“看完你还敢熬夜吗”“癌症已经找上你”“别等到瘫痪了才后悔”“一旦发现就是晚期”',
    message: '以威胁、反问或“下一个就是你”制造恐慌', suggestion: '客观说明风险、概率和可以做的事',
    examples: { hit: ['再不重视，你的肝就废了', '胃癌年轻化，你可能就是下一个', '别等到瘫痪了才后悔'], clean: ['胰腺癌早期症状不明显，发现时多已是中晚期', '出现胸痛请及时就医'] },
  },
  {
    id: 'ranking.place', category: 'ranking', severity: 'warning',
    pattern: re(RANK_PLACES),
    // Epidemiology ranks diseases and causes of death ("肺癌位居癌症死亡第一位").
    allow: new RegExp(`死因|死亡|发病|患病|病因|危险因素|癌症|肿瘤|疾病|感染|排名不分先后|世界卫生组织|国家免疫规划|成绩|考试|年级|班里|班上|${DISEASE_RANKED}|${POPULATION_RANKED}`, 'u'),
    looksFor: '“位列全国眼科第三”“榜单TOP3”“获得国际金奖”“被授予……示范单位称号”：名次、奖项和授予的称号（疾病、死因排名除外）',
    message: '以名次、奖项或称号宣传：不得在医疗、药品、保健食品广告中使用', suggestion: '删除名次、奖项和称号',
    examples: { hit: ['位列全国眼科第三', '获得国际金奖', '被授予“诚信示范单位”', '入选某榜单TOP3'], clean: ['肺癌位居我国癌症死亡第一位', '心脑血管疾病位列城乡居民死因前列'] },
  },
  {
    id: 'disguised-ad.own-service', category: 'disguised-ad', severity: 'warning',
    pattern: re(any(OWN_SERVICE)),
    // Research funding and public programmes are not sponsors of an ad.
    allow: /基金|课题|研究|免疫规划|政府|卫健委|疾控|社区卫生|公共卫生|12320|120/,
    looksFor: '“我院特推出体检套餐”“欢迎就诊”“可以选择我们医院的无痛胃镜”“本文由某药业特约支持”“推荐大家试试这个牌子”“下载某APP医生在线答疑”“回复1”',
    message: '疑似以科普引向本院服务、赞助方或产品：科普不得导医导诊、推销', suggestion: '删除本院服务、赞助和产品推荐；就医提示写“请到正规医院相关科室就诊”',
    examples: { hit: ['我院特推出中老年体检套餐', '心内科是省级重点专科，欢迎就诊', '本文由某药业特约支持', '想要这个方案的，回复“1”'], clean: ['本研究由国家自然科学基金支持', '出现症状请及时到医院就诊'] },
  },
  {
    id: 'disguised-ad.click-through', category: 'disguised-ad', severity: 'warning',
    pattern: re(`(?:点击|戳)${GAP(3)}(?:了解|查看|获取|进入|咨询|购买|领取|试用)${HAN}{0,8}?(?:${PRODUCT_FORMS}|舒|肽|康|灵|宝|药|产品|疗法|套餐)`),
    allow: PUBLIC_PROGRAMME,
    looksFor: '“点击了解某某舒”“点击查看稳压肽”：科普或资讯标题引向产品',
    message: '以资讯、科普标题引向产品，属于变相广告', suggestion: '删除产品链接和引导语',
    examples: { hit: ['尿酸高？科研揭秘，点击了解痛风舒', '高血压、降压科研进展，点击查看稳压肽'], clean: ['点击查看国家卫健委发布的指南全文'] },
  },

  // Sixth batch (#11): the weak categories' wording in 2024–2025 涉老 and 直播间 cases.
  {
    id: 'state-name.leaders', category: 'state-name', severity: 'warning',
    // "优先供应老干部、老将军": the supply comes first, the state persons after it.
    pattern: re(`(?:为|给|替|服务过|曾为|曾给)${GAP(6)}${STATE_PERSONS}${GAP(8)}${LEADER_SERVICE}|${STATE_PERSONS}${GAP(8)}${LEADER_SERVICE}|(?:优先|专门|定向|内部|只)(?:供应|供给|提供)(?:给)?${GAP(2)}${STATE_PERSONS}|${STATE_PERSONS}(?:均为|都是|皆为)?${GAP(2)}(?:获得者)?${GAP(2)}(?:坐诊|亲诊|把脉|主诊)|(?:坐诊|出诊|主诊|亲诊)${HAN}{0,4}(?:均为|都是|皆为|均系|系)${GAP(2)}${STATE_PERSONS}|老军医|军医${GAP(4)}(?:坐诊|主诊|亲诊|秘方|祖传)`),
    // "这位老军医的故事感动了很多人", "他曾在部队服役": service and memory, not a credential.
    allow: new RegExp(STATE_HISTORY, 'u'),
    source: '广告法 第九条第（二）项；医疗广告管理办法 第七条第（七）项',
    looksFor: '“为多位首长做过保健”“只有享受国务院津贴的专家才能享用”“老军医坐诊”：借国家领导人、军队的身份作背书',
    message: '借首长、国家领导人或军医的身份为医生、产品作背书', suggestion: '删除首长、领导人和军队身份的表述',
    examples: { hit: ['老专家曾为多位首长做过保健', '只有享受国务院津贴的专家才能享用', '部队老军医亲自坐诊', '这款口服液优先供应老干部'], clean: ['主任医师，享受国务院政府特殊津贴专家', '解放军总医院心内科专家提醒，冬季要注意保暖'] },
  },
  {
    id: 'endorsement.credentials', category: 'endorsement', severity: 'warning',
    pattern: re(`${BOASTED_CREDENTIALS}|${CELEBRITY_CUSTOMERS}|${SHOWCASE_CASES}`),
    allow: /典型案例|监管|处罚|警惕|通报/,
    source: '广告法 第十六条第一款第（四）项；医疗广告管理办法 第七条第（六）项',
    looksFor: '“著名医院主任医师、知名专家、医学博士”式的头衔堆砌，“粉丝皆为明星名流”，“品质案例”“成功案例”展示',
    message: '以夸耀的头衔、明星顾客或案例展示为疗效作证明', suggestion: '署名只写姓名、单位和职称；删除明星顾客和案例展示',
    examples: { hit: ['北京某著名医院主任医师、知名专家、医学博士', '最早的粉丝们皆为明星名流', '医疗美容丰胸品质案例'], clean: ['审核：李某某，主任医师、教授', '市场监管部门公布一批典型案例'] },
  },
  {
    id: 'disguised-ad.live-sales', category: 'disguised-ad', severity: 'warning',
    pattern: re(any(LIVE_SALES_TALK)),
    // Sales talk is not negated by a symptom before it ("关节不好的拿3号"); only writing against it is education.
    educationExempt: false,
    allow: /警惕|所谓|话术|套路|(?:不要|别|勿|切勿|莫)(?:轻|相|听)?信|催促|骗/,
    source: '广告法 第十九条；互联网广告管理办法 第九条；国卫办医政函〔2025〕419号 负面清单第2条',
    looksFor: '直播间带货话术：“放心拍”“有症状的拍”“最后20单”“建议吃8号和14号”“上链接”',
    message: '以科普或直播形式推销产品的带货话术', suggestion: '删除带货话术；科普不得推荐具体产品',
    examples: { hit: ['放心拍，放心吃，最后20单', '想补钙的建议吃8号和14号'], clean: ['请到正规医院就诊，遵医嘱用药', '8号床的患者今天出院'] },
  },
  {
    id: 'fear.looks-fortune', category: 'fear', severity: 'warning',
    pattern: re(`${LOOKS}${SGAP(12)}${FORTUNE}|颜值即正义|整容改变命运`),
    // "不整形就会被职场淘汰": the 不 is part of the threat; only writing against such ads is education.
    educationExempt: false,
    allow: /警惕|所谓|误区|不要被|别被|制造|宣扬|贩卖|焦虑|不当关联|不应|不必/,
    source: '市场监管总局《医疗美容广告执法指南》(2021)（不得将容貌与“成功”“贫穷”等不当关联，制造容貌焦虑）；广告法 第九条第（七）项',
    looksFor: '把容貌与婚姻、职场、命运绑在一起：“长得好才能嫁得好”“不整形就会被职场淘汰”“术后嫁得好又升了职”',
    message: '把容貌与成功、婚恋、职场挂钩，制造容貌焦虑', suggestion: '删除容貌与人生成败的关联，客观说明医美项目的适应证和风险',
    examples: { hit: ['颜值即正义，长得好才能嫁得好', '不整形就会被职场淘汰', '术后很漂亮，嫁得好又升了职'], clean: ['肥胖会增加多种慢性病的风险', '整形手术前要了解机构资质和手术风险'] },
  },
  {
    id: 'fear.hype', category: 'fear', severity: 'warning',
    pattern: re(`${HYPE}|最新的?${HAN}{0,4}?(?:技术|疗法|科技)(?![规指])`),
    allow: /指南|共识|规范|研究显示|研究发现|诊疗方案/,
    source: '药品广告审查发布标准 第十条第（八）项；国卫办医政函〔2025〕419号 负面清单第5条',
    looksFor: '“具有划时代的意义”“相当于发现青霉素”“医学奇迹”“最新的隆胸技术”：夸大新技术、新发现',
    message: '以“划时代、医学奇迹、最新技术”夸大疗法或产品', suggestion: '写明技术名称、适应证和证据来源，不作夸大',
    examples: { hit: ['这个发现相当于上世纪发现青霉素一样，具有划时代的意义', '最新的隆胸技术'], clean: ['最新的指南建议成人每周运动150分钟'] },
  },
  {
    id: 'guarantee.speed', category: 'guarantee', severity: 'warning',
    pattern: re(`${SPAN}(?:内|之内)?(?:就能|即可|就可以|便能|就会)(?:让|使)?${GAP(6)}(?:变大|增大|变小|变白|变瘦|长出|见效|痊愈|康复|瘦下来)|一(?:次|支|针|个疗程)${HAN}{1,6}(?:相当于|等于|顶)${GAP(2)}(?:\\d+|[两三四五六七八九十百千万]+)\\s*(?:张|次|盒|支|片|个)`),
    qualifierExempt: true,
    source: '广告法 第十六条第一款第（一）、（三）项',
    looksFor: '“20分钟就能让胸部神奇变大”“一次水光针相当于100张面膜”：限时见效和以量相比的效果承诺',
    message: '承诺限定时间内见效，或以“相当于N次”夸大效果', suggestion: '删除时限和换算，说明效果因人而异',
    examples: { hit: ['20分钟就能让胸部神奇变大', '一次水光针相当于100张面膜'], clean: ['普通感冒一般7天左右就能痊愈', '一瓶500毫升的可乐相当于10块方糖'] },
  },
  {
    id: 'cure-rate.helped-count', category: 'cure-rate', severity: 'warning',
    pattern: re(`(?:帮助|助力|让|使|带领)${GAP(2)}${BIG_AMOUNT}\\s*(?:多|余)?\\s*(?:万)?(?:人|名|位|个家庭|户)${GAP(6)}(?:恢复健康|重获健康|摆脱|告别|康复|痊愈|治愈|成功)`),
    source: '广告法 第十六条第一款第（二）项；医疗广告管理办法 第七条第（三）项',
    looksFor: '“已助力400万人恢复健康”：以帮助康复的人数宣传疗效',
    message: '以帮助康复的人数宣传疗效', suggestion: '删除人数',
    examples: { hit: ['已助力400万人恢复健康'], clean: ['全国已有400万人接种疫苗'] },
  },
  {
    id: 'absolute.world-superlative', category: 'absolute', severity: 'warning',
    pattern: re(`(?:世界上|全世界|全球|宇宙)${GAP(2)}最${HAN}{1,3}(?:[、，]最${HAN}{1,3})*的?${HAN}{0,4}?(?:${FACILITIES}|材料|成分|原料)`),
    allow: /器官|细胞|疾病|国家|死因|人口/,
    source: '广告法 第九条第（三）项',
    looksFor: '“世界上最薄、最坚硬的材料”：以世界之最夸耀产品、材料或技术',
    message: '以“世界上最……”夸耀产品或技术，属于绝对化用语', suggestion: '删除最高级，客观说明材料或技术',
    examples: { hit: ['石墨烯是目前世界上最薄、最坚硬的材料'], clean: ['皮肤是人体最大的器官'] },
  },
  {
    id: 'inducement.family-bond', category: 'inducement', severity: 'warning',
    pattern: re(`(?:就像|就是|当作|当成|像)(?:您|你)(?:们)?的?(?:孩子|儿女|子女|亲人|家人)一样`),
    source: '药品广告审查发布标准 第十二条第（二）项；市场监管总局 老年人药品、保健品虚假宣传整治（“亲情营销”）',
    looksFor: '“我们就像您的孩子一样关心您”：对老人的亲情营销',
    message: '以亲情营销拉拢老年人购买或就医', suggestion: '删除亲情营销话术',
    examples: { hit: ['叔叔阿姨，我们就像您的孩子一样关心您！'], clean: ['子女要多关心老人的用药情况'] },
  },

  {
    id: 'disguised-ad.invite', category: 'disguised-ad', severity: 'warning',
    pattern: re(`(?:需要|有需要|感兴趣|想了解|想咨询|有类似${HAN}{0,4}|有这种${HAN}{0,4})的(?:朋友|患者|姐妹|宝妈|家长|读者|人)?(?:们)?${GAP(8)}(?:联系我|找我|问我|私我|联系我们|咨询我们|找我们|来我们|来本院|来我院|联系客服|联系小编|联系助理)|欢迎(?:来电|致电|垂询)|(?:评论区|留言)${SGAP(16)}(?:我来|我帮你|我给你|帮你|为你)(?:分析|解答|评估|看看|制定)`),
    allow: PUBLIC_PROGRAMME,
    source: '广告法 第十九条；互联网广告管理办法 第九条；国卫办医政函〔2025〕419号 负面清单第2条（导医导诊）',
    looksFor: '“有需要的朋友联系我”“欢迎来电咨询”“评论区说出困扰，我来帮你分析”：科普作者把读者引向自己或本院',
    message: '邀请读者联系作者本人、本院或客服：科普不得导医导诊、引流', suggestion: '改为“请到正规医院相关科室就诊”',
    examples: { hit: ['有需要的朋友可以联系我', '欢迎来电咨询', '可在评论区说出你的困扰，我来帮你分析'], clean: ['有类似症状的朋友，请及时到医院就诊', '如有疑问，可拨打12320卫生热线咨询'] },
  },
  {
    id: 'endorsement.said-safe', category: 'endorsement', severity: 'warning',
    pattern: re(`${CELEBRITIES}${GAP(8)}(?:常客|老顾客|回头客|座上宾)|逢人(?:就)?(?:说|夸|讲|推荐)|(?:专家|教授|医生|院士|主任|博士)(?:表示|称|说|认为|证实)${GAP(10)}(?:该|这种|这个|这款|此)${HAN}{0,4}(?:安全有效|安全可靠|疗效确切|效果显著|无副作用|值得推荐)`),
    allow: /疫苗|接种|指南|共识|研究/,
    source: '广告法 第十六条第一款第（四）项；医疗广告管理办法 第七条第（六）项',
    looksFor: '“某明星也是这里的常客”“逢人就说这家医院好”“专家表示该疗法安全有效”：名人、患者、专家为疗效作证',
    message: '以名人、患者或专家的口吻证明疗效或安全', suggestion: '删除证明性表述，客观说明适应证和风险',
    examples: { hit: ['某明星也是这里的常客', '张大爷逢人就说这家医院好', '专家表示该疗法安全有效'], clean: ['专家表示，HPV疫苗安全有效', '医生说这种情况要及时复查'] },
  },
  {
    id: 'guarantee.to-you', category: 'guarantee', severity: 'warning',
    pattern: re(`(?:保证|确保|包)(?:你|您)${GAP(4)}(?:做完|用完|吃完|术后|治疗后|用了|做了|吃了|戴上|戴了)|(?:非常|十分|特别|超级|极其|绝对)的?安全${SGAP(8)}(?:非常|十分|特别|超级|极其)?的?(?:高效|有效|见效快)`),
    allow: /疫苗|接种/,
    qualifierExempt: true,
    source: '广告法 第十六条第一款第（一）项',
    looksFor: '“能保证你做完之后往上走1-3个色度”“非常的安全，而且非常的高效”：对读者本人的效果、安全保证',
    message: '向读者保证治疗后的效果，或断言“非常安全、非常高效”', suggestion: '说明效果因人而异，写明可能的风险',
    examples: { hit: ['这个能保证你做完之后能往上走1-3个色度', '所以这个是非常的安全，而且非常的高效'], clean: ['要保证孩子每天有足够的睡眠', '疫苗非常安全，也非常有效'] },
  },

  {
    id: 'guarantee.none-uncured', category: 'guarantee', severity: 'warning',
    pattern: re(`没有${GAP(2)}(?:看不好|治不好|治不了|医不好|解决不了)的${HAN}{0,6}(?:病|症)?`),
    // The 没有 belongs to the boast; only writing against it ("所谓……是骗人的") is education.
    educationExempt: false,
    allow: /所谓|号称|骗|谣言|警惕|不要信|别信|误区|夸大/,
    source: '广告法 第十六条第一款第（一）项',
    looksFor: '“没有看不好的××病，只有看不好的医生”：暗示什么病都能治好',
    message: '以“没有治不好的病”暗示保证治愈', suggestion: '删除，说明疾病的治疗目标和局限',
    examples: { hit: ['没有看不好的××病，只有看不好的医生'], clean: ['警惕“没有治不好的病”这类夸大宣传'] },
  },

  // 个人信息 — records shown, lists published, a workplace or class that points at one person.
  {
    id: 'privacy.disclosure', category: 'privacy', severity: 'warning',
    pattern: re(`(?:公开|展示|曝光|晒出|附)${GAP(8)}(?:病历|化验单|检查单|检查报告|精液报告|就诊记录|病床照片|诊断书|报告单|治愈名单|患者名单)|(?:病历|报告|就诊记录|名单)${GAP(4)}(?:公开|展示|曝光)|(?:就职于|任职于|工作于|就读于)${HAN}{2,20}(?:公司|学校|中学|小学|大学|医院|单位|银行|局|厂)|${HAN}{2,8}(?:中学|小学|幼儿园|大学)${GAP(6)}[高初][一二三]?[(（]?\\d+[)）]?班|(?:尾号|后四位)\\s*\\d{4}`),
    educationExempt: true,
    looksFor: '公开病历、报告、治愈名单，写出患者的工作单位、学校班级或号码尾号：这些信息能指向具体的人',
    message: '疑似公开患者的病历、报告、单位或号码片段，足以识别具体个人', suggestion: '删除病历、报告、单位、班级和号码信息，只保留去标识化的描述',
    source: '个人信息保护法 第二十八、二十九条',
    examples: { hit: ['真实病床照片及病历首页公开展示', '赵某，32岁，就职于示例科技有限公司', '刘某（尾号0000）'], clean: ['出院时请带好病历和检查报告'] },
  },

  // Seventh batch (#11): state media as a credential, office-holders, the space programme, 国字号;
  // praise as beating medicine; lumps said to vanish.
  {
    id: 'state-name.media-credit', category: 'state-name', severity: 'warning',
    pattern: re(`${STATE_MEDIA}(?:《[^》]{1,14}》)?${GAP(6)}${any(MEDIA_CREDITS)}`),
    allow: new RegExp(`指南|共识|据[^，。]{0,12}报道|${MEDIA_CITATION}|${STATE_HISTORY}`, 'u'),
    source: '广告法 第九条第（二）项；医疗广告管理办法 第七条第（七）项',
    looksFor: '“CCTV《健康之路》特邀专家”“新华社权威发布”：把官方媒体的节目、嘉宾身份当作医生或产品的资历',
    message: '以官方媒体的节目、嘉宾或“权威发布”身份为医生、产品作背书', suggestion: '删除官方媒体名义；引用报道时注明出处，不作资历',
    examples: { hit: ['CCTV《健康之路》特邀专家', '新华社权威发布：降糖新品上市'], clean: ['央视新闻报道，今年流感高峰提前', '新华社北京1月14日电，我国高血压患者约2.7亿人'] },
  },
  {
    id: 'state-name.officials', category: 'state-name', severity: 'warning',
    pattern: re(`${OFFICIALS}${GAP(6)}${OFFICIAL_ENDORSING}`),
    allow: /指南|共识|政策|文件|通知|规定|会议|讲话|调研|视察|提案|议案|建议(?!用)/,
    source: '广告法 第九条第（二）项（国家机关工作人员的名义）',
    looksFor: '“人大代表推荐”“局长都在用”：借国家机关工作人员的身份为产品、医院背书',
    message: '借国家机关工作人员的身份为产品或医院背书', suggestion: '删除官员、代表的身份和推荐',
    examples: { hit: ['多位人大代表推荐的养生茶', '卫生局局长都在用的降压仪'], clean: ['人大代表建议加强基层医疗建设', '市长到医院调研急救体系建设'] },
  },
  {
    id: 'state-name.space-crew', category: 'state-name', severity: 'warning',
    pattern: re(`(?:航天员|宇航员|神舟|天宫|国家队(?:运动员)?)${GAP(4)}(?:专用|同款|指定|专供|特供|都在(?:用|喝|吃)|推荐|定点)|国字号${GAP(2)}(?:专家|品牌|产品|医院|疗法|技术|配方|保健品)`),
    allow: new RegExp(STATE_HISTORY, 'u'),
    source: '广告法 第九条第（二）项；医疗广告管理办法 第七条第（七）项',
    looksFor: '“航天员专用营养品”“国字号品牌”：借航天等国家工程或“国字号”身份作背书',
    message: '借航天等国家工程或“国字号”名义为产品、医院作背书', suggestion: '删除这些名义',
    examples: { hit: ['航天员专用营养品', '国字号专家团队'], clean: ['航天员在太空中也要坚持锻炼'] },
  },
  {
    id: 'comparison.rival-praise', category: 'comparison', severity: 'warning',
    pattern: re(`(?:誉为|称为|号称|堪称)${GAP(6)}(?:超过|胜过|胜似|赛过|媲美|堪比|不亚于)|(?:媲美|堪比|胜似|赛过|秒杀)${HAN}{0,4}${RIVAL_TREATMENTS}|(?:安全性|疗效|效果|成功率|有效率|满意度)${GAP(2)}(?:远|明显|大大)?(?:高于|优于|好于|超过|超越)${GAP(10)}(?:国际|国内|行业|同行|同类|全国)(?:的)?(?:平均)?(?:水平|标准)`),
    source: '广告法 第十六条第一款第（三）项；医疗广告管理办法 第七条第（五）项',
    looksFor: '“被誉为超过药品”“疗效媲美水光注射”“安全性高于国际平均水平”：与药品、手术或同行比出高下',
    message: '把本产品或方法与药品、手术或同行水平作比较', suggestion: '删除比较，客观说明适应证和局限',
    examples: { hit: ['被科学界誉为超过药品', '美容疗效媲美水光注射', '安全性高于文献报道的国际平均水平'], clean: ['我国高血压知晓率低于发达国家水平'] },
  },
  {
    id: 'guarantee.lumps-vanish', category: 'guarantee', severity: 'warning',
    pattern: re(`(?:小|大)?${LUMPS}${GAP(2)}(?:逐渐|慢慢|完全|全部|彻底|都)(?:消失|消散|化掉|溶解|脱落|不见了)`),
    source: '广告法 第十六条第一款第（一）项',
    looksFor: '“小肿块逐渐消失”“结节全部消散”：断言肿块、结节会被消除',
    message: '断言肿块、结节、息肉会消失，属于对疗效的保证', suggestion: '删除保证，说明需要随访复查',
    examples: { hit: ['癌肿组织体积缩小，小肿块逐渐消失', '喝了两个月，囊肿慢慢不见了'], clean: ['多数甲状腺结节是良性的，定期复查即可'] },
  },
  // Eighth batch (#11): state organs beyond the health ones, army hospitals and the central health
  // bureaus as credentials, officials' visits and praise as proof — the meaning (organ + endorsing
  // act + the thing endorsed), not the batch's words.
  {
    id: 'state-name.organ-endorses', category: 'state-name', severity: 'warning',
    pattern: re(`${STATE_ORGANS}${GAP(8)}${ORGAN_ENDORSING}${SGAP(10)}${ENDORSED_THINGS}|${ENDORSED_THINGS}${SGAP(10)}(?:由|经|获|获得|得到|受到)${GAP(2)}${STATE_ORGANS}${GAP(8)}${ORGAN_ENDORSING}|${STATE_ORGANS}${GAP(4)}(?:认证|监制|特供|专供|指定|授牌|推荐|批准|审批|研制|研发)(?=[，。；！？、\\s]|$)|(?:${STATE_ORGANS}|国家卫生健康委员会|卫生健康委员会|国家中医药管理局|国家药品监督管理局)${HAN}{0,16}?${STATE_UNIT_TITLES}|${STATE_PROGRAMMES}`),
    // Public-health advice names the organ as a source ("中国疾控中心推荐接种流感疫苗", "建议使用含氯消毒液").
    allow: new RegExp(`${CITATION.source}|${MEDIA_CITATION}|${STATE_HISTORY}|接种|疫苗|(?:进行|对\\p{Script=Han}{0,10})消毒|洗手|口罩|防控|提醒|表示|指出|介绍|批准(?:其|该药|该产品)?(?:上市|注册|进口)|获批上市|审批通过方可`, 'u'),
    source: '广告法 第九条第（二）项',
    looksFor: '“公安部推荐的安全产品”“中央保健局专家研制的养生方”：部委、疾控、保健局等国家机关为产品或医院作推荐、认证、研制',
    message: '借国家机关的名义为产品、医院或疗法作推荐、认证', suggestion: '删除国家机关名义；引用其发布的指南时写明文件名称',
    examples: { hit: ['公安部推荐的安全产品', '中国疾控中心专家推荐的消毒液品牌'], clean: ['中国疾控中心推荐60岁以上老人接种流感疫苗', '经核实，中心从未印发过相关文件'] },
  },
  {
    id: 'state-name.state-clinic', category: 'state-name', severity: 'warning',
    pattern: re(`(?:曾任|曾是|原任|曾担任)(?:${STATE_CLINICS})${GAP(4)}(?:院长|副院长|主任|专家|教授|军医)|(?:${STATE_CLINICS})${GAP(10)}${CLINIC_SERVICE}|(?:原|退休|离休|特聘|特邀|资深|知名|著名)(?:${STATE_CLINICS})${GAP(6)}(?:专家|主任|教授|名医|医生|军医|团队)|(?:${STATE_CLINICS})${GAP(4)}(?:原|退休|离休|资深|知名|著名)(?:专家|主任|教授|名医|医生|军医|团队)|${OWN_SIDE}${SGAP(12)}(?:${STATE_CLINICS})${GAP(8)}(?:专家|主任|教授|名医|团队)`),
    // "解放军总医院心内科专家提醒……" names a source; "前身为部队医院，后移交地方" is history.
    allow: new RegExp(`${CLINIC_HISTORY}|${MEDIA_CITATION}|提醒|表示|指出|介绍说|建议|解释|强调|研究(?:发现|显示|表明)|发表|接受采访|科普|答疑|指南|共识|冒用|假冒|冒充`, 'u'),
    source: '广告法 第九条第（二）项；医疗广告管理办法 第七条第（七）项',
    looksFor: '“战区总医院专家每周来我院出诊”“原军区总医院专家团队”“中央保健委员会专家坐诊”：以军队医院、中央保健机构的身份为医生或医院背书',
    message: '以军队医院或中央保健机构的名义、身份为医生、医院背书', suggestion: '删除军队和保健机构身份；写明医生本人的执业机构即可',
    examples: { hit: ['战区总医院专家每周来我院出诊', '空军特色医学中心技术支持', '中央保健委员会专家组成员坐诊'], clean: ['解放军总医院心内科专家提醒，冬季要注意保暖', '医院前身为部队医院，2004年移交地方'] },
  },
  {
    id: 'state-name.official-visit', category: 'state-name', severity: 'warning',
    pattern: re(`${OFFICIAL_HOLDERS}${SGAP(12)}${OFFICIAL_VISITS}${SGAP(12)}${OWN_SIDE}|${OWN_SIDE}${SGAP(16)}${OFFICIAL_HOLDERS}${SGAP(12)}${OFFICIAL_VISITS}|${OFFICIAL_HOLDERS}${SGAP(12)}${OWN_SIDE}${SGAP(12)}${OFFICIAL_VISITS}`),
    source: '广告法 第九条第（二）项（国家机关工作人员的名义或者形象）',
    looksFor: '“省长亲自视察我院并给予高度评价”“卫生局领导莅临本院指导并题词”：以官员的视察、题词、肯定为医院或产品作证明',
    message: '以官员视察、题词或肯定为医院、产品作证明', suggestion: '删除官员视察和评价的表述',
    examples: { hit: ['省长亲自视察我院并给予高度评价', '卫生局领导莅临本院指导并题词'], clean: ['市长到医院调研急救体系建设', '国家卫健委领导对基层医改工作给予充分肯定'] },
  },
  {
    id: 'guarantee.miracle-outcome', category: 'guarantee', severity: 'warning',
    pattern: re(MIRACLE_OUTCOMES),
    qualifierExempt: true,
    source: '广告法 第十六条第一款第（一）项；药品广告审查发布标准 第十条',
    looksFor: '“扔掉拐杖”“告别胰岛素”“服用后血压降到正常”“不用再吃降压药了”“无一例复发”：以患者摆脱药物、器具或零失败证明疗效',
    message: '以摆脱药物、器具、指标恢复正常或“无一例复发”保证疗效', suggestion: '删除这些结果描述，客观说明治疗需要个体化并定期复查',
    examples: { hit: ['吃了三个月，扔掉了拐杖', '服用后血压降到正常', '开展以来无一例复发'], clean: ['血压达标后也不要自行停药', '部分轻度高血压患者减重后，可以不用再吃药了'] },
  },
  {
    id: 'fear.slogans', category: 'fear', severity: 'warning',
    pattern: re(FEAR_SLOGANS),
    // "再不治疗就要截肢了": the 不 belongs to the threat; quoting a slogan to warn about it stays clean.
    educationExempt: false,
    allow: /警惕|所谓|谣言|误区|号称|标题党|制造焦虑|不要被|吓唬|恐吓|话术/,
    source: '药品广告审查发布标准 第十条第（八）项；国卫办医政函〔2025〕419号 负面清单第5条',
    looksFor: '“再不治疗就要截肢了”“拖下去就是癌”“男人不行，家庭不幸”“孩子正在被近视毁掉”“神仙也难救”：用威胁、顺口溜制造恐慌',
    message: '以威胁口吻或顺口溜渲染后果，制造恐慌', suggestion: '客观说明风险和概率，如“部分患者可能……，建议及时就医评估”',
    examples: { hit: ['再不治疗就要截肢了', '拖下去就是癌', '男人不行，家庭不幸'], clean: ['高血压不及时治疗会增加中风风险', '警惕“拖下去就是癌”这类吓唬人的话术'] },
  },
  {
    id: 'endorsement.borrowed-authority', category: 'endorsement', severity: 'warning',
    pattern: re(`${AUTHORITY_MAKERS}${GAP(4)}${AUTHORITY_MAKING}|${FOREIGN_PROOF}|${CROWD_USERS}`),
    // Research reported as research ("屠呦呦团队发现青蒿素", "院士团队在《自然》发表研究") is education.
    allow: /发现|发表|论文|期刊|研究(?:显示|表明|发现)|获批|批准上市|诺贝尔(?:生理学或)?医学奖(?!得主)|警惕|所谓|号称|冒充|假冒/,
    source: '广告法 第十六条第一款第（四）项；第二十八条第二款第（五）项',
    looksFor: '“某某大学博士生导师研发”“诺奖得主团队研发”“美国FDA认证”“日本国民都在吃”“用了都说好”“听听老病友怎么说”：借权威、外国认证或人群为产品作证明',
    message: '借专家、外国认证或“大家都在用”为产品、疗法作证明', suggestion: '删除这些证明；介绍适应证、用法和注意事项即可',
    examples: { hit: ['某某大学博士生导师研发', '美国FDA认证', '日本国民都在吃'], clean: ['屠呦呦团队发现了青蒿素', '这种药已获美国FDA批准上市'] },
  },
  {
    id: 'cure-rate.share-of-cured', category: 'cure-rate', severity: 'warning',
    pattern: re(SHARE_OF_CURED),
    qualifierExempt: true,
    source: '广告法 第十六条第一款第（二）项；医疗广告管理办法 第七条第（二）项',
    looksFor: '“痊愈者占七成”“服用者中87%血压明显下降”“好转以上的达到九成”：先说治好的人，再说占多少',
    message: '以治好、好转的人所占比例宣传疗效', suggestion: '删除疗效比例；确需引用研究时注明出处、人群和样本量',
    examples: { hit: ['经临床观察，痊愈者占七成', '服用者中87%血压明显下降'], clean: ['约七成患者的症状可在数周内自行缓解'] },
  },
  {
    id: 'inducement.buy-gift', category: 'inducement', severity: 'warning',
    pattern: re(BUY_GIFT),
    allow: PUBLIC_PROGRAMME,
    source: '药品广告审查发布标准 第十二条第（二）项；医疗广告管理办法 第七条',
    looksFor: '“购两盒送一盒”“凡是今天报名的都送一台按摩仪”：以买赠、报名赠送招揽',
    message: '以买赠或报名、到店赠送招揽购买、就医', suggestion: '删除赠送信息',
    examples: { hit: ['购两盒送一盒', '凡是今天报名的都送一台按摩仪'], clean: ['报名参加社区义诊的居民可免费测血压（卫健委主办）'] },
  },
  {
    id: 'disguised-ad.phone-adviser', category: 'disguised-ad', severity: 'warning',
    pattern: re(PHONE_ADVISER),
    allow: /12320|12345|12356|120|110|(?<!\d)114(?!\d)|心理援助|戒烟热线|举报|投诉/,
    source: '广告法 第十九条；国卫办医政函〔2025〕419号 负面清单第2条',
    looksFor: '“请拨打400电话”“添加专属顾问”：引导读者联系商家的电话或顾问',
    message: '以400电话或“专属顾问”引导读者联系商家，属于变相广告', suggestion: '删除联系方式；提示“请到正规医疗机构就诊”即可',
    examples: { hit: ['想了解更多，请拨打400电话', '微信扫一扫，添加专属顾问'], clean: ['如有疑问，可拨打12320卫生热线咨询'] },
  },
  {
    id: 'guarantee.certain-relief', category: 'guarantee', severity: 'warning',
    pattern: re(CERTAIN_RELIEF),
    qualifierExempt: true,
    // Exercise, diet and vaccines suit nearly everyone, and guidelines say so.
    allow: /运动|锻炼|步行|快走|饮食|膳食|疫苗|接种|指南|共识/,
    source: '广告法 第十六条第一款第（一）项；药品广告审查发布标准 第十条；保健食品广告审查暂行规定 第八条',
    looksFor: '“立即止咳”“疼痛立消”“便秘问题迎刃而解”“糖尿病一定能控制住”“不伤肝肾”“男女老少都适用”：立刻、必然的疗效，安全保证，适合所有人',
    message: '断言立刻或必然见效、安全无伤或人人适用，属于对功效、安全性的保证', suggestion: '删除保证，说明个体差异、适用人群和可能的不良反应',
    examples: { hit: ['一针下去，疼痛消失', '服用一周，便秘问题迎刃而解', '纯中药，不伤肝肾', '男女老少都适用'], clean: ['快走适合所有人群，每天30分钟即可', '伤口出血要立即按压止血', '有人说中药不伤肝肾，这是误区'] },
  },
  {
    id: 'inducement.referral', category: 'inducement', severity: 'warning',
    pattern: re(REFERRAL_REWARDS),
    allow: PUBLIC_PROGRAMME,
    source: '药品广告审查发布标准 第十二条第（二）项；医疗广告管理办法 第七条',
    looksFor: '“医生免费面诊”“老带新各得一次免费护理”“积分兑换保健品”：以免费诊查、拉新奖励、积分招揽',
    message: '以免费面诊、拉新奖励或积分兑换招揽就医、购买', suggestion: '删除优惠和奖励信息',
    examples: { hit: ['医生免费面诊，随到随诊', '老带新各得一次免费护理', '积分兑换保健品'], clean: ['65岁以上老人可在社区卫生服务中心免费体检（国家基本公共卫生服务）'] },
  },

  // Generalisation families (#11): each frame is the meaning of a family (see families.ts), tested in
  // test/compliance/families.test.ts on sentences written for it, not taken from the evaluation set.
  {
    id: 'fear.certain-outcome', category: 'fear', severity: 'warning',
    pattern: re(`${INACTION}${SGAP(16)}${CERTAIN_MODAL}${GAP(4)}${DIRE_OUTCOMES}|(?:大多|大都|基本都|都)?活不过\\s*(?:\\d+|[一二三四五六七八九十两几半]+)\\s*(?:年|个月|岁)|命不久矣|${HIDDEN_HARM}`),
    source: '药品广告审查发布标准 第十条第（八）项；国卫办医政函〔2025〕419号 负面清单第5条',
    looksFor: '“拖到最后只能换肾”“放任不管，最终只能截肢”“不及早干预，孩子一辈子都长不高”“活不过五年”“正在慢慢毒害你的身体”：不治疗就必然出现严重后果',
    message: '断言不治疗必然出现严重后果，制造恐慌', suggestion: '客观说明风险和概率，如“如不规范治疗，部分患者可能……”',
    examples: { hit: ['这种病拖到最后只能换肾', '不及早干预，孩子一辈子都长不高'], clean: ['如果不及时治疗，部分人可能发展为慢性肾病', '青光眼如果延误治疗，可能导致不可逆的视力损害'] },
  },
  {
    id: 'guarantee.certainty', category: 'guarantee', severity: 'warning',
    // The gap may not hold a hedge or a condition ("保证充足睡眠有助于恢复健康", "一定要坚持治疗才能康复").
    pattern: re(`${CERTAINTY}(?:能|会|可以|就能)?(?:让|帮|使|叫)?${EVERYONE}?(?:都|全)?(?:能|会|可以|就能)(?:(?!有助|有利|才|利于|帮助|尽力|尽量)[^，。；！？\\n]){0,8}?${CURE_VERBS}|${ANY_CASE}${SGAP(12)}(?:都|也|全)(?:能|可以|可|会)${GAP(4)}${CURE_VERBS}|${NO_TRACE_OF}|${LASTS_FROM_ONE}`),
    // "接种后没有任何不适，也要留观30分钟": a condition, not a promise.
    allow: /(?:没有|无)(?:任何)?(?:不适|不良反应|副作用)(?:后|时|的话|者|也要|也应|仍需|，也)|(?:如果|若|假如|要是|如)(?:没有|无)|疫苗|接种/,
    qualifierExempt: true,
    source: '广告法 第十六条第一款第（一）项；医疗广告管理办法 第七条第（二）项',
    looksFor: '“肯定能帮您把血糖降下来”“确保每一位患者都能康复”“不管病了多少年，都能调理好”“没有一点风险”“打一针管十年”“永绝后患”：不用“保证治愈”字样的保证',
    message: '以肯定、确保的口吻，或“无论多久都能好”“没有一点风险”“一次管N年”，保证疗效或安全', suggestion: '说明效果和风险因人而异，写明可能的不良反应',
    examples: { hit: ['肯定能帮您把血糖降下来', '不管病了多少年，都能调理好', '打一针管十年'], clean: ['保证充足睡眠有助于恢复健康', '一定要坚持治疗才能康复', '没有任何风险的手术是不存在的'] },
  },
  {
    id: 'guarantee.quantified', category: 'guarantee', severity: 'warning',
    pattern: re(`${FAST_OR_ONE_DOSE}${SGAP(8)}${RESULT_AMOUNT}|${SPAN}${SGAP(8)}(?:${PROMISED}${GAP(2)}${RESULT_AMOUNT}|(?:增高|长高|丰)了?${RESULT_QTY})|${NO_EFFORT}`),
    // Healthy norms: "每月减重2到4斤为宜", "青春期每年可长高6到8厘米".
    // A weight change read as a warning sign ("一个月体重掉了10斤要查血糖") is a symptom, not a result.
    allow: /为宜|较为?健康|比较健康|合适|安全的速度|不宜|不超过|不要超过|建议|正常(?:范围|速度)|青春期|每年|警惕|信号|症状|不明原因|消瘦|体重下降|就医|检查|排查|糖尿病|肿瘤|癌/,
    qualifierExempt: true,
    source: '广告法 第十六条第一款第（一）项；保健食品广告审查暂行规定 第八条',
    looksFor: '“一针瘦掉20斤”“快速长高5到20厘米”“一个月瘦十斤”“躺着就能瘦”：以一剂、一段时间或不费力换来的具体数量承诺效果',
    message: '承诺一剂、一段时间或不费力就得到具体数量的效果（长高、减重、丰胸），属于保证功效', suggestion: '删除数量承诺，说明效果因人而异',
    examples: { hit: ['一个月轻松瘦十五斤', '每天一粒，三个月增高8公分', '不节食也能瘦'], clean: ['每月减重2到4斤为宜', '青春期孩子每年可长高6到8厘米'] },
  },
  {
    id: 'comparison.against-rival', category: 'comparison', severity: 'warning',
    pattern: re(`(?:比|比起|较|相比|相较于?|对比|和|跟|与)${RIVALS}(?:相比|比)?${SGAP(14)}${COMES_OUT_BETTER}|${TIMES_OF}`),
    // A guideline or study comparing treatments is cited as evidence, not a boast.
    allow: /指南|共识|研究(?:显示|表明|发现)|荟萃分析|临床试验|Meta/,
    source: '广告法 第十六条第一款第（三）项；医疗广告管理办法 第七条第（五）项',
    looksFor: '“比吃西药见效快”“比进口产品更适合中国人”“效果是别家的两倍”：把本方法或产品与另一种疗法、产品或医院比出高下',
    message: '把本方法、产品或医院与其他疗法、产品或医院比出高下', suggestion: '删除比较，客观说明本方法的适应证和局限',
    examples: { hit: ['比吃西药见效快', '效果是别家的两倍'], clean: ['新鲜蔬菜比腌制菜更健康', '规律服药比偶尔服药更能平稳控制血压'] },
  },
  {
    id: 'endorsement.gratitude', category: 'endorsement', severity: 'warning',
    pattern: re(`${GRATITUDE}|(?:一位|一名|很多|不少|许多|好多|众多|大批|多位)?${USERS}(?:们)?(?:纷纷)?(?:反馈|评价|留言|说|表示|感慨|分享|都说|直言)[：:，,]?${SGAP(16)}${REPORTED_RELIEF}|逢人(?:便|就)?(?:说|讲)${SGAP(12)}(?:救了|治好|管用|有效|好使)|(?:教授|专家|博士|主任|医生|院士|名医)(?:团队|们)?${GAP(4)}(?:倾力|鼎力|联袂|一致|强烈|郑重|极力|重磅|诚意|亲自)(?:推荐|力荐|推介)`),
    // Organ donation and rescue news tell of a life given to someone else, not a cure sold.
    allow: /捐献|捐赠|献血|供体|器官|急救|抢救|出现了?(?:头晕|不适|副作用|不良反应)|及时就医|停药|指南|共识/,
    source: '广告法 第十六条第一款第（四）项；医疗广告管理办法 第七条第（六）项',
    looksFor: '“是你们给了我第二次生命”“救命恩人”“一位使用者反馈：用了一周，睡眠明显改善”“老顾客都说吃了精神头足了”“教授团队倾力推荐”：患者、用户的感谢和康复反馈、专家的郑重推荐作为疗效证明',
    message: '以患者、用户的感谢或康复反馈证明疗效', suggestion: '删除感谢和反馈，改为说明疾病知识和个体差异',
    examples: { hit: ['是你们给了我第二次生命', '一位使用者反馈：用了一周，睡眠明显改善'], clean: ['器官捐献者给了他人第二次生命', '家属反馈，老人服药后出现了头晕，应及时就医'] },
  },
  // Paraphrase batch (#11): the same claims as other advertisers word them (test/fixtures/compliance-eval/
  // violating-paraphrase.json) — meaning over wording, each with its statute.
  {
    id: 'guarantee.said-otherwise', category: 'guarantee', severity: 'warning',
    pattern: re(`${ROOTED_OUT}|${NOTHING_AT_ALL}|${NOT_COMING_BACK}|${NONE_UNCURED}|${ON_ME}|${REGIMEN_ENDED}|${ALL_DISEASES}|${ONE_DOSE_DOWN}|${LAZY_RESULT}|${LUMP_WORDS}${SGAP(14)}${ALL_GONE}|${MYOPIA_GONE}|${GLASSES_GONE}|${SPAN}${GAP(6)}[，,]${GAP(12)}(?:好(?:利索|透|彻底|干净)|好得(?:干干净净|彻彻底底)|(?:直接|统统|全部)拿下|断了?根|痊愈|根治|治好了|彻底好)`),
    qualifierExempt: true,
    // "没有治不好的病" said to warn (所谓、号称) stays clean through ./context.ts; a clot dissolved by medicine is treatment.
    allow: /溶栓药|药物溶栓|介入|手术(?:切除|取出)|医生(?:会|可以)|指南|共识/,
    source: '广告法 第十六条第一款第（一）项；国卫办监督发〔2019〕11号（近视矫正不得宣称治愈、恢复）',
    looksFor: '换了说法的疗效保证：“病就断了根”“连根拔起”“一点副作用都没有”“不会再胖回来”“病都找不上门”“没有调理不好的胃病”“瘦不下来算我的”“什么病都自己好了”“血栓一下就化没了”“近视就不见了”',
    message: '换一种说法保证疗效或安全：若指某产品、疗法或本机构，属于保证疗效', suggestion: '删除保证，说明效果因人而异、需要规范治疗和复查',
    examples: {
      hit: ['坚持用下去病就断了根', '高血压都能从根上解决，一点副作用都没有', '在我这，就没有调理不好的胃病', '晚上戴一戴，早上起来近视就不见了'],
      clean: ['目前还没有能让近视消失的办法', '溶栓药物可以让血栓溶解'],
    },
  },
  {
    id: 'guarantee.disease-stays-away', category: 'guarantee', severity: 'warning',
    pattern: re(DISEASE_STAYS_AWAY),
    qualifierExempt: true,
    // "管住嘴、迈开腿，疾病找不上门" is the public slogan for habits; only a product or treatment keeping disease away is a promise.
    allow: /运动|锻炼|管住嘴|迈开腿|洗手|口罩|作息|饮食|睡眠|戒烟|限酒|心态|习惯|疫苗|接种|通风|卫生/,
    source: '广告法 第十六条第一款第（一）项；第十七条（保健食品等不得涉及疾病预防功能）',
    looksFor: '“喝了这茶，一年到头病都找不上门”：产品或疗法保证不生病',
    message: '保证用了某产品或疗法就不生病', suggestion: '删除保证；预防建议写生活方式和疫苗接种',
    examples: { hit: ['天天喝这茶，一年到头病都找不上门'], clean: ['管住嘴、迈开腿，疾病找不上门', '勤洗手，病毒就找不上门'] },
  },
  {
    id: 'comparison.colloquial', category: 'comparison', severity: 'warning',
    pattern: re(`${NOT_WORSE_THAN}${HAN}{0,2}${RIVALS}|${COLLOQUIAL_BETTER}`),
    allow: /指南|共识|研究(?:显示|表明|发现)|临床试验/,
    source: '广告法 第十六条第一款第（三）项；医疗广告管理办法 第七条第（五）项',
    looksFor: '口语的比较：“效果不输水光针”“比让孩子跳绳运动管用多了”',
    message: '把本方法或产品与其他疗法、产品比出高下', suggestion: '删除比较，客观说明适应证和局限',
    examples: { hit: ['效果不输水光针', '打生长激素比让孩子跳绳运动管用多了'], clean: ['规律服药比偶尔服药更能控制血压'] },
  },
  {
    id: 'superstition.folk-magic', category: 'superstition', severity: 'error', lexical: true,
    pattern: re(any(FOLK_MAGIC)),
    source: '医疗广告管理办法 第七条第（四）项；国卫办医政函〔2025〕419号 负面清单第6条',
    looksFor: '宇宙能量、转胎药、“怀上就是男孩”、黄道吉日、“家里传下来的方子”“一百多年的老方子”“给皇上看病的药方”',
    message: '以神秘力量、吉日、宫廷或家传古方神化疗效', suggestion: '删除神化表述，介绍有循证依据的方法',
    examples: { hit: ['家里传下来的转胎方，怀上就是男孩', '挑个黄道吉日剖', '传了一百多年的老方子'], clean: ['胎儿性别由染色体决定，所谓转胎药没有任何作用'] },
  },
  {
    id: 'endorsement.said-so', category: 'endorsement', severity: 'warning',
    pattern: re(`${CURED_TELL}|${FAMOUS_SAY}|${BEFORE_AND_AFTER}`),
    allow: /不得|禁止|严禁|注意事项|要注意|监测|测量/,
    source: '广告法 第十六条第一款第（四）项；医疗广告管理办法 第七条第（六）项',
    looksFor: '“治好的病友亲自来讲”“知名主持人都说这个鱼油好”“做之前和做之后的照片”：康复者、名人的话和前后对比作证明',
    message: '以康复者讲述、名人评价或前后对比证明疗效', suggestion: '删除证言和对比，改为说明疾病知识',
    examples: { hit: ['治好的病友亲自来讲自己的经历', '知名主持人都说这个鱼油好', '看看这位小朋友做之前和做之后的照片'], clean: ['用药前和用药后都要测量血压'] },
  },
  {
    id: 'fear.to-you', category: 'fear', severity: 'warning',
    pattern: re(FEAR_TO_YOU),
    allow: /警惕|所谓|谣言|误区|号称|标题党|制造焦虑|不要被|吓唬|恐吓|话术/,
    source: '药品广告审查发布标准 第十条第（八）项；国卫办医政函〔2025〕419号 负面清单第5条',
    looksFor: '对读者渲染后果：“要命的是你已经习惯了丑”“短命十几年”“哪天一口气上不来人就没了”',
    message: '以渲染后果的方式制造焦虑', suggestion: '客观说明风险和概率',
    examples: { hit: ['有口臭的人平均要短命十几年', '哪天一口气上不来人就没了'], clean: ['更要紧的是按时服药'] },
  },
  {
    id: 'cure-rate.each-one', category: 'cure-rate', severity: 'warning',
    pattern: re(`${EACH_ONE_CURED}|(?:帮助|帮|助力|让|使)${GAP(2)}${BIG_AMOUNT}\\s*(?:多|余)?\\s*(?:个|名|位|例)${HAN}{0,4}?(?:成功|摘(?:掉|了)|告别|摆脱|康复|恢复|重获|怀上|怀孕)`),
    source: '广告法 第十六条第一款第（二）项；医疗广告管理办法 第七条第（三）项',
    looksFor: '“来一个治好一个”“没有失手过”“让三万多个孩子摘了眼镜”：以全部治好或治好的人数宣传疗效',
    message: '以“个个治好”或治好的人数宣传疗效', suggestion: '删除疗效人数和比例',
    examples: { hit: ['来一个治好一个，没有失手过', '已经让三万多个孩子摘了眼镜'], clean: ['全国已有三万多个孩子接受了免费筛查'] },
  },
  {
    id: 'absolute.only-choice', category: 'absolute', severity: 'warning',
    pattern: re(ONLY_CHOICE),
    source: '广告法 第九条第（三）项',
    looksFor: '“就认准这家”：把本机构说成唯一的选择',
    message: '把本机构或品牌说成唯一的选择，属于绝对化用语', suggestion: '删除排他表述',
    examples: { hit: ['浙江人治狐臭就认准这家'], clean: ['购买保健食品要认准蓝帽子标识'] },
  },
  {
    id: 'inducement.not-a-penny', category: 'inducement', severity: 'warning',
    pattern: re(NOT_A_PENNY),
    allow: PUBLIC_PROGRAMME,
    source: '药品广告审查发布标准 第十二条第（二）项',
    looksFor: '“一分钱不要”“不收一分钱”：以免费招揽（政府公共卫生项目除外）',
    message: '以免费招揽就医或购买', suggestion: '删除免费招揽；公共卫生项目写明主办方',
    examples: { hit: ['暑假来涂氟，一分钱不要'], clean: ['国家免疫规划疫苗接种一分钱不要'] },
  },

  // Tenth batch (#11): what the batch's misses mean, as frames (families.ts, "Tenth batch").
  {
    id: 'state-name.political-event', category: 'state-name', severity: 'warning',
    pattern: re(`${POLITICAL_EVENTS}${SGAP(30)}${EVENT_OFFERS}|${EVENT_OFFERS}${SGAP(16)}${POLITICAL_EVENTS}`),
    // A hospital's free clinic organised by the health authority, or a public programme, is service news.
    allow: PUBLIC_PROGRAMME,
    source: '广告法 第九条；市场监管总局 2023-02 涉导向违法广告典型案例（借党的二十大进行营销炒作）',
    looksFor: '“喜迎二十大，防癌体检套餐优惠风暴来袭”“为迎接党的二十大胜利召开，开展组团式无痛胃肠镜体检活动”：借重大政治活动、纪念日推销',
    message: '借党和国家重大活动、纪念日进行营销', suggestion: '删除政治活动名义；优惠、套餐等推销内容不写入科普',
    examples: { hit: ['喜迎二十大，防癌体检套餐优惠风暴来袭', '庆祝建党百年，种植牙限时特惠'], clean: ['庆祝建党百年，医院党委组织党员志愿者下乡义诊（市卫健委主办）', '国庆假期门诊安排如下'] },
  },
  {
    id: 'endorsement.own-results', category: 'endorsement', severity: 'warning',
    pattern: re(`${OWN_PLACE}${GAP(8)}${COURSE_VERBS}了?(?:${SPAN}|(?:大)?半(?:年|个月)|一段时间|好几个月|几个疗程)${SGAP(16)}${MEASURED_GAIN}`),
    qualifierExempt: true,
    source: '广告法 第十六条第一款第（二）、（四）项；医疗广告管理办法 第七条第（六）项',
    looksFor: '“周同学在我们近视防控馆训练了10天，视力提高了0.5”“在本中心调理了三个月，血糖降了3个点”：本机构一段疗程后的测量结果，用顾客作证明',
    message: '以顾客在本机构的疗程和测量结果证明疗效', suggestion: '删除顾客案例和疗效数字',
    examples: { hit: ['周同学在我们近视防控馆训练了10天，左右眼视力分别提高了0.5和0.6', '王阿姨在本中心调理了三个月，血糖降了3个点'], clean: ['我们建议每天户外活动2小时，坚持一年可以减少近视发生', '医生会根据复查结果调整用药'] },
  },
  {
    id: 'guarantee.body-renewed', category: 'guarantee', severity: 'warning',
    pattern: re(`${SPAN}${SGAP(6)}${RENEWED_BODY}|${REPAIRS_TISSUE}|${DISEASE_TERMINUS}`),
    qualifierExempt: true,
    // The body's own repair and research reported as research are education.
    allow: /能力|潜力|研究|试验|实验|科学家|自身|自我|人体本身|机体|自然(?:更新|代谢)|正常(?:更新|代谢)|红细胞|寿命/,
    source: '广告法 第十六条第一款第（一）项；第十七条；保健食品不得涉及疾病治疗功能（食品安全法 第七十三条）',
    looksFor: '“80天细胞再生，80天血液干净”“具有修复……细胞组织，恢复原有结构和功能”“这里就是一体多病的终点站”：产品、疗程让身体再生、修复，或让疾病到头',
    message: '保证产品或疗程使细胞、组织再生修复，或让疾病到此为止', suggestion: '删除再生、修复和“终点站”的承诺，说明产品的批准功能',
    examples: { hit: ['80天细胞再生，80天血液干净', '具有修复受损胰岛细胞组织的功效', '这里就是一体多病的终点站'], clean: ['肝脏具有很强的自我修复能力', '科学家正在研究干细胞修复受损组织的潜力', '红细胞的寿命约为120天'] },
  },
  {
    id: 'absolute.every-case-best', category: 'absolute', severity: 'warning',
    pattern: re(EVERY_CASE_BEST),
    // Service standards without a superlative ("确保每一位患者得到及时救治") do not match: the frame needs 最 or 完美.
    source: '广告法 第九条第（三）项；第十六条第一款第（一）项',
    looksFor: '“力保每一台手术是最符合患者的手术”“保证每一位顾客做出来都是最自然的鼻子”：对每一例都承诺最好的结果',
    message: '对每一位患者、每一台手术承诺“最……”的结果，属于绝对化用语和效果保证', suggestion: '删除保证和最高级，说明效果因人而异',
    examples: { hit: ['我们力保每一台手术是最符合患者的手术', '保证每一位顾客做出来都是最自然的鼻子'], clean: ['确保每一位患者得到及时救治', '医生会为每一位患者制定个体化方案'] },
  },
  {
    id: 'state-name.army-and-organ-press', category: 'state-name', severity: 'warning',
    pattern: re(`${ARMY_TRUST}|${ORGAN_PRESS}|${PUBLIC_ORG_MAKERS}`),
    // Soldiers' health advice and news cited as news are sources ("部队官兵冬训要防冻伤", "据《健康报》报道").
    allow: new RegExp(`${STATE_HISTORY}|${MEDIA_CITATION}|据|训练|冻伤|中暑|防护|体检|献血`, 'u'),
    source: '广告法 第九条第（二）项；医疗广告管理办法 第七条第（七）项',
    looksFor: '“军民共建单位，部队官兵信赖”“卫生部《健康报》专题报道”“中国红十字会监制”：借军队的信赖、国家机关主管的报刊或人民团体的名义作背书',
    message: '借军队、国家机关主管报刊或人民团体的名义为产品、机构作背书', suggestion: '删除这些名义；引用报道时写明“据某报报道”并不作宣传',
    examples: { hit: ['军民共建单位，部队官兵信赖', '卫生部《健康报》专题报道', '中国红十字会监制'], clean: ['部队官兵冬季训练要注意预防冻伤', '据《健康报》报道，今年流感疫苗供应充足'] },
  },
  {
    id: 'disguised-ad.provider-slogan', category: 'disguised-ad', severity: 'warning',
    pattern: re(`${PROVIDER_SLOGAN}|${CONTACT_APPENDED}|${PROVIDER_OPENS}`),
    // Health reform news ("智慧医院建设，让患者少跑腿") speaks of patients, not "you".
    allow: new RegExp(`${PUBLIC_PROGRAMME.source}|医改|改革|政策`, 'u'),
    source: '广告法 第十四条、第十九条；《医疗广告认定指南》（2025）借健康科普变相发布医疗广告',
    looksFor: '“某某医院，让您的孩子远离近视”“选择某某口腔，让笑容更自信”“文末附上我们医院的地址和电话”“某某医院开通线上问诊，足不出户看专家”：科普里的机构口号、联系方式和服务推介',
    message: '科普中出现机构口号、联系方式或服务推介，属于以科普形式变相发布广告', suggestion: '删除口号、联系方式和服务推介，结尾提示到正规医院就诊即可',
    examples: { hit: ['某某医院，让您的孩子远离近视', '选择某某口腔，让笑容更自信', '文末附上我们医院的地址和电话', '某某医院皮肤科开通了线上问诊，足不出户看专家'], clean: ['有疑问请到正规医院咨询医生', '医院推进智慧医疗改革，让患者少跑腿'] },
  },
  {
    id: 'guarantee.everyday-promises', category: 'guarantee', severity: 'warning',
    pattern: re(`${EVERYDAY_PROMISES}|${FAVOURITE}`),
    qualifierExempt: true,
    source: '广告法 第九条第（三）项；第十六条第一款第（一）项',
    looksFor: '“效果立现”“术后不肿不痛”“孩子吃了就长个”“市民心中最满意的医院”：日常口吻的效果保证和“最受信赖”',
    message: '以“效果立现、不肿不痛、吃了就长个”保证效果，或自称“最满意、最信赖”', suggestion: '删除保证和最高级，说明效果因人而异',
    examples: { hit: ['效果立现，肉眼可见', '术后不肿不痛', '孩子吃了就长个', '市民心中最满意的医院'], clean: ['肉眼可见的血尿需要及时就医', '选择自己信赖的正规医院就诊'] },
  },
  // Wordings the tuning half was caught on only by the learned score after the tenth-batch retrain: their meaning as frames.
  {
    id: 'cure-rate.cured-share-talk', category: 'cure-rate', severity: 'warning',
    pattern: re(CURED_SHARE_TALK),
    qualifierExempt: true,
    allow: /研究|试验|指南|共识|统计|数据显示|文献|报道/,
    source: '广告法 第十六条第一款第（二）项；医疗广告管理办法 第七条第（三）项',
    looksFor: '“治好的占百分之九十五点六”“治好的比例特别高”“95%的孩子用一个月视力都提上来了”“种上的毛囊九成八都能活”：口语说出的治愈、有效比例',
    message: '以治好、见效的比例宣传疗效', suggestion: '删除疗效比例；引用研究时注明出处、人群和样本量',
    examples: { hit: ['白癜风新疗法，治好的占百分之九十五点六', '我们这治好的比例特别高', '95%的孩子用一个月视力都提上来了'], clean: ['研究显示，治疗有效的患者占六成左右', '约七成患者的症状可在数周内自行缓解'] },
  },
  {
    id: 'guarantee.small-dose', category: 'guarantee', severity: 'warning',
    pattern: re(`${SMALL_DOSE_CURES}|${MORE_PROMISES}|${TIMETABLE_RELIEF}|${DRINK_TREATS}`),
    qualifierExempt: true,
    // "血压控制好以后药也不能停" is negated through ./context.ts; "配镜后视力就提上来了" is correction, not cure.
    allow: /配镜|戴(?:上)?眼镜|矫正视力|验光|白内障|晶体|疫苗|接种/,
    source: '广告法 第十六条第一款第（一）项；药品广告审查发布标准 第十条',
    looksFor: '“一个枕头就能让多年的颈椎病痊愈”“我打包票以后不会再咳”“胰岛素都不用打了”“药都可以停了”“三天去除牛皮癣”“从根上给你祛干净”：小剂量治愈、停药、打包票',
    message: '承诺小剂量就能治愈、可以停药或“打包票”，属于保证疗效', suggestion: '删除保证，说明需要规范治疗、遵医嘱调整用药',
    examples: { hit: ['一个枕头就能让多年的颈椎病痊愈', '连吃几个疗程，我打包票以后不会再咳', '胰岛素都不用打了', '三天去除牛皮癣', '服用5天，头晕乏力基本消失', '喝这种药茶可以治疗痛风'], clean: ['血压控制好以后，药也不能随便停', '配镜后矫正视力就提上来了', '服用3天症状没有好转，应及时就医', '多喝水不能治疗感冒'] },
  },
  {
    id: 'absolute.best-provider', category: 'absolute', severity: 'warning',
    pattern: re(`${BEST_PROVIDER}|${LONGEVITY_REWARD}`),
    // "选择离家最近的正规医院" is advice (最近 is not in the family); a guideline's best hospital is not a thing.
    allow: /之一|指南|共识/,
    source: '广告法 第九条第（三）项；药品广告审查发布标准 第十二条第（二）项',
    looksFor: '“郑州最好的耳鼻喉专科医院”“活到一百岁，我们奖您一百万”：把机构说成最好的，或以长寿奖励招揽',
    message: '把机构说成“最好”，或以长寿奖励招揽购买', suggestion: '删除最高级和奖励承诺',
    examples: { hit: ['郑州最好的耳鼻喉专科医院', '活到一百岁，我们奖您一百万'], clean: ['发病后要尽快到离家最近的正规医院', '该院是国内较早开展此项技术的医院之一'] },
  },
  {
    id: 'endorsement.crowd-said', category: 'endorsement', severity: 'warning',
    pattern: re(CROWD_SAID),
    source: '广告法 第十六条第一款第（四）项；医疗广告管理办法 第七条第（六）项',
    looksFor: '“乡亲们用过都夸好”“几万名糖友亲身试过”“协会的理事都亲口说好”“本人亲自试过，七天掉了8斤”：众人、名义和亲身经历作证明',
    message: '以众人评价、协会成员说好或亲身经历证明效果', suggestion: '删除证言，改为说明知识和个体差异',
    examples: { hit: ['乡亲们用过都夸好', '几万名糖友亲身试过', '本人亲自试过，七天掉了8斤'], clean: ['我试过很多办法，还是规律作息最管用'] },
  },
  {
    id: 'comparison.worth-many', category: 'comparison', severity: 'warning',
    pattern: re(WORTH_MANY),
    allow: /热量|卡路里|千卡|大卡|营养|维生素|蛋白质|钙/,
    source: '广告法 第十六条第一款第（三）项',
    looksFor: '“打一次水光，顶你敷一百张面膜”：说本方法抵得上许多别的产品',
    message: '把本方法说成抵得上许多其他产品或疗法', suggestion: '删除比较',
    examples: { hit: ['打一次水光，顶你敷一百张面膜'], clean: ['一杯奶茶的热量抵得上两碗米饭'] },
  },
  {
    id: 'state-name.for-leaders', category: 'state-name', severity: 'warning',
    pattern: re(FOR_LEADERS_ONLY),
    allow: new RegExp(STATE_HISTORY, 'u'),
    source: '广告法 第九条第（二）项',
    looksFor: '“以前只给老干部用的药”：说产品原本专供领导、干部',
    message: '借领导、干部专用的名义为产品背书', suggestion: '删除专供领导的说法',
    examples: { hit: ['以前只给老干部用的药，现在老百姓也能买到'], clean: ['社区为离休干部提供上门医疗服务（民政部门）'] },
  },
  {
    id: 'disguised-ad.comment-for-material', category: 'disguised-ad', severity: 'warning',
    pattern: re(`${COMMENT_FOR_MATERIAL}|${MARKETING_BYLINE}`),
    source: '广告法 第十四条、第十九条；互联网广告管理办法 第九条；国卫办医政函〔2025〕419号 负面清单第2条',
    looksFor: '“评论区扣‘想要’，我把方法发给你”“来源：某某医院市场部”：以评论换资料把读者引到私下，或由营销部门署名的“科普”',
    message: '以评论换取资料引流，或由市场、营销部门署名：属于以科普形式发布变相广告', suggestion: '删除引流话术；科普由专业人员署名',
    examples: { hit: ['评论区扣“想要”，我把方法发给你', '本文来源：某某医院市场部'], clean: ['欢迎在评论区留言分享你的经验', '来源：国家卫生健康委员会官网'] },
  },
  {
    id: 'guarantee.special-effect', category: 'guarantee', severity: 'warning',
    pattern: re(`${SPECIAL_EFFECT}|${ALL_HARD_CASES}|${NO_LONGER_TROUBLED}|${STONES_GONE}`),
    qualifierExempt: true,
    // "目前对这种病还没有特效药" is negated through ./context.ts; a drug's history ("青霉素对梅毒有特效") is told with 曾|发现.
    allow: /历史|发现|问世|曾经|当年|年代|特效药物?(?:问世|出现|研发)/,
    source: '广告法 第十六条第一款第（一）项；药品广告审查发布标准 第十条',
    looksFor: '“对风湿骨病有特效”“对糖尿病有奇效”“专治各类疑难杂症”“不再为病所困”“溶解结石，不用手术”“三天排石”：断言对某病有特殊疗效、包揽一切难治的病，或保证摆脱疾病',
    message: '断言对某种疾病有特效、奇效，或专治一切疑难病', suggestion: '删除特效表述，说明适应证和个体差异',
    examples: { hit: ['对风湿骨病有特效', '这款茶对失眠有奇效', '专攻各类疑难杂症', '肝病患者不再为病所困', '溶解结石，不用手术', '三天排石'], clean: ['目前对这种病还没有特效药', '擅长心律失常疑难病例的诊治', '多数患者治疗后可以不再受疼痛困扰', '小于5毫米的结石多数可以自行排出'] },
  },
  {
    id: 'endorsement.cured-mine', category: 'endorsement', severity: 'warning',
    pattern: re(CURED_MINE),
    source: '广告法 第十六条第一款第（四）项；医疗广告管理办法 第七条第（六）项',
    looksFor: '“治好了我二十多年的老胃病”“调好了我妈的失眠”：患者或家属讲述被治好',
    message: '以患者或家属讲述“治好了我的病”证明疗效', suggestion: '删除患者证言，改为说明疾病知识',
    examples: { hit: ['治好了我二十多年的老胃病', '这家调好了我妈的失眠'], clean: ['医生说我的病需要长期服药控制'] },
  },
  {
    id: 'ranking.quoted-honour', category: 'ranking', severity: 'warning',
    pattern: re(QUOTED_HONOUR),
    // Honours to people for public service ("全国五一劳动奖章", "最美医生") and to public bodies are news.
    allow: new RegExp(`${PUBLIC_HONOURS}|文明单位`, 'u'),
    source: '药品广告审查发布标准 第十二条第（五）项；广告法 第二十八条第二款第（二）项',
    looksFor: '“荣获‘中国医疗行业影响力品牌’”“获评‘百姓信赖口碑医院’”：以加引号的称号、奖项作宣传',
    message: '以称号、奖项宣传医院、品牌或产品', suggestion: '删除称号和奖项',
    examples: { hit: ['荣获“中国医疗行业影响力品牌”', '喜获“年度医美创新机构”'], clean: ['张医生荣获“全国五一劳动奖章”', '该市获评“国家卫生城市”'] },
  },
  {
    id: 'disguised-ad.product-feature', category: 'disguised-ad', severity: 'warning',
    pattern: re(PRODUCT_FEATURE),
    allow: /指南|共识|不良反应|说明书|用法用量|警惕|谨防|虚假/,
    source: '广告法 第十四条（广告应当具有可识别性）、第十九条',
    looksFor: '“《健鼎宝科技报》专题介绍纳米灵芝冬虫夏草胶囊”：以报纸、专栏、专题的形式介绍一种产品',
    message: '以报道、专栏的形式介绍某一产品，属于以新闻或科普形式变相发布广告', suggestion: '删除对具体产品的专题介绍',
    examples: { hit: ['本报专题介绍纳米灵芝冬虫夏草胶囊'], clean: ['本期专题介绍胶囊内镜检查的注意事项'] },
  },
  // Eleventh tuning batch (#11): wordings of 2019–2025 notices the rules missed, written as families (./families.ts).
  {
    id: 'endorsement.case-card', category: 'endorsement', severity: 'warning',
    pattern: re(CASE_CARD_RESULT),
    source: '医疗广告管理办法 第七条第（六）项；广告法 第十六条第一款第（四）项',
    looksFor: '“患者，女，颈部不适三年，经一次治疗明显改善”：以病例卡的形式展示短疗程后的效果',
    message: '以患者病例展示治疗效果，属于利用患者名义证明疗效', suggestion: '删除病例和疗效描述，改为说明疾病知识和就医建议',
    examples: { hit: ['患者,女,颈部不适伴头昏三年,经一次治疗明显改善!', '顾客，男，52岁，腰痛多年，经两个疗程调理后疼痛消失'], clean: ['患者，男，65岁，因反复胸痛2小时入院', '经规范治疗，多数患者的症状可以改善'] },
  },
  {
    id: 'guarantee.one-act', category: 'guarantee', severity: 'warning',
    pattern: re(ONE_ACT_RESULT),
    source: '广告法 第十六条第一款第（一）项',
    looksFor: '“一植就美”“一抹就好”“刷刷牙就能瘦”“植回青春”：一次、轻松的动作就有结果',
    message: '暗示用一次、轻松就能见效，属于保证疗效', suggestion: '说明疗程、起效时间和个体差异',
    examples: { hit: ['一植就美，植回青春', '伤口一抹上它就很快愈合', '让你刷刷牙就能瘦'], clean: ['有的孩子一吃鸡蛋就过敏', '第一次用药后要观察有无不良反应'] },
  },
  {
    id: 'guarantee.everyday-product-heals', category: 'guarantee', severity: 'warning',
    pattern: re(`${EVERYDAY_PRODUCTS}${SGAP(20)}(?:具有|具备|有|可以|能|能够|可)${GAP(4)}${MEDICAL_ACTIONS}|${IT_KILLS_ALL}`),
    // A consumer warning or a label's limits ("化妆品不得宣称消炎杀菌") is what education says.
    allow: /不得|不能|不可|禁止|严禁|虚假|夸大|警惕|谨防|并不具[有备]|无法/,
    source: '广告法 第十七条（除医疗、药品、医疗器械广告外，禁止涉及疾病治疗功能、使用医疗用语）；第十六条第一款第（一）项',
    looksFor: '精华液、牙膏、项链、净水器等日用品声称“消炎杀菌”“抗病毒”“治病”，或“它都能有效杀灭”一串病原',
    message: '日用品、化妆品或食品声称具有医疗作用', suggestion: '删除医疗功效表述；如为药品或医疗器械，按审查批准的内容发布',
    examples: { hit: ['请大家立即用浩哥研制的养护精华液，它具有消炎杀菌的作用', '诺如病毒、流感病毒，它都能有效杀灭'], clean: ['化妆品不得宣称消炎杀菌等医疗作用', '含氟牙膏有助于预防龋齿'] },
  },
  {
    id: 'cure-rate.subjects-felt', category: 'cure-rate', severity: 'warning',
    pattern: re(SUBJECTS_FELT),
    source: '广告法 第十一条第二款、第二十八条第二款第（三）项；第十六条第一款第（二）项',
    looksFor: '“100%受试者认为紧致唇周”“九成用户反馈明显改善”：以受试者、用户的感受比例宣传效果',
    message: '以受试者、用户的比例宣传效果：须有真实的试验依据并注明出处，医疗广告中不得使用', suggestion: '删除效果比例，或注明试验机构、样本和方法',
    examples: { hit: ['100%受试者认为紧致唇周、淡化唇纹', '九成用户反馈皮肤明显改善'], clean: ['约三成受试者出现轻微头痛'] },
  },
  {
    id: 'superstition.lineage', category: 'superstition', severity: 'warning',
    pattern: re(REMEDY_LINEAGE),
    // Crafts handed down are culture: "剪纸技艺第五代传承人".
    allow: /非遗|非物质文化遗产|技艺|手艺|剪纸|刺绣|戏曲|曲艺|武术|拳/,
    source: '医疗广告管理办法 第七条第（四）项；国卫办医政函〔2025〕419号 负面清单第6条',
    looksFor: '“传承千年苗方”“第56代传承人”“流传百年的古方”：以传承、古方神化疗效',
    message: '以传承、古方、传人身份神化疗效', suggestion: '删除传承和古方表述，说明有循证依据的作用',
    examples: { hit: ['传承千年苗方，苗古金贴传承人', '第56代苗古金贴传承人'], clean: ['剪纸技艺第五代传承人走进社区', '中医药学传承千年，是中华文化的瑰宝'] },
  },
  {
    id: 'guarantee.symptoms-solved', category: 'guarantee', severity: 'warning',
    pattern: re(SYMPTOMS_SOLVED),
    source: '广告法 第十六条第一款第（一）项、第十七条',
    looksFor: '“解决头晕头痛、手麻脚麻”“告别失眠、便秘”：一连串症状被“解决”',
    message: '声称解决、消除一连串症状，属于保证疗效', suggestion: '说明适应证、起效时间和个体差异',
    examples: { hit: ['解决头晕头痛、手麻脚麻', '告别失眠、便秘、口臭'], clean: ['如何解决失眠、便秘问题？', '消除疲劳需要充足睡眠'] },
  },
  {
    id: 'state-name.partner', category: 'state-name', severity: 'warning',
    pattern: re(STATE_PARTNER),
    source: '广告法 第九条第（二）项；医疗广告管理办法 第七条第（七）项',
    looksFor: '“合作伙伴：中华人民共和国卫生部”“本院隶属卫生部××局”：以国家机关为合作方或上级单位',
    message: '以国家机关作为合作伙伴或上级单位，利用国家机关名义', suggestion: '删除国家机关名义；公立机构的隶属关系以官方公示为准',
    examples: { hit: ['合作伙伴:中华慈善总会、中华人民共和国卫生部', '本院隶属卫生部××局'], clean: ['中国疾控中心是国家卫健委直属事业单位', '合作伙伴：市第一人民医院'] },
  },
  {
    id: 'guarantee.life-span', category: 'guarantee', severity: 'warning',
    pattern: re(LIFE_SPAN_PROMISED),
    source: '广告法 第十六条第一款第（一）项',
    looksFor: '“你可以活到120岁”：向读者承诺寿命',
    message: '向读者承诺寿命，属于保证效果', suggestion: '删除承诺，说明健康生活方式的一般益处',
    examples: { hit: ['提早祛湿补气，你可以活到120岁'], clean: ['理论上人类寿命可以活到120岁'] },
  },
  {
    id: 'endorsement.patients-proved', category: 'endorsement', severity: 'warning',
    pattern: re(`${PATIENTS_PROVED}|${MY_DISEASE_GONE}`),
    source: '广告法 第十六条第一款第（四）项；医疗广告管理办法 第七条第（六）项',
    looksFor: '“经上千例癌症病人亲身验证”“吃了×××，我的糖尿病居然好了”：以患者亲身验证或讲述好转证明疗效',
    message: '以患者亲身验证、讲述好转证明疗效', suggestion: '删除患者证言；确需引用研究时注明研究出处',
    examples: { hit: ['经上千例中晚期癌症病人亲身验证', '吃了×××，我的糖尿病居然好了'], clean: ['一项纳入3000例患者的研究证实了这一结论', '吃了药以后，我的血压控制得比较平稳'] },
  },
  // Generalisation (#11): meanings of the categories the eleventh batch showed weakest, however worded.
  {
    id: 'comparison.rival-cost', category: 'comparison', severity: 'warning',
    pattern: re(`${RIVAL_COST_OWN_EASE}|${TIMES_A_RIVAL}`),
    source: '广告法 第十六条第一款第（三）项；医疗广告管理办法 第七条第（五）项',
    looksFor: '“吃西药伤肝伤肾，我们的中药零伤害”“传统手术要住院一周，我们当天出院”“效果是普通针灸的三倍”：以他人疗法的代价衬托自己',
    message: '以其他疗法、机构的代价或倍数衬托本机构、产品，属于比较', suggestion: '删除比较，客观说明本方法的适应证、风险和局限',
    examples: { hit: ['吃西药伤肝伤肾，我们的中药零伤害', '传统手术要住院一周，我们当天出院', '效果是普通针灸的三倍'], clean: ['激素有副作用，我们要在医生指导下使用', '手术需要住院，术后要按时复查'] },
  },
  {
    id: 'inducement.meeting-gifts', category: 'inducement', severity: 'warning',
    pattern: re(GATHERING_GIFTS),
    source: '药品广告审查发布标准 第十二条第（二）项；广告法 第十九条',
    looksFor: '“每天来签到领鸡蛋”“听课送米送油”：以小礼品招揽老人参加讲座、体验',
    message: '以礼品招揽听课、体验，属于诱导购买', suggestion: '删除礼品信息',
    examples: { hit: ['每天来签到领鸡蛋', '听课送米送油'], clean: ['警惕“听课领鸡蛋”的保健品会销', '勿轻信路边扫码领鸡蛋等活动'] },
  },
  {
    id: 'fear.delay-decay', category: 'fear', severity: 'warning',
    pattern: re(`${DELAY_WORSENS}|${YOU_DECAYING}`),
    source: '药品广告审查发布标准 第十二条第（一）项；国卫办医政函〔2025〕419号 负面清单第5条',
    looksFor: '“拖一天，病情重一分”“你的孩子正在悄悄变矮”：以拖延必然恶化、身体正在坏掉制造恐慌',
    message: '以拖延必然加重、身体正在恶化制造焦虑', suggestion: '客观说明风险和就医时机，如“症状持续请及时就医”',
    examples: { hit: ['拖一天，病情重一分', '你的孩子正在悄悄变矮'], clean: ['症状持续不缓解，应及时就医', '随着年龄增长，骨量会慢慢流失'] },
  },
  {
    id: 'superstition.occult', category: 'superstition', severity: 'warning',
    pattern: re(OCCULT_MAKERS),
    source: '医疗广告管理办法 第七条第（四）项；国卫办医政函〔2025〕419号 负面清单第6条',
    looksFor: '“道长亲手炼制的丹药”“佛家秘传养生法”“五行能量床垫”：以宗教、玄学神化产品或疗效',
    message: '以宗教、玄学或神化的说法宣传产品或疗效', suggestion: '删除神化表述，说明有循证依据的作用',
    examples: { hit: ['道长亲手炼制的丹药', '佛家秘传养生法', '五行能量床垫'], clean: ['古代帝王服用丹药中毒的记载不少', '中医五行学说是一种古代哲学思想'] },
  },
  {
    id: 'guarantee.course-result', category: 'guarantee', severity: 'warning',
    pattern: re(`${COURSE_THEN_GONE}|${SPAN_THEN_OFF_DRUGS}|${READING_AT_ONCE}|${GROWTHS_DIE_OFF}`),
    // Dropping medication on a doctor's advice, and lab findings reported, are education.
    allow: /医生(?:指导|建议|评估)|遵医嘱|在医生|经医生/,
    source: '广告法 第十六条第一款第（一）项；药品广告审查发布标准 第十条',
    looksFor: '“吃完两盒，血压稳稳当当”“坚持服用三个月，糖尿病可以停药”“血糖立马降下来”“让癌细胞自动消亡”“溶掉结石”',
    message: '断言用后一段时间疾病消失、可以停药，或立刻见效，属于保证疗效', suggestion: '说明疗效因人而异，停药须遵医嘱',
    examples: { hit: ['吃完两盒，血压稳稳当当', '坚持服用三个月，糖尿病可以停药', '血糖立马降下来', '让癌细胞自动消亡', '无需手术，溶掉结石'], clean: ['血压控制平稳半年后，可在医生指导下减药', '化疗药物可以使癌细胞凋亡', '退烧药吃下去体温不会立马降下来'] },
  },
  {
    id: 'endorsement.customer-proof', category: 'endorsement', severity: 'warning',
    pattern: re(CUSTOMER_PROOF),
    source: '广告法 第十六条第一款第（四）项；医疗广告管理办法 第七条第（六）项',
    looksFor: '“看看这位患者的反馈截图”“老顾客都回来复购了”“已经是第三次来我们这做了”：以顾客反馈、回头客证明效果',
    message: '以患者、顾客的反馈或回头购买证明效果', suggestion: '删除顾客反馈和复购信息',
    examples: { hit: ['看看这位患者的反馈截图', '好多老顾客都回来复购了', '王女士已经是第三次来我们这做了'], clean: ['复查时请带上既往检查结果', '患者反馈的不良反应应及时上报'] },
  },
  {
    id: 'cure-rate.none-of-many', category: 'cure-rate', severity: 'warning',
    pattern: re(NONE_OF_MANY),
    source: '广告法 第十六条第一款第（二）项；医疗广告管理办法 第七条第（三）项',
    looksFor: '“上千例患者无一复发”“所有案例无一失败”：以零复发、零失败说明疗效',
    message: '以“无一复发、无一失败”说明疗效，属于宣传治愈率、有效率', suggestion: '删除疗效数字和承诺',
    examples: { hit: ['上千例患者无一复发', '所有案例无一失败'], clean: ['这些患者中，有一半以上出现过复发'] },
  },
  {
    id: 'fear.to-act', category: 'fear', severity: 'warning',
    pattern: re(FEAR_TO_ACT),
    source: '药品广告审查发布标准 第十二条第（一）项；《医疗美容广告执法指南》（2021）；国卫办医政函〔2025〕419号 负面清单第5条',
    looksFor: '“不想下半辈子在轮椅上度过，就赶紧行动”“再胖下去，老公都不要你了”：以严重后果或被嫌弃催促读者行动',
    message: '以严重后果或被嫌弃制造焦虑、催促行动', suggestion: '客观说明风险，建议读者咨询医生',
    examples: { hit: ['不想下半辈子在轮椅上度过，就赶紧行动', '再胖下去，老公都不要你了'], clean: ['不想得糖尿病，就要管住嘴、迈开腿', '体重持续增加，应注意饮食和运动'] },
  },
];
