/**
 * Tokens of a paragraph for statement extraction. A quotation (marks
 * included) is a single token of type `quote`, so cue patterns never look
 * inside quoted words. Offsets are body offsets.
 */
import type { Paragraph } from '../types.ts';
import { cueInfo, WEEKDAYS } from './cues.ts';
import type { Quote } from './quotes.ts';

export interface Token {
  type: 'word' | 'punct' | 'quote';
  text: string;
  /** Lower-cased text with curly apostrophes made straight. */
  lower: string;
  start: number;
  end: number;
  quote?: Quote;
  /** In a title-case headline: capitalisation says nothing about names. */
  title?: boolean;
}

/** Abbreviations that keep their full stop inside the word token. */
const ABBREV = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'reps', 'sens', 'gov', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm',
  'st', 'jr', 'sr', 'rev', 'hon', 'pres', 'supt', 'insp', 'det', 'cmdr', 'atty', 'amb', 'sec', 'gens',
  'inc', 'corp', 'co', 'ltd', 'bros', 'dept', 'no', 'vs', 'v', 'etc', 'al',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'calif', 'fla', 'mass', 'penn', 'wash', 'ariz', 'colo', 'conn', 'ill', 'ind', 'kan', 'mich', 'minn', 'miss', 'nev', 'okla', 'ore', 'tenn', 'tex', 'va', 'wis', 'ky', 'la', 'md', 'mo', 'pa', 'ga', 'ala', 'del',
]);

const WORD_RE = /(?:\p{L}\.){2,}|[\p{L}\p{N}$£€#@][\p{L}\p{N}'’\-.,/%&]*[\p{L}\p{N}%]|[\p{L}\p{N}$£€#@%]|[^\s]/gu;

/** A number with a decimal point never keeps a following full stop: "rose to $791.34. The firm" ends a sentence. */
function decimalNumber(w: string): boolean {
  return /^[$£€]?\d[\d,]*\.\d+%?$/.test(w);
}

function pushWords(text: string, base: number, from: number, to: number, out: Token[]) {
  const slice = text.slice(from, to);
  WORD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD_RE.exec(slice))) {
    let w = m[0];
    // A word must not swallow a trailing list comma/full stop ("1,000" and "U.S." are fine).
    if (!/^(?:\p{L}\.){2,}$/u.test(w)) w = w.replace(/[.,]+$/, '');
    if (!w) w = m[0];
    const start = base + from + m.index;
    const isWord = /[\p{L}\p{N}]/u.test(w);
    if (isWord) {
      let end = start + w.length;
      // abbreviation or initial with its full stop
      const next = text[from + m.index + w.length];
      // ("then-Sen. Lee", "ex-Gov. Roe": a title after a prefix of time keeps its full stop too)
      if (next === '.' && (ABBREV.has(w.toLowerCase()) || (/^(then|ex|former)-/.test(w.toLowerCase()) && ABBREV.has(w.toLowerCase().replace(/^(then|ex|former)-/, ''))) || /^\p{Lu}$/u.test(w) || (/\./.test(w) && !decimalNumber(w)) || (/^\p{Lu}-\p{Lu}/u.test(w) && text[from + m.index + w.length + 1] === ')') || (/^\p{Lu}/u.test(w) && text[from + m.index + w.length + 1] === ','))) end += 1;
      // plural possessive: "teachers’ union"
      if ((next === '’' || next === "'") && /s$/.test(w) && / \p{Ll}/u.test(text.slice(from + m.index + w.length + 1, from + m.index + w.length + 3))) end += 1;
      const t = text.slice(start - base, end - base);
      out.push({ type: 'word', text: t, lower: t.toLowerCase().replace(/’/g, "'"), start, end });
      WORD_RE.lastIndex = end - base - from;
    } else {
      out.push({ type: 'punct', text: w, lower: w, start, end: start + w.length });
    }
  }
}

/** Tokenise a paragraph; quotes (from findQuotes) become single tokens. */
export function tokenize(p: Paragraph, quotes: Quote[]): Token[] {
  const out: Token[] = [];
  let pos = 0;
  for (const q of quotes) {
    const qs = q.outerStart - p.start;
    const qe = q.outerEnd - p.start;
    if (qs > pos) pushWords(p.text, p.start, pos, qs, out);
    out.push({ type: 'quote', text: p.text.slice(qs, qe), lower: '', start: q.outerStart, end: q.outerEnd, quote: q });
    pos = qe;
  }
  if (pos < p.text.length) pushWords(p.text, p.start, pos, p.text.length, out);
  return out;
}

const TERMINAL = new Set(['.', '!', '?', '…']);

