/**
 * carousel renderer (xiaohongshu, weibo): slide texts — cover, one point per slide, closing —
 * within the platform's per-slide limits, plus the post caption and hashtags. A point too long
 * for one slide continues on the next; slides past the platform's image count are dropped
 * with a warning. Rendering the PNGs is the images step's job.
 */
import type { Slide, Warning } from '../manifest.ts';
import { measure } from '../platforms/registry.ts';
import { nearestSection } from '../model/relate.ts';
import { bylineOf } from '../model/byline.ts';
import { charLength, sentences, shortLabel } from '../text/sentences.ts';
import { fitHashtags, fitTitle, limitOf } from './fit.ts';
import { variantFile, variantId, type Renderer } from './types.ts';

export const carouselRenderer: Renderer = {
  kind: 'carousel',
  render(model, rule) {
    const warnings: Warning[] = [];
    const layout = rule.carousel ?? { slideChars: 80, headingChars: 16, source: '' };
    const maxSlides = rule.images?.maxCount ?? 9;
    const title = fitTitle([model.frontMatter.title, model.summary], rule, warnings);

    const cover: Omit<Slide, 'index'> = { role: 'cover', heading: model.title, text: pack(sentences(model.summary), layout.slideChars)[0] ?? '' };
    const points: Omit<Slide, 'index'>[] = [];
    model.keyPoints.forEach((kp, i) => {
      const section = nearestSection(model.sections, kp);
      const heading = (section && shortLabel(section.title, layout.headingChars)) ?? `要点 ${i + 1}`;
      const pages = pack(splitLong(kp.text, layout.slideChars), layout.slideChars);
      pages.forEach((text, p) => points.push({ role: 'point', heading: p === 0 ? heading : `${heading}（续）`, text }));
    });
    const byline = bylineOf(model) ?? model.frontMatter.department ?? '';
    const closing: Omit<Slide, 'index'> = {
      role: 'closing', heading: '就医提示',
      text: pack(sentences(model.callToAction.text), layout.slideChars)[0] ?? model.callToAction.text,
    };
    if (byline) closing.text += `\n${byline}`;

    const room = maxSlides - 2;
    if (points.length > room) {
      const cut = points.splice(room);
      warnings.push({ code: 'cut.slides', message: `${rule.name}最多 ${maxSlides} 张图，省略了 ${cut.length} 张要点图：${cut.map((s) => s.heading).join('、')}` });
    }
    const slides: Slide[] = [cover, ...points, closing].map((s, i) => ({ index: i + 1, ...s }));

    const hashtags = fitHashtags(model.frontMatter.tags, rule, warnings);
    const cta = [model.callToAction.text, model.aiLabel?.text].filter(Boolean).join('\n');
    const caption = fitCaption(model.summary, model.keyPoints.map((k) => k.text), cta, hashtags, rule, warnings);
    const id = variantId(model.slug, rule.id, 'carousel');
    const jsonPath = variantFile(model.slug, id, 'json');
    const variant = {
      id, platform: rule.id, kind: 'carousel' as const, title, text: caption, caption, hashtags, slides,
      files: [{ kind: 'json', path: jsonPath }],
      limits: [
        ...limitOf('title', title, rule.title, rule),
        ...limitOf('caption', caption, rule.body, rule),
        { field: 'images' as const, length: slides.length, max: maxSlides, unit: 'count' as const },
      ],
      warnings,
    };
    return [{ variant, files: [{ path: jsonPath, content: JSON.stringify(variant, null, 2) }] }];
  },
};

/**
 * Sentences longer than a slide are split after clause punctuation (kept as written, so the
 * slides read exactly as the article), and a clause longer than a slide into slide-sized runs.
 */
function splitLong(text: string, max: number): string[] {
  return sentences(text).flatMap((s) => {
    if (charLength(s) <= max) return [s];
    const parts = s.match(/[^，,：:；;、]+[，,：:；;、]*/gu) ?? [s];
    return parts.flatMap((c) => {
      const chars = [...c];
      return chars.length <= max ? [c] : Array.from({ length: Math.ceil(chars.length / max) }, (_, i) => chars.slice(i * max, (i + 1) * max).join(''));
    });
  });
}

/** Greedy packing of sentences into pages of at most `max` characters. */
function pack(parts: string[], max: number): string[] {
  const pages: string[] = [];
  let page = '';
  for (const part of parts) {
    if (page && charLength(page + part) > max) { pages.push(page); page = ''; }
    page += part;
  }
  if (page) pages.push(page);
  return pages;
}

function fitCaption(
  summary: string, points: string[], cta: string, hashtags: string[], rule: import('../platforms/registry.ts').PlatformRule, warnings: Warning[],
): string {
  const marks = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
  const compose = (n: number) =>
    [summary, ...points.slice(0, n).map((p, i) => `${marks[i] ?? `${i + 1}.`} ${p}`), cta, hashtags.join(' ')].filter(Boolean).join('\n');
  const max = rule.body?.max ?? Infinity;
  let n = points.length;
  while (n > 0 && measure(compose(n), rule.counting) > max) n--;
  if (n < points.length) {
    warnings.push({ code: 'cut.caption', message: `文案超过${rule.name}上限 ${max} 字，省略了 ${points.length - n} 条要点` });
  }
  const text = compose(n);
  if (measure(text, rule.counting) > max) {
    warnings.push({ code: 'over.caption', message: `文案仍超过${rule.name}上限 ${max} 字，请缩短摘要` });
  }
  return text;
}
