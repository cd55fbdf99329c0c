/**
 * Patient stories need the patient's consent on record (民法典 Art. 1019, 1226; PIPL Art. 29):
 * present, in force on the build date, and covering the media and platforms it is published on.
 */
import type { Finding, Variant } from '../manifest.ts';
import type { ArticleModel } from '../model/types.ts';
import { metaFinding } from './place.ts';
import { frontMatterKeyPoint } from '../load/front-matter-position.ts';

const VIDEO_KINDS = new Set(['video-script', 'live-outline']);

export function consentFindings(model: ArticleModel, today: string): Finding[] {
  const fm = model.frontMatter;
  if (!fm.story) return [];
  const consent = fm.consent;
  if (!consent) {
    return [metaFinding(model, 'consent.missing', frontMatterKeyPoint(model.source, 'story'), {
      message: '患者故事（story: true）缺少知情同意记录，不能发布',
      suggestion: '在 front matter 中填写 consent：who、date、scope、platforms、expires',
    })];
  }
  const at = frontMatterKeyPoint(model.source, 'consent');
  const out: Finding[] = [];
  if (consent.expires.slice(0, 10) < today) {
    out.push(metaFinding(model, 'consent.expired', frontMatterKeyPoint(model.source, 'expires', 'consent'), {
      message: `知情同意已于 ${consent.expires} 过期（构建日期 ${today}），不能发布`, excerpt: consent.expires,
      suggestion: '重新取得患者同意并更新 consent.expires',
    }));
  }
  if (consent.date.slice(0, 10) > today) {
    out.push(metaFinding(model, 'consent.not-yet', frontMatterKeyPoint(model.source, 'date', 'consent'), {
      message: `知情同意签署日期 ${consent.date} 晚于构建日期 ${today}`, excerpt: consent.date,
    }));
  }
  if (!consent.scope.includes('文字')) {
    out.push(metaFinding(model, 'consent.scope', at, {
      severity: 'error', message: '知情同意范围不含“文字”，不能以文章形式讲述该患者的故事', excerpt: consent.scope.join('、'),
    }));
  }
  if (model.images.length > 0 && !consent.scope.includes('图片')) {
    out.push(metaFinding(model, 'consent.scope', at, {
      message: '文章含图片，但知情同意范围不含“图片”；如图片涉及患者本人，须取得图片授权', excerpt: consent.scope.join('、'),
    }));
  }
  if (!consent.platforms) {
    out.push(metaFinding(model, 'consent.platform', at, {
      severity: 'warning', message: '知情同意未列出授权平台（consent.platforms），请确认患者同意在所有平台发布',
    }));
  }
  return out;
}

export function variantConsentFindings(model: ArticleModel, variant: Variant): Finding[] {
  const consent = model.frontMatter.consent;
  if (!model.frontMatter.story || !consent) return [];
  const at = frontMatterKeyPoint(model.source, 'platforms', 'consent');
  const out: Finding[] = [];
  if (consent.platforms && !consent.platforms.includes(variant.platform)) {
    out.push(metaFinding(model, 'consent.platform', at, {
      message: `患者未授权在 ${variant.platform} 发布（consent.platforms：${consent.platforms.join('、')}）`,
      excerpt: variant.platform, variantId: variant.id,
    }));
  }
  if (VIDEO_KINDS.has(variant.kind) && !consent.scope.includes('视频')) {
    out.push(metaFinding(model, 'consent.scope', frontMatterKeyPoint(model.source, 'consent'), {
      message: '该稿件以视频或直播形式讲述患者故事，知情同意范围不含“视频”', excerpt: consent.scope.join('、'), variantId: variant.id,
    }));
  }
  return out;
}
