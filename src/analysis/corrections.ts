/**
 * Author corrections, written in the article's own front matter under
 * `corrections:` (see docs/corrections.md):
 *
 *   corrections:
 *     - drop: "words from the statement"
 *     - match: "words from the statement"
 *       speaker: "Full Name"          # and/or kind: direct | partial | indirect
 *       coSpeakers: ["Other Name"]    # optional: others who made the statement with the speaker
 *     - add:
 *         text: "words copied verbatim from the body"
 *         speaker: "Full Name"
 *         kind: indirect
 *         cue: said
 *
 * A correction is applied to the engine's output on every build, so it
 * survives rebuilds. A correction that matches nothing (or matches several
 * statements) is an ArticleFileError naming the file.
 */
import { ArticleFileError } from './article-file.ts';
import { statementId } from './ids.ts';
import type { Paragraph, SpeakerRef, SpeakerType, Statement, StatementKind } from './types.ts';

export interface Correction {
  drop?: string;
  match?: string;
  speaker?: string;
  role?: string;
  type?: SpeakerType;
  kind?: StatementKind;
  /** Other speakers of a statement made together ("Lee and Roe said"). */
  coSpeakers?: string[];
  add?: { text: string; speaker: string; coSpeakers?: string[]; kind?: StatementKind; cue?: string; role?: string; type?: SpeakerType };
  [key: string]: unknown;
}

const KINDS: StatementKind[] = ['direct', 'partial', 'indirect'];
const TYPES: SpeakerType[] = ['person', 'organisation', 'anonymous'];

