/** Pagefind custom records for statements and events, from the site's JSON export. */
import type { EventEntry, StatementEntry } from './model.ts';
import { namesList } from '../utils/format.ts';

export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** The speaker filter value of every statement by an unnamed source. */
export const UNNAMED = 'Unnamed sources';

export function searchRecords(site: { statements: StatementEntry[]; events: EventEntry[] }): SearchRecord[] {
  const out: SearchRecord[] = [];
  for (const s of site.statements) {
    // (a statement made together, "Lee and Roe said", names all its speakers and is filed under each)
    const names = s.speakerName ? [s.speakerName, ...s.coSpeakers.map((c) => c.name)] : [];
    const who = names.length ? namesList(names) : 'Unattributed';
    // Unnamed sources share one filter value: "a source" in two articles is not one speaker.
    const filterWho = [...new Set([s.speakerType === 'anonymous' ? UNNAMED : (s.speakerName ?? who), ...s.coSpeakers.map((c) => (c.type === 'anonymous' ? UNNAMED : c.name))])];
    out.push({
      url: `/articles/${s.article}/#${s.anchor}`,
      content: `${who}: ${s.text}`,
      language: 'en',
      meta: {
        title: `${who}${s.cue ? ` ${s.cue}` : ''}${s.date ? ` (${s.date.label})` : ''}`,
        date: s.date?.range?.start ?? s.articleDate,
        kind: 'statement',
      },
      // Article titles go in a filter, not in meta: Pagefind searches meta text, and a
      // statement must be found by its own words, not by its article's headline.
      filters: { speaker: filterWho, kind: ['statement'], article: [s.articleTitle] },
      sort: { date: s.date?.range?.start ?? s.articleDate },
    });
  }
  for (const e of site.events) {
    out.push({
      url: e.href,
      content: e.text,
      language: 'en',
      meta: { title: `${e.date.label}: ${e.text.slice(0, 80)}`, date: e.date.range?.start ?? e.date.value, kind: 'event' },
      filters: { kind: ['event'] },
      sort: { date: e.date.range?.start ?? e.date.value },
    });
  }
  return out;
}
