import { describe, expect, it } from 'vitest';
import { findTimes, normaliseTime } from '../../../src/analysis/time/index.ts';
import { chronoBaseline } from '../../../src/analysis/time/baseline.ts';
import type { Paragraph } from '../../../src/analysis/types.ts';

// Publication date used by most rows: Monday 10 February 2025.
const MON = '2025-02-10';

type Row = [text: string, date: string, value: string, granularity: string, tense?: 'past' | 'present' | 'future'];

const table = (rows: Row[]) =>
  it.each(rows)('%s (%s) → %s', (text, date, value, granularity, tense) => {
    const r = normaliseTime(text, date, tense ? { tense } : {});
    expect(r, text).not.toBeNull();
    expect(r!.value).toBe(value);
    expect(r!.granularity).toBe(granularity);
  });

describe('explicit dates', () => {
  table([
    ['The treaty was signed on March 3, 2021.', MON, '2021-03-03', 'day'],
    ['The vote took place on 14 November 2019.', MON, '2019-11-14', 'day'],
    ['The plant closed on Jan. 6.', MON, '2025-01-06', 'day'],
    ['The board met on Tuesday, Feb. 4.', MON, '2025-02-04', 'day'],
    ['The report was published on Dec. 2.', MON, '2024-12-02', 'day'],
    ['The new rules take effect on March 1.', MON, '2025-03-01', 'day'],
    ['Payments are due by April 15.', MON, '2025-04-15', 'day'],
    ['The law took effect in September 2023.', MON, '2023-09', 'month'],
    ['The figures for 2024-11-30 were revised.', MON, '2024-11-30', 'day'],
    ['The mine opened in 1987.', MON, '1987', 'year'],
    ['He was born in nineteen sixty-two.', MON, '1962', 'year'],
  ]);
});

describe('weekdays (news rule)', () => {
  table([
    ['The minister resigned on Friday.', MON, '2025-02-07', 'day'],
    ['Officials said on Monday that talks continue.', MON, '2025-02-10', 'day'],
    ['She spoke to reporters on Sunday.', MON, '2025-02-09', 'day'],
    ['The committee will vote on Thursday.', MON, '2025-02-13', 'day'],
    ['Talks are scheduled to resume on Wednesday.', MON, '2025-02-12', 'day'],
    ['The company announced last Monday that it would cut jobs.', MON, '2025-02-03', 'day'],
    ['They will meet again next Monday.', MON, '2025-02-17', 'day'],
    ['Fighting broke out on Saturday night.', MON, '2025-02-08TNI', 'time'],
  ]);
});

describe('deictic days and parts of day', () => {
  table([
    ['The index fell 2% yesterday.', MON, '2025-02-09', 'day'],
    ['Markets opened lower today.', MON, '2025-02-10', 'day'],
    ['The verdict is expected tomorrow.', MON, '2025-02-11', 'day'],
    ['He will address the nation tonight.', MON, '2025-02-10TNI', 'time'],
    ['Trading was halted this morning.', MON, '2025-02-10TMO', 'time'],
    ['The talks ended at 3:30 p.m. on Friday.', MON, '2025-02-07T15:30', 'time'],
  ]);
});

describe('weeks, weekends, months, years relative to the publication date', () => {
  table([
    ['The leaders spoke over the weekend.', MON, '2025-W06-WE', 'weekend'],
    ['The strike will continue this weekend.', MON, '2025-W07-WE', 'weekend'],
    ['Prices rose last week.', MON, '2025-W06', 'week'],
    ['The report will be published this week.', MON, '2025-W07', 'week'],
    ['Sales will resume next week.', MON, '2025-W08', 'week'],
    ['Inflation slowed last month.', MON, '2025-01', 'month'],
    ['The regulator will decide next month.', MON, '2025-03', 'month'],
    ['Exports grew last year.', MON, '2024', 'year'],
    ['The merger should close next year.', MON, '2026', 'year'],
    ['This year has been difficult.', MON, '2025', 'year'],
    ['Earlier this year, the minister said the plan was dead.', MON, '2025', 'year'],
    ['The bridge opened three years ago.', MON, '2022', 'year'],
    ['The factory shut down two months ago.', MON, '2024-12', 'month'],
    ['The company was founded a decade ago.', MON, '2015', 'year'],
  ]);
});

