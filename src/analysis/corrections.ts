// Placeholder: author corrections are being written (issue 3).
import type { Paragraph, Statement } from './types.ts';
export interface Correction { [key: string]: unknown }
export function applyCorrections(statements: Statement[], _corrections: Correction[], _paragraphs: Paragraph[], _file: string): Statement[] {
  return statements;
}
