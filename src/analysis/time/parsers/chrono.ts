/**
 * chrono-node as a fallback parser: formats the rule parsers do not cover
 * (e.g. "10 Feb." forms, "the 3rd", time ranges). A chrono result is kept
 * only when chrono is certain of the day or month, and only where no rule
 * matched; its value is built from the certain components.
 */
import * as chrono from 'chrono-node';
import type { Paragraph } from '../../types.ts';
import { pad } from '../values.ts';
import type { Candidate } from '../rule.ts';

const parser = chrono.casual.clone();

export function chronoCandidates(p: Paragraph, dct: Date): Candidate[] {
  const out: Candidate[] = [];
  // (speed: a result's text is made of pieces of the paragraph, and one without a digit is dropped below)
  if (!/\d/.test(p.text)) return out;
  for (const r of parser.parse(p.text, dct)) {
    const c = r.start;
    if (r.end || !/\d/.test(r.text) || !/\p{L}/u.test(r.text)) continue; // ranges and word-only results are the rules' business
    if (!c.isCertain('day') && !c.isCertain('month')) continue;
    if (!c.isCertain('month')) continue; // relative words are the rules' business
    const y = c.get('year')!;
    const date = c.isCertain('day') ? `${pad(y, 4)}-${pad(c.get('month')!)}-${pad(c.get('day')!)}` : `${pad(y, 4)}-${pad(c.get('month')!)}`;
    const value = c.isCertain('hour') ? `${date}T${pad(c.get('hour')!)}:${pad(c.get('minute') ?? 0)}` : date;
    out.push({ start: r.index, end: r.index + r.text.length, norm: { type: c.isCertain('hour') ? 'TIME' : 'DATE', value, anchor: true }, priority: -1, rule: 'chrono' });
  }
  return out;
}
