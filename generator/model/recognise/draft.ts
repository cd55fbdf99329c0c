/**
 * The model under construction. Each recogniser is a pass that reads what earlier passes
 * found and adds its own part; `build-model.ts` runs them in order, top to bottom.
 */
import type { Root } from 'mdast';
import type { LoadedArticle } from '../../load/load-article.ts';
import type { Block } from '../blocks.ts';
import type { FaqPair, Fact, Myth, SafetyAdvice, Section, Takeaway, TextBlock } from '../types.ts';

export interface ModelDraft {
  article: LoadedArticle;
  /** Body mdast (front matter, raw HTML and a title-repeating H1 removed). */
  tree: Root;
  blocks: Block[];
  /** Index of each block's section in `sections`, or -1 before the first section. */
  sectionOf: number[];
  lead: TextBlock[];
  sections: Section[];
  faq: FaqPair[];
  questions: TextBlock[];
  myths: Myth[];
  safety?: SafetyAdvice;
  /** What a block (by index) was recognised as, when it is more than plain text. */
  roles: (BlockRole | undefined)[];
  takeaways: Takeaway[];
  facts: Fact[];
}

export type BlockRole =
  | 'title' | 'question' | 'answer' | 'answer-more' | 'myth' | 'truth' | 'safety' | 'byline' | 'references' | 'quote';

export type Recogniser = (draft: ModelDraft) => void;
