/** Word lists and regular-expression fragments shared by the time parsers. */

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

/** Month names: full names, or abbreviations with a full stop. */
export const MONTH_RE =
  '(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)(?=\\s+\\d))';

export function monthNumber(s: string): number | undefined {
  return MONTHS[s.toLowerCase().replace(/\.$/, '')];
}

/** ISO weekday numbers (Monday = 1). */
export const WEEKDAYS: Record<string, number> = {
  monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thur: 4, thurs: 4,
  friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
};
export const WEEKDAY_RE = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';

export function weekdayNumber(s: string): number | undefined {
  return WEEKDAYS[s.toLowerCase().replace(/\.$/, '').replace(/'s$/, '')];
}

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, a: 1, an: 1, single: 1, half: 0.5, dozen: 12, couple: 2,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

export const NUMWORD_RE =
  '(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|a) thousand|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a hundred|one hundred|a dozen|a couple of|a couple|couple of|a|an|half an?|a half)';

/** Vague quantities: value X. */
export const VAGUE_RE = '(?:several|a few|few|many|some|a number of|numerous|a couple of|the next few|countless)';

/** A cardinal: digits ("12", "1,000", "2.5") or words ("twenty four", "a"). */
export const NUMBER_RE = `(?:\\d+\\s+1/2|\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|(?:${NUMWORD_RE})(?:\\s+and\\s+a\\s+half)?)`;

/** Parse a cardinal; vague words → 'X'. */
export function parseNumber(s: string): number | 'X' | undefined {
  const t = s.toLowerCase().trim().replace(/\s+/g, ' ');
  if (/^\d[\d,]*(\.\d+)?$/.test(t)) return Number(t.replace(/,/g, ''));
  if (/^\d+\s+1\/2$/.test(t)) return parseInt(t, 10) + 0.5;
  if (/\s+and\s+a\s+half$/.test(t)) {
    const base = parseNumber(t.replace(/\s+and\s+a\s+half$/, ''));
    return typeof base === 'number' ? base + 0.5 : base;
  }
  if (/^(several|a few|few|many|some|a number of|numerous|the next few|countless)$/.test(t)) return 'X';
  if (t === 'a couple of' || t === 'a couple' || t === 'couple of') return 2;
  if (t === 'a dozen') return 12;
  if (t === 'a hundred' || t === 'one hundred') return 100;
  const th = /^(\w+) thousand$/.exec(t);
  if (th) {
    const k = parseNumber(th[1]!);
    return typeof k === 'number' ? k * 1000 : undefined;
  }
  if (t === 'half a' || t === 'half an' || t === 'a half') return 0.5;
  const parts = t.split(/[- ]/);
  let n = 0;
  for (const p of parts) {
    if (p in TENS) n += TENS[p]!;
    else if (p in SMALL) n += SMALL[p]!;
    else return undefined;
  }
  return n;
}

/** Units → TIMEX3 duration letters (T for clock units). */
export const UNITS: Record<string, { letter: string; time: boolean; mult?: number }> = {
  second: { letter: 'S', time: true }, minute: { letter: 'M', time: true }, hour: { letter: 'H', time: true },
  day: { letter: 'D', time: false }, night: { letter: 'D', time: false }, week: { letter: 'W', time: false },
  weekend: { letter: 'WE', time: false }, fortnight: { letter: 'W', time: false, mult: 2 },
  month: { letter: 'M', time: false }, quarter: { letter: 'Q', time: false }, year: { letter: 'Y', time: false },
  decade: { letter: 'DE', time: false }, century: { letter: 'CE', time: false }, centurie: { letter: 'CE', time: false },
  millennium: { letter: 'ML', time: false }, millennia: { letter: 'ML', time: false },
};
export const UNIT_RE = '(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?|years?|decades?|century|centuries|millennium|millennia)';

export function unitKey(s: string): string {
  const t = s.toLowerCase();
  if (t === 'centuries') return 'century';
  if (t === 'millennia') return 'millennium';
  return t.replace(/s$/, '');
}

/** TIMEX3 duration value: P3Y, PT5H, PXD; decades and centuries in years: P30Y, P100Y, and PXY when vague. */
export function durationValue(n: number | 'X', unit: string): string {
  const u = UNITS[unitKey(unit)];
  if (!u) return 'PXD';
  if (n === 'X') {
    // vague decades and centuries in years, as numbered ones are ("decades-long" → PXY, "two decades" → P20Y)
    const l = u.letter === 'DE' || u.letter === 'CE' || u.letter === 'ML' ? 'Y' : u.letter === 'WE' ? 'WE' : u.letter;
    return `P${u.time ? 'T' : ''}X${l}`;
  }
  let k = n * (u.mult ?? 1);
  let letter = u.letter;
  if (letter === 'DE') { k *= 10; letter = 'Y'; }
  else if (letter === 'CE') { k *= 100; letter = 'Y'; }
  else if (letter === 'ML') { k *= 1000; letter = 'Y'; }
  else if (letter === 'Q' && !Number.isInteger(k)) { k *= 3; letter = 'M'; }
  else if (letter === 'WE') { k *= 2; letter = 'D'; }
  if (!Number.isInteger(k)) {
    // half units: "2 1/2 years" → P2Y6M, "5 1/2 hours" → PT5H30M
    const whole = Math.floor(k);
    const sub: Record<string, readonly [number, string]> = u.time
      ? { H: [60, 'M'], M: [60, 'S'] }
      : { Y: [12, 'M'], M: [30, 'D'], W: [7, 'D'], D: [24, 'H'] };
    const sm = sub[letter];
    if (sm && whole > 0) {
      const rest = Math.round((k - whole) * sm[0]);
      if (letter === 'D') return `P${whole}DT${rest}H`;
      return `P${u.time ? 'T' : ''}${whole}${letter}${letter === 'D' ? 'T' : ''}${rest}${sm[1]}`;
    }
    if (letter === 'Y') { k *= 12; letter = 'M'; }
    else if (letter === 'M' && !u.time) { k *= 30; letter = 'D'; }
    else if (letter === 'W') { k *= 7; letter = 'D'; }
    else if (letter === 'D') { k *= 24; return `PT${Math.round(k)}H`; }
    else if (letter === 'H') { k *= 60; letter = 'M'; }
  }
  return `P${u.time ? 'T' : ''}${Math.round(k * 100) / 100}${letter}`;
}

export const PARTS_OF_DAY: Record<string, string> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI', daytime: 'DT', midday: 'MI',
};
