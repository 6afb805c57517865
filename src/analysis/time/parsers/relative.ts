/**
 * Expressions relative to the publication date: today/yesterday/tonight,
 * weekdays (news rule: past clause → most recent, the publication day
 * included), last/this/next week|month|year, weekends, earlier this year,
 * N units ago, and anchored ones ("a year earlier", "the next day").
 */
import { addDays, addMonths, addWeeks, addYears, endOfMonth, endOfYear, getISODay, startOfISOWeek, startOfMonth, startOfYear, endOfISOWeek } from 'date-fns';
import { capitalised, cueDirection, partOfName, rx, type Norm, type Rule } from '../rule.ts';
import { NUMBER_RE, PARTS_OF_DAY, VAGUE_RE, WEEKDAY_RE, durationValue, parseNumber, unitKey, weekdayNumber } from '../lexicon.ts';
import { resolveWeekday } from '../resolve.ts';
import { pad, quarterOf, shiftValue, weekOf, weekendOf, yearOf, ym, ymd } from '../values.ts';

const POD = '(?:morning|afternoon|evening|night|overnight)';
const pod = (w: string | undefined) => (w ? PARTS_OF_DAY[w.toLowerCase()] : undefined);

const EDGE: Record<string, string> = { early: 'START', earlier: 'START', late: 'END', later: 'END', mid: 'MID' };

function dayNorm(d: Date, part?: string, mod?: string): Norm {
  if (part) return { type: 'TIME', value: `${ymd(d)}T${part}`, mod, anchor: true };
  return { type: 'DATE', value: ymd(d), mod, anchor: true };
}

/** Value of the unit (week, month, year…) containing d. */
function unitValue(unit: string, d: Date): string {
  switch (unit) {
    case 'week': return weekOf(d);
    case 'weekend': return weekendOf(d);
    case 'month': return ym(d);
    case 'quarter': return quarterOf(d);
    case 'decade': return String(Math.floor(d.getFullYear() / 10));
    case 'century': return pad(Math.floor(d.getFullYear() / 100), 2);
    case 'day': return ymd(d);
    default: return yearOf(d);
  }
}

function shiftDate(unit: string, d: Date, n: number): Date {
  switch (unit) {
    case 'day': case 'night': return addDays(d, n);
    case 'week': case 'weekend': return addWeeks(d, n);
    case 'fortnight': return addWeeks(d, 2 * n);
    case 'month': return addMonths(d, n);
    case 'quarter': return addMonths(d, 3 * n);
    case 'decade': return addYears(d, 10 * n);
    case 'century': return addYears(d, 100 * n);
    default: return addYears(d, n);
  }
}

/** The most recent weekend on or before d (a Saturday or Sunday d is its own weekend). */
function latestWeekend(d: Date): Date {
  const wd = getISODay(d);
  return wd >= 6 ? d : addDays(d, -(wd + 1)); // the Sunday before
}
function nextWeekend(d: Date): Date {
  const wd = getISODay(d);
  return wd >= 6 ? d : addDays(d, 6 - wd);
}

/** Weekdays that are names: "Black Friday", "Good Friday Agreement", "Super Tuesday", "the Sunday Times". */
function isNamedDay(text: string, index: number, length: number): boolean {
  if (/\b(Black|Good|Cyber|Super|Holy|Ash|Bloody|Maundy|Easter|Palm|Shrove|Giving|Mad|Blue)\s+$/.test(text.slice(Math.max(0, index - 10), index))) return true;
  return /^\s+(Times|Telegraph|Express|Mirror|Post|Herald|Tribune|Independent|Star|Observer|Night Football|Agreement|Prayers?)\b/.test(text.slice(index + length, index + length + 20));
}

