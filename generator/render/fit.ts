/**
 * Fitting text to platform limits. Every helper reports what it cut as a `Warning`, because
 * nothing may be truncated silently.
 */
import type { FieldLimit, Warning } from '../manifest.ts';
import { measure, type Limit, type PlatformRule } from '../platforms/registry.ts';
import { clauses, shortLabel, stripEndPunctuation } from '../text/sentences.ts';

/**
 * A title within the platform's limit: the article title if it fits, else a clause of it, else
 * a clause of the summary; as a last resort a cut with an ellipsis and a warning.
 */
export function fitTitle(candidates: (string | undefined)[], rule: PlatformRule, warnings: Warning[]): string {
  const { max, min = 1 } = rule.title;
  const list = candidates.filter((c): c is string => !!c && c.trim().length > 0);
  const fits = (t: string) => measure(t, rule.counting) <= max && measure(t, rule.counting) >= min;
  if (list[0] && fits(list[0])) return list[0];
  for (const c of list) {
    const label = fits(c) ? c : shortLabel(c, max, min);
    if (label && fits(label)) {
      warnings.push({ code: 'cut.title', message: `标题“${list[0]}”不符合${rule.name}标题 ${min}–${max} 字的要求，改用“${label}”` });
      return label;
    }
  }
  const first = stripEndPunctuation(list[0] ?? '');
  const cut = [...first].slice(0, Math.max(min, max - 1)).join('') + '…';
  warnings.push({ code: 'cut.title', message: `标题“${first}”不符合${rule.name}标题 ${min}–${max} 字的要求，已截为“${cut}”，请人工改写` });
  return cut;
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
