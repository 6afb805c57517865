// Placeholder: statement extraction is being written (issue 3).
import type { Paragraph, SpeakerConfig, Statement } from '../types.ts';
export interface ExtractOptions { speakers?: SpeakerConfig[] }
export function extractStatements(_paragraphs: Paragraph[], _options: ExtractOptions = {}): Statement[] {
  return [];
}
