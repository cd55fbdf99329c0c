/**
 * Personal information in text (个人信息保护法 Art. 28–29: health data is sensitive): ID and
 * card numbers validated so an arbitrary long number is not flagged, phone numbers, record
 * numbers, birth dates, full names of patients and their families, and home addresses.
 */
import type { Hit } from './hit.ts';
import { execAll } from '../text/exec-all.ts';
import { RULE_META } from './rules.ts';
import { isValidDate, isValidId15, isValidId18, luhnValid } from './identifiers.ts';
import { patternPrefilter } from './prefilter.ts';

/** Whether a pattern could match the text being scanned (false only when it cannot: ./prefilter.ts). */
type Gate = (re: RegExp) => boolean;

type Detector = (text: string, may: Gate) => { rule: string; start: number; end: number }[];

const SUGGESTIONS: Record<string, string> = {
  'privacy.id-card': '删除证件号码，或只保留前后各 1 位并以 * 遮盖',
  'privacy.id-card-15': '删除证件号码',
  'privacy.mobile': '删除电话号码；如为医院电话，科普中也不应出现（变相广告）',
  'privacy.landline': '删除电话号码；如为医院咨询电话，科普中也不应出现（变相广告）',
  'privacy.record-number': '删除住院号、病案号等编号',
  'privacy.bed': '删除床位号',
  'privacy.card': '删除卡号',
  'privacy.card-like': '确认不是银行卡或医保卡号，否则删除',
  'privacy.id-like': '删除证件号码（即使号码有误，也属于个人信息）',
  'privacy.card-labelled': '删除卡号',
  'privacy.birth-date': '只写年龄，如“65 岁”',
  'privacy.name': '改为“张某”“李女士”“患者 A”等去标识化称呼',
  'privacy.address': '只写到区县，如“家住某区的王阿姨”',
  'disguised-ad.contact': '删除联系方式',
};

/** `execAll`, skipped when the pattern cannot match the text. */
function matches(re: RegExp, text: string, may: Gate): RegExpExecArray[] {
  return may(re) ? execAll(re, text) : [];
}

function all(re: RegExp, text: string, may: Gate, rule: string, group = 0): { rule: string; start: number; end: number }[] {
  const out: { rule: string; start: number; end: number }[] = [];
  for (const m of matches(re, text, may)) {
    const g = m[group];
    if (!g) continue;
    const start = m.index + (group === 0 ? 0 : m[0].indexOf(g));
    out.push({ rule, start, end: start + g.length });
  }
  return out;
}

// Patterns are built once, here, so the prefilter knows each by its object (PATTERNS below).
const LABELLED_ID = /(?:身份证|证件)(?:号码?|号)?\s*[:：为是]?\s*(\d{17}[\dXx]|\d{15})(?![\dA-Za-z])/g;
const LABELLED_CARD = /(?:医保卡|社保卡|就诊卡|银行卡|信用卡)号?\s*[:：为是]?\s*([A-Za-z]{0,3}\d{6,19})(?![\dA-Za-z])/g;

/** A number someone labelled as an ID or card number is one, even when its checksum fails (a typo is still personal data). */
const labelledNumbers: Detector = (text, may) => [
  ...all(LABELLED_ID, text, may, 'privacy.id-like', 1)
    .filter((h) => !isValidId18(text.slice(h.start, h.end)) && !isValidId15(text.slice(h.start, h.end))),
  ...all(LABELLED_CARD, text, may, 'privacy.card-labelled', 1)
    .filter((h) => !luhnValid(text.slice(h.start, h.end))),
];

const ID_18 = /(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])/g;
const ID_15 = /(?<![\dA-Za-z])\d{15}(?![\dA-Za-z])/g;
const idCards: Detector = (text, may) => [
  ...all(ID_18, text, may, 'privacy.id-card').filter((h) => isValidId18(text.slice(h.start, h.end))),
  ...all(ID_15, text, may, 'privacy.id-card-15').filter((h) => isValidId15(text.slice(h.start, h.end))),
];

