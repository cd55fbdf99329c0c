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
  /** Heading level the article uses for its sections (2 for `##`, 3 for `###`…). */
  depth: number;
  /** Last source line that belongs to the section. */
  endLine: number;
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
  /** Where the answer starts. */
  answerPosition?: SourcePoint;
}

/** Why a sentence was taken as a takeaway, strongest first. */
export type TakeawayReason =
  | 'key-points' | 'myth' | 'step' | 'answer' | 'bold' | 'item' | 'warning' | 'tip' | 'conclusion';

export interface Takeaway extends TextBlock {
  /** The same advice in at most ~28 characters (whole clauses of `text`), for short videos and captions. */
  short: string;
  reason: TakeawayReason;
  /** Higher is stronger. */
  score: number;
  /** 1 for the strongest takeaway of its part of the article, 2 for the next…: renderers with
   * little room go round the parts (all the 1s first), so no part is left out. */
  rank: number;
  /** The heading over it, as a reader sees it (numbering and emoji removed), for slide headings. */
  heading?: string;
  /** The myth this takeaway refutes: shown together, the myth marked 误区, never the myth alone. */
  myth?: TextBlock;
  /** Index into `sections` of the section it is in. */
  section?: number;
  /** The sentence that introduces the list this item is in ("心梗的不适还可能出现在这些部位："):
   * an item that is no sentence of its own ("上腹部，像胃疼、烧心") is said after it. */
  intro?: TextBlock;
}

export interface Myth {
  myth: TextBlock;
  truth: TextBlock;
  /** Found in running prose ("很多人以为…。其实…"), not set apart by the writer: its truth ranks as the sentence it is. */
  inProse?: boolean;
}

/**
 * The article's own advice on when to seek care (or the default line when it has none). `text`
 * is all of it, as written; `sentences` the same cut at sentence ends, so a renderer short on
 * room drops whole sentences (and says so) instead of stopping mid-list.
 */
export interface SafetyAdvice extends TextBlock {
  own: boolean;
  sentences: TextBlock[];
  /** The sentence that says to call 120 / go to the emergency department, when there is one. */
  emergency?: TextBlock;
}

export interface RawHtml extends TextBlock {}

export interface ArticleModel {
  file: string;
  slug: string;
  source: string;
  frontMatter: FrontMatter;
  title: string;
  /** Where the title came from: the front matter or the article's `# ` heading. */
  titleSource: 'front-matter' | 'h1';
  summary: string;
  /** Paragraphs before the first section. */
  lead: TextBlock[];
  sections: Section[];
  /** What the article teaches, ranked (`score`), in reading order. */
  takeaways: Takeaway[];
  myths: Myth[];
  /** Questions the article itself asks (FAQ questions first), for hooks. */
  questions: TextBlock[];
  facts: Fact[];
  quotes: Quote[];
  images: ImageRef[];
  links: LinkRef[];
  faq: FaqPair[];
  callToAction: SafetyAdvice;
  /** What the article is about (tags and the title's recurring words): shortened titles keep one. */
  topics: string[];
  /** Front-matter tags, else tags derived from the title and body (`derived` says which). */
  hashtags: { tags: string[]; derived: boolean };
  references: { title: string; url?: string; publisher?: string; year?: number }[];
  /** The article's own AI-assistance label sentence, when it has one; variants carry it. */
  aiLabel?: TextBlock;
  /** Raw HTML blocks found in the Markdown; they never reach any output. */
  rawHtml: RawHtml[];
  /** sha256 (16 hex) of each local picture's bytes by its path as written, once hashed: part of what sign-offs bind. */
  media?: Record<string, string>;
  /** Body mdast (front matter removed, raw HTML removed) for the article renderer. */
  tree: Root;
}
