/**
 * Statement extraction: who said what. A pipeline of small steps over each
 * paragraph: quotations (quotes.ts) → tokens and sentences (tokens.ts) →
 * direct quotations attributed by their cue (direct.ts) → reported speech
 * and partial quotations (indirect.ts) → floating quotations → speaker
 * resolution (resolve.ts, speakers.ts, register.ts).
 */
import { statementId } from '../ids.ts';
import type { Paragraph, SpeakerConfig, Statement } from '../types.ts';
import { findDirect } from './direct.ts';
import { findIndirect } from './indirect.ts';
import { findQuotes } from './quotes.ts';
import { buildRegister } from './register.ts';
import { resolveSpeakers } from './resolve.ts';
import { sentencesOf, tokenize, type Token } from './tokens.ts';
import type { Candidate } from './candidate.ts';

export interface ExtractOptions {
  speakers?: SpeakerConfig[];
}

export interface SentenceCtx {
  paragraph: Paragraph;
  tokens: Token[];
  /** Index of the sentence in the paragraph. */
  index: number;
  /** Global sentence number in the article. */
  seq: number;
}

export function extractStatements(paragraphs: Paragraph[], options: ExtractOptions = {}): Statement[] {
  const sentences: SentenceCtx[] = [];
  for (const p of paragraphs) {
    const quotes = findQuotes(p);
    const tokens = tokenize(p, quotes);
    sentencesOf(tokens).forEach((s, index) => sentences.push({ paragraph: p, tokens: s, index, seq: sentences.length }));
  }
  const { register, cataphora } = buildRegister(sentences.map((s) => s.tokens), options.speakers ?? []);
  const candidates: Candidate[] = [];
  for (const s of sentences) {
    const direct = findDirect(s);
    const indirect = findIndirect(s, direct);
    candidates.push(...direct, ...indirect.filter((c) => !direct.includes(c)));
  }
  candidates.sort((a, b) => a.start - b.start);
  const resolved = resolveSpeakers(candidates, register, cataphora, sentences);
  return resolved.map((c) => toStatement(c));
}

function toStatement(c: Candidate): Statement {
  return {
    id: statementId(c.text),
    kind: c.kind,
    speaker: c.speaker ?? null,
    speakerMention: c.mention?.text ?? null,
    speakerSpan: c.mention ? [c.mention.start, c.mention.end] : null,
    cue: c.cue?.text ?? null,
    cueSpan: c.cue ? [c.cue.start, c.cue.end] : null,
    text: c.text,
    ...(c.quoted?.length ? { quoted: c.quoted } : {}),
    spans: c.spans,
    start: c.spans[0]![0],
    end: c.spans[c.spans.length - 1]![1],
    paragraph: c.paragraph,
    date: null,
  };
}