const MOBILE = /(?<![\d])(?:\+?86[-\s]?)?1[3-9]\d(?:[-\s]?\d{4}){2}(?!\d)/g;
const LANDLINE = /(?<![\d])(?:[(（]0\d{2,3}[)）]\s?|0\d{2,3}[-－—\s]?)[2-8]\d{6,7}(?!\d)/g;
const BUSINESS_LINE = /(?<![\d])[48]00[-\s]?\d{3}[-\s]?\d{4}(?!\d)/g;
const phones: Detector = (text, may) => [
  ...all(MOBILE, text, may, 'privacy.mobile'),
  ...all(LANDLINE, text, may, 'privacy.landline'),
  // 400/800 numbers belong to businesses: a sales line, not a person.
  ...all(BUSINESS_LINE, text, may, 'disguised-ad.contact'),
];

const RECORD_KEYWORDS = '住院号|病案号|病历号|门诊号|床号|就诊卡号|就诊号|登记号|检查号|影像号|病人ID|患者ID|ID号|报告编号|报告单号|病理号|标本号|档案号|学号|工号';
const RECORD_NUMBER = new RegExp(`(?:${RECORD_KEYWORDS})\\s*[:：为是]?\\s*(?=[A-Za-z-]{0,8}\\d)[A-Za-z\\d][\\dA-Za-z-]*`, 'g');
const BED = /(?<![\d])\d{1,3}\s*(?:号床|床)(?![位头边垫单罩])/g;
const recordNumbers: Detector = (text, may) => [
  // Hospitals prefix their numbers freely ("ZY-000000", "TEST-A1"): any run holding a digit counts.
  ...all(RECORD_NUMBER, text, may, 'privacy.record-number'),
  ...all(BED, text, may, 'privacy.bed'),
];

const CARD_CONTEXT = '医保卡|社保卡|银行卡|信用卡|储蓄卡|借记卡|医疗卡|就诊卡|卡号|账号|帐号';
const CARD_IN_CONTEXT = new RegExp(`(?:${CARD_CONTEXT})[^。\\n]{0,10}?(\\d(?:[\\s-]?\\d){15,18})(?!\\d)`, 'g');
const CARD_LIKE = /(?<![\dA-Za-z])\d{16,19}(?![\dA-Za-z])/g;
const cards: Detector = (text, may) => {
  const out: { rule: string; start: number; end: number }[] = [];
  const seen = new Set<number>();
  for (const m of matches(CARD_IN_CONTEXT, text, may)) {
    const g = m[1]!;
    const digits = g.replace(/[\s-]/g, '');
    const start = m.index + m[0].lastIndexOf(g);
    if (isValidId18(digits)) continue;
    if (luhnValid(digits)) { out.push({ rule: 'privacy.card', start, end: start + g.length }); seen.add(start); }
  }
  for (const m of matches(CARD_LIKE, text, may)) {
    if (seen.has(m.index) || isValidId18(m[0]) || !luhnValid(m[0])) continue;
    out.push({ rule: 'privacy.card-like', start: m.index, end: m.index + m[0].length });
  }
  return out;
};

const BIRTH_FORMS = [
  /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]\s*(?:出生|生人|生)/g,
  /(?:出生于|生于|出生日期\s*[:：为是]?\s*|生日\s*[:：为是]\s*)(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*[日号]?/g,
  /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\s*(?:出生|生)/g,
];
const birthDates: Detector = (text, may) => {
  const out: { rule: string; start: number; end: number }[] = [];
  for (const re of BIRTH_FORMS) {
    for (const m of matches(re, text, may)) {
      if (isValidDate(Number(m[1]), Number(m[2]), Number(m[3]))) out.push({ rule: 'privacy.birth-date', start: m.index, end: m.index + m[0].length });
    }
  }
  return out;
};

/** Common surnames (compound first so they win). Rare ones are left out to keep false alarms down. */
const SURNAMES =
  '欧阳|司马|上官|诸葛|东方|慕容|令狐|皇甫|尉迟|长孙|' +
  '[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝]';

