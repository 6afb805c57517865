/** content/speakers.yaml: canonical speakers with role, aliases and description. */
import { parse } from 'yaml';
import type { SpeakerConfig } from './types.ts';
import { ArticleFileError } from './article-file.ts';

export function parseSpeakersFile(text: string, file: string): SpeakerConfig[] {
  let data: unknown;
  try {
    data = parse(text);
  } catch (e) {
    const line = (e as { linePos?: { line: number }[] }).linePos?.[0]?.line ?? null;
    throw new ArticleFileError(file, line, null, `not valid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  if (data == null) return [];
  const list = Array.isArray(data) ? data : (data as { speakers?: unknown }).speakers;
  if (!Array.isArray(list)) throw new ArticleFileError(file, 1, 'speakers', 'expected a list of speakers');
  return list.map((raw, i) => {
    const s = raw as Record<string, unknown>;
    const where = `speakers[${i}]`;
    if (!s || typeof s.name !== 'string' || !s.name.trim()) throw new ArticleFileError(file, null, `${where}.name`, 'each speaker needs a name');
    if (s.aliases !== undefined && !(Array.isArray(s.aliases) && s.aliases.every((a) => typeof a === 'string'))) {
      throw new ArticleFileError(file, null, `${where}.aliases`, 'expected a list of strings');
    }
    for (const k of ['role', 'description'] as const) {
      if (s[k] !== undefined && typeof s[k] !== 'string') throw new ArticleFileError(file, null, `${where}.${k}`, 'expected a string');
    }
    if (s.type !== undefined && !['person', 'organisation', 'anonymous'].includes(String(s.type))) {
      throw new ArticleFileError(file, null, `${where}.type`, 'expected person, organisation or anonymous');
    }
    return {
      name: s.name.trim(),
      role: s.role as string | undefined,
      aliases: (s.aliases as string[] | undefined) ?? [],
      description: s.description as string | undefined,
      type: s.type as SpeakerConfig['type'],
    };
  });
}
