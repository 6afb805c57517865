/**
 * Precision on indirect statements: verbs of speech used in a sense that reports
 * nothing ("advises a client", "wrote a book", "claimed 40 percent of the vote",
 * "defending 20 seats"). Every text here was written for these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('“advise” a client', () => {
  table([
    ['a firm that advises X: a client, not advice', 'Norvel is a small bank that advises regional airlines.', []],
    ['advising X on its sale: a client and a deal', 'The bank is advising Corex on its sale to Brill Foods.', []],
    ['who has advised X, in an apposition: the client', 'Pia Sand, a strategist who has advised the Harbor Fund, was not at the dinner.', []],
    ['advised X to V: advice given', 'Pia Sand advised the mayor to delay the vote.', [
      { kind: 'indirect', text: 'the mayor to delay the vote', speaker: 'Pia Sand' },
    ]],
    ['advised that C: advice given', 'Pia Sand advised that the bridge was unsafe.', [
      { kind: 'indirect', text: 'the bridge was unsafe', speaker: 'Pia Sand' },
    ]],
  ]);
});

describe('“write” a piece of work', () => {
  table([
    ['wrote a book: the work, not its words', 'Oren Pell wrote a book about river barges.', []],
    ['wrote the letter in May: the work', 'Oren Pell wrote the letter in May.', []],
    ['wrote his thesis on X: the work', 'In Leeds, Oren Pell wrote his thesis on canal tolls.', []],
    ['wrote a letter urging X to V: the letter reports', 'Oren Pell wrote a letter urging the council to resign.', [
      { kind: 'indirect', text: 'a letter urging the council to resign', speaker: 'Oren Pell' },
    ]],
    ['wrote a letter to X, demanding C: the letter reports, past the comma', 'Oren Pell wrote a letter last week to the harbour board, demanding that the canal reopen.', [
      { kind: 'indirect', text: 'a letter last week to the harbour board, demanding that the canal reopen', speaker: 'Oren Pell' },
      { kind: 'indirect', text: 'the canal reopen', speaker: 'Oren Pell' },
    ]],
    ['wrote the letter, signed it and left: the work', 'Oren Pell wrote the letter, signed it and left.', []],
    ['wrote that C: a report', 'Oren Pell wrote that the canal was closing.', [
      { kind: 'indirect', text: 'the canal was closing', speaker: 'Oren Pell' },
    ]],
  ]);
});

describe('“claim” and “defend” what is won or held', () => {
  table([
    ['claiming N percent of the vote: a share won', 'Mara Quist won the seat easily, claiming 58 percent of the vote.', []],
    ['claims more territory: land taken', 'The militia claims more territory each week.', []],
    ['claiming residency: a home taken', 'The merged firm is claiming residency in Malta for tax purposes.', []],
    ['defending N seats: seats held in an election', 'The Greens are defending 12 of the 20 council seats this spring.', []],
    ['claims N percent of X V: a claim', 'Mara Quist claims 60 percent of residents back the plan.', [
      { kind: 'indirect', text: '60 percent of residents back the plan', speaker: 'Mara Quist' },
    ]],
    ['defended his decision: a stance kept', 'Mara Quist defended her decision to leave two seats empty.', [
      { kind: 'indirect', text: 'her decision to leave two seats empty', speaker: 'Mara Quist' },
    ]],
  ]);
});

describe('“call” a person on the phone', () => {
  table([
    ['called X shortly after …: a telephone call', 'Ivo Marsh, who called Dana Kell shortly after the count ended, was gracious.', []],
    ['called both X Tuesday night: a telephone call', 'The governor called both mayors Tuesday night.', []],
    ['called X a Y: naming, a report', 'Ivo Marsh called Dana Kell a coward.', [
      { kind: 'indirect', text: 'Dana Kell a coward', speaker: 'Ivo Marsh' },
    ]],
  ]);
});
