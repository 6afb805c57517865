/**
 * Predictions that match nothing (round 13): an editor's note in the paper's own voice, an
 * impersonal "it is too soon to say", "show" as a broadcast programme, and a state's support or
 * vote (its electorate at the polls). Every text here
 * was written for these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('an editor’s note is the paper’s own voice', () => {
  table([
    ['a standing note on a candidate: no statement', 'Editor’s note: Ana Brevik is a ferry owner and columnist who has often pledged to shut every dock in the bay.', []],
    ['a disclosure note: no statement', "Editor's Note: The author has advised the Harbor Party, which says the levy is unfair.", []],
    ['the note opens the paragraph only: a later sentence still reports', 'Editor’s note: Ana Brevik is a client of this paper. Port officials said the levy would rise in May.', [
      { kind: 'indirect', text: 'the levy would rise in May', speaker: 'Port officials' },
    ]],
    ['a correction restates what the paper reported: kept', 'Editor’s note: A previous version of this story said Ana Brevik had resigned.', [
      { kind: 'indirect', text: 'Ana Brevik had resigned' },
    ]],
    ['"note" elsewhere in a sentence: a report as usual', 'Ana Brevik wrote in a note to staff that the levy would rise.', [
      { kind: 'indirect', text: 'the levy would rise', speaker: 'Ana Brevik' },
    ]],
  ], { headline: true });
});

describe('“it is too soon to say”: an open question, no report', () => {
  table([
    ['too soon to say whether C', 'It is too soon to tell if the harbour levy passes.', []],
    ['too early to tell how C', 'It was too early to tell how the vote in Dunmore would go.', []],
    ['hard to say what C', 'It is hard to say what the council will decide.', []],
    ['a person who says it is too soon: that person’s statement', 'Ana Brevik said it was too soon to say whether the levy would pass.', [
      { kind: 'indirect', text: 'it was too soon to say whether the levy would pass', speaker: 'Ana Brevik' },
    ]],
    ['a person who refused to say: kept as a report', 'Ana Brevik refused to say whether the levy would pass.', [
      { kind: 'indirect', text: 'to say whether the levy would pass', speaker: 'Ana Brevik' },
    ]],
  ], { headline: true });
});

describe('“show” after a word of broadcasting is a programme', () => {
  table([
    ['the reality TV show, “Title”: a title, not a quotation', 'Pim Oster, a winner of the reality TV show, “Kitchen Wars,” joined the campaign.', []],
    ['a talk show: no report', 'Pim Oster hosts the late-night talk show Open Table on Fridays.', []],
    ['polls show C: a report', 'Recent polls show the mayor is trailing in Dunmore.', [
      { kind: 'indirect', text: 'the mayor is trailing in Dunmore' },
    ]],
  ], { headline: true });
});

describe('a state that supports or votes is its electorate at the polls', () => {
  table([
    ['a state supporting a party’s nominees: a result', 'Montana has long been loyal to the Greens, supporting their nominees by wide margins.', []],
    ['a two-word state supporting a candidate: a result', 'West Virginia was a reliable state for the Greens, supporting Ola Brant in 1992.', []],
    ['a state’s support for candidates: a result', 'Nevada’s strong support for Ola Brant and Pim Oster ended in 2008.', []],
    ['a person of a state supports X: that person’s stance', 'Ana Brevik of Montana supported the levy.', [
      { kind: 'indirect', text: 'the levy', speaker: 'Ana Brevik' },
    ]],
    ['a governor of a state supports X: that person’s stance', 'Montana Gov. Ana Brevik supports the levy.', [
      { kind: 'indirect', text: 'the levy', speaker: 'Ana Brevik' },
    ]],
  ], { headline: true });
});
