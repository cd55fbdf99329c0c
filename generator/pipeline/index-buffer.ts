/**
 * The index's `articles` array kept as bytes with each entry's place in them, so replacing one
 * article's entry is a splice of one entry, not re-serialising and re-joining 10,000 of them.
 */
import type { IndexEntry } from '../manifest.ts';

export class IndexBuffer {
  private bytes = Buffer.alloc(0);
  /** Start and end of each entry's JSON in `bytes`, by key, in order. */
  private spans = new Map<string, { start: number; end: number }>();
  private order: string[] = [];

  /** Rebuilds from scratch: for a new order (an article added or removed). */
  reset(entries: [string, IndexEntry][]): void {
    const parts: Buffer[] = [];
    this.spans = new Map();
    this.order = entries.map(([key]) => key);
    let at = 0;
    entries.forEach(([key, entry], i) => {
      const part = Buffer.from((i > 0 ? ',' : '') + JSON.stringify(entry));
      const start = at + (i > 0 ? 1 : 0);
      at += part.length;
      this.spans.set(key, { start, end: at });
      parts.push(part);
    });
    this.bytes = Buffer.concat(parts);
  }

  /** Whether `keys` (in order) are exactly the entries held. */
  holds(keys: string[]): boolean {
    return keys.length === this.order.length && keys.every((k, i) => this.order[i] === k);
  }

  /** Replaces one entry in place; the others' bytes are copied, never re-serialised. */
  replace(key: string, entry: IndexEntry): void {
    const span = this.spans.get(key);
    if (!span) throw new Error(`index has no entry ${key}`);
    const json = Buffer.from(JSON.stringify(entry));
    const delta = json.length - (span.end - span.start);
    this.bytes = Buffer.concat([this.bytes.subarray(0, span.start), json, this.bytes.subarray(span.end)]);
    span.end = span.start + json.length;
    if (delta !== 0) {
      for (const other of this.spans.values()) {
        if (other !== span && other.start > span.start) {
          other.start += delta;
          other.end += delta;
        }
      }
    }
  }

  /** `manifest.json`: the head fields, then the entries as they are held. */
  json(head: Record<string, unknown>): Buffer {
    return Buffer.concat([Buffer.from(`${JSON.stringify(head).slice(0, -1)},"articles":[`), this.bytes, Buffer.from(']}')]);
  }
}
