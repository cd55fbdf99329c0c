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
  // Court physicians, masters and charms as the source of a cure.
  superstition: {
    hit: ['清代御医传承的养生方', '大师开过光的护身符可以保平安祛病', '经过高人点化，病就好了', '太医后人亲手调配', '请仙姑看病，三天就好'],
    clean: ['清代宫廷医学有其历史价值，但不能替代现代医学', '有人相信护身符能治病，这是迷信', '生病了要到正规医院就诊，不要求神拜佛'],
  },
  // Rates as counts out of ten or a hundred, any counter.
  'cure-rate': {
    hit: ['十人中有九人症状消失', '每十位患者里有八位明显好转', '百人中九十八人一次成功', '十个来治的九个都好了'],
    clean: ['每十个人中就有一个高血压患者', '十个孩子中有三个近视', '每百名新生儿中约有一例先天性心脏病', '十人中有一人可能出现轻微发热'],
  },
  // Testimony: gratitude, users' reports of relief, experts' emphatic recommendation.
  endorsement: {
    hit: [
      '患者王阿姨握着医生的手说：是你们给了我第二次生命',
      '一位使用者反馈：用了一周，睡眠明显改善',
      '这位大姐逢人便说，是这款产品救了她的命',
      '很多老顾客说吃了以后精神头足了',
      '张教授团队倾力推荐',
      '李奶奶把我们的医生当成救命恩人',
      '网友留言：喝了半个月，胃胀气好多了',
    ],
    clean: [
      '患者说：一到晚上就疼得睡不着',
      '医生说：多数患者症状会缓解',
      '家属反馈，老人服药后出现了头晕，应及时就医',
      '王阿姨说：原来高血压不能自己停药',
      '器官捐献者给了他人第二次生命',
      '患者家属向医护人员表示感谢',
      '很多网友说熬夜后第二天头疼，这是睡眠不足的信号',
      '用户反馈的问题我们会及时改进',
    ],
  },
  // A treatment, product or provider set against a rival and said to come out better.
  comparison: {
    hit: [
      '效果比激光好得多',
      '比吃西药见效快',
      '同样的价格，效果是别家的两倍',
      '比进口产品更适合中国人',
      '比起传统手术，我们的微创疗法恢复快得多',
      '相较于普通牙膏，这款牙膏美白效果更明显',
      '吸收速度是普通钙片的5倍',
      '比打针输液好得快',
      '比市面上的减肥药安全得多',
    ],
    clean: [
      '新鲜蔬菜比腌制菜更健康',
      '规律服药比偶尔服药更能平稳控制血压',
      '每天快走30分钟比久坐对健康更有益',
      '吸烟者患肺癌的风险是不吸烟者的10倍',
      '母乳中铁的吸收率是牛奶的5倍',
      '研究显示，与传统手术相比，微创手术的恢复时间更短',
      '口服补液盐比白开水更适合腹泻的孩子',
      '比起吃药，生活方式干预是控制血压的基础',
      '能口服的不肌注，能肌注的不输液',
    ],
  },
  // Guarantees without 保证治愈: certainty words, any case cured, no trace of risk, lasting from one dose, measured results.
  guarantee: {
    hit: [
      '打一针管十年',
      '疗效稳定，绝不反复',
      '一次手术，永绝后患',
      '安全可靠，没有一点风险',
      '术后不会有任何不适',
      '肯定能帮您把血糖降下来',
      '不管病了多少年，都能调理好',
      '确保每一位患者都能康复',
      '服用后再也不用跑医院',
      '一定能让你的皮肤白起来',
      '绝对不会伤害身体',
      '一个月轻松瘦十五斤',
      '喝了一个疗程，孩子长高了5厘米',
      '不节食也能瘦',
    ],
    clean: [
      '保证充足睡眠有助于恢复健康',
      '一定要坚持治疗才能康复',
      '不管多忙，都要按时吃药',
      '无论男女老少都可以接种流感疫苗',
      '没有任何风险的手术是不存在的',
      '接种后没有任何不适，也要留观30分钟',
      '术后如果没有任何不适，一周后复查即可',
      '只要坚持规范治疗，多数患者病情可以得到控制',
      '医生会尽力帮助患者康复',
      '不论哪种类型的糖尿病，都需要控制饮食',
      '每月减重2到4斤为宜',
      '青春期孩子每年可长高6到8厘米',
      '孕期体重一般增加20到30斤',
      // Context: a claim named as false advertising, a result as the premise of advice, a hedge said after.
      '警惕包治百病的虚假宣传',
      '用药后症状消失了，也要按疗程服完药',
      '很多患者术后一周就能恢复正常工作，但个体差异较大',
    ],
  },
  // Superlatives and uniqueness without 最; habits beyond compare and rare diseases stay clean.
  absolute: {
    hit: [
      '说到治颈椎，我们敢说没有对手',
      '这技术放眼全国也找不出第二家',
      '这家医院的种牙技术在本地屈指可数',
      '本院的微创技术堪称一绝',
      '无可替代的疗效',
      '这款仪器无可替代',
      '我们的服务在同行中无出其右',
      '本院医生技术全城顶呱呱',
      '业内公认的权威医院',
      '国内罕见的技术实力',
      '全国仅有三家医院能做这个手术',
      '全市仅有两家机构可以开展这项治疗',
      '正宗的老字号，绝对正宗',
      '这是他的绝活，独步天下',
      '本院独家引进的德国设备',
      '顶尖的专家团队为您服务',
    ],
    clean: [
      '运动是无可替代的健康投资',
      '母乳是婴儿最理想的食物，其营养无可替代',
      '运动带来的益处是药物无法替代的',
      '这种病在国内罕见，发病率约十万分之一',
      '顶尖运动员也会受伤',
      '顶尖期刊发表的研究显示，久坐增加死亡风险',
      '独家专访：国家卫健委专家谈流感防治',
    ],
  },
  // Rank and honours without a named list; epidemiology and school marks stay clean.
  ranking: {
    hit: [
      '上过好大夫年度好评榜',
      '患者口碑在本地一直排在前头',
      '口碑排行第一',
      '好评榜第一名',
      '人气第一的祛斑产品',
      '护肝片全国销量NO.1',
      '本院眼科综合排名常年靠前',
      '稳坐行业头把交椅',
      '连续8年获得省级优秀医疗机构称号',
      '连续三年蝉联区域口碑冠军',
      '年度最具影响力口腔品牌',
      '在全国眼科医院中名列前茅',
      '患者投票选出的十佳医生',
      '入围全国百强民营医院',
    ],
    clean: [
      '肺癌连续多年位居我国恶性肿瘤发病首位',
      '连续三年参加体检的人更容易发现早期病变',
      '他在班里成绩名列前茅，却常常熬夜',
      '心血管病是我国居民死因的第一位',
      '学会每年评选十大医学进展',
      '幽门螺杆菌感染率排名前列的地区，胃癌发病率也较高',
      '吸烟是导致肺癌的头号危险因素',
      '登上热搜榜的健康谣言不可信',
    ],
  },
  // State organs, the army and state media lent in passing; policies and habits the state promotes stay clean.
  'state-name': {
    hit: [
      '这款药酒的配方来自军区总医院',
      '卫健委都在推的护眼灯',
      '军工级品质的理疗仪',
      '这套疗法在部队里用了几十年',
      '战士们都在用的跌打药',
      '兵哥哥人手一瓶的护膝膏',
      '卫健委官员都来我们这里调理',
      '各级政府大力支持的健康项目，现在报名享受补贴',
      '被央视誉为“健康卫士”',
      '央视力推的国货好面霜',
    ],
    clean: [
      '国家大力推广家庭医生签约服务',
      '政府大力支持的分级诊疗制度让看病更方便',
      '卫健委推荐的“三减三健”是指减盐、减油、减糖',
      '国家卫健委发布的指南建议成年人每周运动150分钟',
      '按照国家免疫规划，儿童可免费接种',
      '卫健委提醒，冬季注意防范一氧化碳中毒',
      '部队官兵冬季训练要注意预防冻伤',
      '军队医院的医生参加了抗震救灾',
      '国家卫健委推荐公众接种流感疫苗',
    ],
  },
  // Private hooks: photos and reports sent to the author, "私我" when in doubt, the method on the profile.
  'disguised-ad': {
    hit: [
      '把你的体检单拍下来，我帮你免费看',
      '评论区告诉我你的年龄和身高，我帮你算孩子还能长多高',
      '需要的妈妈们，点我头像进粉丝群',
      '发照片给我，帮你看看是什么问题',
      '把检查报告发我，免费帮你解读',
      '舌苔照片拍给我，一看就知道你是什么体质',
      '把化验单丢到后台，我挨个回复',
      '不懂的可以私我，我一个个回',
      '不确定自己是哪种类型的，问我就行',
      '感兴趣的加我好友详聊',
      '具体方法我放在主页了',
      '完整版食谱放在粉丝群了',
      '留下电话，稍后医生给你回电',
      '到店报上暗号“健康”即可预约',
    ],
    clean: [
      '如果症状加重，请到医院就诊',
      '出现胸痛、呼吸困难，立即拨打120',
      '有疑问可以拨打12320卫生热线咨询',
      '可通过医院官方公众号或114平台预约挂号',
      '请把检查报告带给主治医生看看',
      '把照片发给主治医生，方便远程随访',
      '有问题的可以找我们科的护士咨询',
      '不要把孩子的照片发到评论区，注意保护隐私',
      '今天我来给大家解读一下这份化验单',
      '医生会根据你的身高和骨龄帮你判断生长潜力',
      '欢迎在评论区分享你的控糖经验',
      '家长可以联系学校的健康管家老师',
    ],
  },
  // Fees waived, first-visit prices, points, top-ups and cashback as bait; public schemes stay clean.
  inducement: {
    hit: [
      '今天来的前二十位，送价值两百的艾灸贴',
      '转发三个群，截图给客服领小礼物',
      '本周来院一律免挂号费',
      '即日起到院就诊免收专家诊查费',
      '新客首次体验只要九块九',
      '过生日的顾客当月享双倍积分',
      '预存一千送五百',
      '消费满500元返200元',
      '首诊免费，复诊半价',
      '邀请三位好友助力，免费领取按摩仪',
      '每天前十位来电的顾客，手术费由我们承担',
      '凡来院检查，往返车费全报',
    ],
    clean: [
      '适龄儿童可免费接种国家免疫规划疫苗',
      '免费筛查项目由政府提供，可到社区卫生服务中心咨询',
      '按本市规定，70岁以上老人在公立医院免收普通门诊挂号费',
      '一盒阿司匹林只要十几块钱，关键是坚持服用',
      '年货节有很多限时促销，购买保健品前要看清批准文号',
      '医保报销后，门诊慢病药费个人只需负担一小部分',
      '65岁以上老年人每年可在社区享受一次免费健康体检',
    ],
  },
  // Money back, no charge or pay-on-result as a promise that it works.
  refund: {
    hit: [
      '没效果不收钱',
      '治不好分文不取',
      '三个月没瘦下来，钱全部退给你',
      '效果不好的话，我们免费再做一次',
      '签订协议，达不到效果原路退回',
      '疗程结束没改善，退还一半费用',
      '按疗效收费，看好了再付钱',
      '用完没效果，钱一分不少退回',
      '好了再给钱',
    ],
    clean: [
      '按照规定，未使用的药品一般不予退换',
      '预交的住院押金出院时多退少补',
      '如对收费有疑问，可向医院财务科咨询退费',
      '疫苗接种后如出现不适，可申请预防接种异常反应补偿',
      '警惕“无效退款”的承诺，这是常见的推销套路',
      '吃了退烧药没有效果，要及时就医',
    ],
  },
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
      '鼻炎不治，你会少活10年',
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
      // Life lost on average is epidemiology, not a threat.
      '研究显示，长期吸烟的人平均少活10年左右',
      '重度肥胖的人可能少活3到5年',
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

