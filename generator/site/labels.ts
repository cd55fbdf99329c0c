/** Chinese labels the site shows, kept as data so every page names things the same way. */
import type { ArticleStatus, FieldLimit, RunOfShowItem, Severity, Shot, Slide, VariantKind } from '../manifest.ts';

export const STATUS_LABEL: Record<ArticleStatus, string> = {
  draft: '草稿', 'in-review': '审核中', approved: '已通过', blocked: '不可发布',
};

export const SEVERITY_LABEL: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

export const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

export const KIND_LABEL: Record<VariantKind, string> = {
  article: '图文', 'video-script': '短视频脚本', carousel: '图片轮播', 'live-outline': '直播提纲',
};

export const FIELD_LABEL: Record<FieldLimit['field'], string> = {
  title: '标题', body: '正文', caption: '文案', hashtags: '话题', images: '图片', slide: '单页',
};

export const UNIT_LABEL: Record<FieldLimit['unit'], string> = { chars: '字', weighted: '字（微博计数）', count: '张' };

export const SHOT_ROLE_LABEL: Record<Shot['role'], string> = { hook: '开头', point: '要点', cta: '结尾' };

export const SLIDE_ROLE_LABEL: Record<Slide['role'], string> = { cover: '封面', point: '要点', closing: '结尾' };

export const SEGMENT_LABEL: Record<RunOfShowItem['kind'], string> = {
  opening: '开场', segment: '讲解', interaction: '互动', qa: '答疑', compliance: '合规提醒', closing: '收尾',
};

/** The three review levels, in order; a sign-off's `level` indexes this. */
export const REVIEW_LEVELS = [
  { level: 1, label: '一审（作者自查）' },
  { level: 2, label: '二审（科室主任）' },
  { level: 3, label: '三审（宣传科）' },
] as const;
