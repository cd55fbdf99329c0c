/** Text files from Chinese back-ends: UTF-8 (with or without BOM), else GB18030 (公众号's CSV). */
export function decodeText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'gb18030' } {
  try {
    return { text: stripBom(new TextDecoder('utf-8', { fatal: true }).decode(bytes)), encoding: 'utf-8' };
  } catch {
    // GB18030 decodes every byte sequence, so it is the last resort, not a guess among many.
    return { text: stripBom(new TextDecoder('gb18030').decode(bytes)), encoding: 'gb18030' };
  }
}

function stripBom(s: string): string {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}
