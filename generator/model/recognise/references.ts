/**
 * References written in the body: a "参考文献：" line and the list or numbered lines under it
 * ("1. 中国…专家共识. 2016."). They are sources, never advice: no slide, shot or live segment
 * reads them out, and the article's reference list collects them.
 */
import { lineLabel } from '../markers.ts';
import type { ModelDraft } from './draft.ts';

/** A line that cites rather than says: numbered, or shaped like a citation ("[J]", "2016", "第184条."). */
const CITATION = /^\s*(?:\[\d+\]|\d+[.、．)]|［\d+］)|\[[JMDSZ]\]|\.\s*\d{4}|\d{4}\s*[,，;；(（]|《[^》]+》[^。！？]*$/u;

export function recogniseReferences(draft: ModelDraft): void {
  const { blocks, roles } = draft;
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i]!.kind !== 'paragraph' || lineLabel(blocks[i]!.text).kind !== 'references') continue;
    roles[i] = 'references';
    // Its entries: the list right under it, or lines that look like citations, up to a heading.
    for (let j = i + 1; j < blocks.length; j++) {
      const b = blocks[j]!;
      if (b.kind === 'heading') break;
      if (b.kind === 'item' || (b.kind === 'paragraph' && CITATION.test(b.text))) roles[j] = 'references';
      else break;
    }
  }
}
