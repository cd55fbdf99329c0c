import { describe, expect, it } from 'vitest';
import { NO_LINE_END, NO_LINE_START, wrapParagraph } from '../../generator/images/line-break.ts';
import { splitText } from '../../generator/images/fit-slides.ts';

/** Every character 1 unit wide, so `max` is a character count. */
const measure = (s: string) => [...s].length;

describe('Chinese line breaking', () => {
  it('never starts a line with closing punctuation', () => {
    // Greedy breaking at 6 would put “，” and “。” at line starts.
    const lines = wrapParagraph('流感起病很急迫，全身症状都很重。注意休息多喝水。', 7, measure);
    expect(lines.join('')).toBe('流感起病很急迫，全身症状都很重。注意休息多喝水。');
    for (const line of lines) expect(NO_LINE_START.has([...line][0]!), `line “${line}”`).toBe(false);
    expect(lines.length).toBeGreaterThan(2);
  });

  it('never ends a line with an opening bracket or quote', () => {
    const lines = wrapParagraph('我们建议（遵医嘱）按时“复查”血压。', 5, measure);
    for (const line of lines) expect(NO_LINE_END.has([...line].at(-1)!), `line “${line}”`).toBe(false);
    expect(lines.join('')).toBe('我们建议（遵医嘱）按时“复查”血压。');
  });

  it('keeps numbers with their units and Latin words whole', () => {
    const lines = wrapParagraph('体温常在38.5℃以上，血压140/90mmHg', 10, measure);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.some((l) => l.includes('38.5℃'))).toBe(true);
    expect(lines.some((l) => l.includes('140/90mmHg'))).toBe(true);
  });

  it('splits slide text at the sentence boundary nearest the middle', () => {
    expect(splitText('第一句话。第二句话比较长一点。第三句。')).toEqual(['第一句话。', '第二句话比较长一点。第三句。']);
    expect(splitText('没有句号，只有逗号，也能分')).toEqual(['没有句号，', '只有逗号，也能分']);
  });
});
