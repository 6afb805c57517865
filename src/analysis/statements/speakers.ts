// LEAD-TEMP-STUB (to be replaced by the statements module)
import type { SpeakerConfig, SpeakerRef } from '../types.ts';
export function resolveSiteSpeakers(_perArticle: SpeakerRef[][], _config: SpeakerConfig[]): (s: SpeakerRef) => SpeakerRef | null { return (s) => s; }