describe('bare months, seasons, quarters, halves, fiscal years', () => {
  table([
    ['Production stopped in March.', MON, '2024-03', 'month'],
    ['Production will restart in March.', MON, '2025-03', 'month'],
    ['The deal was agreed in January.', MON, '2025-01', 'month'],
    ['The project started last summer.', MON, '2024-SU', 'season'],
    ['Elections are planned for the autumn of 2026.', MON, '2026-FA', 'season'],
    ['Construction will begin next spring.', MON, '2025-SP', 'season'],
    ['Profit fell in the fourth quarter.', MON, '2024-Q4', 'quarter'],
    ['Profit fell in the third quarter of 2023.', MON, '2023-Q3', 'quarter'],
    ['Revenue in the first half of 2024 doubled.', MON, '2024-H1', 'half'],
    ['Sales slumped in fiscal 2023.', MON, '2023', 'year'],
    ['Sales slumped in the 1990s.', MON, '199', 'decade'],
    ['Castles were built in the 12th century.', MON, '11', 'century'],
  ]);
});

describe('durations, sets and vague references', () => {
  table([
    ['He served as mayor for three years.', MON, 'P3Y', 'duration'],
    ['The talks lasted five hours.', MON, 'PT5H', 'duration'],
    ['Prices have doubled over the past two weeks.', MON, 'P2W', 'duration'],
    ['She signed a two-year contract.', MON, 'P2Y', 'duration'],
    ['The drought lasted several months.', MON, 'PXM', 'duration'],
    ['The market is open every Monday.', MON, 'XXXX-WXX-1', 'set'],
    ['The paper is published daily.', MON, 'P1D', 'set'],
    ['The company has recently changed its policy.', MON, 'PAST_REF', 'ref'],
    ['The border is now closed.', MON, 'PRESENT_REF', 'ref'],
    ['Prices may rise in the future.', MON, 'FUTURE_REF', 'ref'],
  ]);
});

describe('more constructions', () => {
  table([
    ['He died this past Sunday.', MON, '2025-02-09', 'day'],
    ['The flights were cancelled this past weekend.', MON, '2025-W06-WE', 'weekend'],
    ['A hearing is set for the week of March 3.', MON, '2025-W10', 'week'],
    ['The merger should be completed by year-end.', MON, '2025', 'year'],
    ['Turnout fell sharply in the 2020s.', MON, '202', 'decade'],
    ['The reactor was shut down in mid-2023.', MON, '2023', 'year'],
    ['The talks will end later this month.', MON, '2025-02', 'month'],
    ['Fighting resumed in the early hours of Tuesday morning.', MON, '2025-02-04TMO', 'time'],
    ['Shares rose in the second half of 2024.', MON, '2024-H2', 'half'],
    ['Exports grew in Q3 2024.', MON, '2024-Q3', 'quarter'],
    ['The strike ended on Christmas Day.', MON, '2024-12-25', 'day'],
    ['The fund lost money in the past two quarters.', MON, 'P2Q', 'duration'],
    ['It has been closed for a minute and a half.', MON, 'PT1M30S', 'duration'],
    ['Over the past decade, rents doubled.', MON, 'P10Y', 'duration'],
    ['The office stays closed until March.', MON, '2025-03', 'month'],
    ['The rules apply from 1 April.', MON, '2025-04-01', 'day', 'future'],
    ['Sales rose 4% in recent years.', MON, 'PXY', 'duration'],
    ['In January nineteen ninety-seven the plant closed.', MON, '1997-01', 'month'],
    ['Traders sold ahead of the weekend.', '2025-02-12', '2025-W07-WE', 'weekend'],
  ]);
  it('reads a bare clock time on the day in focus', () => {
    const text = 'The blast happened on Jan. 30. Police arrived at 10 p.m.';
    const times = findTimes([{ index: 1, text, start: 0, end: text.length }], MON);
    expect(times.map((t) => t.value)).toEqual(['2025-01-30', '2025-01-30T22:00']);
  });
  it('reads a date ahead of the publication date after "by" or "until"', () => {
    expect(normaliseTime('The loan must be repaid by February.', '2024-11-20')!.value).toBe('2025-02');
    expect(normaliseTime('Sales were flat this year through August.', '2024-10-20')!.value).not.toBe('2025-08');
  });
  it('reads an opening clock time as a time stamp of the publication day', () => {
    const text1 = 'The debate ended on Sunday night.';
    const text2 = '3:25 p.m. The senator repeated the claim.';
    const times = findTimes(
      [
        { index: 1, text: text1, start: 0, end: text1.length },
        { index: 2, text: text2, start: text1.length + 1, end: text1.length + 1 + text2.length },
      ],
      MON,
    );
    expect(times.map((t) => t.value)).toEqual(['2025-02-09TNI', '2025-02-10T15:25']);
  });
  it('reads holidays as their nearest occurrence, the tense deciding far ones', () => {
    expect(normaliseTime('Shops reopened after Christmas.', '2025-01-03')!.value).toBe('2024-12-25');
    expect(normaliseTime('The vote is due before Thanksgiving.', '2025-10-20')!.value).toBe('2025-11-27');
  });
  it('reads a quarter not begun yet as last year’s only while its results are news', () => {
    expect(normaliseTime('Profit fell in the fourth quarter.', '2025-02-10')!.value).toBe('2024-Q4');
    expect(normaliseTime('The plant closed, with the cuts landing in the fourth quarter.', '2025-08-10')!.value).toBe('2025-Q4');
  });
  it('does not take titles or prices for times', () => {
    expect(normaliseTime('She was interviewed on "60 Minutes".', MON)).toBeNull();
    expect(normaliseTime('He said on ABC’s “This Week” program that', MON)).toBeNull();
    expect(normaliseTime('Stores expect record Black Friday sales.', MON)).toBeNull();
    expect(normaliseTime('The Sunday Times reported the leak.', MON)).toBeNull();
    expect(normaliseTime('The Russell 2000 index fell.', MON)).toBeNull();
    expect(normaliseTime('The firm holds about a quarter of the market.', MON)).toBeNull();
  });
});

