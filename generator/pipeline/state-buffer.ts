/**
 * `OUT/.kepu/state.json` kept as bytes with each article's member in them, like the index
 * (index-buffer.ts): a save replaces one article's record instead of re-serialising all 10,000.
 */
import type { ArticleState, BuildState } from '../build-state.ts';
import { itemSpans, memberValueAt, SplicedList } from './spliced-list.ts';

const member = (file: string, s: ArticleState) => `${JSON.stringify(file)}:${JSON.stringify(s)}`;

export class StateBuffer {
  private readonly list = new SplicedList();
  /** Records changed since the bytes were last brought up to date; `reset` when one came or went. */
  private readonly dirty = new Set<string>();
  private structural = true;

  constructor(private readonly state: BuildState) {}

  /**
   * Takes over `state.json` as it is on disk when it holds exactly `state`'s articles in the
   * same order (it was parsed from those bytes); otherwise the first write serialises anew.
   */
  adopt(file: Buffer): void {
    const open = memberValueAt(file, 'articles');
    const spans = open === undefined ? undefined : itemSpans(file, open);
    const files = Object.keys(this.state.articles);
    if (!spans || spans.length !== files.length) return;
    // Each member must start with its own key: cheap, and it proves the order. (Compared as
    // strings: a small Buffer per key costs ten times as much at 10,000.)
    const ok = files.every((f, i) => {
      const key = `${JSON.stringify(f)}:`;
      return file.toString('utf8', spans[i]!.start, spans[i]!.start + Buffer.byteLength(key)) === key;
    });
    if (!ok) return;
    this.list.adopt(file, files.map((f, i) => [f, spans[i]!]));
    this.structural = false;
  }

  set(file: string, s: ArticleState): void {
    if (!(file in this.state.articles)) this.structural = true;
    this.state.articles[file] = s;
    this.dirty.add(file);
  }

  delete(file: string): void {
    if (file in this.state.articles) this.structural = true;
    delete this.state.articles[file];
  }

  /** The file's bytes as chunks to write in order. */
  chunks(): Buffer[] {
    if (this.structural) {
      this.list.reset(Object.entries(this.state.articles).map(([file, s]) => [file, member(file, s)]));
      this.structural = false;
    } else {
      for (const file of this.dirty) this.list.replace(file, member(file, this.state.articles[file]!));
    }
    this.dirty.clear();
    return [
      Buffer.from(`{"stamp":${JSON.stringify(this.state.stamp)},"articles":{`),
      ...this.list.chunks(),
      Buffer.from(`},"errors":${JSON.stringify(this.state.errors)}}`),
    ];
  }
}
