/**
 * load: a Markdown file → `LoadedArticle` (validated front matter + mdast). Everything that
 * can be wrong with the file itself is reported here with file:line:column.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkCjkFriendlyStrikethrough from 'remark-cjk-friendly-gfm-strikethrough';
import type { Heading, Root, Yaml } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { ZodError } from 'zod';
import { frontMatterSchema, type FrontMatter } from './schema.ts';
import { PLATFORM_IDS } from '../platforms/registry.ts';
import { SourceError } from './errors.ts';

/** Articles are a few thousand characters; anything this large is a mistake, not an article. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

export interface LoadedArticle {
  /** Path used in messages, e.g. `content/diabetes-diet.md`. */
  file: string;
  /** Source text after BOM removal and CRLF → LF (positions refer to this). */
  source: string;
  frontMatter: FrontMatter;
  /** Front-matter `title`, else the text of the first `# ` heading. */
  title: string;
  slug: string;
  tree: Root;
}

// CommonMark's flanking rules leave `**结论。**正文` as literal asterisks (a closing `**` after
// full-width punctuation and before a Han character never closes); the cjk-friendly plugins
// are the unified ecosystem's fix, for emphasis and GFM strikethrough alike.
const markdown = () => unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfm)
  .use(remarkCjkFriendly)
  .use(remarkCjkFriendlyStrikethrough);
const parser = markdown().freeze();

/**
 * The same parser without GFM's search for bare URLs and e-mail addresses in text (`www.x.cn`,
 * `a@b.cn` becoming links), which walks the parsed tree four more times, once per regular
 * expression: about a tenth of parsing an article. It is used only for a source in which that
 * search cannot find anything: every match contains "@" or "http"/"www" (in any case), and a
 * text node holds nothing the source does not spell out except what a character reference
 * ("&…;") decodes to.
 */
const parserWithoutLiteralLinks = markdown().use(withoutLiteralLinkSearch).freeze();

/** Drops the tree transform of GFM's autolink-literal extension (its token handlers stay). */
function withoutLiteralLinkSearch(this: Processor): void {
  type Extension = { transforms?: unknown[]; enter?: Record<string, unknown> } | Extension[];
  const strip = (ext: Extension): Extension => {
    if (Array.isArray(ext)) return ext.map(strip);
    if (!ext.transforms || !ext.enter?.literalAutolink) return ext;
    const { transforms: _dropped, ...rest } = ext;
    return rest;
  };
  const data = this.data() as { fromMarkdownExtensions?: Extension[] };
  data.fromMarkdownExtensions = data.fromMarkdownExtensions?.map(strip);
}

/** Whether GFM's autolink-literal search could find anything in `source` (see above). */
const MAY_HAVE_LITERAL_LINK = /[@&]|http|www/i;

/** `bytes`: the file's content when the caller has already read it (incremental builds hash it first). */
export async function loadArticleFile(path: string, displayPath: string, bytes?: Buffer): Promise<LoadedArticle> {
  const unreadable = (err: unknown) => new SourceError({
    file: displayPath, line: 1, column: 1, code: 'file.unreadable',
    message: `无法读取文件（${(err as NodeJS.ErrnoException).code ?? (err as Error).message}）/ cannot read file`,
  });
  const size = bytes?.length ?? (await stat(path).catch((err) => { throw unreadable(err); })).size;
  if (size > MAX_ARTICLE_BYTES) {
    throw new SourceError({
      file: displayPath, line: 1, column: 1, code: 'file.too-large',
      message: `文件过大（${(size / 1048576).toFixed(1)} MB，上限 ${MAX_ARTICLE_BYTES / 1048576} MB），请拆分文章 / file too large`,
    });
  }
  const content = bytes ?? await readFile(path).catch((err) => { throw unreadable(err); });
  return parseArticle(decode(content, displayPath), displayPath, basename(path, '.md'));
}

