/**
 * What goes into which field for a variant: articles give title and HTML body; posts and videos
 * give their caption. Topics the platform picks from a dropdown (`prefix` style in the registry)
 * are taken out of the caption and typed separately; `#话题#` topics stay in the text.
 */
import { PLATFORMS } from '../../generator/platforms/registry.ts';
import type { FieldName, FillVariant, ManualStep } from '../protocol.ts';
import { bookingCarriers, readMoreStep } from './booking.ts';

export interface FillPlan {
  title?: string;
  body?: { html?: string; text: string };
  topics?: string[];
  cover?: string;
  images?: string[];
  /** The booking URL with the channel code, for the 公众号 原文链接. */
  readMore?: string;
  /** What the editor does by hand (a mini-program link; the 原文链接 where the adapter has no field for it). */
  manual?: ManualStep[];
}

export function stripTopics(text: string, topics: string[]): string {
  let out = text;
  for (const topic of topics) {
    const escaped = topic.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out.replace(new RegExp(`(^|\\s)${escaped}(?=\\s|$)`, 'g'), '$1');
  }
  return out.replace(/[ \t]+$/gm, '').replace(/\n+$/, '').trimEnd();
}

export function planFill(variant: FillVariant, fields: Partial<Record<FieldName, unknown>>): FillPlan {
  const rule = PLATFORMS[variant.platform];
  const plan: FillPlan = {};
  if (fields.title && variant.title) plan.title = variant.title;
  const topics = variant.hashtags ?? [];
  const typeTopics = Boolean(fields.topics) && rule.hashtags?.style === 'prefix' && topics.length > 0;
  if (variant.kind === 'article') plan.body = { html: variant.html, text: variant.text };
  else {
    const caption = variant.caption ?? variant.text;
    plan.body = { text: typeTopics ? stripTopics(caption, topics) : caption };
  }
  if (typeTopics) plan.topics = topics;
  if (fields.cover && variant.cover) plan.cover = variant.cover;
  const images = (variant.images ?? []).filter((p) => !(fields.cover && p === variant.cover) || variant.kind === 'carousel');
  if (fields.images && images.length) plan.images = images;
  const booking = bookingCarriers(variant);
  const manual: ManualStep[] = [];
  if (booking.readMore && fields.readMore) plan.readMore = booking.readMore;
  else if (booking.readMore) manual.push(readMoreStep(booking.readMore));
  if (booking.miniProgram) manual.push(booking.miniProgram);
  if (manual.length) plan.manual = manual;
  return plan;
}
