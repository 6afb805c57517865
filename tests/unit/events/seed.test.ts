/**
 * Seed regression: the hand-annotated facts of
 * content/articles/2025-02-10-kremlin-poker-faced.md (gold written inline).
 * 1. Dating and events on hand-built time expressions and statements (what
 *    the time normaliser and the statement extractor should find), so this
 *    module is tested on its own.
 * 2. End to end through analyzeArticle (the real findTimes and
 *    extractStatements): the project's seed targets, 9/9 events and 16/16
 *    statement dates.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../../src/analysis/article-file.ts';
import { dateStatements } from '../../../src/analysis/dating.ts';
import { buildEvents } from '../../../src/analysis/events.ts';
import { analyzeArticle } from '../../../src/analysis/index.ts';
import { segmentParagraphs } from '../../../src/analysis/segment.ts';
import { buildTimeline } from '../../../src/analysis/timeline.ts';
import { statement, time, type Doc } from './helpers.ts';

const FILE = 'content/articles/2025-02-10-kremlin-poker-faced.md';
const ID = '2025-02-10-kremlin-poker-faced';
const parsed = parseArticleFile(readFileSync(FILE, 'utf8'), FILE);
const d: Doc = { body: parsed.body, paragraphs: segmentParagraphs(parsed.body) };

/** Gold events: paragraph, expression, value. */
const GOLD_EVENTS: [number, string, string][] = [
  [2, 'over the weekend', '2025-W06-WE'],
  [2, 'on Monday', '2025-02-10'],
  [3, 'three years ago', '2022'],
  [4, 'on Monday', '2025-02-10'],
  [5, 'on Sunday', '2025-02-09'],
  [9, 'over the weekend', '2025-W06-WE'],
  [12, 'on Monday', '2025-02-10'],
  [15, 'on Monday', '2025-02-10'],
  [17, 'Earlier this year', '2025'],
];

/** Gold statements: paragraph, speaker, cue, the start of the text, date value (null: the text does not say). */
const GOLD_STATEMENTS: [number, string, string, string, string | null][] = [
  [3, 'Donald Trump', 'asserted', 'he can bring a swift end to the hostilities', null],
  [4, 'Keith Kellogg', 'told', 'he is putting together a peace plan', '2025-02-10'],
  [4, 'Sergei Ryabkov', 'said', 'while Moscow remains open for potential talks', '2025-02-10'],
  [5, 'Donald Trump', 'indicated', 'he had been in touch with Putin directly', '2025-02-09'],
  [7, 'Donald Trump', 'said', 'I’ve had it. Let’s just say', '2025-02-09'],
  [8, 'Dmitry Peskov', 'said', 'I can neither confirm nor deny it.', '2025-02-10'],
  [9, 'Donald Trump', 'said', 'he believed the US was making progress', '2025-W06-WE'],
  [10, 'Donald Trump', 'said', 'If we are talking', '2025-W06-WE'],
  [10, 'Donald Trump', 'said', 'I do believe we’re making progress', '2025-W06-WE'],
  [10, 'Donald Trump', 'adding', 'Washington is also in touch with Ukraine', '2025-W06-WE'],
  [11, 'Donald Trump', 'claimed', 'he would bring a swift end to the war', null],
  [12, 'Keith Kellogg', 'told', 'he and his team are coordinating', '2025-02-10'],
  [15, 'Sergei Ryabkov', 'signalled', 'while Russia remains open to dialogue', '2025-02-10'],
  [16, 'Sergei Ryabkov', 'said', 'all of Putin’s conditions must be met', '2025-02-10'],
  [17, 'Vladimir Putin', 'said', 'Ukraine must drop its NATO ambitions', '2025'],
  [18, 'Sergei Ryabkov', 'said', 'the US and the West must understand', '2025-02-10'],
];

function handTimes() {
  const w = (s: string) => ({ within: s });
  return [
    time(d, 'over the weekend', '2025-W06-WE', w('Following a claim')),
    time(d, 'on Monday', '2025-02-10', w('refused on Monday')),
    time(d, 'three years ago', '2022'),
    time(d, 'on Monday', '2025-02-10', w('told media on Monday')),
    time(d, 'on Sunday', '2025-02-09'),
    time(d, 'since the invasion of Ukraine', 'PAST_REF', { range: null, type: 'DATE', granularity: 'ref' }),
    time(d, 'over the weekend', '2025-W06-WE', w('Trump also said over')),
    time(d, 'Since he began his presidential campaign', 'PAST_REF', { range: null, granularity: 'ref', type: 'DATE' }),
    time(d, 'on Monday', '2025-02-10', w('Semafor on Monday')),
    time(d, 'on Monday', '2025-02-10', w('signalled on Monday')),
    time(d, 'currently', 'PRESENT_REF', { range: null, granularity: 'ref', type: 'DATE' }),
    time(d, 'Earlier this year', '2025', { range: { start: '2025-01-01', end: '2025-02-10' } }),
  ];
}

