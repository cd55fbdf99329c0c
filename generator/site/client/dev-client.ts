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

/** The last build this tab has shown or is reloading into (survives the reload). */
const SEEN_KEY = 'kepu-dev-build';

export function connectDev(url: string): void {
  const source = new EventSource(url);
  const reloadInto = (build: number) => {
    sessionStorage.setItem(SEEN_KEY, String(build));
    location.reload();
  };
  source.addEventListener('reload', (e) => reloadInto((JSON.parse((e as MessageEvent).data) as { build: number }).build));
  // A rebuild finished while this page was reloading (between its request and this connection)
  // was broadcast to nobody: the server's current build number says so, and the page reloads again.
  source.addEventListener('build', (e) => {
    const { build } = JSON.parse((e as MessageEvent).data) as { build: number };
    const seen = Number(sessionStorage.getItem(SEEN_KEY) ?? build);
    if (build > seen) reloadInto(build);
    else sessionStorage.setItem(SEEN_KEY, String(build));
  });
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
