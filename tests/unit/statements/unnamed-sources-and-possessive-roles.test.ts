/**
 * An unnamed source ("a senior official", "a police official") is the person the article names later
 * with a fitting role only when the name stands in apposition right after it, or the sentence naming
 * that person says the same thing again; otherwise the source stays anonymous. A role of someone named
 * by a possessive ("X’s father") with no holder named is not the last speaker. Every text here was
 * written for these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('an unnamed source and a person named later', () => {
  table([
    ['a later minister saying something else is not the unnamed official', 'The mill will close in June, a senior Dorvish official said.\n\nWorkers gathered outside the gates on Tuesday.\n\nDorvish Transport Minister Olek Brandt said the city would help the workers find jobs.', [
      { kind: 'indirect', text: 'The mill will close in June', speaker: 'a senior Dorvish official', type: 'anonymous' },
      { kind: 'indirect', text: 'the city would help the workers find jobs', speaker: 'Olek Brandt' },
    ]],
    ['a spokesman named later is not the unnamed police official', 'Police are following two hundred leads, a Dorvish police official said.\n\nWorkers gathered outside the gates on Tuesday.\n\nOlek Brandt, a spokesman for the Dorvish police, said officers had questioned the driver.', [
      { kind: 'indirect', text: 'Police are following two hundred leads', speaker: 'a Dorvish police official', type: 'anonymous' },
      { kind: 'indirect', text: 'officers had questioned the driver', speaker: 'Olek Brandt' },
    ]],
    ['the person named later who says it again is the source', 'The rail strike spread to three more cities on Friday, a senior Dorvish official said.\n\nFarmers blocked two highways near the capital with their tractors.\n\nDorvish Transport Minister Olek Brandt said the strike would spread to three more cities by Sunday.', [
      { kind: 'indirect', text: 'The rail strike spread to three more cities on Friday', speaker: 'Olek Brandt' },
      { kind: 'indirect', text: 'the strike would spread to three more cities by Sunday', speaker: 'Olek Brandt' },
    ]],
    ['a name in apposition right after the source is the source', 'A Quellon spokesman, Pavel Irwin, said the plant would reopen in May.', [
      { kind: 'indirect', text: 'the plant would reopen in May', speaker: 'Pavel Irwin' },
    ]],
  ]);
});

describe('a role of someone named by a possessive', () => {
  table([
    ['X’s father is not the last speaker', 'Mayor Piet Ostrow said the budget was balanced.\n\nLater, Tomas Brill’s father said the family would appeal the ruling.', [
      { kind: 'indirect', text: 'the budget was balanced', speaker: 'Piet Ostrow' },
      { kind: 'indirect', text: 'the family would appeal the ruling', speaker: 'Tomas Brill’s father', type: 'anonymous' },
    ]],
  ]);
});
