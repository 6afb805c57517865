/**
 * Stable identifiers. Ids derive from content (and dates), never from the
 * position of an item in an article or of an article in the site, so links
 * survive rebuilds, reordering and the addition of other articles.
 */
import { createHash } from 'node:crypto';

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Normalise text for hashing: case, quote style and white space do not matter. */
export function normaliseForId(text: string): string {
  return text
    .toLowerCase()
    .replace(/[“”"«»]/g, '"')
    .replace(/[‘’`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

export function shortHash(text: string, length = 8): string {
  return createHash('sha256').update(normaliseForId(text)).digest('hex').slice(0, length);
}

export function speakerId(name: string): string {
  return slugify(name) || 'unknown';
}

/** Statement id: `s-<hash>` of the speaker-independent content; unique within the article. */
export function statementId(text: string): string {
  return `s-${shortHash(text)}`;
}

/** Event id: `e-<date value>-<hash>` of the sentence. */
export function eventId(value: string, text: string): string {
  return `e-${slugify(value)}-${shortHash(text, 6)}`;
}

/** Make ids unique in order of appearance by suffixing repeats with -2, -3 … */
export function uniquify<T extends { id: string }>(items: T[]): T[] {
  const seen = new Map<string, number>();
  for (const item of items) {
    const n = (seen.get(item.id) ?? 0) + 1;
    seen.set(item.id, n);
    if (n > 1) item.id = `${item.id}-${n}`;
  }
  return items;
}
