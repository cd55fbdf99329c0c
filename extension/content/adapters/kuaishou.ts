/** 快手 creator (cp.kuaishou.com/article/publish/video): one description editor with `#话题 `, cover upload. */
import { defineAdapter } from '../adapter.ts';

const body = { kind: 'text' as const, selectors: ['#work-description-edit[contenteditable]', 'div[contenteditable][placeholder^="添加合适的话题"]'], labels: ['添加合适的话题和描述', '添加合适的话题'] };

export default defineAdapter({
  platform: 'kuaishou',
  fields: {
    body,
    topics: body,
    cover: { kind: 'file', selectors: ['[class*="cover"] input[type=file]', 'input[type=file][accept*="image"]'], labels: ['上传封面'] },
  },
});
