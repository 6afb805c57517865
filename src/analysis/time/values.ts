/**
 * TIMEX3 values ⇄ calendar ranges. Pure functions, no parsing of text.
 *
 * Values handled: `2025-02-10` (day), `2025-02-10T14:00` / `2025-02-10TNI`
 * (time), `2025-W06` (ISO week), `2025-W06-WE` (weekend), `2025-02` (month),
 * `2025-Q1` (quarter), `2025-H1` (half), `2025-SU|FA|WI|SP` (season: meteorological,
 * WI = December of that year to February of the next), `2025` / `FY2025`
 * (year), `202` (decade), `20` (century), `P3Y` (duration), `XXXX-WXX-1`
 * (set), `PAST_REF`, `PRESENT_REF`, `FUTURE_REF` (reference).
 */
import {
  addDays, addMonths, addWeeks, addYears, addQuarters, endOfMonth, format, getISOWeek, getISOWeekYear,
  startOfISOWeekYear, getQuarter, isValid,
} from 'date-fns';
import type { DateRange, Granularity } from '../types.ts';

export const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** A local date at noon (no DST surprises). */
export function mkDate(y: number, m: number, d: number): Date {
  const dt = new Date(2000, 0, 1, 12);
  dt.setFullYear(y, m - 1, d);
  return dt;
}

export function parseYmd(s: string): Date {
  const [y, m, d] = s.split('-').map(Number);
  return mkDate(y!, m!, d!);
}

export const ymd = (d: Date): string => format(d, 'yyyy-MM-dd');
export const ym = (d: Date): string => format(d, 'yyyy-MM');
export const yearOf = (d: Date): string => pad(d.getFullYear(), 4);
export const weekOf = (d: Date): string => `${pad(getISOWeekYear(d), 4)}-W${pad(getISOWeek(d))}`;
export const quarterOf = (d: Date): string => `${pad(d.getFullYear(), 4)}-Q${getQuarter(d)}`;

/** Monday of ISO week `w` of ISO year `y`. */
export function isoWeekStart(y: number, w: number): Date {
  return addWeeks(startOfISOWeekYear(mkDate(y, 1, 4)), w - 1);
}

/** The weekend (Saturday–Sunday) value of the ISO week containing d. */
export const weekendOf = (d: Date): string => `${weekOf(d)}-WE`;

const SEASONS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14] };

const REFS = new Set(['PAST_REF', 'PRESENT_REF', 'FUTURE_REF']);

export function granularityOf(value: string): Granularity {
  const v = value.toUpperCase();
  if (REFS.has(v)) return 'ref';
  if (/^P/.test(v)) return 'duration';
  if (/^XXXX|^R\d*|^T?X/.test(v) && !/^\d/.test(v)) return 'set';
  if (/^FY\d{2,4}$/.test(v)) return 'year';
  if (/^[\dX]{4}-[\dX]{2}-[\dX]{2}T/.test(v)) return 'time';
  if (/^[\dX]{4}-[\dX]{2}-[\dX]{2}$/.test(v)) return 'day';
  if (/^[\dX]{4}-W[\dX]{1,2}-WE$/.test(v)) return 'weekend';
  if (/^[\dX]{4}-W[\dX]{1,2}(-\d)?$/.test(v)) return /-\d$/.test(v) ? 'day' : 'week';
  if (/^[\dX]{4}-[\dX]{2}$/.test(v)) return 'month';
  if (/^[\dX]{4}-Q[\dX]$/.test(v)) return 'quarter';
  if (/^[\dX]{4}-H[\dX]$/.test(v)) return 'half';
  if (/^[\dX]{4}-(SU|SP|FA|WI)$/.test(v)) return 'season';
  if (/^[\dX]{4}$/.test(v)) return 'year';
  if (/^[\dX]{3}$/.test(v)) return 'decade';
  if (/^[\dX]{2}$/.test(v)) return 'century';
  return 'ref';
}

function rng(a: Date, b: Date): DateRange | null {
  if (!isValid(a) || !isValid(b)) return null;
  return { start: ymd(a), end: ymd(b) };
}

