/**
 * carousel renderer (xiaohongshu, weibo): slide texts — cover, one takeaway per slide, the
 * article's own safety advice to close — within the platform's per-slide limits, plus the
 * post caption and hashtags. A myth is shown only with its truth, marked 误区 / 真相. Text
 * too long for one slide continues on the next ("（续）"); when the platform's image count is
 * reached, takeaways of one section share a slide, and only then are slides dropped, with a
 * warning naming them. Rendering the PNGs is the images step's job.
 */
import type { Slide, SourcePoint, Warning } from '../manifest.ts';
import { measure, type PlatformRule } from '../platforms/registry.ts';
import { bylineOf } from '../model/byline.ts';
import type { ArticleModel, Takeaway } from '../model/types.ts';
import { charLength, clauses, clausesKept, lettersOnly, sentences, shortLabel, stripEndPunctuation } from '../text/sentences.ts';
import { MYTH_FRAME } from '../model/markers.ts';
import { fitHashtags, fitTitle, titleContext, limitOf } from './fit.ts';
import { variantId, type Renderer } from './types.ts';

type Draft = Omit<Slide, 'index'>;

/**
 * Closing slides for the safety advice: two, or a sixth of the platform's images where that is
 * more (three on Xiaohongshu's 18), so the advice is cut only where the points would lose too much.
 */
const closingRoom = (maxSlides: number) => Math.max(2, Math.floor(maxSlides / 6));

export const carouselRenderer: Renderer = {
  kind: 'carousel',
  render(model, rule) {
    const warnings: Warning[] = [];
    const layout = rule.carousel ?? { slideChars: 80, headingChars: 16, source: '' };
    const maxSlides = rule.images?.maxCount ?? 9;
    const title = fitTitle([model.title, model.summary], rule, warnings, titleContext(model, rule.id));

    const cover: Draft = { role: 'cover', heading: model.title, text: pack(sentences(model.summary), layout.slideChars)[0] ?? '' };
    const closing = closingSlides(model, layout.slideChars, closingRoom(maxSlides), warnings);
    const room = Math.max(1, maxSlides - 1 - closing.length);
    // Takeaways under one heading share a slide (up to three, while they fit), the way health
    // carousels show a heading and its tips; myths always get a slide of their own.
    let groups = groupByHeading(model.takeaways, layout.slideChars, 3);
    // Still over the image count: pack tighter.
    if (slidesFor(groups, layout).length > room) groups = groupByHeading(model.takeaways, layout.slideChars, 6);
    const points = slidesFor(groups, layout);
    if (points.length > room) {
      const cut = points.splice(room);
      warnings.push({ code: 'cut.slides', message: `${rule.name}最多 ${maxSlides} 张图，省略了 ${cut.length} 张要点图：${cut.map((s) => `${s.heading}（${stripEndPunctuation(s.text).slice(0, 12)}）`).join('、')}` });
    }
    if (model.takeaways.length === 0) {
      warnings.push({ code: 'no-points', message: '没有从文章中识别出要点，轮播只有封面和结尾：可用加粗句、列表或“## 划重点”标出要点' });
    }
    const slides: Slide[] = [cover, ...points, ...closing].map((s, i) => ({ index: i + 1, ...s }));

    const hashtags = fitHashtags(model.hashtags.tags, rule, warnings);
    const cta = [model.callToAction.text, model.aiLabel?.text].filter(Boolean).join('\n');
    const caption = fitCaption(model.summary, model.takeaways.map(captionLine), cta, hashtags, rule, warnings);
    const id = variantId(model.slug, rule.id, 'carousel');
    const variant = {
      id, platform: rule.id, kind: 'carousel' as const, title, text: caption, caption, hashtags, slides,
      // Slides and caption live in the manifest; the rendered PNGs are added by the images step.
      files: [],
      limits: [
        ...limitOf('title', title, rule.title, rule),
        ...limitOf('caption', caption, rule.body, rule),
        { field: 'images' as const, length: slides.length, max: maxSlides, unit: 'count' as const },
      ],
      warnings,
    };
    return [{ variant, files: [] }];
  },
};

