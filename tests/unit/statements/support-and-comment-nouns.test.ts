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
    ['X has thrown support behind NP: an auxiliary before the verb', 'Senator Basil Okafor has thrown his full support behind the harbor bond.', [
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

describe('a light verb and a noun of comment, apology or opinion', () => {
  table([
    ['X has made ADJ statements on NP: no determiner before a plural', 'Mayor Ivo Brandt has made several heated statements on the toll plan.', [
      { kind: 'indirect', text: 'the toll plan', speaker: 'Ivo Brandt', cue: 'statements' },
    ]],
    ['X makes no apologies for NP', 'Admiral Hollis Crane makes no apologies for his bluntness.', [
      { kind: 'indirect', text: 'his bluntness', speaker: 'Hollis Crane', cue: 'makes no apologies' },
    ]],
    ['X offered congratulations to NP: "to" before a noun phrase is a preposition', 'Governor Runa Pell offered her congratulations to the rowing team.', [
      { kind: 'indirect', text: 'the rowing team', speaker: 'Runa Pell', cue: 'congratulations' },
    ]],
    ['X had nothing but praise for NP', 'Senator Basil Okafor had nothing but praise for the harbor pilots.', [
      { kind: 'indirect', text: 'the harbor pilots', speaker: 'Basil Okafor', cue: 'praise' },
    ]],
    ['X had ADJ words for NP', 'Councilwoman Greta Vollmer had harsh words for the transit board.', [
      { kind: 'indirect', text: 'the transit board', speaker: 'Greta Vollmer', cue: 'words' },
    ]],
    ['X had ADJ views on WH-clause', 'Judge Lila Marsh had firm views on how the county ran the ferry.', [
      { kind: 'indirect', text: 'how the county ran the ferry', speaker: 'Lila Marsh', cue: 'views' },
    ]],
  ]);
});

describe('what a light verb and such a noun do not report', () => {
  table([
    ['X made ADJ statements on WEEKDAY: a time is no topic', 'Trump made several brief statements on Tuesday.', []],
    ['X had a view of NP: a view from a window', 'Judge Lila Marsh had a view of the harbor.', []],
    ['X has the full support of NP: "have" with a noun of backing received', 'Mayor Ivo Brandt has the full support of the dock workers.', []],
    ['relative: "who have had doubts about NP" is left alone', 'The vote may move some voters who have had doubts about Mayor Ivo Brandt to back him.', []],
  ]);
});

describe('a possessed noun of opinion or liking and its preposition', () => {
  table([
    ['X shared her views on NP', 'At the hearing, Judge Lila Marsh shared her views on the ferry contract.', [
      { kind: 'indirect', text: 'the ferry contract', speaker: 'Lila Marsh', cue: 'views' },
    ]],
    ['X never hid his enthusiasm for NP', 'Mayor Ivo Brandt never hid his enthusiasm for the tram line.', [
      { kind: 'indirect', text: 'the tram line', speaker: 'Ivo Brandt', cue: 'enthusiasm' },
    ]],
    ["X's preference for NP is ADJ", "Governor Runa Pell's preference for a smaller levy is no secret.", [
      { kind: 'indirect', text: 'a smaller levy', speaker: 'Runa Pell', cue: 'preference' },
    ]],
  ]);
});