function handStatements() {
  const T = { speaker: 'Donald Trump', role: 'US President' };
  const K = { speaker: 'Keith Kellogg', role: 'US special envoy to Ukraine' };
  const R = { speaker: 'Sergei Ryabkov', role: 'Russian Deputy Foreign Minister' };
  return [
    statement(d, { ...T, within: 'Trump has asserted', mention: 'Trump', cue: 'asserted', content: 'he can bring a swift end to the hostilities' }),
    statement(d, { ...K, within: 'The US president’s envoy', mention: 'The US president’s envoy', cue: 'told', content: 'he is putting together a peace plan' }),
    statement(d, {
      ...R, within: 'However, a senior', mention: 'a senior Russian official', cue: 'said',
      content: 'while Moscow remains open for potential talks, a settlement would have to meet Putin’s demands',
    }),
    statement(d, { ...T, within: 'Speaking to reporters', mention: 'Trump', cue: 'indicated', content: 'he had been in touch with Putin directly' }),
    statement(d, {
      ...T, kind: 'direct', within: 'when asked if', mention: 'Trump', cue: 'said',
      content: 'I’ve had it. Let’s just say I’ve had it … And I expect to have many more conversations.',
    }),
    statement(d, {
      speaker: 'Dmitry Peskov', role: 'Kremlin spokesman', kind: 'direct', within: 'Asked about the suggestion',
      mention: 'Kremlin spokesman Dmitry Peskov', cue: 'said', content: 'I can neither confirm nor deny it.',
    }),
    statement(d, { ...T, within: 'Trump also said', mention: 'Trump', cue: 'said', content: 'he believed the US was making progress in its bid to secure talks towards ending the war' }),
    statement(d, { ...T, kind: 'direct', within: '“If we are talking', mention: 'Trump', cue: 'said', content: 'If we are talking, I don’t want to tell you about the conversations,' }),
    statement(d, { ...T, kind: 'direct', within: '“I do believe', mention: 'he', cue: 'said', content: 'I do believe we’re making progress. We want to stop the Ukraine-Russia war,' }),
    statement(d, { ...T, within: 'adding that Washington', mention: null, cue: 'adding', content: 'Washington is also in touch with Ukraine on the matter' }),
    statement(d, { ...T, within: 'Since he began', mention: 'Trump', cue: 'claimed', content: 'he would bring a swift end to the war' }),
    statement(d, {
      ...K, within: 'His special envoy', mention: 'His special envoy to Ukraine, Keith Kellogg', cue: 'told',
      content: 'he and his team are coordinating with allies and NATO officials, preparing a peace plan to present to Trump',
    }),
    statement(d, {
      ...R, kind: 'partial', within: 'Moscow’s Deputy', mention: 'Moscow’s Deputy Foreign Minister Sergei Ryabkov', cue: 'signalled',
      content: 'while Russia remains open to dialogue, the Kremlin and Washington currently “do not have any agreements”',
    }),
    statement(d, { ...R, within: 'The official, who', mention: 'The official', cue: 'said', content: 'all of Putin’s conditions must be met before any settlement in Ukraine is possible' }),
    statement(d, {
      speaker: 'Vladimir Putin', role: 'Russian President', within: 'Earlier this year', mention: 'Putin', cue: 'said',
      content: 'Ukraine must drop its NATO ambitions and withdraw its troops from the four eastern Ukrainian regions claimed and mostly controlled by Russia',
    }),
    statement(d, { ...R, within: 'Ryabkov said the US', mention: 'Ryabkov', cue: 'said', content: 'the US and the West must understand that all of the Russian president’s conditions need to be met' }),
  ];
}

describe('seed article, hand-built time expressions and statements', () => {
  const times = handTimes();
  const statements = handStatements();
  dateStatements(statements, times, d.paragraphs, '2025-02-10');
  const events = buildEvents(d.paragraphs, times, '2025-02-10');

  it('finds the 9 gold events, no more', () => {
    expect(events.map((e) => [e.paragraph, e.expression, e.date.value])).toEqual(GOLD_EVENTS);
  });

  it.each(GOLD_STATEMENTS)('P%i %s (%s) “%s…” → %s', (paragraph, speaker, cue, text, value) => {
    const st = statements.find((s) => s.paragraph === paragraph && s.speaker?.name === speaker && s.cue === cue && s.text.startsWith(text));
    expect(st).toBeDefined();
    expect(st!.date?.value ?? null).toBe(value);
  });

  it('gives events the weekend range and granularity', () => {
    const weekend = events.find((e) => e.date.value === '2025-W06-WE')!;
    expect(weekend.date).toEqual({ value: '2025-W06-WE', granularity: 'weekend', range: { start: '2025-02-08', end: '2025-02-09' } });
    expect(weekend.text.startsWith('Following a claim over the weekend')).toBe(true);
  });

  it('builds a timeline of the article', () => {
    const timeline = buildTimeline([
      { article: { id: ID, title: 'seed', date: '2025-02-10' }, paragraphs: d.paragraphs, statements, times, events },
    ]);
    expect(timeline.map((t) => [t.value, t.label, t.events.length, t.statements.length])).toEqual([
      ['2022', '2022', 1, 0],
      ['2025', '2025', 1, 1],
      ['2025-W06-WE', 'weekend of 8–9 Feb 2025', 2, 4],
      ['2025-02-09', 'Sunday 9 Feb 2025', 1, 2],
      ['2025-02-10', 'Monday 10 Feb 2025', 4, 7],
    ]);
  });
});

const r = analyzeArticle({ id: ID, title: 'seed', date: '2025-02-10', body: parsed.body, file: FILE });

describe('seed article, end to end (analyzeArticle with the real normaliser and extractor)', () => {
  it('finds the 9 gold events with the right value and paragraph', () => {
    expect(r.events.map((e) => [e.paragraph, e.date.value])).toEqual(GOLD_EVENTS.map(([p, , v]) => [p, v]));
  });

  it.each(GOLD_STATEMENTS)('P%i %s (%s) “%s…” → %s', (paragraph, _speaker, _cue, text, value) => {
    const st = r.statements.find((s) => s.paragraph === paragraph && s.text.startsWith(text));
    expect(st, 'statement found').toBeDefined();
    expect(st!.date?.value ?? null).toBe(value);
  });
});
