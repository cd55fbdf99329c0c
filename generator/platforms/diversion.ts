/**
 * Where a platform bans traffic diversion (小红书's 交易导流违规管理细则: links, QR codes, mini-program
 * codes, contact details and other platforms' accounts, in notes and comments; registry QR_CODES),
 * no sentence of a variant may carry a web address or point readers to a code, a link, a
 * mini-program or another account. The article's own words can (a bare URL, “扫码预约”, “点击阅读原文”):
 * such sentences are taken out of the caption, the text and the slides after rendering, and the
 * variant says what was taken out. Other platforms keep their text as written.
 */
import type { Slide, Variant } from '../manifest.ts';
import type { Rendered } from '../render/types.ts';
import { measure, PLATFORMS, QR_CODES } from './registry.ts';

/** A web address: scheme, `www.`, or a host under a common suffix (with any path). */
const URL_RE = /(?:https?:\/\/|www\.)[^\s，。；！？、（）()【】「」《》"'“”]+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|cn|net|org|gov|edu|top|xyz|cc|io)(?:\/[^\s，。；！？、（）()【】「」《》"'“”]*)?/i;
/** Pointers to a carrier the platform bans, or to another platform's account. */
const POINTER_RE = /二维码|小程序|扫码|扫一扫|扫描.{0,6}码|长按.{0,4}识别|阅读原文|原文链接|链接|网址|加微信|微信号|公众号|联系电话|电话咨询|vx|VX/;

const SENTENCE = /[^。！？!?；;\n]*(?:[。！？!?；;]+|$)/g;
const BARE_MARKER = /^\s*(?:[①-⑳]|\d+[.、)）]|[-•·*])?\s*$/;
const LEADING_MARKER = /^\s*(?:[①-⑳]|\d+[.、)）]|[-•·*])\s*/;

export function diversionBanned(platform: Variant['platform']): boolean {
  return !QR_CODES[platform].allowed;
}

/** `text` without its diverting sentences, and the sentences taken out. */
export function stripDiversion(text: string): { text: string; removed: string[] } {
  const removed: string[] = [];
  const lines = text.split('\n').flatMap((line) => {
    const kept = (line.match(SENTENCE) ?? []).filter((s) => {
      if (!s.trim() || !(URL_RE.test(s) || POINTER_RE.test(s))) return true;
      removed.push(s.replace(LEADING_MARKER, '').trim());
      return false;
    }).join('');
    if (kept === line) return [line];
    return BARE_MARKER.test(kept) ? [] : [kept.trimEnd()];
  });
  return { text: lines.join('\n'), removed };
}

/** Every variant on a platform that bans diversion, without its diverting sentences. */
export function withoutDiversion(rendered: Rendered[]): Rendered[] {
  for (const { variant } of rendered) if (diversionBanned(variant.platform)) scrub(variant);
  return rendered;
}

function scrub(v: Variant): void {
  const removed: string[] = [];
  const clean = (s: string) => {
    const r = stripDiversion(s);
    removed.push(...r.removed);
    return r.text;
  };
  v.text = clean(v.text);
  if (v.caption !== undefined) v.caption = clean(v.caption);
  if (v.slides) {
    const slides: Slide[] = [];
    for (const s of v.slides) {
      const text = clean(s.text);
      const heading = s.heading === undefined ? undefined : clean(s.heading);
      // A point slide with nothing left goes; cover and closing stay.
      if (s.role === 'point' && !text.trim()) continue;
      slides.push({ ...s, text, ...(heading !== undefined ? { heading } : {}) });
    }
    v.slides = slides.map((s, i) => ({ ...s, index: i + 1 }));
  }
  const rule = PLATFORMS[v.platform];
  // A title is the author's to rewrite: said, not cut.
  if (stripDiversion(v.title).removed.length) {
    v.warnings = [...(v.warnings ?? []), { code: 'title.diversion', message: `${rule.name}禁止链接、二维码、小程序码和导流：标题“${v.title}”含网址或导流的说法，请改写（front matter titles.${v.platform}）` }];
  }
  if (!removed.length) return;
  v.limits = v.limits?.map((l) => {
    if (l.field === 'caption' && v.caption !== undefined) return { ...l, length: measure(v.caption, rule.counting) };
    if (l.field === 'images' && v.slides) return { ...l, length: v.slides.length };
    return l;
  });
  const unique = [...new Set(removed)];
  v.warnings = [...(v.warnings ?? []), {
    code: 'removed.diversion',
    message: `${rule.name}禁止链接、二维码、小程序码和导流（《交易导流违规管理细则》，见注册表 QR_CODES）：删去了 ${unique.length} 句：${unique.map((s) => `“${s.slice(0, 40)}${s.length > 40 ? '…' : ''}”`).join('、')}`,
  }];
}
