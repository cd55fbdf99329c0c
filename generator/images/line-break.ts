/**
 * Chinese line breaking (禁则): a line may break between any two CJK characters, but never
 * before closing punctuation (。，、！？ …) nor after an opening bracket or quote; Latin words
 * and numbers with their units (38.5℃, 140/90mmHg) stay whole.
 */

/** Characters that must not start a line. */
export const NO_LINE_START = new Set([...'。，、！？；：）》」』】〕〉〗”’…—·～%‰℃,.!?;:)]}>】']);
/** Characters that must not end a line. */
export const NO_LINE_END = new Set([...'（《「『【〔〈〖“‘([{<']);

/** Break units: one CJK character, one space, or a run of Latin letters/digits with their joiners. */
export function breakUnits(text: string): string[] {
  return text.match(/[A-Za-z0-9][A-Za-z0-9.,:/+\-_%'@#&=?~]*[A-Za-z0-9%]?|\s+|./gsu) ?? [];
}

/**
 * Greedy wrap of one paragraph to `maxWidth`. When a break would put a forbidden character at a
 * line's start (or leave an opening bracket at its end), units are carried to the next line. A
 * single unit wider than the line (a long URL) is broken by character. Lines may still exceed
 * `maxWidth` in pathological cases; callers check widths and shrink the font.
 */
export function wrapParagraph(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const units = breakUnits(text).flatMap((u) => (measure(u) > maxWidth && u.length > 1 ? [...u] : [u]));
  const lines: string[][] = [];
  let line: string[] = [];
  let width = 0;
  for (const unit of units) {
    const w = measure(unit);
    if (line.length > 0 && width + w > maxWidth && !/^\s+$/.test(unit)) {
      const carry = [unit];
      while (line.length > 1 && (startsBadly(carry) || endsBadly(line))) carry.unshift(line.pop()!);
      lines.push(line);
      line = carry.filter((u, i) => i > 0 || !/^\s+$/.test(u));
      width = measure(line.join(''));
      continue;
    }
    if (line.length === 0 && /^\s+$/.test(unit)) continue;
    line.push(unit);
    width += w;
  }
  if (line.length > 0) lines.push(line);
  return lines.map((l) => l.join('').trimEnd()).filter((l) => l.length > 0);
}

function startsBadly(carry: string[]): boolean {
  const first = carry[0]!;
  return NO_LINE_START.has([...first][0]!) || /^\s+$/.test(first) && carry.length > 1 && NO_LINE_START.has([...carry[1]!][0]!);
}

function endsBadly(line: string[]): boolean {
  const last = line.at(-1)!;
  return NO_LINE_END.has([...last].at(-1)!);
}

/** Wrap text with hard line breaks (`\n`) kept as paragraph ends. */
export function wrapText(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  return text.split('\n').flatMap((p) => wrapParagraph(p.trim(), maxWidth, measure));
}
