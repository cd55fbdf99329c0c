/** 头条号 article (mp.toutiao.com/profile_v4/graphic/publish): title textarea, rich body, cover upload. */
import { defineAdapter } from '../adapter.ts';

export default defineAdapter({
  platform: 'toutiao',
  fields: {
    title: { kind: 'text', selectors: ['textarea[placeholder^="请输入文章标题"]', '.article-title textarea'], labels: ['请输入文章标题'] },
    body: { kind: 'rich', selectors: ['.ProseMirror[contenteditable="true"]', '.syl-editor [contenteditable="true"]', '[data-lexical-editor="true"]'], labels: ['请输入正文'] },
    cover: { kind: 'file', selectors: ['.article-cover-add input[type=file]', '.article-cover input[type=file]'], labels: ['上传封面'] },
  },
});
