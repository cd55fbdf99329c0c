/**
 * Tree walks for syntax trees (mdast, hast) without `unist-util-visit`'s per-node bookkeeping:
 * `visit` builds a parents list and a named closure for every node it passes, and the model's
 * and the renderers' walks went through every node of the article several times.
 */

interface Walkable { type: string; children?: unknown[] }

/**
 * Calls `fn` on every node of a type, in document order (a node before its children), for
 * changes that leave the tree's shape as it is.
 */
export function eachOfType<T>(node: Walkable, type: string, fn: (node: T) => void): void {
  if (node.type === type) fn(node as T);
  const children = node.children as Walkable[] | undefined;
  if (children) for (const child of children) eachOfType(child, type, fn);
}
