/**
 * Speech verbs whose statements went wholly missing: a role phrase opening
 * with a determiner and then a name set off by commas ("C, the club's
 * treasurer, Ida Moss, said") is the speaker's noun phrase, and nothing to
 * its left belongs to it; and "…, X VERBed Y and said C" after an opening
 * prepositional phrase ("Beyond the photos, the filing …", "By the close of
 * the session, Lee …") takes X as its speaker. Every text here was written
 * for these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('"…, the ROLE, NAME, said": a role phrase and the name after it', () => {
  table([
    ['content first, role and name, said', 'The ferry will run all winter, the club\'s president, Ida Moss, said.', [
      { kind: 'indirect', text: 'The ferry will run all winter', speaker: 'Ida Moss', mention: 'the club\'s president, Ida Moss', cue: 'said' },
    ]],
    ['content first, role and name, told an outlet', 'The mill stays open through June, her spokesman, Rudi Falk, told the Gazette.', [
      { kind: 'indirect', text: 'The mill stays open through June', speaker: 'Rudi Falk', mention: 'her spokesman, Rudi Falk', cue: 'told' },
    ]],
    ['an opening time phrase is no part of the speaker', 'On Friday, the board\'s chairwoman, Ida Moss, said the levy would pass.', [
      { kind: 'indirect', text: 'the levy would pass', speaker: 'Ida Moss', mention: 'the board\'s chairwoman, Ida Moss', cue: 'said' },
    ]],
    ['a kin noun before the name', 'The bakery will reopen, his daughter, Lena Ruiz, said on Sunday.', [
      { kind: 'indirect', text: 'The bakery will reopen', speaker: 'Lena Ruiz', mention: 'his daughter, Lena Ruiz', cue: 'said' },
    ]],
    ['a place after "from" is no name in apposition', 'The levy is too high, said Otto Brandt, a grocer from Salem, Oregon.', [
      { kind: 'indirect', text: 'The levy is too high', speaker: 'Otto Brandt', cue: 'said' },
    ]],
  ]);
});

describe('"PP, X VERBed Y and said C": the subject after an opening prepositional phrase', () => {
  table([
    ['a common-noun subject after "Beyond …,"', 'Beyond the photos, the filing listed two witnesses and said that the guard had struck a visitor.', [
      { kind: 'indirect', text: 'the guard had struck a visitor', speaker: 'the filing', cue: 'said' },
    ]],
    ['a name after a longer opening phrase', 'By the close of the session, Nora Vance was pushed into a corner and said that her remarks had been twisted.', [
      { kind: 'indirect', text: 'her remarks had been twisted', speaker: 'Nora Vance', cue: 'said' },
    ]],
    ['a short opening phrase still works', 'In the end, Nora Vance left the hall and said that the vote was rigged.', [
      { kind: 'indirect', text: 'the vote was rigged', speaker: 'Nora Vance', cue: 'said' },
    ]],
    ['no report: nothing', 'By the close of the session, Nora Vance was pushed into a corner and left the hall.', []],
  ]);
});

describe('"X implied C" with no "that": a subject and its finite verb right after the verb', () => {
  table([
    ['a bare plural and its verb', 'Otto Brandt implied tenants were to blame for the fire.', [
      { kind: 'indirect', text: 'tenants were to blame for the fire', speaker: 'Otto Brandt', cue: 'implied' },
    ]],
    ['a subject pronoun and its verb', 'Otto Brandt implied she had misled the board.', [
      { kind: 'indirect', text: 'she had misled the board', speaker: 'Otto Brandt', cue: 'implied' },
    ]],
    ['a name and its verb', 'Otto Brandt mentioned Ida Moss had left the firm.', [
      { kind: 'indirect', text: 'Ida Moss had left the firm', speaker: 'Otto Brandt', cue: 'mentioned' },
    ]],
    ['a determiner phrase and an auxiliary', 'Otto Brandt implied the audit was a sham.', [
      { kind: 'indirect', text: 'the audit was a sham', speaker: 'Otto Brandt', cue: 'implied' },
    ]],
    ['"that" still works', 'Otto Brandt implied that the audit was a sham.', [
      { kind: 'indirect', text: 'the audit was a sham', speaker: 'Otto Brandt', cue: 'implied' },
    ]],
    ['no clause: nothing', 'Otto Brandt implied nothing of the kind.', []],
    ['"remarks he made": a plural noun, no report', 'The mayor, turning to old remarks he made in May, left early.', []],
  ]);
});
