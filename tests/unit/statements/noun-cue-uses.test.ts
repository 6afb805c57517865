/**
 * A cue word that is a noun ("promises", "claim", "questions") right after a
 * quantifier, or after an adjective that follows a determiner, a possessive or
 * a degree word, is the head of a noun phrase, not the verb of a subject: no
 * subject is read back from it ("made several", "Holt's most serious"). After
 * a plain noun the same word stays the verb ("the harbor official claims").
 * Every text here was written for these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('a noun cue after a quantifier or an adjective is no verb', () => {
  table([
    ['X made several promises to V: no subject "X made several"', 'Lena Dorr made several promises to cut the city tax.', []],
    ['X took several questions about Y: no statement', 'The senator took several questions about the budget.', []],
    ["X's most serious claim is that C: the possessor holds the claim", "Mr. Holt's most serious claim is that the council broke the law.", [
      { kind: 'indirect', text: 'the council broke the law', speaker: 'Holt', mention: "Mr. Holt's", cue: 'claim' },
    ]],
  ]);
});

describe('the same words after a noun stay verbs', () => {
  table([
    ['the official claims that C: "official" is the head noun', 'The harbor official claims that the pier was unsafe.', [
      { kind: 'indirect', text: 'the pier was unsafe', mention: 'The harbor official', cue: 'claims' },
    ]],
    ['many voters claim that C', 'Many voters claim that the race is close.', [
      { kind: 'indirect', text: 'the race is close', mention: 'Many voters', cue: 'claim' },
    ]],
    ['the regional director promises that C', 'The regional director promises that the road will reopen.', [
      { kind: 'indirect', text: 'the road will reopen', mention: 'The regional director', cue: 'promises' },
    ]],
    ['three local farmers claim that C', 'Three local farmers claim that the dam leaks.', [
      { kind: 'indirect', text: 'the dam leaks', mention: 'Three local farmers', cue: 'claim' },
    ]],
  ]);
});
