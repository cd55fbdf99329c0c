/**
 * model: LoadedArticle (mdast) → ArticleModel. Sections are split at level-1/2 headings; a
 * section's title decides its role (划重点, 常见问题, 就医提示, 参考资料), so editors shape
 * the variants with ordinary Markdown, not special syntax.
 */
import type { Root, RootContent, Heading, Node, Parent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit, SKIP } from 'unist-util-visit';
import type { LoadedArticle } from '../load/load-article.ts';
import type { SourcePoint } from '../manifest.ts';
import { sentences } from '../text/sentences.ts';
import { AI_LABEL } from '../text/ai-label.ts';
import type {
  ArticleModel, Fact, FaqPair, ImageRef, LinkRef, Quote, RawHtml, Section, SectionRole, TextBlock,
} from './types.ts';

const ROLE_BY_TITLE: [RegExp, SectionRole][] = [
  [/划重点|要点|重点回顾|小结|总结/, 'key-points'],
  [/常见问题|问答|FAQ|Q\s*&\s*A/i, 'faq'],
  [/就医提示|就医提醒|温馨提示|何时就医|什么时候.*就医/, 'cta'],
  [/参考资料|参考文献|资料来源/, 'references'],
];

const UNIT =
  '(?:%|％|mmHg|毫米汞柱|mmol\\/L|mg\\/dL|℃|°C|岁|次\\/分钟|次\\/分|厘米|cm|公斤|千克|kg|克|g|毫升|ml|mL|分钟|小时|秒|天|周|个月|年|万|亿|倍|剂|针|次|米|步)';
const FIGURE = new RegExp(`\\d+(?:\\.\\d+)?(?:\\s*[~～\\-–—至到]\\s*\\d+(?:\\.\\d+)?)?\\s*${UNIT}`, 'u');

/** The CTA used when an article has no 就医提示 section: guide to care, never to a booking. */
export const DEFAULT_CTA = '如有不适，请及时到正规医院就诊，并遵医嘱治疗。';

export function buildModel(article: LoadedArticle): ArticleModel {
  const { tree: fullTree, frontMatter, file, slug, source } = article;
  const rawHtml = collectRawHtml(fullTree);
  const tree: Root = { type: 'root', children: fullTree.children.filter((n) => n.type !== 'yaml') };

  const lead: TextBlock[] = [];
  const sections: SectionDraft[] = [];
  let current: { heading: Heading; nodes: RootContent[] } | undefined;
  const flush = () => { if (current) sections.push(toSection(current.heading, current.nodes)); };
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth <= 2) {
      flush();
      current = { heading: node, nodes: [] };
    } else if (current) {
      current.nodes.push(node);
    } else if (node.type === 'paragraph') {
      lead.push(block(node));
    }
  }
  flush();

  const images: ImageRef[] = [];
  const links: LinkRef[] = [];
  const quotes: Quote[] = [];
  visit(tree, (node) => {
    if (node.type === 'image') images.push({ src: node.url, alt: node.alt ?? '', title: node.title ?? undefined, position: pos(node) });
    if (node.type === 'link' && /^https?:\/\//i.test(node.url)) links.push({ url: node.url, text: toString(node), position: pos(node) });
    if (node.type === 'blockquote') {
      const text = toString(node, { includeImageAlt: false }).trim();
      const m = /^(.*?)\s*[—-]{2}\s*(.+)$/su.exec(text);
      quotes.push({ text: (m ? m[1]! : text).trim(), attribution: m?.[2]?.trim(), position: pos(node) });
      return SKIP;
    }
  });

  const body = sections.filter((s) => s.role === 'body');
  const keySection = sections.find((s) => s.role === 'key-points');
  const keyPoints = keySection && keySection.items.length > 0
    ? keySection.items
    : body.flatMap((s) => {
        const first = s.paragraphs[0] ?? s.items[0];
        const sentence = first && sentences(first.text)[0];
        return sentence ? [{ text: sentence, position: first.position }] : [];
      });

  const ctaSection = sections.find((s) => s.role === 'cta');
  const callToAction: TextBlock = ctaSection?.paragraphs[0] ?? { text: DEFAULT_CTA, position: { line: 1, column: 1 } };

  const faq = sections.filter((s) => s.role === 'faq').flatMap((s) => s.faq);
  const facts = collectFacts([...lead, ...sections.filter((s) => s.role !== 'references').flatMap((s) => [...s.paragraphs, ...s.items, ...s.cells])]);

  const refSection = sections.find((s) => s.role === 'references');
  const references = [...frontMatter.references];
  for (const item of refSection?.items ?? []) {
    const known = references.some((r) => item.text.includes(r.title) || r.title.includes(item.text));
    if (!known) references.push({ title: item.text });
  }

  const aiLabel = [...lead, ...sections.flatMap((s) => [...s.paragraphs, ...s.items])]
    .flatMap((b) => sentences(b.text).map((text) => ({ text, position: b.position })))
    .find((b) => AI_LABEL.test(b.text));
  const summary = frontMatter.summary ?? summarise(lead);
  return {
    file, slug, source, frontMatter, title: frontMatter.title, summary,
    lead, sections: sections.map(({ faq: _f, cells: _c, ...s }) => s), keyPoints, facts, quotes, images, links, faq,
    callToAction, references, aiLabel, rawHtml, tree,
  };
}

