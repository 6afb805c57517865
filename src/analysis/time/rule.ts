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
  // "postponed / extended / kept closed until Friday": a deadline set in the past still looks forward
  if (/\b(?:postponed|delayed|deferred|extended|adjourned|suspended|closed|shut|kept|gave|given|granted|remain|remains|stay|stays)\b[^.;:]{0,40}?\b(?:until|till)\s+(?:(?:early|late|mid)[- ]?\s*)?$/i.test(text.slice(Math.max(0, index - 70), index))) return 'future';
  // "by/until March" look forward unless the clause is in the past ("had filed reports by Wednesday")
  if (/\b(by|until|till|through|before)\s+(?:(?:early|late|mid)[- ]?\s*)?$/i.test(before)) return tense === 'past' ? 'past' : 'future';
  if (/\b(since|ended|ending|as of)\s+(?:(?:early|late|mid)[- ]?\s*)?$/i.test(before)) return 'past';
  return null;
}

/** True when a matched word starts with a capital letter. */
export const capitalised = (s: string | undefined): boolean => !!s && /^\p{Lu}/u.test(s);

const FUNCTION_WORDS = new Set([
  'on', 'and', 'but', 'or', 'so', 'until', 'till', 'by', 'for', 'as', 'even', 'only', 'just', 'since', 'from', 'at', 'in', 'of', 'to',
  'yesterday', 'tomorrow', 'today', 'tonight', 'now', 'then', 'yet', 'still', 'also', 'not', 'than', 'that', 'the', 'a', 'an', 'i', 'we',
]);

/** A headline or title-case line: most of its longer words are capitalised. */
function titleCase(text: string): boolean {
  const words = text.match(/\p{L}{4,}/gu) ?? [];
  if (words.length < 4) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length > 0.6;
}

/**
 * A capitalised expression that is part of a name or title rather than a
 * time: a quoted title-case title ("Fox News Sunday"), or a title-case
 * deictic word after a capitalised word mid-sentence (USA Today, Russia
 * Today, CBS This Morning). Lower-case "today" is never a name.
 */
export function partOfName(text: string, start: number, end: number, deictic = false): boolean {
  const expr = text.slice(start, end);
  if (!/^\p{Lu}/u.test(expr) || titleCase(text)) return false;
  // inside a quoted title: every word from the opening quote to the closing one capitalised
  const open = /[“"‘]([^“”"‘’]{0,60})$/u.exec(text.slice(Math.max(0, start - 61), start));
  const close = /^([^“”"‘’]{0,60})[”"’]/u.exec(text.slice(end, end + 61));
  if (open && close) {
    const inner = `${open[1]}${expr}${close[1]}`.replace(/[,.;:!?]+$/, '').trim();
    const words = inner.split(/\s+/);
    if (words.length > expr.split(/\s+/).length && words.every((w) => /^[\p{Lu}\p{N}&]/u.test(w))) return true;
  }
  if (!deictic) return false;
  // all words capitalised ("This Morning", "TODAY") right after a capitalised word
  if (!expr.split(/\s+/).every((w) => /^\p{Lu}/u.test(w))) return false;
  const prev = /(\p{L}[\p{L}.&]*)\s$/u.exec(text.slice(Math.max(0, start - 30), start));
  if (!prev || !/^\p{Lu}/u.test(prev[1]!) || FUNCTION_WORDS.has(prev[1]!.toLowerCase())) return false;
  // a full stop after a word ends the sentence ("… on Wednesday. Yesterday, …"); initials do not ("U.S.")
  return !/\.$/.test(prev[1]!) || /^(?:\p{Lu}\.)+$/u.test(prev[1]!);
}
