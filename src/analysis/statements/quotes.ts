/**
 * Quotation spans in a paragraph: curly and straight double marks, nested
 * single marks inside them, ‘…’ used as outer marks (headlines), and an
 * opening mark left open at the paragraph's end (a quotation that continues
 * in the next paragraph).
 */
import type { Paragraph } from '../types.ts';

export interface Quote {
  paragraph: number;
  /** Offsets of the quoted words, marks excluded (body offsets). */
  start: number;
  end: number;
  /** Offsets including the marks. */
  outerStart: number;
  outerEnd: number;
  /** The quoted words, marks excluded, trimmed. */
  text: string;
  /** False when the paragraph ended before a closing mark. */
  closed: boolean;
  /** Outer mark style. */
  mark: 'double' | 'single';
  /** No opening mark: the quotation goes on from one left open in the paragraph before. */
  continuesOpen?: boolean;
}

/** '' and `` as double marks (typewriter style, as in some wire and archive copy). */
const TYPEWRITER = true;
const isWordChar = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);

/** Find the top-level quotations of a paragraph. */
export function findQuotes(p: Paragraph): Quote[] {
  const text = p.text;
  const out: Quote[] = [];
  let open = -1;
  let openMark = '';
  let openWidth = 1;
  let depth = 0;
  const push = (o: number, closeAt: number, closed: boolean, mark: 'double' | 'single', closeWidth = 1) => {
    const innerStart = o + (mark === 'double' ? openWidth : 1);
    const innerEnd = closeAt;
    const raw = text.slice(innerStart, innerEnd);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (!/[\p{L}\p{N}]/u.test(trimmed)) return;
    out.push({
      paragraph: p.index,
      start: p.start + innerStart + lead,
      end: p.start + innerStart + lead + trimmed.length,
      outerStart: p.start + o,
      outerEnd: p.start + (closed ? closeAt + closeWidth : closeAt),
      text: trimmed,
      closed,
      mark,
    });
  };
  for (let i = 0; i < text.length; i++) {
    let ch = text[i]!;
    // '' and `` (typewriter double marks) count as a straight double mark
    let width = 1;
    if (TYPEWRITER && ((ch === "'" && text[i + 1] === "'") || (ch === '`' && text[i + 1] === '`'))) {
      ch = '"';
      width = 2;
    }
    // ''' closing an open typewriter quotation: a nested single mark closes with the double mark ('old-school,''');
    // the three marks close the quotation together (its words keep their final comma or stop)
    if (TYPEWRITER && open >= 0 && openMark === '"' && openWidth === 2 && width === 2 && text[i + 2] === "'" && !isWordChar(text[i + 3])) width = 3;
    const prev = text[i - 1];
    const next = text[i + 1];
    if (open < 0) {
      if (ch === '“' || ch === '«') {
        open = i;
        openMark = ch;
        openWidth = 1;
      } else if (ch === '"') {
        open = i;
        openMark = ch;
        openWidth = width;
        i += width - 1;
      } else if (ch === '‘' && !isWordChar(prev) && isWordChar(next)) {
        // single marks as outer quotes: only when a matching close follows
        const close = findSingleClose(text, i + 1);
        if (close > 0) {
          push(i, close, true, 'single');
          i = close;
        }
      }
    } else {
      // a quotation in the other style of double marks nests inside this one
      if (openMark === '"' && ch === '“') { depth++; continue; }
      if (openMark === '"' && ch === '”' && depth > 0) { depth--; continue; }
      if (openMark === '“' && ch === '"' && width === 1 && /\s|^$/.test(prev ?? '') && isWordChar(next) && text.indexOf('"', i + 1) > 0) { depth++; continue; }
      if (openMark === '“' && ch === '"' && width === 1 && depth > 0) { depth--; continue; }
      if (openMark === '“' && ch === '“' && /\s/.test(prev ?? ' ') && nestedCurlyAhead(text, i + 1)) { depth++; continue; }
      if (openMark === '“' && ch === '”' && depth > 0) { depth--; continue; }
      const closes =
        (openMark === '“' && (ch === '”' || (ch === '"' && !isWordChar(next)) || misturnedClose(prev, next, ch) || (depth === 0 && singleMarkClose(text, open, i)))) ||
        (openMark === '«' && ch === '»') ||
        (openMark === '"' && (ch === '"' || ch === '”'));
      if (closes) {
        depth = 0;
        push(open, i, true, 'double', width);
        open = -1;
        i += width - 1;
      } else if (openMark === '“' && ch === '“' && /\s/.test(prev ?? ' ')) {
        // a new opening mark before a close: the previous quotation was left open by mistake
        push(open, i, false, 'double');
        open = i;
      }
    }
  }
  if (open >= 0) push(open, text.length, false, 'double');
  return out;
}

