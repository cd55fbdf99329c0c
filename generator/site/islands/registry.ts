/** Every hydrated component, by the name pages use; the client bundle hydrates from this list. */
import { CopyButton } from './copy-button.tsx';
import { ArticleList } from './article-list.tsx';
import { RunOfShowClock } from './run-of-show-clock.tsx';
import { SrtDownload } from './srt-download.tsx';

export const ISLANDS = {
  copy: CopyButton,
  'article-list': ArticleList,
  'run-of-show': RunOfShowClock,
  'srt-download': SrtDownload,
};

export type IslandName = keyof typeof ISLANDS;
