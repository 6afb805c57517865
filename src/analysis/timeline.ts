/**
 * The merged timeline (issue 4): every article's events and dated statements,
 * grouped by date value. Pure: no I/O, no Astro.
 *
 * Rules
 * - Dates. A date group exists for every calendar-anchored value (range not
 *   null; not a duration, set or vague reference such as PAST_REF) carried by
 *   an event or a dated statement. Its range is the value's canonical calendar
 *   range (the normaliser's `rangeOf`: "2025" → 2025-01-01…2025-12-31, even
 *   when an article's "earlier this year" covered only 2025-01-01…2025-02-10),
 *   or, for a value it cannot read, the union of the ranges the articles gave
 *   it; its granularity is the value's own (`granularityOf`).
 * - Order. Chronological by range start; on the same start the coarser
 *   granularity comes first (a year heads its January, a month its first
 *   day: the container before what it contains), then by range end (longer
 *   first), then by value.
 * - Merging. Two events with the same date value from *different* articles
 *   report the same event when their sentences are alike: token-set Jaccard
 *   ≥ 0.6 over content words (stop words, time words and the expression's
 *   words removed, light stemming), or ≥ 0.3 when both sentences carry a
 *   statement by the same speaker (outlets paraphrase one exchange with
 *   different cues: "told reporters" / "indicated"). Entries are the
 *   connected components of that relation; events of one article are never
 *   linked directly (an article does not report one event twice on purpose),
 *   only through another article.
 * - Entry id: the smallest event id among the merged events; the entry's text
 *   is that event's sentence. Both are independent of the order of the
 *   articles, and an entry's id is one of its events' own ids, so a single-
 *   source entry keeps its event's permalink.
 * - Sources are sorted by article id, then paragraph; entries of a date by
 *   their earliest source (article date, article id, paragraph), statements
 *   by article id then position.
 */
import { addDays, format } from 'date-fns';
import { granularityOf, rangeOf } from './time/index.ts';
import type { AnalysisResult, DateRange, Event, Granularity, Statement, TimeValue } from './types.ts';

export interface TimelineSource {
  articleId: string;
  eventId: string;
  paragraph: number;
}

export interface TimelineEntry {
  id: string;
  value: string;
  text: string;
  sources: TimelineSource[];
}

export interface TimelineStatementRef {
  articleId: string;
  statementId: string;
}

export interface TimelineDate {
  value: string;
  granularity: Granularity;
  range: DateRange;
  label: string;
  events: TimelineEntry[];
  statements: TimelineStatementRef[];
}

// ---------------------------------------------------------------------------
// Values, ranges, labels

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A local date at noon (no DST surprises), any year. */
function mkDate(y: number, m: number, d: number): Date {
  const dt = new Date(2000, 0, 1, 12);
  dt.setFullYear(y, m - 1, d);
  return dt;
}


function parseYmd(s: string): Date {
  const [y, m, d] = s.split('-').map(Number);
  return mkDate(y!, m!, d!);
}

/** Monday of ISO week `w` of ISO year `y` (week 1 holds 4 January). */
function isoWeekStart(y: number, w: number): Date {
  const jan4 = mkDate(y, 1, 4);
  const monday = addDays(jan4, -((jan4.getDay() + 6) % 7));
  return addDays(monday, (w - 1) * 7);
}

const SEASON_NAMES: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', AU: 'autumn', WI: 'winter' };

const PARTS_OF_DAY: Record<string, string> = { MO: 'morning', AF: 'afternoon', EV: 'evening', NI: 'night', DT: 'daytime', MI: 'midday' };
const REF_LABELS: Record<string, string> = { PAST_REF: 'the past', PRESENT_REF: 'the present', FUTURE_REF: 'the future' };
const DURATION_UNITS: Record<string, [string, string]> = {
  Y: ['year', 'years'], M: ['month', 'months'], W: ['week', 'weeks'], D: ['day', 'days'], H: ['hour', 'hours'],
  DE: ['decade', 'decades'], CE: ['century', 'centuries'], Q: ['quarter', 'quarters'],
};

