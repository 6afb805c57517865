/**
 * Nouns of speech after a light verb ("delivered a defense of C", "sounded a wary note about C",
 * "made the point that C", "unveiled a proposal to V"): the subject of the light verb is the speaker,
 * the noun's complement the content. Every text here was written for these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('a light verb and a noun with its preposition', () => {
  table([
    ['X gave an ADJ defense of NP', 'Senator Dana Whitfield gave a spirited defense of the harbor levy on Monday.', [
      { kind: 'indirect', text: 'the harbor levy', speaker: 'Dana Whitfield', cue: 'defense' },
    ]],
    ['X sounded a ADJ note about NP', 'Mayor Oren Falk sounded a wary note about the county budget.', [
      { kind: 'indirect', text: 'the county budget', speaker: 'Oren Falk', cue: 'note' },
    ]],
    ['X offered an opinion on WH-clause: the clause runs to its end', 'Judge Lila Marsh offered an opinion on whether the ferry contract was lawful.', [
      { kind: 'indirect', text: 'whether the ferry contract was lawful', speaker: 'Lila Marsh', cue: 'opinion' },
    ]],
    ['X made a reference to NP: "to" before a noun phrase is a preposition', 'Rep. Ted Orr made a reference to the audit of the port authority.', [
      { kind: 'indirect', text: 'the audit of the port authority', speaker: 'Ted Orr', cue: 'reference' },
    ]],
    ['X has delivered a ADJ critique of NP: an auxiliary before the light verb', 'Governor Pia Lund has delivered a blistering critique of the timber board.', [
      { kind: 'indirect', text: 'the timber board', speaker: 'Pia Lund', cue: 'critique' },
    ]],
  ]);
});

describe('a light verb and a noun with a that-clause or an infinitive', () => {
  table([
    ['X made the point that C', 'Judge Lila Marsh made the point that the statute was vague.', [
      { kind: 'indirect', text: 'the statute was vague', speaker: 'Lila Marsh', cue: 'point' },
    ]],
    ['X made the observation that C', 'Professor Ian Kolb made the observation that turnout had doubled.', [
      { kind: 'indirect', text: 'turnout had doubled', speaker: 'Ian Kolb', cue: 'observation' },
    ]],
    ['X delivered a ADJ promise to V O, V O and V O: the series is the content', 'Governor Pia Lund delivered a firm promise to rebuild the mill district, repave the roads and reopen the clinic.', [
      { kind: 'indirect', text: 'to rebuild the mill district, repave the roads and reopen the clinic', speaker: 'Pia Lund', cue: 'promise' },
    ]],
    ['In PLACE, X made a promise to V, V and V: an opening phrase closed before the noun does not cut the content', 'In the river towns, Senator Dana Whitfield made a promise to dredge the channel, cut tolls and hire pilots.', [
      { kind: 'indirect', text: 'to dredge the channel, cut tolls and hire pilots', speaker: 'Dana Whitfield', cue: 'promise' },
    ]],
    ['X unveiled a proposal to V O VERBED-with …: a participle after the object is no main verb', 'Mayor Oren Falk unveiled a proposal to open a city office charged with inspecting the bridges.', [
      { kind: 'indirect', text: 'to open a city office charged with inspecting the bridges', speaker: 'Oren Falk', cue: 'proposal' },
    ]],
    ['X issued a ADJ plan to V O', 'Senator Dana Whitfield issued a detailed plan to widen the coastal highway.', [
      { kind: 'indirect', text: 'to widen the coastal highway', speaker: 'Dana Whitfield', cue: 'plan' },
    ]],
  ]);
});

describe('no statement', () => {
  table([
    ['a plan to V with no light verb and no possessor', 'A plan to widen the coastal highway was shelved.', []],
    ['X made a promise to NP-pronoun: no infinitive after "to"', 'Mayor Oren Falk made a promise to his neighbors.', []],
    ['a point of the compass is no point that C', 'The hikers reached the point where the trail forks.', []],
  ]);
});

describe('a claim or promise "to be": the copula is the content', () => {
  table([
    ['X’s claim to be NP VERBED: the content ends before the main verb', 'Lena Ortiz’s claim to be the only candidate with farm experience drew laughter.', [
      { kind: 'indirect', text: 'to be the only candidate with farm experience', speaker: 'Lena Ortiz', cue: 'claim' },
    ]],
    ['X’s promise to be ADJ in NP', 'The board doubted Tom Reyes’s promise to be neutral in the water dispute.', [
      { kind: 'indirect', text: 'to be neutral in the water dispute', speaker: 'Tom Reyes', cue: 'promise' },
    ]],
    ['X’s plan to be NP: a plan to be something is no claim', 'Tom Reyes’s plan to be mayor collapsed.', []],
  ]);
});
