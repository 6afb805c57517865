/**
 * The time normaliser (issue 4): finds every time expression in an article
 * and normalises it to a TIMEX3 value (TimeML conventions) against the
 * publication date.
 *
 * Pipeline, per paragraph:
 *   1. parsers (rule tables in ./parsers: absolute dates, calendar periods,
 *      relative expressions, durations/sets/vague references, clock times)
 *      propose candidates; each rule resolves its value with the tense of its
 *      clause (./tense.ts) and date-fns arithmetic (./resolve.ts);
 *   2. refiners: overlapping candidates are resolved (longest wins, then rule
 *      priority: ./refiners/overlap.ts); chrono-node fills in where no rule
 *      matched (./parsers/chrono.ts); extents are trimmed to TimeML (no
 *      leading prepositions: ./refiners/extent.ts);
 *   3. in document order, anchored expressions ("a year earlier", "the
 *      following day", "the quarter", a bare "10 p.m.") are read against the
 *      last date mentioned (./refiners/anchor.ts);
 *   4. every value gets its granularity and calendar range (./values.ts).
 *
 * News conventions: a bare weekday in a past (or tenseless) clause is the most
 * recent such day, the publication day included; in a future clause the next
 * one. Bare months, seasons, quarters and days without a year are read the
 * same way, with "by/until/effective" looking forward.
 */
import type { Paragraph, TimeExpression } from '../types.ts';
import { splitSentences } from '../segment.ts';
import { absoluteRules } from './parsers/absolute.ts';
import { calendarRules } from './parsers/calendar.ts';
import { relativeRules } from './parsers/relative.ts';
import { durationRules } from './parsers/durations.ts';
import { clockRules } from './parsers/clock.ts';
import { chronoCandidates } from './parsers/chrono.ts';
import { resolveOverlaps } from './refiners/overlap.ts';
import { refineExtent } from './refiners/extent.ts';
import { resolveAnchored, updateAnchor, type AnchorState } from './refiners/anchor.ts';
import { tenseAt, type Tense } from './tense.ts';
import type { Candidate, Ctx, Norm, Rule } from './rule.ts';
import { granularityOf, parseYmd, rangeOf } from './values.ts';

export { rangeOf, granularityOf, shiftValue } from './values.ts';
export { tenseAt, type Tense } from './tense.ts';

export const RULES: Rule[] = [...absoluteRules, ...calendarRules, ...relativeRules, ...durationRules, ...clockRules];

export interface FindTimesOptions {
  /** Use chrono-node as a fallback parser (default true). */
  chrono?: boolean;
  /** Force a tense (normaliseTime's context). */
  tense?: Tense;
}

function candidates(p: Paragraph, dct: Date, dctStr: string, opts: FindTimesOptions): Candidate[] {
  // (split only when a rule asks for the tense of its clause)
  let split: { s: number; e: number; text: string }[] | undefined;
  const sentences = () => (split ??= splitSentences(p, false).map((s) => ({ s: s.start - p.start, e: s.end - p.start, text: s.text })));
  const out: Candidate[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (const m of p.text.matchAll(rule.re)) {
      const index = m.index!;
      let tense: Tense | null | undefined = opts.tense;
      const ctx: Ctx = {
        dct, dctStr, text: p.text, index,
        tense: () => {
          if (tense !== undefined) return tense;
          const s = sentences().find((x) => index >= x.s && index < x.e) ?? { s: 0, text: p.text };
          tense = tenseAt(s.text, index - s.s, index - s.s + m[0].length);
          return tense;
        },
      };
      let norm: Norm | null;
      try {
        norm = rule.build(m as RegExpExecArray, ctx);
      } catch {
        norm = null;
      }
      if (!norm) continue;
      const start = index + (norm.trimStart ?? 0);
      const end = index + m[0].length - (norm.trimEnd ?? 0);
      out.push({ start, end, norm, priority: rule.priority ?? 0, rule: rule.name });
    }
  }
  return out;
}

function finish(c: Candidate, p: Paragraph | null, norm: Norm, offset: number): TimeExpression {
  const value = norm.value;
  const text = p ? p.text.slice(c.start, c.end) : '';
  const t: TimeExpression = {
    text,
    type: norm.type,
    value,
    granularity: norm.granularity ?? (norm.type === 'DURATION' ? 'duration' : norm.type === 'SET' ? 'set' : granularityOf(value)),
    range: norm.range !== undefined ? norm.range : norm.type === 'DURATION' || norm.type === 'SET' ? null : rangeOf(value),
    start: offset + c.start,
    end: offset + c.end,
    paragraph: p?.index ?? 0,
  };
  if (norm.mod) t.mod = norm.mod;
  return t;
}

/** Find and normalise every time expression in the paragraphs of one article. */
export function findTimes(paragraphs: Paragraph[], publicationDate: string, opts: FindTimesOptions = {}): TimeExpression[] {
  const dct = parseYmd(String(publicationDate).slice(0, 10));
  if (Number.isNaN(dct.getTime())) return []; // no usable publication date: nothing can be anchored
  const out: TimeExpression[] = [];
  const state: AnchorState = { anchor: null, paragraph: 0 };
  for (const p of paragraphs) {
    let cands = resolveOverlaps(candidates(p, dct, publicationDate, opts));
    // chrono-node fills in only where no rule matched
    if (opts.chrono !== false) {
      const extra = chronoCandidates(p, dct).filter((c) => !cands.some((k) => c.start < k.end && k.start < c.end));
      cands = cands.concat(resolveOverlaps(extra));
    }
    const chosen = cands.map((c) => refineExtent(c, p.text)).filter((c): c is Candidate => !!c);
    chosen.sort((a, b) => a.start - b.start);
    for (const c of chosen) {
      const norm = resolveAnchored(c.norm, state, p.index);
      const t = finish(c, p, norm, p.start);
      updateAnchor(state, norm, t);
      out.push(t);
    }
  }
  return out;
}

/**
 * Normalise one expression (the whole text, or the best expression found in
 * it) against a publication date. For tests and for the site.
 */
export function normaliseTime(
  text: string,
  publicationDate: string,
  context: { tense?: Tense } = {},
): Omit<TimeExpression, 'start' | 'end' | 'paragraph'> | null {
  const p: Paragraph = { index: 1, text, start: 0, end: text.length };
  const found = findTimes([p], publicationDate, { tense: context.tense });
  if (!found.length) return null;
  const best = [...found].sort((a, b) => b.end - b.start - (a.end - a.start))[0]!;
  const { start: _s, end: _e, paragraph: _p, ...rest } = best;
  return rest;
}
