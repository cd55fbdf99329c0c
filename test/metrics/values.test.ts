import { describe, expect, it } from 'vitest';
import { normalizeTitle, parseCount, parseDate, parseRate, parseSeconds } from '../../generator/metrics/values.ts';

describe('cell values as platforms print them', () => {
  it('reads counts with 万 and separators, and keeps "-" missing, never zero', () => {
    expect(parseCount('1.2万')).toBe(12000);
    expect(parseCount('12,345')).toBe(12345);
    expect(parseCount(830)).toBe(830);
    expect(parseCount('-3')).toBe(-3); // 粉丝增量 can fall
    expect(parseCount('-')).toBeUndefined();
    expect(parseCount('')).toBeUndefined();
    expect(() => parseCount('很多')).toThrow(/无法识别的数字/);
  });

  it('reads rates: percent, bounds, fractions, bare percentages and "-1.00" as no data', () => {
    expect(parseRate('12.24%')).toBeCloseTo(0.1224, 6);
    expect(parseRate('<0.1%')).toEqual({ lt: 0.001 });
    expect(parseRate(0.183)).toBe(0.183);
    expect(parseRate('16.55', 'percent')).toBeCloseTo(0.1655, 6);
    expect(parseRate('0.05', 'fraction')).toBe(0.05);
    expect(parseRate('-1.00', 'percent')).toBeUndefined();
    expect(parseRate('-')).toBeUndefined();
    expect(() => parseRate('高')).toThrow(/无法识别的比率/);
  });

  it('reads durations', () => {
    expect(parseSeconds('21.46秒')).toBe(21.46);
    expect(parseSeconds('10秒')).toBe(10);
    expect(parseSeconds('1分20秒')).toBe(80);
    expect(parseSeconds('00:01:20')).toBe(80);
    expect(parseSeconds('-1')).toBeUndefined();
  });

  it('reads the date formats seen in exports and refuses impossible dates', () => {
    expect(parseDate('2026年03月25日09时49分34秒')).toBe('2026-03-25');
    expect(parseDate('2026/5/29')).toBe('2026-05-29');
    expect(parseDate('20260529')).toBe('2026-05-29');
    expect(parseDate(20260529)).toBe('2026-05-29');
    expect(parseDate('2026-05-29 10:00:00')).toBe('2026-05-29');
    expect(parseDate(46110)).toBe('2026-03-29'); // an Excel serial day read without its style
    expect(() => parseDate('2026-02-30')).toThrow(/不存在的日期/);
  });

  it('compares titles without spacing, width and punctuation', () => {
    expect(normalizeTitle('血压 140/90，就是高血压吗？')).toBe(normalizeTitle('血压140 90就是高血压吗'));
  });
});
