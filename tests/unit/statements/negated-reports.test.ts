/**
 * A report under a negation keeps the negation in its cue, with its auxiliary and over one adverb
 * between the negation and the verb ("has not yet confirmed that C"), the same rule as for negated
 * stances (`negationStart` in np.ts). Every text here was written for these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('the negation of a verb of speech is part of the cue', () => {
  table([
    ['has not confirmed that C', 'Mayor Ilse Varga has not confirmed that the ferry will close.', [
      { kind: 'indirect', text: 'the ferry will close', speaker: 'Ilse Varga', cue: 'has not confirmed' },
    ]],
    ['has not yet confirmed that C', 'Mayor Ilse Varga has not yet confirmed that the ferry will close.', [
      { kind: 'indirect', text: 'the ferry will close', speaker: 'Ilse Varga', cue: 'has not yet confirmed' },
    ]],
    ['did not publicly say that C', 'Bram Tolle did not publicly say that the levy would pass.', [
      { kind: 'indirect', text: 'the levy would pass', speaker: 'Bram Tolle', cue: 'did not publicly say' },
    ]],
    ["hasn't yet said that C", "Bram Tolle hasn't yet said that the levy would pass.", [
      { kind: 'indirect', text: 'the levy would pass', speaker: 'Bram Tolle', cue: "hasn't yet said" },
    ]],
    ['has never publicly claimed that C', 'Councillor Bram Tolle has never publicly claimed that the dredging was illegal.', [
      { kind: 'indirect', text: 'the dredging was illegal', speaker: 'Bram Tolle', cue: 'has never publicly claimed' },
    ]],
    ['an affirmed report keeps its bare verb', 'Mayor Ilse Varga has confirmed that the ferry will close.', [
      { kind: 'indirect', text: 'the ferry will close', speaker: 'Ilse Varga', cue: 'confirmed' },
    ]],
    ['a negated report with no clause is no statement', 'Mayor Ilse Varga has not confirmed the closure.', []],
  ]);
});
