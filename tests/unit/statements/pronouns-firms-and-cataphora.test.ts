/**
 * Two pronoun rules of the lead's merge round (session 14):
 * - "he" and "she" stand for people: a two-word name the article shows to be a company's
 *   ("Harlow Pike, which makes …", "Harlow Pike's shares") is never their antecedent, even when the
 *   register had no other evidence to type it;
 * - "Although he called C, Mr. Roe …": a he/she right after the word opening a subordinate clause points
 *   ahead to the person who opens the main clause, when that person's gender fits.
 * Every text here was written for these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('"he" and "she" are never a company', () => {
  table([
    ['a company named like a person, then a titled surname, then "he"', 'Harlow Pike International Inc. agreed to buy Venn Kogyo. Harlow Pike, a Welsh conglomerate, is paying $90 million. Whether Harlow Pike\'s gamble will work is unclear, but at the launch Mr. Tarik was cheerful. Venn, he said, will fit well with Harlow Pike\'s plants.', [
      { kind: 'indirect', text: 'to buy Venn Kogyo', speaker: 'Harlow Pike International Inc.', cue: 'agreed' },
      { kind: 'indirect', text: 'Venn … will fit well with Harlow Pike\'s plants', speaker: 'Tarik', mention: 'he' },
    ]],
    ['a person with the same shape of name still is one', 'Harlow Pike, a retired judge, joined the board in May. He said the board would meet monthly.', [
      { kind: 'indirect', text: 'the board would meet monthly', speaker: 'Harlow Pike', mention: 'He' },
    ]],
  ]);
});

describe('a pronoun opening a subordinate clause points ahead to the main clause', () => {
  table([
    ['"Although he called C," then a titled surname', 'Pell Foods had told its staff that it would grow. Although he called current conditions "very tough," Mr. Dorne, the chairman, forecast higher earnings for the year.', [
      { kind: 'indirect', text: 'it would grow', speaker: 'Pell Foods' },
      { kind: 'partial', text: 'current conditions "very tough,"', speaker: 'Dorne', mention: 'he', cue: 'called' },
    ]],
    ['"While she called C," then a full name', 'Sales fell in June. While she called the drop "a blip," Kay Dunn cut the budget by a tenth.', [
      { kind: 'partial', text: 'the drop "a blip,"', speaker: 'Kay Dunn', mention: 'she', cue: 'called' },
    ]],
    ['not when the one opening the main clause is of the other gender', 'Ann Lee spoke first. When she said the plan was dead, Tom Roe left the room.', [
      { kind: 'indirect', text: 'the plan was dead', speaker: 'Ann Lee', mention: 'she', cue: 'said' },
    ]],
    ['not when no name opens the main clause', 'Ann Lee spoke first. After she called the plan "dead," the crowd cheered Kay Dunn.', [
      { kind: 'partial', text: 'the plan "dead,"', speaker: 'Ann Lee', mention: 'she', cue: 'called' },
    ]],
  ]);
});
