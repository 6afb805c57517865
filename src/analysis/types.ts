/**
 * The analysis engine's data model. One name per concept: article, paragraph,
 * sentence, statement, speaker, time expression (time value), event.
 * Offsets (`start`/`end`) always count UTF-16 code units from the start of the
 * Markdown body (after the front matter), end exclusive.
 */

/** A body paragraph. Headline, subheadings and boilerplate are not paragraphs. */
export interface Paragraph {
  /** 1-based paragraph number. */
  index: number;
  text: string;
  start: number;
  end: number;
}

export interface Sentence {
  paragraph: number;
  text: string;
  start: number;
  end: number;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export type Granularity =
  | 'time'
  | 'day'
  | 'weekend'
  | 'week'
  | 'month'
  | 'season'
  | 'quarter'
  | 'half'
  | 'year'
  | 'decade'
  | 'century'
  | 'duration'
  | 'set'
  | 'ref';

/** A calendar range, inclusive, as YYYY-MM-DD dates. */
export interface DateRange {
  start: string;
  end: string;
}

/** A normalised time value (TIMEX3 / ISO-TimeML `value`). */
export interface TimeValue {
  /** e.g. 2025-02-10, 2025-02, 2025, 2025-W06, 2025-W06-WE, 2012-SU, 2008-Q1, P3Y, PAST_REF */
  value: string;
  granularity: Granularity;
  /** Calendar range covered, when the value is anchored on the calendar. */
  range: DateRange | null;
}

/** A time expression found in the text and normalised against the publication date. */
export interface TimeExpression extends TimeValue {
  text: string;
  type: TimexType;
  /** TIMEX3 mod (BEFORE, AFTER, START, MID, END, APPROX, ...), when any. */
  mod?: string;
  start: number;
  end: number;
  paragraph: number;
}

export type StatementKind = 'direct' | 'partial' | 'indirect';

export type SpeakerType = 'person' | 'organisation' | 'anonymous';

/** A speaker as resolved inside one article (before site-wide merging). */
export interface SpeakerRef {
  /** Canonical full name ("Donald Trump", "Kremlin", "a source"). */
  name: string;
  role: string | null;
  type: SpeakerType;
}

export interface Statement {
  /** Stable id, derived from article id + content (not position): see ids.ts. */
  id: string;
  kind: StatementKind;
  /** The speaker; of coordinated speakers ("Ann Lee and Tom Roe said"), the first named. */
  speaker: SpeakerRef | null;
  /**
   * The other speakers of a coordinated speaker phrase, in text order, resolved like `speaker`
   * ("Tom Roe" in "Ann Lee and Tom Roe said", "Vela" and "Dorn Inc." in "Acme, Vela and Dorn Inc.
   * said"). Absent when one speaker is named. A relation of the speaker that names no one ("Lee
   * and his wife said") is not a co-speaker.
   */
  coSpeakers?: SpeakerRef[];
  /** The raw words in the text that name or point to the speaker ("he", "The official"); of coordinated speakers, the whole phrase. */
  speakerMention: string | null;
  /** Offsets of the speaker mention, when any. */
  speakerSpan: [number, number] | null;
  cue: string | null;
  cueSpan: [number, number] | null;
  /** Direct: the quoted words without outer marks; indirect: the reported content without "that". */
  text: string;
  /** For partial statements: the quoted words inside the content. */
  quoted?: string[];
  /** Content spans (discontinuous quotations have several). */
  spans: [number, number][];
  /** start of first span / end of last span. */
  start: number;
  end: number;
  paragraph: number;
  /** The date the statement was made; null when the text does not say. */
  date: TimeValue | null;
  /** Set when the statement comes from an author's correction in the article file. */
  corrected?: 'added' | 'speaker';
}

export interface Event {
  /** Stable id derived from the date value and the sentence content. */
  id: string;
  text: string;
  /** The time expression that anchors the sentence. */
  expression: string;
  paragraph: number;
  start: number;
  end: number;
  date: TimeValue;
}

export interface ArticleMeta {
  id: string;
  title: string;
  /** Publication date, YYYY-MM-DD. */
  date: string;
}

export interface AnalysisResult {
  article: ArticleMeta;
  paragraphs: Paragraph[];
  statements: Statement[];
  times: TimeExpression[];
  events: Event[];
}

/** An entry of content/speakers.yaml. */
export interface SpeakerConfig {
  name: string;
  role?: string;
  aliases?: string[];
  description?: string;
  type?: SpeakerType;
}
