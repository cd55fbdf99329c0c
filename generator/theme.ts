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
}

export const TEMPLATES_DIR = fileURLToPath(new URL('../templates/', import.meta.url));

export async function loadTheme(path = `${TEMPLATES_DIR}theme.json`): Promise<Theme> {
  const { $comment: _c, ...theme } = JSON.parse(await readFile(path, 'utf8')) as Theme & { $comment?: string };
  return theme;
}
