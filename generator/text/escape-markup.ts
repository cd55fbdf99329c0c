/**
 * Text and attribute values for HTML or SVG written as strings: `"`, `&` and `<` escaped, `>` left
 * as is, which is also what preact-render-to-string writes (so string-built page parts match JSX).
 */
export function esc(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return s;
  return s.replace(ESCAPED, (c) => ENTITY[c]!);
}
const NEEDS_ESCAPE = /["&<]/;
const ESCAPED = /["&<]/g;
const ENTITY: Record<string, string> = { '"': '&quot;', '&': '&amp;', '<': '&lt;' };
