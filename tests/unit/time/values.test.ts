import { describe, expect, it } from 'vitest';
import { granularityOf, rangeOf, shiftValue } from '../../../src/analysis/time/values.ts';

describe('rangeOf / granularityOf', () => {
  it.each([
    ['2025-02-10', 'day', '2025-02-10', '2025-02-10'],
    ['2025-02-10T14:00', 'time', '2025-02-10', '2025-02-10'],
    ['2025-02-10TNI', 'time', '2025-02-10', '2025-02-10'],
    ['2025-W06', 'week', '2025-02-03', '2025-02-09'],
    ['2025-W06-WE', 'weekend', '2025-02-08', '2025-02-09'],
    ['2020-W53', 'week', '2020-12-28', '2021-01-03'],
    ['2025-02', 'month', '2025-02-01', '2025-02-28'],
    ['2024-02', 'month', '2024-02-01', '2024-02-29'],
    ['2025-Q1', 'quarter', '2025-01-01', '2025-03-31'],
    ['2025-Q4', 'quarter', '2025-10-01', '2025-12-31'],
    ['2025-H2', 'half', '2025-07-01', '2025-12-31'],
    ['2012-SU', 'season', '2012-06-01', '2012-08-31'],
    ['2012-WI', 'season', '2012-12-01', '2013-02-28'],
    ['2025', 'year', '2025-01-01', '2025-12-31'],
    ['FY2025', 'year', '2025-01-01', '2025-12-31'],
    ['199', 'decade', '1990-01-01', '1999-12-31'],
    ['19', 'century', '1900-01-01', '1999-12-31'],
  ])('%s → %s %s..%s', (value, granularity, start, end) => {
    expect(granularityOf(value)).toBe(granularity);
    expect(rangeOf(value)).toEqual({ start, end });
  });
  it.each([
    ['P3Y', 'duration'],
    ['PT5H', 'duration'],
    ['PAST_REF', 'ref'],
    ['PRESENT_REF', 'ref'],
    ['XXXX-WXX-1', 'set'],
  ])('%s has no range (%s)', (value, granularity) => {
    expect(rangeOf(value)).toBeNull();
    expect(granularityOf(value)).toBe(granularity);
  });
  it('shifts values by their own unit', () => {
    expect(shiftValue('2023-Q3', -1, 'Y')).toBe('2022-Q3');
    expect(shiftValue('2025-02-10', 1)).toBe('2025-02-11');
    expect(shiftValue('2025-W01', -1)).toBe('2024-W52');
    expect(shiftValue('2025-01', -1)).toBe('2024-12');
  });
});
