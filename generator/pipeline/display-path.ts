import { relative } from 'node:path';

/** Display path used in every message: relative to the working directory, `/`-separated. */
export function displayPath(path: string): string {
  return relative(process.cwd(), path).split('\\').join('/') || path;
}
