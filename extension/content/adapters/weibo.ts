/** 微博 post (weibo.com): one textarea with `#话题#` inline, image upload. */
import { defineAdapter } from '../adapter.ts';

export default defineAdapter({
  platform: 'weibo',
  fields: {
    body: { kind: 'text', selectors: ['textarea.Form_input_2gtXx', 'textarea[class*="Form_input"]'], labels: ['有什么新鲜事想分享给大家'] },
    images: { kind: 'file', selectors: ['input[type=file][class*="FileUpload"]', 'input[type=file][accept*="image"]', 'input[type=file]'] },
  },
});
