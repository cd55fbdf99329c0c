/**
 * `[...text.matchAll(re)]` without the copy of `re` that `matchAll` makes on every call.
 *
 * Copying a RegExp (`new RegExp(re)`, which `matchAll` does by specification) costs a few
 * microseconds, more than matching does for most of Kepu's texts: the compliance scan runs every
 * rule over every block and variant line, and the copies were two thirds of its time. The
 * matches, their order and their indices are the same as `matchAll`'s for a global `re` whose
 * `lastIndex` is 0; `re.lastIndex` is 0 again afterwards. The matches are collected before they
 * are returned, so a caller may use `re` again while going through them.
 */
export function execAll(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`execAll needs a global RegExp: ${re}`);
  const fullUnicode = re.unicode || (re as { unicodeSets?: boolean }).unicodeSets === true;
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    // An empty match would be found again at the same place: step past it, by a whole code point in unicode mode.
    if (m[0].length === 0) re.lastIndex = advance(text, re.lastIndex, fullUnicode);
  }
  re.lastIndex = 0;
  return out;
}

/** ECMAScript's AdvanceStringIndex. */
function advance(text: string, index: number, fullUnicode: boolean): number {
  if (!fullUnicode || index + 1 >= text.length) return index + 1;
  const cp = text.codePointAt(index)!;
  return index + (cp > 0xffff ? 2 : 1);
}