function sameHeading(a: Takeaway, b: Takeaway): boolean {
  return a.section === b.section && (a.heading ?? '') === (b.heading ?? '');
}

function groupByHeading(takeaways: Takeaway[], slideChars: number, maxPerSlide: number): Takeaway[][] {
  const groups: Takeaway[][] = [];
  for (const t of takeaways) {
    const last = groups.at(-1);
    const fits = last && last.length < maxPerSlide && !t.myth && !last[0]!.myth && sameHeading(last[0]!, t) && !!t.heading
      && charLength([...last, t].map((x) => x.text).join('\n')) <= slideChars;
    if (fits) last.push(t);
    else groups.push([t]);
  }
  return groups;
}

/**
 * A question as a slide heading: whole when it fits, else its own question clause, never a
 * vocative ("沈主任"), a tag ("对吗"), a clause leaning on another ("不用管", "这有道理吗") or a
 * belief someone holds ("很多人觉得…": the slide would state the myth as its heading).
 */
function questionLabel(question: string, max: number): string | undefined {
  if (MYTH_FRAME.test(question)) return undefined;
  const first = (question.match(/[^？?]+[？?]/u)?.[0] ?? question).trim().replace(/^(?:那么?|所以|可是|但是?)[，,]?\s*/u, '');
  if (charLength(first) <= max && charLength(lettersOnly(first)) >= 4) return first;
  const balanced = (c: string) => (c.match(/[“「《]/gu)?.length ?? 0) === (c.match(/[”」》]/gu)?.length ?? 0);
  const own = clauses(stripEndPunctuation(first)).filter((c) => charLength(c) >= 4 && charLength(c) <= max - 1 && balanced(c)
    && !/(?:主任|医生|大夫|教授|老师|专家)$/u.test(c) && !/^(?:对吗|是吗|好吗|行吗|对不对|是不是|是真的吗|真的吗|有道理吗|靠谱吗|可信吗|有用吗|管用吗)$|^(?:这|那|它|就|也|还|都)/u.test(c));
  // The clause that asks ("是不是要保持干燥") over one that only adds to it.
  const asking = own.filter((c) => /吗|呢|是不是|要不要|能不能|会不会|怎么|什么|哪|多少|为什么|如何|几/u.test(c));
  const pick = asking.at(-1) ?? own.at(-1);
  return pick ? `${pick}？` : undefined;
}

function slidesFor(groups: Takeaway[][], layout: { slideChars: number; headingChars: number }): Draft[] {
  const out: Draft[] = [];
  let myths = 0;
  // Points numbered in order among the slides that have no heading of their own: "要点 2" after
  // a "正确做法" slide would make the reader look for a 要点 1.
  let numbered = 0;
  groups.forEach((group) => {
    const first = group[0]!;
    let heading: string;
    let text: string;
    if (first.myth) {
      myths++;
      heading = `误区${myths > 1 || groups.filter((g) => g[0]!.myth).length > 1 ? ` ${myths}` : ''}`;
      text = `误区：${first.myth.text}\n真相：${first.text}`;
    } else {
      heading = (first.heading && (/[？?]/u.test(first.heading) ? questionLabel(first.heading, layout.headingChars) : shortLabel(first.heading, layout.headingChars))) ?? `要点 ${++numbered}`;
      text = group.map((t) => t.text).join('\n');
    }
    const pages = pack(splitLong(text, layout.slideChars), layout.slideChars);
    pages.forEach((page, p) => out.push({ role: 'point', heading: p === 0 ? heading : `${heading}（续）`, text: page, source: first.position }));
  });
  return out;
}

/**
 * The article's safety advice, all of it: a second closing slide when it is longer than one.
 * The byline goes on the last.
 */
