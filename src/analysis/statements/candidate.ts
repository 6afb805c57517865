/** A statement found in a sentence, before its speaker is resolved. */
import type { SpeakerRef, StatementKind } from '../types.ts';
import type { Mention } from './speakers.ts';
import type { Token } from './tokens.ts';

export interface Candidate {
  kind: StatementKind;
  paragraph: number;
  /** Global sentence number. */
  seq: number;
  text: string;
  spans: [number, number][];
  start: number;
  quoted?: string[];
  cue: { text: string; start: number; end: number } | null;
  mention: Mention | null;
  /**
   * How to find the speaker when the mention does not name it:
   * 'main' = the speaker of the main clause of the same sentence (", adding that …"),
   * 'previous' = the speaker of the preceding statement (floating quotations).
   */
  inherit?: 'main' | 'previous';
  /** A direct quotation attributed by a cue after it ("“Q,” X said."): a following quotation may continue it. */
  cueAfter?: boolean;
  /** A direct quotation whose last quotation mark is never closed in its paragraph (it goes on in the next). */
  unclosed?: boolean;
  /** A direct quotation with no opening mark that closes one left open in the paragraph before (“Q1¶Q2,” X said). */
  continuesOpen?: boolean;
  /** The paragraph of the last part joined to this statement (a quotation running over several paragraphs). */
  lastParagraph?: number;
  /** A sentence of quoted and writer's words with no cue: kept only as the continuation of the statement before it. */
  continuationOnly?: boolean;
  /** A quotation with no cue: floating. */
  floating?: boolean;
  /** Source named by "according to"/", X reported" next to another cue. */
  via?: string;
  speaker?: SpeakerRef | null;
  /** The other speakers of a coordinated speaker phrase ("Lee and Roe said"), the first being `speaker`. */
  coSpeakers?: SpeakerRef[];
  /** For a participle clause: the noun phrase before its comma, used when the sentence has no subject to inherit from. */
  fallback?: Mention | null;
  /** Held by no one the text names (the writer's impression "X seems to …", "amid questions about C"): no speaker is looked for. */
  unattributed?: boolean;
  /** A "NAME: words" line; it covers the whole paragraph. */
  colon?: boolean;
  /** Looks like a report but is none ("the Paris attacks may …"): kept for speaker resolution, then dropped. */
  reportsNothing?: boolean;
}

export function cueOf(t: Token | Token[]): Candidate['cue'] {
  const toks = Array.isArray(t) ? t : [t];
  return { text: toks.map((x) => x.text).join(' '), start: toks[0]!.start, end: toks[toks.length - 1]!.end };
}