/** Calendar range (inclusive) covered by a TIMEX3 value; null when not anchored. */
export function rangeOf(value: string): DateRange | null {
  const v = value.toUpperCase();
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(T.*)?$/.exec(v))) {
    const d = mkDate(+m[1]!, +m[2]!, +m[3]!);
    if (d.getMonth() + 1 !== +m[2]!) return null;
    return rng(d, d);
  }
  if ((m = /^(\d{4})-W(\d{1,2})-WE$/.exec(v))) {
    const s = addDays(isoWeekStart(+m[1]!, +m[2]!), 5);
    return rng(s, addDays(s, 1));
  }
  if ((m = /^(\d{4})-W(\d{1,2})-(\d)$/.exec(v))) {
    const s = addDays(isoWeekStart(+m[1]!, +m[2]!), +m[3]! - 1);
    return rng(s, s);
  }
  if ((m = /^(\d{4})-W(\d{1,2})$/.exec(v))) {
    const s = isoWeekStart(+m[1]!, +m[2]!);
    return rng(s, addDays(s, 6));
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(v))) {
    if (+m[2]! < 1 || +m[2]! > 12) return null;
    const s = mkDate(+m[1]!, +m[2]!, 1);
    return rng(s, endOfMonth(s));
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(v))) {
    const s = mkDate(+m[1]!, (+m[2]! - 1) * 3 + 1, 1);
    return rng(s, addDays(addQuarters(s, 1), -1));
  }
  if ((m = /^(\d{4})-H([12])$/.exec(v))) {
    const s = mkDate(+m[1]!, (+m[2]! - 1) * 6 + 1, 1);
    return rng(s, addDays(addMonths(s, 6), -1));
  }
  if ((m = /^(\d{4})-(SU|SP|FA|WI)$/.exec(v))) {
    const [a, b] = SEASONS[m[2]!]!;
    const s = mkDate(+m[1]!, a, 1);
    return rng(s, endOfMonth(addMonths(s, b - a)));
  }
  if ((m = /^(?:FY)?(\d{4})$/.exec(v))) return rng(mkDate(+m[1]!, 1, 1), mkDate(+m[1]!, 12, 31));
  if ((m = /^(\d{3})$/.exec(v))) return rng(mkDate(+m[1]! * 10, 1, 1), mkDate(+m[1]! * 10 + 9, 12, 31));
  if ((m = /^(\d{2})$/.exec(v))) return rng(mkDate(+m[1]! * 100, 1, 1), mkDate(+m[1]! * 100 + 99, 12, 31));
  return null;
}

/** Shift an anchored value by n of its own units (year, month, quarter, week, day…). */
export function shiftValue(value: string, n: number, unit?: 'Y' | 'M' | 'Q' | 'W' | 'D'): string | null {
  const g = granularityOf(value);
  const r = rangeOf(value);
  if (!r) return null;
  const s = parseYmd(r.start);
  const u = unit ?? ({ day: 'D', time: 'D', week: 'W', weekend: 'W', month: 'M', quarter: 'Q', half: 'M', season: 'Y', year: 'Y' } as const)[g as 'day'];
  if (!u) return null;
  const shifted = u === 'Y' ? addYears(s, n) : u === 'Q' ? addQuarters(s, n) : u === 'M' ? addMonths(s, g === 'half' ? 6 * n : n) : u === 'W' ? addWeeks(s, n) : addDays(s, n);
  switch (g) {
    case 'day':
    case 'time':
      return ymd(shifted);
    case 'week':
      return weekOf(shifted);
    case 'weekend':
      return weekendOf(shifted);
    case 'month':
      return ym(shifted);
    case 'quarter':
      return quarterOf(shifted);
    case 'half':
      return `${yearOf(shifted)}-H${shifted.getMonth() < 6 ? 1 : 2}`;
    case 'season':
      return `${yearOf(shifted)}-${value.slice(-2)}`;
    case 'year':
      return (value.toUpperCase().startsWith('FY') ? 'FY' : '') + yearOf(shifted);
    default:
      return null;
  }
}
