// Placeholder: the time normaliser is being written (issue 4).
import type { Paragraph, TimeExpression } from '../types.ts';
export function findTimes(_paragraphs: Paragraph[], _publicationDate: string): TimeExpression[] {
  return [];
}
