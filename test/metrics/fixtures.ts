/**
 * Export files shaped like the platforms' real ones, made in code: GB18030 text, BOMs, banner
 * rows, "1.2万", "-" and "-1.00". xlsx workbooks come from ./xlsx-fixture.ts.
 */
let gbMap: Map<string, number[]> | undefined;

/** GB18030 bytes for text, found by decoding every two-byte code (Node can decode GB18030, not encode it). */
export function gb18030(text: string): Uint8Array {
  if (!gbMap) {
    gbMap = new Map();
    const dec = new TextDecoder('gb18030');
    for (let a = 0x81; a <= 0xfe; a++) {
      for (let b = 0x40; b <= 0xfe; b++) {
        if (b === 0x7f) continue;
        const ch = dec.decode(new Uint8Array([a, b]));
        if (ch.length === 1 && !gbMap.has(ch)) gbMap.set(ch, [a, b]);
      }
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const bytes = gbMap.get(ch);
      if (!bytes) throw new Error(`no two-byte GB18030 code for ${ch}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}

export const BOM = '\uFEFF';

export function csv(rows: (string | number)[][]): string {
  return rows.map((r) => r.map((c) => (/[",\n]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : String(c))).join(',')).join('\r\n') + '\r\n';
}
