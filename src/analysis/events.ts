// Placeholder: events are being written (issue 4).
import type { Event, Paragraph, TimeExpression } from './types.ts';
export function buildEvents(_paragraphs: Paragraph[], _times: TimeExpression[], _publicationDate: string): Event[] {
  return [];
}
