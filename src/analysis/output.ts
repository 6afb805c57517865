/** The engine's JSON output format (../shared/eval/README.md). */
import type { AnalysisResult, Statement } from './types.ts';
import { speakerId } from './ids.ts';

export function toEvalJson(file: string, r: AnalysisResult) {
  return {
    file,
    article: r.article,
    statements: r.statements.map((s) => ({
      id: s.id,
      kind: s.kind,
      speaker: s.speaker ? { id: speakerId(s.speaker.name), name: speakerNames(s), role: s.speaker.role, type: s.speaker.type } : null,
      speakerMention: s.speakerMention,
      cue: s.cue,
      text: s.text,
      ...(s.quoted?.length ? { quoted: s.quoted } : {}),
      paragraph: s.paragraph,
      start: s.start,
      end: s.end,
      spans: s.spans,
      date: s.date ? { value: s.date.value, granularity: s.date.granularity } : null,
    })),
    times: r.times.map((t) => ({
      text: t.text,
      type: t.type,
      value: t.value,
      ...(t.mod ? { mod: t.mod } : {}),
      granularity: t.granularity,
      start: t.start,
      end: t.end,
      paragraph: t.paragraph,
    })),
    events: r.events.map((e) => ({
      id: e.id,
      text: e.text,
      expression: e.expression,
      paragraph: e.paragraph,
      start: e.start,
      end: e.end,
      date: {
        value: e.date.value,
        start: e.date.range?.start ?? null,
        end: e.date.range?.end ?? null,
        granularity: e.date.granularity,
      },
    })),
  };
}

/**
 * The speaker's name as scored: one string, coordinated speakers joined with " and "
 * ("Acme and Vela"), as a reader would name them (score.py accepts a gold name that is a
 * subset of it, or shares its last word).
 */
function speakerNames(s: Statement): string {
  return [s.speaker!, ...(s.coSpeakers ?? [])].map((x) => x.name).join(' and ');
}