function decode(bytes: Buffer, file: string): string {
  // A NUL byte or invalid UTF-8 means this is not a text article (e.g. a binary renamed .md).
  const nul = bytes.indexOf(0);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  const bad = text.indexOf('\uFFFD');
  if (nul !== -1 || bad !== -1) {
    const at = nul !== -1 ? bytes.subarray(0, nul).toString('utf8').length : bad;
    const { line, column } = offsetToPoint(text, at);
    // Windows editors often save Chinese text as GBK: say so, and how to fix it.
    if (nul === -1 && looksLikeGb18030(bytes)) {
      throw new SourceError({
        file, line, column, code: 'file.gbk',
        message: '文件保存为 GBK/GB18030 编码：请用编辑器“另存为 UTF-8”后再构建 / saved as GBK: re-save as UTF-8',
      });
    }
    throw new SourceError({
      file, line, column, code: 'file.not-text',
      message: '文件不是 UTF-8 文本（可能是二进制文件被命名为 .md）/ not UTF-8 text',
    });
  }
  return text;
}

/** Decodes cleanly as GB18030 and mostly into Han characters: a Chinese text saved as GBK. */
function looksLikeGb18030(bytes: Buffer): boolean {
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
    return han >= 2 && han / Math.max(1, text.replace(/\s/g, '').length) > 0.1;
  } catch {
    return false;
  }
}

function offsetToPoint(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

export function parseArticle(raw: string, file: string, fallbackSlug: string): LoadedArticle {
  const source = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const tree = (MAY_HAVE_LITERAL_LINK.test(source) ? parser : parserWithoutLiteralLinks).parse(source) as Root;
  const yamlNode = tree.children.find((n): n is Yaml => n.type === 'yaml');
  const frontMatter = parseFrontMatter(yamlNode, source, file);
  const slug = frontMatter.slug ?? slugify(fallbackSlug, file);
  return { file, source, frontMatter, title: titleOf(frontMatter, tree, file, source), slug, tree };
}

/** Editors often put the title in the body as `# 标题`; that is as good as front matter. */
function titleOf(frontMatter: FrontMatter, tree: Root, file: string, source: string): string {
  if (frontMatter.title) return frontMatter.title;
  const h1 = tree.children.find((n): n is Heading => n.type === 'heading' && n.depth === 1);
  const text = h1 ? toString(h1).trim() : '';
  if (!h1 || !text) {
    throw new SourceError({
      file, line: 1, column: 1, code: 'frontmatter.field', source,
      message: '缺少标题：请在 front matter 填写 title，或在正文开头写一行“# 标题” / `title` is required (or a `# ` heading)',
    });
  }
  if ([...text].length > 64) {
    const p = h1.position!.start;
    throw new SourceError({
      file, line: p.line, column: p.column, code: 'frontmatter.field', source,
      message: `标题（一级标题）超过 64 字（现 ${[...text].length} 字），请缩短 / title longer than 64 characters`,
    });
  }
  return text;
}

function slugify(name: string, file: string): string {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug) return slug;
  throw new SourceError({
    file, line: 1, column: 1, code: 'frontmatter.slug',
    message: '文件名不含字母或数字，请在 front matter 中填写 slug / file name gives no slug: set `slug`',
  });
}

function parseFrontMatter(node: Yaml | undefined, source: string, file: string): FrontMatter {
  if (!node) {
    throw new SourceError({
      file, line: 1, column: 1, code: 'frontmatter.missing', source,
      message: '缺少 front matter：文件应以 --- 开头并至少填写 title / missing front matter (--- title: … ---)',
    });
  }
  // The YAML text starts on the line after the opening `---`.
  const lineOffset = node.position!.start.line;
  const counter = new LineCounter();
  const doc = parseDocument(node.value, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => {
    const p = counter.linePos(offset);
    return { line: p.line + lineOffset, column: p.col };
  };
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    throw new SourceError({
      file, ...at(e.pos[0]), code: 'frontmatter.yaml', source,
      message: `front matter 不是有效的 YAML：${e.message.split('\n')[0]} / invalid YAML`,
    });
  }
  const data = doc.toJS() ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new SourceError({ file, ...at(0), code: 'frontmatter.shape', source, message: 'front matter 应为“字段: 值”形式 / front matter must be a mapping' });
  }
  const parsed = frontMatterSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  throw zodToSourceError(parsed.error, doc, at, file, source);
}

