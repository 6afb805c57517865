// Placeholder: chrono-node alone, the evaluation baseline (issue 4).
import type { Paragraph, TimeExpression } from '../types.ts';
export function chronoBaseline(_paragraphs: Paragraph[], _publicationDate: string): TimeExpression[] {
  return [];
}
