import type { Finding } from '../manifest.ts';
import { checkContent } from '../compliance/check-content.ts';
import type { Command } from './types.ts';
import { explainRule, formatExplanation, similarRules } from '../compliance/explain.ts';

const SEVERITY = { error: '错误', warning: '警告', info: '提示' } as const;

/** One line per finding in the form editors and tools jump from: `file:line:column [rule] message`. */
export function formatFinding(f: Finding): string {
  const where = f.variantId ? `（稿件 ${f.variantId}）` : '';
  const excerpt = f.excerpt ? `：“${f.excerpt}”` : '';
  const fix = f.suggestion ? ` 建议：${f.suggestion}` : '';
  const waived = f.waived ? ` [已豁免：${f.waived.reason}]` : '';
  return `${f.file}:${f.line}:${f.column} [${f.rule}] ${SEVERITY[f.severity]}${where}：${f.message}${excerpt}${fix}${waived}`;
}

export const checkCommand: Command = {
  name: 'check',
  usage: 'kepu check [--content DIR] [--json] [--date YYYY-MM-DD] [--explain 规则]   检查广告用语、隐私、知情同意和科普要素；--explain 说明一条规则',
  options: {
    explain: { type: 'string' },
    content: { type: 'string', default: 'content' },
    json: { type: 'boolean', default: false },
    date: { type: 'string' },
  },
  async run(values) {
    if (typeof values.explain === 'string') {
      const e = explainRule(values.explain);
      if (!e) {
        const near = similarRules(values.explain);
        process.stderr.write(`没有规则 “${values.explain}”${near.length ? `。相近的规则：${near.join('、')}` : ''}\n`);
        return 2;
      }
      process.stdout.write(`${formatExplanation(e)}\n`);
      return 0;
    }
    const today = typeof values.date === 'string' ? values.date : undefined;
    const checked = await checkContent(String(values.content), { today });
    const findings: Finding[] = [];
    for (const c of checked) {
      if (c.error) {
        findings.push({
          file: c.error.file, line: c.error.line, column: c.error.column, rule: `input.${c.error.code}`, category: 'input',
          severity: 'error', message: c.error.message, excerpt: '',
        });
        continue;
      }
      findings.push(...c.result.findings, ...Object.values(c.result.variantFindings).flat());
    }
    const failing = findings.filter((f) => f.severity === 'error' && !f.waived);
    if (values.json) {
      process.stdout.write(`${JSON.stringify(findings.map(toJson), null, 2)}\n`);
    } else {
      for (const f of findings) process.stdout.write(`${formatFinding(f)}\n`);
      const waived = findings.filter((f) => f.waived).length;
      process.stderr.write(
        `${failing.length === 0 ? '✓' : '✗'} ${checked.length} 篇文章：${failing.length} 个错误，` +
          `${findings.filter((f) => f.severity === 'warning' && !f.waived).length} 个警告${waived ? `，${waived} 个已豁免` : ''}\n`,
      );
    }
    return failing.length > 0 ? 1 : 0;
  },
};

function toJson(f: Finding) {
  return {
    file: f.file, line: f.line, column: f.column, rule: f.rule, category: f.category, severity: f.severity,
    message: f.message, excerpt: f.excerpt,
    ...(f.suggestion ? { suggestion: f.suggestion } : {}),
    ...(f.waived ? { waived: f.waived } : {}),
    ...(f.variantId ? { variantId: f.variantId } : {}),
  };
}