/**
 * "… attacks in the U.S. He says …": an abbreviation with dots ("U.S.", "D.C.", "p.m.") holds the full stop
 * of its sentence when a subject pronoun or a determiner opens the next one.
 */
function abbreviationEndsSentence(t: Token, next: Token | undefined): boolean {
  return t.type === 'word' && /^(?:\p{L}\.){2,}$/u.test(t.text) && !!next && next.type === 'word' && /^(He|She|They|We|It|I|The|This|That|These|Those|But|And)$/.test(next.text);
}

/**
 * Split a paragraph's tokens into sentences: after . ! ? outside quotations,
 * or after a quotation ending in . ! ? when the next token starts a sentence.
 */
export function sentencesOf(tokens: Token[]): Token[][] {
  const out: Token[][] = [];
  let cur: Token[] = [];
  const startsSentence = (t: Token | undefined) =>
    !!t && (t.type === 'quote' || /^[\p{Lu}\p{N}(“"‘]/u.test(t.text));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    cur.push(t);
    const next = tokens[i + 1];
    if (t.type === 'punct' && TERMINAL.has(t.text)) {
      // keep runs like "?!" together
      if (next && next.type === 'punct' && TERMINAL.has(next.text)) continue;
      if (!next || startsSentence(next)) {
        out.push(cur);
        cur = [];
      }
    } else if (abbreviationEndsSentence(t, next)) {
      out.push(cur);
      cur = [];
    } else if (t.type === 'quote' && t.quote && /[.!?…]\s*$/.test(t.quote.text) && startsSentence(next) && !attributionFollows(tokens, i + 1, /\.\s*$/.test(t.quote.text))) {
      out.push(cur);
      cur = [];
    }
  }
  if (cur.length) out.push(cur);
  return out;
}

/** ", twice, that …": after a reporting verb and its comma, a that-clause of its own before the sentence ends (not ", adding that …"). */
function ownReport(tokens: Token[], from: number): boolean {
  for (let k = from + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.type === 'punct' && TERMINAL.has(t.text)) return false;
    if (t.type === 'word' && /^(adding|saying|noting|explaining)$/.test(t.lower)) return false;
    if (t.type === 'quote') return false;
    if (t.lower === 'that') return true;
  }
  return false;
}

/**
 * “Q?” Graham asked. — a short name and a reporting verb after a quotation belong to its sentence.
 * After a full stop inside the marks (“Q.” Lee disagreed.) only a verb of the cue lexicon attributes:
 * a past tense of manner there opens the writer's next sentence.
 */
function attributionFollows(tokens: Token[], from: number, fullStop = false): boolean {
  for (let j = from; j < Math.min(tokens.length, from + 7); j++) {
    const t = tokens[j]!;
    if (t.type !== 'word') return false;
    if (/^\p{Ll}/u.test(t.text)) {
      // a reporting verb, or a past-tense verb of manner (“Q?” Ortiz pressed.)
      if (!cueInfo(t.lower) && (fullStop || !/^[a-z]{3,}ed$/.test(t.text))) return false;
      const after = tokens[j + 1];
      // “Q?” reacted Ortiz.: an inverted verb and a name closing the sentence
      if (j === from && after && /^\p{Lu}/u.test(after.text)) {
        let k = j + 1;
        while (k < tokens.length && k < j + 5 && tokens[k]!.type === 'word' && /^\p{Lu}/u.test(tokens[k]!.text)) k++;
        return !tokens[k] || tokens[k]!.type === 'punct';
      }
      // ("“Q?” Ortiz said Friday.", "… asked reporters.": a day or an addressee closes the attribution)
      if (after && (WEEKDAYS.has(after.lower) || after.lower === 'reporters')) {
        const k = /^(night|morning|afternoon|evening)$/.test(tokens[j + 2]?.lower ?? '') ? j + 3 : j + 2;
        return !tokens[k] || tokens[k]!.type === 'punct';
      }
      // (“Q.” Lee said, twice, that …: a verb with a reported clause of its own opens the next sentence)
      if (after && fullStop && after.text === ',' && ownReport(tokens, j + 1)) return false;
      // (… when “Q.” Lee added, “R.”: after a quotation that closes a sentence of the writer's with a full stop inside
      // the marks, a verb that introduces a quotation of its own opens the next sentence)
      if (after && fullStop && /^[,:]$/.test(after.text) && tokens[j + 2]?.type === 'quote' && tokens[from - 2]?.type === 'word') return false;
      return !after || after.type === 'punct' || /^(on|in|at|during|after|before|last|this|to|with|outside|as|while|when)$/.test(after.lower);
    }
  }
  return false;
}
