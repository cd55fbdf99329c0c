import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../generator/compliance/check-content.ts';
import { formatFinding } from '../../generator/commands/check.ts';
import { ROOT } from '../helpers.ts';

describe('the example articles in content/', () => {
  it('have no unwaived error, in the source or in any variant', async () => {
    const dir = join(ROOT, 'content');
    const names = await readdir(dir).catch(() => [] as string[]);
    expect(names.filter((n) => n.endsWith('.md')).length, `no articles in ${dir}: the example articles are missing`).toBeGreaterThan(0);
    const errors: string[] = [];
    for (const c of await checkContent(dir)) {
      if (c.error) { errors.push(c.error.format(false)); continue; }
      for (const f of [...c.result.findings, ...Object.values(c.result.variantFindings).flat()]) {
        if (f.severity === 'error' && !f.waived) errors.push(formatFinding(f));
      }
    }
    expect(errors).toEqual([]);
  }, 60_000);
});