describe('types, ranges, modifiers and extents', () => {
  it('gives calendar ranges to anchored values', () => {
    expect(normaliseTime('over the weekend', MON)!.range).toEqual({ start: '2025-02-08', end: '2025-02-09' });
    expect(normaliseTime('Earlier this year', MON)!.range).toEqual({ start: '2025-01-01', end: MON });
    expect(normaliseTime('last week', MON)!.range).toEqual({ start: '2025-02-03', end: '2025-02-09' });
    expect(normaliseTime('for three years', MON)!.range).toBeNull();
  });
  it('sets types and mods', () => {
    expect(normaliseTime('for three years', MON)!.type).toBe('DURATION');
    expect(normaliseTime('every Monday', MON)!.type).toBe('SET');
    expect(normaliseTime('at 9 a.m.', MON)!.type).toBe('TIME');
    expect(normaliseTime('late November', MON)!.mod).toBe('END');
    expect(normaliseTime('more than four hours', MON)!.mod).toBe('MORE_THAN');
  });
  it('leaves prepositions out of the extent and keeps offsets into the body', () => {
    const text = 'A spokesman refused on Monday to comment.';
    const p: Paragraph = { index: 3, text, start: 100, end: 100 + text.length };
    const [t] = findTimes([p], MON);
    expect(t!.text).toBe('Monday');
    expect(t!.start).toBe(100 + text.indexOf('Monday'));
    expect(t!.end).toBe(t!.start + 'Monday'.length);
    expect(t!.paragraph).toBe(3);
  });
  it('resolves "a year earlier" against the last date mentioned', () => {
    const text = 'Profit rose in the third quarter of 2023. A year earlier it had fallen.';
    const times = findTimes([{ index: 1, text, start: 0, end: text.length }], MON);
    expect(times.map((t) => t.value)).toEqual(['2023-Q3', '2022-Q3']);
  });
  it('ignores ages, fractions and names', () => {
    expect(normaliseTime('a 6-year-old boy', MON)).toBeNull();
    expect(normaliseTime('April Jones wrote the report', MON)).toBeNull();
    expect(normaliseTime('Shares rose 3/8 to 12', MON)).toBeNull();
  });
});

describe('chronoBaseline', () => {
  it('takes values from the components chrono is certain of', () => {
    const text = 'It happened on March 3, 2021 and again in June 2022.';
    const values = chronoBaseline([{ index: 1, text, start: 0, end: text.length }], MON).map((t) => t.value);
    expect(values).toContain('2021-03-03');
    expect(values).toContain('2022-06');
  });
});

