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
  /** For statements with no speaker page: which list they belong to. */
  group?: SourcelessGroup;
  statements: S[];
}

/** Where a statement without a speaker page is listed: by an unnamed source, or by no one the text names. */
export type SourcelessGroup = 'unnamed' | 'unattributed';

/** The group of a statement with no speaker page. */
export function sourcelessGroup(s: Pick<StatementEntry, 'speakerType'>): SourcelessGroup {
  return s.speakerType === 'anonymous' ? 'unnamed' : 'unattributed';
}

/**
 * Statements grouped by speaker id, each group newest first; statements with no speaker page
 * form the groups 'unnamed' (unnamed sources) and 'unattributed' (no source named), after the speakers.
 * A statement made together ("Lee and Roe said") is listed under each of its speakers: its
 * `coSpeakers` with a speaker page join their own groups.
 */
export function groupBySpeaker<S extends Pick<StatementEntry, 'speaker' | 'speakerType' | 'date' | 'articleDate' | 'id' | 'start'> & { coSpeakers?: readonly { id: string | null }[] }>(statements: S[]): SpeakerGroup<S>[] {
  const groups = new Map<string, { speaker: string | null; group?: SourcelessGroup; list: S[] }>();
  const add = (key: string, speaker: string | null, group: SourcelessGroup | undefined, s: S) => {
    const g = groups.get(key) ?? { speaker, ...(group ? { group } : {}), list: [] };
    g.list.push(s);
    groups.set(key, g);
  };
  for (const s of statements) {
    const group = s.speaker ? undefined : sourcelessGroup(s);
    add(s.speaker ? `speaker:${s.speaker}` : group!, s.speaker, group, s);
    const listed = new Set([s.speaker]);
    for (const co of s.coSpeakers ?? []) {
      if (!co.id || listed.has(co.id)) continue;
      listed.add(co.id);
      add(`speaker:${co.id}`, co.id, undefined, s);
    }
  }
  return [...groups.values()].map((g) => ({ speaker: g.speaker, ...(g.group ? { group: g.group } : {}), statements: g.list.sort(newestFirst) }));
}
