/**
 * check: findings for one article and its variants, plus its review state. The single entry
 * point the build and `kepu check` call. Variant findings are also written onto each variant
 * (`variant.findings`), which is how they reach the manifest.
 */
import type { Finding, ManifestArticle, Variant } from '../manifest.ts';
import type { ArticleModel } from '../model/types.ts';
import { contentHash, reviewStatus, signOffStates } from './review.ts';
import { articleBlocks, pointLocator } from './text-blocks.ts';
import { scanPrivacy } from './privacy.ts';
import { hitToFinding } from './place.ts';
import { consentFindings } from './consent.ts';
import { aiLabelFindings, requiredElementFindings, statisticsFindings, structureFindings } from './elements.ts';
import { applyWaivers, collectWaivers, isWaiverComment, unusedWaivers } from './waivers.ts';
import { memoScanner, variantFindings } from './variants.ts';

export interface CheckResult {
  findings: Finding[];
  /** Findings only a variant has, by variant id (the same objects as in `variant.findings`). */
  variantFindings: Record<string, Finding[]>;
  review: Pick<ManifestArticle, 'status' | 'statusReasons' | 'contentHash' | 'signOffs'>;
}

export interface CheckOptions {
  /** The build date (YYYY-MM-DD) consent expiry is compared with; today by default. */
  today?: string;
}

export function checkArticle(model: ArticleModel, variants: Variant[], opts: CheckOptions = {}): CheckResult {
  const today = opts.today ?? new Date().toISOString().slice(0, 10);
  const locate = pointLocator(model.source);
  const blocks = articleBlocks(model);

  const findings: Finding[] = [];
  // One memo for the blocks and the variants: a variant line is often a block's whole text (a
  // list item, a FAQ question), and blocks repeat too; the same text always gives the same hits.
  const scan = memoScanner();
  for (const block of blocks) {
    for (const hit of scan(block.text)) {
      findings.push(hitToFinding(model.file, hit, locate(block.offsets[hit.start]!)));
    }
  }
  findings.push(
    ...model.rawHtml.filter((h) => !isWaiverComment(h)).flatMap((h) => rawHtmlFindings(model.file, h)),
    ...consentFindings(model, today),
    ...requiredElementFindings(model),
    ...structureFindings(model),
    ...aiLabelFindings(model, blocks),
    ...statisticsFindings(model, blocks, locate),
  );

  const { waivers, problems } = collectWaivers(model);
  const articleFindings = sortFindings(dedupe(findings));
  applyWaivers(model, articleFindings, waivers);

  // Keyed by ids no other article has: a null-prototype object is a plain hash table from the
  // start, where adding each id to an ordinary object made V8 build a new hidden class per key.
  const byVariant: Record<string, Finding[]> = Object.create(null) as Record<string, Finding[]>;
  for (const v of variants) {
    const own = sortFindings(dedupe([...variantFindings(model, v, articleFindings, locate, scan), ...titleFindings(model, v)]));
    applyWaivers(model, own, waivers);
    v.findings = own;
    byVariant[v.id] = own;
  }
  articleFindings.push(...problems, ...unusedWaivers(model, waivers));

  const hash = contentHash(model);
  const signOffs = signOffStates(model, hash);
  const all = sortFindings(articleFindings);
  return {
    findings: all, variantFindings: byVariant,
    review: { contentHash: hash, signOffs, ...reviewStatus(all, signOffs, Object.values(byVariant).flat()) },
  };
}

/** A title Kepu could not shorten sensibly blocks the variant until the editor writes one. */
function titleFindings(model: ArticleModel, v: Variant): Finding[] {
  return (v.warnings ?? []).filter((w) => w.code === 'title.needs-override').map((w) => ({
    file: model.file, line: 1, column: 1, rule: 'title.needs-override', category: 'input', severity: 'error' as const,
    message: w.message, excerpt: v.title, variantId: v.id,
    suggestion: `在 front matter 中写 titles: { ${v.platform}: 不超过平台上限、含主题的标题 }`,
  }));
}

/**
 * Raw HTML and comments never reach a variant, and their text must not reach the manifest or
 * the preview either (a comment may hold a patient's name): the finding names the kind and the
 * line only. A comment holding personal data gets its own error, by kind, without the data.
 */
function rawHtmlFindings(file: string, h: { text: string; position: { line: number; column: number } }): Finding[] {
  const comment = /^<!--/.test(h.text.trim());
  const tag = /^<\s*([a-zA-Z][\w-]*)/.exec(h.text.trim())?.[1]?.toLowerCase();
  const kind = comment ? 'HTML 注释' : tag ? `HTML 标签 <${tag}>` : '原始 HTML';
  const out: Finding[] = [{
    file, ...h.position, rule: 'input.raw-html', category: 'input', severity: 'warning',
    message: `Markdown 中的${kind}已被移除，不会出现在任何平台的稿件中（内容不在预览和 manifest 中显示）`, excerpt: '',
  }];
  const privacy = [...new Set(scanPrivacy(h.text).map((p) => p.message))];
  if (privacy.length > 0) {
    out.push({
      file, ...h.position, rule: 'privacy.in-comment', category: 'privacy', severity: 'error',
      message: `${kind}中含有个人信息（${privacy.join('；')}）：注释不会发布，但会留在源文件和版本库里`,
      excerpt: '', suggestion: '删除注释中的个人信息',
    });
  }
  return out;
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.rule}|${f.line}|${f.column}|${f.excerpt}|${f.variantId ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
}
