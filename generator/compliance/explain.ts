/**
 * What a rule is, for people: its legal source, what it looks for and examples. Shared by
 * `kepu check --explain RULE` and the preview's findings.
 */
import { CATEGORIES, CLAIM_RULES, DETECTOR_RULES, RULE_META, ruleSource } from './rules.ts';
import { RULE_EXAMPLES } from './examples.ts';

export interface RuleExplanation {
  id: string;
  category: string;
  severity: string;
  message: string;
  source: string;
  looksFor?: string;
  hit: string[];
  clean: string[];
}

export function explainRule(id: string): RuleExplanation | undefined {
  const meta = RULE_META.get(id);
  if (!meta) return undefined;
  const claim = CLAIM_RULES.find((r) => r.id === id);
  return {
    id, category: CATEGORIES[meta.category]?.name ?? meta.category, severity: meta.severity, message: meta.message,
    source: ruleSource(id) ?? '—', looksFor: claim?.looksFor ?? DETECTOR_RULES.find((r) => r.id === id)?.looksFor,
    hit: claim?.examples?.hit ?? RULE_EXAMPLES[id]?.hit ?? [], clean: claim?.examples?.clean ?? RULE_EXAMPLES[id]?.clean ?? [],
  };
}

const SEVERITY: Record<string, string> = { error: '错误（阻止发布）', warning: '警告（请核实）', info: '提示' };

export function formatExplanation(e: RuleExplanation): string {
  return [
    `[${e.id}] ${e.message}`,
    `类别：${e.category}　级别：${SEVERITY[e.severity] ?? e.severity}`,
    `依据：${e.source}`,
    ...(e.looksFor ? [`查找：${e.looksFor}`] : []),
    ...(e.hit.length ? ['会报：', ...e.hit.map((t) => `  ✗ ${t}`)] : []),
    ...(e.clean.length ? ['不会报：', ...e.clean.map((t) => `  ✓ ${t}`)] : []),
  ].join('\n');
}

/** Ids close to a mistyped one, for a helpful error. */
export function similarRules(id: string): string[] {
  const [cat] = id.split('.');
  return [...RULE_META.keys()].filter((k) => k.startsWith(`${cat}.`) || k.includes(id)).slice(0, 12);
}
