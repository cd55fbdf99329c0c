/**
 * The site's one script (loaded with `defer`, no inline code anywhere): hydrates the islands and,
 * when the dev server marked the page, listens for rebuilds and shows build errors.
 */
import { h, hydrate } from 'preact';
import { ISLANDS, type IslandName } from '../islands/registry.ts';
import { islandProps } from '../islands/island.tsx';
import { connectDev } from './dev-client.ts';

document.documentElement.classList.add('js');

// Read before any hydration: `data-props-as` counts the page's `data-props` elements as written.
const inline = [...document.querySelectorAll<HTMLElement>('[data-props]')];
for (const el of document.querySelectorAll<HTMLElement>('[data-island]')) {
  const Component = ISLANDS[el.dataset.island as IslandName];
  if (!Component) continue;
  try {
    hydrate(h(Component as never, islandProps(el, inline) as never), el);
  } catch (err) {
    console.error('kepu: island failed to hydrate', el.dataset.island, err);
  }
}

const dev = document.querySelector<HTMLMetaElement>('meta[name="kepu-dev"]');
if (dev?.content) connectDev(dev.content);
