import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLAIM_RULES } from '../../generator/compliance/rules.ts';
import { normaliseForms, scanClaims } from '../../generator/compliance/claims.ts';
import { patternPrefilter, requiredKeys, rulePrefilter } from '../../generator/compliance/prefilter.ts';
import { scanPrivacy } from '../../generator/compliance/privacy.ts';
import { RULE_EXAMPLES } from '../../generator/compliance/examples.ts';
import { LABELLED } from './labelled.ts';
import { FIXTURES, ROOT } from '../helpers.ts';

/** Every sentence the tests know: labelled ones, rule examples, and each line of the fixture and sample articles. */
function texts(): string[] {
  const out = [...LABELLED.map((l) => l.text), ...Object.values(RULE_EXAMPLES).flatMap((e) => [...e.hit, ...e.clean])];
  for (const dir of [FIXTURES, join(ROOT, 'content')]) {
    for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
      if (f.endsWith('.md')) out.push(...readFileSync(join(dir, f), 'utf8').split('\n'));
    }
  }
  return out.filter((t) => t.trim());
}

describe('claim rule prefilter', () => {
  const candidates = rulePrefilter(CLAIM_RULES);
  const all = texts();

  it('leaves out only rules that cannot match: the hits are the same as with every rule', () => {
    expect(all.length).toBeGreaterThan(1000);
    for (const text of all) expect(scanClaims(text, candidates(normaliseForms(text)), true), text).toEqual(scanClaims(text));
  });

  it('bounds what it can read and runs every other pattern', () => {
    expect([...requiredKeys(/(?:疗效|效果)(?:确切|显著)/g)!].sort()).toEqual(['效果', '疗效']);
    expect([...requiredKeys(/\d+\s*[%％]/gu)!].sort()).toEqual(['%', '％']);
    expect([...requiredKeys(/[ab][cd]/g)!].sort()).toEqual(['ac', 'ad', 'bc', 'bd']);
    expect([...requiredKeys(/(?<!不)根治|a?b+/g)!].sort()).toEqual(['b', '根治']);
    expect([...requiredKeys(/第(?:一)?名/g)!]).toEqual(['第']); // 第名 and 第一 are both possible: no pair
    for (const unbounded of [/[^。]+/g, /.x?/g, /\p{Script=Han}{2}/gu, /a|/g, /(a)\1/g, /abc/gi]) expect(requiredKeys(unbounded), String(unbounded)).toBeUndefined();
  });

  it('a rule whose pattern could match keeps running on every text it matches', () => {
    for (const rule of CLAIM_RULES) {
      for (const text of RULE_EXAMPLES[rule.id]?.hit ?? []) {
        const norm = normaliseForms(text);
        rule.pattern.lastIndex = 0;
        if (rule.pattern.test(norm)) expect(candidates(norm), `${rule.id}: ${text}`).toContain(rule);
        rule.pattern.lastIndex = 0;
      }
    }
  });
});

describe('privacy detector prefilter', () => {
  const all = texts();

  it('skips only patterns that cannot match: the hits are the same as with every pattern run', () => {
    const rules = new Set<string>();
    for (const text of all) {
      const every = scanPrivacy(text, { every: true });
      expect(scanPrivacy(text), text).toEqual(every);
      for (const h of every) rules.add(h.rule);
    }
    // Whole articles too: a block holds several sentences, and a name form looks across them.
    for (const dir of [FIXTURES, join(ROOT, 'content')]) {
      for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
        if (!f.endsWith('.md')) continue;
        const text = readFileSync(join(dir, f), 'utf8');
        expect(scanPrivacy(text), f).toEqual(scanPrivacy(text, { every: true }));
      }
    }
    // The texts exercise the detectors: most rules are found somewhere.
    expect(rules.size).toBeGreaterThanOrEqual(10);
  });

  it('marks a pattern as possible when the text has one of its keys, and an unbounded one always', () => {
    const could = patternPrefilter([/\d{3}室/g, /姓名[:：]/g, /[^。]+/g]);
    expect(could('家住 302室')).toEqual([true, false, true]);
    expect(could('没有数字，也没有名字')).toEqual([false, false, true]);
    expect(could('姓名：某某')).toEqual([false, true, true]);
  });
});