describe('public advice and public programmes are not read as claims', () => {
  // A rule of conduct worded 不 + 轻信 (without 要) warns against what follows, like 不要轻信.
  it.each([
    '不轻信网络广告宣传，不轻信排毒养颜等没有依据的说法',
    '老年人要做到不听信、不盲目购买“包治百病”的保健品',
    '实行全程全额免费接种，家长可预约',
    '辖区适龄儿童可免费接种疫苗',
  ])('“%s”', (s) => {
    expect(ruleFindings(s).map((h) => `${h.rule}:${h.excerpt}`), s).toEqual([]);
  });
  it.each(['不轻信别家，来我院排毒养颜', '本店免费检查，到店即送'])('still flags “%s”', (s) => {
    expect(ruleFindings(s).length, s).toBeGreaterThan(0);
  });
});

// Ninth tuning batch (#11): families and guards, each with sentences written for this test.
describe('ninth batch: freedoms from a regimen, medicine cut after a stretch, testimony a clause later, lineage, "if you need it, message me"', () => {
  it.each([
    ['guarantee', '喝这款茶，不用控制饮食，也无需终身服药'],
    ['guarantee', '痛风终于可以根治了'],
    ['guarantee', '坚持两个月就能减停降压药'],
    ['guarantee', '不开刀、不吃药、非手术就能矫正'],
    ['endorsement', '喝了半个月，腰腿疼痛减轻了'],
    ['endorsement', '贴了二十天，感觉睡得香了，血糖也平稳了'],
    ['endorsement', '名老中医张某某的关门弟子亲自坐诊'],
    ['disguised-ad', '需要的朋友可以私信'],
  ])('%s: flags “%s”', (category, s) => {
    expect(ruleFindings(s).map((h) => h.category), s).toContain(category);
  });
  it.each([
    '目前还没有一种药物可以完全治愈银屑病',
    '尚无任何一种疗法能够根治这种病',
    '这种包治百病的神药几乎不会存在',
    '根治的希望寄托在未来的基因治疗上',
    '若筛查结果异常，免费做进一步检查',
    '在胸外科，肺癌手术量排在第一位',
    '前列腺癌的发病率在男性恶性肿瘤中位居榜首',
    '“两癌”筛查是国家给妇女的福利',
    '2型糖尿病患者不用控制饮食吗？',
    '服药一个月后血压平稳了，也要继续按时服药',
  ])('leaves education alone: “%s”', (s) => {
    expect(ruleFindings(s).map((h) => `${h.rule}:${h.excerpt}`), s).toEqual([]);
  });
  it.each(['我院肿瘤科排名全省第一', '本店免费做理疗，名额有限'])('still flags “%s”', (s) => {
    expect(ruleFindings(s).length, s).toBeGreaterThan(0);
  });
});

