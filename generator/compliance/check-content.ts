/**
 * Check every article in a content folder without writing anything: load → model → render
 * (text only, for the variant checks) → check. Used by `kepu check` and `kepu review`.
 */
import { resolve } from 'node:path';
import { displayPath, listArticles, renderVariants } from '../build.ts';
import { loadArticleFile } from '../load/load-article.ts';
import { SourceError, toSourceError } from '../load/errors.ts';
import { buildModel } from '../model/build-model.ts';
import { mediaHashes } from './media-hash.ts';
import { slugLosers } from '../slug-owners.ts';
import { frontMatterKeyPoint } from '../load/front-matter-position.ts';
import type { ArticleModel } from '../model/types.ts';
import { loadTheme, type Theme } from '../theme.ts';
import type { Finding, Variant } from '../manifest.ts';
import { checkArticle, type CheckResult } from './check.ts';

export type CheckedFile =
  | { file: string; path: string; model: ArticleModel; variants: Variant[]; result: CheckResult; error?: undefined }
  | { file: string; path: string; error: SourceError };

export async function checkFile(path: string, opts: { today?: string; theme?: Theme } = {}): Promise<CheckedFile> {
  const file = displayPath(path);
  try {
    const theme = opts.theme ?? await loadTheme();
    const model = buildModel(await loadArticleFile(path, file));
    model.media = await mediaHashes(model, path);
    const variants = renderVariants(model, theme, () => undefined).map((r) => r.variant);
    const result = checkArticle(model, variants, opts);
    result.findings.unshift(...buildFindings(model, variants));
    return { file, path, model, variants, result };
  } catch (err) {
    return { file, path, error: toSourceError(err, file) };
  }
}

/**
 * What `build` would refuse or the preview would show, as findings, so check tells the whole
 * truth: a missing picture (build fails), an empty body, and every cut or replacement the
 * renderers made (the preview's warnings), per variant.
 */
function buildFindings(model: ArticleModel, variants: Variant[]): Finding[] {
  const out: Finding[] = [];
  for (const img of model.images) {
    if (model.media?.[img.src] === 'missing') {
      out.push({ file: model.file, ...img.position, rule: 'image.missing', category: 'input', severity: 'error', message: `找不到图片 “${img.src}”，构建会失败`, excerpt: img.src });
    }
  }
  if (model.frontMatter.cover && model.media?.[model.frontMatter.cover] === 'missing') {
    out.push({ file: model.file, line: 1, column: 1, rule: 'image.missing', category: 'input', severity: 'error', message: `找不到封面 “${model.frontMatter.cover}”，构建会失败`, excerpt: model.frontMatter.cover });
  }
  if (model.lead.length === 0 && model.sections.every((s) => !s.text.trim())) {
    out.push({ file: model.file, line: 1, column: 1, rule: 'structure.empty-body', category: 'structure', severity: 'warning', message: '正文为空：各平台稿件只有标题', excerpt: '' });
  }
  // One line per kind of cut, not one per variant: the preview lists them all.
  const byCode = new Map<string, { message: string; ids: string[] }>();
  for (const v of variants) {
    for (const w of v.warnings ?? []) {
      if (w.code === 'title.needs-override') continue; // already an error finding on the variant
      const g = byCode.get(w.code) ?? { message: w.message, ids: [] };
      g.ids.push(v.id);
      byCode.set(w.code, g);
    }
  }
  for (const [code, g] of byCode) {
    const more = g.ids.length > 1 ? `（共 ${g.ids.length} 个稿件，如 ${g.ids.slice(0, 3).join('、')}）` : '';
    out.push({ file: model.file, line: 1, column: 1, rule: `variant.${code}`, category: 'variant', severity: 'info', message: `${g.message}${more}`, excerpt: '', variantId: g.ids.length === 1 ? g.ids[0] : undefined });
  }
  return out;
}

export async function checkContent(contentDir: string, opts: { today?: string } = {}): Promise<CheckedFile[]> {
  const paths = await listArticles(resolve(contentDir));
  const out: CheckedFile[] = [];
  const theme = await loadTheme();
  for (const p of paths) out.push(await checkFile(p, { ...opts, theme }));
  // A slug two articles claim: the newer one would not be built, so check says so too.
  const losers = await slugLosers(out.flatMap((c) => (c.error ? [] : [{ file: c.file, path: c.path, slug: c.model.slug }])));
  for (const c of out) {
    const loss = !c.error && losers.get(c.file);
    if (!loss || c.error) continue;
    const at = frontMatterKeyPoint(c.model.source, 'slug');
    c.result.findings.unshift({
      file: c.file, ...at, rule: 'input.slug-duplicate', category: 'input', severity: 'error',
      message: `slug “${c.model.slug}” 已被 ${loss.owner} 使用：${loss.reason}。构建时本文不会生成`, excerpt: '',
      suggestion: '在 front matter 中改用不同的 slug',
    });
  }
  return out;
}
