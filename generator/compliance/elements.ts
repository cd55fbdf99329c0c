/**
 * What a 科普 article must state (国卫宣传发〔2022〕11号): author, source, date, audience; an
 * AI label when AI helped write it (NHC 2025 清单 #7); and a reference for any statistic.
 *
 * AI label decision: Kepu never adds the label itself, because text appended after review
 * would be unreviewed. The article must say it in its own words (e.g. "本文由 AI 辅助生成，
 * 经感染科医生审核"); every variant that drops the sentence gets its own error.
 */
import type { Finding } from '../manifest.ts';
import type { ArticleModel } from '../model/types.ts';
import { hitToFinding, metaFinding } from './place.ts';
import { frontMatterKeyPoint, hasFrontMatterKey } from '../load/front-matter-position.ts';
import type { ScanBlock } from './text-blocks.ts';
import type { SourcePoint } from '../manifest.ts';
import { RULE_META } from './rules.ts';

import { AI_LABEL } from '../text/ai-label.ts';

export function requiredElementFindings(model: ArticleModel): Finding[] {
  const fm = model.frontMatter;
  const top = { line: 1, column: 1 };
  const out: Finding[] = [];
  if (!fm.author) {
    out.push(metaFinding(model, 'required.author', top, { message: '未注明作者（author），科普信息应署名作者', suggestion: '填写 author: { name, title, department }' }));
  }
  if (model.references.length === 0) {
    out.push(metaFinding(model, 'required.source', top, { message: '未注明来源或参考资料（references 或“参考资料”一节）', suggestion: '列出所依据的指南、教材或文献' }));
  }
  if (!fm.date) {
    out.push(metaFinding(model, 'required.date', top, { message: '未注明发布时间（date）', suggestion: '填写 date: YYYY-MM-DD' }));
  }
  if (!hasFrontMatterKey(model.source, 'audience')) {
    out.push(metaFinding(model, 'required.audience', top, { message: '未注明适用人群（audience），当前按“大众”处理', suggestion: '填写 audience，如“糖尿病患者及家属”' }));
  }
  return out;
}

/**
 * What the article model had to guess: derived hashtags, no takeaways found, no safety advice of
 * the article's own. Editors see these in `kepu check` and reviewers in the preview.
 */
export function structureFindings(model: ArticleModel): Finding[] {
  const top = { line: 1, column: 1 };
  const out: Finding[] = [];
  if (model.hashtags.derived) {
    out.push(metaFinding(model, 'structure.derived-hashtags', top, {
      message: `未填写 tags，话题由标题和正文推导为：${model.hashtags.tags.map((t) => `#${t}`).join(' ')}`,
      suggestion: '在 front matter 填写 tags，如 tags: [儿童发热, 家庭护理]',
    }));
  }
  if (model.takeaways.length === 0) {
    out.push(metaFinding(model, 'structure.no-takeaways', top, {
      message: '没有识别出要点：轮播只有封面和结尾，短视频只有开头和结尾',
      suggestion: '把要点写成列表、加粗句，或加一节“## 划重点”',
    }));
  }
  if (!model.callToAction.own) {
    out.push(metaFinding(model, 'structure.default-cta', top, {
      message: `文章没有自己的就医提示，稿件结尾使用默认提示：“${model.callToAction.text}”`,
      suggestion: '写明何时需要就医（如“出现以下情况请及时就医：……”），或加一节“## 就医提示”',
    }));
  }
  return out;
}

export function aiLabelFindings(model: ArticleModel, blocks: ScanBlock[]): Finding[] {
  if (!model.frontMatter.aiAssisted) return [];
  if (blocks.some((b) => AI_LABEL.test(b.text))) return [];
  return [metaFinding(model, 'ai-label.missing', frontMatterKeyPoint(model.source, 'aiAssisted'), {
    message: '文章标注了 aiAssisted: true，但正文没有“AI 辅助生成”之类的标识',
    suggestion: '在正文末尾加一句，如“本文由 AI 辅助生成，经××科医生审核”',
  })];
}

const STATISTIC =
  /\d+(?:\.\d+)?\s*[%％‰]|百分之[一二三四五六七八九十百\d]+|[十百千万]分之[一二三四五六七八九十\d]+|每\s*\d+\s*(?:个|名|位)?(?:人|成年人|患者|儿童)中|(?:发病率|患病率|死亡率|感染率|检出率|流行率|致死率|发生率|病死率)[^，。；\n]{0,8}?\d+(?:\.\d+)?\s*[%％‰]?|\d+(?:\.\d+)?\s*[万亿]\s*(?:名|例|人|位)?[^，。；\n]{0,6}?(?:患者|病人|人患|感染者|人死于)/;

export function statisticsFindings(model: ArticleModel, blocks: ScanBlock[], locate: (o: number) => SourcePoint): Finding[] {
  if (model.references.length > 0) return [];
  const meta = RULE_META.get('statistics.no-reference')!;
  const out: Finding[] = [];
  for (const b of blocks) {
    const m = STATISTIC.exec(b.text);
    if (!m) continue;
    out.push(hitToFinding(model.file, {
      rule: meta.id, category: meta.category, severity: meta.severity,
      message: '引用了统计数据（百分比、患病率等），但文章没有参考资料', suggestion: '在 references 中注明数据来源',
      start: m.index, end: m.index + m[0].length, excerpt: m[0],
    }, locate(b.offsets[m.index]!)));
  }
  return out;
}
