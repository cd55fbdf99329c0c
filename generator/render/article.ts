/**
 * article renderer (wechat, zhihu, toutiao): the body mdast → per-platform HTML.
 * remark-rehype → rehype-sanitize → (inline theme styles) → rehype-stringify.
 * Platform differences (links, list depth, inline styles) are read from the registry entry.
 */
import { unified } from 'unified';
import remarkRehype from 'remark-rehype';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import type { Root, RootContent, List, PhrasingContent, Link, Image } from 'mdast';
import type { Root as HastRoot, Element } from 'hast';
import { toString } from 'mdast-util-to-string';
import type { Warning } from '../manifest.ts';
import type { ArticleModel } from '../model/types.ts';
import type { PlatformRule } from '../platforms/registry.ts';
import { measure } from '../platforms/registry.ts';
import { fitTitle, titleContext, limitOf } from './fit.ts';
import { variantFile, variantId, type Renderer } from './types.ts';
import { attributionOf, tagUrl, type Attribution } from './tag-url.ts';
import { clonePlain } from './clone.ts';
import { eachOfType } from '../model/walk.ts';

/** Sanitise to GitHub's safe subset, minus class names: no platform editor keeps them. */
const schema = {
  ...defaultSchema,
  attributes: { ...defaultSchema.attributes, '*': (defaultSchema.attributes?.['*'] ?? []).filter((a) => a !== 'className') },
  clobberPrefix: '',
};

/**
 * Built once: mdast → sanitised hast → HTML. Theme styles are added after sanitising (they are
 * ours). GFM footnotes get Chinese labels: no English reaches a reader.
 */
const toSafeHast = unified()
  .use(remarkRehype, {
    footnoteLabel: '注释',
    footnoteLabelTagName: 'h3',
    footnoteBackLabel: (referenceIndex: number) => `返回正文第 ${referenceIndex + 1} 处`,
  })
  .use(rehypeSanitize, schema)
  .use(rehypeStringify)
  .freeze();

export const articleRenderer: Renderer = {
  kind: 'article',
  render(model, rule, ctx) {
    const warnings: Warning[] = [];
    const opts = rule.article ?? { inlineStyles: false, maxListDepth: 3, source: '' };
    const tree = clonePlain(model.tree);
    rewriteImages(tree, ctx.assetPath, model.slug);
    const attribution = attributionOf(model, { platform: rule.id, kind: 'article', id: variantId(model.slug, rule.id, 'article') });
    tagLinks(tree, attribution);
    flattenDeepLists(tree, opts.maxListDepth);
    const footnotes = rule.outsideLinks.allowed ? [] : linksToFootnotes(tree, rule.outsideLinks.keepHosts ?? []);
    if (footnotes.length > 0) appendFootnotes(tree, footnotes);
    if (rule.body) condense(tree, rule, warnings);

    const html = htmlOf(model, tree, !rule.outsideLinks.allowed, opts.inlineStyles ? ctx.theme.wechat : undefined);

    const text = toString(tree);
    const title = fitTitle([model.title, model.summary], rule, warnings, titleContext(model, rule.id));
    const id = variantId(model.slug, rule.id, 'article');
    const path = variantFile(model.slug, id, 'html');
    return [{
      variant: {
        id, platform: rule.id, kind: 'article', title, text, html,
        images: model.images.map((i) => ctx.assetPath(i.src)).filter((p): p is string => !!p),
        files: [{ kind: 'html', path }],
        limits: [...limitOf('title', title, rule.title, rule), ...limitOf('body', text, rule.body, rule)],
        warnings,
        links: model.links.map((l) => ({ url: l.url, tagged: tagUrl(l.url, attribution) })),
      },
      files: [{ path, content: html }],
    }];
  },
};

/**
 * The trees already turned into HTML for a model, with how: platforms whose own changes leave
 * the same tree (Zhihu's and Toutiao's, when the article has no outside link, no footnote and no
 * list deeper than two) get the HTML made once. Turning the tree into sanitised HTML is most of
 * this renderer's time.
 */
const made = new WeakMap<ArticleModel, { tree: Root; plainNotes: boolean; styles?: Record<string, string>; html: string }[]>();

/**
 * mdast → sanitised hast → HTML. `plainNotes`: footnotes as a plain numbered list, for editors
 * that drop in-page links (WeChat, Toutiao). `styles`: the theme's inline styles (WeChat keeps
 * no stylesheet).
 */