function zodToSourceError(
  error: ZodError, doc: Document, at: (o: number) => { line: number; column: number }, file: string, source: string,
): SourceError {
  // Every problem at once, so an editor fixes the front matter in one round: the first is
  // located with a code frame, the others are listed with their own lines.
  const located = error.issues.map((issue) => locateIssue(issue, doc, at));
  const [first, ...rest] = located;
  const more = rest.length > 0 ? `\n${rest.map((r) => `  另：第 ${r.point.line} 行 ${r.message}`).join('\n')}` : '';
  return new SourceError({ file, ...first!.point, code: 'frontmatter.field', source, message: `${first!.message}${more}` });
}

/** Where in the YAML an issue is, and what to say about it. */
function locateIssue(
  issue: ZodError['issues'][number], doc: Document, at: (o: number) => { line: number; column: number },
): { point: { line: number; column: number }; message: string } {
  let path = issue.path as (string | number)[];
  if (issue.code === 'unrecognized_keys') path = [...path, issue.keys[0]!];
  const field = path.join('.') || '(root)';
  // Point at the value when it exists, at its key for unknown keys, else at the parent.
  let offset = 0;
  for (let depth = path.length; depth >= 0; depth--) {
    const sub = path.slice(0, depth);
    const node = sub.length === 0 ? doc.contents : doc.getIn(sub, true);
    if (issue.code === 'unrecognized_keys' && depth === path.length) {
      const parent = doc.getIn(path.slice(0, -1), true) ?? doc.contents;
      const pair = (parent as { items?: { key: unknown }[] })?.items?.find(
        (p) => isNode(p.key) && (p.key as { value?: unknown }).value === path[path.length - 1],
      );
      if (pair && isNode(pair.key) && pair.key.range) { offset = pair.key.range[0]; break; }
      continue;
    }
    if (isNode(node) && node.range) { offset = node.range[0]; break; }
  }
  const shape = SHAPES[String(path[0])];
  // `titles` and `alternatives` are keyed by platform: an unknown key there is an unknown platform.
  const platformKeyed = issue.code === 'unrecognized_keys' && path.length === 2 && PLATFORM_KEYED.has(String(path[0]));
  const message =
    platformKeyed
      ? `字段 “${field}”：未知平台，可选：${PLATFORM_IDS.join(', ')} / unknown platform`
      : issue.code === 'unrecognized_keys'
      ? `未知字段 “${field}” / unknown field`
      : `字段 “${field}”：${describeIssue(issue)}${shape ? `（应写作 ${shape}）` : ''}`;
  return { point: at(offset), message };
}

const PLATFORM_KEYED = new Set(['titles', 'alternatives']);

/** How a structured field is written, shown with its errors. */
const SHAPES: Record<string, string> = {
  author: 'author: { name: 张三, title: 主任医师, department: 心内科 }',
  consent: 'consent: { who: 患者本人, date: 2026-01-05, scope: [文字, 图片], expires: 2027-01-05 }',
  references: 'references: [《中国高血压防治指南（2018年修订版）》]',
  titles: 'titles: { xiaohongshu: 不超过 20 字的标题 }',
  alternatives: 'alternatives: { toutiao: [另一个标题], wechat: [{ title: 另一个标题, cover: images/封面B.jpg }] }',
  tags: 'tags: [高血压, 慢病管理]',
  date: 'date: 2026-11-27',
};

const TYPE_NAMES: Record<string, string> = {
  string: '文本', number: '数字', boolean: 'true/false', array: '列表', object: '键值对', date: '日期',
};

/** Our schema writes bilingual messages; zod's own defaults (wrong type, bad enum) get Chinese here. */
function describeIssue(issue: ZodError['issues'][number]): string {
  if (issue.code === 'invalid_type') {
    const expected = String(issue.expected);
    return `类型应为${TYPE_NAMES[expected] ?? expected} / expected ${expected}`;
  }
  if (issue.code === 'invalid_value' && issue.message.startsWith('Invalid option')) {
    return `可选值：${issue.values.map(String).join('、')} / must be one of these`;
  }
  return issue.message;
}
