/** The merged timeline (see the header of src/analysis/timeline.ts). */
import { describe, expect, it } from 'vitest';
import { eventId } from '../../../src/analysis/ids.ts';
import { buildTimeline, contentTokens, formatTimeValue, jaccard, timelineAnchor } from '../../../src/analysis/timeline.ts';
import { rangeOf } from '../../../src/analysis/time/index.ts';
import type { AnalysisResult, Event, Granularity, Statement, TimeValue } from '../../../src/analysis/types.ts';
import { granularity } from './helpers.ts';

function tv(value: string, range?: { start: string; end: string } | null): TimeValue {
  return { value, granularity: granularity(value), range: range === undefined ? rangeOf(value) : range };
}

let offset = 0;
function ev(value: string, text: string, paragraph = 1): Event {
  const start = (offset += 1000);
  return { id: eventId(value, text), text, expression: '', paragraph, start, end: start + text.length, date: tv(value) };
}

function st(id: string, speaker: string, value: string | null, at: number, cueAt?: number): Statement {
  return {
    id, kind: 'indirect', speaker: { name: speaker, role: null, type: 'person' }, speakerMention: speaker, speakerSpan: null,
    cue: 'said', cueSpan: cueAt === undefined ? null : [cueAt, cueAt + 4], text: id, spans: [[at, at + 10]], start: at, end: at + 10,
    paragraph: 1, date: value ? tv(value) : null,
  };
}

function article(id: string, date: string, events: Event[], statements: Statement[] = []): AnalysisResult {
  return { article: { id, title: id, date }, paragraphs: [], statements, times: [], events };
}

