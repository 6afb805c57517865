/** Calendar dates: month-day(-year), day-month(-year), month-year, numeric dates, years, decades, centuries. */
import { capitalised, cueDirection, rx, type Rule } from '../rule.ts';
import { MONTH_RE, WEEKDAY_RE, monthNumber, parseNumber } from '../lexicon.ts';
import { seasonCode, yearForMonthDay } from '../resolve.ts';
import { mkDate, pad, weekOf } from '../values.ts';

const MOD_WORDS: Record<string, string> = {
  early: 'START', 'the beginning of': 'START', 'the start of': 'START', 'the first half of': 'START',
  mid: 'MID', 'the middle of': 'MID', late: 'END', 'the end of': 'END', 'the second half of': 'END',
  'the close of': 'END',
};
export const MOD_RE = '(?:early|mid|late|the beginning of|the start of|the middle of|the end of|the close of)';
export const modOf = (s: string | undefined): string | undefined =>
  s ? MOD_WORDS[s.toLowerCase().replace(/[- ]+$/, '').trim()] : undefined;

/** Capitalised words that may stand before a year ("In 1990", "Since 2001", "Summer 2012"). */
const YEAR_LEFT = /^(in|since|by|until|till|before|after|from|of|to|and|or|through|during|early|late|mid|fiscal|calendar|year|spring|summer|autumn|fall|winter|christmas|easter|the|for|around|about|circa|c)$/i;

/** Years said in words, as in broadcast transcripts: "nineteen ninety-six", "the year two thousand". */
const SPELLED_YEAR_RE =
  '(?:(nineteen|eighteen|twenty)[- ]((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|o[- ](?:one|two|three|four|five|six|seven|eight|nine))|two thousand(?:\\s+and\\s+(?:one|two|three|four|five|six|seven|eight|nine|ten))?)';

const validDay = (y: number, m: number, d: number) => d >= 1 && d <= 31 && mkDate(y, m, d).getMonth() === m - 1;

/** A month word must be capitalised ("may", "march" are also common words). */
const okMonth = (w: string) => capitalised(w) || /\.$/.test(w);

const dayValue = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