/** Case, quote style and white space do not matter when matching words. */
function norm(s: string): string {
  return s
    .toLowerCase()
    .replace(/[“”«»"]/g, '"')
    .replace(/[‘’`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

function fail(file: string, i: number, message: string): never {
  throw new ArticleFileError(file, null, `corrections[${i}]`, message);
}

function str(v: unknown): v is string {
  return typeof v === 'string' && v.trim().length > 0;
}

function findStatements(statements: Statement[], words: string): Statement[] {
  const w = norm(words);
  return statements.filter((s) => norm(s.text).includes(w));
}

function checkKind(file: string, i: number, kind: unknown): StatementKind | undefined {
  if (kind === undefined) return undefined;
  if (!KINDS.includes(kind as StatementKind)) fail(file, i, `kind must be one of ${KINDS.join(', ')}, got ${JSON.stringify(kind)}`);
  return kind as StatementKind;
}

function checkType(file: string, i: number, type: unknown): SpeakerType | undefined {
  if (type === undefined) return undefined;
  if (!TYPES.includes(type as SpeakerType)) fail(file, i, `type must be one of ${TYPES.join(', ')}, got ${JSON.stringify(type)}`);
  return type as SpeakerType;
}

function uniqueMatch(statements: Statement[], words: string, file: string, i: number, key: string): Statement {
  const found = findStatements(statements, words);
  if (!found.length) fail(file, i, `${key}: no statement contains "${words}"`);
  if (found.length > 1) fail(file, i, `${key}: "${words}" is in ${found.length} statements; quote more words to pick one`);
  return found[0]!;
}

/** `coSpeakers: ["Tom Roe", …]`: the other speakers of a statement made together, typed like its speaker. */
function coSpeakersOf(file: string, i: number, v: unknown, type: SpeakerType | undefined): SpeakerRef[] {
  if (v === undefined) return [];
  if (!Array.isArray(v) || !v.every(str)) fail(file, i, 'coSpeakers: give a list of names');
  return v.map((name) => ({ name: name.trim(), role: null, type: type ?? 'person' }));
}

export function applyCorrections(statements: Statement[], corrections: Correction[], paragraphs: Paragraph[], file: string): Statement[] {
  if (!Array.isArray(corrections)) throw new ArticleFileError(file, null, 'corrections', 'must be a list');
  let out = [...statements];
  corrections.forEach((c, i) => {
    if (!c || typeof c !== 'object' || Array.isArray(c)) fail(file, i, 'each correction must be a mapping (drop:, match: or add:)');
    const ops = ['drop', 'match', 'add'].filter((k) => k in c);
    if (ops.length !== 1) fail(file, i, 'give exactly one of drop:, match: or add:');
    if ('drop' in c) {
      if (!str(c.drop)) fail(file, i, 'drop: give words from the statement to drop');
      const s = uniqueMatch(out, c.drop, file, i, 'drop');
      out = out.filter((x) => x !== s);
    } else if ('match' in c) {
      if (!str(c.match)) fail(file, i, 'match: give words from the statement to correct');
      if (!str(c.speaker) && c.kind === undefined) fail(file, i, 'match: give speaker: and/or kind:');
      const kind = checkKind(file, i, c.kind);
      const type = checkType(file, i, c.type);
      const s = uniqueMatch(out, c.match, file, i, 'match');
      const fixed: Statement = { ...s };
      if (str(c.speaker)) {
        fixed.speaker = { name: c.speaker.trim(), role: str(c.role) ? c.role : null, type: type ?? 'person' };
        fixed.corrected = 'speaker';
        // the author names the speakers: the engine's co-speakers go, unless listed again
        delete fixed.coSpeakers;
        const co = coSpeakersOf(file, i, c.coSpeakers, type);
        if (co.length) fixed.coSpeakers = co;
      }
      if (kind) {
        fixed.kind = kind;
        fixed.corrected = fixed.corrected ?? 'speaker';
      }
      out = out.map((x) => (x === s ? fixed : x));
    } else {
      const a = c.add as Correction['add'];
      if (!a || typeof a !== 'object') fail(file, i, 'add: give text:, speaker: and kind:');
      if (!str(a.text)) fail(file, i, 'add: text: must be words copied from the article body');
      if (!str(a.speaker)) fail(file, i, 'add: speaker: is required');
      const kind = checkKind(file, i, a.kind) ?? 'indirect';
      const type = checkType(file, i, a.type);
      const p = paragraphs.find((x) => x.text.includes(a.text));
      if (!p) fail(file, i, `add: the text "${a.text}" does not occur in the article body (copy it verbatim)`);
      const start = p.start + p.text.indexOf(a.text);
      const end = start + a.text.length;
      let cueSpan: [number, number] | null = null;
      if (str(a.cue)) {
        const at = p.text.indexOf(a.cue);
        if (at < 0) fail(file, i, `add: the cue "${a.cue}" does not occur in paragraph ${p.index}`);
        cueSpan = [p.start + at, p.start + at + a.cue.length];
      }
      let speakerSpan: [number, number] | null = null;
      const sAt = p.text.indexOf(a.speaker);
      if (sAt >= 0) speakerSpan = [p.start + sAt, p.start + sAt + a.speaker.length];
      const co = coSpeakersOf(file, i, a.coSpeakers, type);
      const quoted = kind === 'partial' ? [...a.text.matchAll(/[“"]([^”"]+)[”"]/g)].map((m) => m[1]!) : [];
      const added: Statement = {
        id: statementId(a.text),
        kind,
        speaker: { name: a.speaker.trim(), role: str(a.role) ? a.role : null, type: type ?? 'person' },
        ...(co.length ? { coSpeakers: co } : {}),
        speakerMention: speakerSpan ? a.speaker : null,
        speakerSpan,
        cue: str(a.cue) ? a.cue : null,
        cueSpan,
        text: a.text,
        ...(quoted.length ? { quoted } : {}),
        spans: [[start, end]],
        start,
        end,
        paragraph: p.index,
        date: null,
        corrected: 'added',
      };
      // the author's statement replaces engine statements over the same words
      out = out.filter((x) => !(x.start < end && start < x.end && Math.min(end, x.end) - Math.max(start, x.start) >= 0.5 * Math.min(end - start, x.end - x.start)));
      out.push(added);
      out.sort((x, y) => x.start - y.start);
    }
  });
  return out;
}
