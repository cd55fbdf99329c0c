/**
 * The title is the front matter's, else the first `# ` heading (the loader decides). A `# `
 * heading that repeats the title is the title, not a section: it leaves the body, so it is
 * neither a slide nor a second heading in the article HTML.
 */
import { toString } from 'mdast-util-to-string';
import { lettersOnly as norm } from '../../text/sentences.ts';
import type { ModelDraft } from './draft.ts';


export function recogniseTitle(draft: ModelDraft): void {
  const title = norm(draft.article.title);
  const index = draft.tree.children.findIndex((n) => n.type === 'heading' && n.depth === 1);
  if (index === -1) return;
  const h1 = norm(toString(draft.tree.children[index]!));
  const repeats = h1 === title || (draft.article.frontMatter.title === undefined) || (h1.length >= 4 && (title.includes(h1) || h1.includes(title)));
  if (!repeats) return;
  const line = draft.tree.children[index]!.position?.start.line;
  draft.tree = { ...draft.tree, children: draft.tree.children.filter((_, i) => i !== index) };
  const b = draft.blocks.findIndex((x) => x.kind === 'heading' && x.position.line === line);
  if (b !== -1) draft.blocks.splice(b, 1);
}
