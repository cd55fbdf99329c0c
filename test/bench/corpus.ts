/**
 * A seeded, reproducible corpus of realistic articles for the benchmark: the same seed always
 * gives the same files. Lengths, tables, lists, images and FAQ vary like real 科普 articles.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';

/** mulberry32: tiny, fast, good enough to vary text; the point is determinism. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOPICS = ['高血压', '糖尿病', '儿童发热', '骨质疏松', '慢阻肺', '痛风', '甲状腺结节', '睡眠障碍', '幽门螺杆菌', '带状疱疹'];
const DEPTS = ['心血管内科', '内分泌科', '儿科', '骨科', '呼吸与危重症医学科', '风湿免疫科', '普外科', '神经内科', '消化内科', '皮肤科'];
const SENTENCES = [
  '规律监测是管理慢性病的基础，建议在家中固定时间测量并记录。',
  '饮食上注意控制总热量，少盐少油，多吃新鲜蔬菜和全谷物。',
  '每周进行至少 150 分钟中等强度的有氧运动，循序渐进，量力而行。',
  '症状持续或加重时，应及时到医院就诊，在医生指导下调整治疗方案。',
  '不要自行停药或更改剂量，用药问题请咨询医生或药师。',
  '体检发现指标异常并不等于患病，需要结合病史和复查结果综合判断。',
  '家属的理解和支持对长期管理非常重要，可以一起学习相关知识。',
  '保持充足睡眠和良好情绪，有助于身体恢复和指标稳定。',
  '空腹血糖的正常范围一般为 3.9～6.1 mmol/L，具体以化验单参考值为准。',
  '成人体温超过 37.3℃ 可视为发热，儿童需结合精神状态判断。',
];

export interface CorpusOptions { count: number; seed?: number; dir: string }

export async function writeCorpus({ count, seed = 2026, dir }: CorpusOptions): Promise<string[]> {
  const rand = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
  await mkdir(join(dir, 'images'), { recursive: true });
  // Eight distinct images shared by the corpus, like a hospital's stock illustrations.
  for (let i = 0; i < 8; i++) {
    const hue = Math.floor(rand() * 360);
    await sharp({ create: { width: 1200, height: 800, channels: 3, background: `hsl(${hue},45%,70%)` } })
      .composite([{ input: Buffer.from(`<svg width="1200" height="800"><circle cx="${300 + i * 80}" cy="400" r="220" fill="hsl(${(hue + 120) % 360},50%,45%)"/></svg>`) }])
      .jpeg({ quality: 80 }).toFile(join(dir, 'images', `stock-${i}.jpg`));
  }
  const files: string[] = [];
  for (let n = 0; n < count; n++) {
    const topic = pick(TOPICS);
    const dept = DEPTS[TOPICS.indexOf(topic)]!;
    const para = (k: number) => Array.from({ length: k }, () => pick(SENTENCES)).join('');
    const sections = 3 + Math.floor(rand() * 4);
    const body: string[] = [];
    for (let s = 0; s < sections; s++) {
      body.push(`## ${topic}的第${s + 1}个问题`, para(2 + Math.floor(rand() * 6)));
      if (rand() < 0.6) body.push(Array.from({ length: 3 + Math.floor(rand() * 3) }, () => `- ${pick(SENTENCES)}`).join('\n'));
      if (rand() < 0.3) body.push('| 指标 | 参考范围 | 说明 |\n|---|---|---|\n| 收缩压 | <120 mmHg | 理想 |\n| 空腹血糖 | 3.9～6.1 mmol/L | 正常 |');
      if (rand() < 0.3) body.push(`![${topic}示意图](images/stock-${Math.floor(rand() * 8)}.jpg)`);
      if (rand() < 0.2) body.push(`> ${pick(SENTENCES)}——《${topic}防治指南》`);
    }
    const faqs = Array.from({ length: 2 + Math.floor(rand() * 3) }, (_, i) => `### ${topic}患者第${i + 1}个常见疑问是什么？\n${para(2)}`);
    const text = `---
title: ${topic}科普第${n + 1}篇：这些知识请收好
slug: bench-${n + 1}
summary: ${pick(SENTENCES)}
date: 2026-11-01
author:
  name: 医生${n % 50}
  title: 主治医师
  department: ${dept}
department: ${dept}
audience: 慢病
tags: [${topic}, 健康科普, 慢病管理]
campaign: bench
references:
  - title: ${topic}防治指南（2024年版）
    year: 2024
---

${para(2)}

${body.join('\n\n')}

## 划重点
${Array.from({ length: 3 + Math.floor(rand() * 3) }, () => `- ${pick(SENTENCES).slice(0, 30)}`).join('\n')}

## 常见问题
${faqs.join('\n\n')}

## 就医提示
${pick(SENTENCES)}

## 参考资料
1. ${topic}防治指南（2024年版）
`;
    const file = join(dir, `bench-${String(n + 1).padStart(4, '0')}.md`);
    await writeFile(file, text);
    files.push(file);
  }
  return files;
}
