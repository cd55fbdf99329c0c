/**
 * The one contract between the generator, the preview site and the browser extension.
 * `OUT/manifest.json` is exactly a `Manifest`. Keep this module free of imports from the
 * rest of the generator so the extension can import it without pulling Node code in.
 */

export const MANIFEST_VERSION = 1;

export type PlatformId =
  | 'wechat'
  | 'zhihu'
  | 'toutiao'
  | 'xiaohongshu'
  | 'weibo'
  | 'douyin'
  | 'kuaishou'
  | 'channels'
  | 'bilibili';

export type VariantKind = 'article' | 'video-script' | 'carousel' | 'live-outline';

export type Severity = 'error' | 'warning' | 'info';

export type ArticleStatus = 'draft' | 'in-review' | 'approved' | 'blocked';

/** A position in an article's source file (1-based line and column). */
export interface SourcePoint {
  line: number;
  column: number;
}

export interface Finding {
  /** Path of the source file, relative to the content folder's parent (e.g. `content/x.md`). */
  file: string;
  line: number;
  column: number;
  /** Rule id, e.g. `guarantee.cure` or `privacy.id-card`. */
  rule: string;
  category: string;
  severity: Severity;
  /** Chinese message for editors and reviewers. */
  message: string;
  /** The text that triggered the finding. */
  excerpt: string;
  suggestion?: string;
  /** Set when an editor waived this finding in place; reviewers see the reason. */
  waived?: { reason: string };
  /** Set on variant findings: the variant the problem is in. */
  variantId?: string;
}

export interface Warning {
  /** Machine-readable code, e.g. `cut.sections`, `cut.caption`, `cut.hashtags`. */
  code: string;
  /** Chinese message saying what was cut or changed. */
  message: string;
}

/** One field's length against the platform's limit, for previews and the extension. */
export interface FieldLimit {
  field: 'title' | 'body' | 'caption' | 'hashtags' | 'images' | 'slide';
  length: number;
  max: number;
  min?: number;
  unit: 'chars' | 'weighted' | 'count';
}

export interface Shot {
  index: number;
  startSeconds: number;
  endSeconds: number;
  /** What the presenter says. */
  voiceOver: string;
  /** Short on-screen caption. */
  caption: string;
  /** What the camera shows. */
  visual: string;
  role: 'hook' | 'point' | 'cta';
  /** Where in the article the words come from (the preview links "来自第 N 行"). */
  source?: SourcePoint;
}

/** A chapter marker in a long video's description (Bilibili shows them on the progress bar). */
export interface Chapter {
  startSeconds: number;
  title: string;
}

export interface Slide {
  index: number;
  role: 'cover' | 'point' | 'closing';
  heading?: string;
  text: string;
  /** Path relative to OUT once the slide is rendered. */
  image?: string;
  /** Where in the article the slide's words come from. */
  source?: SourcePoint;
}

export interface RunOfShowItem {
  index: number;
  kind: 'opening' | 'segment' | 'interaction' | 'qa' | 'compliance' | 'closing';
  title: string;
  startMinutes: number;
  durationMinutes: number;
  notes: string[];
}

export interface VariantFile {
  /** What the file is: `html`, `srt`, `json`, `txt`, `png`, `jpg`. */
  kind: string;
  /** Path relative to OUT. */
  path: string;
}

export interface TaggedUrl {
  url: string;
  /** The URL with utm_* parameters. */
  tagged: string;
}

export interface Variant {
  /** Stable id: `<slug>.<platform>.<kind>[.<seconds>s]`. */
  id: string;
  platform: PlatformId;
  kind: VariantKind;
  title: string;
  /** Plain text of the whole variant (body, script voice-over, caption…). */
  text: string;
  html?: string;
  targetSeconds?: number;
  durationSeconds?: number;
  shots?: Shot[];
  chapters?: Chapter[];
  slides?: Slide[];
  runOfShow?: RunOfShowItem[];
  /** Post caption for carousel and video posts. */
  caption?: string;
  hashtags?: string[];
  /** Images to upload with the variant (cover first), paths relative to OUT. */
  images?: string[];
  cover?: string;
  files?: VariantFile[];
  limits?: FieldLimit[];
  warnings?: Warning[];
  findings?: Finding[];
  links?: TaggedUrl[];
}

export interface SignOffState {
  level: 1 | 2 | 3;
  reviewer: string;
  role: string;
  date: string;
  verdict: string;
  hash: string;
  /** True when the hash matches the current content. */
  valid: boolean;
  /** Pictures whose bytes changed since this sign-off (when it recorded them). */
  changedMedia?: string[];
}

export interface ManifestArticle {
  slug: string;
  title: string;
  /** Source path relative to the content folder's parent, e.g. `content/diabetes-diet.md`. */
  source: string;
  status: ArticleStatus;
  statusReasons?: string[];
  summary?: string;
  department?: string;
  author?: { name: string; title?: string; department?: string };
  audience?: string;
  tags?: string[];
  platforms?: PlatformId[];
  /** sha256 of the source text the sign-offs are checked against. */
  contentHash?: string;
  signOffs?: SignOffState[];
  findings: Finding[];
  variants: Variant[];
  /** Path of the article's preview page relative to OUT. */
  page?: string;
  /**
   * Set when the article's latest text failed to build: this is its last good output, kept so
   * nothing silently disappears, and `status` is `blocked` until the error is fixed.
   */
  stale?: { file: string; line: number; column: number; message: string };
}

/** An article that failed to build; the others still are in `articles`. */
export interface BuildError {
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface Manifest {
  version: typeof MANIFEST_VERSION;
  generatedAt: string;
  articles: ManifestArticle[];
  errors?: BuildError[];
}
