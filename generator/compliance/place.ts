/** Turning hits into findings at a place in the source file. */
import type { Finding, SourcePoint } from '../manifest.ts';
import type { ArticleModel } from '../model/types.ts';
import type { Hit } from './hit.ts';
import { RULE_META } from './rules.ts';

export function hitToFinding(file: string, hit: Hit, at: SourcePoint): Finding {
  return {
    file, line: at.line, column: at.column, rule: hit.rule, category: hit.category, severity: hit.severity,
    message: hit.message, excerpt: hit.excerpt, ...(hit.suggestion ? { suggestion: hit.suggestion } : {}),
  };
}

/** A finding from a detector that has no text match (missing consent, missing author…). */
export function metaFinding(
  model: ArticleModel, rule: string, at: SourcePoint, extra: Partial<Finding> = {},
): Finding {
  const meta = RULE_META.get(rule);
  if (!meta) throw new Error(`unknown rule ${rule}`);
  return {
    file: model.file, line: at.line, column: at.column, rule, category: meta.category, severity: meta.severity,
    message: meta.message, excerpt: '', ...extra,
  };
}

/** Where a front-matter key is written (`consent:` → its line), else the first line. */
export function frontMatterKeyPoint(source: string, key: string, parent?: string): SourcePoint {
  const end = source.startsWith('---') ? source.indexOf('\n---', 3) : -1;
  if (end === -1) return { line: 1, column: 1 };
  const keyRe = (k: string, indented: boolean) =>
    new RegExp(`^(${indented ? '[ \\t]+(?:-[ \\t]+)?' : ''})${k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[ \\t]*:`, 'gm');
  let from = 0;
  if (parent) {
    const p = keyRe(parent, false).exec(source.slice(0, end));
    if (!p) return { line: 1, column: 1 };
    from = p.index + p[0].length;
  }
  const re = keyRe(key, !!parent);
  re.lastIndex = from;
  const m = re.exec(source.slice(0, end));
  if (!m) return parent ? frontMatterKeyPoint(source, parent) : { line: 1, column: 1 };
  const line = source.slice(0, m.index).split('\n').length;
  return { line, column: m[1]!.length + 1 };
}

export function hasFrontMatterKey(source: string, key: string): boolean {
  return frontMatterKeyPoint(source, key).line !== 1;
}
