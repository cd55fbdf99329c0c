/**
 * ArticleModel: what every renderer and check reads. Built once from the mdast; nothing
 * downstream re-parses Markdown. Every piece keeps its source position.
 */
import type { Root } from 'mdast';
import type { SourcePoint } from '../manifest.ts';
import type { FrontMatter } from '../load/schema.ts';

export interface TextBlock {
  text: string;
  position: SourcePoint;
}

/** What a titled section is for; renderers treat the special ones differently. */
export type SectionRole = 'body' | 'key-points' | 'faq' | 'cta' | 'references';

export interface Section {
  title: string;
  role: SectionRole;
  position: SourcePoint;
  paragraphs: TextBlock[];
  /** List items directly in the section (flattened one level). */
  items: TextBlock[];
  /** Plain text of the whole section body, for length estimates. */
  text: string;
  hasTable: boolean;
  images: ImageRef[];
}

export interface Fact extends TextBlock {
  /** The number with its unit, e.g. `140 mmHg`, `7.0 mmol/L`, `38.5℃`. */
  figure: string;
}

export interface Quote extends TextBlock {
  attribution?: string;
}

export interface ImageRef {
  /** As written in Markdown (relative to the article file). */
  src: string;
  alt: string;
  title?: string;
  position: SourcePoint;
}

export interface LinkRef {
  url: string;
  text: string;
  position: SourcePoint;
}

export interface FaqPair {
  question: string;
  answer: string;
  position: SourcePoint;
}

export interface RawHtml extends TextBlock {}

export interface ArticleModel {
  file: string;
  slug: string;
  source: string;
  frontMatter: FrontMatter;
  title: string;
  summary: string;
  /** Paragraphs before the first section. */
  lead: TextBlock[];
  sections: Section[];
  keyPoints: TextBlock[];
  facts: Fact[];
  quotes: Quote[];
  images: ImageRef[];
  links: LinkRef[];
  faq: FaqPair[];
  callToAction: TextBlock;
  references: { title: string; url?: string; publisher?: string; year?: number }[];
  /** The article's own AI-assistance label sentence, when it has one; variants carry it. */
  aiLabel?: TextBlock;
  /** Raw HTML blocks found in the Markdown; they never reach any output. */
  rawHtml: RawHtml[];
  /** Body mdast (front matter removed, raw HTML removed) for the article renderer. */
  tree: Root;
}