describe('bylines and school contacts are not read as ads (the learned warning included)', () => {
  it.each(['本文经三甲医院专家审核', '审核专家：王某某，主任医师', '家长可以联系学校的健康管家老师'])('“%s”', (s) => {
    expect(findings(s).map((h) => `${h.rule}:${h.excerpt}`), s).toEqual([]);
  });
});

// Paraphrase batch (#11): the same claims as other advertisers word them. Sentences written for this
// test, not taken from violating-paraphrase.json or clean-paraphrase.json.
describe('paraphrase batch: roots pulled out, nothing at all, folk magic, said-so testimony, fear to the reader, spaced-out text', () => {
  it.each([
    ['guarantee', '喝上两个月，老胃病就断了根'],
    ['guarantee', '腰疼的老毛病连根拔起'],
    ['guarantee', '做完一点疤痕都没有'],
    ['guarantee', '减下来的肉不会再长回来'],
    ['guarantee', '用了它，感冒发烧都找不上门'],
    ['guarantee', '我们这里没有治不好的鼻炎'],
    ['guarantee', '长不出来算我的'],
    ['guarantee', '啥毛病都能调好'],
    ['guarantee', '戴三个月，孩子的近视就退回去了'],
    ['guarantee', '做两回，湿疹好得干干净净'],
    ['guarantee', '喝 三 天 ， 咽 炎 就 断 根'],
    ['comparison', '祛斑效果不输激光'],
    ['comparison', '这个贴比吃止痛药管用多了'],
    ['superstition', '老辈人传下来的偏瘫药'],
    ['superstition', '吃了这副药，包生儿子'],
    ['superstition', '给皇帝调理身子的方子'],
    ['endorsement', '康复的阿姨亲自来给大家讲'],
    ['endorsement', '好几位明星都说这个面膜好'],
    ['endorsement', '看看王姐调理之前和调理之后的照片'],
    ['fear', '可怕的是你还不当回事'],
    ['fear', '打鼾的人要折寿十年'],
    ['cure-rate', '这些年帮两千多位姐妹怀上了宝宝'],
    ['cure-rate', '看一个好一个'],
    ['absolute', '植发就认准我们'],
    ['inducement', '来店里洗牙，一分钱都不收'],
    ['refund', '瘦不下来，一分钱不收'],
    ['privacy', '患者病案号：ＢＡ１２３４５６'],
  ])('%s: flags “%s”', (category, s) => {
    expect(findings(s).map((h) => h.category), s).toContain(category);
  });
  it.each([
    '勤洗手、戴口罩，病毒就找不上门',
    '溶栓药物能让血栓溶解，要在医生指导下使用',
    '没有哪种药能让近视退回去',
    '所谓转胎药，没有任何科学依据',
    '医生建议用药前和用药后都测量血压',
    '更要紧的是按时复查',
    '国家免疫规划疫苗接种一分钱不要',
    '购买保健食品要认准蓝帽子标识',
    '保健食品都不具有治疗疾病的作用',
    '根除治疗的成功率约为80%到90%',
    '有人说“喝醋能软化血管”，这种说法不对',
    '治疗前后对比照片不得用于广告宣传',
    '不要相信直播间里“最后十单”的催促',
    '作者：心内科 王芳 主任医师',
  ])('leaves education alone: “%s”', (s) => {
    expect(ruleFindings(s).map((h) => `${h.rule}:${h.excerpt}`), s).toEqual([]);
  });
});

