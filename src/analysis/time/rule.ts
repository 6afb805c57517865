/** The shape of a time parser rule and the context it resolves against. */
import type { DateRange, Granularity, TimexType } from '../types.ts';
import type { Tense } from './tense.ts';

export interface Ctx {
  /** Publication date (document creation time). */
  dct: Date;
  dctStr: string;
  /** Paragraph text and the match's start in it. */
  text: string;
  index: number;
  /** Tense of the clause around the match (lazy). */
  tense: () => Tense | null;
}

export interface Norm {
  type: TimexType;
  value: string;
  mod?: string;
  granularity?: Granularity;
  /** Override the range computed from the value (e.g. "earlier this year" ends at the publication date). */
  range?: DateRange | null;
  /** Resolved later against the last anchored date in the article ("a year earlier", "the following day"). */
  resolve?: (anchor: string | null, near: boolean) => Partial<Norm> | null;
  /** Whether this value may serve as an anchor for later relative expressions. */
  anchor?: boolean;
  /** Trim the match: characters to drop from the start / end. */
  trimStart?: number;
  trimEnd?: number;
}

/** A candidate expression in a paragraph (offsets relative to the paragraph text). */
export interface Candidate {
  start: number;
  end: number;
  norm: Norm;
  /** Higher wins among overlapping candidates of the same length. */
  priority: number;
  /** Name of the rule that found it ("chrono" for the chrono-node fallback). */
  rule: string;
}

export interface Rule {
  name: string;
  re: RegExp;
  /** Higher wins when two candidates have the same length. */
  priority?: number;
  build(m: RegExpExecArray, ctx: Ctx): Norm | null;
}

/** Build a global, case-insensitive, unicode regexp bounded by non-word characters. */
export function rx(source: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${source})(?![\\p{L}\\p{N}_])`, 'giu');
}

/**
 * Direction given by the words just before an expression: "by/until/through/
 * effective March" look forward, "since/ended March" look back.
 */
export function cueDirection(text: string, index: number, tense: 'past' | 'present' | 'future' | null = null): 'past' | 'present' | 'future' | null {
  const before = text.slice(Math.max(0, index - 24), index);
  if (/\b(effective|starting|due|expected in|scheduled for|planned for|set for|ahead of)\s+(?:(?:early|late|mid)[- ]?\s*)?$/i.test(before)) return 'future';
  // "by/until March" look forward unless the clause is in the past ("had filed reports by Wednesday")
  if (/\b(by|until|till|through|before)\s+(?:(?:early|late|mid)[- ]?\s*)?$/i.test(before)) return tense === 'past' ? 'past' : 'future';
  if (/\b(since|ended|ending|as of)\s+(?:(?:early|late|mid)[- ]?\s*)?$/i.test(before)) return 'past';
  return null;
}

/** True when a matched word starts with a capital letter. */
export const capitalised = (s: string | undefined): boolean => !!s && /^\p{Lu}/u.test(s);