/**
 * “We act even when “our side” is wrong.”: a curly opening mark inside an open curly quotation
 * nests when two closing marks follow before any other opening mark (its own close and the outer one).
 */
function nestedCurlyAhead(text: string, from: number): boolean {
  const next = text.indexOf('“', from);
  const stretch = next < 0 ? text.slice(from) : text.slice(from, next);
  return (stretch.match(/”/g) ?? []).length >= 2;
}

/** “We won,“ she said.: an opening mark right after the quoted words' punctuation and before a space closes them (a misturned mark). */
function misturnedClose(prev: string | undefined, next: string | undefined, ch: string): boolean {
  return ch === '“' && !!prev && /[,.!?]/.test(prev) && (next === undefined || /\s/.test(next));
}

/**
 * “We will win.’ She left.: a single closing mark after the quoted words' punctuation closes a
 * double quotation that no double mark closes (none later in the paragraph, no single quotation open inside).
 */
function singleMarkClose(text: string, open: number, i: number): boolean {
  if (text[i] !== '’' || !/[,.!?]/.test(text[i - 1] ?? '') || !/^(\s|$)/.test(text[i + 1] ?? '')) return false;
  if (text.slice(open + 1, i).includes('‘')) return false;
  const nextOpen = text.indexOf('“', i + 1);
  return !text.slice(i + 1, nextOpen < 0 ? undefined : nextOpen).includes('”');
}

function findSingleClose(text: string, from: number): number {
  for (let j = from; j < text.length; j++) {
    const c = text[j];
    if (c === '“' || c === '"') return -1;
    if (c === '’' && !isWordChar(text[j + 1])) return j;
  }
  return -1;
}

/** Number of words in a text. */
export function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []).length;
}

/**
 * “Q1 …¶Q2.” — a quotation left open at the end of the paragraph before, whose next paragraph
 * has no opening mark but one closing mark (a text that breaks its lines inside a quotation):
 * the words up to that mark are quoted, going on from the open quotation. Null when the paragraph
 * holds any other double mark or the mark does not close (it follows a space).
 */
export function closingOnlyQuote(p: Paragraph): Quote | null {
  const text = p.text;
  const marks = [...text.matchAll(/["“”]|''|``/gu)];
  if (marks.length !== 1) return null;
  const at = marks[0]!.index!;
  const mark = marks[0]![0];
  // (the mark closes a sentence or a clause: "… a home run." / "… on board," he said; not 6'3")
  if (mark === '“' || mark === '``' || !/[.,!?…]$/u.test(text.slice(0, at)) || (text[at + mark.length] !== undefined && !/[\s)]/u.test(text[at + mark.length]!))) return null;
  const raw = text.slice(0, at);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (wordCount(trimmed) < 3) return null;
  return { paragraph: p.index, start: p.start + lead, end: p.start + lead + trimmed.length, outerStart: p.start, outerEnd: p.start + at + mark.length, text: trimmed, closed: true, mark: 'double', continuesOpen: true };
}
