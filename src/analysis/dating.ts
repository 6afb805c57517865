// Placeholder: statement dating is being written (issue 4).
import type { Paragraph, Statement, TimeExpression } from './types.ts';
export function dateStatements(_statements: Statement[], _times: TimeExpression[], _paragraphs: Paragraph[], _publicationDate: string): void {}
