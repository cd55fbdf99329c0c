/**
 * deriveHashtags asks whether a slice of the body holds a medical word without building the
 * slice (medicalEnds), and counts a word without splitting the body (occurrences): both answer
 * as MEDICAL.test and split did, on every slice of every article the tests know.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MEDICAL, medicalEnds, occurrences } from '../../generator/model/recognise/hashtags.ts';
import { FIXTURES, ROOT } from '../helpers.ts';

function runs(): string[] {
  const out = ['𠮷病毒感染𠮷病毒感染', '脑卒中风险中风', '血压压压压', '检查筛查体检急救护理'];
  for (const dir of [FIXTURES, join(ROOT, 'content')]) {
    for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
      if (f.endsWith('.md')) out.push(...(readFileSync(join(dir, f), 'utf8').match(/\p{Script=Han}{3,}/gu) ?? []));
    }
  }
  return [...new Set(out)];
}

describe('hashtag helpers', () => {
  const all = runs();

  it('medicalEnds says of every slice of 2 to 6 characters what MEDICAL.test says', () => {
    let medical = 0;
    for (const run of all) {
      const chars = [...run];
      const ends = medicalEnds(chars);
      for (let len = 2; len <= 6; len++) {
        for (let at = 0; at + len <= chars.length; at++) {
          let found = false;
          for (let p = at; p < at + len; p++) found ||= ends[p]! <= at + len;
          const word = chars.slice(at, at + len).join('');
          expect(found, word).toBe(MEDICAL.test(word));
          if (found) medical++;
        }
      }
    }
    expect(medical).toBeGreaterThan(1000);
  });

  it('occurrences counts as split does', () => {
    const body = all.slice(0, 200).join('，');
    for (const run of all.slice(0, 300)) {
      for (const word of [run.slice(0, 2), run.slice(1, 4), run]) expect(occurrences(body, word), word).toBe(body.split(word).length - 1);
    }
    expect(occurrences('压压压压压', '压压')).toBe('压压压压压'.split('压压').length - 1);
  });
});

describe('derived hashtags', () => {
  it('start and end where words do: "高血压", not "高血压患" out of "高血压患者"', async () => {
    const { deriveHashtags } = await import('../../generator/model/recognise/hashtags.ts');
    const body = '高血压患者要少吃盐。高血压患者每天吃盐不超过5克。高血压患者要多吃蔬菜。高血压患者最好不喝酒。';
    const tags = deriveHashtags('高血压患者的一日三餐', body);
    expect(tags).toContain('高血压');
    expect(tags.some((t) => /患$/u.test(t))).toBe(false);
  });
});
