/** B站 video upload frame: title input, Quill description, tags confirmed with Enter, cover upload; also the dynamic composer. */
import { defineAdapter } from '../adapter.ts';

export default defineAdapter({
  platform: 'bilibili',
  fields: {
    title: { kind: 'text', selectors: ['input.bili-dyn-publishing__title__input', '.video-title input'], labels: ['请输入稿件标题', '好的标题更容易获得支持'] },
    body: { kind: 'rich', selectors: ['.archive-info-editor .ql-editor', 'div.ql-editor[contenteditable="true"]', '.bili-rich-textarea__inner[contenteditable="true"]'], labels: ['填写更全面的相关信息'] },
    topics: { kind: 'tags', selectors: ['.tag-input-wrp input', 'input[placeholder^="按回车键Enter创建标签"]'], labels: ['按回车键Enter创建标签'] },
    cover: { kind: 'file', selectors: ['.cover-upload input[type=file]', 'input[type=file][accept*="image"]'], labels: ['上传封面'] },
  },
});
