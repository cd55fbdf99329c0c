/**
 * Recording a sign-off: append it to `review.signOffs` in the article's front matter through the
 * `yaml` Document API, so comments, key order and the Markdown body stay exactly as written.
 */
import { parseDocument } from 'yaml';
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
  };
  if (!doc.hasIn(['review', 'signOffs'])) doc.setIn(['review', 'signOffs'], doc.createNode([]));
  doc.addIn(['review', 'signOffs'], doc.createNode(record));
  const body = text.slice(m[0].length);
  const out = `---\n${doc.toString({ lineWidth: 0 })}---\n${body}`;
  return bom + (crlf ? out.replace(/\n/g, '\r\n') : out);
}
