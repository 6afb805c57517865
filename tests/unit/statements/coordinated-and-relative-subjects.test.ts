/**
 * Subjects found for a reporting verb that has none right before it: the second
 * verb phrase of "X V1 … and/but V2 …" shares X (over adverbs, a weekday and
 * one auxiliary), and a relative pronoun with a contracted auxiliary ("who’d",
 * "who’s") stands for the noun before it. Every text here was written for these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('a reporting verb coordinated after the sentence’s first verb', () => {
  table([
    ['X V1 … and ADV V2 that C', 'Nora Vance toured the harbour and reportedly argued that the ferry fares should fall.', [
      { kind: 'indirect', text: 'the ferry fares should fall', speaker: 'Nora Vance', cue: 'argued' },
    ]],
    ['X V1 …, but has V2 that C: a perfect after a comma and "but"', 'Nora Vance backs the harbour plan, but has insisted that the ferry must stay public.', [
      { kind: 'indirect', text: 'the harbour plan', speaker: 'Nora Vance', cue: 'backs' },
      { kind: 'indirect', text: 'the ferry must stay public', speaker: 'Nora Vance', cue: 'insisted' },
    ]],
    ['X V1 … and on WEEKDAY V2 that C', 'Nora Vance met the board and on Tuesday announced that the dock would reopen.', [
      { kind: 'indirect', text: 'the dock would reopen', speaker: 'Nora Vance', cue: 'announced' },
    ]],
    ['no statement: a coordinated verb that reports nothing', 'The ferry fares rose sharply and later hurt the riders on the island.', []],
  ]);
});

describe('a relative pronoun with a contracted auxiliary', () => {
  table([
    ['X, who’d V that C, V2: the relative clause ends at its comma', 'Tom Reyes, who’d warned that the bridge would close, met the council.', [
      { kind: 'indirect', text: 'the bridge would close', speaker: 'Tom Reyes', cue: 'warned' },
    ]],
    ['X, who’s ADV V that C, V2', 'Tom Reyes, who’s long argued that tolls are unfair, met the council.', [
      { kind: 'indirect', text: 'tolls are unfair', speaker: 'Tom Reyes', cue: 'argued' },
    ]],
  ]);
});
