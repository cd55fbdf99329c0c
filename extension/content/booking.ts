/**
 * The hospital's booking carriers a composer may hold for a variant (registry ATTRIBUTION): the
 * 公众号's 阅读原文 (原文链接), filled with the booking URL that carries the variant's channel code,
 * and its mini-program link, which the extension cannot insert (the editor picks the mini-program
 * in its own dialog from those linked to the account): the editor is shown the page path with the
 * channel code to paste. Values are checked again here, whatever the message parser let through.
 */
import { ATTRIBUTION } from '../../generator/platforms/registry.ts';
import type { FillVariant, ManualStep } from '../protocol.ts';

const PATH = /^[A-Za-z0-9_\-./]+(\?[A-Za-z0-9_\-.=&%]*)?$/;

/** The booking URL as an http(s) address without credentials, or undefined. */
export function safeBookingUrl(url: string | undefined): string | undefined {
  if (!url || url.length > 1024 || /[\s"'<>\\`]/.test(url)) return undefined;
  try {
    const u = new URL(url);
    if ((u.protocol !== 'https:' && u.protocol !== 'http:') || u.username || u.password) return undefined;
    return url;
  } catch {
    return undefined;
  }
}

/** What the variant's platform lets carry its channel code, from the variant's own `channel`. */
export function bookingCarriers(variant: FillVariant): { readMore?: string; miniProgram?: ManualStep } {
  const a = ATTRIBUTION[variant.platform];
  const c = variant.channel;
  if (!c) return {};
  const readMore = a.readMore ? safeBookingUrl(c.bookingUrl) : undefined;
  const path = a.miniProgramLink && c.miniProgramPath && c.miniProgramPath.length <= 1024 && PATH.test(c.miniProgramPath) ? c.miniProgramPath : undefined;
  return {
    ...(readMore ? { readMore } : {}),
    ...(path ? { miniProgram: miniProgramStep(path, c.code, c.miniProgramAppId) } : {}),
  };
}

function miniProgramStep(path: string, code: string, appId: string | undefined): ManualStep {
  return {
    what: '小程序链接（预约挂号）',
    text: path,
    how: `扩展无法替您插入小程序：编辑器要在它自己的对话框里选择本公众号已关联的小程序。请在正文要放预约入口的位置点工具栏的“小程序”，`
      + `选择${appId && /^wx[0-9a-zA-Z]{16}$/.test(appId) ? ` AppID 为 ${appId} 的` : ''}预约小程序，把下面的路径粘贴到“小程序路径”，展示方式选文字或卡片。`
      + `路径里的 ${code} 是这份稿件的渠道码，预约会记在这份稿件名下。`,
  };
}

/** The 原文链接 by hand, when the extension could not fill it. */
export function readMoreStep(url: string): ManualStep {
  return {
    what: '原文链接（阅读原文，预约挂号）',
    text: url,
    how: '请在编辑器下方的“原文链接”处点“未添加”，粘贴下面的链接后点“确定”。链接里带这份稿件的渠道码。',
  };
}
