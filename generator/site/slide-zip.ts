/** A carousel's slide images as one zip, made at build time from the rendered PNGs in memory. */
import { zipSync } from 'fflate';
import type { Variant } from '../manifest.ts';
import type { OutputFile } from '../render/types.ts';
import { variantFile } from '../render/types.ts';

export function slideZip(slug: string, v: Variant, files: Map<string, OutputFile['content']>): OutputFile | undefined {
  const entries: Record<string, Uint8Array> = {};
  for (const s of v.slides ?? []) {
    const content = s.image ? files.get(s.image) : undefined;
    if (content === undefined) continue;
    const name = `${String(s.index).padStart(2, '0')}.${s.image!.split('.').pop()}`;
    entries[name] = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  }
  if (Object.keys(entries).length === 0) return undefined;
  // PNGs are already compressed; storing them keeps the build fast.
  return { path: variantFile(slug, v.id, 'zip').replace(`${slug}/`, `${slug}/downloads/`), content: zipSync(entries, { level: 0 }) };
}
