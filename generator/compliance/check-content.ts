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
import type { Variant } from '../manifest.ts';
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
    return { file, path, model, variants, result: checkArticle(model, variants, opts) };
  } catch (err) {
    return { file, path, error: toSourceError(err, file) };
  }
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