/** A "given name" starting with one of these is a title or an ordinary word (张女士, 高血压, 于是, 任何). */
const NOT_GIVEN = /^(?:如果|假如|倘若|若是|要是|虽然|但是|所以|因此|然后|而且|或者|只要|一旦|同时|比如|例如|其实|此时|这时|当时|平时|如何|怎么|什么|这样|那样|某|[XxＸ×*＊○〇]|女士|先生|阿姨|大爷|大妈|大叔|大姐|大哥|奶奶|爷爷|姥姥|姥爷|外婆|外公|老师|师傅|同学|小姐|老人|伯伯|叔叔|婶婶|姐姐|哥哥|妹妹|弟弟|医生|大夫|护士|主任|教授|院长|家|氏|女|男|[血烧热龄危疸细便法是何一上属头重多久经有述度序常围岁药物病人说在因于的了和与及也都就又还已要会能可被把对从向到为以而但并或即])/;

const PERSON_CUE = '患者|病人|患儿|家属|病友|产妇|孕妇|老人|女儿|儿子|丈夫|妻子|爱人|母亲|父亲|老伴|孩子|宝宝|小朋友|市民|居民|村民';
const AFTER_NAME = '(?=[，,。、：:；;（(\\s“”]|说|告诉|今年|是|的|在|因|于|表示|回忆|介绍|称|坦言|感慨|\\d|男|女|先生|女士|$)';
const GIVEN = '[\\u4e00-\\u9fa5]{1,2}?';

/**
 * Word segmentation (ICU's dictionary, built into Node) tells a name from a word that merely
 * starts with a surname character: "单独留在" segments as 单独|留在 and "张开嘴" as 张开|嘴, while
 * "王建国说" segments as 王|建国|说. A surname glued to the next character is not a surname.
 */
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
function surnameStandsAlone(text: string, start: number, surname: string): boolean {
  const from = Math.max(0, start - 8);
  let at = from;
  for (const seg of segmenter.segment(text.slice(from, start + 12))) {
    const segStart = from + seg.index;
    const segEnd = segStart + seg.segment.length;
    if (segStart <= start && segEnd > start) return segStart === start && segEnd <= start + surname.length;
    at = segEnd;
  }
  return at <= start;
}

/** Built once: a RegExp built per call costs more than matching it (global: only `execAll` runs them). */
const NAME_FORMS: [RegExp, number][] = [
  // 患者王建国，… / 家属陈建华表示…
  [new RegExp(`(?:${PERSON_CUE})(?:名叫|叫做?|姓名\\s*[:：]?)?\\s*((${SURNAMES})(${GIVEN}))${AFTER_NAME}`, 'g'), 1],
  // 王建国先生 / 李秀英女士 / 王小明同学
  [new RegExp(`((${SURNAMES})(${GIVEN}))(?:先生|女士|老人|阿姨|大爷|大妈|奶奶|爷爷|小朋友|同学|老伯)`, 'g'), 1],
  // 王建国，男，65岁
  [new RegExp(`((${SURNAMES})(${GIVEN}))[，,、]\\s*[男女][，,、]?\\s*\\d{1,3}\\s*岁`, 'g'), 1],
  // 姓名：王建国
  [new RegExp(`姓名\\s*[:：]\\s*((${SURNAMES})(${GIVEN}))`, 'g'), 1],
  // 郑晓燕，就职于… / 何丽娟，身份证… : a name opening a line of personal details
  [new RegExp(`(?:^|[。！？!?\\n])\\s*((${SURNAMES})([\\u4e00-\\u9fa5]{1,2}))[，,]\\s*(?=就职|任职|工作于|身份证|家住|住在|电话|手机|联系|\\d{1,3}\\s*岁|[男女][，,]|医保|籍贯)`, 'g'), 1],
];

const names: Detector = (text, may) => {
  const out: { rule: string; start: number; end: number }[] = [];
  for (const [re, group] of NAME_FORMS) {
    for (const m of matches(re, text, may)) {
      const given = m[3]!;
      if (NOT_GIVEN.test(given)) continue;
      // A particle is never part of a given name ("汤锅的小朋友").
      if (/[的了是在和与也都就]/.test(given)) continue;
      const name = m[group]!;
      const start = m.index + m[0].indexOf(name);
      if (!surnameStandsAlone(text, start, m[2]!)) continue;
      if (!out.some((o) => o.start === start)) out.push({ rule: 'privacy.name', start, end: start + name.length });
    }
  }
  return out;
};

