/** 抖音 creator upload page: title input, description editor with `#话题` + space, cover upload. */
import { defineAdapter } from '../adapter.ts';

const body = { kind: 'text' as const, selectors: ['div.zone-container[contenteditable="true"]', '.editor-kit-container [contenteditable="true"]'], labels: ['添加作品简介', '添加作品描述'] };

export default defineAdapter({
  platform: 'douyin',
  fields: {
    title: { kind: 'text', selectors: ['input[placeholder*="作品标题"]'], labels: ['填写作品标题', '作品标题'] },
    body,
    topics: body,
    cover: { kind: 'file', selectors: ['.cover-upload input[type=file]', 'input[type=file][accept*="image"]'], labels: ['选择封面'] },
  },
});
