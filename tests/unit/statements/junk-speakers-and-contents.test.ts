/**
 * A fronted adjective and its infinitive opening a headline, "it's worth V-ing that C" (the writer's
 * aside, no speaker), a conjunction left dangling at the end of a content,
 * and contents made of adverbs alone. Every text here was written for these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('a headline opened by an adjective and its infinitive: the subject follows the comma', () => {
  table([
    ['Ready to back X, Y works …', 'Ready to back Merton, Halvorsen works to unite the county party\n\nThe mayor spoke on Monday.', [
      { kind: 'indirect', text: 'Merton', speaker: 'Halvorsen', mention: 'Halvorsen' },
    ]],
    ['Poised To Endorse X, Governor Y To Meet …', 'Poised To Endorse Merton, Governor Halvorsen To Meet Delegates\n\nThe mayor spoke on Monday.', [
      { kind: 'indirect', text: 'Merton', speaker: 'Halvorsen', mention: 'Governor Halvorsen' },
    ]],
    // negative: the adjective is never the speaker
    ['Eager to Court Farmers, Y Tours the Valley (no reporting verb)', 'Eager to Court Farmers, Senator Quell Tours the Valley\n\nThe mayor spoke on Monday.', []],
  ]);
});

describe("it's worth V-ing that C: a statement with no speaker", () => {
  table([
    ["it's worth pointing out that C", "For anyone counting votes it's worth pointing out again that the harbor levy passed by a single vote.", [
      { kind: 'indirect', text: 'the harbor levy passed by a single vote', speaker: null },
    ]],
    ['It is worth pointing out that C', 'It is worth pointing out that Dalton never voted for the orchard bill.', [
      { kind: 'indirect', text: 'Dalton never voted for the orchard bill', speaker: null },
    ]],
  ], { headline: true });
});

describe('a conjunction dangling at the end is no part of the content', () => {
  table([
    ['said C, and (the sentence goes on without a clause)', 'Ravel said he had never seen the ledger, and', [
      { kind: 'indirect', text: 'he had never seen the ledger', speaker: 'Ravel' },
    ]],
    ['says C and', 'Mayor Ostrow says the tunnel will open in May and', [
      { kind: 'indirect', text: 'the tunnel will open in May', speaker: 'Ostrow' },
    ]],
  ], { headline: true });
});

describe('adverbs alone are no content', () => {
  table([
    ['X rejected too', 'The plan came up again. Ostrow rejected too.', []],
    ['X and Y echo again and again', 'Ostrow and Ravel echo again and again.', []],
    // "so" stands for a clause: "said so" is a report
    ['N percent said so (kept)', 'The tunnel had its fans: 61 percent said so.', [
      { kind: 'indirect', text: 'so', mention: '61 percent' },
    ]],
  ], { headline: true });
});

describe('knowing a person ("has known X since/for …") is no belief', () => {
  table([
    ['has known NAME since …', 'Vera Ostrow has known Halvorsen since the 1980s and worked with him for years.', []],
    ['who has known the NAMEs for decades (the report after it stays)', 'Ostrow, who has known the Halvorsens for decades, said the plan would fail.', [
      { kind: 'indirect', text: 'the plan would fail', speaker: 'Ostrow' },
    ]],
    // a clause after "knew" is a belief, even with "for" in it
    ['knew C (with "for" inside the clause) is kept', 'Ostrow knew the mayor was lying for years.', [
      { kind: 'indirect', text: 'the mayor was lying for years', speaker: 'Ostrow' },
    ]],
    ['has known for weeks that C is kept', 'Ostrow has known for weeks that the plan would fail.', [
      { kind: 'indirect', text: 'the plan would fail', speaker: 'Ostrow' },
    ]],
  ], { headline: true });
});
