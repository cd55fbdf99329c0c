/**
 * Slide layout data (`templates/slides/layout.json`) and logo, read once per build and passed
 * along with the hospital theme, so layout code never touches the file system.
 */
import { readFile } from 'node:fs/promises';
import { TEMPLATES_DIR, type Theme } from '../theme.ts';

interface FontRange { max: number; min: number; lineHeight: number }

export interface SlideLayout {
  margin: number;
  header: { height: number; logoSize: number; nameSize: number; badgeSize: number; badgePadX: number; badgeHeight: number };
  footer: { height: number; size: number };
  card: { radius: number; padX: number; padY: number; gapTop: number; gapBottom: number };
  heading: FontRange & { gap: number; barWidth: number; barHeight: number };
  body: FontRange & { paragraphGap: number };
  cover: { title: FontRange; text: FontRange; byline: number; gap: number };
  qr: { size: number; caption: string; captionSize: number; gap: number };
  qrCard: { width: number; height: number };
  pageLabel: boolean;
}

/** Everything that decides how a slide looks, apart from its text. */
export interface SlideStyle {
  theme: Theme;
  layout: SlideLayout;
  /** The logo as a data: URI, drawn in the header. */
  logo: string;
}

export const SLIDES_DIR = `${TEMPLATES_DIR}slides/`;

export async function loadSlideStyle(theme: Theme, dir = SLIDES_DIR): Promise<SlideStyle> {
  const { $comment: _c, ...layout } = JSON.parse(await readFile(`${dir}layout.json`, 'utf8')) as SlideLayout & { $comment?: string };
  const logo = await readFile(`${dir}logo.svg`);
  return { theme, layout, logo: `data:image/svg+xml;base64,${logo.toString('base64')}` };
}
