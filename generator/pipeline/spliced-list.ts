/**
 * A JSON list (an array's elements or an object's members) kept as the bytes last written, with
 * each item's place in them. Replacing an item keeps its new bytes beside the old ones, and the
 * list is handed out as a few chunks (the untouched runs of the old bytes with the new items
 * between them): a save at 10,000 articles neither re-serialises nor copies the other 9,999,
 * and no buffer the size of the file is allocated (fresh large buffers are slow here: each page
 * is faulted in on first touch).
 */

export interface Span { start: number; end: number }

/** Replaced items kept beside the old bytes before they are folded into new ones. */
const MAX_REPLACED = 256;

export class SplicedList {
  private base: Buffer = Buffer.alloc(0);
  /** Each item's bytes in `base`, by key; items are separated by one `,`. */
  private spans = new Map<string, Span>();
  private order: string[] = [];
  private readonly replaced = new Map<string, Buffer>();

  /** Rebuilds from scratch: for a new order (an item added or removed). */
  reset(items: [key: string, json: string][]): void {
    this.order = items.map(([key]) => key);
    this.spans = new Map();
    this.replaced.clear();
    let at = 0;
    for (const [i, [key, json]] of items.entries()) {
      if (i > 0) at += 1;
      const end = at + Buffer.byteLength(json);
      this.spans.set(key, { start: at, end });
      at = end;
    }
    this.base = Buffer.from(items.map(([, json]) => json).join(','));
  }

  /**
   * Takes over items already serialised (in a file as it is on disk): their spans in `bytes`,
   * in order, with nothing but separators between them. Nothing is copied.
   */
  adopt(bytes: Buffer, items: [key: string, span: Span][]): void {
    const from = items[0]?.[1].start ?? 0;
    const to = items.at(-1)?.[1].end ?? from;
    this.base = bytes.subarray(from, to);
    this.order = items.map(([key]) => key);
    this.spans = new Map(items.map(([key, span]) => [key, { start: span.start - from, end: span.end - from }]));
    this.replaced.clear();
  }

  keys(): readonly string[] {
    return this.order;
  }

  has(key: string): boolean {
    return this.spans.has(key);
  }

  /** Whether `keys` (in order) are exactly the items held. */
  holds(keys: readonly string[]): boolean {
    return keys.length === this.order.length && keys.every((k, i) => this.order[i] === k);
  }

  replace(key: string, json: string): void {
    if (!this.spans.has(key)) throw new Error(`list has no item ${key}`);
    this.replaced.set(key, Buffer.from(json));
    if (this.replaced.size > MAX_REPLACED) this.fold();
  }

  /** The items joined by `,`, as chunks to write one after another. */
  chunks(): Buffer[] {
    const out: Buffer[] = [];
    let at = 0;
    const spans = [...this.replaced].map(([key, bytes]) => ({ span: this.spans.get(key)!, bytes })).sort((a, b) => a.span.start - b.span.start);
    for (const { span, bytes } of spans) {
      out.push(this.base.subarray(at, span.start), bytes);
      at = span.end;
    }
    out.push(this.base.subarray(at));
    return out.filter((c) => c.length > 0);
  }

  /** New bytes with the replaced items in place, their spans moved. */
  private fold(): void {
    const lengths = new Map([...this.replaced].map(([key, bytes]) => [key, bytes.length]));
    this.base = Buffer.concat(this.chunks());
    let shift = 0;
    for (const key of this.order) {
      const span = this.spans.get(key)!;
      const start = span.start + shift;
      const length = lengths.get(key) ?? span.end - span.start;
      shift += length - (span.end - span.start);
      this.spans.set(key, { start, end: start + length });
    }
    this.replaced.clear();
  }
}

/**
 * The spans of the items of the JSON array or object that starts at `open` (its `[` or `{`),
 * relative to `bytes`; undefined if the bytes are not that. Only structure is read (strings are
 * skipped, escapes honoured), so a 10 MB index is a single fast pass, not a parse.
 */
export function itemSpans(bytes: Buffer, open: number): Span[] | undefined {
  const opener = bytes[open];
  if (opener !== 0x5b && opener !== 0x7b) return undefined;
  const spans: Span[] = [];
  let depth = 0;
  let start = open + 1;
  for (let i = open; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x22) {
      i = stringEnd(bytes, i);
      if (i < 0) return undefined;
    } else if (b === 0x5b || b === 0x7b) {
      depth++;
    } else if (b === 0x5d || b === 0x7d) {
      depth--;
      if (depth === 0) {
        if (i > start) spans.push({ start, end: i });
        return spans;
      }
    } else if (b === 0x2c && depth === 1) {
      spans.push({ start, end: i });
      start = i + 1;
    }
  }
  return undefined;
}

/**
 * Where the value of a top-level member of a compact JSON object starts, found by its key
 * text (`"articles":`) at depth 1; undefined when absent.
 */
export function memberValueAt(bytes: Buffer, key: string): number | undefined {
  const needle = Buffer.from(`${JSON.stringify(key)}:`);
  let depth = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x22) {
      if (depth === 1 && bytes.subarray(i, i + needle.length).equals(needle)) return i + needle.length;
      i = stringEnd(bytes, i);
      if (i < 0) return undefined;
    } else if (b === 0x5b || b === 0x7b) {
      depth++;
    } else if (b === 0x5d || b === 0x7d) {
      depth--;
    }
  }
  return undefined;
}

/**
 * The closing quote of the string opened at `quote`, or -1. Found with `indexOf` (native, and
 * strings are most of an index's bytes), then checked for being escaped.
 */
function stringEnd(bytes: Buffer, quote: number): number {
  let at = quote;
  for (;;) {
    at = bytes.indexOf(0x22, at + 1);
    if (at < 0) return -1;
    let backslashes = 0;
    while (bytes[at - 1 - backslashes] === 0x5c) backslashes++;
    if (backslashes % 2 === 0) return at;
  }
}