function closingSlides(model: ArticleModel, max: number, maxPages: number, warnings: Warning[]): Draft[] {
  const advice = model.callToAction;
  const source: SourcePoint | undefined = advice.own ? advice.position : undefined;
  const byline = bylineOf(model) ?? model.frontMatter.department ?? '';
  let parts = advice.sentences.map((s) => asList(s.text));
  // `maxPages` closing slides at most: past that, later sentences go (never the emergency one),
  // and the warning names them.
  const pagesOf = (p: string[]) => pack(splitLong(p.join(''), max), max);
  const dropped: string[] = [];
  while (pagesOf(parts).length > maxPages && parts.length > 1) {
    const k = parts.map((p, i) => i).reverse().find((i) => parts[i] !== advice.emergency?.text) ?? parts.length - 1;
    dropped.unshift(parts[k]!);
    parts = parts.filter((_, i) => i !== k);
  }
  if (dropped.length > 0) {
    warnings.push({ code: 'cut.closing', message: `就医提示超过 ${maxPages} 张图，结尾页省略了：${dropped.map((d) => stripEndPunctuation(d)).join('；')}（完整内容见文案）` });
  }
  const pages = pagesOf(parts);
  const slides: Draft[] = pages.map((text, i) => ({ role: 'closing', heading: i === 0 ? '就医提示' : '就医提示（续）', text, ...(source ? { source } : {}) }));
  const last = slides.at(-1)!;
  if (byline) last.text += `\n${byline}`;
  return slides;
}

/**
 * "出现以下情况，要及时就医：呕吐频繁；尿量明显减少；…" was a list in the article: on a slide it
 * reads as one again, an item per line, words and punctuation as written.
 */
function asList(sentence: string): string {
  const m = /^([^：:]{4,}[：:])(.+)$/u.exec(sentence);
  if (!m) return sentence;
  const items = m[2]!.split(/(?<=[；;])/u).map((x) => x.trim()).filter(Boolean);
  if (items.length < 3) return sentence;
  return `${m[1]}\n${items.map((x) => `· ${x}`).join('\n')}\n`;
}

/**
 * Sentences longer than a slide are split after clause punctuation (kept as written, so the
 * slides read exactly as the article), and a clause longer than a slide into slide-sized runs.
 */
function splitLong(text: string, max: number): string[] {
  return text.split('\n').flatMap((line, i, lines) => {
    const parts = sentences(line).flatMap((s) => {
      if (charLength(s) <= max) return [s];
      const bits = clausesKept(s);
      return bits.flatMap((c) => {
        const chars = [...c];
        return chars.length <= max ? [c] : Array.from({ length: Math.ceil(chars.length / max) }, (_, k) => chars.slice(k * max, (k + 1) * max).join(''));
      });
    });
    if (i < lines.length - 1 && parts.length > 0) parts[parts.length - 1] += '\n';
    return parts;
  });
}

/**
 * Greedy packing of sentences into pages of at most `max` characters. A page that would end
 * inside a sentence ("…需要尽早接受高压氧治疗；") ends at its last full stop instead, when the
 * rest fits on the next.
 */
function pack(parts: string[], max: number): string[] {
  const pages: string[] = [];
  let page: string[] = [];
  const length = (p: string[]) => charLength(p.join('').trimEnd());
  for (const part of parts) {
    if (page.length > 0 && length([...page, part]) > max) {
      let cut = page.length;
      if (!/[。！？!?][”’」』）)]?\s*$/u.test(page.at(-1)!)) {
        const k = page.reduce((at, p, i) => (/[。！？!?][”’」』）)]?\s*$/u.test(p) ? i + 1 : at), 0);
        if (k > 0 && length([...page.slice(k), part]) <= max) cut = k;
      }
      pages.push(page.slice(0, cut).join('').trimEnd());
      page = page.slice(cut);
    }
    page.push(part);
  }
  if (page.join('').trim()) pages.push(page.join('').trimEnd());
  return pages;
}

function captionLine(t: Takeaway): string {
  return t.myth ? `误区：${t.myth.text}；真相：${t.text}` : t.text;
}

function fitCaption(
  summary: string, points: string[], cta: string, hashtags: string[], rule: PlatformRule, warnings: Warning[],
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
