/** Factories for hand-built paragraphs, time expressions and statements (offsets found in the text). */
import { segmentParagraphs } from '../../../src/analysis/segment.ts';
import type { DateRange, Granularity, Paragraph, SpeakerRef, Statement, StatementKind, TimeExpression, TimexType } from '../../../src/analysis/types.ts';

export interface Doc {
  body: string;
  paragraphs: Paragraph[];
}

export function doc(...paragraphs: string[]): Doc {
  const body = paragraphs.join('\n\n') + '\n';
  return { body, paragraphs: segmentParagraphs(body) };
}

/** Offsets of `needle` in `body`, searching from the start of the first occurrence of `within` (when given). */
export function at(d: Doc, needle: string, within?: string): [number, number] {
  const from = within === undefined ? 0 : d.body.indexOf(within);
  if (from < 0) throw new Error(`not found: ${within}`);
  const i = d.body.indexOf(needle, from);
  if (i < 0) throw new Error(`not found: ${needle}`);
  return [i, i + needle.length];
}

function paragraphOf(d: Doc, offset: number): number {
  const p = d.paragraphs.find((p) => offset >= p.start && offset < p.end);
  if (!p) throw new Error(`offset ${offset} outside paragraphs`);
  return p.index;
}

const GRANULARITY: [RegExp, Granularity][] = [
  [/^\d{4}-\d{2}-\d{2}T/, 'time'],
  [/^\d{4}-\d{2}-\d{2}$/, 'day'],
  [/^\d{4}-W\d{2}-WE$/, 'weekend'],
  [/^\d{4}-W\d{2}$/, 'week'],
  [/^\d{4}-\d{2}$/, 'month'],
  [/^\d{4}-Q\d$/, 'quarter'],
  [/^\d{4}-H\d$/, 'half'],
  [/^\d{4}-(SP|SU|FA|WI)$/, 'season'],
  [/^\d{4}$/, 'year'],
  [/^\d{3}$/, 'decade'],
  [/^\d{2}$/, 'century'],
  [/^P/, 'duration'],
  [/_REF$/, 'ref'],
];

export function granularity(value: string): Granularity {
  return GRANULARITY.find(([re]) => re.test(value))?.[1] ?? 'set';
}

export interface TimeOpts {
  within?: string;
  type?: TimexType;
  range?: DateRange | null;
  granularity?: Granularity;
}

/** A time expression `text` with TIMEX3 `value`; the range defaults to the value's day/month/year/weekend. */
export function time(d: Doc, text: string, value: string, opts: TimeOpts = {}): TimeExpression {
  const [start, end] = at(d, text, opts.within);
  const g = opts.granularity ?? granularity(value);
  let range: DateRange | null = null;
  if (opts.range !== undefined) range = opts.range;
  else if (g === 'day') range = { start: value, end: value };
  else if (g === 'time') range = { start: value.slice(0, 10), end: value.slice(0, 10) };
  else if (g === 'year') range = { start: `${value}-01-01`, end: `${value}-12-31` };
  else if (g === 'month') range = { start: `${value}-01`, end: `${value}-28` };
  else if (value === '2025-W06-WE') range = { start: '2025-02-08', end: '2025-02-09' };
  else if (value === '2025-W06') range = { start: '2025-02-03', end: '2025-02-09' };
  const type: TimexType = opts.type ?? (g === 'duration' ? 'DURATION' : g === 'set' ? 'SET' : 'DATE');
  return { text, value, granularity: g, range, type, start, end, paragraph: paragraphOf(d, start) };
}

export interface StatementOpts {
  /** Text that locates the statement (search starts at its first occurrence). */
  within?: string;
  speaker?: string | null;
  role?: string | null;
  mention?: string | null;
  cue?: string | null;
  kind?: StatementKind;
  /** Content pieces (one span each). */
  content: string | string[];
}

let counter = 0;

export function statement(d: Doc, o: StatementOpts): Statement {
  const pieces = Array.isArray(o.content) ? o.content : [o.content];
  const spans = pieces.map((c) => at(d, c, o.within));
  const cueSpan = o.cue ? at(d, o.cue, o.within) : null;
  const speakerSpan = o.mention ? at(d, o.mention, o.within) : null;
  const speaker: SpeakerRef | null = o.speaker ? { name: o.speaker, role: o.role ?? null, type: 'person' } : null;
  return {
    id: `s-${++counter}`,
    kind: o.kind ?? 'indirect',
    speaker,
    speakerMention: o.mention ?? null,
    speakerSpan,
    cue: o.cue ?? null,
    cueSpan,
    text: pieces.join(' '),
    spans,
    start: spans[0]![0],
    end: spans.at(-1)![1],
    paragraph: paragraphOf(d, spans[0]![0]),
    date: null,
  };
}