export const relativeRules: Rule[] = [
  {
    name: 'deictic-day',
    priority: 4,
    re: rx(`(?:(early|late|earlier|later)\\s+)?(today|tonight|tomorrow|yesterday|tomorrow night|last night)(?:[’']s)?(?:\\s+(${POD}))?`),
    build(m, ctx) {
      const w = m[2]!.toLowerCase();
      if (w === 'today' && /[’']s$/.test(m[0]) && !m[3]) return null; // "today's": rarely a time reference
      if (partOfName(ctx.text, ctx.index, ctx.index + m[0].length, true)) return null; // USA Today, Russia Today
      let d = ctx.dct;
      let part = pod(m[3]);
      if (w === 'tonight') part = 'NI';
      if (w === 'yesterday') d = addDays(d, -1);
      if (w === 'tomorrow') d = addDays(d, 1);
      if (w === 'tomorrow night') { d = addDays(d, 1); part = 'NI'; }
      if (w === 'last night') { d = addDays(d, -1); part = 'NI'; }
      // "today" in a general sense ("today's world") stays the publication day, as TimeBank does
      return dayNorm(d, part, EDGE[m[1]?.toLowerCase() ?? '']);
    },
  },
  {
    name: 'this-part-of-day',
    priority: 4,
    re: rx(`(this|yesterday|tomorrow)\\s+(${POD})`),
    build(m, ctx) {
      const w = m[1]!.toLowerCase();
      if (partOfName(ctx.text, ctx.index, ctx.index + m[0].length, true)) return null; // CBS This Morning
      const d = w === 'yesterday' ? addDays(ctx.dct, -1) : w === 'tomorrow' ? addDays(ctx.dct, 1) : ctx.dct;
      return dayNorm(d, pod(m[2]));
    },
  },
  {
    name: 'part-of-day',
    priority: 3,
    re: rx(`(?:(the)\\s+)?(?:(early|late|mid)[- ]?\\s*)?(morning|afternoon|evening|overnight)(?:\\s+(yesterday|today|tomorrow|${WEEKDAY_RE}))?`),
    build(m, ctx) {
      const before = ctx.text.slice(Math.max(0, ctx.index - 10), ctx.index);
      const word = m[3]!.toLowerCase();
      const dayWord = m[4]?.toLowerCase();
      // "overnight", "mid-afternoon", "in the morning", "Friday morning" (the weekday rule) — not "good morning", "morning papers"
      if (!dayWord && !m[2] && word !== 'overnight' && !(m[1] && /\b(in|during|by|until|through)\s+$/i.test(before))) return null;
      if (word === 'overnight' && /^\s+(rates?|loans?|stay|bag|success)/i.test(ctx.text.slice(ctx.index + m[0].length, ctx.index + m[0].length + 10))) return null;
      const p = PARTS_OF_DAY[word]!;
      let d = ctx.dct;
      if (dayWord === 'yesterday') d = addDays(d, -1);
      else if (dayWord === 'tomorrow') d = addDays(d, 1);
      else if (dayWord && dayWord !== 'today') {
        if (!capitalised(m[4])) return null;
        const tense = cueDirection(ctx.text, ctx.index, ctx.tense()) ?? ctx.tense();
        d = resolveWeekday(ctx.dct, weekdayNumber(dayWord)!, tense === 'future' ? 'future' : 'past');
      }
      const mod = EDGE[m[2]?.toLowerCase() ?? ''];
      const norm: Norm = { type: 'TIME', value: `${ymd(d)}T${p}`, mod, anchor: !!dayWord };
      // without a day, the part of the day in focus (the last day mentioned)
      if (!dayWord) norm.resolve = (a) => (a && /^\d{4}-\d{2}-\d{2}/.test(a) ? { value: `${a.slice(0, 10)}T${p}` } : null);
      return norm;
    },
  },
  {
    name: 'weekday',
    priority: 2,
    re: rx(`(?:(early|late)\\s+)?(?:(this past|this coming|last|this|next|coming|past|previous|the previous|the following|the next|that)\\s+)?(${WEEKDAY_RE})(?:[’']s)?(?:\\s+(${POD}))?`),
    build(m, ctx) {
      if (!capitalised(m[3])) return null;
      if (!m[1] && !m[2] && isNamedDay(ctx.text, ctx.index, m[0].length)) return null;
      if (partOfName(ctx.text, ctx.index, ctx.index + m[0].length)) return null; // a quoted title: “Fox News Sunday”
      const wd = weekdayNumber(m[3]!)!;
      const rel = m[2]?.toLowerCase();
      let d: Date;
      const tense = (!rel && cueDirection(ctx.text, ctx.index, ctx.tense())) || ctx.tense();
      if (rel === 'last' || rel === 'past' || rel === 'previous' || rel === 'this past') d = resolveWeekday(ctx.dct, wd, 'past', rel !== 'this past');
      else if (rel === 'next' || rel === 'coming' || rel === 'this coming') d = resolveWeekday(ctx.dct, wd, 'future', true);
      else if (rel === 'this') d = resolveWeekday(ctx.dct, wd, tense === 'past' ? 'past' : 'future');
      else if (rel === 'the previous' || rel === 'the following' || rel === 'the next' || rel === 'that') {
        const dir = rel === 'the previous' ? 'past' : 'future';
        const fallback = resolveWeekday(ctx.dct, wd, tense === 'future' ? 'future' : 'past');
        return {
          ...dayNorm(fallback, pod(m[4])),
          resolve: (a) => {
            if (!a || !/^\d{4}-\d{2}-\d{2}/.test(a)) return null;
            const base = new Date(`${a.slice(0, 10)}T12:00:00`);
            const r = rel === 'that' ? resolveWeekday(base, wd, tense === 'future' ? 'future' : 'past') : resolveWeekday(base, wd, dir, true);
            return { value: pod(m[4]) ? `${ymd(r)}T${pod(m[4])}` : ymd(r) };
          },
        };
      } else d = resolveWeekday(ctx.dct, wd, tense === 'future' ? 'future' : 'past');
      return dayNorm(d, pod(m[4]), EDGE[m[1]?.toLowerCase() ?? '']);
    },
  },
  {
    name: 'weekday-plural-set',
    priority: 2,
    re: rx(`(${WEEKDAY_RE})s`),
    build(m) {
      if (!capitalised(m[1])) return null;
      return { type: 'SET', value: `XXXX-WXX-${weekdayNumber(m[1]!)}` };
    },
  },
  {
    name: 'weekend',
    priority: 3,
    re: rx(`(?:(this past|this coming|this|last|next|the|that|the past|the coming|the previous|the following)\\s+)weekend`),
    build(m, ctx) {
      const w = m[1]!.toLowerCase();
      const tense = cueDirection(ctx.text, ctx.index, ctx.tense()) ?? ctx.tense();
      let d: Date;
      if (w === 'this past') d = latestWeekend(ctx.dct);
      else if (w === 'last' || w === 'the past' || w === 'the previous') d = latestWeekend(addDays(ctx.dct, getISODay(ctx.dct) >= 6 ? -2 : 0));
      else if (w === 'next' || w === 'the coming' || w === 'this coming' || w === 'the following') d = getISODay(ctx.dct) >= 6 ? addDays(nextWeekend(ctx.dct), 7) : nextWeekend(ctx.dct);
      else if (w === 'this' && tense !== 'past') d = nextWeekend(ctx.dct);
      else d = tense === 'future' ? nextWeekend(ctx.dct) : latestWeekend(ctx.dct);
      if (w === 'the' && !/\b(over|during|at|on|in|for|through|throughout|since|until|by|of|before|after|into)\s+$/i.test(ctx.text.slice(Math.max(0, ctx.index - 12), ctx.index))) return null;
      return { type: 'DATE', value: weekendOf(d), anchor: true };
    },
  },
  {
    name: 'earlier-this-unit',
    priority: 4,
    re: rx(`(early|earlier|late|later|mid|(?:the\\s+)?(?:end|beginning|start|middle|close)\\s+of)[- ]?\\s*(?:in\\s+)?(this|last|next|the past|the coming|the current|the)\\s+(week|month|year|decade|century|quarter)`),
    build(m, ctx) {
      const edge = m[1]!.toLowerCase().replace(/^the\s+/, '').replace(/\s+of$/, '').replace(/^(beginning|start)$/, 'early').replace(/^(end|close)$/, 'late').replace(/^middle$/, 'mid');
      const rel = m[2]!.toLowerCase();
      if (rel === 'the' && !/^(early|late|mid)$/.test(edge)) return null;
      const unit = m[3]!.toLowerCase();
      const n = rel === 'last' || rel === 'the past' ? -1 : rel === 'next' || rel === 'the coming' ? 1 : 0;
      const d = shiftDate(unit, ctx.dct, n);
      const value = unitValue(unit, d);
      const mod = EDGE[edge];
      let range = undefined as Norm['range'];
      if (n === 0 && (edge === 'earlier')) {
        const start = unit === 'week' ? startOfISOWeek(ctx.dct) : unit === 'month' ? startOfMonth(ctx.dct) : unit === 'year' ? startOfYear(ctx.dct) : undefined;
        if (start) range = { start: ymd(start), end: ctx.dctStr };
      }
      if (n === 0 && edge === 'later') {
        const end = unit === 'week' ? endOfISOWeek(ctx.dct) : unit === 'month' ? endOfMonth(ctx.dct) : unit === 'year' ? endOfYear(ctx.dct) : undefined;
        if (end) range = { start: ctx.dctStr, end: ymd(end) };
      }
      return { type: 'DATE', value, mod, range, anchor: true };
    },
  },
  {
    name: 'last-this-next-unit',
    priority: 3,
    re: rx(`(this past|last|this|next|the past|the last|the previous|the coming|the next|the current|the following|the preceding|the prior|the same|that same|that|the)\\s+(week|month|year|decade|century|fiscal year|calendar year)`),
    build(m, ctx) {
      const rel = m[1]!.toLowerCase();
      const unit = m[2]!.toLowerCase().replace(/^(fiscal|calendar) /, '');
      // titles: ABC's "This Week" (capitalised inside a sentence)
      if (/^\p{Lu}/u.test(m[2]!) && /^\p{Lu}/u.test(m[1]!) && ctx.index > 0 && !/[.!?]["”’']?\s*$/.test(ctx.text.slice(0, ctx.index))) return null;
      const after = ctx.text.slice(ctx.index + m[0].length, ctx.index + m[0].length + 12);
      if (/^\s*(?:'s|’s)?\s*(?:of|before|after|earlier|later|ago|to|in which|when)\b/i.test(after) && !/^\s*(to date)/i.test(after)) {
        // "the week of March 6", "the year before", "the month to": let other rules decide
        if (rel === 'the' || rel === 'that' || rel === 'the same') return null;
      }
      if (rel === 'the' || rel === 'that' || rel === 'the same' || rel === 'that same') {
        // anaphoric: the unit of the last anchored date
        const fallback = unitValue(unit, ctx.dct);
        if (rel === 'the' && unit !== 'year' && unit !== 'week') return null;
        if (rel === 'the' && /\b(for|during|over|throughout|within)\s+$/i.test(ctx.text.slice(Math.max(0, ctx.index - 12), ctx.index))) {
          return { type: 'DURATION', value: unit === 'week' ? 'P1W' : 'P1Y' };
        }
        if (rel === 'the' && unit === 'year') return { type: 'DATE', value: fallback };
        return {
          type: 'DATE', value: fallback,
          resolve: (a) => {
            if (!a) return rel === 'the' ? null : { value: fallback };
            const ad = /^\d{4}/.test(a) ? new Date(`${a.slice(0, 4)}-${/^\d{4}-\d{2}/.test(a) && !/Q|H|W|SU|FA|WI|SP/.test(a) ? a.slice(5, 7) : '06'}-${/^\d{4}-\d{2}-\d{2}/.test(a) ? a.slice(8, 10) : '15'}T12:00:00`) : null;
            if (!ad || isNaN(ad.getTime())) return null;
            if (unit === 'week' && !/^\d{4}-\d{2}-\d{2}/.test(a)) return null;
            return { value: unitValue(unit, ad) };
          },
        };
      }
      if ((unit === 'decade' || unit === 'century') && /^the (past|last|next|coming)$/.test(rel)) {
        // "over the past decade": the ten years up to (or from) now
        return { type: 'DURATION', value: unit === 'decade' ? 'P10Y' : 'P100Y' };
      }
      const n = rel === 'last' || rel === 'this past' || rel === 'the past' || rel === 'the last' || rel === 'the previous' || rel === 'the preceding' || rel === 'the prior' ? -1
        : rel === 'next' || rel === 'the coming' || rel === 'the next' || rel === 'the following' ? 1 : 0;
      if (rel === 'the following' || rel === 'the previous' || rel === 'the preceding' || rel === 'the prior') {
        const fb = unitValue(unit, shiftDate(unit, ctx.dct, n));
        return {
          type: 'DATE', value: fb, anchor: true,
          resolve: (a) => {
            if (!a) return null;
            const u = ({ week: 'W', month: 'M', year: 'Y' } as const)[unit as 'week'];
            const s = u ? shiftValue(a.slice(0, unit === 'year' ? 4 : unit === 'month' ? 7 : a.length), n, u) : null;
            return s ? { value: s } : null;
          },
        };
      }
      return { type: 'DATE', value: unitValue(unit, shiftDate(unit, ctx.dct, n)), anchor: true };
    },
  },
  {
    name: 'ago',
    priority: 4,
    re: rx(`(?:(about|nearly|almost|some|more than|less than|over|just|roughly|around|only|approximately|barely)\\s+)?(${NUMBER_RE}|${VAGUE_RE})\\s+(seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|months?|years?|decades?|century|centuries)\\s+(?:or so\\s+)?(ago|from now|hence|earlier|later|afterwards|previously|before(?=\\s*(?:[.,;:)]|$))|after(?=\\s*(?:[.,;:)]|$)))`),
    build(m, ctx) {
      const n = parseNumber(m[2]!);
      if (n === undefined) return null;
      const unit = unitKey(m[3]!);
      const dir = m[4]!.toLowerCase();
      const sign = dir === 'ago' || dir === 'before' || dir === 'earlier' || dir === 'previously' ? -1 : 1;
      const q = m[1]?.toLowerCase();
      const mod = q === 'about' || q === 'some' || q === 'roughly' || q === 'around' || q === 'approximately' ? 'APPROX'
        : q === 'more than' || q === 'over' ? 'MORE_THAN' : q === 'nearly' || q === 'almost' || q === 'less than' || q === 'barely' ? 'LESS_THAN' : undefined;
      const anchored = dir !== 'ago' && dir !== 'from now' && dir !== 'hence';
      if (anchored && !(n === 1 && (unit === 'year' || unit === 'month' || unit === 'quarter'))) {
        // "three days later", "two weeks before": TimeML marks the duration, the signal stays out
        const signal = /\s+(?:or so\s+)?\S+$/.exec(m[0])![0].length;
        return { type: 'DURATION', value: durationValue(n, unit), mod, trimEnd: signal };
      }
      if (n === 'X') return { type: 'DATE', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF' };
      const whole = Math.round(n);
      const valueFrom = (base: Date): string | null => {
        if (unit === 'hour' || unit === 'minute' || unit === 'second') return ymd(base);
        const d = shiftDate(unit, base, sign * whole);
        const vu = unit === 'night' ? 'day' : unit === 'decade' || unit === 'century' ? 'year' : unit;
        return unitValue(vu, d);
      };
      const norm: Norm = { type: 'DATE', value: valueFrom(ctx.dct)!, mod, anchor: dir === 'ago' };
      if (dir === 'ago' && whole === 1 && unit === 'year') {
        // "a year ago" in a report about a quarter means that quarter a year before
        norm.resolve = (a) => (a && /^\d{4}-(Q\d|H\d)$/.test(a) ? { value: shiftValue(a, -1, 'Y')! } : null);
      }
      if (anchored) {
        // "two days later", "a year earlier": relative to the last date mentioned
        norm.resolve = (a) => {
          if (!a) return null;
          const u = unit === 'year' || unit === 'decade' || unit === 'century' ? 'Y' : unit === 'month' ? 'M' : unit === 'quarter' ? 'Q' : unit === 'week' ? 'W' : unit === 'day' || unit === 'night' ? 'D' : null;
          if (!u) return null;
          const k = sign * whole * (unit === 'decade' ? 10 : unit === 'century' ? 100 : 1);
          // keep the anchor's granularity when it is at least as coarse as the unit
          const s = shiftValue(a.replace(/T.*$/, ''), k, u);
          return s ? { value: s } : null;
        };
      }
      return norm;
    },
  },
  {
    name: 'year-ago-adjective',
    priority: 2,
    re: rx(`(?:the\\s+)?(?:(same|comparable|corresponding)\\s+)?(year-ago|year-earlier|year-before|prior-year|previous-year|year ago|year earlier)(?:\\s+(period|month|year|quarter|nine months|six months|first half|second half))?`),
    build(m, ctx) {
      const noun = m[3]?.toLowerCase();
      if (!noun && /\s/.test(m[2]!)) return null; // "a year ago" is the ago rule
      const y = ctx.dct.getFullYear();
      const qNow = Math.floor(ctx.dct.getMonth() / 3) + 1;
      const value = noun === 'quarter' ? `${y - 1}-Q${qNow === 1 ? 4 : qNow - 1}` : String(y - 1);
      return {
        type: 'DATE', value,
        resolve: (a) => {
          if (!a || !/^\d{4}-(Q\d|H\d|\d{2})$/.test(a)) return null;
          const s = shiftValue(a, -1, 'Y');
          return s ? { value: s } : null;
        },
      };
    },
  },
  {
    name: 'period-last-year',
    priority: 4,
    re: rx(`(?:the\\s+)?(?:(?:same|corresponding|comparable|year-ago|year-earlier)\\s+)?(?:period|quarter|month|time|week)\\s+(?:a year (?:ago|earlier)|last year|of last year)|(?:last|this|next)\\s+year[’']s\\s+(?:quarter|period)`),
    build(m, ctx) {
      const y = ctx.dct.getFullYear();
      const qNow = Math.floor(ctx.dct.getMonth() / 3) + 1;
      const fallback = /this year/i.test(m[0]) ? `${y}-Q${qNow === 1 ? 4 : qNow - 1}` : `${y - 1}-Q${qNow === 1 ? 4 : qNow - 1}`;
      return {
        type: 'DATE', value: fallback,
        resolve: (a) => {
          if (!a) return null;
          const s = shiftValue(a.replace(/T.*$/, ''), /this year/i.test(m[0]) ? 0 : -1, 'Y');
          return s ? { value: s } : null;
        },
      };
    },
  },
  {
    name: 'next-day',
    priority: 3,
    re: rx(`(?:the\\s+)?(next|following|previous|preceding|same|prior)\\s+(day|morning|evening|night|afternoon)|(?:that|the)\\s+(same\\s+)?(day|morning|evening|night|afternoon)|the day (before|after)(?: yesterday| tomorrow)?`),
    build(m, ctx) {
      const t = m[0].toLowerCase();
      const shift = /next|following|after/.test(t) ? 1 : /previous|preceding|prior|before/.test(t) ? -1 : 0;
      const part = /morning|evening|night|afternoon/.exec(t)?.[0];
      const p = part ? PARTS_OF_DAY[part] : undefined;
      if (/^the (morning|evening|night|afternoon)$/.test(t)) return null;
      if (t === 'the day') {
        // "ended the day", "for the day", "later in the day": the day in focus
        const before = ctx.text.slice(Math.max(0, ctx.index - 16), ctx.index);
        if (!/\b(end|ends|ended|ending|finish|finished|finishing|close|closed|closing|for|in|during|start of|end of|of the)\s+$/i.test(before)) return null;
        if (/^\s+(before|after|of|when|that)\b/i.test(ctx.text.slice(ctx.index + m[0].length, ctx.index + m[0].length + 8))) return null;
      }
      if (/day (before|after) (yesterday|tomorrow)/.test(t)) {
        const d = addDays(ctx.dct, /yesterday/.test(t) ? -2 : 2);
        return dayNorm(d);
      }
      const mk = (d: Date) => (p ? `${ymd(d)}T${p}` : ymd(d));
      return {
        type: p ? 'TIME' : 'DATE',
        value: mk(addDays(ctx.dct, shift)),
        resolve: (a) => {
          if (!a || !/^\d{4}-\d{2}-\d{2}/.test(a)) return null;
          return { value: mk(addDays(new Date(`${a.slice(0, 10)}T12:00:00`), shift)) };
        },
      };
    },
  },
];
