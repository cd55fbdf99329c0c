/**
 * sharp, loaded on first use: loading libvips costs ~130 ms, which text-only builds, `kepu
 * check` and `kepu review` never need to pay.
 */
import type SharpFn from 'sharp';

let loading: Promise<typeof SharpFn> | undefined;

export function loadSharp(): Promise<typeof SharpFn> {
  loading ??= import('sharp').then((m) => m.default);
  return loading;
}
