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
  return out;
}