export const absoluteRules: Rule[] = [
  {
    name: 'month-day-year',
    priority: 5,
    re: rx(`(?:(${WEEKDAY_RE})(?:,\\s*|\\s+))?(?:(${MOD_RE})[- ]?\\s*)?(${MONTH_RE})\\s*(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:.]\\d)(?:(?:,\\s*|\\s+)(\\d{4})(?!\\d))?`),
    build(m, ctx) {
      if (!okMonth(m[3]!)) return null;
      const month = monthNumber(m[3]!)!;
      const day = +m[4]!;
      const year = m[5] ? +m[5] : yearForMonthDay(ctx.dct, month, day, cueDirection(ctx.text, ctx.index) ?? ctx.tense());
      if (!validDay(year, month, day)) return null;
      return { type: 'DATE', value: dayValue(year, month, day), mod: modOf(m[2]), anchor: true };
    },
  },
  {
    name: 'week-of',
    priority: 6,
    re: rx(`the\\s+week\\s+of\\s+(${MONTH_RE})\\s*(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?`),
    build(m, ctx) {
      if (!okMonth(m[1]!)) return null;
      const month = monthNumber(m[1]!)!;
      const day = +m[2]!;
      const year = m[3] ? +m[3] : yearForMonthDay(ctx.dct, month, day, cueDirection(ctx.text, ctx.index) ?? ctx.tense());
      if (!validDay(year, month, day)) return null;
      return { type: 'DATE', value: weekOf(mkDate(year, month, day)), anchor: true };
    },
  },
  {
    name: 'day-month-year',
    priority: 5,
    re: rx(`(?:(${WEEKDAY_RE})(?:,\\s*|\\s+))?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_RE})(?:,?\\s+(\\d{4})(?!\\d))?`),
    build(m, ctx) {
      if (!okMonth(m[3]!)) return null;
      const month = monthNumber(m[3]!)!;
      const day = +m[2]!;
      const year = m[4] ? +m[4] : yearForMonthDay(ctx.dct, month, day, cueDirection(ctx.text, ctx.index) ?? ctx.tense());
      if (!validDay(year, month, day)) return null;
      return { type: 'DATE', value: dayValue(year, month, day), anchor: true };
    },
  },
  {
    name: 'month-year',
    priority: 4,
    re: rx(`(?:(${MOD_RE})[- ]?\\s*)?(${MONTH_RE}),?\\s+(?:of\\s+)?(\\d{4})(?![\\d,]\\d)`),
    build(m) {
      if (!okMonth(m[2]!)) return null;
      return { type: 'DATE', value: `${m[3]}-${pad(monthNumber(m[2]!)!)}`, mod: modOf(m[1]), anchor: true };
    },
  },
  {
    name: 'iso-date',
    priority: 6,
    re: rx(`(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2}))?`),
    build(m) {
      const [y, mo, d] = [+m[1]!, +m[2]!, +m[3]!];
      if (mo < 1 || mo > 12 || !validDay(y, mo, d)) return null;
      if (m[4]) return { type: 'TIME', value: `${dayValue(y, mo, d)}T${m[4]}:${m[5]}`, anchor: true };
      return { type: 'DATE', value: dayValue(y, mo, d), anchor: true };
    },
  },
  {
    name: 'numeric-date',
    priority: 6,
    re: rx(`(\\d{1,2})([/.])(\\d{1,2})\\2(\\d{4}|\\d{2})`),
    build(m) {
      let [a, b] = [+m[1]!, +m[3]!];
      let y = +m[4]!;
      if (m[4]!.length === 2) y += y < 50 ? 2000 : 1900;
      // US order (month/day) with slashes unless impossible; day.month with dots
      let month = a, day = b;
      if (m[2] === '.' || a > 12) [month, day] = [b, a];
      if (month < 1 || month > 12 || !validDay(y, month, day)) return null;
      return { type: 'DATE', value: dayValue(y, month, day), anchor: true };
    },
  },
  {
    name: 'year',
    priority: 2,
    re: rx(`(?:(${MOD_RE}|post|pre)[- ]?\\s*)?(?:(fiscal(?:\\s+year)?|calendar(?:\\s+year)?|FY|the year|the)\\s*)?((?:1[0-9]|20)\\d\\d|FY\\d\\d)(?:\\s+(or later|or earlier|or before|and beyond))?`),
    build(m, ctx) {
      const before = ctx.text.slice(Math.max(0, ctx.index - 2), ctx.index);
      const after = ctx.text.slice(ctx.index + m[0].length, ctx.index + m[0].length + 12);
      if (/[$£€#]\s*$/.test(before) || /^\s*(%|percent|per cent|-\d|\/\d|[.,:]\d)/i.test(after)) return null;
      if (/\d[.,:/]$/.test(before) || /^(?:[’']s)?\s*(?:and\s+)?(?:people|shares|units|jobs|troops|tons|miles|feet|meters|metres|kilometers|votes|cars|vehicles|employees|workers|points|dollars|yen|marks|pounds|francs|acres|barrels|copies|rooms|pages)\b/i.test(after)) return null;
      // names with a number: "the Russell 2000 index", "Windows 2000" (a capitalised word just before a bare year)
      const prevWord = /(\p{L}+)\s+$/u.exec(ctx.text.slice(Math.max(0, ctx.index - 20), ctx.index))?.[1];
      if (!m[1] && !m[2] && prevWord && /^\p{Lu}/u.test(prevWord) && !monthNumber(prevWord) && !YEAR_LEFT.test(prevWord)
        && !/(^|[.!?]["”’']?)\s*$/.test(ctx.text.slice(0, ctx.index - prevWord.length - 1))) return null;
      let raw = m[3]!;
      if (/^fy/i.test(raw)) raw = String(+raw.slice(2) + (+raw.slice(2) < 50 ? 2000 : 1900));
      const y = +raw;
      if (y < 1500 && !/\b(in|since|of|by|from|until|year)\s*$/i.test(ctx.text.slice(0, ctx.index) + (m[2] ?? ''))) return null;
      const trimStart = m[2]?.toLowerCase() === 'the' && !m[1] ? 4 : 0; // "the 1996 Olympics" → "1996"
      let mod = modOf(m[1]);
      const p = m[1]?.toLowerCase();
      if (p === 'post') mod = 'AFTER';
      if (p === 'pre') mod = 'BEFORE';
      const tail = m[4]?.toLowerCase();
      if (tail === 'or later' || tail === 'and beyond') mod = 'ON_OR_AFTER';
      if (tail === 'or earlier' || tail === 'or before') mod = 'ON_OR_BEFORE';
      return { type: 'DATE', value: pad(y, 4), mod, anchor: true, trimStart };
    },
  },
  {
    name: 'spelled-year',
    priority: 3,
    re: rx(`(?:(${MONTH_RE})\\s+|(?:the\\s+)?(?:(spring|summer|fall|autumn|winter)\\s+of\\s+))?(?:the\\s+year\\s+)?${SPELLED_YEAR_RE}`),
    build(m) {
      const t = m[0].toLowerCase().replace(/^.*?(?=(nineteen|eighteen|twenty|two thousand|the year))/, '');
      let y: number | undefined;
      if (/two thousand/.test(t)) {
        const extra = /and\s+(\w+)/.exec(t);
        y = 2000 + (extra ? (parseNumber(extra[1]!) as number) : 0);
      } else {
        const c = { nineteen: 1900, eighteen: 1800, twenty: 2000 }[m[3]!.toLowerCase() as 'nineteen']!;
        const n = parseNumber(m[4]!.toLowerCase().replace(/^o[- ]/, ''));
        if (typeof n !== 'number') return null;
        y = c + n;
      }
      // "January nineteen ninety-seven", "the winter of nineteen ninety-four"
      if (m[1]) return okMonth(m[1]) ? { type: 'DATE', value: `${pad(y, 4)}-${pad(monthNumber(m[1])!)}`, anchor: true } : null;
      if (m[2]) return { type: 'DATE', value: `${pad(y, 4)}-${seasonCode(m[2])}`, anchor: true };
      return { type: 'DATE', value: pad(y, 4), anchor: true };
    },
  },
  {
    name: 'decade',
    priority: 3,
    re: rx(`(?:the\\s+)?(?:(early|mid|late)[- ]?\\s*)?(?:(\\d{3})0[’']?s|[’']?(\\d)0[’']?s|(nineteen[- ])?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))`),
    build(m, ctx) {
      const before = ctx.text.slice(Math.max(0, ctx.index - 12), ctx.index);
      let value: string;
      if (m[2]) {
        value = m[2];
      } else if (m[3]) {
        // "the '90s", "the 70s and 80s" — not ages ("in his 70s") or bare numbers
        if (!/[’']/.test(m[0]) && !/^the\s/i.test(m[0]) && !/\b(the|and|or|of the)\s+$/i.test(before)) return null;
        if (/\b(his|her|their|my|your|our|early|late|mid)\s*-?\s*$/i.test(before) && !/^the\s/i.test(m[0])) return null;
        value = `19${m[3]}`;
      }
      else {
        const w = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 }[m[5]!.toLowerCase() as 'twenties']!;
        // ages: "in his fifties"
        if (/\b(his|her|their|my|your|our)\s+$/i.test(before) || /\b(his|her|their)\s+(early|mid|late)[- ]?\s*$/i.test(ctx.text.slice(Math.max(0, ctx.index - 20), ctx.index + m[0].length))) return null;
        if (!/^the\s/i.test(m[0]) && !m[4]) return null;
        value = `19${w}`;
      }
      const mod = { early: 'START', mid: 'MID', late: 'END' }[m[1]?.toLowerCase() as 'early'];
      return { type: 'DATE', value, mod, anchor: false };
    },
  },
  {
    name: 'century',
    priority: 3,
    re: rx(`(?:the\\s+)?(?:(early|mid|late)[- ]?\\s*)?(?:(\\d{1,2})(?:st|nd|rd|th)|(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[- ]first))[- ]century`),
    build(m) {
      const ord = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];
      const n = m[2] ? +m[2] : m[3]!.toLowerCase().startsWith('twenty') ? 21 : ord.indexOf(m[3]!.toLowerCase()) + 1;
      if (n < 1) return null;
      const mod = { early: 'START', mid: 'MID', late: 'END' }[m[1]?.toLowerCase() as 'early'];
      return { type: 'DATE', value: pad(n - 1, 2), mod };
    },
  },
];
