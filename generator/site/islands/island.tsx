/**
 * An island: a component prerendered into the page whose props travel in a `data-props`
 * attribute (escaped by the renderer), so the client bundle can hydrate it without inline script.
 *
 * Within one page, props already written by an earlier island are not written again: the later
 * island says `data-props-as="N"`, the N-th element of the page that carries `data-props` (0-based,
 * document order). An article page repeats whole props often (Zhihu's and Toutiao's body, a short
 * article's 60 s and 180 s scripts, two live outlines' run-of-show), and they were a fifth of its bytes.
 */
import type { ComponentType } from 'preact';
import type { IslandName } from './registry.ts';
import { ISLANDS } from './registry.ts';

/** Props JSON written so far on the page being rendered, with its ordinal; unset outside `islandScope`. */
let written: Map<string, number> | undefined;

/** Runs a page's render with its own record of written props (renders are synchronous). */
export function islandScope<T>(render: () => T): T {
  const outer = written;
  written = new Map();
  try {
    return render();
  } finally {
    written = outer;
  }
}

export function Island<N extends IslandName>(props: { name: N; props: Parameters<(typeof ISLANDS)[N]>[0] }) {
  const Component = ISLANDS[props.name] as ComponentType<typeof props.props>;
  const json = JSON.stringify(props.props);
  const before = written?.get(json);
  if (before === undefined) written?.set(json, written.size);
  return (
    <div class="island" data-island={props.name} {...(before === undefined ? { 'data-props': json } : { 'data-props-as': String(before) })}>
      <Component {...props.props} />
    </div>
  );
}

/** The props of an island element as written by `Island` (the client's side of `data-props-as`). */
export function islandProps(el: HTMLElement, inline: ArrayLike<HTMLElement>): unknown {
  const as = el.dataset.propsAs;
  const json = as === undefined ? el.dataset.props : inline[Number(as)]?.dataset.props;
  return JSON.parse(json ?? '{}');
}
