/**
 * A composer the editor is not logged in to shows a login form instead: say so at once, rather
 * than waiting for fields that will never appear and blaming a redesign.
 */
import type { PlatformId } from '../../generator/manifest.ts';
import { PLATFORMS } from '../../generator/platforms/registry.ts';
import { isVisible, queryDeep, searchRoots } from './dom.ts';

const LOGIN_WORDS = /扫码登录|密码登录|验证码登录|手机号登录|账号登录|登录\s*\/\s*注册|立即登录|请登录/;

export function loginPrompt(platform: PlatformId, roots = searchRoots()): string | undefined {
  const password = queryDeep('input[type=password]', roots).some(isVisible);
  const words = LOGIN_WORDS.test(document.title) || LOGIN_WORDS.test(document.body?.innerText.slice(0, 5000) ?? '');
  if (!password && !words) return undefined;
  return `请先登录${PLATFORMS[platform].name}：当前页面是登录页，不是发布页。登录并打开发布页后再填充`;
}
