/**
 * Events: the dated sentences of an article (issue 4).
 *
 * Rules
 * - A sentence becomes an event when it contains at least one *calendar-
 *   anchored* time expression: type DATE or TIME, a non-null calendar range,
 *   and a granularity that is a calendar unit (not duration / set / ref).
 *   "three years ago" (2022), "on Monday", "over the weekend", "Earlier this
 *   year" qualify; "since the invasion", "currently", "P3Y", "every week" do
 *   not.
 * - A sentence with several anchored expressions yields one event per
 *   *distinct* date value (in order of first appearance); the expression of the
 *   event is the first one carrying that value.
 * - Expressions inside a direct quotation still make events: the sentence is
 *   dated all the same ("We met on Tuesday," he said → an event on that
 *   Tuesday), and the timeline is about what happened when, whoever says it.
 * - Expressions inside relative clauses still make events: "the hostilities,
 *   which were initiated … three years ago" dates the invasion (2022), which
 *   is an event even though it does not date the assertion around it.
 * - The publication date-line (a paragraph that is nothing but a date, such as
 *   "Monday 10 February 2025 12.05 GMT") is not an event.
 * - Sentences come from `splitSentences(paragraph, true)`: a quotation that
 *   spans several sentences stays in one sentence.
 * - Id: `eventId(value, sentence text)`: from the date value and the words, not
 *   the position; repeats are suffixed by the pipeline (`uniquify`).
 */
import { eventId } from './ids.ts';
import { splitSentences } from './segment.ts';
import type { Event, Granularity, Paragraph, TimeExpression, TimeValue } from './types.ts';

const NON_CALENDAR: ReadonlySet<Granularity> = new Set(['duration', 'set', 'ref']);

/** True when the expression names a stretch of the calendar (a date, not a duration, set or vague reference). */
export function isAnchored(t: TimeExpression): boolean {
  return (t.type === 'DATE' || t.type === 'TIME') && t.range !== null && !NON_CALENDAR.has(t.granularity);
}

/** The date value of an expression, detached from the text. */
export function timeValueOf(t: TimeValue): TimeValue {
  return { value: t.value, granularity: t.granularity, range: t.range ? { start: t.range.start, end: t.range.end } : null };
}

/** Words that may surround a date in a date-line: "Published", "Updated", time zones, "Last modified on". */
const DATELINE_FILLER =
  /\b(published|updated|last|modified|posted|first|on|at|gmt|utc|bst|cet|cest|est|edt|pst|pdt|et|pt|am|pm|a\.m|p\.m|mon(day)?|tue(s|sday)?|wed(nesday)?|thu(rs?|rsday)?|fri(day)?|sat(urday)?|sun(day)?|jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\b/gi;

/**
 * A paragraph that is only a date (the publication date-line): once the time
 * expressions inside it and date-line filler words, digits and punctuation are
 * removed, no letter is left.
 */
export function isDateLine(p: Paragraph, times: TimeExpression[]): boolean {
  if (p.text.length > 80) return false;
  let rest = p.text;
  for (const t of times) {
    if (t.start >= p.start && t.end <= p.end) {
      const a = t.start - p.start;
      const b = t.end - p.start;
      rest = rest.slice(0, a) + ' '.repeat(b - a) + rest.slice(b);
    }
  }
  rest = rest.replace(DATELINE_FILLER, ' ').replace(/[^\p{L}]/gu, '');
  return rest.length === 0;
}

export function buildEvents(paragraphs: Paragraph[], times: TimeExpression[], _publicationDate: string): Event[] {
  const events: Event[] = [];
  const anchored = times.filter(isAnchored).sort((a, b) => a.start - b.start || b.end - a.end);
  for (const p of paragraphs) {
    const inParagraph = anchored.filter((t) => t.start >= p.start && t.start < p.end);
    if (!inParagraph.length) continue;
    if (isDateLine(p, times)) continue;
    for (const s of splitSentences(p, true)) {
      const seen = new Set<string>();
      for (const t of inParagraph) {
        if (t.start < s.start || t.start >= s.end) continue;
        if (seen.has(t.value)) continue;
        seen.add(t.value);
        events.push({
          id: eventId(t.value, s.text),
          text: s.text,
          expression: t.text,
          paragraph: p.index,
          start: s.start,
          end: s.end,
          date: timeValueOf(t),
        });
      }
    }
  }
  return events;
}
