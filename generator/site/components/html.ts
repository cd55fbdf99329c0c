/**
 * HTML as strings, written exactly as preact-render-to-string writes the same JSX, for the parts
 * of a page big enough that building and walking their virtual DOM is most of their cost (a
 * video script's shot table is a few hundred elements, and a page has twelve). A part written
 * here is put into its element with `dangerouslySetInnerHTML`; the page's bytes do not change
 * (test/site/html-strings.test.ts renders both ways and compares).
 */

import { esc } from '../../text/escape-markup.ts';

/** A child as JSX renders it: strings escaped, numbers as written, nothing for null, undefined and booleans. */
export function text(value: string | number | boolean | null | undefined): string {
  if (typeof value === 'string') return esc(value);
  if (typeof value === 'number') return String(value);
  return '';
}

/**
 * An attribute as JSX renders it, with its leading space: left out when null, undefined or
 * false; the bare name when true or empty.
 */
export function attr(name: string, value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined || value === false) return '';
  if (value === true || value === '') return ` ${name}`;
  return ` ${name}="${esc(String(value))}"`;
}
