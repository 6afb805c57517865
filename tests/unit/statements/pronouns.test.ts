/**
 * Pronoun speakers ("he said", "she added") resolved to the person the
 * sentences before make salient: the subject of a main clause after an
 * opening clause or a possessive apposition, a name that a sentence-opening
 * participle only governs, a titled surname several people share, and the
 * gender that common given names tell. Every text here was written for these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('the subject a pronoun points back to', () => {
  table([
    ['But like X, Y …. He …: the subject after a conjunction and an opening clause', 'Tom Roe has odd habits. But like Roe, Dan Lee holds several odd positions. He believes, for example, that taxes should rise.', [
      { kind: 'indirect', text: 'taxes should rise', speaker: 'Dan Lee', mention: 'He' },
    ]],
    ['Using X as a foil, Y said: the participle is no part of the name', 'Tom Roe spoke on Friday. Using Dan Lee as a foil, Roe said taxes should rise.', [
      { kind: 'indirect', text: 'taxes should rise', speaker: 'Tom Roe', role: null },
    ]],
    ['Acme’s minister, X, plays down …, he says: the name in apposition is the subject', 'Tom Roe spoke on Friday about the dam. Acme’s foreign minister, Dan Lee, plays down concerns. The plan is good news, he says.', [
      { kind: 'indirect', text: 'The plan is good news', speaker: 'Dan Lee', mention: 'he' },
    ]],
    ['And at the urging of his wife, X, he …: the wife is no subject', 'Tom Roe has started a transition. And at the urging of his wife, Pat Roe, he has been talking about launching a group. Among aides, there is chatter.', [
      { kind: 'indirect', text: 'launching a group', speaker: 'Tom Roe', mention: 'he' },
    ]],
  ]);
});

describe('gender from titles and given names', () => {
  table([
    ['Mrs. Roe, two women of that surname: the one named first', 'Ann Roe, the senator, campaigned in Ohio. Her husband, Tom Roe, stayed home. Their daughter, Jane Roe, spoke to a union.\n\nLater, Dan Lee asked about taxes. Mrs. Roe did not hesitate. “Taxes will fall,” she said.', [
      { kind: 'direct', text: 'Taxes will fall,', speaker: 'Ann Roe', mention: 'she' },
    ]],
    ['Mrs. Roe, a man and a woman of unknown gender share the surname: the woman', 'Verna Roe, a conservative, spoke. Her husband, Tom Roe, stayed home.\n\nLater, Betty Friedan, a feminist, said the plan was wrong. Mrs. Roe’s pronouncements drove her rivals to distraction. She said that taxes were a problem.', [
      { kind: 'indirect', text: 'the plan was wrong', speaker: 'Betty Friedan' },
      { kind: 'indirect', text: 'taxes were a problem', speaker: 'Verna Roe', mention: 'She' },
    ]],
    ['an honorific before another person’s possessive in an apposition: no gender for the one described', 'Ann Lee and Kate Roe toured a plant.\n\nWhile a joint ticket is unlikely, Tom Hale, the lawyer leading Mrs. Lee’s search, has begun vetting Ms. Roe. Ever since she endorsed Mrs. Lee this month, Ms. Roe has been a powerful surrogate.', [
      { kind: 'indirect', text: 'Mrs. Lee', speaker: 'Kate Roe', mention: 'she' },
    ]],
    ['she after a man with a common given name: not him', 'Ann Roe had a plan. Charlie Lee, an adviser, said the vote would be close.\n\nThis year, she has sought to portray herself as a reformer.', [
      { kind: 'indirect', text: 'the vote would be close', speaker: 'Charlie Lee' },
      { kind: 'indirect', text: 'to portray herself as a reformer', speaker: 'Ann Roe', mention: 'she' },
    ]],
  ]);
});

describe('the subject after an opening participle phrase, a plural possessive or a dateline', () => {
  table([
    ['Reached by X, Lee, the chairman, …. He …: the name after the participle phrase is the subject', 'Dan Lee runs the county party. Tom Roe said the vote was rigged.\n\nReached by the Courier, Lee, the county chairman, hesitated to repeat his criticism. He agreed that Roe may struggle.', [
      { kind: 'indirect', text: 'the vote was rigged', speaker: 'Tom Roe' },
      { kind: 'indirect', text: 'Roe may struggle', speaker: 'Dan Lee', mention: 'He' },
    ]],
    ['Acme News’ Dan Lee noticed …. He …: a plural possessive before the name is no subject', 'Tom Roe said taxes would rise.\n\nMost channels ignored the speech. Acme News’ Dan Lee noticed the silence. He commented that the speech was dull.', [
      { kind: 'indirect', text: 'taxes would rise', speaker: 'Tom Roe' },
      { kind: 'indirect', text: 'the speech was dull', speaker: 'Dan Lee', mention: 'He' },
    ]],
    ['CITY, S.C. - Sen. X …, casting …: a dateline before a spaced hyphen is not the subject', 'Lee and Roe spar.\n\nPORT HOPE, S.C. - Sen. Ann Lee (D-Ore.) kept up her onslaught against Tom Roe at a diner, calling him a fraud and questioning whether he can win.', [
      { kind: 'indirect', text: 'him a fraud', speaker: 'Ann Lee', mention: 'Sen. Ann Lee' },
      { kind: 'indirect', text: 'whether he can win', speaker: 'Ann Lee', mention: 'Sen. Ann Lee' },
    ]],
    ['City (AFP) – X …, accusing …: a title-case place with its agency is a dateline', 'Lee quits.\n\nPort Hope (AFP) – Senator Ann Lee on Monday hit the trail, accusing Tom Roe of fraud.', [
      { kind: 'indirect', text: 'Tom Roe of fraud', speaker: 'Ann Lee', mention: 'Senator Ann Lee' },
    ]],
    ['X - the mayor - said: a dash after a name that is no dateline keeps the subject', 'Ann Lee - the mayor - said taxes would rise.', [
      { kind: 'indirect', text: 'taxes would rise', speaker: 'Ann Lee' },
    ]],
  ]);
});
