/**
 * model: LoadedArticle (mdast) → ArticleModel. The body becomes a stream of blocks, then small
 * recognisers, one per file in `recognise/`, each add what they find, in this order: the title,
 * the sections, references written in the body, myths and their truths, question-and-answer pairs, the safety advice, the
 * takeaways, the figures. Editors shape the variants with the Markdown they already write;
 * Kepu's own headings (划重点, 常见问题, 就医提示, 参考资料) still win where they are used.
 */
import type { Root, Parent, Image, Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { LoadedArticle } from '../load/load-article.ts';
import { sentences } from '../text/sentences.ts';
import { AI_LABEL } from '../text/ai-label.ts';
import { toBlocks, pos } from './blocks.ts';
import { eachOfType } from './walk.ts';
import { forgetAdviceScores, lineLabel, EDITOR_NOTE } from './markers.ts';
import type { ArticleModel, ImageRef, LinkRef, Quote, RawHtml, TextBlock } from './types.ts';
import type { ModelDraft, Recogniser } from './recognise/draft.ts';
import { recogniseTitle } from './recognise/title.ts';
import { recogniseSections } from './recognise/sections.ts';
import { recogniseMyths } from './recognise/myths.ts';
import { recogniseQa } from './recognise/qa.ts';
import { recogniseInterview } from './recognise/interview.ts';
import { recogniseSafety } from './recognise/safety.ts';
import { recogniseTakeaways } from './recognise/takeaways.ts';
import { recogniseFacts } from './recognise/facts.ts';
import { recogniseReferences } from './recognise/references.ts';
import { hashtagsAndTopics } from './recognise/hashtags.ts';

export { DEFAULT_CTA } from './recognise/safety.ts';

/** Order matters: each pass may rely on the roles earlier passes gave to blocks. */
const RECOGNISERS: Recogniser[] = [
  recogniseTitle,
  recogniseSections,
  recogniseReferences,
  recogniseInterview,
  recogniseMyths,
  recogniseQa,
  recogniseSafety,
  recogniseTakeaways,
  recogniseFacts,
];

export function buildModel(article: LoadedArticle): ArticleModel {
  // A new article: the sentence scores kept for the last one are of no more use.
  forgetAdviceScores();
  const { tree: fullTree, frontMatter, file, slug, source } = article;
  const rawHtml = collectRawHtml(fullTree);
  const tree: Root = { type: 'root', children: fullTree.children.filter((n) => n.type !== 'yaml') };
  const draft: ModelDraft = {
    article, tree, blocks: toBlocks(tree), sectionOf: [], roles: [], lead: [], sections: [],
    faq: [], questions: [], myths: [], takeaways: [], facts: [],
  };
  for (const recognise of RECOGNISERS) recognise(draft);
  // FAQ sections' pairs come first: they are the article's own choice of questions.
  draft.faq.sort((a, b) => Number(inFaqSection(draft, b.position.line)) - Number(inFaqSection(draft, a.position.line)));

  const { images, links, quotes } = collectInline(draft.tree);
  const refSection = draft.sections.find((s) => s.role === 'references');
  const references = [...frontMatter.references];
  const refLines = [
    ...(refSection?.items ?? []),
    ...draft.blocks.filter((_, i) => draft.roles[i] === 'references').map((b) => ({ text: b.text.replace(/^[^：:]*[：:]\s*/u, ''), position: b.position })),
  ];
  for (const item of refLines) {
    if (!item.text) continue;
    const known = references.some((r) => item.text.includes(r.title) || r.title.includes(item.text));
    if (!known) references.push({ title: item.text });
  }

  const allBlocks: TextBlock[] = [...draft.lead, ...draft.sections.flatMap((s) => [...s.paragraphs, ...s.items])];
  const aiLabel = allBlocks
    .flatMap((b) => sentences(b.text).map((text) => ({ text, position: b.position })))
    .find((b) => AI_LABEL.test(b.text));
  const summary = frontMatter.summary ?? summarise(draft.lead);
  const base = {
    file, slug, source, frontMatter, title: article.title,
    titleSource: frontMatter.title ? 'front-matter' as const : 'h1' as const,
    summary, lead: draft.lead, sections: draft.sections,
  };
  return {
    ...base,
    takeaways: draft.takeaways, myths: draft.myths, questions: draft.questions,
    facts: draft.facts, quotes, images, links, faq: draft.faq,
    callToAction: draft.safety!, ...hashtagsAndTopics(base),
    references, aiLabel, rawHtml, tree: draft.tree,
  };
}

function inFaqSection(draft: ModelDraft, line: number): boolean {
  return draft.sections.some((s) => s.role === 'faq' && s.position.line <= line && line <= s.endLine);
}

/** The lead's statements, up to 120 characters; a lead of questions only gives its first. */
function summarise(lead: TextBlock[]): string {
  let out = '';
  for (const b of lead) {
    // "真相：…", "答：…": the body has begun (its quoted rumour is no paragraph of the lead).
    if (out && lineLabel(b.text).kind !== 'plain') break;
    for (const s of sentences(b.text.replace(EDITOR_NOTE, ''))) {
      if ([...(out + s)].length > 120) return out;
      out += s;
    }
  }
  return out;
}

function collectInline(tree: Root): { images: ImageRef[]; links: LinkRef[]; quotes: Quote[] } {
  const images: ImageRef[] = [];
  const links: LinkRef[] = [];
  const quotes: Quote[] = [];
  const image = (img: Image) => { images.push({ src: img.url, alt: img.alt ?? '', title: img.title ?? undefined, position: pos(img) }); };
  // Document order, a node before its children (as `visit` walks, without its per-node closures).
  const walk = (node: Nodes) => {
    if (node.type === 'image') image(node);
    if (node.type === 'link' && /^https?:\/\//i.test(node.url)) links.push({ url: node.url, text: toString(node), position: pos(node) });
    if (node.type === 'blockquote') {
      const text = toString(node, { includeImageAlt: false }).trim();
      const m = /^(.*?)\s*[—-]{2}\s*(.+)$/su.exec(text);
      quotes.push({ text: (m ? m[1]! : text).trim(), attribution: m?.[2]?.trim(), position: pos(node) });
      // Images inside a quote are still article images; nothing else in it is walked.
      eachOfType<Image>(node, 'image', image);
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return { images, links, quotes };
}

/** Raw HTML never reaches an output; it is recorded (for a finding) and removed from the tree. */
function collectRawHtml(tree: Root): RawHtml[] {
  const found: RawHtml[] = [];
  // Document order; after a removal the walk goes on with the node that took its place.
  const walk = (parent: Parent) => {
    const children = parent.children;
    for (let i = 0; i < children.length;) {
      const node = children[i]!;
      if (node.type === 'html') {
        found.push({ text: node.value, position: pos(node) });
        children.splice(i, 1);
        continue;
      }
      if ('children' in node) walk(node);
      i++;
    }
  };
  walk(tree);
  return found;
}
