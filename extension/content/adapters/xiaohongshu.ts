/** 小红书 图文 (creator.xiaohongshu.com/publish): title input, TipTap body, topics picked with Enter, image upload. */
import { defineAdapter } from '../adapter.ts';

const body = { kind: 'rich' as const, selectors: ['#post-textarea .tiptap', '.tiptap.ProseMirror[contenteditable="true"]', '#post-textarea'], labels: ['输入正文描述'] };

export default defineAdapter({
  platform: 'xiaohongshu',
  fields: {
    title: { kind: 'text', selectors: ['input.d-text[placeholder*="标题"]'], labels: ['填写标题'] },
    body,
    topics: body,
    images: { kind: 'file', selectors: ['input.upload-input[type=file]', 'input[type=file][accept*="image"]'], labels: ['上传图片'] },
  },
});
