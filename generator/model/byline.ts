import type { ArticleModel } from './types.ts';

/** "科室 姓名 职称" as shown on slides and covers; undefined when the article names no author. */
export function bylineOf(model: ArticleModel): string | undefined {
  const a = model.frontMatter.author;
  if (!a) return undefined;
  return [a.department ?? model.frontMatter.department, a.name, a.title].filter(Boolean).join(' ');
}
