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
