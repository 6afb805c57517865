/** Events: dated sentences (see the header of src/analysis/events.ts). */
import { describe, expect, it } from 'vitest';
import { buildEvents, isAnchored, isDateLine } from '../../../src/analysis/events.ts';
import { eventId } from '../../../src/analysis/ids.ts';
import { doc, time } from './helpers.ts';

const MON = '2025-02-10';

describe('buildEvents', () => {
  it.each([
    {
      name: 'one sentence, one anchored date',
      paragraphs: ['Speaking to reporters on Sunday, Trump indicated that he had been in touch with Putin.'],
      times: [['on Sunday', '2025-02-09']],
      expected: [[1, 'on Sunday', '2025-02-09']],
    },
    {
      name: 'two distinct dates in a sentence: two events',
      paragraphs: ['Following a claim over the weekend by Trump, a Kremlin spokesman refused on Monday to confirm it.'],
      times: [['over the weekend', '2025-W06-WE'], ['on Monday', MON]],
      expected: [[1, 'over the weekend', '2025-W06-WE'], [1, 'on Monday', MON]],
    },
    {
      name: 'the same date twice in a sentence: one event',
      paragraphs: ['Talks began on 10 February and ended on Monday evening.'],
      times: [['10 February', MON], ['Monday', MON]],
      expected: [[1, '10 February', MON]],
    },
    {
      name: 'a date in a relative clause is an event',
      paragraphs: ['Trump has asserted that he can end the hostilities, which were initiated three years ago.'],
      times: [['three years ago', '2022']],
      expected: [[1, 'three years ago', '2022']],
    },
    {
      name: 'a date inside a direct quotation is an event',
      paragraphs: ['“We met on Tuesday and agreed on a plan,” Trump said.'],
      times: [['on Tuesday', '2025-02-04']],
      expected: [[1, 'on Tuesday', '2025-02-04']],
    },
    {
      name: 'durations, sets, references and unanchored values are not events',
      paragraphs: ['Since the invasion, the talks have lasted three years and resume every week.', 'The Kremlin currently has no comment.'],
      times: [
        ['Since the invasion', 'PAST_REF', 'ref'],
        ['three years', 'P3Y', 'duration'],
        ['every week', 'XXXX-WXX', 'set'],
        ['currently', 'PRESENT_REF', 'ref'],
      ],
      expected: [],
    },
    {
      name: 'one event per sentence of a paragraph',
      paragraphs: ['The envoy spoke on Monday. Earlier this year, Putin set out his terms.'],
      times: [['on Monday', MON], ['Earlier this year', '2025']],
      expected: [[1, 'on Monday', MON], [1, 'Earlier this year', '2025']],
    },
    {
      name: 'the publication date-line is not an event',
      paragraphs: ['Monday 10 February 2025 12.05 GMT', 'The envoy spoke on Monday.'],
      times: [['Monday 10 February 2025 12.05 GMT', '2025-02-10T12:05'], ['on Monday', MON]],
      expected: [[2, 'on Monday', MON]],
    },
  ])('$name', ({ paragraphs, times, expected }) => {
    const d = doc(...paragraphs);
    const ts = times.map(([text, value, g]) =>
      time(d, text!, value!, g ? { granularity: g as never, range: null, type: g === 'set' ? 'SET' : g === 'duration' ? 'DURATION' : 'DATE' } : {}),
    );
    const events = buildEvents(d.paragraphs, ts, MON);
    expect(events.map((e) => [e.paragraph, e.expression, e.date.value])).toEqual(expected);
  });

  it('an event is the whole sentence, with its offsets, range and granularity', () => {
    const d = doc('Peskov declined to comment. Trump also said over the weekend that talks were going well. The war goes on.');
    const [e] = buildEvents(d.paragraphs, [time(d, 'over the weekend', '2025-W06-WE')], MON);
    const text = 'Trump also said over the weekend that talks were going well.';
    expect(e).toEqual({
      id: eventId('2025-W06-WE', text),
      text,
      expression: 'over the weekend',
      paragraph: 1,
      start: d.body.indexOf(text),
      end: d.body.indexOf(text) + text.length,
      date: { value: '2025-W06-WE', granularity: 'weekend', range: { start: '2025-02-08', end: '2025-02-09' } },
    });
  });

  it('ids depend on the date and the words, not the position', () => {
    const sentence = 'Trump said on Sunday that he had spoken to Putin.';
    const a = doc(sentence);
    const b = doc('Another paragraph comes first.', 'And another one.', sentence);
    const [ea] = buildEvents(a.paragraphs, [time(a, 'on Sunday', '2025-02-09')], MON);
    const [eb] = buildEvents(b.paragraphs, [time(b, 'on Sunday', '2025-02-09')], MON);
    expect(ea!.id).toBe(eb!.id);
    expect(ea!.id).toMatch(/^e-2025-02-09-[0-9a-f]{6}$/);
    const [ec] = buildEvents(a.paragraphs, [time(a, 'on Sunday', '2025-02-02')], MON);
    expect(ec!.id).not.toBe(ea!.id);
  });

  it('isAnchored and isDateLine', () => {
    const d = doc('10 February 2025', 'Published 10 Feb 2025, 09:00 GMT', 'On 10 February 2025, talks began.');
    const t1 = time(d, '10 February 2025', MON);
    const t2 = time(d, '10 Feb 2025, 09:00', '2025-02-10T09:00');
    const t3 = time(d, '10 February 2025', MON, { within: 'On 10' });
    expect(isAnchored(t1)).toBe(true);
    expect(isAnchored({ ...t1, type: 'DURATION' })).toBe(false);
    expect(isAnchored({ ...t1, range: null })).toBe(false);
    expect(isDateLine(d.paragraphs[0]!, [t1])).toBe(true);
    expect(isDateLine(d.paragraphs[1]!, [t2])).toBe(true);
    expect(isDateLine(d.paragraphs[2]!, [t3])).toBe(false);
  });
});