const ADDRESS_FORMS = [
  /[\u4e00-\u9fa5]{2,8}(?:路|街|大街|大道|巷|弄|胡同)\s*\d+(?:-\d+)?\s*号(?:院|楼)?/g,
  /\d+\s*(?:栋|幢|号楼|座)\s*\d+\s*单元(?:\s*\d+\s*(?:室|号|户))?|\d+\s*单元\s*\d+\s*(?:室|号|户)|(?<!\d)\d{3,4}\s*室/g,
  /(?:小区|花园|公寓|家园|新村|家属院|社区)\s*\d+\s*(?:栋|幢|号楼|号)/g,
  /[\u4e00-\u9fa5]{1,6}村\s*(?:\d+|[一二三四五六七八九十]+)\s*组/g,
  /(?:家住|住在|住址\s*[:：]?)[^，。；;\n的]{2,16}?(?:路|街道?|巷|弄|小区|\d+号|花园|公寓)/g,
];
const addresses: Detector = (text, may) => ADDRESS_FORMS.flatMap((re) => all(re, text, may, 'privacy.address'));

const DETECTORS: Detector[] = [idCards, labelledNumbers, phones, recordNumbers, cards, birthDates, names, addresses];

/**
 * Every pattern the detectors run. A text is matched only against those that could match it
 * (prefilter.ts: most need a digit, or a word such as 床 or 姓名); a pattern missing from this
 * list simply always runs. test/compliance/prefilter.test.ts checks the hits are the same as with
 * every pattern run.
 */
const PATTERNS = [
  LABELLED_ID, LABELLED_CARD, ID_18, ID_15, MOBILE, LANDLINE, BUSINESS_LINE, RECORD_NUMBER, BED, CARD_IN_CONTEXT, CARD_LIKE,
  ...BIRTH_FORMS, ...NAME_FORMS.map(([re]) => re), ...ADDRESS_FORMS,
];
const PATTERN_INDEX = new Map(PATTERNS.map((re, i) => [re, i]));
const could = patternPrefilter(PATTERNS);
const EVERY: Gate = () => true;

/** `every`: run every pattern, without the prefilter (for the test that the prefilter changes nothing). */
export function scanPrivacy(original: string, opts: { every?: boolean } = {}): Hit[] {
  // Full-width digits and letters ("住院号：ＺＹ０００００１", "１３８…") read as ASCII; one character for one, so
  // offsets still point into the original.
  const text = original.replace(/[０-９Ａ-Ｚａ-ｚ]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  let may = EVERY;
  if (!opts.every) {
    const marked = could(text);
    may = (re) => marked[PATTERN_INDEX.get(re) ?? -1] ?? true;
  }
  const raw = DETECTORS.flatMap((d) => d(text, may));
  // Overlapping matches of the same rule (two address forms on one address) become one.
  const kept = raw.filter((h) => !raw.some((o) => o !== h && o.rule === h.rule && o.start <= h.start && o.end >= h.end && (o.end - o.start > h.end - h.start || raw.indexOf(o) < raw.indexOf(h))));
  // A phone number inside an ID or card number is part of that number.
  const numbers = kept.filter((h) => /id-card|card/.test(h.rule));
  return kept
    .filter((h) => !(/mobile|landline/.test(h.rule) && numbers.some((n) => n.start <= h.start && n.end >= h.end)))
    .map((h) => {
      const meta = RULE_META.get(h.rule)!;
      return {
        rule: h.rule, category: meta.category, severity: meta.severity, message: meta.message,
        ...(SUGGESTIONS[h.rule] ? { suggestion: SUGGESTIONS[h.rule] } : {}),
        start: h.start, end: h.end, excerpt: original.slice(h.start, h.end),
      };
    });
}