// Tenth batch (#11): frames for the batch's misses and guards for clean text that looked like claims. Sentences
// written for this test, not taken from the evaluation files or the paraphrase files.
describe('tenth batch: political events, own results, body renewed, every case the best, product features, leaders’ supply', () => {
  it.each([
    ['state-name', '庆祝建军节，骨科手术套餐八折'],
    ['state-name', '喜迎二十大，口腔检查免费送'],
    ['state-name', '这种参茸酒过去专门供应老将军'],
    ['state-name', '门诊坐诊的均为政府津贴专家'],
    ['endorsement', '小王在我们康复中心针灸了两个月，体重下降了15斤'],
    ['endorsement', '刘阿姨在本店调理了半年，血压降了二十'],
    ['guarantee', '半年时间，全身细胞彻底再生'],
    ['guarantee', '本品能够快速修复受损的肝细胞'],
    ['guarantee', '胰岛细胞全面修复，血糖自然正常'],
    ['guarantee', '这里就是颈椎病的终结者'],
    ['absolute', '承诺每一位客户都能做出最满意的双眼皮'],
    ['disguised-ad', '本刊特刊推介一款护心口服液'],
    ['inducement', '这个价不抢就亏了'],
    ['absolute', '无所不能的神奇胶囊'],
    ['endorsement', '家属送来锦旗，上面写着“医术精湛”'],
  ])('%s: flags “%s”', (category, s) => {
    expect(findings(s).map((h) => h.category), s).toContain(category);
  });
  it.each([
    '我国乙肝病毒携带者人数曾居世界首位',
    '我国糖尿病患者数量位居全球第一，防控形势严峻',
    '据全国肿瘤登记数据统计，早期肺癌术后5年生存率较高',
    '该专家严正声明，从未授权任何机构使用其肖像推销产品',
    '市卫健委从未组织评选所谓“十大名医”',
    '国家药监局从未批准任何保健食品具有治疗疾病的功能',
    '预约规则：本院实行实名制，就诊当日凭身份证取号',
    '门诊时间：周一至周五 8:00—17:00（节假日停诊）',
    '出院时，患者家属给科室送来锦旗表示感谢',
    '我国首例肝移植手术于1977年在上海完成',
    '喜迎国庆，医院门急诊正常开放',
    '口腔黏膜有一定的自我修复能力',
    '干细胞能否修复受损组织，科学家仍在研究',
    '确保每一位患者用药安全是药师的职责',
    '本期专题介绍胶囊内镜检查前的准备',
  ])('leaves education alone: “%s”', (s) => {
    expect(ruleFindings(s).map((h) => `${h.rule}:${h.excerpt}`), s).toEqual([]);
  });
});

