/**
 * Anchoring, in document order: expressions such as "a year earlier", "the
 * following day", "the quarter" or a bare "10 p.m." are resolved against the
 * last date the article mentioned (the anchor), not the publication date.
 * Each rule says, through `Norm.anchor`, whether its value may serve as an
 * anchor, and through `Norm.resolve`, how it reads one.
 */
import type { Norm } from '../rule.ts';

export interface AnchorState {
  /** Value of the last anchored date mentioned, or null at the start of the article. */
  anchor: string | null;
  /** Paragraph in which the anchor was mentioned. */
  paragraph: number;
}

/** The norm of an expression once read against the anchor (unchanged when it needs none or none fits). */
export function resolveAnchored(norm: Norm, state: AnchorState, paragraph: number): Norm {
  if (!norm.resolve) return norm;
  let r: Partial<Norm> | null = null;
  try {
    r = norm.resolve(state.anchor, state.paragraph === paragraph);
  } catch {
    r = null;
  }
  return r ? { ...norm, ...r, range: undefined } : norm;
}

/** Let a finished expression become the anchor when its rule allows and it is a calendar date or time. */
export function updateAnchor(state: AnchorState, norm: Norm, t: { value: string; type: string; range: unknown; paragraph: number }): void {
  if (norm.anchor && t.range && t.type !== 'DURATION' && t.type !== 'SET') {
    state.anchor = t.value;
    state.paragraph = t.paragraph;
  }
}
