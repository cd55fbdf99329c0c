import { dirname, join, resolve } from 'node:path';

/** Metrics live beside the content folder unless told otherwise. */
export function defaultMetricsDir(content: string): string {
  return join(dirname(resolve(content)), 'metrics');
}
