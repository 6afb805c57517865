/**
 * Segmentation of a Markdown body into paragraphs and sentences, with offsets
 * into the body. Markdown block structure comes from mdast (remark's parser):
 * headings, code, HTML and thematic breaks are not paragraphs; every other
 * non-blank line is one paragraph (a single newline starts a new paragraph,
 * as in scraped news and in the evaluation corpora).
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Paragraph, Sentence } from './types.ts';

interface PositionedNode {
  type: string;
  position?: { start: { offset?: number }; end: { offset?: number } };
  children?: PositionedNode[];
}

const NON_TEXT_BLOCKS = new Set(['heading', 'code', 'html', 'thematicBreak', 'definition', 'yaml', 'toml']);

/** Lines that are scraped-page furniture, never article text. */
export const BOILERPLATE_LINES = [
  /^advertisement$/i,
  /^(sponsored|promoted)( content)?$/i,
  /^(read|see) (more|also)(:.{0,80})?$/i,
  /^share( this( article| story| page)?)?( on (facebook|twitter|x|linkedin|whatsapp|email))?:?$/i,
  /^(subscribe|sign up)( (now|today|to our newsletter|for (our|free) newsletters?))?[.!]?$/i,
  /^(related|recommended)( (stories|articles|content|coverage))?:?$/i,
  /^skip (to (main )?content|advertisement)$/i,
  /^story continues below( advertisement)?$/i,
];

export function isBoilerplate(line: string): boolean {
  const t = line.trim();
  return BOILERPLATE_LINES.some((re) => re.test(t));
}

/**
 * Can the body hold no heading, code, HTML, thematic break or definition? True when it has no "<" and no
 * carriage return, and no line opens with white space, a Markdown marker (# ` ~ = - * _ + > [) or a
 * list number ("1." "2)"): then every line is a paragraph's, and Markdown parsing finds nothing to leave out.
 * (Speed: most scraped news bodies are such text, and parsing them is a large share of an article's analysis.)
 */
export function plainParagraphs(body: string): boolean {
  return !/[<\r]/.test(body) && !/(?:^|\n)(?:[ \t#`~=\-*_+>[]|\d{1,9}[.)])/.test(body);
}

/** Body ranges covered by blocks that are not article text (headings, code, html). */
function excludedRanges(body: string): [number, number][] {
  if (plainParagraphs(body)) return [];
  const tree = fromMarkdown(body) as PositionedNode;
  const out: [number, number][] = [];
  const walk = (node: PositionedNode) => {
    for (const child of node.children ?? []) {
      if (NON_TEXT_BLOCKS.has(child.type)) {
        const s = child.position?.start.offset;
        const e = child.position?.end.offset;
        if (s !== undefined && e !== undefined) out.push([s, e]);
      } else if (child.children) {
        walk(child);
      }
    }
  };
  walk(tree);
  return out;
}

/** Split a Markdown body into numbered paragraphs. */
export function segmentParagraphs(body: string): Paragraph[] {
  const excluded = excludedRanges(body);
  const paragraphs: Paragraph[] = [];
  let offset = 0;
  for (const line of body.split('\n')) {
    const lineStart = offset;
    offset += line.length + 1;
    // Trim, keeping offsets exact.
    const lead = line.length - line.trimStart().length;
    const text = line.trim();
    if (!text) continue;
    const start = lineStart + lead;
    const end = start + text.length;
    if (excluded.some(([s, e]) => start >= s && start < e)) continue;
    if (isBoilerplate(text)) continue;
    paragraphs.push({ index: paragraphs.length + 1, text, start, end });
  }
  return paragraphs;
}

const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm',
    'st', 'jr', 'sr', 'rev', 'hon', 'pres', 'supt', 'insp', 'det', 'cmdr', 'atty', 'amb', 'sec',
    'inc', 'corp', 'co', 'ltd', 'llc', 'bros', 'dept', 'univ', 'assn', 'no', 'nos', 'vs', 'v', 'etc', 'al',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
    'ft', 'mt', 'ave', 'blvd', 'rd', 'approx', 'est', 'fig', 'e.g', 'i.e', 'a.m', 'p.m',
    'u.s', 'u.k', 'u.n', 'e.u', 'd.c', 'u.s.a', 'calif', 'fla', 'mass', 'penn', 'wash', 'ariz', 'colo',
    'conn', 'ill', 'ind', 'kan', 'mich', 'minn', 'miss', 'nev', 'okla', 'ore', 'tenn', 'tex', 'va', 'wis', 'ky', 'la', 'md', 'mo', 'n.y', 'n.j',
  ],
);

const OPENING_QUOTES = '“"‘«';
const CLOSERS = '”"’»)]\'';

/** Where the run of letters and full stops that ends at `end` starts (what /([\p{L}.]+)$/u finds in text.slice(0, end), without rescanning the text). */
function wordStart(text: string, end: number): number {
  let k = end;
  while (k > 0) {
    const low = text.charCodeAt(k - 1);
    const pair = k > 1 && low >= 0xdc00 && low <= 0xdfff && text.charCodeAt(k - 2) >= 0xd800 && text.charCodeAt(k - 2) <= 0xdbff;
    const n = pair ? 2 : 1;
    if (!/^[\p{L}.]$/u.test(text.slice(k - n, k))) break;
    k -= n;
  }
  return k;
}

/**
 * Split a paragraph into sentences. A sentence ends at . ! ? (or …) followed
 * by optional closing quotes/brackets, white space and a capital letter, digit
 * or opening quote, unless the word before the full stop is a known
 * abbreviation or an initial. With `respectQuotes`, no split is made inside a
 * double quotation that closes later in the same paragraph.
 */
export function splitSentences(p: Paragraph, respectQuotes = true): Sentence[] {
  const text = p.text;
  const out: Sentence[] = [];
  let sentStart = 0;
  let inQuote = false;
  const push = (end: number) => {
    const raw = text.slice(sentStart, end);
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (t) out.push({ paragraph: p.index, text: t, start: p.start + sentStart + lead, end: p.start + sentStart + lead + t.length });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '“') inQuote = text.indexOf('”', i + 1) !== -1;
    else if (ch === '”') inQuote = false;
    else if (ch === '"') inQuote = !inQuote && text.indexOf('"', i + 1) !== -1;
    if (!'.!?…'.includes(ch)) continue;
    let j = i + 1;
    while (j < text.length && '.!?…'.includes(text[j]!)) j++;
    let closedQuote = false;
    while (j < text.length && CLOSERS.includes(text[j]!)) {
      if (text[j] === '”' || text[j] === '"') closedQuote = true;
      j++;
    }
    if (j >= text.length) break;
    if (!/\s/.test(text[j]!)) continue;
    let k = j;
    while (k < text.length && /\s/.test(text[k]!)) k++;
    const next = text[k] ?? '';
    if (!(/[\p{Lu}\p{N}]/u.test(next) || OPENING_QUOTES.includes(next))) continue;
    if (ch === '.') {
      const word = text.slice(wordStart(text, i), i);
      const w = word.toLowerCase().replace(/^\.+/, '');
      if (ABBREVIATIONS.has(w)) continue;
      if (/^\p{Lu}$/u.test(word)) continue; // initial: "Donald J. Trump"
    }
    if (respectQuotes && inQuote && !closedQuote) continue;
    if (closedQuote) inQuote = false;
    push(j);
    sentStart = k;
    i = k - 1;
  }
  push(text.length);
  return out;
}

export function segmentSentences(paragraphs: Paragraph[], respectQuotes = true): Sentence[] {
  return paragraphs.flatMap((p) => splitSentences(p, respectQuotes));
}
