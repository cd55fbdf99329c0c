/**
 * Takeaway measurement on natural-style articles (test/fixtures/natural/{tune,holdout}).
 * Each article has editor labels: its takeaways, the myths it refutes and its own safety
 * advice, all verbatim. We render the Xiaohongshu carousel and the 60 s Douyin script and count
 * how many labelled takeaways they carry, how many myths they present as points, Markdown
 * syntax shown as text in any variant, and safety advice cut without a warning.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, basename } from 'node:path';
import { parseArticle } from '../../generator/load/load-article.ts';
import { buildModel } from '../../generator/model/build-model.ts';
import { PLATFORMS } from '../../generator/platforms/registry.ts';
import { RENDERERS } from '../../generator/render/index.ts';
import type { Theme } from '../../generator/theme.ts';
import type { Variant } from '../../generator/manifest.ts';

export interface Labels { style: string; title?: string; takeaways: string[]; myths: string[]; safety: string[] }

export interface ArticleScore {
  file: string;
  style: string;
  takeaways: number;
  carouselHits: number;
  scriptHits: number;
  carouselMissed: string[];
  scriptMissed: string[];
  mythsAsPoints: string[];
  markdownShown: string[];
  silentCuts: string[];
  error?: string;
}

/** Compare on letters, digits and Han only: punctuation, spaces and emoji may differ in layout. */
export function normalise(text: string): string {
  return text.replace(/[^\p{L}\p{N}]/gu, '');
}

const NEGATION = /不要|别|不能|不是|并非|不可|切勿|勿|避免|不宜|禁止|千万别|不必|不用|无需|不应/u;
const REFUTED = /误解|不靠谱|不可取|不建议|不推荐|偏高|偏低|不准|没有(?:可靠|充分|确切|科学)?的?(?:证据|依据)|没有?必要|并没有|不对|是错的|错误|误区|谣言|不科学|没有科学依据|并非如此|并不|不是这样|不可信|(?:不是|并非)(?:真实|事实)/u;

/** Index in `text` of the `n`-th letter or digit (what `normalise` keeps). */
function rawIndex(text: string, n: number): number {
  let seen = 0;
  for (let i = 0; i < text.length; i++) {
    if (/[\p{L}\p{N}]/u.test(text[i]!)) { if (seen === n) return i; seen++; }
  }
  return text.length;
}

