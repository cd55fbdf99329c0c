/** 视频号 post page: short title, description editor (inside a micro-frontend shadow root), `#话题` + space, cover. */
import { defineAdapter } from '../adapter.ts';

const body = { kind: 'text' as const, selectors: ['div.input-editor[contenteditable]', '[data-placeholder="添加描述"]'], labels: ['添加描述'] };

export default defineAdapter({
  platform: 'channels',
  fields: {
    title: { kind: 'text', selectors: ['input.short-title', 'input[placeholder^="概括视频主要内容"]'], labels: ['概括视频主要内容'] },
    body,
    topics: body,
    cover: { kind: 'file', selectors: ['.cover-uploader input[type=file]', 'input[type=file][accept="image/*"]'], labels: ['上传封面'] },
  },
});
