/** Generic mode: put the chosen text into whatever editable element the editor focused. */
import type { InsertResponse } from '../protocol.ts';
import { deepActiveElement } from './dom.ts';
import { sanitizeHtml } from './sanitize.ts';
import { holdsText, insertIntoField, isEditable, isTextField, settles, typeIntoEditable } from './techniques.ts';

export async function insertIntoFocused(content: { html?: string; text: string }, signal: AbortSignal): Promise<InsertResponse> {
  const el = deepActiveElement();
  if (!el || el === el.ownerDocument.body) return { ok: false, reason: '页面上没有获得焦点的输入框：请先点一下要填入的位置' };
  const expected = el instanceof HTMLInputElement ? content.text.replace(/\n/g, '') : content.text;
  const took = (shown: string) => holdsText(shown, expected);
  let ok: boolean;
  if (isTextField(el)) {
    insertIntoField(el, content.text);
    ok = await settles(el, took, signal);
  } else if (isEditable(el)) {
    const html = content.html ? sanitizeHtml(content.html) : undefined;
    ok = await typeIntoEditable(el, { html, text: content.text }, 'keep', took, signal);
  } else {
    return { ok: false, reason: `获得焦点的元素（${el.tagName.toLowerCase()}）不能输入文字` };
  }
  return ok ? { ok: true } : { ok: false, reason: '插入后读回的内容与所选文字不一致（编辑器可能拒绝了粘贴）' };
}
