/**
 * The one contract between the generator, the preview site and the browser extension.
 * Version 2 is split so it scales to a hospital group's archive: `OUT/manifest.json` is a small
 * `Manifest` index (about 1 KB per article) and each article's variants and findings are in
 * `OUT/articles/<slug>.json` as an `ArticleDetail`, fetched only when that article is opened.
 * Keep this module free of imports from the rest of the generator so the extension can import
 * it without pulling Node code in.
 */

export const MANIFEST_VERSION = 2;

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
  /** Set on every arm of an A/B test of titles or covers, the base variant (arm a) included. */
  experiment?: VariantExperiment;
  /** The compact code that attributes bookings to this variant, and what may carry it here. */
  channel?: VariantChannel;
}

/**
 * One arm of an A/B test: the same body under another title or cover. The experiment id is the
 * base variant's id; an alternative's own id is that id plus `.title-b`, `.cover-c`….
 */
export interface VariantExperiment {
  id: string;
  /** `a` is the base variant; `b`, `c` the alternatives in front-matter order. */
  arm: string;
  /** Every arm's variant id, `a` first. */
  arms: string[];
  /** What this arm changes against arm a (empty for arm a). */
  changes: ('title' | 'cover')[];
  /** `random` where the platform splits arms at random (registry AB_SPLIT); otherwise comparisons are 非随机对比. */
  split: 'random' | 'none';
  /** How to publish the arms so the platform splits them, or why a comparison will be 非随机对比 (Chinese). */
  note: string;
}

/**
 * Attribution: `code` (≤ 32 characters of [a-z0-9-], stable for the variant id) fits a
 * mini-program code's `scene`; the booking mini-program stores it on the appointment, and a
 * booking export with that column joins back to this variant. Carriers are listed only where the
 * platform allows them (registry ATTRIBUTION, QR_CODES, outsideLinks).
 */
export interface VariantChannel {
  code: string;
  /** Booking mini-program page with the code, for a mini-program link in the post (公众号). */
  miniProgramPath?: string;
  /** The booking mini-program's AppID, to pick it in the editor's mini-program dialog (set with `miniProgramPath`). */
  miniProgramAppId?: string;
  /** Booking URL (URL Link or web page) with the code, where an outside link, 阅读原文 or a QR code may carry it. */
  bookingUrl?: string;
  /** Which carriers this platform allows, in Chinese, or why none. */
  note: string;
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
  /** Front-matter date (YYYY-MM-DD). */
  date?: string;
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

/** Where an article's detail file is, relative to OUT. */
export function detailPath(slug: string): string {
  return `articles/${slug}.json`;
}

/** Finding counts by severity, waived findings left out (they no longer block). */
export type FindingCounts = Record<Severity, number>;

/** One article in the index: what a list, a filter or a status badge needs, and no more. */
export interface IndexEntry {
  slug: string;
  title: string;
  source: string;
  /** The reasons are in the detail: the index says only whether it may go out. */
  status: ArticleStatus;
  department?: string;
  /** The author's name. */
  author?: string;
  /** Front-matter date (YYYY-MM-DD) when the article has one. */
  date?: string;
  platforms: PlatformId[];
  counts: FindingCounts;
  /**
   * Variant ids by kind, without the `<slug>.` every id starts with (`wechat.article`,
   * `douyin.video-script.60s`): `variantIds` gives the full ids.
   */
  variants: Partial<Record<VariantKind, string[]>>;
  /** `ArticleDetail` file, relative to OUT. */
  detail: string;
  /** Preview page, relative to OUT. */
  page?: string;
  stale?: ManifestArticle['stale'];
}

/** `OUT/articles/<slug>.json`. */
export interface ArticleDetail {
  version: typeof MANIFEST_VERSION;
  article: ManifestArticle;
}

/** An article that failed to build; the others still are in `articles`. */
export interface BuildError {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** `OUT/manifest.json`: the index. */
export interface Manifest {
  version: typeof MANIFEST_VERSION;
  generatedAt: string;
  articles: IndexEntry[];
  errors?: BuildError[];
}

export function countFindings(findings: Finding[]): FindingCounts {
  const counts: FindingCounts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) if (!f.waived) counts[f.severity]++;
  return counts;
}

/** The index entry of a built article. */
export function indexEntry(a: ManifestArticle): IndexEntry {
  const variants: IndexEntry['variants'] = {};
  for (const v of a.variants) (variants[v.kind] ??= []).push(v.id.slice(a.slug.length + 1));
  return {
    slug: a.slug,
    title: a.title,
    source: a.source,
    status: a.status,
    ...(a.department ? { department: a.department } : {}),
    ...(a.author?.name ? { author: a.author.name } : {}),
    ...(a.date ? { date: a.date } : {}),
    platforms: a.platforms ?? [...new Set(a.variants.map((v) => v.platform))],
    counts: countFindings([...a.findings, ...a.variants.flatMap((v) => v.findings ?? [])]),
    variants,
    detail: detailPath(a.slug),
    ...(a.page ? { page: a.page } : {}),
    ...(a.stale ? { stale: a.stale } : {}),
  };
}

/** The full ids of an index entry's variants, with their kinds. */
export function variantIds(e: IndexEntry): { id: string; kind: VariantKind }[] {
  return (Object.entries(e.variants) as [VariantKind, string[]][]).flatMap(([kind, ids]) => ids.map((id) => ({ id: `${e.slug}.${id}`, kind })));
}

export function variantCount(e: IndexEntry): number {
  return Object.values(e.variants).reduce((n, ids) => n + (ids?.length ?? 0), 0);
}
