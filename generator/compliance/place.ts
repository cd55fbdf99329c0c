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