function summarise(lead: TextBlock[]): string {
  let out = '';
  for (const s of lead.flatMap((b) => sentences(b.text))) {
    if ([...(out + s)].length > 120) break;
    out += s;
  }
  return out;
}

type SectionDraft = Section & { faq: FaqPair[]; cells: TextBlock[] };

function toSection(heading: Heading, nodes: RootContent[]): SectionDraft {
  const title = toString(heading).trim();
  const role = ROLE_BY_TITLE.find(([re]) => re.test(title))?.[1] ?? 'body';
  const paragraphs: TextBlock[] = [];
  const items: TextBlock[] = [];
  const cells: TextBlock[] = [];
  const images: ImageRef[] = [];
  const faq: FaqPair[] = [];
  let question: { text: string; position: SourcePoint; answer: string[] } | undefined;
  let hasTable = false;
  const endQuestion = () => {
    if (question) faq.push({ question: question.text, answer: question.answer.join('\n'), position: question.position });
    question = undefined;
  };
  for (const node of nodes) {
    if (node.type === 'heading') {
      endQuestion();
      if (role === 'faq') question = { text: toString(node).trim(), position: pos(node), answer: [] };
      continue;
    }
    if (node.type === 'paragraph') {
      const onlyImages = node.children.every((c) => c.type === 'image' || (c.type === 'text' && !c.value.trim()));
      if (!onlyImages) {
        const b = block(node);
        if (question) question.answer.push(b.text);
        else paragraphs.push(b);
      }
    }
    if (node.type === 'list') {
      for (const item of node.children) {
        const first = item.children.find((c) => c.type === 'paragraph') ?? item;
        const b = block(first);
        if (question) question.answer.push(b.text);
        else items.push(b);
      }
    }
    if (node.type === 'table') {
      hasTable = true;
      for (const row of node.children) for (const cell of row.children) cells.push(block(cell));
    }
    visit(node, 'image', (img) => {
      images.push({ src: img.url, alt: img.alt ?? '', title: img.title ?? undefined, position: pos(img) });
    });
  }
  endQuestion();
  const text = nodes.map((n) => toString(n)).join('\n');
  return { title, role, position: pos(heading), paragraphs, items, text, hasTable, images, faq, cells };
}

function collectFacts(blocks: TextBlock[]): Fact[] {
  const facts: Fact[] = [];
  for (const b of blocks) {
    for (const s of sentences(b.text)) {
      const m = FIGURE.exec(s);
      if (m) facts.push({ text: s, figure: m[0], position: b.position });
    }
  }
  return facts;
}

/** Raw HTML never reaches an output; it is recorded (for a finding) and removed from the tree. */
function collectRawHtml(tree: Root): RawHtml[] {
  const found: RawHtml[] = [];
  visit(tree, 'html', (node, index, parent) => {
    found.push({ text: node.value, position: pos(node) });
    if (parent && index !== undefined) {
      (parent as Parent).children.splice(index, 1);
      return index;
    }
  });
  return found;
}

function block(node: Node): TextBlock {
  return { text: toString(node, { includeImageAlt: false }).replace(/\s*\n\s*/g, '').trim(), position: pos(node) };
}

function pos(node: Node): SourcePoint {
  const p = node.position?.start;
  return { line: p?.line ?? 1, column: p?.column ?? 1 };
}
