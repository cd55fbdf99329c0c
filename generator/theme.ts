/**
 * The theme in `templates/theme.json`: hospital identity, colours, WeChat inline styles.
 * Read once per build and passed to renderers, so no renderer touches the file system.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export interface Theme {
  hospital: { name: string; shortName: string; slogan: string };
  colors: Record<'primary' | 'primaryDark' | 'accent' | 'text' | 'muted' | 'background' | 'card', string>;
  /** Inline style per HTML tag for the WeChat article. */
  wechat: Record<string, string>;
  /** The hospital's 科普 site: an article's canonical URL is `${baseUrl}/${slug}` unless front matter sets `url`. */
  site?: { baseUrl: string };
  /** Where bookings are made, so each variant's channel code can ride along (see render/channel.ts). */
  booking?: BookingConfig;
}

/**
 * The hospital's booking channels. `miniProgram.path` is the booking page of its mini-program
 * (the code is added as `?<param>=<code>`; for a mini-program code the hospital's own system
 * passes the code as `scene`). `url` is a booking web page or a URL Link that accepts a query
 * (the code is added the same way). `officialAccount` names the 公众号 whose 阅读原文 and
 * mini-program links carry it.
 */
export interface BookingConfig {
  miniProgram?: { appId: string; path: string };
  url?: string;
  /** Query parameter that carries the channel code; default `ch`. */
  param?: string;
  officialAccount?: { name: string; id?: string };
}

export const TEMPLATES_DIR = fileURLToPath(new URL('../templates/', import.meta.url));

export async function loadTheme(path = `${TEMPLATES_DIR}theme.json`): Promise<Theme> {
  const { $comment: _c, ...theme } = JSON.parse(await readFile(path, 'utf8')) as Theme & { $comment?: string };
  return theme;
}
