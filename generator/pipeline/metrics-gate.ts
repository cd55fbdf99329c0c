/**
 * Whether a build must look at metrics at all: a metrics folder beside the content, or metrics
 * output in OUT (the dashboard, the pages' panel list). Two stats and nothing loaded, so most
 * builds (no metrics) never load the dashboard's modules (charts, d3, csv); when it says yes,
 * site/metrics decides what to do exactly.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export function metricsInPlay(out: string, metricsDir: string): boolean {
  return existsSync(metricsDir) || existsSync(join(out, 'metrics'));
}