function shuffle<T>(xs: T[], seed: number): T[] {
  const out = [...xs];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('formatTimeValue', () => {
  it.each([
    ['2025-02-09', 'Sunday 9 Feb 2025'],
    ['2025-02-10T14:30', 'Monday 10 Feb 2025, 14:30'],
    ['2025-02-10TMO', 'Monday 10 Feb 2025, morning'],
    ['2025-W06-WE', 'weekend of 8–9 Feb 2025'],
    ['2025-W05-WE', 'weekend of 1–2 Feb 2025'],
    ['2026-W05-WE', 'weekend of 31 Jan–1 Feb 2026'],
    ['2025-W06', 'week of 3 Feb 2025'],
    ['2025-W01', 'week of 30 Dec 2024'],
    ['2025-02', 'February 2025'],
    ['2008-Q1', 'Q1 2008'],
    ['2008-H2', 'second half of 2008'],
    ['2012-SU', 'summer 2012'],
    ['2012-FA', 'autumn 2012'],
    ['2012-WI', 'winter 2012–13'],
    ['2022', '2022'],
    ['199', 'the 1990s'],
    ['19', 'the 20th century'],
    ['P3Y', '3 years'],
    ['PAST_REF', 'the past'],
  ])('%s → %s', (value, label) => {
    expect(formatTimeValue(tv(value))).toBe(label);
  });

  it('falls back to the range for a value it cannot read', () => {
    expect(formatTimeValue({ value: 'XYZ', granularity: 'day', range: { start: '2025-02-09', end: '2025-02-09' } })).toBe('Sunday 9 Feb 2025');
    expect(formatTimeValue({ value: 'XYZ', granularity: 'week', range: { start: '2025-02-03', end: '2025-02-09' } })).toBe('3–9 Feb 2025');
  });
});

describe('rangeOf and timelineAnchor', () => {
  it.each([
    ['2025-02-09', '2025-02-09', '2025-02-09'],
    ['2025-W06-WE', '2025-02-08', '2025-02-09'],
    ['2025-W06', '2025-02-03', '2025-02-09'],
    ['2025-02', '2025-02-01', '2025-02-28'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2008-Q1', '2008-01-01', '2008-03-31'],
    ['2012-SU', '2012-06-01', '2012-08-31'],
    ['2012-WI', '2012-12-01', '2013-02-28'],
    ['2022', '2022-01-01', '2022-12-31'],
    ['199', '1990-01-01', '1999-12-31'],
  ])('%s covers %s…%s', (value, start, end) => {
    expect(rangeOf(value)).toEqual({ start, end });
  });

  it('is null for values off the calendar', () => {
    expect(rangeOf('P3Y')).toBeNull();
    expect(rangeOf('PAST_REF')).toBeNull();
    expect(rangeOf('2025-13')).toBeNull();
  });

  it.each([
    ['2025-02-09', '2025-02-09'],
    ['2025-W06-WE', '2025-W06-WE'],
    ['2025-02-10T14:30', '2025-02-10T14-30'],
    ['FY2025', 'FY2025'],
  ])('anchor of %s is %s', (value, id) => {
    expect(timelineAnchor(value)).toBe(id);
    expect(timelineAnchor(value)).toMatch(/^[A-Za-z0-9_-]+$/);
  });
});

describe('buildTimeline', () => {
  const guardian = article('2025-02-10-guardian', '2025-02-10', [
    ev('2025-W06-WE', 'Following a claim over the weekend by US President Donald Trump that he had spoken with Vladimir Putin, a Kremlin spokesman refused on Monday to confirm or deny that a phone call had taken place.', 2),
    ev('2025-02-10', 'Following a claim over the weekend by US President Donald Trump that he had spoken with Vladimir Putin, a Kremlin spokesman refused on Monday to confirm or deny that a phone call had taken place.', 2),
    ev('2022', 'Trump has asserted that he can bring a swift end to the hostilities, which were initiated by Russia’s full-scale invasion of neighbouring Ukraine three years ago.', 3),
    ev('2025-02-09', 'Speaking to reporters on Sunday, Trump indicated that he had been in touch with Putin directly.', 5),
  ]);
  const reuters = article('2025-02-11-reuters', '2025-02-11', [
    ev('2025-02-10', 'A Kremlin spokesman on Monday refused to confirm or deny that a phone call between Trump and Putin had taken place.', 1),
    ev('2025-02-09', 'Trump told reporters on Sunday that he had been in touch with Putin directly.', 4),
    ev('2022', 'Russia launched its full-scale invasion of Ukraine in February 2022.', 6),
    ev('2025-02', 'Ukraine’s foreign minister visited Washington in February.', 7),
  ]);
  const ap = article(
    '2025-02-10-ap',
    '2025-02-10',
    [ev('2025-02-09', 'Trump spoke to reporters aboard Air Force One on Sunday about tariffs on steel.', 3)],
    [st('s-ap1', 'Donald Trump', '2025-02-09', 5000), st('s-ap2', 'Donald Trump', null, 6000), st('s-ap3', 'Donald Trump', 'PAST_REF', 7000)],
  );

  it('groups by date, chronologically, coarser first on the same start', () => {
    const timeline = buildTimeline([guardian, reuters, ap]);
    expect(timeline.map((d) => [d.value, d.label, d.granularity, d.range])).toEqual([
      ['2022', '2022', 'year', { start: '2022-01-01', end: '2022-12-31' }],
      ['2025-02', 'February 2025', 'month', { start: '2025-02-01', end: '2025-02-28' }],
      ['2025-W06-WE', 'weekend of 8–9 Feb 2025', 'weekend', { start: '2025-02-08', end: '2025-02-09' }],
      ['2025-02-09', 'Sunday 9 Feb 2025', 'day', { start: '2025-02-09', end: '2025-02-09' }],
      ['2025-02-10', 'Monday 10 Feb 2025', 'day', { start: '2025-02-10', end: '2025-02-10' }],
    ]);
  });

  it('on the same start, the container comes before what it contains', () => {
    const values = ['2025-01-01T10:00', '2025-01-01', '2025-01', '2025-Q1', '2025', '2025-W01', '199', '1990', '2024-WI'];
    const a = article('a', '2025-02-10', values.map((v) => ev(v, `Something happened (${v}).`)));
    expect(buildTimeline([a]).map((d) => d.value)).toEqual(['199', '1990', '2024-WI', '2025-W01', '2025', '2025-Q1', '2025-01', '2025-01-01', '2025-01-01T10:00']);
    expect(buildTimeline([a]).map((d) => d.label)).toEqual([
      'the 1990s', '1990', 'winter 2024–25', 'week of 30 Dec 2024', '2025', 'Q1 2025', 'January 2025', 'Wednesday 1 Jan 2025', 'Wednesday 1 Jan 2025, 10:00',
    ]);
  });

  it('merges the same event reported by several articles, listing every source', () => {
    const timeline = buildTimeline([guardian, reuters, ap]);
    const monday = timeline.find((d) => d.value === '2025-02-10')!;
    expect(monday.events).toHaveLength(1);
    expect(monday.events[0]!.sources.map((s) => s.articleId)).toEqual(['2025-02-10-guardian', '2025-02-11-reuters']);
    // the Sunday remarks: two close paraphrases merge, a sentence about something else does not (entries by earliest source)
    const sunday = timeline.find((d) => d.value === '2025-02-09')!;
    expect(sunday.events.map((e) => e.sources.map((s) => s.articleId))).toEqual([['2025-02-10-ap'], ['2025-02-10-guardian', '2025-02-11-reuters']]);
    // 2022: the invasion, but one sentence is about Trump's assertion: different words, not merged
    expect(timeline.find((d) => d.value === '2022')!.events).toHaveLength(2);
  });

  it('merges paraphrases when both sentences carry a statement by the same speaker', () => {
    const a = article('a', '2025-02-10', [ev('2025-02-09', 'Trump told reporters on Sunday that he had spoken with Putin.')]);
    const b = article('b', '2025-02-10', [ev('2025-02-09', 'Speaking to reporters on Sunday, Trump indicated he had been in touch with Putin directly.')]);
    expect(buildTimeline([a, b])[0]!.events).toHaveLength(2);
    a.statements = [st('s-a', 'Donald Trump', '2025-02-09', a.events[0]!.start + 20, a.events[0]!.start + 6)];
    b.statements = [st('s-b', 'Donald Trump', '2025-02-09', b.events[0]!.start + 50, b.events[0]!.start + 40)];
    expect(jaccard(contentTokens(a.events[0]!.text), contentTokens(b.events[0]!.text))).toBeGreaterThanOrEqual(0.3);
    expect(buildTimeline([a, b])[0]!.events).toHaveLength(1);
  });

  it('does not merge two events of the same article', () => {
    const text = 'The Kremlin refused on Monday to confirm that a phone call had taken place.';
    const a = article('a', '2025-02-10', [ev('2025-02-10', text, 1), ev('2025-02-10', text.replace('refused', 'declined'), 5)]);
    expect(buildTimeline([a])[0]!.events).toHaveLength(2);
  });

  it('entry ids are the smallest merged event id and do not depend on article order', () => {
    const timeline = buildTimeline([guardian, reuters, ap]);
    const monday = timeline.find((d) => d.value === '2025-02-10')!.events[0]!;
    const ids = [guardian.events[1]!.id, reuters.events[0]!.id].sort();
    expect(monday.id).toBe(ids[0]);
    for (let seed = 1; seed <= 10; seed++) {
      const shuffled = shuffle([guardian, reuters, ap], seed).map((a) => ({ ...a, events: shuffle(a.events, seed + 7) }));
      expect(buildTimeline(shuffled)).toEqual(timeline);
    }
  });

  it('lists the statements made on each date, and leaves out undated and vague ones', () => {
    const timeline = buildTimeline([guardian, reuters, ap]);
    expect(timeline.find((d) => d.value === '2025-02-09')!.statements).toEqual([{ articleId: '2025-02-10-ap', statementId: 's-ap1' }]);
    expect(timeline.flatMap((d) => d.statements.map((s) => s.statementId))).toEqual(['s-ap1']);
  });

  it('a date with statements but no event still has a group', () => {
    const a = article('a', '2025-02-10', [], [st('s-1', 'Keith Kellogg', '2025-02-10', 10), st('s-2', 'Sergei Ryabkov', '2025-02-10', 5)]);
    const [day] = buildTimeline([a]);
    expect(day).toMatchObject({ value: '2025-02-10', events: [], statements: [{ statementId: 's-2' }, { statementId: 's-1' }] });
  });

  it('keeps the canonical range of a value whatever range an article gave it', () => {
    const e = ev('2025', 'Earlier this year, Putin said Ukraine must drop its NATO ambitions.');
    e.date = { value: '2025', granularity: 'year' as Granularity, range: { start: '2025-01-01', end: '2025-02-10' } };
    const [year] = buildTimeline([article('a', '2025-02-10', [e])]);
    expect(year!.range).toEqual({ start: '2025-01-01', end: '2025-12-31' });
    expect(year!.events[0]!.id).toBe(e.id);
  });
});
