/**
 * A naming participle after an indefinite noun ("a shop called “Q”") gives a name; the quotation
 * is no statement. Every text here was written for these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('a thing called “Q” is a name, not a quotation', () => {
  table([
    ['X opened a shop called “Q”', 'Pia Lund opened a shop called “Bread and Roses” on Main Street.', []],
    ['X runs a group called “Q,” which …: no speaker "X runs a group"', 'Lund runs a group called “Save the Mill,” which wants the plant shut.', []],
    ['a ADJ shop named “Q”', 'Lund runs a small shop named “Rye.”', []],
    ['a role noun before "called" is a subject that speaks', 'A spokesman called “the claims absurd.”', [
      { kind: 'direct', text: 'the claims absurd.', speaker: 'a spokesman', cue: 'called' },
    ]],
    ['X called the plan “Q”: a naming verb with its object stays a partial', 'Tom Reyes called the plan “a fraud.”', [
      { kind: 'partial', text: 'the plan “a fraud.”', speaker: 'Tom Reyes', cue: 'called' },
    ]],
  ]);
});
