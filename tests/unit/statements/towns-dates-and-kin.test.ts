/**
 * Precision on newswire the engine was not tuned on (third pass): a town and
 * its state modifying a company noun, dates that are never speakers, and
 * other misreadings. Every text here was written for these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('unseen news, third pass', () => {
  table([
    ['"The TOWN, ST., NOUN said": the town and state modify the noun; the noun phrase speaks', 'The Tilbury, Vt., creamery said it would hire nine drivers.', [
      { kind: 'indirect', text: 'it would hire nine drivers', speaker: 'the Tilbury creamery' },
    ]],
    ['"the TOWN, ST., bank": an organisation noun keeps its town as a modifier', 'Later the Marlow, Ky., bank said its deposits had grown.', [
      { kind: 'indirect', text: 'its deposits had grown', speaker: 'Marlow bank', type: 'organisation' },
    ]],
    ['must not: a person of a town and state keeps the name', 'Nora Pell, of Tilbury, Vt., said the creamery would hire nine drivers.', [
      { kind: 'indirect', text: 'the creamery would hire nine drivers', speaker: 'Nora Pell' },
    ]],
    ['"on MONTH DAY" between subject and verb: a date, skipped; the subject speaks', 'The Harbour Safety Panel on Oct. 7 called for a review of the ferry schedule.', [
      { kind: 'indirect', text: 'a review of the ferry schedule', speaker: 'Harbour Safety Panel' },
    ]],
    ['must not: an abbreviated month and its day never speak', 'Circulars sent out on Nov. 21 suggest that the ferry will stop running.', [
      { kind: 'indirect', text: 'the ferry will stop running', speaker: 'Circulars' },
    ]],
    ['must not: "Jun" without a point is a name', 'Li Jun, a trader in Ningbo, said the ferry would stop running.', [
      { kind: 'indirect', text: 'the ferry would stop running', speaker: 'Li Jun' },
    ]],
    ['"X\'s relatives have fought …, saying": the relatives speak, not X', "Tomas Ferro's relatives in Denver have fought to keep the dog, saying they could give it a better home.", [
      { kind: 'indirect', text: 'they could give it a better home', speaker: "Tomas Ferro's relatives" },
    ]],
    ['must not: "X\'s win …, giving": a thing of X leaves X as the subject', "Tomas Ferro's win in the county race drew praise, giving the party hope.", []],
    ['"it is crucial to note that": the empty "it" is no one; the aside is kept with no speaker', 'The Harlow scheme will build a new weir on the river. Yet it is crucial to note that the weir would not stop floods.', [
      { kind: 'indirect', text: 'the weir would not stop floods', speaker: null, mention: null },
    ]],
    ['must not: a named speaker before "it is important" keeps the statement', 'Ann Vole said it is important that the weir be finished by June.', [
      { kind: 'indirect', text: 'it is important that the weir be finished by June', speaker: 'Ann Vole' },
    ]],
    ['"for health reasons": "reasons" is a noun, no cue', 'He replaces Tom Hale, who left the board in May for family reasons.', []],
    ['must not: a named subject still reasons', 'Ann Vole reasons that the weir will hold.', [
      { kind: 'indirect', text: 'the weir will hold', speaker: 'Ann Vole', cue: 'reasons' },
    ]],
  ]);
});
