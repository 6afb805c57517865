/** Grouping and ordering of collection entries for the index pages. */
import type { StatementEntry } from '../site/model.ts';

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