// Programme and publication names that contain a time word are names, not times.
describe('names that contain time words', () => {
  const all = (text: string, date = MON) => findTimes([{ index: 1, text, start: 0, end: text.length }], date).map((t) => `${t.text}=${t.value}`);
  it.each([
    ['A reporter for Metro Today spotted the candidate near the venue.', []],
    ['The senator told Channel Nine This Morning that the bill would pass.', []],
    ['The figures come from an analysis by NATION TODAY of campaign filings.', []],
    ['On the broadcast of “Capitol News Sunday,” the governor defended the plan.', []],
    ['The council voted on Sunday to close the road.', ['Sunday=2025-02-09']],
    ['The company reported its results on Wednesday. Today, its shares fell.', ['Wednesday=2025-02-05', 'Today=2025-02-10']],
    ['Today the council meets again.', ['Today=2025-02-10']],
    ['Talks ended in Paris. Today negotiators meet again.', ['Today=2025-02-10']],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(all(text)).toEqual(expected);
  });
});

// Tense of the clause that governs a weekday: markers in a following clause or in reported
// content do not decide it; a plan reported in the pluperfect was overtaken (past).
describe('weekdays governed by the clause they belong to', () => {
  table([
    ['The mayor told residents this weekend he would seek a second term.', MON, '2025-W06-WE', 'weekend'],
    ['The minister, opening the new bridge on Saturday, said it would carry 10,000 cars a day.', MON, '2025-02-08', 'day'],
    ['The offer had been due to expire on Friday.', MON, '2025-02-07', 'day'],
    ['The offer had been scheduled to expire at noon Friday.', MON, '2025-02-07T12:00', 'time'],
    ['The offer is due to expire on Friday.', MON, '2025-02-14', 'day'],
    ['The union said on Saturday it would strike.', MON, '2025-02-08', 'day'],
  ]);
});

describe('future in the past, passives and "this coming"', () => {
  table([
    // "was/were to" reports a plan from a past vantage point
    ['Delegates were to meet on Friday to sign the accord.', MON, '2025-02-07', 'day'],
    ['The envoy was to arrive on Sunday for talks.', MON, '2025-02-09', 'day'],
    // a passive participle after "is/will be" is not a past tense
    ['The appeal is heard in June by the full court.', MON, '2025-06', 'month'],
    ['The final will be held in April at the national stadium.', MON, '2025-04', 'month'],
    ['The appeal was heard in June by the full court.', MON, '2024-06', 'month'],
    ['The festival opens this coming Saturday.', MON, '2025-02-15', 'day'],
    ['The festival opens this coming Monday.', MON, '2025-02-17', 'day'],
    ['Crowds are expected this coming weekend.', MON, '2025-W07-WE', 'weekend'],
  ]);
});

describe('deadlines set in the past still look forward ("postponed until")', () => {
  table([
    ['The regulator kept the exchange closed until Friday.', '2025-02-12', '2025-02-14', 'day'],
    ['Officials postponed until Thursday morning any decision on the permit.', MON, '2025-02-13TMO', 'time'],
    ['The court gave the parties until 5 p.m. Wednesday to respond.', MON, '2025-02-12T17:00', 'time'],
    ['The board extended the offer until Friday.', MON, '2025-02-14', 'day'],
    // without such a verb, a past clause keeps the past reading
    ['The strike lasted until Friday.', MON, '2025-02-07', 'day'],
  ]);
});

describe('vague decades and centuries are counted in years, like numbered ones', () => {
  table([
    ['The two towns ended a decades-long quarrel over water.', MON, 'PXY', 'duration'],
    ['The monastery has stood on the hill for centuries.', MON, 'PXY', 'duration'],
    ['The bridge stood for three decades.', MON, 'P30Y', 'duration'],
  ]);
});

describe('compound modifiers are not time expressions', () => {
  const all = (text: string) => findTimes([{ index: 1, text, start: 0, end: text.length }], MON).map((t) => `${t.text}=${t.value}`);
  it.each([
    ['The quarter-to-quarter comparison was flattered by a one-off charge.', []],
    ['The year-over-year rise in rents slowed.', []],
    // the article goes with the noun: the duration is "hours-long", not "an hour"
    ['The rebels ended an hours-long standoff with police.', ['hours-long=PTXH']],
    ['Rents rose 4% in the quarter.', ['the quarter=2024-Q4']],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(all(text)).toEqual(expected);
  });
});
