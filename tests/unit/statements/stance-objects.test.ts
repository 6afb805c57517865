/**
 * Objects of stance reached through a preposition: a verb of expression with a
 * noun of feeling toward something reports only what the feeling is about
 * ("expressed concern about C" gives C), while other nouns keep their own
 * words ("expressed frustration with C"); an adjective of judgement or feeling
 * after a linking verb reports its object ("has been critical of C"). Every
 * text here was written for these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('a feeling toward something, expressed or voiced', () => {
  table([
    ['X expressed concern about C: the object of the preposition', 'Nora Vance expressed concern about the ferry timetable.', [
      { kind: 'indirect', text: 'the ferry timetable', speaker: 'Nora Vance', cue: 'expressed' },
    ]],
    ['X voiced deep concern over C: past a modifier', 'Tom Lee voiced deep concern over the harbour tolls.', [
      { kind: 'indirect', text: 'the harbour tolls', speaker: 'Tom Lee', cue: 'voiced' },
    ]],
    ['X expressed his condolences for C: past a possessive', 'The mayor expressed his condolences for the victims of the flood.', [
      { kind: 'indirect', text: 'the victims of the flood', cue: 'expressed' },
    ]],
    ['X has expressed interest in V-ing C', 'Nora Vance has expressed interest in buying the old mill.', [
      { kind: 'indirect', text: 'buying the old mill', speaker: 'Nora Vance', cue: 'expressed' },
    ]],
    ['X expressed frustration with C: another feeling keeps its noun', 'Tom Lee expressed frustration with the slow repairs.', [
      { kind: 'indirect', text: 'frustration with the slow repairs', speaker: 'Tom Lee', cue: 'expressed' },
    ]],
  ]);
});

describe('an adjective of judgement or feeling toward something', () => {
  table([
    ['X has been critical of C', 'Nora Vance has been critical of the harbour plan.', [
      { kind: 'indirect', text: 'the harbour plan', speaker: 'Nora Vance', cue: 'critical' },
    ]],
    ['X are deeply skeptical of C: past an adverb', 'Many voters are deeply skeptical of the new quotas.', [
      { kind: 'indirect', text: 'the new quotas', cue: 'skeptical' },
    ]],
    ['X was angry about C', 'Tom Lee was angry about the closure of the ferry.', [
      { kind: 'indirect', text: 'the closure of the ferry', speaker: 'Tom Lee', cue: 'angry' },
    ]],
    ['X remained wary of C', 'The council remained wary of the developer.', [
      { kind: 'indirect', text: 'the developer', cue: 'wary' },
    ]],
    ['X is not critical of C: a denied stance is not reported', 'Tom Lee is not critical of the mayor.', []],
  ]);
});

describe('a stance phrase after a verb of voting or speaking out', () => {
  table([
    ['X voted in favor of C', 'The senator voted in favor of the harbour bill.', [
      { kind: 'indirect', text: 'the harbour bill', cue: 'voted' },
    ]],
    ['X spoke out in support of C', 'Nora Vance spoke out in support of the ferry workers.', [
      { kind: 'indirect', text: 'the ferry workers', speaker: 'Nora Vance', cue: 'spoke' },
    ]],
    ['X argued in opposition to C', 'Tom Lee argued in opposition to the new tolls.', [
      { kind: 'indirect', text: 'the new tolls', speaker: 'Tom Lee', cue: 'argued' },
    ]],
  ]);
});

describe('praise or scorn heaped on someone', () => {
  table([
    ['X heaped praise on C', 'The governor heaped praise on the rescue crews.', [
      { kind: 'indirect', text: 'the rescue crews', cue: 'heaped' },
    ]],
    ['X poured scorn on C', 'Nora Vance poured scorn on the harbour plan.', [
      { kind: 'indirect', text: 'the harbour plan', speaker: 'Nora Vance', cue: 'poured' },
    ]],
    ['X poured concrete on C: not a noun of judgement', 'The crew poured concrete on the site.', []],
  ]);
});

describe('a refusal to tell after a that-clause', () => {
  table([
    ['X said that C but would not say Q: the refusal ends the content', 'Nora Vance said that the ferry would keep running but would not say how much it would cost.', [
      { kind: 'indirect', text: 'the ferry would keep running', speaker: 'Nora Vance', cue: 'said' },
    ]],
    ['X said that C but did not V: another verb stays in the content', 'Tom Lee said that the plan was sound but did not work in winter.', [
      { kind: 'indirect', text: 'the plan was sound but did not work in winter', speaker: 'Tom Lee', cue: 'said' },
    ]],
  ]);
});

describe('a stance of the speaker coordinated after a that-clause', () => {
  table([
    ['X said that C but stopped short of D: the second act ends the content', 'Nora Vance said that the ferry was safe but stopped short of a full guarantee.', [
      { kind: 'indirect', text: 'the ferry was safe', speaker: 'Nora Vance', cue: 'said' },
    ]],
    ['X said C and has expressed support for D', 'Tom Lee said he wants a new bridge and has expressed support for a toll.', [
      { kind: 'indirect', text: 'he wants a new bridge', speaker: 'Tom Lee', cue: 'said' },
      { kind: 'indirect', text: 'support for a toll', speaker: 'Tom Lee', cue: 'expressed' },
    ]],
  ]);
});
