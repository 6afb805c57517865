/** Calendar arithmetic for resolving expressions against the publication date (date-fns). */
import { addDays, addMonths, differenceInCalendarDays, getISODay, getQuarter } from 'date-fns';
import type { Tense } from './tense.ts';
import { mkDate } from './values.ts';

/**
 * A weekday relative to the publication date. Past (the news default): the
 * most recent such day, the publication day included. Future: the next one,
 * the publication day included. `strict` excludes the publication day
 * ("last Friday", "next Friday").
 */
export function resolveWeekday(dct: Date, weekday: number, dir: 'past' | 'future', strict = false): Date {
  const cur = getISODay(dct);
  if (dir === 'past') {
    let back = (cur - weekday + 7) % 7;
    if (strict && back === 0) back = 7;
    return addDays(dct, -back);
  }
  let fwd = (weekday - cur + 7) % 7;
  if (strict && fwd === 0) fwd = 7;
  return addDays(dct, fwd);
}

/** The year of a day-and-month without a year: nearest to the publication date, biased by tense. */
export function yearForMonthDay(dct: Date, month: number, day: number, tense: Tense | null): number {
  const y = dct.getFullYear();
  const cands = [y - 1, y, y + 1].map((yy) => ({ yy, d: differenceInCalendarDays(mkDate(yy, month, day), dct) }));
  cands.sort((a, b) => Math.abs(a.d) - Math.abs(b.d));
  let best = cands[0]!;
  // the tense moves a date to the other side of the publication date, unless it is close (two months)
  if (tense === 'past' && best.d > 60) {
    const prev = cands.find((c) => c.yy === best.yy - 1);
    if (prev && -prev.d < 330) best = prev;
  } else if (tense === 'future' && best.d < -60) {
    const next = cands.find((c) => c.yy === best.yy + 1);
    if (next && next.d < 330) best = next;
  }
  return best.yy;
}

/** The year of a bare month: past unless the tense says otherwise (this month counts as both). */
export function yearForMonth(dct: Date, month: number, tense: Tense | null): number {
  const y = dct.getFullYear();
  const cur = dct.getMonth() + 1;
  if (tense === 'future') return month >= cur ? y : y + 1;
  if (tense === 'present') {
    // no clear tense: the nearest such month
    const back = (cur - month + 12) % 12;
    return back <= 6 ? (month <= cur ? y : y - 1) : month > cur ? y : y + 1;
  }
  return month <= cur ? y : y - 1;
}

/** The year of a bare quarter ("the third quarter"): the latest one begun, or the next one in future clauses. */
export function yearForQuarter(dct: Date, q: number, tense: Tense | null): number {
  const y = dct.getFullYear();
  const cur = getQuarter(dct);
  if (q <= cur) return y;
  // a quarter not begun yet this year: last year's only in a past clause, while its results are
  // still news (up to about six months after it ended); otherwise this year's coming quarter
  const monthsSinceLastYears = dct.getMonth() + 1 + 12 - 3 * q;
  return tense === 'past' && monthsSinceLastYears <= 6 ? y - 1 : y;
}

const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** The year of a bare season: the latest one begun (past) or the next one to come (future). */
export function yearForSeason(dct: Date, season: string, tense: Tense | null, which?: 'last' | 'this' | 'next'): number {
  const y = dct.getFullYear();
  const m = dct.getMonth() + 1;
  const start = SEASON_START[season]!;
  // the season of year Y started in month `start` of Y (winter: December of Y)
  const begun = (yy: number) => mkDate(yy, start, 1) <= dct;
  // season currently running?
  const running = (yy: number) => {
    const s = mkDate(yy, start, 1);
    return s <= dct && dct < addMonths(s, 3);
  };
  const latestBegun = begun(y) ? y : y - 1;
  if (which === 'this') return running(y - 1) && season === 'WI' && m <= 2 ? y - 1 : y;
  if (which === 'next') return begun(y) ? y + 1 : y;
  if (which === 'last') return running(latestBegun) ? latestBegun - 1 : latestBegun;
  if (tense === 'future') return running(latestBegun) ? latestBegun : begun(y) ? y + 1 : y;
  return latestBegun;
}

export function seasonCode(word: string): string {
  const w = word.toLowerCase();
  return w === 'spring' ? 'SP' : w === 'summer' ? 'SU' : w === 'winter' ? 'WI' : 'FA';
}
