/** Generic mode: put the chosen text into whatever editable element the editor focused. */
import type { Asset, InsertResponse } from '../protocol.ts';
import { deepActiveElement } from './dom.ts';
import { countPictures, expectedText, pasteWithPictures } from './pictures.ts';
import { sanitizeHtml } from './sanitize.ts';
import { holdsText, insertIntoField, isEditable, isTextField, settles, typeIntoEditable } from './techniques.ts';

export async function insertIntoFocused(content: { html?: string; text: string; assets?: Asset[] }, signal: AbortSignal): Promise<InsertResponse> {
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
    if (html && countPictures(html) > 0) {
      const done = await pasteWithPictures(el, html, content.assets ?? [], 'keep', signal);
      const read = done.ok && (await settles(el, (shown) => holdsText(shown, expectedText(html)), signal));
      const failedPictures = done.pictures.filter((p) => !p.ok).length;
      const reason = !read ? '插入后读回的内容与所选文字不一致（编辑器可能拒绝了粘贴）'
        : done.unreachable ? `编辑器中有 ${done.unreachable} 张图片的地址是本机或相对地址，平台无法读取`
          : failedPictures ? `${failedPictures} 张图没有插入` : undefined;
      return { ok: !reason, ...(reason ? { reason } : {}), pictures: done.pictures };
    }
    ok = await typeIntoEditable(el, { html, text: content.text }, 'keep', took, signal);
  } else {
    return { ok: false, reason: `获得焦点的元素（${el.tagName.toLowerCase()}）不能输入文字` };
  }
  return ok ? { ok: true } : { ok: false, reason: '插入后读回的内容与所选文字不一致（编辑器可能拒绝了粘贴）' };
}
