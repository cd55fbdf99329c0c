/**
 * The article model on Markdown as hospital editors write it: titles in `# `, myth listicles,
 * 问/答 lines, numbered first aid, emoji lines, CJK emphasis, the article's own safety advice.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, modelOf } from '../helpers.ts';
import { PLATFORMS } from '../../generator/platforms/registry.ts';
import { RENDERERS } from '../../generator/render/index.ts';
import { loadTheme } from '../../generator/theme.ts';
import type { RenderContext } from '../../generator/render/types.ts';
import type { ArticleModel } from '../../generator/model/types.ts';
import type { Variant } from '../../generator/manifest.ts';
import { DEFAULT_CTA } from '../../generator/model/build-model.ts';
import { checkArticle } from '../../generator/compliance/check.ts';
import { speechSeconds } from '../../generator/render/speech.ts';
import { condense, shorten } from '../../generator/model/recognise/takeaways.ts';

let ctx: RenderContext;
beforeAll(async () => {
  ctx = { theme: await loadTheme(), assetPath: (src) => `a/${src}` };
});
const render = (m: ArticleModel, platform: keyof typeof PLATFORMS, kind: Variant['kind']): Variant[] =>
  RENDERERS[kind].render(m, PLATFORMS[platform], ctx).map((r) => r.variant);

const MYTHS = `---
title: 高血压用药的3个误区
tags: [高血压]
---

门诊里常有人问：血压正常了，药能不能停？

### 误区一：血压正常了就可以停药

**血压正常，恰恰说明药物正在起作用。**擅自停药，血压会反弹。

### 误区二：没有不舒服就不用吃药

**血压高不高，要靠血压计说话，不能凭感觉。**很多人血压很高也没有症状。

### 误区三：降压药伤肾，能不吃就不吃

**长期控制不好的高血压对肾脏伤害更大。**按医嘱定期复查肝肾功能即可。

如果血压突然超过 180/110 mmHg，同时出现剧烈头痛、胸痛，请立即拨打120。
`;

describe('natural Markdown', () => {
  it('takes the title from a `# ` heading, and a heading repeating the title is neither a section nor repeated in HTML', () => {
    const m = modelOf('---\ndate: 2026-11-01\n---\n\n# 冬季取暖，谨防一氧化碳中毒\n\n寒潮来了。\n\n## 这样做更安全\n\n- 室内用炭火一定要开窗通风。\n');
    expect(m.title).toBe('冬季取暖，谨防一氧化碳中毒');
    expect(m.titleSource).toBe('h1');
    expect(m.sections.map((s) => s.title)).toEqual(['这样做更安全']);
    const [wechat] = render(m, 'wechat', 'article');
    expect(wechat!.html).not.toContain('谨防一氧化碳中毒</h1>');
    expect(wechat!.html).not.toMatch(/<h1/);
    const withTitle = modelOf('---\ntitle: 冬季取暖，谨防一氧化碳中毒\n---\n\n# 冬季取暖，谨防一氧化碳中毒\n\n## 这样做更安全\n\n正文。\n');
    expect(withTitle.sections.map((s) => s.title)).toEqual(['这样做更安全']);
    expect(render(withTitle, 'wechat', 'article')[0]!.html).not.toMatch(/<h1/);
  });

  it('reads a section role from what its heading is, not from a word inside it', () => {
    const m = modelOf('---\ntitle: 冬季养生\n---\n\n## 冬季养生要点有哪些\n\n多喝水。\n\n## 划重点\n\n- 早睡早起\n');
    expect(m.sections.map((s) => s.role)).toEqual(['body', 'key-points']);
    expect(m.takeaways.map((t) => t.text)).toEqual(['早睡早起']);
  });

  it('parses CJK emphasis: `**句子。**正文` is bold in HTML, voice-overs and slides carry no asterisks', () => {
    const m = modelOf(MYTHS);
    const html = render(m, 'wechat', 'article')[0]!.html!;
    expect(html).toMatch(/<strong[^>]*>血压正常，恰恰说明药物正在起作用。<\/strong>/);
    expect(html).not.toContain('**');
    const all = [...render(m, 'douyin', 'video-script'), ...render(m, 'xiaohongshu', 'carousel'), ...render(m, 'douyin', 'live-outline')];
    expect(JSON.stringify(all)).not.toContain('**');
  });

  it('pairs each myth with its truth; a myth is never a slide or shot of its own', () => {
    const m = modelOf(MYTHS);
    expect(m.myths.map((x) => [x.myth.text, x.truth.text])).toEqual([
      ['血压正常了就可以停药', '血压正常，恰恰说明药物正在起作用。'],
      ['没有不舒服就不用吃药', '血压高不高，要靠血压计说话，不能凭感觉。'],
      ['降压药伤肾，能不吃就不吃', '长期控制不好的高血压对肾脏伤害更大。'],
    ]);
    // One slide per myth, in order; the rest of each truth's paragraph may give more slides of advice.
    const slides = render(m, 'xiaohongshu', 'carousel')[0]!.slides!.filter((s) => s.role === 'point' && s.text.includes('误区：'));
    expect(slides).toHaveLength(3);
    for (const [k, s] of slides.entries()) {
      expect(s.text).toContain(`误区：${m.myths[k]!.myth.text}`);
      expect(s.text).toContain(`真相：${m.myths[k]!.truth.text}`);
      expect(s.source).toEqual(m.myths[k]!.truth.position);
    }
    for (const v of render(m, 'douyin', 'video-script')) {
      for (const shot of v.shots!.filter((s) => s.role === 'point')) {
        const myth = m.myths.find((x) => shot.voiceOver.includes(x.myth.text));
        if (myth) expect(shot.voiceOver).toMatch(/误区/);
      }
    }
  });

  it('uses the article’s own emergency advice as the call to action', () => {
    const m = modelOf(MYTHS);
    expect(m.callToAction.own).toBe(true);
    expect(m.callToAction.text).toContain('立即拨打120');
    const closing = render(m, 'xiaohongshu', 'carousel')[0]!.slides!.filter((s) => s.role === 'closing');
    expect(closing.map((s) => s.text).join('')).toContain('请立即拨打120');
    for (const v of render(m, 'douyin', 'video-script')) expect(v.shots!.at(-1)!.voiceOver).toContain('120');
    expect(modelOf('---\ntitle: 只有正文\n---\n\n多喝水。\n').callToAction).toMatchObject({ own: false, text: DEFAULT_CTA });
  });

  it('takes advice to adjust under a doctor’s guidance as the article’s own, and a step heading that mentions the hospital as a step', () => {
    const diet = modelOf('---\ntitle: 膳食指南解读\n---\n\n## 吃动平衡\n\n每天主动身体活动6000步以上。\n\n## 特殊人群\n\n糖尿病、痛风等患者的饮食有特殊要求，应在医生或临床营养师指导下个体化调整。\n');
    expect(diet.callToAction).toMatchObject({ own: true, text: '糖尿病、痛风等患者的饮食有特殊要求，应在医生或临床营养师指导下个体化调整。' });
    const bite = modelOf('---\ntitle: 被狗咬伤怎么办\n---\n\n## 第一步：冲洗伤口\n\n用肥皂水和流动的清水交替冲洗伤口，持续约15分钟。\n\n## 第二步：尽快去医院\n\n**务必按时完成全程接种，不要自行中断。**\n\n如果伤口很深、出血不止，必要时直接拨打120。\n');
    expect(bite.sections.map((s) => s.role)).toEqual(['body', 'body']);
    expect(bite.takeaways.map((t) => t.text)).toContain('尽快去医院：务必按时完成全程接种，不要自行中断。');
    expect(bite.callToAction.text).toContain('拨打120');
  });

  it('opens a script with the title’s whole question, never a fragment or a question with no topic', () => {
    const hookOf = (md: string) => render(modelOf(md), 'douyin', 'video-script').find((v) => v.targetSeconds === 60)!.shots![0]!.voiceOver;
    expect(hookOf('---\ntitle: 被狗咬伤后，第一时间该做什么？\n---\n\n## 冲洗\n\n用肥皂水和流动的清水交替冲洗伤口，持续约15分钟。\n')).toBe('被狗咬伤后，第一时间该做什么？');
    expect(hookOf('---\ntitle: 糖尿病饮食，到底该怎么吃？\n---\n\n## 主食\n\n每天摄入谷类食物200～300克。\n')).not.toBe('到底该怎么吃？');
    expect(hookOf('---\ntitle: 什么时候测？多少算合适？\n---\n\n## 血压\n\n高血压患者的血压应控制在140/90 mmHg以下。\n')).not.toBe('什么时候测？');
    // A figure's clause alone ("餐后2小时和睡前") answers a question nobody asked.
    const fact = hookOf('---\ntitle: 在家测血糖，这几步做对了才准\n---\n\n## 什么时候测\n\n一般测空腹血糖，也可以测餐后2小时和睡前，具体听医生安排。\n');
    expect(fact).not.toBe('餐后2小时和睡前。');
  });

  it('says a list’s intro before the first of its items that is no sentence of its own, once', () => {
    const m = modelOf('---\ntitle: 心梗为什么会被当成胃病\n---\n\n## 不只是胸痛\n\n除了胸口，心梗引起的不适还可能出现在这些地方：\n\n- 上腹部，像胃疼、烧心；\n- 左肩、左臂内侧，或者后背；\n- 下颌、牙齿、咽喉部，像牙疼。\n\n## 怎么办\n\n胸痛持续超过15分钟不缓解，应立即拨打120。\n');
    const script = render(m, 'douyin', 'video-script').find((v) => v.targetSeconds === 60)!;
    const points = script.shots!.filter((s) => s.role === 'point').map((s) => s.voiceOver);
    expect(points[0]).toBe('除了胸口，心梗引起的不适还可能出现在这些地方：上腹部，像胃疼、烧心。');
    expect(points.filter((p) => p.includes('这些地方'))).toHaveLength(1);
  });

  it('titles a live segment by its question without the 问 label, and does not ask it again in the Q&A', () => {
    const m = modelOf('---\ntitle: 乙肝疫苗答疑\n---\n\n## 问：乙肝疫苗一共要打几针？\n\n常规程序是3针，按0、1、6个月程序接种。\n\n## 问：成年人还需要打吗？\n\n没有保护性抗体的成年人，都可以考虑接种。\n');
    const live = render(m, 'douyin', 'live-outline')[0]!;
    const segments = live.runOfShow!.filter((r) => r.kind === 'segment').map((r) => r.title);
    expect(segments).toEqual(['乙肝疫苗一共要打几针？', '成年人还需要打吗？']);
    expect(live.runOfShow!.find((r) => r.kind === 'qa')!.notes.join('\n')).not.toContain('乙肝疫苗一共要打几针？');
    expect(live.runOfShow!.filter((r) => r.kind === 'interaction').flatMap((r) => r.notes).join('\n')).not.toContain('问：');
  });

  it('reads 问/答 lines written without blank lines as question-and-answer pairs', () => {
    const m = modelOf('---\ntitle: 幽门螺杆菌答疑\n---\n\n问：幽门螺杆菌会传染吗？\n答：会。它主要通过共用餐具传播，提倡分餐制、使用公筷。\n\n**问：**查出阳性都要治疗吗？\n\n**答：**一般都建议治疗，具体请和医生商量。\n');
    expect(m.faq.map((f) => f.question)).toEqual(['幽门螺杆菌会传染吗？', '查出阳性都要治疗吗？']);
    expect(m.faq[0]!.position.line).toBe(5);
    expect(m.faq[0]!.answerPosition!.line).toBe(6);
    expect(m.takeaways.map((t) => t.text)).toContain('它主要通过共用餐具传播，提倡分餐制、使用公筷。');
    const live = render(m, 'douyin', 'live-outline')[0]!;
    expect(live.runOfShow!.find((r) => r.kind === 'qa')!.notes.join('\n')).toContain('幽门螺杆菌会传染吗？');
  });

  it('reads a live-stream transcript: who asks ("网友提问：", "家长“小雨妈妈”问：") and who answers ("李医生：")', () => {
    const m = modelOf('---\ndate: 2026-10-01\n---\n\n# 直播答疑：秋季腹泻\n\n主持人：欢迎来到今天的直播间。\n\n网友提问：孩子拉肚子能喝牛奶吗？\n\n李医生：嗯，母乳喂养的宝宝继续吃母乳就行。腹泻期间不用刻意断奶。\n\n家长“小雨妈妈”问：要不要吃止泻药？\n\n王主任答：不要自己给孩子吃止泻药，先补液。\n');
    expect(m.faq.map((f) => f.question)).toEqual(['孩子拉肚子能喝牛奶吗？', '要不要吃止泻药？']);
    const points = m.takeaways.map((t) => t.text);
    expect(points).toContain('母乳喂养的宝宝继续吃母乳就行。');
    expect(points.join('')).not.toMatch(/李医生|王主任答|网友提问/u);
    const live = render(m, 'douyin', 'live-outline')[0]!;
    expect(live.runOfShow!.find((r) => r.kind === 'qa')!.notes.join('\n')).toContain('要不要吃止泻药？');
    const numbered = modelOf('---\ntitle: 腹泻答疑\n---\n\n问题一：孩子拉肚子能喝牛奶吗？\n\n答案：母乳喂养的宝宝继续吃母乳就行。\n\n问题二：要不要吃止泻药？\n\n答案：不要自己给孩子吃止泻药，先补液。\n');
    expect(numbered.faq.map((f) => f.question)).toEqual(['孩子拉肚子能喝牛奶吗？', '要不要吃止泻药？']);
    expect(numbered.takeaways.map((t) => t.text).join('')).not.toMatch(/答案|问题[一二]/u);
  });

  it('reads a rumour-busting post: each "> 传言一：" quote is a myth with its "真相：" paragraph, and the summary stops before the first truth', () => {
    const m = modelOf(`---\ntitle: 关于感冒的4个传言\n---\n\n天气一冷，各种说法多了起来。我们挑了几个流传最广的，逐个说说。\n\n> 传言一：感冒了要多捂汗，出一身汗就好了。\n\n真相：捂汗不能治感冒，反而可能让体温升得更高。发烧时应该穿宽松透气的衣服，多喝温水。\n\n> 传言二：喝姜汤能治好感冒。\n\n真相：姜汤可以让人暖和一些，但并不能杀灭病毒，也不能缩短病程。\n\n> 传言三：感冒是小病，扛一扛就过去了。\n\n真相：普通感冒一般7到10天能自愈，但如果持续高烧超过3天、呼吸急促、胸痛，要及时就医。\n`);
    expect(m.myths.map((x) => x.myth.text)).toEqual(['感冒了要多捂汗，出一身汗就好了。', '喝姜汤能治好感冒。', '感冒是小病，扛一扛就过去了。']);
    expect(m.myths[0]!.truth.text).toBe('捂汗不能治感冒，反而可能让体温升得更高。');
    expect(m.summary).toBe('天气一冷，各种说法多了起来。我们挑了几个流传最广的，逐个说说。');
    // The advice cut from its explanation does not open on the "但" that answered it.
    expect(m.callToAction.text).toBe('如果持续高烧超过3天、呼吸急促、胸痛，要及时就医。');
    const live = render(m, 'douyin', 'live-outline')[0]!;
    const segments = live.runOfShow!.filter((r) => r.kind === 'segment');
    expect(segments[0]!.title).toBe('误区：感冒了要多捂汗');
    expect(live.runOfShow!.filter((r) => r.kind === 'interaction').flatMap((r) => r.notes).join('')).not.toMatch(/听懂“误区/u);
  });

  it('a short video fills time the clear advice leaves with the points held back for slides', () => {
    // Prose articles hold back their weaker points from a short video; never while time is left for them.
    const dir = join(FIXTURES, 'natural', 'tune6');
    for (const file of ['shenjieshi-anli-chen.md', 'tongjing-sanwen.md', 'zuijiu-jizhen-suibi.md']) {
      const m = modelOf(readFileSync(join(dir, file), 'utf8'));
      const script = render(m, 'douyin', 'video-script').find((v) => v.targetSeconds === 60)!;
      const left = 60 - script.durationSeconds!;
      const said = script.shots!.map((s) => s.voiceOver).join('').replace(/[^\p{L}\p{N}]/gu, '');
      const fitting = m.takeaways.filter((t) => !said.includes(t.short.replace(/[^\p{L}\p{N}]/gu, '')) && speechSeconds(t.short, 4.5) + 0.5 < left);
      expect(fitting.map((t) => t.short), file).toEqual([]);
    }
  });

  it('reads a circled-number listicle: a short first sentence that advises heads its paragraph, "一是…二是…" inside one paragraph are items, and no short form stops at "："', () => {
    const m = modelOf(`---\ntitle: 关于干眼的3件事\n---\n\n干眼是眼科最常见的问题之一。\n\n长时间看屏幕的上班族、戴隐形眼镜的人都是高发人群。\n\n① 盯屏幕时记得眨眼。建议遵循“20-20-20”原则：每看屏幕20分钟，抬头看6米以外的地方至少20秒，眼睛会舒服很多，也不容易干。\n\n② 干眼是慢性病，需要长期管理。多数人需要根据病因长期坚持护理，必要时还可以做睑板腺按摩等治疗。\n\n③ 改善生活环境同样重要。一是空调房里放一台加湿器，别让出风口正对着脸吹；二是戴隐形眼镜的人要控制佩戴时间；三是保证睡眠、少熬夜。\n\n眼睛疼、视力下降，要及时到眼科就诊。\n`);
    const texts = m.takeaways.map((t) => t.text);
    expect(texts).toEqual(expect.arrayContaining(['空调房里放一台加湿器，别让出风口正对着脸吹。', '戴隐形眼镜的人要控制佩戴时间。', '保证睡眠、少熬夜。']));
    expect(texts.join('')).not.toMatch(/[一二三]是/u);
    const chronic = m.takeaways.find((t) => t.text.startsWith('干眼是慢性病'))!;
    expect(chronic.short.startsWith('干眼是慢性病，需要长期管理。')).toBe(true);
    for (const t of m.takeaways) expect(t.short, t.text).not.toMatch(/原则。$/u);
  });

  it('the closing keeps the signs its advice is about, cuts only an explanation, and reads a list of signs whatever words they use', () => {
    const signs = modelOf(`---\ntitle: 护肾\n---\n\n## 早发现\n\n尿里的泡沫细小、久久不散，早上起来眼皮肿或者脚踝一按一个坑，尿的颜色像浓茶，请及时到肾内科就诊。\n`);
    expect(signs.callToAction.text).toBe('尿里的泡沫细小、久久不散，早上起来眼皮肿或者脚踝一按一个坑，尿的颜色像浓茶，请及时到肾内科就诊。');
    const pointing = modelOf(`---\ntitle: 前列腺增生\n---\n\n## 警惕\n\n最需要警惕的是急性尿潴留，也就是膀胱里憋满了尿却排不出来，小肚子胀得发硬，这时要立即去急诊导尿，不要在家硬撑。\n`);
    expect(pointing.callToAction.text).toBe('膀胱里憋满了尿却排不出来，小肚子胀得发硬，这时要立即去急诊导尿，不要在家硬撑。');
    const sprain = modelOf(`---\ntitle: 崴脚\n---\n\n## 第一步：停下\n\n扭伤后马上停止运动。\n\n特别提醒：扭伤后出现以下情况，要及时到医院就诊：受伤后当时就没法用伤脚走上4步；脚踝明显变形。另外，反复崴脚的，也建议到运动医学科或骨科检查。\n`);
    expect(sprain.callToAction.own).toBe(true);
    expect(sprain.callToAction.text).toContain('受伤后当时就没法用伤脚走上4步');
    expect(sprain.callToAction.text).toContain('到运动医学科或骨科检查');
    // "最好在…" is advice, not the story's "好在…"; waiting for the 急救车 and "要查一查肾" are care.
    const column = modelOf(`---\ntitle: 突聋\n---\n\n## 提醒\n\n如果突然发现一侧耳朵听不清，请尽快到医院耳鼻喉科就诊，最好在发病72小时内，不要在家观察。\n`);
    expect(column.callToAction.text).toBe('如果突然发现一侧耳朵听不清，请尽快到医院耳鼻喉科就诊，最好在发病72小时内，不要在家观察。');
    const waiting = modelOf(`---\ntitle: 主动脉夹层\n---\n\n## 急救\n\n如果突然出现胸背部撕裂样疼痛，请立即拨打120。等待急救车时让病人躺下，不要搬动。夜里起夜次数明显增多，也要查一查肾。\n`);
    expect(waiting.callToAction.text).toContain('等待急救车时让病人躺下，不要搬动。');
    expect(waiting.callToAction.text).toContain('也要查一查肾。');
    const motto = modelOf(`---\ntitle: 手足口病\n---\n\n## 重症信号\n\n记住一句话：高烧不退、精神差、手脚凉，有一条就立即去医院急诊。\n`);
    expect(motto.callToAction.text).toBe('高烧不退、精神差、手脚凉，有一条就立即去医院急诊。');
    const first = modelOf(`---\ntitle: 隐形眼镜\n---\n\n## 特别提醒\n\n最重要的一条：戴镜时如果出现眼红、眼痛，请立即摘下镜片，并尽快到眼科就诊。\n`);
    expect(first.callToAction.text).toBe('戴镜时如果出现眼红、眼痛，请立即摘下镜片，并尽快到眼科就诊。');
    const also = modelOf(`---\ntitle: 前列腺\n---\n\n## 就医\n\n另外，如果出现肉眼血尿，也要尽快就诊。\n`);
    expect(also.callToAction.text).toBe('如果出现肉眼血尿，也要尽快就诊。');
  });

  it('in a case story, narration about its patient is no point ("躺在抢救床上的孙先生一脸茫然", "经过大量补液…")', () => {
    const m = modelOf(`---\ntitle: 把饮料当水喝\n---\n\n凌晨，26岁的孙先生（化名）被送进抢救室。\n\n躺在抢救床上的孙先生一脸茫然，身高1米75的他，去年体检时体重有100公斤。\n\n经过大量补液、静脉输注胰岛素，孙先生的酸中毒在第二天基本纠正。\n\n渴了首选白开水，含糖饮料、奶茶尽量少喝。有糖尿病家族史的人，即使年轻，也应该定期查空腹血糖。每周至少150分钟中等强度运动。\n\n体重超标的人要先减重。晚饭要少吃主食，多吃蔬菜。不要熬夜，每天睡够7小时。确诊糖尿病的人不要自行停用胰岛素。出现口渴、多尿、体重下降，要及时查血糖。\n`);
    const texts = m.takeaways.map((t) => t.text).join('|');
    expect(texts).not.toMatch(/孙先生|身高1米75的他|经过大量补液/u);
    expect(texts).toContain('渴了首选白开水');
  });

  it('a long statement is said by its first clause when that says what its subject is ("生长激素是处方药，是用来治疗…")', () => {
    expect(shorten('生长激素是处方药，是用来治疗生长激素缺乏症、特纳综合征这些明确疾病的，要做过骨龄、生长激素激发试验等一系列检查，医生评估以后才能用，打的过程中还要定期复查。')).toBe('生长激素是处方药。');
  });

  it('numbers a carousel\'s unheaded points 1, 2, 3… whatever slides come between them', () => {
    const dir = join(FIXTURES, 'natural', 'tune7');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md')) {
      const slides = render(modelOf(readFileSync(join(dir, file), 'utf8')), 'xiaohongshu', 'carousel')[0]!.slides!;
      const numbers = slides.map((s) => /^要点 (\d+)$/u.exec(s.heading ?? '')?.[1]).filter(Boolean).map(Number);
      expect(numbers, file).toEqual(numbers.map((_, k) => k + 1));
    }
  });

  it('reads a guideline digest\'s "要点一：" items and their "解读：" glosses without showing either label', () => {
    const m = modelOf(`---\ntitle: 一文读懂高血压指南\n---\n\n新版指南有哪些变化？\n\n## 一、诊断\n\n要点一：诊室血压≥140/90 mmHg可诊断高血压，建议结合家庭血压监测。\n\n解读：很多人只在医院量一次就下结论。家庭血压≥135/85 mmHg也要重视。\n\n## 二、治疗\n\n要点二：生活方式干预贯穿治疗全程。\n\n解读：每天食盐不超过5克，每周至少150分钟中等强度运动。\n`);
    const texts = m.takeaways.map((t) => t.text);
    expect(texts).toEqual(expect.arrayContaining(['生活方式干预贯穿治疗全程。', '每天食盐不超过5克，每周至少150分钟中等强度运动。']));
    expect(texts.join('')).not.toMatch(/要点[一二]|解读/u);
  });

  it('no point repeats a refuted belief word for word outside its myth slide', () => {
    const m = modelOf(`---\ntitle: 关于喝酒的传言\n---\n\n过年聚餐多，关于喝酒的说法也多。\n\n> 传言一：酒量是可以练出来的。\n\n真相：所谓酒量变大，是身体对酒精耐受了，肝脏的损伤一点没少。不要劝酒。\n\n很多人把“酒量是可以练出来的”挂在嘴边，于是一次次加量，这对肝脏伤害很大。喝酒要限量，每天酒精不超过15克。\n`);
    expect(m.myths.map((x) => x.myth.text)).toContain('酒量是可以练出来的。');
    const plain = m.takeaways.filter((t) => !t.myth).map((t) => t.text).join('|');
    expect(plain).not.toContain('酒量是可以练出来的');
    expect(plain).toContain('每天酒精不超过15克');
  });

  it('keeps every step of a numbered first-aid list, in order, and the list of when to go to hospital whole', () => {
    const m = modelOf(`---\ntitle: 烫伤急救五步\ntags: [烫伤]\n---\n\n## 五步处理\n\n1. **冲**：立即用流动的凉水冲洗15～30分钟。\n2. **脱**：边冲边脱去衣物，粘连的不要硬扯。\n3. **泡**：疼痛明显时浸泡在冷水中。\n4. **盖**：用干净纱布轻轻覆盖创面。\n5. **送**：尽快到医院处理。\n\n## 何时就医\n\n出现以下情况要及时就医：\n\n- 烫伤面积超过一个手掌；\n- 烫伤在面部、手、会阴；\n- 伤者是婴幼儿或老人；\n- 创面发白、发黑，摸上去不疼；\n- 吸入热气后声音嘶哑、呼吸困难；\n- 电击伤或化学烧伤。\n`);
    const steps = m.takeaways.filter((t) => t.reason === 'step').map((t) => t.text);
    expect(steps).toEqual([
      '冲：立即用流动的凉水冲洗15～30分钟。', '脱：边冲边脱去衣物，粘连的不要硬扯。', '泡：疼痛明显时浸泡在冷水中。',
      '盖：用干净纱布轻轻覆盖创面。', '送：尽快到医院处理。',
    ]);
    expect(m.callToAction.text).toBe('出现以下情况要及时就医：烫伤面积超过一个手掌；烫伤在面部、手、会阴；伤者是婴幼儿或老人；创面发白、发黑，摸上去不疼；吸入热气后声音嘶哑、呼吸困难；电击伤或化学烧伤。');
    // Weibo slides hold 80 characters: the advice continues on a second closing slide, nothing is cut.
    const slides = render(m, 'weibo', 'carousel')[0]!.slides!;
    const closing = slides.filter((s) => s.role === 'closing');
    expect(closing.length).toBeGreaterThanOrEqual(1);
    const said = closing.map((s) => s.text).join('\n');
    expect(said.replace(/\s/g, '')).toContain('电击伤或化学烧伤。');
    // The list reads as a list again: its intro, then an item per line, as written.
    expect(said.split('\n')).toEqual(['出现以下情况要及时就医：', '· 烫伤面积超过一个手掌；', '· 烫伤在面部、手、会阴；', '· 伤者是婴幼儿或老人；', '· 创面发白、发黑，摸上去不疼；', '· 吸入热气后声音嘶哑、呼吸困难；', '· 电击伤或化学烧伤。']);
    for (const v of render(m, 'douyin', 'video-script')) {
      for (const s of v.shots!) expect(s.voiceOver).not.toMatch(/[；，、][。]/);
    }
  });

  it('a myth\'s truth is not the aside its unit moves on to ("另外，…")', () => {
    const m = modelOf(`---
title: 补钙的误区
---

## 误区：钙片吃得越多越好

补钙是预防骨质疏松的基础。研究显示，**每天钙的总摄入量达到800毫克，骨量流失就会减慢。**

吃得过多，反而可能增加便秘等不适。**成年人每天补充的钙片一般以500毫克左右为宜**。

另外，爱喝浓茶的人要注意：咖啡因会影响钙吸收，**骨质疏松患者最好少喝浓茶**。
`);
    expect(m.myths).toHaveLength(1);
    expect(m.myths[0]!.truth.text).not.toContain('浓茶');
  });

  it('a takeaway under a bold headline is said from its headline', () => {
    const m = modelOf(`---
title: 被蜜蜂蜇了怎么办
---

1. **先离开蜂群附近。** 蜜蜂受惊后会成群追赶，慢慢走开，不要挥手拍打，以免招来更多的蜜蜂。
2. **把毒刺刮出来。** 用银行卡的边缘顺着皮肤轻轻刮，不要用手指捏，捏会把毒囊里的毒液挤进皮肤。
`);
    const shorts = m.takeaways.map((t) => t.short);
    expect(shorts.some((x) => x.startsWith('先离开蜂群附近。'))).toBe(true);
    expect(shorts.some((x) => x.startsWith('把毒刺刮出来。'))).toBe(true);
  });

  it('reads a "参考文献：" line and the numbered list under it as references, never as points', () => {
    const m = modelOf(`---
title: 心肺复苏
---

## 按压要点

**按压深度5～6厘米。** 每次按压后让胸廓完全回弹。

参考文献：

1. 某某学会. 心肺复苏专家共识. 2016.
2. 《中华人民共和国民法典》第一百八十四条.
`);
    expect(m.takeaways.map((t) => t.text).join('')).not.toMatch(/共识|民法典/u);
    const slides = render(m, 'xiaohongshu', 'carousel')[0]!.slides!;
    expect(slides.map((x) => x.text).join('')).not.toMatch(/共识|民法典/u);
  });

  it('a bold term, a greeting and a transcript note are no points; a column name is no hook', () => {
    const m = modelOf(`---
title: 《名医在线》｜查出甲状腺结节，是不是都要手术？
---

主持人：今天请来了内分泌科的王医生。

王医生：主持人好，各位听众朋友们好。

主持人：甲状腺结节常见吗？

王医生：很常见。医学上叫**甲状腺结节病**，**绝大多数甲状腺结节是良性的**，定期复查B超就可以。

（根据节目录音整理，文字经嘉宾审核）
`);
    const texts = m.takeaways.map((t) => t.text).join('|');
    expect(texts).toContain('绝大多数甲状腺结节是良性的');
    expect(texts).not.toMatch(/听众朋友们好|录音整理|^甲状腺结节病$|\|甲状腺结节病\|/u);
    const script = render(m, 'douyin', 'video-script').find((v) => v.targetSeconds === 60)!;
    expect(script.shots![0]!.voiceOver).not.toMatch(/名医在线|^是不是/u);
  });

  it('a myth\'s truth answers the myth itself, even when the writer put it as a statement', () => {
    const m = modelOf(`---
title: 疝气的误区
---

### 误区一：疝气要等长大了才能做手术

这是很多家长的想法。**现在的疝气手术，不再以“孩子够不够大”为标准，而是看疝块是否反复出现。**

拖得太久也有坏处：**疝块可能卡住出不来**，引起肠管缺血，需要急诊手术。
`);
    expect(m.myths[0]!.truth.text).toContain('不再以');
  });

  it('pairs a "❌" line with the "✅" line after it, across a thematic break', () => {
    const m = modelOf(`---
title: 用药的错误做法
---

❌ 降压药吃上了就停不下来，所以能不吃就不吃

✅ **血压控制住了不吃药，血压会重新升高。**

多数高血压需要长期服药。

---

❌ 输液比吃药好得快

✅ 能口服的不输液，**输液的风险比口服更大**。
`);
    expect(m.myths.map((x) => [x.myth.text, x.truth.text])).toEqual([
      ['降压药吃上了就停不下来，所以能不吃就不吃', '血压控制住了不吃药，血压会重新升高。'],
      ['输液比吃药好得快', '输液的风险比口服更大'],
    ]);
    const slides = render(m, 'xiaohongshu', 'carousel')[0]!.slides!.filter((x) => x.role === 'point');
    expect(slides.filter((x) => x.text.startsWith('误区：'))).toHaveLength(2);
    // With no headings, the live outline still talks its points through, myths with their truths.
    const live = render(m, 'douyin', 'live-outline')[0]!;
    const segments = live.runOfShow!.filter((r) => r.kind === 'segment');
    expect(segments.length).toBeGreaterThan(0);
    expect(segments.flatMap((r) => r.notes).join('')).toContain('误区：输液比吃药好得快 —— 真相：');
    expect(live.durationSeconds).toBe(live.targetSeconds);
  });

  it('an instruction to call 120 in the writer\'s own words is safety advice, all of it', () => {
    const m = modelOf(`---
title: 有人溺水怎么办
---

## 第一步：呼救

大声喊人，指定身边的人：“你，打120！”“你，去找救生圈！”如果只有自己一个人，就用手机打120并开免提。

## 第二步：岸上施救

不会游泳的人不要下水，可以递竹竿、抛救生圈。
`);
    expect(m.callToAction.own).toBe(true);
    expect(m.callToAction.text).toContain('“你，打120！”“你，去找救生圈！”');
  });

  it('an article of plain paragraphs gives each paragraph\'s advice, not only its three strongest', () => {
    const m = modelOf(`---
title: 痛风患者怎么吃
---

痛风和饮食关系很密切，饮食调整是控制尿酸的基础。

首先是少吃高嘌呤食物。动物内脏、浓肉汤和部分海鲜嘌呤含量高，痛风患者要尽量少吃。

其次是多喝水。每天饮水2000毫升以上，有助于尿酸排出。

再说喝酒。啤酒和白酒都会让尿酸升高，痛风患者最好不喝酒。

含糖饮料也要少喝。果糖会促进尿酸生成，奶茶、果汁饮料尽量不喝。

最后提醒大家，饮食调整不能代替降尿酸药。已经在服药的患者不要自行停药。
`);
    const texts = m.takeaways.map((t) => t.text).join('|');
    expect(m.takeaways.length).toBeGreaterThanOrEqual(5);
    expect(texts).toContain('痛风患者最好不喝酒');
    expect(texts).toMatch(/不要自行停药|不能代替降尿酸药/u);
  });

  it('reads a belief refuted in running prose as a myth, its next sentence as the truth', () => {
    const m = modelOf(`---
title: 痛风患者能喝酒吗
---

再说喝酒。有人觉得喝点红酒能降尿酸，这是没有科学依据的说法。酒精会让尿酸升高，痛风患者最好不喝酒。多喝水有助于尿酸排出。
`);
    expect(m.myths.map((x) => [x.myth.text, x.truth.text])).toEqual([['喝点红酒能降尿酸', '酒精会让尿酸升高，痛风患者最好不喝酒。']]);
    const slide = render(m, 'xiaohongshu', 'carousel')[0]!.slides!.find((x) => x.text.startsWith('误区：'));
    expect(slide?.text).toBe('误区：喝点红酒能降尿酸\n真相：酒精会让尿酸升高，痛风患者最好不喝酒。');
    // The paragraph's other advice is still a takeaway.
    expect(m.takeaways.map((t) => t.text).join('')).toContain('多喝水有助于尿酸排出');
  });

  it('safety advice about some people keeps who they are', () => {
    const m = modelOf(`---
title: 酒后注意事项
---

喝酒前后要注意的事情不少。还有一点常被忽视：正在服用甲硝唑等药物的人，喝酒后可能出现面红、心慌、胸闷、血压下降，这不是普通的醉酒，要马上就医。
`);
    expect(m.callToAction.own).toBe(true);
    expect(m.callToAction.text).toContain('正在服用甲硝唑等药物的人，喝酒后可能出现面红');
  });

  it('reads a Weibo post\'s 【】 line and its keycap or ▪️ lines as a heading and items, with no blank lines between', () => {
    const m = modelOf(`---
title: 口腔溃疡怎么办
---

【日常这样防】
1⃣每天刷牙两次，饭后漱口
2⃣少吃辛辣、过烫的食物
▪️反复发作、超过两周不愈合
口腔溃疡大多一到两周能自己好。
`);
    const texts = m.takeaways.map((t) => t.text);
    expect(texts.some((t) => t.startsWith('日常这样防'))).toBe(false);
    expect(texts).toContain('每天刷牙两次，饭后漱口');
    expect(texts.some((t) => t.includes('超过两周不愈合口腔溃疡'))).toBe(false);
  });

  it('reads emoji lines and inline “myth”——truth lines', () => {
    const m = modelOf('---\ntitle: 冬季防一氧化碳中毒\n---\n\n## ✅ 这样做更安全\n\n✅ 室内用炭火一定要开窗通风。\n\n✅ 家里可以安装一氧化碳报警器。\n\n## ❌ 这些说法不靠谱\n\n❌ “在炉边放一盆清水就能防中毒”——一氧化碳几乎不溶于水，炉边放一盆清水并不能预防中毒。\n');
    expect(m.takeaways.map((t) => t.text)).toEqual(expect.arrayContaining(['室内用炭火一定要开窗通风。', '家里可以安装一氧化碳报警器。']));
    expect(m.myths[0]).toMatchObject({ myth: { text: '在炉边放一盆清水就能防中毒' }, truth: { text: '炉边放一盆清水并不能预防中毒。' } });
    expect(m.sections.map((s) => s.title)).toEqual(['✅ 这样做更安全', '❌ 这些说法不靠谱']);
    const slide = render(m, 'xiaohongshu', 'carousel')[0]!.slides!.find((s) => s.text.includes('一盆清水'))!;
    expect(slide.text).toMatch(/^误区：/);
  });

  it('derives hashtags when `tags` is absent and says so in an info finding', () => {
    const m = modelOf('---\ntitle: 幽门螺杆菌阳性怎么办\n---\n\n幽门螺杆菌很常见。幽门螺杆菌主要经口传播。查出幽门螺杆菌阳性，一般建议治疗。\n');
    expect(m.hashtags.derived).toBe(true);
    expect(m.hashtags.tags).toContain('幽门螺杆菌');
    expect(render(m, 'douyin', 'video-script')[0]!.hashtags).toContain('#幽门螺杆菌');
    const { findings } = checkArticle(m, []);
    expect(findings.find((f) => f.rule === 'structure.derived-hashtags')).toMatchObject({ severity: 'info' });
    expect(modelOf(MYTHS).hashtags).toEqual({ tags: ['高血压'], derived: false });
  });

  it('gives each video platform its own script: frame, speech rate, captions, chapters, closing words', () => {
    const m = modelOf(MYTHS);
    const douyin = render(m, 'douyin', 'video-script').find((v) => v.targetSeconds === 60)!;
    const bilibili = render(m, 'bilibili', 'video-script').find((v) => v.targetSeconds === 60)!;
    const channels = render(m, 'channels', 'video-script').find((v) => v.targetSeconds === 60)!;
    expect(douyin.shots![1]!.visual).toMatch(/^竖屏/);
    expect(bilibili.shots![1]!.visual).toMatch(/^横屏 16:9/);
    expect(bilibili.chapters?.length).toBe(bilibili.shots!.length);
    expect(bilibili.caption).toMatch(/章节：\n00:00 开场/);
    expect(douyin.chapters).toBeUndefined();
    for (const s of channels.shots!) expect([...s.caption].length).toBeLessThanOrEqual(PLATFORMS.channels.video!.script.caption.lineChars * 2);
    expect(JSON.stringify(douyin.shots)).not.toBe(JSON.stringify(bilibili.shots));
  });

  it('hooks with the article’s own question, myth or figure, never a heading fragment plus “？”', () => {
    const m = modelOf(MYTHS);
    const hook = render(m, 'douyin', 'video-script')[0]!.shots![0]!;
    expect(hook.voiceOver).toMatch(/误区|血压正常了/);
    expect(hook.source).toBeDefined();
    const qa = modelOf('---\ntitle: 医生答\n---\n\n问：发烧要捂汗吗？\n答：不要捂汗，穿宽松的衣服。\n');
    expect(render(qa, 'douyin', 'video-script')[0]!.shots![0]!.voiceOver).toBe('发烧要捂汗吗？');
  });

  it('live outline: real segments, no empty prompt, figure cards only for figures with units, never a year', () => {
    const m = modelOf('---\ntitle: 血脂指南解读\n---\n\n2023年，新版指南发布。\n\n## 多久查一次\n\n40岁以后，每年体检都应该查一次血脂。\n\n| 人群 | 频率 |\n|---|---|\n| 20～40岁 | 每5年 |\n\n## 降到多少\n\n高危人群 LDL-C 应低于 2.6 mmol/L。\n\n参考文献：中国血脂管理指南（2023年）\n');
    const live = render(m, 'douyin', 'live-outline')[0]!;
    const notes = live.runOfShow!.flatMap((r) => r.notes);
    expect(notes.filter((n) => n.startsWith('出示数据')).every((n) => !/出示数据：\d{4}年/.test(n))).toBe(true);
    expect(notes.some((n) => /：$/.test(n))).toBe(false);
    expect(live.runOfShow!.filter((r) => r.kind === 'segment').map((r) => r.title)).toEqual(['多久查一次', '降到多少']);
    expect(m.facts.map((f) => f.figure)).not.toContain('2023年');
    expect(m.references.map((r) => r.title)).toContain('中国血脂管理指南（2023年）');
  });
});

describe('footnotes', () => {
  it('are labelled in Chinese, and WeChat and Toutiao get a plain numbered list', () => {
    const m = modelOf('---\ntitle: 脚注\n---\n\n高血压很常见[^1]。\n\n[^1]: 中国高血压防治指南（2018年修订版）。\n');
    for (const p of ['wechat', 'zhihu', 'toutiao'] as const) {
      const html = render(m, p, 'article')[0]!.html!;
      expect(html).toContain('注释');
      expect(html).not.toMatch(/Footnotes|Back to reference/);
    }
    const wechat = render(m, 'wechat', 'article')[0]!.html!;
    expect(wechat).toMatch(/<sup[^>]*>\[1\]<\/sup>/);
    expect(wechat).not.toContain('href="#');
  });
});

describe('platform titles', () => {
  it('a shortened title keeps the topic; when no clause can, the variant gets an error asking for titles.<platform>', () => {
    const long = '进入11月，流感进入高发季，这些人群要尽快接种流感疫苗，别等到高峰';
    const m = modelOf(`---\ntitle: ${long}\ntags: [流感, 疫苗]\n---\n\n正文。\n`);
    for (const p of ['xiaohongshu', 'channels', 'toutiao'] as const) {
      const kind = PLATFORMS[p].kinds[0]!;
      const v = render(m, p, kind)[0]!;
      expect(v.title, p).toMatch(/流感/);
      expect(v.title).not.toBe('进入11月');
    }
    const live = render(m, 'channels', 'live-outline')[0]!;
    expect(live.title).not.toBe('直播');
    expect(live.title).toMatch(/流感/);

    const noTopic = modelOf('---\ntitle: 天冷了，早晚温差大，出门前记得多穿一件，别着凉了哦各位朋友们\ntags: [感冒]\n---\n\n正文。\n');
    const v = render(noTopic, 'xiaohongshu', 'carousel')[0]!;
    expect(v.warnings!.map((w) => w.code)).toContain('title.needs-override');
    const { variantFindings } = checkArticle(noTopic, [v]);
    expect(variantFindings[v.id]!.find((f) => f.rule === 'title.needs-override')).toMatchObject({ severity: 'error' });

    const fixed = modelOf('---\ntitle: 天冷了，早晚温差大，出门前记得多穿一件，别着凉了哦各位朋友们\ntags: [感冒]\ntitles:\n  xiaohongshu: 降温了，防感冒多穿一件\n---\n\n正文。\n');
    expect(render(fixed, 'xiaohongshu', 'carousel')[0]!.title).toBe('降温了，防感冒多穿一件');
  });
});

describe('short forms of takeaways', () => {
  it('never drop a threshold the advice depends on, nor leave a fragment', async () => {
    const { shorten } = await import('../../generator/model/recognise/takeaways.ts');
    // Without "≥480 μmol/L" this would tell every reader to start drugs.
    expect(shorten('痛风患者血尿酸≥480 μmol/L时，建议开始降尿酸药物治疗，并定期复查肝肾功能。')).toContain('480');
    expect(shorten('血脂达标且没有不良反应后，可以逐步改为每6～12个月复查一次，不必频繁抽血。')).toContain('达标');
    // A run that ends on its own subject ("…的") or starts leaning on the clause before ("更应…") is no short form.
    const fragment = shorten('尤其是有消化性溃疡、胃黏膜萎缩、胃癌家族史，或者需要长期服用阿司匹林等药物的人，更应主动治疗。');
    expect(fragment).not.toBe('更应主动治疗。');
    expect(shorten('单用他汀不能达标的，可以联合胆固醇吸收抑制剂（如依折麦布）和/或PCSK9抑制剂，请遵医嘱调整。')).not.toBe('单用他汀不能达标的。');
    // A condition ("戒不掉的时候，") is no place to stop.
    expect(condense('戒烟是治疗，不是硬扛；任何时候戒都不晚，减量不等于戒烟；药物加上专业指导，成功率更高；戒不掉的时候，去戒烟门诊找医生。')).not.toMatch(/时候。$/u);
    // An enumeration comma lists within a clause: "恶心" is not where a point starts.
    expect(shorten('如果同一房间多人同时出现头痛、恶心，要高度警惕一氧化碳中毒，马上开窗通风并离开。')).not.toMatch(/^恶心/);
    // Nor a subject whose predicate is cut off.
    expect(shorten('吸烟、高血压、血脂异常、糖尿病和缺乏运动，都是冠心病的危险因素。')).not.toBe('吸烟、高血压、血脂异常、糖尿病和缺乏运动。');
    // With no run that advises on its own, whole clauses from the start, not all 50 characters.
    expect(shorten('宜按时接种疫苗。流感季前接种流感疫苗，并在医生评估后接种肺炎球菌疫苗，可以减少呼吸道感染和急性加重的风险。')).toBe('宜按时接种疫苗。流感季前接种流感疫苗。');
  });

  it('drop an inline ordinal, and may stop before a purpose clause', async () => {
    const { shorten } = await import('../../generator/model/recognise/takeaways.ts');
    expect(shorten('第二，不要自己热敷肚子、揉肚子，也不要乱吃泻药，以免掩盖病情或加重病情。')).toBe('不要自己热敷肚子、揉肚子，也不要乱吃泻药。');
  });

  it('never drop who the advice is for', async () => {
    const { shorten } = await import('../../generator/model/recognise/takeaways.ts');
    // Without "轻度狭窄的人" this would tell every patient that no operation is needed.
    expect(shorten('大多数只是小斑块、轻度狭窄的人，不需要手术，定期复查就可以了。')).toMatch(/^大多数只是小斑块、轻度狭窄的人，不需要手术/u);
  });

  it('keep a scope ("对于…来说") with its advice, and stop before a clause that only adds', async () => {
    const { shorten } = await import('../../generator/model/recognise/takeaways.ts');
    // Without its scope the target would be everyone's.
    expect(shorten('对于已经做过支架手术的冠心病患者来说，低密度脂蛋白胆固醇要降到1.4 mmol/L以下。')).toMatch(/^对于已经做过支架手术的冠心病患者来说/u);
    // The instruction is whole before "并…" and "可以预防…"; the purpose clause alone is no advice.
    expect(shorten('新生儿出生后数天开始每天补充维生素D 400单位，并坚持到两岁以后，可以预防佝偻病的发生。')).toBe('新生儿出生后数天开始每天补充维生素D 400单位。');
    // A scope that cannot keep its advice within the breath is said whole, never alone.
    expect(shorten('对于长期卧床、吞咽功能已经明显减退的老年患者来说，每一口都要喂得慢一些。')).not.toBe('对于长期卧床、吞咽功能已经明显减退的老年患者来说。');
    // A sentence opened by its condition is never cut to the condition alone, nor to the action alone.
    const cpr = shorten('如果孩子叫不醒，没有呼吸，或者只有像叹气一样的呼吸，就要马上开始心肺复苏，同时让别人拨打120。');
    expect(cpr).toMatch(/^如果孩子叫不醒/u);
    expect(cpr).toMatch(/心肺复苏/u);
    // A clause that conditions the next ("…以上，疼痛…就会改善") does not end a short form.
    expect(shorten('对于超重的高血压患者，体重下降5公斤以上，收缩压往往就会有明显下降，用药也可能减少。')).not.toMatch(/以上。$/u);
    // A noun phrase, a condition without what it allows, an indirect question without its answer: none is said alone.
    expect(shorten('现在的疝气手术，不再以“孩子够不够大”为标准，而是看疝块是否反复出现。')).not.toBe('现在的疝气手术。');
    expect(shorten('只要血压控制平稳，心肺功能能耐受，年龄本身并不是拔牙的禁区。')).not.toBe('只要血压控制平稳，心肺功能能耐受。');
    expect(shorten('正在吃降糖药的，是否需要调整剂量，由医生评估，不要自己停药。')).not.toMatch(/是否需要调整剂量。$/u);
    // Said in a short script, "第二" may come with no first before it.
    expect(shorten('第二，家里的药品要放在孩子够不到的地方。')).toBe('家里的药品要放在孩子够不到的地方。');
    // "不要硬扯" alone tells the reader nothing: an explicit condition stays when it fits.
    expect(shorten('如果纱布和伤口粘在一起了，不要硬扯，可以先用生理盐水浸湿再慢慢揭下，实在揭不下来就去医院。')).toMatch(/^如果纱布和伤口粘在一起了，不要硬扯/u);
  });

  it('drop a lead-in, and read "以下" as a limit, not a condition', async () => {
    const { shorten } = await import('../../generator/model/recognise/takeaways.ts');
    expect(shorten('简单来说，痛风患者血尿酸应控制在360 μmol/L以下，出现痛风石的患者应控制在300 μmol/L以下。')).toBe('痛风患者血尿酸应控制在360 μmol/L以下。');
    expect(shorten('还有一点很多人不知道：已经确诊骨质疏松的患者，单纯补钙和维生素D是不够的。')).toBe('已经确诊骨质疏松的患者，单纯补钙和维生素D是不够的。');
  });

  it('advice words are read as words: 区别 is no 别, 主要 no 要; a key fact counts', async () => {
    const { adviceScore } = await import('../../generator/model/markers.ts');
    expect(adviceScore('两者确实容易混淆，但仔细分辨还是有区别的。')).toBeLessThan(0.5);
    expect(adviceScore('刷牙出血最常见的原因是牙龈炎。')).toBeGreaterThan(adviceScore('刷牙出血和牙龈有关系。'));
    expect(adviceScore('提倡分餐制、使用公筷公勺。')).toBeGreaterThanOrEqual(1);
    // An instruction that opens on its action, with no modal word (多出门…, 佩戴…).
    expect(adviceScore('多出门和老朋友聊天、下棋，学一样新东西。')).toBeGreaterThan(adviceScore('老朋友聊天、下棋，学一样新东西。'));
    // "就够了" prescribes an amount; it tells no story.
    expect(adviceScore('成年人一顿吃一两个就够了。')).toBeGreaterThan(adviceScore('成年人那天一顿吃了两个。'));
  });
});

describe('slide headings', () => {
  it('a list introduced by its own line is headed by that line, not by the section above it', () => {
    const m = modelOf(`---
title: 中风的识别与急救
tags: [中风]
---

## 学会识别中风

- 一侧面部麻木、口角歪斜，微笑时两侧不对称；
- 一侧手臂无力或麻木，两臂平举时一侧会不自主下垂。

温馨提示：在等待救护车的这段时间里，家属可以这样做——

- 让患者平躺或侧卧，松开衣领，有呕吐时把头偏向一侧；
- 不要喂水喂药，也不要掐人中，不要随意搬动或摇晃患者。
`);
    const slides = render(m, 'xiaohongshu', 'carousel')[0]!.slides!.filter((s) => s.role === 'point');
    const headingOf = (text: string) => slides.find((s) => s.text.includes(text))?.heading;
    expect(headingOf('让患者平躺或侧卧')).toBe('在等待救护车的这段时间里');
    expect(headingOf('口角歪斜')).toBe('学会识别中风');
  });
});

describe('myth truths', () => {
  it('take the unit’s bold or correcting sentence, not the story that leads up to it', () => {
    const m = modelOf(`---
title: 刷牙的误区
tags: [刷牙]
---

## 误区一：刷牙出血了，就别再刷那块地方了

不少人发现刷牙时泡沫里带血，于是那一片干脆轻轻带过。结果呢？出血往往越来越频繁。

**刷牙出血最常见的原因是牙龈炎。** 越不敢刷，炎症就越重。

## 误区二：孩子用含氟牙膏不安全

有家长担心孩子把牙膏咽下去。其实氟化物能增强牙釉质的抗酸能力，关键在于用量。
`);
    const truths = m.takeaways.filter((t) => t.myth).map((t) => t.text);
    expect(truths).toContain('刷牙出血最常见的原因是牙龈炎。');
    // Under 误区/真相 the correction is said without its own "其实".
    expect(truths.some((t) => t.startsWith('氟化物能增强牙釉质'))).toBe(true);
    expect(truths.some((t) => t.includes('出血往往越来越频繁'))).toBe(false);
  });
});

describe('mnemonics in scripts', () => {
  it('says every letter of a lettered list, in order, or none of them', () => {
    const m = modelOf(`---
title: 学会用BE FAST识别中风
tags: [中风]
---

## 学会用“BE FAST”识别中风

- **B（Balance，平衡）**：突然出现走路不稳、站立困难，或者头晕的同时行走不稳；
- **E（Eyes，眼睛）**：突然一只眼或双眼看东西模糊、视物重影或视野缺损；
- **F（Face，面部）**：一侧面部麻木、口角歪斜，微笑时两侧不对称；
- **A（Arm，手臂）**：一侧手臂无力或麻木，两臂平举时一侧会不自主下垂；
- **S（Speech，言语）**：说话含糊不清，或者听不懂别人说话。

## 平时怎么预防

**有高血压的人要遵医嘱规律服药、定期复查。** 同时戒烟限酒，饮食少盐少油。

出现上述任一症状，立即拨打120，并记下发病时间。
`);
    for (const v of render(m, 'douyin', 'video-script')) {
      const letters = (v.shots ?? []).filter((s) => s.role === 'point').map((s) => /^([A-Z])（/.exec(s.voiceOver)?.[1]).filter(Boolean).join('');
      expect(['', 'BEFAS'], `${v.targetSeconds} 秒：${letters}`).toContain(letters);
    }
    const sixty = render(m, 'douyin', 'video-script').find((v) => v.targetSeconds === 60)!;
    expect(sixty.shots!.map((s) => s.voiceOver).join('')).toContain('S（Speech，言语）：说话含糊不清');
  });

  it('a case story with more points than a minute holds keeps its mnemonic whole', () => {
    // Tuning article (a case story around BE FAST): the 60 s script once said B, F and S only.
    const m = modelOf(readFileSync(join(FIXTURES, 'natural/tune/stroke-case-befast.md'), 'utf8'));
    for (const v of render(m, 'douyin', 'video-script')) {
      const letters = (v.shots ?? []).filter((s) => s.role === 'point').map((s) => /^([A-Z])（/.exec(s.voiceOver)?.[1]).filter(Boolean).join('');
      expect(['', 'BEFAS'], `${v.targetSeconds} 秒：${letters}`).toContain(letters);
    }
  });
});

describe('interviews, answers and closing advice', () => {
  const INTERVIEW = `---
title: 体检报告上写着“颈动脉斑块”，要不要吃药？要不要手术？
tags: [颈动脉斑块]
---

【编者按】本期健康访谈，我们请来了神经内科沈建国主任。

**记者：沈主任，体检查出颈动脉斑块的人多吗？**

沈建国：非常多。40岁以上的人做颈动脉超声，查出斑块的比例相当高。

**记者：平时生活中要注意什么？**

沈建国：戒烟，控制好血压、血糖、血脂。**有斑块的人一般每6～12个月复查一次颈动脉超声。**

**记者：斑块到底意味着什么？**

沈建国：有斑块不等于马上会中风。
`;

  it('reads 记者 lines as questions and takes the interviewee name off the answers', () => {
    const m = modelOf(INTERVIEW);
    expect(m.faq.map((f) => f.question)).toContain('平时生活中要注意什么？');
    expect(m.faq.every((f) => !/^(?:记者|沈建国)：/u.test(f.question) && !f.answer.startsWith('沈建国'))).toBe(true);
    expect(m.takeaways.map((t) => t.text).join('')).not.toContain('沈建国：');
    // The bolded sentence is the answer's point.
    expect(m.takeaways.map((t) => t.text)).toContain('有斑块的人一般每6～12个月复查一次颈动脉超声。');
    // A body question that could open any video ("平时生活中要注意什么？") is no hook; one on the topic is.
    const script = render(m, 'douyin', 'video-script').find((v) => v.targetSeconds === 60)!;
    expect(script.shots![0]!.voiceOver).toBe('斑块到底意味着什么？');
    // The live Q&A gives each question its answer's point, the bolded sentence.
    const qa = render(m, 'douyin', 'live-outline')[0]!.runOfShow!.find((r) => r.kind === 'qa')!;
    expect(qa.notes.join('\n')).toContain('平时生活中要注意什么？ —— 要点：有斑块的人一般每6～12个月复查一次颈动脉超声');
  });

  it('a question heads its answer\'s slide by its asking clause, never a vocative, a tag or a believed myth', () => {
    const m = modelOf(INTERVIEW.replace('**记者：平时生活中要注意什么？**', '**记者：很多人觉得年纪大了长斑块很正常，不用管，对吗？**'));
    const headings = render(m, 'xiaohongshu', 'carousel')[0]!.slides!.filter((s) => s.role === 'point').map((s) => s.heading);
    expect(headings).toContain('体检查出颈动脉斑块的人多吗？');
    expect(headings.join('|')).not.toMatch(/沈主任|不用管|对吗|很多人觉得/u);
  });

  it('without headings, the safety advice is the passage that sends the reader to care, not the intro that names a clinic', () => {
    const m = modelOf(`---
title: 婴儿湿疹问答
tags: [湿疹]
---

婴儿湿疹是儿童皮肤科门诊最常见的问题之一，家长又急又心疼。

问：激素药膏能用吗？

答：这是家长最常见的顾虑。**激素药膏要按医生交代的部位、次数和疗程用**，也可以在医生指导下换用非激素类药膏。

问：什么情况要尽快带孩子去医院？

答：出现下面这些情况，请尽快就诊：

- 皮疹处渗液增多、出现黄色结痂；
- 突然冒出成簇的小水疱，伴发热。
`);
    expect(m.callToAction.text).toMatch(/^出现下面这些情况，请尽快就诊：/u);
    expect(m.callToAction.text).not.toContain('门诊');
    expect(m.callToAction.text).not.toContain('非激素类');
    expect(m.takeaways.map((t) => t.text)).not.toContain('这是家长最常见的顾虑。');
  });

  it('safety advice keeps what its words point to: the signs before "出现这些症状", the patients before "应在医生指导下"', () => {
    const m = modelOf(`---
title: 颈动脉斑块访谈
tags: [颈动脉斑块]
---

## 治疗

接诊医生立刻核对了药名和剂量，并进行了相应处理。

## 提醒

要认识中风的早期信号。如果突然出现一侧肢体无力、口角歪斜、说话含糊，也可能是短暂性脑缺血发作。**出现这些症状，请立即拨打120。**

## 饮食

痛风等患者的饮食有特殊要求，应在医生或临床营养师指导下个体化调整。
`);
    expect(m.callToAction.text).toContain('如果突然出现一侧肢体无力、口角歪斜、说话含糊，也可能是短暂性脑缺血发作。出现这些症状，请立即拨打120。');
    expect(m.callToAction.text).not.toContain('接诊医生');
  });

  it('a belief introduced as 一种说法 or followed by 是很多人的想法 is never a point, and the closing is not said twice', () => {
    const m = modelOf(`---
title: 吃头孢期间能喝酒吗
tags: [头孢]
---

## 用药期间

还有一种说法是“啤酒度数低，喝一点不要紧”。**少量饮酒也可能诱发反应。**

“停药第二天就能喝酒”，是很多人的想法，但药物代谢需要时间，停药后7天内都不要饮酒。

**误区一：腰痛就要绝对卧床休息**

真相：长时间卧床反而会让肌肉萎缩。症状缓解后应尽早恢复日常活动。如果出现大小便失禁、下肢无力，应立即就医。
`);
    const said = render(m, 'douyin', 'video-script').flatMap((v) => v.shots!.filter((s) => s.role === 'point').map((s) => s.voiceOver)).join('');
    const slides = render(m, 'xiaohongshu', 'carousel')[0]!.slides!.filter((s) => s.role === 'point').map((s) => s.text).join('');
    for (const text of [said, slides]) {
      expect(text).not.toContain('啤酒度数低，喝一点不要紧');
      expect(text).not.toContain('停药第二天就能喝酒');
    }
    expect(said).not.toContain('应立即就医');
    expect(said).not.toContain('真相：');
  });

  it('a live outline\'s data card keeps its sentence in order, so no span lands before an outcome the article never promised', () => {
    const m = modelOf(`---
title: 诺如病毒防治
tags: [诺如]
---

## 护理

- 少量多次补液，首选口服补液盐。
- 饭前便后用肥皂和流动水洗手。
- 呕吐物要用含氯消毒剂处理。
- 生病期间不要为家人做饭。
- 贝类海鲜要彻底煮熟再吃。
- 免洗洗手液不能代替洗手。

症状消失后72小时内仍有传染性。
`);
    const notes = render(m, 'douyin', 'live-outline')[0]!.runOfShow!.flatMap((r) => r.notes);
    const card = notes.find((n) => n.startsWith('出示数据'));
    expect(card).toBe('出示数据：症状消失后72小时内仍有传染性（突出“72小时”）');
    expect(checkArticle(m, render(m, 'douyin', 'live-outline'), { today: '2026-11-27' }).findings.filter((f) => f.severity === 'error' && f.rule.startsWith('guarantee'))).toEqual([]);
  });

  it('a closing list that cannot be said whole keeps its intro with its first items, never the intro alone', () => {
    const m = modelOf(`---
title: 烫伤急救
tags: [烫伤]
---

## 处理

- 立即用流动的凉水冲洗伤处15～30分钟。

## 什么时候去医院

出现以下情况，应立即拨打120或尽快到医院就诊：烫伤面积较大，超过伤者本人一个手掌大小；烫伤部位在面部、手、脚、会阴或关节处；创面发白、发黑、像皮革一样，或者摸上去反而不怎么疼，说明烫伤较深；吸入了热气或烟雾后声音嘶哑、咳嗽、呼吸困难；伤者是婴幼儿、老年人，或者有糖尿病等基础疾病。
`);
    const script = render(m, 'douyin', 'video-script').find((v) => v.targetSeconds === 60)!;
    const cta = script.shots!.at(-1)!.voiceOver;
    expect(cta).toMatch(/^出现以下情况，应立即拨打120或尽快到医院就诊：烫伤面积较大/u);
    expect((script.warnings ?? []).map((w) => w.code)).toContain('cut.cta');
  });

  it('a quoted doctor is said without the frame or a stray quotation mark, and plain prose yields its general truths', () => {
    const m = modelOf(`---
title: 乳腺增生要紧吗
---

单位体检报告一发下来，科室群里就有人开始紧张。

医生说：“普通的乳腺增生不会变成乳腺癌，大家不用背上思想包袱。”

我告诉她，外阴用清水清洗就可以，频繁用洗液冲洗反而会破坏局部正常的菌群。

陈先生半夜疼醒，在床上翻来覆去，还吐了两次。结石是很容易复发的，几年内再长一颗的可能性不小。
`);
    const texts = m.takeaways.map((t) => t.text);
    expect(texts.some((t) => t.startsWith('普通的乳腺增生不会变成乳腺癌'))).toBe(true);
    expect(texts.some((t) => t.startsWith('外阴用清水清洗就可以'))).toBe(true);
    expect(texts.some((t) => t.startsWith('结石是很容易复发的'))).toBe(true);
    for (const t of m.takeaways) {
      expect(t.text, t.text).not.toMatch(/^[“”]|医生说|我告诉她/u);
      expect((t.text.match(/“/gu) ?? []).length, t.text).toBe((t.text.match(/”/gu) ?? []).length);
    }
    // Narration about the patient is no takeaway.
    expect(texts.some((t) => t.includes('翻来覆去'))).toBe(false);
  });

  it('a closing intro that ends in "：" is said with the first signs of the paragraph after it, never alone', () => {
    const m = modelOf(`---
title: 乳腺增生要紧吗
tags: [乳腺]
---

## 自查

乳房自查可以每个月做一次。

## 就诊

最后，杜主任特别叮嘱，出现下面这些情况要尽快到乳腺外科就诊：

医生说：“摸到一个不随月经周期变化、质地比较硬、边界不清楚的肿块；乳房皮肤出现像橘子皮一样的小凹坑，或者局部皮肤凹陷；乳头新近出现内陷，或者挤出血性的液体；腋窝摸到肿大的淋巴结。有这些情况，别等体检，直接来看门诊。”
`);
    const script = render(m, 'douyin', 'video-script').find((v) => v.targetSeconds === 60)!;
    const cta = script.shots!.at(-1)!.voiceOver;
    expect(cta).toMatch(/出现下面这些情况要尽快到乳腺外科就诊：摸到一个/u);
    expect(cta).not.toMatch(/^有这些情况|叮嘱|“|”/u);
    expect((script.warnings ?? []).map((w) => w.code)).toContain('cut.cta');
  });

  it('in prose without headings, a question the paragraph asks is answered by its next real statement; a sentence that leans on the one before is no point', () => {
    const m = modelOf(`---
title: 孩子近视怎么办
---

每到寒暑假前后，眼科门诊就会排起长队，很多家长拿着通知单来。

家长问得最多的是：孩子是不是近视了？我把这些问题整理出来，一并回答。

那么，散瞳验光会不会伤眼睛？散瞳用的是常规药物，按医生要求使用是安全的。散瞳后几个小时里，孩子会怕光。

最有效的一条是户外活动。白天到户外去，每天累计2小时以上。已经近视的孩子，更要坚持。
`);
    const texts = m.takeaways.map((t) => t.text);
    expect(m.takeaways.find((t) => t.text.startsWith('散瞳用的是常规药物'))?.reason).toBe('answer');
    expect(texts.some((t) => t.includes('更要坚持'))).toBe(false);
  });

  it('prose without headings fills eight slides, but its short video says the clear advice first; live segments never repeat a paragraph', () => {
    const m = modelOf(`---
title: 肾结石
---

凌晨三点多，陈先生被妻子扶进了急诊室。

结石是很容易复发的，几年内再长一颗的可能性不小。石头大小和疼痛程度并不成正比。大多数小结石可以自己排出来。

预防结石最重要的一条就是多喝水，每天喝水2.5到3升左右，让每天的尿量达到2升以上。饮食上要少盐，每天不超过5克，腌制食品尽量少吃。少吃动物内脏、海鲜等高嘌呤食物，尽量不要喝酒。已经确诊结石的人，要定期复查超声。菠菜要先焯水再吃，避免草酸太多。不要因为不疼了就停止复查，一定要按医生约定的时间回来。
`);
    expect(m.takeaways.length).toBeGreaterThanOrEqual(8);
    const weak = m.takeaways.filter((t) => t.score < 2.9);
    expect(weak.length).toBeGreaterThan(0);
    const script = render(m, 'douyin', 'video-script').find((v) => v.targetSeconds === 60)!;
    const said = script.shots!.filter((s) => s.role === 'point').map((s) => s.voiceOver).join('');
    // The weaker points fill only the time the clear advice leaves: every clear point is said first.
    const strong = m.takeaways.filter((t) => t.score >= 2.9);
    for (const t of strong) expect(said, t.short).toContain(t.short.replace(/。$/u, ''));
    expect(said).toContain('预防结石最重要的一条就是多喝水');
    const live = render(m, 'douyin', 'live-outline')[0]!;
    const notes = live.runOfShow!.filter((r) => r.kind === 'segment').flatMap((r) => r.notes);
    expect(new Set(notes).size).toBe(notes.length);
    expect(live.runOfShow![0]!.notes.join('')).not.toMatch(/开场提问：[^？?]*$/u);
  });

  it('safety advice given because signs may mean an emergency joins the closing whole; signs listed before "这些情况要立即拨打120" are cut to the first that fit, never to one clause; an announcing sentence is no point', () => {
    const m = modelOf(`---
title: 醉酒急救
---

先说为什么醉酒会出人命。醉酒的人睡觉一定要侧卧，不要让他仰面平躺。

不过要提醒的是，右侧的剧烈腹痛也可能是阑尾炎、胆囊炎等急症，女性还要想到宫外孕，不能自己判断，应该去医院查清楚。

出现叫不醒、呼之不应，或者呼吸变慢、不规律、有打呼噜样的异常声音，口唇发紫、皮肤湿冷，抽搐，反复呕吐停不下来、吐出血或咖啡色的东西，头部有外伤，这些情况要立即拨打120。
`);
    expect(m.callToAction.text).toContain('右侧的剧烈腹痛也可能是阑尾炎、胆囊炎等急症');
    expect(m.takeaways.map((t) => t.text).join('')).not.toContain('先说为什么');
    const script = render(m, 'douyin', 'video-script').find((v) => v.targetSeconds === 15)!;
    const cta = script.shots!.at(-1)!.voiceOver;
    // At 15 s not even the first two signs fit: the action that points back at them is never said alone.
    expect(cta, cta).not.toMatch(/^这些情况/u);
    const at60 = render(m, 'douyin', 'video-script').find((v) => v.targetSeconds === 60)!.shots!.at(-1)!.voiceOver;
    expect(at60, at60).toMatch(/^出现叫不醒、呼之不应，.*抽搐，这些情况要立即拨打120。/u);
    // The warning names that sentence as said in part, not as left out.
    const warned = render(m, 'douyin', 'video-script').find((v) => v.targetSeconds === 60)!.warnings!.find((w) => w.code === 'cut.cta')!.message;
    expect(warned).toMatch(/“出现叫不醒…”只说了一部分/u);
    expect(warned).not.toMatch(/省略了：[^“]*出现叫不醒/u);
    expect((script.warnings ?? []).map((w) => w.code)).toContain('cut.cta');
  });

  it('a point drops the writer\'s own count ("第二件事，是…"), which would not match the carousel\'s numbering', () => {
    const m = modelOf(`---
title: 醉酒急救
---

急诊科的夜班，最怕的不是喝醉的人。

醉酒的人睡觉一定要侧卧，不要让他仰面平躺。第二件事，是不能把他一个人留下，要一直有清醒的人守着。
`);
    const texts = m.takeaways.map((t) => t.text);
    expect(texts.some((t) => t.startsWith('不能把他一个人留下'))).toBe(true);
    expect(texts.join('')).not.toContain('第二件事');
  });

  it('a hook never says half of the title\'s contrast, nor only its season', () => {
    const hookOf = (title: string) => {
      const m = modelOf(`---
title: ${title}
---

醉酒的人睡觉一定要侧卧，不要让他仰面平躺。
`);
      return render(m, 'douyin', 'video-script').find((v) => v.targetSeconds === 60)!.shots![0]!.voiceOver;
    };
    expect(hookOf('急诊科的夜班，最怕的不是喝醉的人，而是把他扔下就走的人')).toBe('最怕的不是喝醉的人，而是把他扔下就走的人。');
    expect(hookOf('秋冬季节，孩子咳嗽久不好要留心支原体感染')).toBe('孩子咳嗽久不好要留心支原体感染。');
    // A topic alone says nothing; with what the article offers about it, it is the writer's hook.
    expect(hookOf('戴隐形眼镜，这六步一步都不能省')).toBe('戴隐形眼镜，这六步一步都不能省。');
  });

  it('a hook asks the question without who asked it, and is never an instruction taken out of its context', () => {
    const asked = modelOf(`---\ntitle: 孩子视力下降了，家长最常问的几个问题\n---\n\n也有家长问，近视能不能治好？目前真性近视是不能治愈的。\n\n每天户外活动2小时以上。\n`);
    expect(render(asked, 'douyin', 'video-script')[0]!.shots![0]!.voiceOver).toBe('近视能不能治好？');
    const burns = modelOf(`---\ntitle: 春节放烟花爆竹，这份平安提示请收好，平安过大年\n---\n\n## 烧伤\n\n烧伤烫伤，先冲冷水。用流动的冷水冲15～20分钟。\n`);
    expect(render(burns, 'douyin', 'video-script')[0]!.shots![0]!.voiceOver).not.toContain('15～20分钟');
  });

  it('a point does not open on "我跟她解释，"; a live segment without a name gets a prompt that needs none', () => {
    const m = modelOf(`---
title: 尿路感染
---

周二上午的门诊快结束时，进来一位三十出头的女士。

我跟她解释，偶尔一次、症状典型的膀胱炎，医生看过之后往往可以直接用药。可像她这样一年反复好几次的，最好做尿培养，再选药。

但有斑块不等于马上会中风，定期复查颈动脉超声就可以。平时每天喝水1500到2000毫升左右，有尿意就及时去排，不要憋尿。抗菌药要在医生指导下使用，按医生交代的疗程吃完，不要症状一好转就自己停药。
`);
    const texts = m.takeaways.map((t) => t.text);
    expect(texts.some((t) => t.startsWith('偶尔一次、症状典型的膀胱炎'))).toBe(true);
    for (const t of texts) expect(t, t).not.toMatch(/^我跟她解释/u);
    const live = render(m, 'douyin', 'live-outline')[0]!;
    for (const r of live.runOfShow!.filter((x) => x.kind === 'interaction')) expect(r.notes.join(''), r.notes.join('')).not.toMatch(/要点（\d+）/u);
  });

  it('a condition with 了 ("如果患者恢复了正常呼吸…") is hypothetical advice, not narration, and joins the safety advice', () => {
    const m = modelOf(`---
title: 心肺复苏
---

## 步骤

1. 用力按压胸部中央，每分钟100到120次。
2. 按压深度5到6厘米。

## 之后

如果患者恢复了正常呼吸但仍然没有清醒，可以把他翻成侧卧位，保持气道通畅，持续观察，等待急救人员到达。

发现有人倒地，立即拨打120。
`);
    expect(m.callToAction.text).toContain('如果患者恢复了正常呼吸但仍然没有清醒');
  });

  it('a belief told in prose and corrected by the next sentence ("很多家属…第一反应是…。其实…") is a myth, never a point, and a 温馨提示 section is read as body', () => {
    const m = modelOf(`---
title: 卧床老人防压疮
---

## 翻身

每2小时给老人翻一次身，侧卧时身体和床面大约成30°。

## 温馨提示

很多家属看到皮肤发红，第一反应是使劲揉一揉，觉得能“活血”。其实受压发红的部位不要按摩，越揉损伤越重。老人的床单要平整干燥，有大小便失禁的，及时清洗。

如果发现皮肤出现水疱、破皮，或者老人出现发热，请尽快到医院伤口门诊就诊。
`);
    expect(m.myths.map((x) => x.myth.text)).toContain('很多家属看到皮肤发红，第一反应是使劲揉一揉，觉得能“活血”');
    expect(m.myths.find((x) => x.myth.text.includes('揉一揉'))!.truth.text).toBe('受压发红的部位不要按摩，越揉损伤越重。');
    for (const t of m.takeaways.filter((x) => !x.myth)) expect(t.text, t.text).not.toContain('第一反应');
    // The care line is the call to action; the belief and the daily care are not.
    expect(m.callToAction.text).toBe('如果发现皮肤出现水疱、破皮，或者老人出现发热，请尽快到医院伤口门诊就诊。');
    // A "其实" that moves on to another subject corrects nothing.
    const other = modelOf(`---
title: 崴脚
---

很多人崴了脚的第一反应是使劲揉一揉，结果第二天肿得像馒头。其实，受伤后头两三天的处理，直接关系到恢复快慢。
`);
    expect(other.myths).toEqual([]);
  });

  it('a saying named and answered in one sentence ("至于“肠镜伤肠子”的说法，…") is a myth with its answer', () => {
    const m = modelOf(`---
title: 肠镜
---

一次肠镜结果正常，一般可以间隔5～10年再查。至于“肠镜伤肠子”的说法，规范操作下出现严重并发症的风险是很低的。
`);
    expect(m.myths.map((x) => [x.myth.text, x.truth.text])).toContainEqual(['肠镜伤肠子', '规范操作下出现严重并发症的风险是很低的。']);
  });

  it('a rumour\'s truth is the opening that denies it in its own words, not a later aside', () => {
    const m = modelOf(`---
title: 献血谣言
---

谣言一：献血会上瘾，献了一次就得一直献。

真相：献血不会让人产生生理上的依赖。献血的过程不涉及任何成瘾性物质，献完以后身体按自己的节奏把血液补回来。有人坚持每年都献，是因为帮助了别人、心里踏实，这是一种习惯和责任感，跟“上瘾”是两回事。
`);
    expect(m.myths[0]!.truth.text).toBe('献血不会让人产生生理上的依赖。');
  });

  it('a short form never stops before the clause that denies what it names, and "挥不了手" tells no event', () => {
    expect(shorten('影视剧里大声喊“救命”、拼命扑腾的画面，常常不是真实的样子。')).not.toBe('影视剧里大声喊“救命”、拼命扑腾的画面。');
    const m = modelOf(`---
title: 防溺水
---

## 溺水往往是安静的

🔹 **没有呼救声**：真正溺水的人，嘴巴在水面上下沉浮，忙着吸气，根本喊不出来，也挥不了手。影视剧里大声喊“救命”、拼命扑腾的画面，常常不是真实的样子。
`);
    expect(m.takeaways.map((t) => t.text).join('')).toContain('真正溺水的人');
  });

  it('a live stream\'s greeting and the reply to it are no point; a question about when to go to hospital brings its counted signs into the safety advice', () => {
    const m = modelOf(`---
title: 新生儿黄疸直播
---

主持人：各位宝爸宝妈晚上好，欢迎来到健康直播间。许医生，跟大家打个招呼吧。

许医生：大家好。嗯，黄疸这个话题啊，我们科室每天问得最多的就是它，今天咱们就掰开了说。

网友提问：宝宝脸有点黄，真的不用管吗？

许医生：这个呢，先别慌。大部分足月宝宝出生后两三天都会出现黄疸，两周左右就退干净了。但是“正常”不等于“不用管”，你得每天看，看它是越来越重还是在往下退。

主持人：那什么情况下，家长要赶紧带孩子去医院？

许医生：这个请大家一定记下来。第一，出生24小时之内就出现黄疸；第二，黄得特别快，或者黄到手心脚心；第三，足月宝宝两周以上还没退。
`);
    const texts = m.takeaways.map((t) => t.text);
    for (const t of texts) expect(t, t).not.toMatch(/掰开了说|^这个呢|先别慌/u);
    expect(m.callToAction.own).toBe(true);
    expect(m.callToAction.text).toContain('什么情况下，家长要赶紧带孩子去医院？出生24小时之内就出现黄疸；黄得特别快');
  });

  it('bold bullet lines one after another ("🔹 **不私自下水游泳**") are items, not empty headings; a closing wish is no point', () => {
    const m = modelOf(`---
title: 防溺水
---

### 孩子要记住“六不”

🔹 **不私自下水游泳**

🔹 **不擅自与他人结伴游泳**

🔹 **不到不熟悉的水域游泳**

### 家长要做到

🔹 **看护不走神**：带孩子玩水时放下手机，眼睛一直盯着孩子。

💙 愿每个孩子都有一个平安快乐的暑假！
`);
    const texts = m.takeaways.map((t) => t.text);
    expect(texts).toContain('不私自下水游泳');
    expect(texts).toContain('不到不熟悉的水域游泳');
    for (const t of texts) expect(t, t).not.toMatch(/^愿每个孩子/u);
  });

  it('a Weibo line keeps its short order ("千万别挤！") and loses its whole 【label】; a hook does not say "#…#"', () => {
    const m = modelOf(`---
title: 长了针眼别乱挤！#麦粒肿# 正确处理看这条
---

【在家怎么处理】
✅热敷：用干净毛巾热敷，每次10～15分钟，每天3～4次
❌千万别挤！眼睑的血管和眼眶、颅内相通，硬挤可能让感染扩散

【这些情况尽快去医院】
▪️伴有发烧、头痛
▪️视力下降

【一句话总结】热敷、别挤、别揉，重了就看医生。
`);
    expect(m.takeaways.map((t) => t.text).join('\n')).toContain('千万别挤！眼睑的血管和眼眶、颅内相通');
    expect(m.callToAction.text).toContain('热敷、别挤、别揉，重了就看医生。');
    expect(m.callToAction.text).not.toContain('】');
    const script = render(m, 'bilibili', 'video-script')[0]!;
    expect(script.shots![0]!.voiceOver).not.toContain('#');
  });

  it('a sentence is not condensed to what follows its turn when that has no subject ("…，其实是一种疏远")', () => {
    const m = modelOf(`---
title: 更年期
---

家人的理解也是一剂良药。更年期的情绪波动，很多时候连女性自己都控制不住，丈夫和孩子的一句“你这是更年期，别跟她计较”，听起来是体谅，其实是一种疏远。多问一句“是不是又没睡好”，陪她去一趟医院，比什么都强。
`);
    for (const t of m.takeaways) expect(t.text, t.text).not.toMatch(/^是一种疏远/u);
    expect(condense('更年期的情绪波动，很多时候连女性自己都控制不住，丈夫和孩子的一句“你这是更年期，别跟她计较”，听起来是体谅，其实是一种疏远。')).not.toBe('是一种疏远。');
  });

  it('a case story\'s narration about the patient ("把她推进手术室") is no point; her question ("要是早点来医院…？") is no safety advice; "所以，唐主任特别提醒：" is not said', () => {
    const m = modelOf(`---
title: 宫外孕
---

晚上11点多，29岁的林女士（化名）被丈夫送进急诊。妇科医生立刻把她推进手术室，腹腔镜下看到左侧输卵管已经破裂。

所以，唐主任特别提醒：验孕阳性以后不要等，尽早到医院就诊，一般在停经6周左右做B超。

停经以后出现剧烈腹痛，一定不要在家观察，要立即拨打120。出院前，她拉着医生说：“要是早点来医院，是不是就不用遭这个罪了？”
`);
    const texts = m.takeaways.map((t) => t.text);
    for (const t of texts) expect(t, t).not.toMatch(/推进手术室|唐主任特别提醒/u);
    expect(texts.some((t) => t.startsWith('验孕阳性以后不要等'))).toBe(true);
    expect(m.callToAction.text).toContain('要立即拨打120');
    expect(m.callToAction.text).not.toContain('要是早点来医院');
  });

  it('a belief put to the doctor in a question ("很多患者听说“药越晚吃越好”，这种说法对吗？") is a myth, its answer the truth', () => {
    const m = modelOf(`---
title: 帕金森访谈
---

记者：很多患者听说“药越晚吃越好，早吃了以后就没药可用了”，这种说法对吗？

周主任：这是门诊里最常见的误解。现在的观点是，症状已经影响到工作和生活了，就应该及时开始治疗，没必要硬扛。

记者：平时要注意什么？

周主任：按时按量吃药，不要自己随意加量、减量，更不能突然停药。
`);
    expect(m.myths.map((x) => [x.myth.text, x.truth.text])).toContainEqual(['药越晚吃越好，早吃了以后就没药可用了', '现在的观点是，症状已经影响到工作和生活了，就应该及时开始治疗，没必要硬扛。']);
    const slides = render(m, 'xiaohongshu', 'carousel')[0]!.slides!;
    const mythSlide = slides.find((x) => x.role === 'point' && x.text.includes('药越晚吃越好'))!;
    expect(mythSlide.text).toContain('误区');
  });

  it('a part\'s numbered title ("## 三、治疗：对因治疗，别乱用药", "## 四、这些情况要尽快就医") is no point of its own', () => {
    const m = modelOf(`---
title: 咳嗽指南解读
---

## 三、治疗：对因治疗，别乱用药

要点五：不建议对普通感冒和感冒后咳嗽使用抗菌药物。

## 四、这些情况要尽快就医

咳嗽的同时出现咯血、胸痛、呼吸困难，都要尽快到医院就诊。

## 5. 每天要开窗通风30分钟

冬天也一样。
`);
    const texts = m.takeaways.map((t) => t.text);
    for (const t of texts) expect(t, t).not.toMatch(/^(?:治疗：对因治疗|这些情况要尽快就医)/u);
    expect(texts).toContain('每天要开窗通风30分钟');
  });

  it('a rumour\'s truth keeps its point when long ("…一次献血200～400毫升，只占全身血量的5%～10%左右"): a myth slide has a detail\'s room', () => {
    const m = modelOf(`---
title: 献血谣言
---

谣言二：献血伤元气，献完会贫血，抵抗力也会下降。

真相：一个健康成年人全身的血量大约占体重的7%～8%，一次献血200～400毫升，只占全身血量的5%～10%左右。献血后，储存在身体里的血液很快会补充到循环中，血容量一两天就能恢复，红细胞也会在几周内补足。
`);
    const point = m.takeaways.find((t) => t.myth)!;
    expect(point.text).toContain('只占全身血量的5%～10%左右');
  });

  it('a short question on its own line, answered by "医生说：“…”", is a question and answer; the answer\'s reassurance is not its point', () => {
    const m = modelOf(`---
title: 乳腺增生
---

单位体检报告一发下来，科室群里就有人开始紧张。

那会不会慢慢变成乳腺癌？

医生说：“普通的乳腺增生不会变成乳腺癌，大家不用因为这几个字背上思想包袱。”
`);
    expect(m.faq.map((q) => q.question)).toContain('那会不会慢慢变成乳腺癌？');
    const answer = m.takeaways.find((t) => t.reason === 'answer')!;
    expect(answer.short).toBe('普通的乳腺增生不会变成乳腺癌。');
  });

  it('"记者问：" is a question label like "记者："; a slide is never headed by a bare tag question ("是真的吗？")', () => {
    const m = modelOf(`---
title: 前列腺增生访谈
---

记者问：前列腺增生是一种什么病？

王主任：前列腺增生是中老年男性常见的良性疾病，症状轻的可以先观察。

记者问：有人说前列腺增生时间长了会癌变，是真的吗？

王主任：前列腺增生是良性病变，本身不会转变成前列腺癌，但两者可以同时存在，要定期检查。
`);
    expect(m.faq.map((q) => q.question)).toContain('前列腺增生是一种什么病？');
    const slides = render(m, 'xiaohongshu', 'carousel')[0]!.slides!;
    for (const x of slides) expect(x.heading ?? '', x.heading).not.toMatch(/^(?:记者问|是真的吗)/u);
  });

  it('a sentence announcing the cases that follow ("最后，有几种情况不要拿“更年期”来解释。") is no point', () => {
    const m = modelOf(`---
title: 更年期
---

更年期是每位女性都会经历的阶段，它不应该只靠熬，而值得被好好管理。最后，有几种情况不要拿“更年期”来解释。绝经一年以上又出现阴道出血，哪怕只有一点点，都要尽快到妇科就诊。
`);
    for (const t of m.takeaways) expect(t.text, t.text).not.toMatch(/有几种情况/u);
  });

  it('a host\'s thanks ("感谢周主任！") does not head the slide of the prompt that follows it', () => {
    const m = modelOf(`---
title: 手足口病直播
---

主持人：孩子得了手足口病要吃什么特效药吗？

周主任：目前没有针对手足口病的特效抗病毒药，抗生素没用，不要乱用。

主持人：感谢周主任！最后请您给家长们一句话总结。

周主任：勤洗手、打疫苗、早识别重症信号。
`);
    const slides = render(m, 'xiaohongshu', 'carousel')[0]!.slides!;
    for (const x of slides) expect(x.heading ?? '', x.heading).not.toMatch(/感谢/u);
  });
});

describe('myths as real accounts write them', () => {
  const mythsOf = (md: string) => modelOf(md).myths.map((x) => [x.myth.text, x.truth.text]);

  it('reads 【误区】/【正解】 lines, "有人说，" and "网传：" headings, and "说法3：…？错！…" as myths with their truths', () => {
    const got = mythsOf(`---
title: 感冒的几个说法
---

## 有人说，感冒要吃抗生素才好得快

其实，大多数感冒由病毒引起，抗生素对病毒无效，滥用还会带来耐药。

## 网传：喝板蓝根能预防流感

真相是：目前没有可靠证据表明板蓝根能预防流感。

## 输液

【误区】输液比吃药好得快
【正解】能口服就不注射，输液并不会让感冒好得更快。

说法3：血压越低越好？错！血压降得过低，会出现头晕、乏力。
`);
    expect(got).toContainEqual(['感冒要吃抗生素才好得快', '大多数感冒由病毒引起，抗生素对病毒无效，滥用还会带来耐药。']);
    expect(got).toContainEqual(['喝板蓝根能预防流感', '目前没有可靠证据表明板蓝根能预防流感。']);
    expect(got.find(([m]) => m === '输液比吃药好得快')?.[1]).toMatch(/^能口服就不注射/u);
    expect(got).toContainEqual(['血压越低越好', '血压降得过低，会出现头晕、乏力。']);
  });

  it('reads a 误区 | 真相 table row by row, and a judged saying ("这句话只对了一半") or "…，这是不对的，…" in prose', () => {
    const m = modelOf(`---
title: 降压药
---

| 误区 | 真相 |
| --- | --- |
| 血压正常了就可以停药 | 高血压需要长期服药，擅自停药会让血压反弹 |
| 没有症状就不用吃药 | 很多人血压高却没感觉，危害照样存在 |

“是药三分毒，降压药能不吃就不吃”——这句话只对了一半。长期不控制血压，心脑肾的损害远比药物副作用大。

很多人以为吃了降压药就可以随便吃咸的，这是不对的，控盐仍然是治疗的基础。
`);
    const got = m.myths.map((x) => [x.myth.text, x.truth.text]);
    expect(got).toContainEqual(['血压正常了就可以停药', '高血压需要长期服药，擅自停药会让血压反弹']);
    expect(got).toContainEqual(['没有症状就不用吃药', '很多人血压高却没感觉，危害照样存在']);
    expect(got).toContainEqual(['是药三分毒，降压药能不吃就不吃', '长期不控制血压，心脑肾的损害远比药物副作用大。']);
    expect(got).toContainEqual(['吃了降压药就可以随便吃咸的', '控盐仍然是治疗的基础。']);
    // The table's truths are takeaways with their myths, from the cell's own line.
    const fromTable = m.takeaways.find((t) => t.myth?.text === '血压正常了就可以停药');
    expect(fromTable?.position.line).toBe(7);
    // No slide shows a belief unmarked.
    const slides = render(m, 'xiaohongshu', 'carousel')[0]!.slides!.filter((x) => x.role === 'point');
    for (const x of slides) if (/随便吃咸的|就可以停药/u.test(x.text)) expect(x.text).toMatch(/误区/u);
  });

  it('keeps "【一句话总结】" as decoration and "说法不一" as plain prose', () => {
    const m = modelOf(`---
title: 麦粒肿
---

【一句话总结】热敷、别挤、勤洗手，三天不好去眼科。

关于热敷的时间说法不一，一般每次10～15分钟、每天3～4次就可以。
`);
    expect(m.myths).toEqual([]);
    expect(m.takeaways.map((t) => t.text).join('')).toMatch(/热敷、别挤、勤洗手/u);
  });
  it('reads a belief told to the doctor, a quoted saying set off then judged, a judged saying in prose and "01 | 传言：" lines', () => {
    const m = modelOf(`---
title: 心衰与戒烟
---

## 心衰

记者：很多人一听“心衰”，觉得心衰就是心脏累了、老了。

李卫华：心衰是心脏泵血的能力下降了。**心衰是一种需要长期管理的慢性病**，要天天管。

## 戒烟

> “戒烟全靠意志力，药物都是智商税。”

这种想法让很多人在戒烟路上走了弯路。**单靠意志力戒烟，成功率很低**；把行为干预和药物结合起来，成功率可以明显提高。所以，“戒烟要靠意志力”——这句话只对了一半：决心是前提，方法才是关键。

## 牛奶

**02 | 传言：空腹不能喝牛奶**

对大多数人来说，空腹喝牛奶并没有问题。有些人喝完肚子胀，可以**少量多次喝，或者换成酸奶**。
`);
    const got = m.myths.map((x) => [x.myth.text, x.truth.text]);
    expect(got).toContainEqual(['心衰就是心脏累了、老了', '心衰是一种需要长期管理的慢性病']);
    expect(got).toContainEqual(['戒烟全靠意志力，药物都是智商税', '单靠意志力戒烟，成功率很低；']);
    expect(got.map(([x]) => x)).toContain('空腹不能喝牛奶');
    // The saying a sentence judges is never said as a point.
    for (const t of m.takeaways.filter((x) => !x.myth)) expect(t.text, t.text).not.toMatch(/要靠意志力|累了、老了/u);
  });
  it('reads transcripts that give both the letter and the speaker ("A：周医生："), summaries ("总结一下：") and a belief with a comma refuted after a colon', () => {
    const m = modelOf(`---
title: 腹泻与抽筋
---

Q：网友“豆豆妈”：孩子两岁，一天拉了六七次稀水样便，要不要马上吃止泻药？

A：周医生：先别急着止泻。孩子拉肚子最怕的不是拉，是脱水。口服补液盐是预防和纠正轻中度脱水的首选。

借这个季节，跟家长们聊聊该注意些什么。

总结一下：拉肚子先补液，照常吃饭不挨饿，止泻药、抗生素别自己用。

很多人以为老了腿抽筋是正常现象，忍忍就过去了，这是不对的：找准原因，大多数抽筋是可以减少的。
`);
    const texts = m.takeaways.map((t) => t.text);
    for (const t of texts) expect(t, t).not.toMatch(/^(?:周医生|总结一下)|聊聊/u);
    expect(texts).toContain('孩子拉肚子最怕的不是拉，是脱水。');
    expect(m.myths.map((x) => [x.myth.text, x.truth.text])).toContainEqual(['老了腿抽筋是正常现象，忍忍就过去了', '找准原因，大多数抽筋是可以减少的。']);
  });
  it('brings a self-test\'s see-a-doctor band and "送到…医院" / "拨打110或120" / "到…科查一查" into the safety advice; Xiaohongshu gives it up to three slides, Weibo two', () => {
    const m = modelOf(`---
title: 静脉曲张自测
---

## 自测

1. 每天站立或者久坐超过6小时
2. 父母中有人得过静脉曲张

结果怎么看：

- 0～1个“是”：风险较低，保持好习惯即可。
- 4个及以上：建议到血管外科门诊就诊，做一个下肢静脉彩超。

## 护腿

晚上睡前把腿抬高15～20分钟。孩子突然叫他没反应，家长也要带他到耳鼻喉科查一查听力。

> 提醒：曲张的血管如果被碰破出血，要立刻平躺、把腿抬高，用干净的纱布或毛巾直接按住出血处，然后尽快去医院。如果一侧腿突然明显肿胀、疼痛，要警惕深静脉血栓，尽快就医；一旦同时出现胸痛、呼吸困难，马上拨打120。眼睛被炸伤，用干净的纸杯轻轻罩住，尽快送到有眼科的医院。
`);
    const advice = m.callToAction.text;
    expect(advice).toContain('4个及以上：建议到血管外科门诊就诊');
    expect(advice).toContain('到耳鼻喉科查一查听力');
    expect(advice).not.toContain('风险较低');
    const closing = (p: 'xiaohongshu' | 'weibo') => render(m, p, 'carousel')[0]!.slides!.filter((s) => s.role === 'closing').length;
    expect(closing('xiaohongshu')).toBeLessThanOrEqual(3);
    expect(closing('weibo')).toBeLessThanOrEqual(2);
    const said = render(m, 'xiaohongshu', 'carousel')[0]!.slides!.filter((s) => s.role === 'closing').map((s) => s.text).join('');
    expect(said).toContain('尽快送到有眼科的医院');
  });
  it('never shows a wrong practice as a point: "这些做法都是错的：" lists, "（×）" marks, "有的家长会…，这样做是不可取的" and a belief judged in the next sentence', () => {
    const m = modelOf(`---
title: 孩子发烧的护理
---

## 这些做法都是错的：

- 给孩子捂汗，出一身汗烧就退了
- 用酒精给孩子擦身降温

## 正确做法

饭后马上洗澡（×）

饭后休息半小时再洗澡（√）

有的家长会给孩子灌大量的水，这样做是不可取的，孩子少量多次喝水就行。

不少老人认为发烧会烧坏脑子。但这种说法是错误的。发烧本身不会烧坏大脑，真正需要警惕的是引起发烧的疾病。
`);
    const got = m.myths.map((x) => [x.myth.text, x.truth.text]);
    expect(got).toContainEqual(['饭后马上洗澡', '饭后休息半小时再洗澡']);
    expect(got).toContainEqual(['给孩子灌大量的水', '孩子少量多次喝水就行。']);
    expect(got.find(([x]) => x?.includes('发烧会烧坏脑子'))?.[1]).toBe('发烧本身不会烧坏大脑，真正需要警惕的是引起发烧的疾病。');
    for (const t of m.takeaways.filter((x) => !x.myth)) expect(t.text, t.text).not.toMatch(/捂汗|酒精|饭后马上洗澡|灌大量的水|烧坏脑子/u);
  });
  it('answers a myth from its own line ("**误区：X。**Y", "传言：X。真相：Y。", "- 误区：X。正解：Y。"), and reads "X，这是一个误区。", "“X”？这是一个常见误区。", "01｜说法：" and "❌ 错误：/✔️ 正确："', () => {
    const m = modelOf(`---
title: 补钙那些事
---

## 补钙

**误区：多喝骨头汤能补钙。**骨头汤里的钙含量很低，补钙应该多喝牛奶。

传言：钙片吃得越多越好。真相：钙摄入过量可能增加肾结石风险，成人每天补钙一般不超过1000毫克。

晒太阳隔着玻璃也能补充维生素D，这是一个误区。紫外线大部分被玻璃挡住了，晒太阳要到户外。

- 误区：年轻人不用补钙。正解：30岁前是骨量积累的关键期，年轻时就要注意补钙和运动。

“人老了骨头脆是正常的，没办法”？这是一个常见误区。骨质疏松可以预防，也可以治疗。

02｜说法：经常洗头会加重脱发

解读：洗头掉的是本来就要掉的头发，油性头皮可以每天洗。

❌ 错误：黑芝麻吃得越多，头发越黑

✔️ 正确：白发和遗传、年龄有关，饮食只能起到辅助作用。
`);
    const got = m.myths.map((x) => [x.myth.text.replace(/。$/u, ''), x.truth.text]);
    expect(got).toContainEqual(['多喝骨头汤能补钙', '骨头汤里的钙含量很低，补钙应该多喝牛奶。']);
    expect(got).toContainEqual(['钙片吃得越多越好', '钙摄入过量可能增加肾结石风险，成人每天补钙一般不超过1000毫克。']);
    expect(got).toContainEqual(['晒太阳隔着玻璃也能补充维生素D', '紫外线大部分被玻璃挡住了，晒太阳要到户外。']);
    expect(got).toContainEqual(['年轻人不用补钙', '30岁前是骨量积累的关键期，年轻时就要注意补钙和运动。']);
    expect(got).toContainEqual(['人老了骨头脆是正常的，没办法', '骨质疏松可以预防，也可以治疗。']);
    expect(got).toContainEqual(['经常洗头会加重脱发', '洗头掉的是本来就要掉的头发，油性头皮可以每天洗。']);
    expect(got).toContainEqual(['黑芝麻吃得越多，头发越黑', '白发和遗传、年龄有关，饮食只能起到辅助作用。']);
  });
  it('reads an unquoted belief put to the doctor ("网友问：听说X，是真的吗？" / "医生：不完全是。…") and "🙅 …" lines as myths', () => {
    const m = modelOf(`---
title: 血脂问答
---

网友问：听说吃素就能把血脂降下来，是真的吗？

医生：不完全是。身体自己也会合成胆固醇，有的人吃素血脂照样高，该吃药还得吃药。

网友问：有人说血脂高了喝醋能软化血管，这个说法对吗？

医生：没有科学依据。醋不能软化血管，控制血脂要靠饮食、运动和药物。

🙅 血脂正常了就停药

⭕ 血脂达标后也要坚持服药，停药要听医生的。
`);
    const got = m.myths.map((x) => [x.myth.text, x.truth.text]);
    expect(got.map(([x]) => x)).toEqual(['吃素就能把血脂降下来', '血脂高了喝醋能软化血管', '血脂正常了就停药']);
    expect(got[1]![1]).toBe('醋不能软化血管，控制血脂要靠饮食、运动和药物。');
    for (const t of m.takeaways.filter((x) => !x.myth)) expect(t.text, t.text).not.toMatch(/就停药$|就停药。/u);
  });
  it('reads "## 这几种情况，要赶紧打120" over its list as the safety advice, with its heading as the list\'s intro, and keeps the urgent advice after it', () => {
    const m = modelOf(`---
title: 老人跌倒怎么办
---

## 跌倒后先别急着扶

老人跌倒后，先看看他意识清不清楚，能不能说话。不要急着把老人拉起来。

## 这几种情况，要赶紧打120

1. 叫不醒或者说话含糊不清；
2. 头部着地，出现呕吐、剧烈头痛；

## 预防跌倒

家里地面保持干燥，浴室装扶手。

如有以下症状之一，请及时到医院就诊：①跌倒后几天出现头痛加重；②走路越来越不稳。
`);
    expect(m.callToAction.text).toBe('这几种情况，要赶紧打120：叫不醒或者说话含糊不清；头部着地，出现呕吐、剧烈头痛。如有以下症状之一，请及时到医院就诊：①跌倒后几天出现头痛加重；②走路越来越不稳。');
  });
  it('takes a bare category\'s sub-items as points under its name, and a "**Tips：**" sentence as a marked point without its label', () => {
    const m = modelOf(`---
title: 家庭小药箱
---

## 家里该备什么药

一般家庭备这几类就够了：

- 常用内服药
  - 退热止痛药：对乙酰氨基酚或布洛芬，二选一即可
- 外用药和用品
  - 碘伏、创可贴、无菌纱布

## 每3～6个月清理一次

定期翻一翻，检查有效期。**Tips：**在药盒显眼处用记号笔写上有效期，清理时一眼就能看到。
`);
    const texts = m.takeaways.map((t) => t.text);
    expect(m.takeaways.find((t) => t.text.startsWith('退热止痛药'))?.heading).toBe('常用内服药');
    expect(texts).not.toContain('常用内服药');
    expect(texts).toContain('在药盒显眼处用记号笔写上有效期，清理时一眼就能看到。');
  });
  it('in a case story: "**导语：**" is the summary and no point, the story after a patient\'s quoted words is no truth, and "坊间流传“X”。事实上，Y" items under a 土办法 intro are myths', () => {
    const m = modelOf(`---
title: 野生菌中毒
---

**导语：** 每年六到九月，是野生菌上市的季节，也是急诊科接诊误食毒蘑菇患者最多的时候。

**“吐完就好了，我以为没事了”**

第二天凌晨两点多，夫妻俩先后开始上吐下泻。

**医生解读**

坊间流传不少“验毒”的土办法，段医生逐一做了澄清：

- 坊间流传“颜色鲜艳的才有毒，白色的没毒”。事实上，导致死亡最多的几种鹅膏菌恰恰是白色的。
- 还有人说“炒熟煮透就没事”。鹅膏毒肽非常耐热，普通烹调根本破坏不了。
`);
    expect(m.summary.startsWith('每年六到九月')).toBe(true);
    const got = m.myths.map((x) => [x.myth.text, x.truth.text]);
    expect(got).toContainEqual(['颜色鲜艳的才有毒，白色的没毒', '导致死亡最多的几种鹅膏菌恰恰是白色的。']);
    expect(got).toContainEqual(['炒熟煮透就没事', '鹅膏毒肽非常耐热，普通烹调根本破坏不了。']);
    for (const [, truth] of got) expect(truth).not.toMatch(/上吐下泻/u);
    for (const t of m.takeaways) expect(t.text, t.text).not.toMatch(/^(?:导语|每年六到九月)/u);
  });
  it('says a writer\'s "总结一下：" paragraph whole when it fits a slide', () => {
    const m = modelOf(`---
title: 戒烟
---

## 四、身边就有专业帮助

很多医院开设了戒烟门诊。

总结一下：戒烟是治疗，不是硬扛；任何时候戒都不晚，减量不等于戒烟；戒不掉的时候，去戒烟门诊找医生。
`);
    expect(m.takeaways.map((t) => t.text)).toContain('戒烟是治疗，不是硬扛；任何时候戒都不晚，减量不等于戒烟；戒不掉的时候，去戒烟门诊找医生。');
  });
});