function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${s}`;
}

/** "8–9 Feb 2025", "31 Jan–1 Feb 2025", "31 Dec 2022–1 Jan 2023". */
function dayRangeLabel(a: Date, b: Date): string {
  if (a.getFullYear() !== b.getFullYear()) return `${format(a, 'd MMM yyyy')}–${format(b, 'd MMM yyyy')}`;
  if (a.getMonth() !== b.getMonth()) return `${format(a, 'd MMM')}–${format(b, 'd MMM yyyy')}`;
  return `${format(a, 'd')}–${format(b, 'd MMM yyyy')}`;
}

/**
 * A human label with the value's own granularity, no more precise than the
 * text: "Sunday 9 Feb 2025", "Sunday 9 Feb 2025, 14:30", "weekend of 8–9 Feb
 * 2025", "week of 3 Feb 2025", "February 2025", "Q1 2008", "first half of
 * 2008", "summer 2012", "2022", "the 1990s", "the 20th century"; durations
 * ("3 years"), references ("the past") and unreadable values as best it can.
 */
export function formatTimeValue(t: TimeValue): string {
  const v = t.value.toUpperCase();
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:T(.+))?$/.exec(v))) {
    const d = mkDate(+m[1]!, +m[2]!, +m[3]!);
    const day = format(d, 'EEEE d MMM yyyy');
    if (!m[4]) return day;
    const time = /^(\d{2}):?(\d{2})?/.exec(m[4]);
    if (time) return `${day}, ${time[1]}:${time[2] ?? '00'}`;
    return PARTS_OF_DAY[m[4]] ? `${day}, ${PARTS_OF_DAY[m[4]]}` : day;
  }
  if ((m = /^(\d{4})-W(\d{1,2})-WE$/.exec(v))) {
    const mon = isoWeekStart(+m[1]!, +m[2]!);
    return `weekend of ${dayRangeLabel(addDays(mon, 5), addDays(mon, 6))}`;
  }
  if ((m = /^(\d{4})-W(\d{1,2})-([1-7])$/.exec(v))) return format(addDays(isoWeekStart(+m[1]!, +m[2]!), +m[3]! - 1), 'EEEE d MMM yyyy');
  if ((m = /^(\d{4})-W(\d{1,2})$/.exec(v))) return `week of ${format(isoWeekStart(+m[1]!, +m[2]!), 'd MMM yyyy')}`;
  if ((m = /^(\d{4})-(\d{2})$/.exec(v)) && +m[2]! >= 1 && +m[2]! <= 12) return format(mkDate(+m[1]!, +m[2]!, 1), 'MMMM yyyy');
  if ((m = /^(\d{4})-Q([1-4])$/.exec(v))) return `Q${m[2]} ${+m[1]!}`;
  if ((m = /^(\d{4})-H([12])$/.exec(v))) return `${m[2] === '1' ? 'first' : 'second'} half of ${+m[1]!}`;
  if ((m = /^(\d{4})-(SP|SU|FA|AU|WI)$/.exec(v))) {
    const y = +m[1]!;
    return m[2] === 'WI' ? `winter ${y}–${String(y + 1).slice(-2)}` : `${SEASON_NAMES[m[2]!]} ${y}`;
  }
  if ((m = /^FY(\d{4})$/.exec(v))) return `fiscal year ${+m[1]!}`;
  if ((m = /^(\d{4})$/.exec(v))) return String(+m[1]!);
  if ((m = /^(\d{3})$/.exec(v))) return `the ${+m[1]! * 10}s`;
  if ((m = /^(\d{2})$/.exec(v))) return `the ${ordinal(+m[1]! + 1)} century`;
  if (REF_LABELS[v]) return REF_LABELS[v];
  if ((m = /^P(\d+(?:\.\d+)?|X)(DE|CE|[YMWDQ])$/.exec(v))) {
    const [one, many] = DURATION_UNITS[m[2]!]!;
    if (m[1] === 'X') return `several ${many}`;
    return `${m[1]} ${m[1] === '1' ? one : many}`;
  }
  if (t.range) {
    const a = parseYmd(t.range.start);
    const b = parseYmd(t.range.end);
    return t.range.start === t.range.end ? format(a, 'EEEE d MMM yyyy') : dayRangeLabel(a, b);
  }
  return t.value;
}

/** The HTML id of a date group: the value itself, with anything but letters, digits, '-' and '_' made '-'. */
export function timelineAnchor(value: string): string {
  const id = value.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '');
  return id || 'undated';
}

// ---------------------------------------------------------------------------
// Merging

const GRANULARITY_RANK: Record<Granularity, number> = {
  century: 0, decade: 1, year: 2, half: 3, season: 4, quarter: 4, month: 5, week: 6, weekend: 7, day: 8, time: 9,
  duration: 10, set: 10, ref: 10,
};

const NON_CALENDAR: ReadonlySet<Granularity> = new Set(['duration', 'set', 'ref']);

const isCalendar = (t: TimeValue | null): t is TimeValue => !!t && t.range !== null && !NON_CALENDAR.has(t.granularity);

const STOP = new Set(
  (
    'a an the and or but if of to in on at by for with from as into about over under than then that this these those ' +
    'is are was were be been being has have had do does did will would can could should may might must shall not no ' +
    'he she it they we i you him her them his its their our your my me us who whom whose which what when where why how ' +
    'also just only even still more most much many any all some such there here very so too ' +
    'said says say saying told tell tells asked added adding according ' +
    'monday tuesday wednesday thursday friday saturday sunday weekend week month year day today yesterday tomorrow ago ' +
    'earlier later last next morning afternoon evening night ' +
    'january february march april may june july august september october november december'
  ).split(' '),
);

function stem(w: string): string {
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2);
  if (w.length > 4 && w.endsWith('es')) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

/** Content words of a sentence (stop words, time words and the expression's own words removed), lightly stemmed. */
export function contentTokens(text: string, expression = ''): Set<string> {
  const tok = (s: string) =>
    s
      .toLowerCase()
      .replace(/[’']s\b/g, '')
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 1 && !STOP.has(w) && !/^\d+$/.test(w));
  const drop = new Set(tok(expression));
  return new Set(tok(text).filter((w) => !drop.has(w)).map(stem));
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (!a.size && !b.size) return 1;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

interface Item {
  article: AnalysisResult;
  event: Event;
  tokens: Set<string>;
  speakers: Set<string>;
}

/** Speakers of the statements whose cue (or start) lies in the event's sentence. */
function speakersIn(event: Event, statements: Statement[]): Set<string> {
  const out = new Set<string>();
  for (const s of statements) {
    if (!s.speaker?.name) continue;
    const at = s.cueSpan?.[0] ?? s.start;
    if (at >= event.start && at < event.end) out.add(s.speaker.name.toLowerCase());
  }
  return out;
}

function sameEvent(a: Item, b: Item): boolean {
  if (a.article.article.id === b.article.article.id) return false;
  const j = jaccard(a.tokens, b.tokens);
  if (j >= 0.6) return true;
  if (j >= 0.3) for (const s of a.speakers) if (b.speakers.has(s)) return true;
  return false;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function sourceKey(x: { article: AnalysisResult; event: Event }): string {
  return `${x.article.article.date}\u0000${x.article.article.id}\u0000${pad(x.event.paragraph, 6)}\u0000${pad(x.event.start, 9)}`;
}

function mergeEvents(items: Item[]): TimelineEntry[] {
  // a canonical order, so nothing below depends on the order of the articles
  items.sort((a, b) => cmp(sourceKey(a), sourceKey(b)) || cmp(a.event.id, b.event.id));
  const parent = items.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      if (sameEvent(items[i]!, items[j]!)) parent[find(j)] = find(i);
    }
  }
  const groups = new Map<number, Item[]>();
  items.forEach((item, i) => {
    const root = find(i);
    if (!groups.has(root)) groups.set(root, []);
    groups.get(root)!.push(item);
  });
  const entries: { entry: TimelineEntry; key: string }[] = [];
  for (const members of groups.values()) {
    const head = members.reduce((a, b) => (cmp(b.event.id, a.event.id) < 0 ? b : a));
    const sources = members
      .map((m) => ({ articleId: m.article.article.id, eventId: m.event.id, paragraph: m.event.paragraph }))
      .sort((a, b) => cmp(a.articleId, b.articleId) || a.paragraph - b.paragraph || cmp(a.eventId, b.eventId));
    entries.push({
      entry: { id: head.event.id, value: head.event.date.value, text: head.event.text, sources },
      key: sourceKey(members[0]!),
    });
  }
  entries.sort((a, b) => cmp(a.key, b.key) || cmp(a.entry.id, b.entry.id));
  return entries.map((e) => e.entry);
}

interface DateGroup {
  value: string;
  granularities: Granularity[];
  ranges: DateRange[];
  items: Item[];
  statements: { article: AnalysisResult; statement: Statement }[];
}

/** Merge the analyses of several articles into one chronological timeline. */
export function buildTimeline(articles: AnalysisResult[]): TimelineDate[] {
  const groups = new Map<string, DateGroup>();
  const group = (t: TimeValue) => {
    let g = groups.get(t.value);
    if (!g) groups.set(t.value, (g = { value: t.value, granularities: [], ranges: [], items: [], statements: [] }));
    g.granularities.push(t.granularity);
    if (t.range) g.ranges.push(t.range);
    return g;
  };
  for (const article of articles) {
    for (const event of article.events) {
      if (!isCalendar(event.date)) continue;
      group(event.date).items.push({
        article,
        event,
        tokens: contentTokens(event.text, event.expression),
        speakers: speakersIn(event, article.statements),
      });
    }
    for (const statement of article.statements) {
      if (!isCalendar(statement.date)) continue;
      group(statement.date).statements.push({ article, statement });
    }
  }
  const out: TimelineDate[] = [];
  for (const g of groups.values()) {
    // the value's own granularity; for a value the normaliser cannot read, the most frequent one the articles gave (ties: the finer)
    const counts = new Map<Granularity, number>();
    for (const x of g.granularities) counts.set(x, (counts.get(x) ?? 0) + 1);
    const voted = [...counts.entries()].sort((a, b) => b[1] - a[1] || GRANULARITY_RANK[b[0]] - GRANULARITY_RANK[a[0]])[0]![0];
    const canonical = rangeOf(g.value);
    const own = granularityOf(g.value);
    const granularity = canonical && !NON_CALENDAR.has(own) ? own : voted;
    const range = canonical ?? {
      start: g.ranges.map((r) => r.start).sort()[0]!,
      end: g.ranges.map((r) => r.end).sort().at(-1)!,
    };
    const statements = g.statements
      .sort((a, b) => cmp(a.article.article.id, b.article.article.id) || a.statement.start - b.statement.start || cmp(a.statement.id, b.statement.id))
      .map((s) => ({ articleId: s.article.article.id, statementId: s.statement.id }));
    out.push({
      value: g.value,
      granularity,
      range,
      label: formatTimeValue({ value: g.value, granularity, range }),
      events: mergeEvents(g.items),
      statements,
    });
  }
  out.sort(
    (a, b) =>
      cmp(a.range.start, b.range.start) ||
      GRANULARITY_RANK[a.granularity] - GRANULARITY_RANK[b.granularity] ||
      cmp(b.range.end, a.range.end) ||
      cmp(a.value, b.value),
  );
  return out;
}
