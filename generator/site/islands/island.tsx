/**
 * An island: a component prerendered into the page whose props travel in a `data-props`
 * attribute (escaped by the renderer), so the client bundle can hydrate it without inline script.
 */
import type { ComponentType } from 'preact';
import type { IslandName } from './registry.ts';
import { ISLANDS } from './registry.ts';

export function Island<N extends IslandName>(props: { name: N; props: Parameters<(typeof ISLANDS)[N]>[0] }) {
  const Component = ISLANDS[props.name] as ComponentType<typeof props.props>;
  return (
    <div class="island" data-island={props.name} data-props={JSON.stringify(props.props)}>
      <Component {...props.props} />
    </div>
  );
}