const MARKDOWN_AS_TEXT = /\*\*|__\S|~~|!\[|\]\(|(^|\n)\s*#{1,6}\s|(^|\n)\s*>\s|(^|\n)\s*[-*+]\s+\S|(^|\n)\s*\d+\.\s+\S/;

export function listArticles(dir: string): string[] {
  // A set's README describes it; only an article with labels is measured.
  return readdirSync(dir).filter((f) => f.endsWith('.md') && existsSync(join(dir, f.replace(/\.md$/, '.labels.json')))).sort().map((f) => join(dir, f));
}

export function scoreArticle(path: string, theme: Theme): ArticleScore {
  const labels = JSON.parse(readFileSync(path.replace(/\.md$/, '.labels.json'), 'utf8')) as Labels;
  const base: ArticleScore = {
    file: basename(path), style: labels.style, takeaways: labels.takeaways.length, carouselHits: 0, scriptHits: 0,
    carouselMissed: [...labels.takeaways], scriptMissed: [...labels.takeaways], mythsAsPoints: [], markdownShown: [], silentCuts: [],
  };
  let variants: Variant[];
  try {
    const model = buildModel(parseArticle(readFileSync(path, 'utf8'), path, basename(path, '.md')));
    const ctx = { theme, assetPath: (src: string) => `a/${src}` };
    variants = Object.values(PLATFORMS).flatMap((rule) => rule.kinds.flatMap((k) => RENDERERS[k].render(model, rule, ctx).map((r) => r.variant)));
  } catch (err) {
    return { ...base, error: (err as Error).message.split('\n')[0] };
  }
  const carousel = variants.find((v) => v.platform === 'xiaohongshu' && v.kind === 'carousel')!;
  const script = variants.find((v) => v.platform === 'douyin' && v.kind === 'video-script' && v.targetSeconds === 60)
    ?? variants.find((v) => v.platform === 'douyin' && v.kind === 'video-script')!;

  const carouselText = normalise((carousel.slides ?? []).map((s) => `${s.heading ?? ''}${s.text}`).join(''));
  const scriptText = normalise((script.shots ?? []).map((s) => s.voiceOver).join(''));
  const carouselMissed = labels.takeaways.filter((t) => !carouselText.includes(normalise(t)));
  const scriptMissed = labels.takeaways.filter((t) => !scriptText.includes(normalise(t)));

  // A myth is presented as a point when a point slide or a shot asserts it: not as a question,
  // not negated in its own clause ("不要随意搬动老人"), not in a sentence that refutes it
  // ("……这些说法都不靠谱"), and not marked 误区.
  const mythsAsPoints: string[] = [];
  const asserts = (text: string, myth: string) => text.split(/(?<=[。！？!?\n])/u).some((sentence) => {
    if (/[？?]\s*$/u.test(sentence) || REFUTED.test(sentence)) return false;
    const at = normalise(sentence).indexOf(normalise(myth));
    if (at === -1) return false;
    const clauseStart = sentence.slice(0, rawIndex(sentence, at)).split(/[，,；;：:]/u).at(-1) ?? '';
    return !NEGATION.test(clauseStart);
  });
  // A myth labelled as the warning against it ("别用激素药膏自己乱抹") is asserted only without its
  // negation: said as labelled, it is the article's correct advice.
  for (const myth of labels.myths.filter((m) => !/^(?:别|不要|切勿|勿|千万别|禁止|避免)/u.test(m))) {
    for (const s of (carousel.slides ?? []).filter((x) => x.role === 'point')) {
      const text = `${s.heading ?? ''}\n${s.text}`;
      if (asserts(text, myth) && !/误区|谣言|错误/.test(text)) mythsAsPoints.push(`轮播第 ${s.index} 页：${myth}`);
    }
    for (const v of variants.filter((x) => x.kind === 'video-script')) {
      for (const s of v.shots ?? []) {
        if (asserts(s.voiceOver, myth) && !/误区|以为|谣言|错误/.test(s.voiceOver)) mythsAsPoints.push(`${v.id} 镜头 ${s.index}：${myth}`);
      }
    }
  }

  const markdownShown: string[] = [];
  for (const v of variants) {
    const texts = [
      v.title, v.caption ?? '', ...(v.hashtags ?? []),
      ...(v.slides ?? []).flatMap((s) => [s.heading ?? '', s.text]),
      ...(v.shots ?? []).flatMap((s) => [s.voiceOver, s.caption, s.visual]),
      ...(v.runOfShow ?? []).flatMap((r) => [r.title, ...r.notes]),
    ];
    // In HTML, numbered headings ("1. 准备") are the editor's text; only inline syntax would be a leak.
    const html = v.html ? v.html.replace(/<[^>]+>/g, '') : '';
    const inline = /\*\*|~~|!\[|\]\(|(^|\n)#{1,6}\s/.exec(html);
    if (inline) markdownShown.push(`${v.id}: …${html.slice(Math.max(0, inline.index - 10), inline.index + 12)}…`);
    for (const t of texts) {
      const m = MARKDOWN_AS_TEXT.exec(t);
      if (m) markdownShown.push(`${v.id}: …${t.slice(Math.max(0, m.index - 10), m.index + 12)}…`);
    }
  }

  // The article's own safety advice must reach the carousel's closing, or a warning says why not.
  const silentCuts: string[] = [];
  const closing = (carousel.slides ?? []).filter((s) => s.role === 'closing').map((s) => s.text).join('');
  const cutWarned = (v: Variant) => (v.warnings ?? []).some((w) => /^cut\.(cta|closing|safety)/.test(w.code));
  for (const advice of labels.safety) {
    if (!normalise(closing).includes(normalise(advice)) && !cutWarned(carousel)) silentCuts.push(`轮播结尾缺：${advice}`);
  }
  // The advice must not stop mid-sentence: its last slide's last punctuated line (the byline
  // after it has none) ends a sentence. A slide that ends on "；" and goes on in 就医提示（续）
  // is not a cut.
  const lastClosing = (carousel.slides ?? []).filter((s) => s.role === 'closing').at(-1)?.text.trim() ?? '';
  const lastSaid = lastClosing.split('\n').map((l) => l.trim()).filter((l) => /[。！？!?；;，,、：:]$/u.test(l)).at(-1) ?? '';
  if (/[；，、：:;,]$/.test(lastSaid)) silentCuts.push(`轮播结尾停在半句：${lastSaid.slice(-20)}`);

  return {
    ...base,
    carouselHits: labels.takeaways.length - carouselMissed.length,
    scriptHits: labels.takeaways.length - scriptMissed.length,
    carouselMissed, scriptMissed, mythsAsPoints, markdownShown, silentCuts,
  };
}

export interface SetSummary {
  articles: ArticleScore[];
  carouselRecall: number;
  scriptRecall: number;
  byStyle: Record<string, { carousel: number; script: number }>;
  mythsAsPoints: number;
  markdownShown: number;
  silentCuts: number;
  errors: number;
}

export function scoreSet(dir: string, theme: Theme): SetSummary {
  const articles = listArticles(dir).map((p) => scoreArticle(p, theme));
  const sum = (f: (a: ArticleScore) => number) => articles.reduce((n, a) => n + f(a), 0);
  const total = sum((a) => a.takeaways);
  const byStyle: SetSummary['byStyle'] = {};
  for (const a of articles) {
    const s = (byStyle[a.style] ??= { carousel: 0, script: 0 });
    const n = articles.filter((x) => x.style === a.style).reduce((k, x) => k + x.takeaways, 0);
    s.carousel += a.carouselHits / n;
    s.script += a.scriptHits / n;
  }
  return {
    articles,
    carouselRecall: sum((a) => a.carouselHits) / total,
    scriptRecall: sum((a) => a.scriptHits) / total,
    byStyle,
    mythsAsPoints: sum((a) => a.mythsAsPoints.length),
    markdownShown: sum((a) => a.markdownShown.length),
    silentCuts: sum((a) => a.silentCuts.length),
    errors: articles.filter((a) => a.error).length,
  };
}
