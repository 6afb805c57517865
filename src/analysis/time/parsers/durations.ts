/** Durations (P3Y, PT5H, PXY), sets (every Monday, daily), vague references (recently, now, the future). */
import { rx, type Rule } from '../rule.ts';
import { NUMBER_RE, VAGUE_RE, WEEKDAY_RE, durationValue, parseNumber, weekdayNumber } from '../lexicon.ts';

const QUANT = '(?:more than|less than|fewer than|nearly|almost|about|around|roughly|approximately|some|at least|at most|over|up to|under|only|just|barely|within|close to|upwards of|as many as)';
const QMOD: Record<string, string> = {
  'more than': 'MORE_THAN', over: 'MORE_THAN', 'upwards of': 'MORE_THAN', 'less than': 'LESS_THAN', 'fewer than': 'LESS_THAN', under: 'LESS_THAN',
  nearly: 'APPROX', almost: 'APPROX', about: 'APPROX', around: 'APPROX', roughly: 'APPROX', approximately: 'APPROX', some: 'APPROX', 'close to': 'APPROX',
  'at least': 'EQUAL_OR_MORE', 'at most': 'EQUAL_OR_LESS', 'up to': 'EQUAL_OR_LESS', within: 'EQUAL_OR_LESS', 'as many as': 'EQUAL_OR_LESS',
};
const UNIT = '(seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?|years?|decades?|century|centuries|millennium|millennia)';
const SET_UNIT: Record<string, string> = {
  second: 'PT1S', minute: 'PT1M', hour: 'PT1H', day: 'P1D', night: 'P1D', week: 'P1W', weekend: 'P1WE', month: 'P1M', quarter: 'P1Q', year: 'P1Y', decade: 'P10Y', century: 'P100Y',
  morning: 'XXXX-XX-XXTMO', afternoon: 'XXXX-XX-XXTAF', evening: 'XXXX-XX-XXTEV',
};

