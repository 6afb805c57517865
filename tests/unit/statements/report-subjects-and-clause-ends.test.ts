/**
 * Leftover parse faults: a document noun with a participle of citing as the
 * subject, a relative clause whose topic ends before the main verb, and quoted
 * words or a clause ended by a main clause with a present tense in -s. Every
 * text here was written for these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('a document noun with its participle phrase as the subject', () => {
  table([
    ['A NAME report citing X said C: the report speaks, not the sources', 'A Radio Nine report citing unnamed officials said that the ferry plan would collapse.', [
      { kind: 'indirect', text: 'the ferry plan would collapse', speaker: 'a Radio Nine report', cue: 'said' },
    ]],
    ['The article citing X said C', 'The article citing two aides said the budget talks had stalled.', [
      { kind: 'indirect', text: 'the budget talks had stalled', speaker: 'the article', cue: 'said' },
    ]],
    ['A NAME report said C: "report" after "a" is a noun, not the verb', 'A Pine Valley Gazette report said the mill would close in March.', [
      { kind: 'indirect', text: 'the mill would close in March', speaker: 'a Pine Valley Gazette report', cue: 'said' },
    ]],
    ['X, citing Y, said C: a participle set off by commas still reports', 'Mayor Dunmore, citing a new survey, said the tram line would pay for itself.', [
      { kind: 'indirect', text: 'a new survey', cue: 'citing' },
      { kind: 'indirect', text: 'the tram line would pay for itself', cue: 'said' },
    ]],
  ]);
});

describe('a relative clause about the subject ends before the main verb', () => {
  table([
    ['X, who talked about C, VERBED …', 'Otter Jansky, who talked about river pollution, left the hall early.', [
      { kind: 'indirect', text: 'river pollution', speaker: 'Otter Jansky', cue: 'talked' },
    ]],
    ['X, who complained about C, fled …', 'Marla Quist, who complained about the parking fees, fled the meeting before the vote.', [
      { kind: 'indirect', text: 'the parking fees', speaker: 'Marla Quist', cue: 'complained' },
    ]],
    ['X talked about A, B and C: a list without a relative clause runs on', 'Otter Jansky talked about rents, buses and parks.', [
      { kind: 'indirect', text: 'rents, buses and parks', speaker: 'Otter Jansky', cue: 'talked' },
    ]],
  ]);
});

describe('an opening clause ended by its main clause', () => {
  table([
    ['When X say “Q,” the N VERBs: the quoted words alone', 'When the traders say “buy,” the index soars.', [
      { kind: 'direct', text: 'buy,', speaker: 'the traders', cue: 'say' },
    ]],
    ['When X said C, the N VERBs sharply: a present tense in -s ends the clause', 'When the pundits warned that the bank would fail, the market tumbles sharply.', [
      { kind: 'indirect', text: 'the bank would fail', speaker: 'the pundits', cue: 'warned' },
    ]],
  ]);
});
