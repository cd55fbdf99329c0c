/**
 * Fitting text to platform limits. Every helper reports what it cut as a `Warning`, because
 * nothing may be truncated silently.
 */
import type { FieldLimit, Warning } from '../manifest.ts';
import { measure, type Limit, type PlatformRule } from '../platforms/registry.ts';
import { clauses, stripEndPunctuation } from '../text/sentences.ts';

export interface TitleContext {
  /** The words the article is about (its hashtags): a shortened title must keep one. */
  topics: string[];
  /** The editor's own title for this platform (front matter `titles.<platform>`). */
  override?: string;
}

/**
 * A title within the platform's limit: the editor's override for this platform, else the
 * article title if it fits, else a clause of it (or of the summary) that still names the topic.
 * A clause without the topic ("进入11月", "直播") means nothing on its own: then the title is
 * cut with an ellipsis and the warning `title.needs-override` asks the editor for a
 * `titles.<platform>` line (it becomes an error finding).
 */
export function fitTitle(candidates: (string | undefined)[], rule: PlatformRule, warnings: Warning[], ctx: TitleContext = { topics: [] }): string {
  const { max, min = 1 } = rule.title;
  const fits = (t: string) => measure(t, rule.counting) <= max && measure(t, rule.counting) >= min;
  if (ctx.override) {
    if (fits(ctx.override)) return ctx.override;
    warnings.push({ code: 'title.needs-override', message: `titles.${rule.id}“${ctx.override}”不符合${rule.name}标题 ${min}–${max} 字的要求，请改写` });
  }
  const list = candidates.filter((c): c is string => !!c && c.trim().length > 0);
  if (list[0] && fits(list[0])) return list[0];
  const topics = ctx.topics.filter((t) => t && t !== '健康科普');
  // A topic word, or two characters of one ("退热" of 退热药), keeps the clause on topic.
  const bigrams = [...new Set(topics.flatMap((w) => { const c = [...w.replace(/\s+/g, '')]; return c.length < 2 ? c : c.slice(0, -1).map((ch, i) => ch + c[i + 1]); }))];
  const namesTopic = (t: string) => topics.length === 0 || bigrams.some((b) => t.replace(/\s+/g, '').includes(b));
  for (const c of list) {
    const options = [c, ...clausesOf(c)];
    const label = options.find((o) => fits(o) && namesTopic(o) && [...o].length >= Math.min(6, max));
    if (label) {
      warnings.push({ code: 'cut.title', message: `标题“${list[0]}”不符合${rule.name}标题 ${min}–${max} 字的要求，改用“${label}”` });
      return label;
    }
  }
  const first = stripEndPunctuation(list[0] ?? '');
  if (measure(first, rule.counting) < min) {
    warnings.push({ code: 'title.needs-override', message: `标题“${first}”少于${rule.name}要求的 ${min} 字：请在 front matter 写 titles.${rule.id}` });
    return first;
  }
  const cut = [...first].slice(0, Math.max(min, max - 1)).join('') + '…';
  warnings.push({
    code: 'title.needs-override',
    message: `标题“${first}”超出${rule.name}标题 ${min}–${max} 字，且没有既含主题又够短的分句，暂截为“${cut}”：请在 front matter 写 titles.${rule.id}`,
  });
  return cut;
}

/** Clauses and runs of adjacent clauses, longest first, as written (no punctuation added). */
function clausesOf(text: string): string[] {
  const parts = clauses(text);
  const runs: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    for (let j = parts.length; j > i; j--) {
      const joined = text.slice(text.indexOf(parts[i]!), text.indexOf(parts[j - 1]!) + parts[j - 1]!.length);
      runs.push(stripEndPunctuation(joined));
    }
  }
  return [...new Set(runs)].sort((a, b) => [...b].length - [...a].length);
}

/** Write hashtags the platform's way, keep at most its maximum, and warn about the rest. */
export function fitHashtags(tags: string[], rule: PlatformRule, warnings: Warning[]): string[] {
  const h = rule.hashtags;
  if (!h) return [];
  const clean = [...new Set(tags.map((t) => t.replace(/^#|#$/g, '').replace(/\s+/g, '')).filter(Boolean))];
  const kept = clean.slice(0, h.max);
  if (clean.length > kept.length) {
    warnings.push({ code: 'cut.hashtags', message: `${rule.name}最多 ${h.max} 个话题，省略了：${clean.slice(h.max).join('、')}` });
  }
  return kept.map((t) => (h.style === 'wrapped' ? `#${t}#` : `#${t}`));
}

/**
 * Join `required` + as many `optional` lines as fit `limit`; report the dropped ones.
 * The required part never gets cut here — callers keep it short.
 */
export function fitLines(
  required: string[], optional: string[], limit: Limit, rule: PlatformRule, what: string, warnings: Warning[],
): string {
  const lines = [...required];
  const dropped: string[] = [];
  for (const line of optional) {
    if (measure([...lines, line].join('\n'), rule.counting) <= limit.max) lines.push(line);
    else dropped.push(line);
  }
  if (dropped.length > 0) {
    warnings.push({ code: `cut.${what}`, message: `${rule.name}${what === 'caption' ? '文案' : what}上限 ${limit.max} 字，省略了 ${dropped.length} 行：${dropped.map((d) => clauses(d)[0]).join('；')}` });
  }
  return lines.join('\n');
}

export function limitOf(field: FieldLimit['field'], text: string, limit: Limit | undefined, rule: PlatformRule): FieldLimit[] {
  if (!limit) return [];
  return [{ field, length: measure(text, rule.counting), max: limit.max, min: limit.min, unit: rule.counting === 'chars' ? 'chars' : 'weighted' }];
}

/** What fitTitle needs to know of an article for one platform. */
export function titleContext(model: { topics: string[]; frontMatter: { titles?: Partial<Record<string, string>> } }, platform: string): TitleContext {
  return { topics: model.topics, override: model.frontMatter.titles?.[platform] };
}