// Tenth batch (#11): words an error rule looks for, said the way education says them, are never blocking. Written for
// this test after the README's description of the hard clean kinds (rates of a disease, vaccination notices, how few
// are cured, clinic schedules), not taken from any evaluation file.
describe('tenth batch: education that shares an error rule’s words is at most a warning', () => {
  const errors = (t: string) => ruleFindings(t).filter((h) => h.severity === 'error').map((h) => `${h.rule}:${h.excerpt}`);
  it.each([
    ['小儿急性淋巴细胞白血病的治愈率已达80%以上', 'cure-rate'],
    ['规范治疗下，结核病的治愈率可达95%', 'cure-rate'],
    ['今年的流感疫苗数量有限，先到先得，打完为止', 'inducement'],
  ])('“%s” is a %s warning, not an error', (s, category) => {
    expect(errors(s), s).toEqual([]);
    expect(ruleFindings(s).map((h) => h.category), s).toContain(category);
  });
  it.each(['我院白癜风治愈率高达97%', '本中心治疗鼻炎总有效率达96%', '种植牙名额有限，先到先得', '本品有效率高达95%'])('the advertiser’s own claim stays an error: “%s”', (s) => {
    expect(errors(s).length, s).toBeGreaterThan(0);
  });
  it.each(['癫痫患者中，真正能根治的只有三成左右', '这类肿瘤能彻底治愈的患者仅占少数', '专家坐诊时间：每周二上午'])('no error on “%s”', (s) => {
    expect(errors(s), s).toEqual([]);
  });
  it.each(['我们的中药真正能根治，三个疗程见效', '专家坐诊，包您满意'])('a claim still errs: “%s”', (s) => {
    expect(errors(s).length, s).toBeGreaterThan(0);
  });
});

