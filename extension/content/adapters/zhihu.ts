/** 知乎专栏 (zhuanlan.zhihu.com/write): title textarea, Draft.js body (paste text/html), image upload. */
import { defineAdapter } from '../adapter.ts';

export default defineAdapter({
  platform: 'zhihu',
  fields: {
    title: { kind: 'text', selectors: ['textarea[placeholder^="请输入标题"]', '.WriteIndex-titleInput textarea'], labels: ['请输入标题'] },
    body: { kind: 'rich', selectors: ['.public-DraftEditor-content[contenteditable="true"]', 'div[data-contents="true"]'], labels: ['请输入正文'] },
    cover: { kind: 'file', selectors: ['.WriteCover input[type=file]', 'input[type=file].UploadPicture-input'], labels: ['添加文章封面'] },
  },
});
