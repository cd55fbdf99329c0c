/**
 * check: findings for one article and its variants, plus its review state. The single entry
 * point the build and `kepu check` call.
 */
import type { Finding, ManifestArticle, Variant } from '../manifest.ts';
import type { ArticleModel } from '../model/types.ts';
import { contentHash, reviewStatus, signOffStates } from './review.ts';

export interface CheckResult {
  findings: Finding[];
  review: Pick<ManifestArticle, 'status' | 'statusReasons' | 'contentHash' | 'signOffs'>;
}

export function checkArticle(model: ArticleModel, variants: Variant[]): CheckResult {
  const findings: Finding[] = model.rawHtml.map((h) => ({
    file: model.file, ...h.position, rule: 'input.raw-html', category: 'input', severity: 'warning' as const,
    message: 'Markdown 中的原始 HTML 已被移除，不会出现在任何平台的稿件中', excerpt: h.text.slice(0, 80),
  }));
  void variants;
  const hash = contentHash(model);
  const signOffs = signOffStates(model, hash);
  return { findings, review: { contentHash: hash, signOffs, ...reviewStatus(findings, signOffs) } };
}
