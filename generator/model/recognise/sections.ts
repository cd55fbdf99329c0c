/**
 * Sections split at the article's own top heading level: `##` in most articles, `###` in a
 * listicle that never uses `##`. A section's role comes from what its heading *is* (the whole
 * heading reads "划重点" or "常见问题"), not from a word somewhere in it.
 */
import type { SectionRole, Section, TextBlock } from '../types.ts';
import { headingLabel, lineLabel, stripNumbering } from '../markers.ts';
import type { ModelDraft } from './draft.ts';

const ROLE_BY_TITLE: [RegExp, SectionRole][] = [
  [/^(?:划重点|本文要点|要点|要点回顾|重点回顾|重点|小结|总结|一图读懂|敲黑板)$/u, 'key-points'],
  [/^(?:常见问题|常见问答|问答|答疑|你问我答|医生答疑|专家答疑|FAQ|Q\s*&\s*A)$/iu, 'faq'],
  [/^(?:就医提示|就医提醒|何时就医|何时需要就医|什么时候(?:要|需要|应该|该)?(?:去)?就医|什么情况下?(?:要|需要|应该)?(?:去)?就医)$/u, 'cta'],
  [/^(?:参考资料|参考文献|资料来源|参考)$/u, 'references'],
];

/** "出现这些情况，及时回医院" / "什么时候必须去医院？": a heading that is itself about seeking care. */
const CARE_HEADING = /(?:就医|就诊|去医院|回医院|到医院|上医院|看医生|急诊|120)/u;
const WHEN_HEADING = /出现|什么时候|何时|哪些情况|这些情况|以下情况|几种情况|及时|立即|尽快|赶紧|赶快|马上|必须|需要|指征|危险信号/u;

// "## 温馨提示" gathers reminders of every kind (what not to do, a belief corrected, daily care) with
// the when-to-see-a-doctor line among them: it is read as a body section, and its care advice is
// found the way advice anywhere in the body is.
export function roleOf(title: string): SectionRole {
  const bare = stripNumbering(title).replace(/[：:？?！!。\s]+$/u, '');
  const role = ROLE_BY_TITLE.find(([re]) => re.test(bare))?.[1];
  if (role) return role;
  // "第二步：尽快去医院" is a step of the procedure: its advice is the article's steps, not a
  // closing list of when to seek care.
  if (headingLabel(title).kind === 'step') return 'body';
  return CARE_HEADING.test(bare) && WHEN_HEADING.test(bare) && [...bare].length <= 20 ? 'cta' : 'body';
}

export function recogniseSections(draft: ModelDraft): void {
  const { blocks } = draft;
  const headings = blocks.filter((b) => b.kind === 'heading');
  const depth = headings.length ? Math.min(...headings.map((h) => h.depth!)) : 0;
  const lastLine = draft.article.source.split('\n').length;
  let current = -1;
  draft.sectionOf = blocks.map((b) => {
    if (b.kind === 'heading' && b.depth === depth) {
      const title = b.text;
      draft.sections.push({
        title, role: roleOf(title), position: b.position, depth, endLine: lastLine,
        paragraphs: [], items: [], text: '', hasTable: false, images: [],
      });
      const prev = draft.sections.at(-2);
      if (prev) prev.endLine = b.position.line - 1;
      current = draft.sections.length - 1;
      return current;
    }
    const section = draft.sections[current];
    const block: TextBlock = { text: b.text, position: b.position };
    if (!section) {
      // "节目：…第112期", "编辑：…": credits open some articles; they are not what it is about.
      // A host's opening ("主持人：各位听众朋友…") is summarised without its speaker label.
      const label = lineLabel(b.text);
      if (b.kind === 'paragraph' && b.text && label.kind !== 'byline') draft.lead.push(label.kind === 'question' ? { ...block, text: label.text } : block);
    } else {
      if (b.kind === 'paragraph' && b.text) section.paragraphs.push(block);
      if (b.kind === 'item' && b.listDepth === 1) section.items.push(block);
      if (b.kind === 'table') section.hasTable = true;
      section.images.push(...b.images);
      if (b.text && b.kind !== 'code') section.text += (section.text ? '\n' : '') + b.text;
    }
    return current;
  });
}
