/**
 * Pagination for large archives, with stable URLs.
 *
 * - Timeline: while the archive has at most `timelineDates` dates, /timeline/
 *   holds every date and /timeline/#<value> is each date's permalink. Beyond
 *   that, /timeline/ lists years and months, and each date's permalink is on
 *   its year's page, /timeline/<year>/#<value> (a small script on /timeline/
 *   forwards old /timeline/#<value> links there). /timeline/<value>/ pages
 *   exist for every date, year and month either way.
 * - Statement index: while there are at most `statements` statements,
 *   /statements/ lists them all by speaker; beyond that it is a directory of
 *   speakers by initial, with each speaker's statements on /speakers/<id>/,
 *   `speakerPage` to a page (/speakers/<id>/<n>/ from the second page on).
 *
 * Limits can be lowered for tests with DATELINE_PAGING="dates:3,statements:5,speakerPage:2".
 */
export interface PagingLimits {
  timelineDates: number;
  statements: number;
  speakerPage: number;
}

export const DEFAULT_LIMITS: PagingLimits = { timelineDates: 400, statements: 1500, speakerPage: 100 };

export function pagingLimits(env: string | undefined = process.env.DATELINE_PAGING): PagingLimits {
  const limits = { ...DEFAULT_LIMITS };
  for (const part of (env ?? '').split(',').filter(Boolean)) {
    const [k, v] = part.split(':');
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new Error(`DATELINE_PAGING: bad value in "${part}"`);
    if (k === 'dates') limits.timelineDates = n;
    else if (k === 'statements') limits.statements = n;
    else if (k === 'speakerPage') limits.speakerPage = n;
    else throw new Error(`DATELINE_PAGING: unknown limit "${k}" (dates, statements, speakerPage)`);
  }
  return limits;
}

/** Year page of a date: the year its range starts in. */
export function yearOf(rangeStart: string): string {
  return rangeStart.slice(0, 4);
}

/** The page that holds a date's anchor (and its events' anchors). */
export function timelinePage(rangeStart: string, paged: boolean): string {
  return paged ? `/timeline/${yearOf(rangeStart)}/` : '/timeline/';
}

export interface TimelinePageSpec {
  /** URL segment: a date value, a year (YYYY) or a month (YYYY-MM). */
  value: string;
  kind: 'date' | 'year' | 'month';
}

/**
 * Every /timeline/<value>/ page: one per date value, plus one per year and
 * month that has dates (a year or month that is itself a date value is one page).
 */
export function timelinePageSpecs(dates: { anchor: string; range: { start: string } | null }[]): TimelinePageSpec[] {
  const specs = new Map<string, TimelinePageSpec>();
  for (const d of dates) specs.set(d.anchor, { value: d.anchor, kind: 'date' });
  for (const d of dates) {
    if (!d.range) continue;
    const y = d.range.start.slice(0, 4);
    const m = d.range.start.slice(0, 7);
    if (!specs.has(y)) specs.set(y, { value: y, kind: 'year' });
    if (!specs.has(m)) specs.set(m, { value: m, kind: 'month' });
  }
  return [...specs.values()];
}

/** Dates shown on a /timeline/<value>/ page: the date itself and, for a year or month, every date starting in it. */
export function datesOnPage<D extends { anchor: string; range: { start: string } | null }>(value: string, dates: D[]): D[] {
  const container = /^\d{4}(-\d{2})?$/.test(value);
  return dates.filter((d) => d.anchor === value || (container && d.range !== null && d.range.start.startsWith(value) && d.anchor !== value));
}

export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size));
}

export function speakerPageHref(id: string, page: number): string {
  return page <= 1 ? `/speakers/${id}/` : `/speakers/${id}/${page}/`;
}

/** Initial for the speaker directory: A–Z, or # for anything else. */
export function initialOf(name: string): string {
  const c = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').trim().charAt(0).toUpperCase();
  return /[A-Z]/.test(c) ? c : '#';
}
