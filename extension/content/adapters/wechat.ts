/**
 * 微信公众号 article editor: title textarea, ProseMirror body (UEditor iframe on old accounts), cover
 * upload, and 原文链接 (阅读原文): the setting `#js_article_url_area` shows “未添加” and opens a dialog
 * whose input says “输入或粘贴原文链接” (as public Playwright publishers for this editor find them).
 */
import { defineAdapter } from '../adapter.ts';

export default defineAdapter({
  platform: 'wechat',
  fields: {
    title: { kind: 'text', selectors: ['#title', 'textarea.js_title', '.js_article_title textarea'], labels: ['请在这里输入标题', '输入标题'] },
    body: { kind: 'rich', selectors: ['.ProseMirror[contenteditable="true"]', '#ueditor_0', 'body.view[contenteditable="true"]'], labels: ['从这里开始写正文'] },
    cover: { kind: 'file', selectors: ['.js_cover_upload input[type=file]', 'input.js_cover_upload', '#js_cover_area input[type=file]'], labels: ['拖拽或选择封面'] },
    readMore: { kind: 'dialog', selectors: ['#js_article_url_area .js_article_url_allow_click', '#js_article_url_area'], labels: ['输入或粘贴原文链接', '原文链接'] },
  },
});
