/**
 * A stance, a belief or a topic reported under a negation keeps the negation in its cue, so the
 * statement index never lists a denial as an assertion ("did not support the levy" is not
 * "support the levy"). Every text here was written for these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('the negation of a stance, belief or topic verb is part of the cue', () => {
  table([
    ['did not support NP', 'Mayor Ilse Varga did not support the harbor levy.', [
      { kind: 'indirect', text: 'the harbor levy', speaker: 'Ilse Varga', cue: 'did not support' },
    ]],
    ['has never endorsed NP', 'Councillor Bram Tolle has never endorsed the ferry plan.', [
      { kind: 'indirect', text: 'the ferry plan', speaker: 'Bram Tolle', cue: 'has never endorsed' },
    ]],
    ['does not believe C', 'Bram Tolle does not believe the ferry will pay for itself.', [
      { kind: 'indirect', text: 'the ferry will pay for itself', speaker: 'Bram Tolle', cue: 'does not believe' },
    ]],
    ['did not talk about NP', 'Ilse Varga did not talk about the dredging contract.', [
      { kind: 'indirect', text: 'the dredging contract', speaker: 'Ilse Varga', cue: 'did not talk' },
    ]],
    ['an adverb between the negation and the verb', 'Bram Tolle would not immediately respond to the council letter.', [
      { kind: 'indirect', text: 'the council letter', speaker: 'Bram Tolle', cue: 'would not immediately respond' },
    ]],
    ['has not yet responded to NP', 'The ferry board has not yet responded to the petition.', [
      { kind: 'indirect', text: 'the petition', cue: 'has not yet responded' },
    ]],
    ['an affirmed stance keeps its bare verb', 'Councillor Bram Tolle supports the harbor levy.', [
      { kind: 'indirect', text: 'the harbor levy', speaker: 'Bram Tolle', cue: 'supports' },
    ]],
  ]);
});
