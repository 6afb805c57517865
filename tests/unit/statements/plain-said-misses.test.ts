/**
 * Plain "said" reports that went wholly missing: "said about half of …" (an
 * approximation opening the reported clause, not "said about" a topic), a
 * perfect "and has said that …" after an object ending in a name or a
 * quotation, ''…''' where a nested single mark closes with the typewriter
 * double mark, a relative "who said …" set off by dashes or brackets, and a
 * content before "he said … on X’s “Programme.”". Every text here was written
 * for these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('"said about" + a number or "half": an approximation opens the reported clause', () => {
  table([
    ['said about half of …', 'The harbor board said about half of the new berths would open in May.', [
      { kind: 'indirect', text: 'about half of the new berths would open in May', speaker: 'harbor board', cue: 'said' },
    ]],
    ['said about 30 percent of …', 'Nora Vance said about 30 percent of the ferries were late.', [
      { kind: 'indirect', text: 'about 30 percent of the ferries were late', speaker: 'Nora Vance', cue: 'said' },
    ]],
    ['said about a third of …', 'Nora Vance said about a third of the ferries were late.', [
      { kind: 'indirect', text: 'about a third of the ferries were late', speaker: 'Nora Vance', cue: 'said' },
    ]],
    ['talked about two hours: no reported clause', 'Nora Vance talked about two hours.', [
      { kind: 'indirect', text: 'two hours', speaker: 'Nora Vance', cue: 'talked' },
    ]],
  ]);
});

describe('"… and has said that C" after an object ending in a name or a quotation', () => {
  table([
    ['praised a name and has said that C', 'Tom Reyes praised Nora Vance and has said that the ferry plan will work.', [
      { kind: 'indirect', text: 'Nora Vance', speaker: 'Tom Reyes', cue: 'praised' },
      { kind: 'indirect', text: 'the ferry plan will work', speaker: 'Tom Reyes', cue: 'said' },
    ]],
    ['calls himself “Q” and has said that C', 'Tom Reyes calls himself "a harbor man" and has said that he backs the levy.', [
      { kind: 'partial', text: 'himself "a harbor man"', speaker: 'Tom Reyes', cue: 'calls' },
      { kind: 'indirect', text: 'he backs the levy', speaker: 'Tom Reyes', cue: 'said' },
    ]],
    ['two names as the subject: one statement', 'Ms. Vance and Mr. Reyes have said that the levy will pass.', [
      { kind: 'indirect', text: 'the levy will pass', cue: 'said' },
    ]],
  ]);
});

describe("typewriter quotation closing with ''' (a nested single mark first)", () => {
  table([
    ["''Q 'q,''' said X", "''Nobody wants to hear 'wait and see,''' said Nora Vance, a ferry captain.", [
      { kind: 'direct', text: "Nobody wants to hear 'wait and see,", speaker: 'Nora Vance', cue: 'said' },
    ]],
    ["''Q 'q,''' X said. ''Q2''", "''The board keeps saying 'next year,''' Nora Vance said. ''That is not an answer.''", [
      { kind: 'direct', text: "The board keeps saying 'next year, … That is not an answer.", speaker: 'Nora Vance', cue: 'said' },
    ]],
  ]);
});

describe('a relative "who said C" set off by dashes or brackets', () => {
  table([
    ['X — who once said C — went on', 'Tom Reyes — who once said the levy would pass — spoke on Friday.', [
      { kind: 'indirect', text: 'the levy would pass', speaker: 'Tom Reyes', mention: 'Tom Reyes', cue: 'said' },
    ]],
    ['X (who said C) went on', 'Tom Reyes (who said the levy would pass) spoke on Friday.', [
      { kind: 'indirect', text: 'the levy would pass', speaker: 'Tom Reyes', cue: 'said' },
    ]],
    ['X — who said C1 — said C2', 'Tom Reyes — who once said the levy would pass — said at the hearing that he had changed his mind.', [
      { kind: 'indirect', text: 'the levy would pass', speaker: 'Tom Reyes', cue: 'said' },
      { kind: 'indirect', text: 'he had changed his mind', speaker: 'Tom Reyes', cue: 'said' },
    ]],
    ['a thing — which shows … —: no speaker, no statement', 'The levy — which shows whether voters trust the board — failed.', []],
  ]);
});

describe('C, X said … on a station’s “Programme.”', () => {
  table([
    ['the programme title is no quotation', 'The ferry fares will rise in June, Nora Vance said Tuesday on WKRT’s “Harbor Hour.”', [
      { kind: 'indirect', text: 'The ferry fares will rise in June', speaker: 'Nora Vance', cue: 'said' },
    ]],
    ['told a station’s “Programme” that C', 'Nora Vance told WKRT’s “Harbor Hour” that the fares will rise.', [
      { kind: 'indirect', text: 'the fares will rise', speaker: 'Nora Vance', cue: 'told' },
    ]],
  ]);
});

describe('C1, said X, C2: an inverted attribution inside the reported sentence', () => {
  table([
    ['C1, said X, would C2', 'The contrast with the mayor, said Nora Lane, would be clear.', [
      { kind: 'indirect', text: 'The contrast with the mayor … would be clear', speaker: 'Nora Lane', mention: 'Nora Lane', cue: 'said' },
    ]],
    ['C1, said X, an apposition, would C2', 'Any fair reading of the plan, said Tom Reyes, an expert on ports, would see it as a retreat.', [
      { kind: 'indirect', text: 'Any fair reading of the plan … would see it as a retreat', speaker: 'Tom Reyes', cue: 'said' },
    ]],
    ['C, said X, who …: a relative clause, not a second part', 'The plan failed, said Tom Reyes, who has long opposed it.', [
      { kind: 'indirect', text: 'The plan failed', speaker: 'Tom Reyes', cue: 'said' },
    ]],
  ]);
});