export const durationRules: Rule[] = [
  {
    name: 'duration',
    priority: 3,
    re: rx(`(?:(the|a|an|another)\\s+)?(?:(past|last|next|coming|previous|first|final|following|latest|remaining|initial|ensuing|preceding|same|entire|whole|full|other)\\s+)?(?:(${QUANT})\\s+)?(${NUMBER_RE}|${VAGUE_RE}|the)[- ](?:(more|additional|full|straight|consecutive|extra|long|trading|business|working|calendar)\\s+)?${UNIT}(?:[- ](long|old))?(\\s+and\\s+a\\s+half)?`),
    build(m, ctx) {
      const det = m[1]?.toLowerCase();
      let numRaw = m[4]!.toLowerCase();
      if (numRaw === 'the') {
        // "the past year", "the last decade": one unit
        if (!m[2]) return null;
        numRaw = 'one';
      }
      let n = parseNumber(numRaw);
      if (n === undefined) return null;
      if (m[8] && typeof n === 'number') n += 0.5;
      // titles: "60 Minutes", "Two Weeks Notice" (a capitalised unit inside a sentence)
      if (/^\p{Lu}/u.test(m[6]!) && ctx.index > 0 && !/[.!?]\s*$/.test(ctx.text.slice(0, ctx.index))) return null;
      const unit = m[6]!.toLowerCase();
      // "a decades-long feud", "an hours-long standoff": the article goes with the noun, not the unit
      if ((numRaw === 'a' || numRaw === 'an' || numRaw === 'one') && (/s$/.test(unit) || unit === 'millennia') && !m[8]) return null;
      const after = ctx.text.slice(ctx.index + m[0].length, ctx.index + m[0].length + 20);
      const before = ctx.text.slice(Math.max(0, ctx.index - 25), ctx.index);
      // ages ("a 6-year-old", "52 years old") are not time expressions in TimeML news annotation
      if (m[7]?.toLowerCase() === 'old') return null;
      // fractions: "three-quarters", "a second" (term), "a minute" share of attention
      if (/^quarters?$/i.test(unit) && /-quarters?$/i.test(m[0]) && !/[- ]long/i.test(m[0])) return null;
      if (/^quarter$/i.test(unit) && (numRaw === 'a' || numRaw === 'one') && /^\s*,?\s*of\b/i.test(after)) return null; // "a quarter of the market"
      if (/^second$/i.test(unit) && (numRaw === 'a' || numRaw === 'an') && !/\b(for|in|within|than|about|every|each|per|just|only)\s+$/i.test(before)) return null;
      // a number other than one with a singular unit is a modifier ("the 1988 quarter"), unless hyphenated
      const hyphen = /[\d\p{L}]-\p{L}+$/u.test(m[0].replace(/[- ]long$/i, ''));
      if (!hyphen && typeof n === 'number' && n > 100 && !/s$/i.test(unit)) return null;
      if (typeof n === 'number' && n > 1000 && !/thousand/i.test(numRaw)) return null;
      // "ago", "earlier", "later": handled by the relative rules
      if (/^\s+(ago|from now|hence|earlier|later|previously)\b/i.test(after) || /^\s+(before|after)\s*([.,;:)]|$)/i.test(after)) {
        // "a minute and a half later": the relative rules do not read halves
        if (!(m[8] && /^\s+(earlier|later)\b/i.test(after))) return null;
      }
      // per-unit rates: "$5 a year", "twice a week" → SET
      if ((numRaw === 'a' || numRaw === 'an') && !det && !m[2] && !m[3] && /(\d|%|percent|times|twice|once|thrice|cents?|dollars?|\b(?:hour|day|week|month|year)s?)\s*$/i.test(before)) {
        const u = unit.replace(/s$/, '');
        return SET_UNIT[u] ? { type: 'SET', value: SET_UNIT[u]! } : null;
      }
      // "One day, …" opening a sentence is an indefinite time; "a day" alone is too weak to report
      if ((numRaw === 'one' || numRaw === 'a') && /^day$/i.test(unit) && !det && !m[2] && !m[3] && !/\b(for|in|within|than|about|over|after|per|every|each)\s+$/i.test(before)) {
        if (numRaw === 'a') return null;
        if (/(^|[.!?]["”’']?)\s*$/.test(before)) return { type: 'DATE', value: /\b(will|would|could|might|may|hope)\b/i.test(ctx.text) ? 'FUTURE_REF' : 'PAST_REF' };
      }
      const q = m[3]?.toLowerCase();
      let mod = q ? QMOD[q] : undefined;
      if (q === 'nearly' || q === 'almost') mod = 'LESS_THAN';
      return { type: 'DURATION', value: durationValue(n, unit), mod };
    },
  },
  {
    name: 'long-adjective',
    priority: 3,
    re: rx(`(day|week|month|year|decade|hour|minute|century|days|weeks|months|years|decades|hours|centuries)-long`),
    build(m) {
      const u = m[1]!.toLowerCase();
      return { type: 'DURATION', value: durationValue(/s$/.test(u) ? 'X' : 1, u) };
    },
  },
  {
    name: 'bare-plural-duration',
    priority: 1,
    re: rx(`(?:the\\s+)?(seconds|minutes|hours|days|weeks|months|years|decades|centuries)(?:\\s+(ahead|to come))?`),
    build(m, ctx) {
      const before = ctx.text.slice(Math.max(0, ctx.index - 16), ctx.index);
      const after = ctx.text.slice(ctx.index + m[0].length, ctx.index + m[0].length + 12);
      if (!m[2] && /^\s+(later|earlier)\b/i.test(after) && !/^the\s/i.test(m[0])) return { type: 'DURATION', value: durationValue('X', m[1]!) };
      if (!m[2] && !/\b(for|in|over|within|after|take|takes|took|taken|lasted|last|spent|spend|than|during)\s+$/i.test(before)) return null;
      if (/^the\s/i.test(m[0]) && !m[2]) return null;
      return { type: 'DURATION', value: durationValue('X', m[1]!) };
    },
  },
  {
    name: 'set',
    priority: 4,
    re: rx(`(?:(every|each|per)\\s+(other\\s+)?(?:(${NUMBER_RE})\\s+)?(second|minute|hour|day|night|week|weekend|month|quarter|year|decade|morning|afternoon|evening|(?:seconds|minutes|hours|days|weeks|months|years)|${WEEKDAY_RE})|(daily|weekly|monthly|annually|yearly|quarterly|hourly|nightly|biweekly|fortnightly|twice a (?:day|week|month|year)|once a (?:day|week|month|year)))`),
    build(m, ctx) {
      if (m[5]) {
        const w = m[5].toLowerCase();
        // "Breitbart News Daily", "the Daily Telegraph": names
        if (/^\p{Lu}/u.test(m[5]) && ctx.index > 0 && !/[.!?]["”’']?\s*$/.test(ctx.text.slice(0, ctx.index))) return null;
        const map: Record<string, string> = { daily: 'P1D', weekly: 'P1W', monthly: 'P1M', annually: 'P1Y', yearly: 'P1Y', quarterly: 'P3M', hourly: 'PT1H', nightly: 'P1D', biweekly: 'P2W', fortnightly: 'P2W' };
        const v = map[w] ?? SET_UNIT[w.replace(/^(twice|once) a /, '')] ?? 'P1D';
        if (w === 'quarterly' || w === 'annually' || w === 'yearly') {
          // mostly adjectives of reports and dividends ("quarterly dividend"): only after a verb or a number
          if (!/^\s*([.,;]|$)/.test(ctx.text.slice(ctx.index + m[0].length, ctx.index + m[0].length + 3))) return null;
        }
        return { type: 'SET', value: v };
      }
      const unit = m[4]!.toLowerCase();
      const wd = weekdayNumber(unit);
      if (wd) return { type: 'SET', value: `XXXX-WXX-${wd}` };
      let n: number | 'X' | undefined = m[3] ? parseNumber(m[3]) : 1;
      if (n === undefined) n = 1;
      if (m[2]) n = typeof n === 'number' ? 2 * n : n;
      const u = unit.replace(/s$/, '');
      if (n === 1 && SET_UNIT[u]) return { type: 'SET', value: SET_UNIT[u]! };
      return { type: 'SET', value: durationValue(n, u) };
    },
  },
  {
    name: 'vague-reference',
    priority: 2,
    re: rx(`((?:in )?recent weeks and months|in the (?:past|last) (?:few|several) (?:days|weeks|months|years|decades)|recent (?:days|weeks|months|years|decades|times)|the coming (?:days|weeks|months|years)|coming (?:days|weeks|months|years)|as soon as possible|the (?:near|short|long|medium|near) (?:future|term)|the future|the time being|the present|at the moment|at this time|at present|more recently|until recently|right now|just now|nowadays|these days|currently|presently|recently|lately|formerly|in the past|the past|current|recent|now)`),
    build(m, ctx) {
      const t = m[1]!.toLowerCase();
      const after = ctx.text.slice(ctx.index + m[0].length, ctx.index + m[0].length + 24);
      const before = ctx.text.slice(Math.max(0, ctx.index - 20), ctx.index);
      if (/^(now|right now|just now|currently|presently|at present|at the moment|nowadays|these days|the present|the time being|at this time)$/.test(t)) {
        if (t === 'now' && /^\s*than\b/i.test(after)) return null;
        if (t === 'now' && /\b(until|till|from|by|right)\s+$/i.test(before)) return { type: 'DATE', value: 'PRESENT_REF' };
        if (t === 'the present' && !/\b(to|until|at|for)\s+$/i.test(before)) return null;
        return { type: 'DATE', value: 'PRESENT_REF' };
      }
      if (t === 'current') {
        // "current" as a time adjective: current quarter/year handled elsewhere; skip electric/ocean currents & accounts
        if (/^\s+(account|accounts|affairs|events?|flows?|assets?|liabilities|ratio|generation|president|chairman|members?|owners?|holders?|version|form|law|laws|rules?|system|situation|management|crisis|policy|policies|leaders?|leadership)\b/i.test(after)) {
          if (!/^\s+(account|accounts|affairs|assets|liabilities|ratio)\b/i.test(after)) return { type: 'DATE', value: 'PRESENT_REF' };
          return null;
        }
        if (/^\s*(s|ly)\b/.test(after)) return null;
        return { type: 'DATE', value: 'PRESENT_REF' };
      }
      if (t === 'earlier') {
        // a bare adverb: "as he said earlier"; not "earlier this year", "earlier than"
        if (!/^\s*([.,;)"”]|$|in the|on|today|this)/i.test(after) || /^\s*(than|this|today|in the (day|week|month|year))\b/i.test(after)) return null;
        return { type: 'DATE', value: 'PAST_REF' };
      }
      if (t === 'once') {
        if (!/\b(was|were|had|has|have)\s+$/i.test(before)) return null;
        return { type: 'DATE', value: 'PAST_REF' };
      }
      if (t === 'recent') {
        if (/^\s+(years|months|weeks|days|decades|times|quarters)\b/i.test(after)) return null;
        return { type: 'DATE', value: 'PAST_REF' };
      }
      if (t === 'future') {
        if (/^\s+(tense|perfect)\b/i.test(after)) return null;
        return { type: 'DATE', value: 'FUTURE_REF' };
      }
      if (t === 'the past' && /^\s+(\d|few|several|two|three|four|five|six|seven|eight|nine|ten|week|month|year|decade|day|century)/i.test(after)) return null;
      if (t === 'shortly' && /^\s+(after|before)\b/i.test(after)) return null;
      if (/^(the )?coming (weeks|months|years|days)$/.test(t) || /^recent (days|weeks|months|years|decades)$/.test(t)) {
        // TimeML annotates "recent years", "the coming weeks" as vague durations
        return { type: 'DURATION', value: durationValue('X', t.split(' ').pop()!) };
      }
      if (/^(recently|more recently|until recently|lately|recent|previously|formerly|the past|in the past|recent |in recent|in the (past|last))/.test(t)) return { type: 'DATE', value: 'PAST_REF' };
      return { type: 'DATE', value: 'FUTURE_REF' };
    },
  },
];