// Tenth batch, second pass (#11): frames found by probing with sentences written for the purpose (not from any
// evaluation file) where only the learned score had caught them.
describe('tenth batch: comments traded for material, marketing bylines, special effects, cures told in the first person, quoted honours', () => {
  it.each([
    ['disguised-ad', '想要完整食谱的，评论区打“要”，我私发给你'],
    ['disguised-ad', '作者：某某口腔品牌部'],
    ['disguised-ad', '点击头像进入店铺下单'],
    ['disguised-ad', '详细情况可以联系我们的健康顾问'],
    ['guarantee', '这种药膏对湿疹有奇效'],
    ['guarantee', '专治各种疑难杂症'],
    ['endorsement', '就是这个方子治好了我老伴的失眠'],
    ['ranking', '喜获“年度十佳口碑诊所”'],
    ['fear', '每天一杯，排出体内湿气'],
    ['fear', '给血管洗个澡，远离中风'],
  ])('%s: flags “%s”', (category, s) => {
    expect(findings(s).map((h) => h.category), s).toContain(category);
  });
  it.each([
    '欢迎在评论区说说你的困惑',
    '来源：中国疾病预防控制中心',
    '对于这种罕见病，目前还没有特效药',
    '主任医师，擅长各类心律失常疑难病例的诊治',
    '护士长荣获“全国五一劳动奖章”',
    '医生说我这病得长期吃药',
    '专家提醒，出现症状首选到正规医院就诊',
  ])('leaves education alone: “%s”', (s) => {
    expect(ruleFindings(s).map((h) => `${h.rule}:${h.excerpt}`), s).toEqual([]);
  });
});

// Tenth batch, third pass (#11): state names probed with sentences written for the purpose.
describe('tenth batch: the army’s trust, organs’ press, people’s organisations, leaders by title, officials in the clinic', () => {
  it.each([
    '官兵们都在用的护膝',
    '国家卫健委主管的《某某健康》杂志专题报道本产品',
    '中华全国妇联特供养生茶',
    '周总理保健医生的后人亲授',
    '全国人大代表亲自坐诊',
    '国管局推荐的保健品',
    '国家火炬项目成果转化产品',
    '外交部指定礼品',
  ])('state-name: flags “%s”', (s) => {
    expect(findings(s).map((h) => h.category), s).toContain('state-name');
  });
  it.each([
    '全国人大代表、某医院院长表示，基层医疗需要加强',
    '部队官兵冬训前要做好体检',
    '据《健康报》报道，流感进入高发期',
    '毛主席的诗词里写过“春风杨柳万千条”',
  ])('leaves education alone: “%s”', (s) => {
    expect(ruleFindings(s).map((h) => `${h.rule}:${h.excerpt}`), s).toEqual([]);
  });
});

