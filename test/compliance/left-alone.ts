/**
 * Sentences the claim checks must leave alone (no warning, no error): traps written beside the
 * frames — army and state words, doctors' titles, enforcement news, booking notices, hedged or
 * debunking education. frames.test.ts asserts them; train-ad-likeness.ts learns from them as
 * clean text (training only).
 */
export const LEFT_ALONE: string[] = [
  '为首长服务是军人的职责',
  '主任医师、教授，从事内科临床工作三十年',
  '市场监管总局公布10起典型案例',
  '这几类食物可以放心吃',
  '请按叫号顺序到3号诊室就诊',
  '有类似症状的朋友请及时到医院就诊',
  '容貌焦虑不应影响求职和婚恋',
  '最新的诊疗指南建议早筛',
  '感冒一般一周左右就能痊愈',
  '一瓶可乐相当于10块方糖',
  '专家表示，流感疫苗安全有效',
  '所谓“没有治不好的病”都是骗人的',
  '世界上最大的器官是皮肤',
  '关注“北京114预约挂号”微信公众号就能直接预约挂号了',
  '本服务仅向用户提供便捷的预约方式',
  '家长可以联系学校的健康管家老师',
];
