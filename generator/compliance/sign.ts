/**
 * Recording a sign-off: append it to `review.signOffs` in the article's front matter by
 * inserting text, so every other byte of the file (flow lists, spacing, comments, the body)
 * stays exactly as written. The `yaml` parser only says where the sequence is; the result is
 * parsed again and must equal the old data plus the new record.
 */
import { isMap, isSeq, parseDocument, stringify, type Document } from 'yaml';
import type { SignOff } from '../load/schema.ts';

export class SignError extends Error {}

/** Returns the new file text with `signOff` appended. Keeps a BOM and CRLF line endings if present. */
export function appendSignOff(raw: string, signOff: SignOff): string {
  const bom = raw.startsWith('\uFEFF') ? '\uFEFF' : '';
  const crlf = raw.includes('\r\n');
  const text = raw.slice(bom.length).replace(/\r\n/g, '\n');
  const m = /^---[ \t]*\n([\s\S]*?\n)?---[ \t]*(?:\n|$)/.exec(text);
  if (!m) throw new SignError('文件没有 front matter（--- … ---），无法记录审核 / no front matter');
  const yamlText = m[1] ?? '';
  const doc = parseDocument(yamlText);
  if (doc.errors.length > 0) throw new SignError(`front matter 不是有效的 YAML：${doc.errors[0]!.message.split('\n')[0]}`);
  const record: Record<string, unknown> = {
    level: signOff.level, reviewer: signOff.reviewer,
    ...(signOff.staffId ? { staffId: signOff.staffId } : {}),
    role: signOff.role, date: signOff.date, verdict: signOff.verdict, hash: signOff.hash,
    ...(signOff.comments ? { comments: signOff.comments } : {}),
    ...(signOff.media && Object.keys(signOff.media).length ? { media: signOff.media } : {}),
  };
  const nextYaml = insertRecord(yamlText, doc, record);
  // Prove the edit: the same data plus exactly one record.
  const expected = doc.toJS() ?? {};
  expected.review ??= {};
  expected.review.signOffs = [...(expected.review.signOffs ?? []), record];
  const check = parseDocument(nextYaml);
  if (check.errors.length > 0 || JSON.stringify(check.toJS()) !== JSON.stringify(expected)) {
    throw new SignError('无法在不改动其他内容的情况下写入签字，请检查 front matter 中 review 的写法 / cannot insert the sign-off cleanly');
  }
  const out = `---\n${nextYaml}---\n${text.slice(m[0].length)}`;
  return bom + (crlf ? out.replace(/\n/g, '\r\n') : out);
}

function insertRecord(yamlText: string, doc: Document, record: Record<string, unknown>): string {
  const item = stringify([record], { lineWidth: 0 });
  const withNewline = yamlText.endsWith('\n') || yamlText === '' ? yamlText : `${yamlText}\n`;
  const review = doc.get('review', true);
  if (review === undefined) {
    return `${withNewline}review:\n  signOffs:\n${indent(item, 4)}`;
  }
  if (!isMap(review) || review.flow) throw new SignError('front matter 中的 review 应为“键: 值”块格式 / review must be a block mapping');
  const keyIndent = columnOf(yamlText, review.items[0]?.key as { range?: [number, number, number] } | undefined) ?? 2;
  const seq = review.get('signOffs', true);
  if (seq === undefined) {
    const at = lineEnd(yamlText, review.range![2]);
    return `${yamlText.slice(0, at)}${' '.repeat(keyIndent)}signOffs:\n${indent(item, keyIndent + 2)}${yamlText.slice(at)}`;
  }
  if (!isSeq(seq)) throw new SignError('review.signOffs 应为列表 / review.signOffs must be a list');
  if (seq.flow || seq.items.length === 0) {
    if (seq.items.length > 0) throw new SignError('review.signOffs 是行内列表（[...]），请改为每行一条后再签 / use a block list');
    const [start, end] = seq.range!;
    return `${yamlText.slice(0, start).replace(/[ \t]+$/, '')}\n${indent(item, keyIndent + 2)}${yamlText.slice(lineEnd(yamlText, end))}`;
  }
  const first = seq.items[0] as { range?: [number, number, number] };
  const dash = yamlText.lastIndexOf('-', first.range![0]);
  const col = dash - (yamlText.lastIndexOf('\n', dash) + 1);
  const at = lineEnd(yamlText, seq.range![2]);
  return `${yamlText.slice(0, at)}${indent(item, col)}${yamlText.slice(at)}`;
}

/** The index after the newline that ends the line containing `pos - 1` (or `pos` itself at a line start). */
function lineEnd(text: string, pos: number): number {
  if (pos > 0 && text[pos - 1] === '\n') return pos;
  const nl = text.indexOf('\n', pos);
  return nl === -1 ? text.length : nl + 1;
}

function columnOf(text: string, node: { range?: [number, number, number] } | undefined): number | undefined {
  if (!node?.range) return undefined;
  return node.range[0] - (text.lastIndexOf('\n', node.range[0] - 1) + 1);
}

function indent(block: string, n: number): string {
  const pad = ' '.repeat(n);
  return block.split('\n').map((l) => (l ? pad + l : l)).join('\n');
}
