/**
 * The analysis engine: one article in, its paragraphs, statements, time
 * expressions and events out. Pure TypeScript, no Astro imports: the content
 * loader, the CLI (`npm run analyze`, `npm run eval`) and the tests share this
 * one code path.
 */
import { applyCorrections, type Correction } from './corrections.ts';
import { dateStatements } from './dating.ts';
import { buildEvents } from './events.ts';
import { uniquify } from './ids.ts';
import { segmentParagraphs } from './segment.ts';
import { extractStatements } from './statements/index.ts';
import { findTimes } from './time/index.ts';
import type { AnalysisResult, ArticleMeta, SpeakerConfig } from './types.ts';

export interface AnalyzeInput extends ArticleMeta {
  /** Markdown body (after the front matter). */
  body: string;
  /** Path of the source file, for error messages. */
  file?: string;
  /** Author corrections from the article's front matter. */
  corrections?: Correction[];
}

export interface AnalyzeOptions {
  speakers?: SpeakerConfig[];
}

export function analyzeArticle(input: AnalyzeInput, options: AnalyzeOptions = {}): AnalysisResult {
  const paragraphs = segmentParagraphs(input.body);
  const times = findTimes(paragraphs, input.date);
  let statements = extractStatements(paragraphs, { speakers: options.speakers });
  statements = applyCorrections(statements, input.corrections ?? [], paragraphs, input.file ?? input.id);
  dateStatements(statements, times, paragraphs, input.date);
  uniquify(statements);
  const events = uniquify(buildEvents(paragraphs, times, input.date));
  return {
    article: { id: input.id, title: input.title, date: input.date },
    paragraphs,
    statements,
    times,
    events,
  };
}

export type { AnalysisResult } from './types.ts';
