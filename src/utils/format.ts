/** Date formatting for pages (date-fns). */
import { format, parseISO } from 'date-fns';

/** "10 Feb 2025" for a YYYY-MM-DD date. */
export function formatDay(iso: string): string {
  return format(parseISO(iso), 'd MMM yyyy');
}

/** "Monday 10 February 2025" */
export function formatDayLong(iso: string): string {
  return format(parseISO(iso), 'EEEE d MMMM yyyy');
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * The value of <time datetime> for a timeline date: the nearest valid HTML
 * date string (day, month, year, ISO week; a time keeps its time), since
 * TIMEX3 values such as 2025-W06-WE or 2012-SU are not valid there.
 */
export function htmlDatetime(d: { value: string; granularity: string; range: { start: string; end: string } | null }): string {
  const v = d.value;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(v)) return v.slice(0, 16);
  if (/^\d{4}-\d{2}-\d{2}$/.test(v) || /^\d{4}-\d{2}$/.test(v) || /^\d{4}$/.test(v)) return v;
  const week = /^(\d{4}-W\d{2})/.exec(v);
  if (week) return week[1]!;
  if (/^\d{4}-\d{2}-\d{2}T/.test(v)) return v.slice(0, 10);
  if (d.range) {
    if (d.range.start === d.range.end) return d.range.start;
    if (d.range.start.slice(0, 7) === d.range.end.slice(0, 7)) return d.range.start.slice(0, 7);
    return d.range.start.slice(0, 4);
  }
  return v.slice(0, 4);
}

/** Names as a reader lists them: "Ann Lee", "Ann Lee and Tom Roe", "Ann Lee, Tom Roe and Acme". */
export function namesList(names: readonly string[]): string {
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : (names[0] ?? '');
}