function htmlOf(model: ArticleModel, tree: Root, plainNotes: boolean, styles: Record<string, string> | undefined): string {
  // Footnote links come only from footnote references: without one, plain footnotes change nothing.
  if (plainNotes && !hasFootnoteReference(tree)) plainNotes = false;
  let done = made.get(model);
  if (!done) made.set(model, (done = []));
  const same = done.find((d) => d.plainNotes === plainNotes && d.styles === styles && samePlain(d.tree, tree));
  if (same) return same.html;
  const hast = toSafeHast.runSync(tree) as HastRoot;
  if (plainNotes) plainFootnotes(hast);
  if (styles) inlineStyles(hast, styles);
  let html = toSafeHast.stringify(hast);
  if (styles) html = `<section style="${styles.section ?? ''}">${html}</section>`;
  done.push({ tree, plainNotes, ...(styles ? { styles } : {}), html });
  return html;
}

function hasFootnoteReference(node: { type: string; children?: unknown[] }): boolean {
  if (node.type === 'footnoteReference') return true;
  const children = node.children as { type: string; children?: unknown[] }[] | undefined;
  return !!children && children.some(hasFootnoteReference);
}

/** Deep equality of plain data (what clonePlain copies): same keys, same values. */
function samePlain(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!samePlain(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const k of keys) {
    if (!Object.hasOwn(b, k) || !samePlain((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  }
  return true;
}

/**
 * Picture addresses relative to the article's own folder (`assets/x.png`), where both the
 * variant file and the review page live: the file opened on its own shows its pictures.
 */
function rewriteImages(tree: Root, assetPath: (src: string) => string | undefined, slug: string): void {
  eachOfType<Image>(tree, 'image', (node) => {
    const path = assetPath(node.url);
    node.url = path?.startsWith(`${slug}/`) ? path.slice(slug.length + 1) : path ?? node.url;
  });
}

/** Every outgoing link carries the variant's utm_* parameters (footnoted URLs included). */
function tagLinks(tree: Root, attribution: Attribution): void {
  eachOfType<Link>(tree, 'link', (node) => {
    node.url = tagUrl(node.url, attribution);
  });
}

/** Editors that break on deep nesting get deeper items lifted to the deepest allowed level. */
function flattenDeepLists(tree: Root, maxDepth: number): void {
  const walk = (list: List, depth: number) => {
    for (const item of list.children) {
      const lifted: RootContent[] = [];
      item.children = item.children.flatMap((child): typeof item.children => {
        if (child.type !== 'list') return [child];
        if (depth < maxDepth) { walk(child, depth + 1); return [child]; }
        // Too deep: its items become siblings after this item, in order.
        walk(child, depth);
        lifted.push(...child.children);
        return [];
      });
      if (lifted.length > 0) {
        const idx = list.children.indexOf(item);
        list.children.splice(idx + 1, 0, ...(lifted as List['children']));
      }
    }
  };
  // Each outermost list (the walk handles the lists inside it), as `visit(tree, 'list', … SKIP)` found them.
  const outermost = (node: { type: string; children?: unknown[] }) => {
    if (node.type === 'list') return walk(node as List, 1);
    const children = node.children as { type: string; children?: unknown[] }[] | undefined;
    if (children) for (const child of children) outermost(child);
  };
  outermost(tree);
}

interface Footnote { n: number; text: string; url: string }

/**
 * Outside links become `text[n]` with the URL written out at the end; a link whose text is its
 * own URL becomes plain text. Links to kept hosts stay links.
 */
function linksToFootnotes(tree: Root, keepHosts: string[]): Footnote[] {
  const notes: Footnote[] = [];
  /** A link replaced, or undefined when it stays (then its children are walked, as `visit` would). */
  const replace = (node: Link, index: number, parent: { children: RootContent[] }): number | undefined => {
    let host = '';
    try { host = new URL(node.url).hostname; } catch { /* relative or anchor */ }
    if (keepHosts.includes(host)) return;
    const text = toString(node);
    let replacement: PhrasingContent[];
    if (!/^https?:/i.test(node.url)) {
      replacement = node.children; // in-page anchors are removed by the editor anyway
    } else if (text === node.url) {
      replacement = [{ type: 'text', value: node.url }];
    } else {
      const existing = notes.find((n) => n.url === node.url);
      const n = existing?.n ?? notes.length + 1;
      if (!existing) notes.push({ n, text, url: node.url });
      replacement = [...node.children, footnoteMark(n)];
    }
    parent.children.splice(index, 1, ...replacement);
    return index + replacement.length;
  };
  // `visit(tree, 'link', …)` without its per-node bookkeeping: document order, the replacement
  // itself not walked again, the walk going on after it.
  const walk = (parent: { children?: RootContent[] }) => {
    const children = parent.children;
    if (!children) return;
    for (let i = 0; i < children.length;) {
      const node = children[i]!;
      if (node.type === 'link') {
        const next = replace(node, i, parent as { children: RootContent[] });
        if (next !== undefined) { i = next; continue; }
      }
      walk(node as { children?: RootContent[] });
      i++;
    }
  };
  walk(tree);
  return notes;
}

/** `[n]` rendered as <sup>: mdast has no superscript, so ask remark-rehype for the tag by name. */
function footnoteMark(n: number): PhrasingContent {
  return { type: 'emphasis', data: { hName: 'sup' }, children: [{ type: 'text', value: `[${n}]` }] };
}

function appendFootnotes(tree: Root, notes: Footnote[]): void {
  tree.children.push(
    { type: 'heading', depth: 3, children: [{ type: 'text', value: '文中链接' }] },
    {
      type: 'list', ordered: false, spread: false,
      children: notes.map((n) => ({
        type: 'listItem', spread: false,
        children: [{ type: 'paragraph', children: [{ type: 'text', value: `[${n.n}] ${n.text}：${n.url}` }] }],
      })),
    },
  );
}

/**
 * Over the body limit: drop whole body sections from the end (never the FAQ, 就医提示 or
 * references, which carry the safety message and the sources) and say which.
 */
function condense(tree: Root, rule: PlatformRule, warnings: Warning[]): void {
  const max = rule.body!.max;
  if (measure(toString(tree), rule.counting) <= max) return;
  const chunks: { title?: string; nodes: RootContent[]; protected: boolean }[] = [{ nodes: [], protected: true }];
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth <= 2) {
      const title = toString(node);
      chunks.push({ title, nodes: [node], protected: /划重点|常见问题|就医|参考|文中链接/.test(title) });
    } else {
      chunks.at(-1)!.nodes.push(node);
    }
  }
  const dropped: string[] = [];
  const len = () => measure(chunks.flatMap((c) => c.nodes).map((n) => toString(n)).join(''), rule.counting);
  for (let i = chunks.length - 1; i >= 0 && len() > max; i--) {
    if (chunks[i]!.protected) continue;
    dropped.unshift(chunks[i]!.title ?? '');
    chunks.splice(i, 1);
  }
  tree.children = chunks.flatMap((c) => c.nodes);
  if (dropped.length > 0) {
    warnings.push({ code: 'cut.sections', message: `正文超过${rule.name}上限 ${max} 字，删去了小节：${dropped.join('、')}` });
  }
  if (len() > max) {
    warnings.push({ code: 'over.body', message: `删去可删小节后正文仍超过${rule.name}上限 ${max} 字（现 ${len()} 字），请人工精简` });
  }
}

/** Footnote marks become plain [n] and the back-links go: the editor would strip them anyway. */
function plainFootnotes(tree: HastRoot): void {
  // As `visit(tree, 'element', …)` would, without its per-node bookkeeping: a removed or replaced
  // link is not walked into, and the walk goes on at the same place.
  const walk = (parent: { children: HastRoot['children'] }) => {
    const children = parent.children;
    for (let i = 0; i < children.length;) {
      const node = children[i]!;
      if (node.type === 'element' && node.tagName === 'a' && 'dataFootnoteBackref' in node.properties) {
        children.splice(i, 1);
        continue;
      }
      if (node.type === 'element' && node.tagName === 'a' && 'dataFootnoteRef' in node.properties) {
        children.splice(i, 1, { type: 'text', value: `[${toText(node)}]` });
        continue;
      }
      if ('children' in node) walk(node as { children: HastRoot['children'] });
      i++;
    }
  };
  walk(tree);
}

function toText(node: Element): string {
  return node.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? toText(c) : '')).join('');
}

/** WeChat keeps only inline styles: write the theme's style on every element, no class. */
function inlineStyles(tree: HastRoot, styles: Record<string, string>): void {
  eachOfType<Element>(tree, 'element', (node) => {
    delete node.properties.className;
    const style = styles[node.tagName];
    if (style) node.properties.style = style;
  });
}
