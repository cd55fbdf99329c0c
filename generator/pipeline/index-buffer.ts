/**
 * The index's `articles` array kept as bytes with each entry's place in them, so replacing one
 * article's entry is a splice of one entry, not re-serialising and re-joining 10,000 of them.
 */
import type { IndexEntry } from '../manifest.ts';
import { itemSpans, memberValueAt, SplicedList } from './spliced-list.ts';

export class IndexBuffer {
  private readonly list = new SplicedList();

  /** Rebuilds from scratch: for a new order (an article added or removed). */
  reset(entries: [string, IndexEntry][]): void {
    this.list.reset(entries.map(([key, entry]) => [key, JSON.stringify(entry)]));
  }

  /**
   * Takes over `manifest.json` as it is on disk, `keys` naming its entries in order, so even
   * the first save after opening a site re-serialises nothing. False (and nothing held) when
   * the file does not have exactly those entries.
   */
  adopt(file: Buffer, keys: string[]): boolean {
    const open = memberValueAt(file, 'articles');
    const spans = open === undefined ? undefined : itemSpans(file, open);
    if (!spans || spans.length !== keys.length) return false;
    this.list.adopt(file, keys.map((key, i) => [key, spans[i]!]));
    return true;
  }

  /** Whether `keys` (in order) are exactly the entries held. */
  holds(keys: readonly string[]): boolean {
    return this.list.holds(keys);
  }

  /** Replaces one entry; the others' bytes are kept, never re-serialised or copied. */
  replace(key: string, entry: IndexEntry): void {
    this.list.replace(key, JSON.stringify(entry));
  }

  /** `manifest.json` as chunks to write in order: the head fields, then the entries as held. */
  chunks(head: Record<string, unknown>): Buffer[] {
    return [Buffer.from(`${JSON.stringify(head).slice(0, -1)},"articles":[`), ...this.list.chunks(), Buffer.from(']}')];
  }

  /** `manifest.json` in one buffer. */
  json(head: Record<string, unknown>): Buffer {
    return Buffer.concat(this.chunks(head));
  }
}