// Tenth batch, fourth pass (#11): a provider's slogan, contact appended, everyday promises — probed with sentences
// written for the purpose.
describe('tenth batch: providers’ slogans and contacts in 科普, everyday promises, favourites', () => {
  it.each([
    ['disguised-ad', '某某眼科，帮您告别眼镜'],
    ['disguised-ad', '下方附有我们门诊的预约方式'],
    ['disguised-ad', '某某中心新开了减重门诊，一键预约不用排队'],
    ['guarantee', '贴了就瘦下来'],
    ['guarantee', '做完不红不肿'],
    ['guarantee', '患者最放心的口腔品牌'],
    ['guarantee', '吃完再也不便秘'],
  ])('%s: flags “%s”', (category, s) => {
    expect(findings(s).map((h) => h.category), s).toContain(category);
  });
  it.each([
    '出现肉眼可见的血尿，要及时就诊',
    '智慧医院建设推进医改，让患者少跑腿',
    '文末附上参考文献',
    '孩子吃了就吐，可能是胃肠炎',
  ])('leaves education alone: “%s”', (s) => {
    expect(ruleFindings(s).map((h) => `${h.rule}:${h.excerpt}`), s).toEqual([]);
  });
});

// Tenth batch, fifth pass (#11): wordings the tuning half was caught on only by the learned score, as frames. Sentences
// written for this test in other words than those tuning sentences.
describe('tenth batch: what only the learned score caught, as frames', () => {
  it.each([
    ['cure-rate', '经过我们的康复训练，已有八成的孩子能独立走路'],
    ['cure-rate', '用了这个疗法，痊愈的人占到九成'],
    ['guarantee', '两贴膏药就能让腰椎间盘突出痊愈'],
    ['guarantee', '喝了三个月，肺都被洗干净了'],
    ['guarantee', '10天降糖，30天护脑'],
    ['guarantee', '吃了护肝片，转氨酶正常了'],
    ['guarantee', '这种喷剂能把受损的鼻黏膜修复好'],
    ['endorsement', '小张在我们中心练了一个月，体重掉了12斤'],
    ['absolute', '看颈椎，就找骨科王主任'],
    ['disguised-ad', '有这方面困扰的，赶紧私聊我'],
    ['disguised-ad', '医生教你一个妙招，点击了解'],
    ['disguised-ad', '本期专刊为读者推荐一款护眼仪'],
    ['state-name', '享受国务院政府特殊津贴的专家亲自为您问诊开方'],
    ['state-name', '301医院专家研制的养胃颗粒'],
    ['state-name', '航天英雄视力保健定点机构'],
    ['superstition', '一种酵素能调理上百种疾病'],
    ['fear', '每天一杯，湿毒全排出来'],
  ])('%s: flags “%s”', (category, s) => {
    expect(findings(s).map((h) => h.category), s).toContain(category);
  });
  it.each([
    '主任医师，享受国务院政府特殊津贴专家',
    '康复训练后，多数孩子的运动能力会有不同程度的改善',
    '戒烟后，肺功能下降的速度会减慢',
    '看病要到正规医院，不要轻信小广告',
    '血液中的杂质主要由肝脏和肾脏清除，不需要“排毒”',
  ])('leaves education alone: “%s”', (s) => {
    expect(ruleFindings(s).map((h) => `${h.rule}:${h.excerpt}`), s).toEqual([]);
  });
});

describe('tenth batch, last probe: honours once won, a past post in an army hospital, one session for life', () => {
  it.each([
    ['ranking', '曾获“全国优秀民营医院”荣誉称号'],
    ['state-name', '院长曾任军区总医院副院长'],
    ['guarantee', '只需一次，终身受益'],
  ])('%s: flags “%s”', (category, s) => {
    expect(findings(s).map((h) => h.category), s).toContain(category);
  });
  it.each(['乙肝疫苗全程接种后，多数人可获得长期保护', '他曾在部队医院服役，退役后回到家乡行医'])('leaves education alone: “%s”', (s) => {
    expect(ruleFindings(s).map((h) => `${h.rule}:${h.excerpt}`), s).toEqual([]);
  });
});
