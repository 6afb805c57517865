/**
 * Backing given with a noun ("threw her support behind C", "lent his support to C") and a topic
 * verb followed by an adverb and a participle report ("raised questions about C, falsely claiming
 * that D"). Every text here was written for these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('support thrown or lent to someone', () => {
  table([
    ['X threw her support behind NP', 'Councilwoman Greta Vollmer threw her support behind Mayor Ivo Brandt.', [
      { kind: 'indirect', text: 'Mayor Ivo Brandt', speaker: 'Greta Vollmer', cue: 'threw' },
    ]],
    ['X has thrown his support behind NP: an auxiliary before the verb', 'Senator Basil Okafor has thrown his support behind the harbor bond.', [
      { kind: 'indirect', text: 'the harbor bond', speaker: 'Basil Okafor', cue: 'thrown' },
    ]],
    ['X lent her support to NP', 'Governor Runa Pell lent her support to the ferry union.', [
      { kind: 'indirect', text: 'the ferry union', speaker: 'Runa Pell', cue: 'lent' },
    ]],
  ]);
});

describe('what is not backing given', () => {
  table([
    ['X threw the ball to NP: no noun of support', 'Coach Milo Tarrant threw the ball to the referee.', []],
    ['a relative after a place: whose backing it is stays unsure', 'Several unions in the county that threw their support to Mayor Ivo Brandt were thanked.', []],
  ]);
});

describe('a topic verb before an adverb and a participle of speech', () => {
  table([
    ['X raised questions about NP, ADV claiming that C: two statements', 'Councilman Ezra Quill raised questions about the harbor audit, wrongly claiming that it had never been filed.', [
      { kind: 'indirect', text: 'the harbor audit', speaker: 'Ezra Quill', cue: 'raised' },
      { kind: 'indirect', text: 'it had never been filed', speaker: 'Ezra Quill', cue: 'claiming' },
    ]],
  ]);
});
