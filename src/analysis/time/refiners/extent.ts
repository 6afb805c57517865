/**
 * Extents follow TimeML: no leading prepositions ("on Monday" → "Monday"),
 * no trailing punctuation; determiners and modifiers stay.
 */
import type { Candidate } from '../rule.ts';

const LEADING = /^(?:on|in|at|during|over|since|until|till|by|for|from|through|throughout|of|as of)\s+/i;

export function refineExtent(c: Candidate, text: string): Candidate | null {
  let { start, end } = c;
  // the first half of a compound modifier ("quarter-to-quarter comparison", "year-over-year growth") is not a time
  if (/^-(?:to|over|on)-/i.test(text.slice(end, end + 6))) return null;
  let s = text.slice(start, end);
  let m: RegExpExecArray | null;
  while ((m = LEADING.exec(s)) && m[0].length < s.length) {
    start += m[0].length;
    s = s.slice(m[0].length);
  }
  while (end > start && /[\s,.;:]/.test(text[end - 1]!) && !/\b(?:[ap]\.m|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.$/i.test(text.slice(start, end))) end--;
  if (end <= start) return null;
  return { ...c, start, end };
}
