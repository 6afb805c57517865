/** Grouping and ordering of collection entries for the index pages. */
import type { DateValue, EventEntry, StatementEntry } from '../site/model.ts';

/** Order of date values on the timeline: by first day, then the wider range first. */
export function compareDates(a: DateValue, b: DateValue): number {
  const as = a.range?.start ?? '9999';
  const bs = b.range?.start ?? '9999';
  if (as !== bs) return as < bs ? -1 : 1;
  const ae = a.range?.end ?? as;
  const be = b.range?.end ?? bs;
  if (ae !== be) return ae > be ? -1 : 1;
  return a.value.localeCompare(b.value);
}

export interface DateGroup<E, S> {
  date: DateValue;
  events: E[];
  statements: S[];
}

/** Events and dated statements grouped by date value, in chronological order. */
export function groupByDate<E extends Pick<EventEntry, 'date' | 'id'>, S extends Pick<StatementEntry, 'date' | 'id'>>(events: E[], statements: S[]): DateGroup<E, S>[] {
  const groups = new Map<string, DateGroup<E, S>>();
  const groupFor = (date: DateValue) => {
    let g = groups.get(date.value);
    if (!g) groups.set(date.value, (g = { date, events: [], statements: [] }));
    return g;
  };
  for (const e of events) if (e.date.range) groupFor(e.date).events.push(e);
  for (const s of statements) if (s.date?.range) groupFor(s.date).statements.push(s);
  const out = [...groups.values()].sort((a, b) => compareDates(a.date, b.date));
  for (const g of out) {
    g.events.sort((a, b) => a.id.localeCompare(b.id));
    g.statements.sort((a, b) => a.id.localeCompare(b.id));
  }
  return out;
}

/** Newest first: by the date said (or the article's date when the text does not say), then id. */
export function newestFirst<S extends Pick<StatementEntry, 'date' | 'articleDate' | 'id' | 'start'>>(a: S, b: S): number {
  const ad = a.date?.range?.end ?? a.articleDate;
  const bd = b.date?.range?.end ?? b.articleDate;
  if (ad !== bd) return ad < bd ? 1 : -1;
  return a.id.localeCompare(b.id);
}

export interface SpeakerGroup<S> {
  speaker: string | null;
  statements: S[];
}

/** Statements grouped by speaker id (null = unattributed), each group newest first. */
export function groupBySpeaker<S extends Pick<StatementEntry, 'speaker' | 'date' | 'articleDate' | 'id' | 'start'>>(statements: S[]): SpeakerGroup<S>[] {
  const groups = new Map<string | null, S[]>();
  for (const s of statements) {
    const list = groups.get(s.speaker) ?? [];
    list.push(s);
    groups.set(s.speaker, list);
  }
  return [...groups.entries()].map(([speaker, list]) => ({ speaker, statements: list.sort(newestFirst) }));
}
