/**
 * The on-page notice for an unreviewed fill: whoever looks at the composer (the editor, a
 * colleague, a screenshot) sees that this text has not passed review. Built with DOM calls and
 * text only, never markup.
 */
const ID = 'kepu-unreviewed-notice';

export function showUnreviewedNotice(slug: string): void {
  document.getElementById(ID)?.remove();
  const bar = document.createElement('div');
  bar.id = ID;
  bar.setAttribute('role', 'alert');
  bar.style.cssText = 'position:fixed;top:0;left:0;right:0;z-index:2147483647;background:#b42318;color:#fff;font:14px/1.6 sans-serif;padding:8px 40px 8px 16px;text-align:center;box-shadow:0 2px 6px rgba(0,0,0,.25)';
  bar.textContent = `Kepu：本页填入的是未通过三级审核的稿件（${slug}），仅作草稿预览，审核通过前请勿发布。`;
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = '×';
  close.setAttribute('aria-label', '关闭提示');
  close.style.cssText = 'position:absolute;right:8px;top:4px;background:none;border:0;color:#fff;font-size:20px;cursor:pointer';
  close.addEventListener('click', () => bar.remove());
  bar.append(close);
  document.body.append(bar);
}
