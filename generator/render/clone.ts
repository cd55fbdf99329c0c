/**
 * A deep copy of plain data (objects, arrays, strings, numbers, booleans, null, undefined), as
 * `structuredClone` makes it for such data but about three times faster: the article renderer
 * copies the whole mdast once per platform, and structuredClone's serialise-then-deserialise
 * was a visible part of rendering. Anything else (a Date, a Map, a class instance) is not plain
 * data and must not be passed here.
 */
export function clonePlain<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const copy = new Array(value.length);
    for (let i = 0; i < value.length; i++) copy[i] = clonePlain(value[i]);
    return copy as T;
  }
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) copy[key] = clonePlain((value as Record<string, unknown>)[key]);
  return copy as T;
}
