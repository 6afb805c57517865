/** Clock times: "3 p.m.", "10:30 a.m. EST Friday", "noon", "midnight" → TIME values on the day they name. */
import { addDays } from 'date-fns';
import { capitalised, cueDirection, rx, type Rule } from '../rule.ts';
import { MONTH_RE, WEEKDAY_RE, monthNumber, weekdayNumber } from '../lexicon.ts';
import { resolveWeekday, yearForMonthDay } from '../resolve.ts';
import { mkDate, pad, ymd } from '../values.ts';

const TZ = '(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|CEST|local time|local|Eastern|Pacific|ET|PT)';
const DAY = `(?:today|yesterday|tomorrow|tonight|${WEEKDAY_RE})`;

export const clockRules: Rule[] = [
  {
    name: 'clock',
    priority: 5,
    re: rx(`(?:(around|about|approximately|shortly after|shortly before|just after|just before|after|before|until|by)\\s+)?(?:(${DAY})(?:\\s+at|,)?\\s+)?(?:(\\d{1,2})(?:[:.](\\d{2}))?\\s*(a\\.?m\\.?|p\\.?m\\.?|o[’']clock|in the (?:morning|afternoon|evening))|(noon|midnight|midday)|(\\d{1,2}):(\\d{2})(?=\\s*(?:${TZ}|hours|h\\b|GMT)))(?:\\s+(${TZ}))?(?:,?\\s+(?:on\\s+)?(${DAY}))?(?:,?\\s+(${MONTH_RE})\\s*(\\d{1,2})(?!\\d))?`),
    build(m, ctx) {
      let h: number;
      let min = 0;
      if (m[3]) {
        h = +m[3];
        min = m[4] ? +m[4] : 0;
        const ampm = m[5]!.toLowerCase();
        if (h > 12 || min > 59) return null;
        if (/^p|afternoon|evening/.test(ampm) && h < 12) h += 12;
        if (/^a|morning/.test(ampm) && h === 12) h = 0;
      } else if (m[6]) {
        if (/\bhigh\s+$/i.test(ctx.text.slice(Math.max(0, ctx.index - 6), ctx.index))) return null; // "High Noon"
        h = m[6].toLowerCase() === 'midnight' ? 24 : 12; // midnight ends the day it names: T24:00
      } else {
        h = +m[7]!;
        min = +m[8]!;
        if (h > 24 || min > 59) return null;
      }
      const dayWord = m[2] ?? m[10];
      const zulu = /^(UTC|GMT)$/i.test(m[9] ?? '') ? 'Z' : '';
      let d = ctx.dct;
      if (dayWord) {
        const w = dayWord.toLowerCase();
        if (w === 'yesterday') d = addDays(d, -1);
        else if (w === 'tomorrow') d = addDays(d, 1);
        else if (weekdayNumber(w)) {
          if (!capitalised(dayWord)) return null;
          // "until 9 a.m. Tuesday": the cue word may open the match
          const cue = cueDirection(m[1] ? `${ctx.text.slice(0, ctx.index)}${m[1]} ` : ctx.text, m[1] ? ctx.index + m[1].length + 1 : ctx.index, ctx.tense());
          d = resolveWeekday(ctx.dct, weekdayNumber(w)!, (cue ?? ctx.tense()) === 'future' ? 'future' : 'past');
        }
      }
      if (m[11]) {
        const mo = monthNumber(m[11])!;
        const dd = +m[12]!;
        d = mkDate(yearForMonthDay(ctx.dct, mo, dd, ctx.tense()), mo, dd);
      }

      const q = m[1]?.toLowerCase();
      const mod = q === 'around' || q === 'about' || q === 'approximately' ? 'APPROX' : q === 'after' || q === 'shortly after' || q === 'just after' ? 'AFTER' : q === 'before' || q === 'shortly before' || q === 'just before' ? 'BEFORE' : undefined;
      const hm = `T${pad(h)}:${pad(min)}${zulu}`;
      const explicitDay = !!(dayWord || m[11]);
      return {
        type: 'TIME', value: `${ymd(d)}${hm}`, mod, anchor: explicitDay, trimStart: q && !mod ? m[1]!.length + 1 : 0,
        // a bare clock time belongs to the day in focus (the last day mentioned), unless it opens the
        // paragraph: a live-blog time stamp ("___. 3:25 p.m. The senator said …") is the publication day
        resolve: explicitDay || /^[\s_.—–-]*$/.test(ctx.text.slice(0, ctx.index))
          ? undefined
          : (a) => (a && /^\d{4}-\d{2}-\d{2}/.test(a) ? { value: `${a.slice(0, 10)}${hm}` } : null),
      };
    },
  },
];
