/** Fixture articles for the site tests: different departments, platforms and states, one hostile. */
export const BP = `---
title: 高血压的日常管理
slug: bp-daily
author:
  name: 王敏
  title: 主治医师
department: 心内科
audience: 高血压患者及家属
platforms: [wechat, douyin]
---

高血压患者要坚持服药。本院新疗法可以根治高血压，保证治愈。

## 要点
- 每天测量血压
- 少吃盐，每天不超过 5 克
`;

export const SLEEP = `---
title: 睡不好怎么办
slug: sleep-tips
author:
  name: 赵蕾
department: 精神心理科
platforms: [xiaohongshu, zhihu]
---

规律作息是改善睡眠的第一步。

## 要点
- 固定起床时间
- 睡前一小时不看手机
`;

/** Every way article content could try to run script in the site. */
export const HOSTILE = `---
title: "<img src=x onerror=\\"window.__pwned='title'\\">洗手的学问"
slug: hostile
author:
  name: "<script>window.__pwned='author'</script>"
department: 感染科
summary: "<script>window.__pwned='summary'</script>"
platforms: [wechat, weibo, douyin]
---

勤洗手可以预防很多疾病。<script>window.__pwned='body'; alert('body')</script>

<img src="x" onerror="window.__pwned='onerror'; alert('onerror')">

[点我](javascript:alert('link'))

## 要点
- 用流动水洗手 <b onclick="alert(1)">二十秒</b>
- 饭前便后要洗手
`;
