/** Named calendar periods: bare months, seasons, quarters, halves, fiscal years, holidays. */
import { addDays, getISODay } from 'date-fns';
import { capitalised, cueDirection, rx, type Rule } from '../rule.ts';
import { monthNumber } from '../lexicon.ts';
import { seasonCode, yearForMonth, yearForQuarter, yearForSeason } from '../resolve.ts';
import { mkDate, pad, ymd } from '../values.ts';
import { MOD_RE, modOf } from './absolute.ts';

const REL = '(?:last|this|next|past|coming|previous|the previous|the following|the same|the current|current|the coming|the past|the latest|latest|the last|the)';
const YEAR_REL = '(?:this|last|next|the previous|the following|the same|the current)\\s+year';

/** A year given by a relative word ("last", "this", "next") or a digit year, against the publication date. */
function relYear(dctYear: number, w: string | undefined): number | undefined {
  if (!w) return undefined;
  const t = w.toLowerCase().replace(/[’']s$/, '').replace(/\s+year$/, '').trim();
  if (/^\d{4}$/.test(t)) return +t;
  if (t === 'last' || t === 'the previous') return dctYear - 1;
  if (t === 'next' || t === 'the following') return dctYear + 1;
  if (t === 'this' || t === 'the current' || t === 'the same') return dctYear;
  return undefined;
}

const ORD: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4 };

export const calendarRules: Rule[] = [
  {
    name: 'bare-month',
    priority: 1,
    re: rx(`(?:(${MOD_RE})[- ]?\\s*)?(?:(last|this|next|past|coming|previous)\\s+)?(january|february|march|april|may|june|july|august|september|october|november|december)(?:\\s+(?:of\\s+)?(${YEAR_REL}))?`),
    build(m, ctx) {
      const word = m[3]!;
      if (!capitalised(word)) return null;
      const before = ctx.text.slice(Math.max(0, ctx.index - 30), ctx.index);
      const after = ctx.text.slice(ctx.index + m[0].length, ctx.index + m[0].length + 20);
      const lw = word.toLowerCase();
      if ((lw === 'may' || lw === 'march') && !m[1] && !m[2] && !m[4] && !/\b(in|since|until|till|by|of|during|from|through|to|early|late|mid|last|next|this|before|after|between|and|or)\s+$/i.test(before)) return null;
      if (/^\s*\d/.test(after) && !m[4]) return null;
      // names: "April Smith", "June Carter"
      if (!m[1] && !m[2] && !m[4] && /^\s+\p{Lu}\p{Ll}/u.test(after) && !/\b(in|since|until|by|during|of)\s+$/i.test(before)) return null;
      const month = monthNumber(word)!;
      const y = ctx.dct.getFullYear();
      const rel = m[2]?.toLowerCase();
      let year: number;
      const ry = relYear(y, m[4]);
      if (ry !== undefined) year = ry;
      else if (rel === 'last' || rel === 'past' || rel === 'previous') year = month < ctx.dct.getMonth() + 1 ? y : y - 1;
      else if (rel === 'next' || rel === 'coming') year = month > ctx.dct.getMonth() + 1 ? y : y + 1;
      else if (rel === 'this') year = y;
      else {
        const cue = cueDirection(ctx.text, ctx.index);
        // "through August" seen in October is the past August: a cue looks forward at most half a year
        const ahead = (month - (ctx.dct.getMonth() + 1) + 12) % 12;
        year = yearForMonth(ctx.dct, month, cue === 'future' && ahead > 6 ? ctx.tense() : cue ?? ctx.tense());
      }
      return { type: 'DATE', value: `${pad(year, 4)}-${pad(month)}`, mod: modOf(m[1]), anchor: true };
    },
  },
  {
    name: 'season',
    priority: 2,
    re: rx(`(?:the\\s+(?=(?:early|late|mid)))?(?:(${MOD_RE})[- ]?\\s*)?(?:(${REL}|\\d{4}(?:[’']s)?)\\s+)?(spring|summer|fall|autumn|winter)(?:\\s+(?:of\\s+)?(\\d{4}|${YEAR_REL}))?`),
    build(m, ctx) {
      const before = ctx.text.slice(Math.max(0, ctx.index - 20), ctx.index);
      const rel = m[2]?.toLowerCase();
      const w = m[3]!.toLowerCase();
      if (!rel && !m[4] && !/^the\s/i.test(m[0]) && !/\b(in|during|since|until|by|over|through|this|last|next|early|late|mid)\s+$/i.test(before + (m[1] ?? ''))) return null;
      if (w === 'fall' && !rel && !m[4] && !/\b(in|during|since|until|by|this|last|next)\s+$/i.test(before)) return null;
      if (rel === 'the' && !m[4] && !/\b(in|into|during|since|until|by|over|through|throughout|of|for|from|to|before|after)\s+$/i.test(before + (m[1] ? m[0].slice(0, m[0].indexOf(m[1])) : ''))) return null;
      const code = seasonCode(w);
      let year: number;
      const explicit = m[4] ? relYear(ctx.dct.getFullYear(), m[4]) : rel && /^\d{4}/.test(rel) ? +rel.slice(0, 4) : undefined;
      if (explicit !== undefined) year = explicit;
      else if (rel === 'last' || rel === 'past' || rel === 'previous' || rel === 'the past' || rel === 'the previous' || rel === 'the last') year = yearForSeason(ctx.dct, code, 'past', 'last');
      else if (rel === 'next' || rel === 'coming' || rel === 'the coming' || rel === 'the following') year = yearForSeason(ctx.dct, code, 'future', 'next');
      else if (rel === 'this' || rel === 'current' || rel === 'the current') year = yearForSeason(ctx.dct, code, ctx.tense(), 'this');
      else year = yearForSeason(ctx.dct, code, ctx.tense());
      return { type: 'DATE', value: `${pad(year, 4)}-${code}`, mod: modOf(m[1]), anchor: true };
    },
  },
  {
    name: 'quarter',
    priority: 3,
    re: rx(`(?:(${MOD_RE})[- ]?\\s*)?(?:(the|this|last|next|that)\\s+)?(?:(\\d{4}|(?:this|last|next)\\s+year[’']s|year-(?:ago|earlier)|fiscal(?:\\s+\\d{4})?)\\s+)?(?:(fiscal)[- ])?(?:(first|second|third|fourth|final|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?quarter|(Q[1-4])|(first|second|1st|2nd|last|final|latter)\\s+half|(H[12]))(?:\\s+(?:of\\s+)?(?:(\\d{4})|(fiscal\\s+\\d{4})|(${YEAR_REL})))?`),
    build(m, ctx) {
      const y = ctx.dct.getFullYear();
      const pre = m[3]?.toLowerCase();
      let year: number | undefined;
      if (m[9]) year = +m[9];
      else if (m[10]) year = +m[10].replace(/\D/g, '');
      else if (m[11]) year = relYear(y, m[11]);
      else if (pre && /^\d{4}$/.test(pre)) year = +pre;
      else if (pre && /^fiscal\s+\d{4}/.test(pre)) year = +pre.replace(/\D/g, '');
      else if (pre && /year[’']s$/.test(pre)) year = relYear(y, pre.replace(/\s+year[’']s$/, ''));
      else if (m[2]?.toLowerCase() === 'last') year = undefined; // "last fourth quarter": previous year
      if (m[7] || m[8]) {
        const h = /^(first|1st|h1)$/i.test(m[7] ?? m[8]!) ? 1 : 2;
        const yy = year ?? (h === 1 || ctx.dct.getMonth() >= 6 ? y : y - 1);
        return { type: 'DATE', value: `${pad(yy, 4)}-H${h}`, mod: modOf(m[1]), anchor: true };
      }
      const q = m[6] ? +m[6][1]! : ORD[m[5]!.toLowerCase()]!;
      if (pre && /^year-/.test(pre)) {
        const base = year ?? yearForQuarter(ctx.dct, q, 'past');
        return { type: 'DATE', value: `${pad(base - 1, 4)}-Q${q}`, mod: modOf(m[1]) };
      }
      if (year === undefined) {
        year = yearForQuarter(ctx.dct, q, ctx.tense());
        if (m[2]?.toLowerCase() === 'last' && q >= Math.floor(ctx.dct.getMonth() / 3) + 1) year = y - 1;
        if (m[2]?.toLowerCase() === 'next') year = q > Math.floor(ctx.dct.getMonth() / 3) + 1 ? y : y + 1;
      }
      return { type: 'DATE', value: `${pad(year, 4)}-Q${q}`, mod: modOf(m[1]), anchor: true };
    },
  },
  {
    name: 'relative-quarter',
    priority: 2,
    re: rx(`(?:the\\s+)?(?:(\\d{4})\\s+(?=(?:fiscal\\s+)?(?:quarter|period)))?(latest|current|past|previous|last|next|coming|most recent|recent|same|comparable|year-ago|year-earlier|prior-year|fiscal|that|this)?(?:\\s+(year-ago|year-earlier|fiscal))?\\s*(?:quarter(?!s)|(?<=(?:\\d{4}|latest|current|same|comparable|year-ago|year-earlier)\\s+)period)`),
    build(m, ctx) {
      const yr = m[1] ? +m[1] : undefined;
      const w = m[2]?.toLowerCase();
      const w2 = m[3]?.toLowerCase();
      const qNow = Math.floor(ctx.dct.getMonth() / 3) + 1;
      const y = ctx.dct.getFullYear();
      const prev = qNow === 1 ? `${y - 1}-Q4` : `${y}-Q${qNow - 1}`;
      const next = qNow === 4 ? `${y + 1}-Q1` : `${y}-Q${qNow + 1}`;
      const cur = `${y}-Q${qNow}`;
      if (yr) {
        // "the 1988 quarter", "the 1989 period": the quarter in focus, in that year
        return { type: 'DATE', value: String(yr), resolve: (a) => (a && /-Q\d$/.test(a) ? { value: `${yr}${a.slice(4)}` } : null) };
      }
      if (!w && !/^the\s/i.test(m[0])) return null;
      if (w === 'current') return { type: 'DATE', value: cur, anchor: true };
      // "this quarter": the one the report is about when a quarter was named, else the current one
      if (w === 'this') return { type: 'DATE', value: cur, anchor: true, resolve: (a) => (a && /-Q\d$/.test(a) ? { value: a } : null) };
      if (w === 'next' || w === 'coming') return { type: 'DATE', value: next };
      if (w === 'year-ago' || w === 'year-earlier' || w === 'prior-year' || w2 === 'year-ago' || w2 === 'year-earlier' || w === 'comparable' || w === 'same') {
        return {
          type: 'DATE', value: `${y - 1}-Q${qNow === 1 ? 4 : qNow - 1}`,
          resolve: (a) => (a && /-Q\d$/.test(a) ? { value: `${+a.slice(0, 4) - 1}${a.slice(4)}` } : null),
        };
      }
      // "the quarter", "the latest quarter", "last quarter": the last one reported (or the one in focus)
      return {
        type: 'DATE', value: prev, anchor: true,
        resolve: (a) => (a && /-Q\d$/.test(a) && (!w || w === 'that' || w === 'fiscal') ? { value: a } : null),
      };
    },
  },
  {
    name: 'year-end',
    priority: 3,
    re: rx(`(?:(around|about)\\s+)?(?:year[- ]end|year[’']s end|the end of the year)`),
    build(m, ctx) {
      const before = ctx.text.slice(Math.max(0, ctx.index - 8), ctx.index);
      const y = ctx.dct.getFullYear();
      const past = /\bsince\s+$/i.test(before) || (ctx.tense() === 'past' && ctx.dct.getMonth() < 3);
      return { type: 'DATE', value: String(past ? y - 1 : y), mod: m[1] ? 'APPROX' : 'END', anchor: false };
    },
  },
  {
    name: 'full-year',
    priority: 3,
    re: rx(`the\\s+(?:full|whole|entire)(?:\\s+fiscal)?\\s+year`),
    build(_m, ctx) {
      return { type: 'DATE', value: String(ctx.dct.getFullYear()) };
    },
  },
  {
    name: 'fiscal-year',
    priority: 3,
    re: rx(`(?:the\\s+)?(current|last|next|this|previous|coming|latest|most recent)\\s+fiscal\\s+year`),
    build(m, ctx) {
      const w = m[1]!.toLowerCase();
      const y = ctx.dct.getFullYear();
      const yy = w === 'last' || w === 'previous' || w === 'latest' || w === 'most recent' ? y - 1 : w === 'next' || w === 'coming' ? y + 1 : y;
      return { type: 'DATE', value: pad(yy, 4), anchor: true };
    },
  },
  {
    name: 'holiday',
    priority: 3,
    re: rx(`(?:(last|this|next)\\s+)?(christmas(?:\\s+(?:day|eve))?|new\\s+year[’']?s(?:\\s+(?:day|eve))?|thanksgiving(?:\\s+day)?|independence\\s+day|halloween|valentine[’']?s\\s+day|labor\\s+day|memorial\\s+day|boxing\\s+day|election\\s+day)(?:\\s+(\\d{4}))?`),
    build(m, ctx) {
      const name = m[2]!.toLowerCase().replace(/[’']/g, '');
      if (!capitalised(m[2])) return null;
      const rel = m[1]?.toLowerCase();
      const dayIn = (yy: number): Date | null => {
        if (name.startsWith('christmas eve')) return mkDate(yy, 12, 24);
        if (name.startsWith('christmas')) return mkDate(yy, 12, 25);
        if (name === 'new years eve') return mkDate(yy, 12, 31);
        if (name.startsWith('new year')) return mkDate(yy, 1, 1);
        if (name.startsWith('independence')) return mkDate(yy, 7, 4);
        if (name === 'halloween') return mkDate(yy, 10, 31);
        if (name.startsWith('valentine')) return mkDate(yy, 2, 14);
        if (name.startsWith('boxing')) return mkDate(yy, 12, 26);
        const nth = (month: number, wd: number, n: number) => {
          const first = mkDate(yy, month, 1);
          return addDays(first, ((wd - getISODay(first) + 7) % 7) + 7 * (n - 1));
        };
        if (name.startsWith('thanksgiving')) return nth(11, 4, 4);
        if (name.startsWith('election')) return addDays(nth(11, 1, 1), 1); // US: the Tuesday after the first Monday of November
        if (name.startsWith('labor')) return nth(9, 1, 1);
        if (name.startsWith('memorial')) { const d = nth(5, 1, 5); return d.getMonth() === 4 ? d : nth(5, 1, 4); }
        return null;
      };
      const y = ctx.dct.getFullYear();
      let d: Date | null;
      if (m[3]) d = dayIn(+m[3]);
      else {
        const thisYear = dayIn(y)!;
        const tense = cueDirection(ctx.text, ctx.index) ?? ctx.tense();
        const days = (x: Date) => Math.round((x.getTime() - ctx.dct.getTime()) / 86_400_000);
        if (rel === 'last') d = thisYear < ctx.dct ? thisYear : dayIn(y - 1);
        else if (rel === 'next') d = thisYear > ctx.dct ? thisYear : dayIn(y + 1);
        else {
          // the nearest occurrence; the tense moves it across the publication date when it is more than two months away
          const cands = [dayIn(y - 1)!, thisYear, dayIn(y + 1)!].sort((a, b) => Math.abs(days(a)) - Math.abs(days(b)));
          d = cands[0]!;
          if (tense === 'past' && days(d) > 60) d = dayIn(d.getFullYear() - 1);
          else if (tense === 'future' && days(d) < -60) d = dayIn(d.getFullYear() + 1);
        }
      }
      return d ? { type: 'DATE', value: ymd(d), anchor: true } : null;
    },
  },
];
