/**
 * Channel codes: a compact, stable code per variant that the booking mini-program stores on the
 * appointment, so a booking export joins back to the variant that brought the patient. The code
 * is the platform's short prefix and ten base32 characters of the variant id's hash: at most 15
 * characters of [a-z0-9-], within a mini-program code's `scene` (≤ 32) and a 公众号 parameter QR
 * code's (≤ 64) (../shared/metrics.md, "Attribution in China"). Ten characters are 50 bits: two
 * variants of a 10,000-article archive share a code with odds below one in 10,000.
 *
 * Carriers are offered only where the platform allows them (registry ATTRIBUTION, QR_CODES,
 * outsideLinks); on Xiaohongshu none is.
 */
import { hash as digest } from 'node:crypto';
import type { PlatformId, VariantChannel } from '../manifest.ts';
import { ATTRIBUTION, PLATFORMS, QR_CODES } from '../platforms/registry.ts';
import type { BookingConfig, Theme } from '../theme.ts';
import type { Rendered } from './types.ts';

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';
export const CHANNEL_CODE_MAX = 32;

export function channelCode(variantId: string, platform: PlatformId): string {
  // One-shot hashing: a Hash object per variant cost twice the digest itself.
  const hash = digest('sha256', variantId, 'buffer');
  let bits = 0, value = 0, out = '';
  for (const byte of hash) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < 10) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    if (out.length === 10) break;
    value &= 0xff;
  }
  return `${ATTRIBUTION[platform].prefix}-${out}`;
}

/** `url` (or a mini-program page path) with the code as a query parameter (`?ch=…`), before any fragment. */
export function withCode(url: string, param: string, code: string): string {
  const [head, hash = ''] = url.split('#', 2);
  const sep = head!.includes('?') ? '&' : '?';
  return `${head}${sep}${encodeURIComponent(param)}=${encodeURIComponent(code)}${hash ? `#${hash}` : ''}`;
}

export function channelOf(id: string, platform: PlatformId, booking: BookingConfig | undefined): VariantChannel {
  const code = channelCode(id, platform);
  const a = ATTRIBUTION[platform];
  const qr = QR_CODES[platform].allowed;
  const link = PLATFORMS[platform].outsideLinks.allowed;
  const param = booking?.param ?? 'ch';
  const carriers = [
    ...(a.miniProgramLink ? ['正文里的小程序链接'] : []),
    ...(a.readMore ? ['“阅读原文”'] : []),
    ...(link ? ['正文或简介里的链接'] : []),
    ...(qr ? ['图片上的二维码或小程序码（scene 填渠道码）'] : []),
  ];
  const note = carriers.length === 0
    ? `${PLATFORMS[platform].name}不允许任何载体（${a.source}）：不放二维码、小程序码或链接，只能比较发布前后的预约量，属相关而非因果。`
    : `${PLATFORMS[platform].name}可用：${carriers.join('、')}。${booking ? '' : '尚未配置预约小程序或预约链接（templates/theme.json 的 booking）。'}`;
  const path = booking?.miniProgram && a.miniProgramLink ? withCode(booking.miniProgram.path, param, code) : undefined;
  const url = booking?.url && (link || a.readMore || qr) ? withCode(booking.url, param, code) : undefined;
  return { code, ...(path ? { miniProgramPath: path, miniProgramAppId: booking!.miniProgram!.appId } : {}), ...(url ? { bookingUrl: url } : {}), note };
}

/** Whether anything may carry a channel code on this platform (Xiaohongshu: nothing). */
export function hasCarrier(platform: PlatformId): boolean {
  const a = ATTRIBUTION[platform];
  return a.miniProgramLink || a.readMore || PLATFORMS[platform].outsideLinks.allowed || QR_CODES[platform].allowed;
}

/** Every variant gets its code; run after the alternatives step so each arm has its own. */
export function withChannels(rendered: Rendered[], theme: Theme): Rendered[] {
  for (const { variant } of rendered) variant.channel = channelOf(variant.id, variant.platform, theme.booking);
  return rendered;
}
