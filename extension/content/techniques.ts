/**
 * Ways of putting text and files into a page that reach the editor's own model, as measured in
 * ../shared/extension-fill.md: synthetic paste for rich editors, the prototype value setter plus
 * `input` for framework-controlled fields, a DataTransfer of real Files for uploads.
 */
import { sleep } from './dom.ts';

export type TextTarget = HTMLInputElement | HTMLTextAreaElement;

export function isTextField(el: Element): el is TextTarget {
  return (
    el instanceof HTMLTextAreaElement ||
    (el instanceof HTMLInputElement && !['file', 'checkbox', 'radio', 'button', 'submit', 'hidden'].includes(el.type))
  );
}

export function isEditable(el: Element): el is HTMLElement {
  return el instanceof HTMLElement && el.isContentEditable;
}

/** React/Vue track `value` through the element's own setter; the prototype's setter bypasses that cache. */
export function setFieldValue(el: TextTarget, value: string): void {
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  el.focus();
  if (setter) setter.call(el, value);
  else el.value = value;
  el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: value }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Inserts `text` at the field's caret (replacing its selection). */
export function insertIntoField(el: TextTarget, text: string): void {
  const start = el.selectionStart ?? el.value.length;
  const end = el.selectionEnd ?? el.value.length;
  setFieldValue(el, el.value.slice(0, start) + text + el.value.slice(end));
  const caret = start + text.length;
  try {
    el.setSelectionRange(caret, caret);
  } catch {
    // some input types have no selection
  }
}

export type Caret = 'replace' | 'end' | 'keep';

function placeCaret(el: HTMLElement, caret: Caret): void {
  if (caret === 'keep') return;
  const doc = el.ownerDocument;
  el.focus();
  // The browser's own select-all inside the focused editor gives a selection every editor maps
  // onto its model (a Range around the root's element children does not, for Draft.js and Lexical).
  doc.execCommand('selectAll');
  if (caret === 'end') doc.getSelection()?.collapseToEnd();
}

/** Editors register a new selection on `selectionchange`, which fires asynchronously. */
const SELECTION_SETTLE_MS = 60;

/** Pastes into a contenteditable editor through its own paste handling. */
export async function pasteInto(
  el: HTMLElement,
  content: { html?: string; text: string },
  caret: Caret,
  signal?: AbortSignal,
): Promise<void> {
  if (caret !== 'keep') el.focus();
  placeCaret(el, caret);
  await sleep(SELECTION_SETTLE_MS, signal);
  const data = new DataTransfer();
  if (content.html) data.setData('text/html', content.html);
  data.setData('text/plain', content.text);
  const target = el.ownerDocument.getSelection()?.anchorNode?.parentElement ?? el;
  target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }));
}

/** Whether the document's selection is inside `el` (where a `keep` paste would land). */
export function caretInside(el: HTMLElement): boolean {
  const anchor = el.ownerDocument.getSelection()?.anchorNode;
  return Boolean(anchor && el.contains(anchor));
}

/**
 * Pastes files (pictures) the way a user's Ctrl+V of a copied image does: a paste event whose
 * clipboard holds only the files, which composers hand to their own upload.
 */
export async function pasteFiles(el: HTMLElement, files: File[], caret: Caret, signal?: AbortSignal): Promise<void> {
  // A caret that left the editor (re-render, focus moved) would paste elsewhere: continue at the end.
  placeCaret(el, caret === 'keep' && !caretInside(el) ? 'end' : caret);
  await sleep(SELECTION_SETTLE_MS, signal);
  const data = new DataTransfer();
  for (const file of files) data.items.add(file);
  const target = el.ownerDocument.getSelection()?.anchorNode?.parentElement ?? el;
  target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }));
}

/** Presses a key the way composers listen for it (keydown, keypress for Enter, keyup). */
export function pressKey(el: Element, key: 'Enter' | ' '): void {
  const init = {
    key,
    code: key === 'Enter' ? 'Enter' : 'Space',
    keyCode: key === 'Enter' ? 13 : 32,
    which: key === 'Enter' ? 13 : 32,
    bubbles: true,
    cancelable: true,
    composed: true,
  };
  el.dispatchEvent(new KeyboardEvent('keydown', init));
  el.dispatchEvent(new KeyboardEvent('keypress', init));
  el.dispatchEvent(new KeyboardEvent('keyup', init));
}

/** Hands real Files to an upload input, or drops them on a drop zone. */
export function attachFiles(el: Element, files: File[]): void {
  const data = new DataTransfer();
  for (const file of files) data.items.add(file);
  if (el instanceof HTMLInputElement && el.type === 'file') {
    el.files = data.files;
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
    return;
  }
  for (const type of ['dragenter', 'dragover', 'drop']) {
    el.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true, composed: true }));
  }
}

/** Text without whitespace, for comparing what the page shows with what was meant. */
export function squeeze(text: string): string {
  return text.replace(/[\s\u200b\ufeff]+/g, '');
}

/**
 * Whether `shown` holds `expected`: it starts the same and keeps at least 90 % of the text
 * (editors reflow whitespace and list markers, and may drop what they cannot model, e.g. tables).
 */
export function holdsText(shown: string, expected: string): boolean {
  const s = squeeze(shown);
  const e = squeeze(expected);
  if (!e) return true;
  if (!s.includes(e.slice(0, Math.min(24, e.length)))) return false;
  const CHUNK = 12;
  let total = 0;
  let kept = 0;
  for (let i = 0; i < e.length; i += CHUNK) {
    total++;
    if (s.includes(e.slice(i, i + CHUNK))) kept++;
  }
  return kept / total >= 0.9;
}

export function shownText(el: Element): string {
  return isTextField(el) ? el.value : ((el as HTMLElement).innerText ?? el.textContent ?? '');
}

/**
 * Waits until `el` shows what `check` wants: React, Draft.js and Lexical render their model
 * after the event that changed it, so an immediate read-back would see the old DOM.
 */
export async function settles(el: Element, check: (shown: string) => boolean, signal?: AbortSignal, ms = 600): Promise<boolean> {
  const until = Date.now() + ms;
  for (;;) {
    if (check(shownText(el))) return true;
    if (Date.now() >= until) return false;
    await sleep(15, signal);
  }
}

/**
 * Puts text into a contenteditable: the editor's own paste handling first; a page without
 * one (a bare contenteditable ignores untrusted paste events) gets `insertText` instead.
 * The fallback runs only when the paste changed nothing, so it never overwrites a paste the
 * editor took; `took` then judges the result.
 */
export async function typeIntoEditable(
  el: HTMLElement,
  content: { html?: string; text: string },
  caret: Caret,
  took: (shown: string) => boolean,
  signal?: AbortSignal,
): Promise<boolean> {
  const before = shownText(el);
  let changed = false;
  if (!ignoresPaste.has(el)) {
    await pasteInto(el, content, caret, signal);
    changed = await settles(el, (shown) => took(shown) || squeeze(shown) !== squeeze(before), signal, 300);
    if (!changed) ignoresPaste.add(el);
  }
  if (!changed) {
    placeCaret(el, caret);
    el.ownerDocument.execCommand('insertText', false, content.text);
  }
  return settles(el, took, signal);
}

/** Editors seen ignoring a paste during this page's life: later text goes straight to insertText. */
const ignoresPaste = new WeakSet<Element>();
