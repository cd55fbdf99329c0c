/**
 * Dev only: reload when the dev server rebuilt, and show a broken save like Vite's overlay.
 * Everything is built with textContent, so an error message can never inject markup.
 */

export interface DevError {
  location: string;
  message: string;
  frame?: string;
}

const OVERLAY_ID = 'kepu-error-overlay';

export function connectDev(url: string): void {
  const source = new EventSource(url);
  source.addEventListener('reload', () => location.reload());
  source.addEventListener('errors', (e) => showErrors(JSON.parse((e as MessageEvent).data) as DevError[]));
  source.addEventListener('ok', () => document.getElementById(OVERLAY_ID)?.remove());
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = cls;
  if (text !== undefined) node.textContent = text;
  return node;
}

function showErrors(errors: DevError[]): void {
  document.getElementById(OVERLAY_ID)?.remove();
  if (errors.length === 0) return;
  const overlay = el('div', 'kepu-overlay');
  overlay.id = OVERLAY_ID;
  overlay.setAttribute('role', 'alertdialog');
  const box = el('div', 'kepu-overlay-box');
  const close = el('button', 'kepu-overlay-close', '×');
  close.type = 'button';
  close.title = '关闭（修正后保存会自动消失）';
  close.addEventListener('click', () => overlay.remove());
  box.append(close, el('h2', 'kepu-overlay-title', `构建失败：${errors.length} 篇文章有错误`));
  for (const err of errors) {
    box.append(el('p', 'kepu-overlay-location', err.location), el('p', 'kepu-overlay-message', err.message));
    if (err.frame) box.append(el('pre', 'kepu-overlay-frame', err.frame));
  }
  box.append(el('p', 'kepu-overlay-hint', '修正后保存文件，页面会自动刷新。其他文章仍显示上一次成功构建的结果。'));
  overlay.append(box);
  document.body.append(overlay);
}
