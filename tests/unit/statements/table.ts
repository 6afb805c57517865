/**
 * The shared shape of the statement tables: a row is (name, text, expected
 * statements); `check` runs the extractor on the text and compares kind, text
 * and speaker of every statement in order, then whatever optional fields a row
 * gives, and that every offset points at the words it claims.
 */
import { expect, it } from 'vitest';
import { segmentParagraphs } from '../../../src/analysis/segment.ts';
import { extractStatements } from '../../../src/analysis/statements/index.ts';
import type { SpeakerConfig, Statement, StatementKind } from '../../../src/analysis/types.ts';

export interface Expected {
  kind: StatementKind;
  /** Expected statement text (exact). */
  text: string;
  /** Expected speaker name; null for no speaker; left out, not checked. */
  speaker?: string | null;
  type?: 'person' | 'organisation' | 'anonymous';
  mention?: string | null;
  cue?: string;
  role?: string | null;
}

export type Row = [name: string, body: string, expected: Expected[]];

export interface CheckOptions {
  speakers?: SpeakerConfig[];
  /** Put a headline line before the text, so that the text is not paragraph 1. */
  headline?: boolean;
}

export function run(body: string, speakers: SpeakerConfig[] = []): Statement[] {
  return extractStatements(segmentParagraphs(body), { speakers });
}

export function check(text: string, expected: Expected[], options: CheckOptions = {}) {
  const body = options.headline ? `Headline\n\n${text}` : text;
  const got = run(body, options.speakers);
  const speakerOf = (s: Statement, i: number) => (expected[i]?.speaker === undefined ? undefined : s.speaker?.name ?? null);
  expect(got.map((s, i) => ({ kind: s.kind, text: s.text, speaker: speakerOf(s, i) })), text).toEqual(
    expected.map((e) => ({ kind: e.kind, text: e.text, speaker: e.speaker })),
  );
  expected.forEach((e, i) => {
    const s = got[i]!;
    if (e.type) expect(s.speaker?.type, e.text).toBe(e.type);
    if (e.mention !== undefined) expect(s.speakerMention, e.text).toBe(e.mention);
    if (e.cue !== undefined) expect(s.cue, e.text).toBe(e.cue);
    if (e.role !== undefined) expect(s.speaker?.role, e.text).toBe(e.role);
    // offsets point at the text
    if (s.spans.length === 1 && s.kind !== 'partial') expect(body.slice(s.spans[0]![0], s.spans[0]![1])).toBe(s.text);
    if (s.cueSpan) expect(body.slice(s.cueSpan[0], s.cueSpan[1])).toBe(s.cue);
    if (s.speakerSpan) expect(body.slice(s.speakerSpan[0], s.speakerSpan[1])).toBe(s.speakerMention);
  });
}

/** One test per row. */
export const table = (rows: Row[], options: CheckOptions = {}) => it.each(rows)('%s', (_name, body, expected) => check(body, expected, options));

/** [rule, article body, [a fragment of the statement's text, expected speaker name (null: none)][]] */
export type SpeakerRow = [rule: string, body: string, expected: [fragment: string, speaker: string | null][]];

/** One test per row: the statement holding each fragment is found and has the expected speaker. */
export function speakerTable(rows: SpeakerRow[]) {
  it.each(rows)('%s', (_rule, body, expected) => {
    const got = extractStatements(segmentParagraphs(body));
    for (const [fragment, speaker] of expected) {
      const s = got.find((x) => x.text.includes(fragment));
      expect(s, `${fragment} in ${JSON.stringify(got.map((x) => x.text))}`).toBeDefined();
      expect(s!.speaker?.name ?? null, fragment).toBe(speaker);
    }
  });
}
