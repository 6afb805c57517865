/**
 * Speaker mentions, second set: a decimal number ("$791.34.") does not keep the sentence's full
 * stop the way an abbreviation does, so the next sentence's subject is the whole mention.
 * ", compared to/with X" after a clause is the writer's comparison, not an inverted report ("…, said X"):
 * an inverted subject never opens with a preposition.
 * Every text here was written for these tests.
 */
import { describe } from 'vitest';
import { table, type Row } from './table.ts';

const ROWS: Row[] = [
  ['", compared to" a possessor is no inverted speaker', 'Smith has won 300 delegates so far, compared to Jones’s 250.', []],
  ['", compared with" a sum is no inverted speaker', 'The mayor has 1.2 million dollars in the bank, compared with 31,000 for his rival.', []],
  ['", compared to" a percentage is no inverted speaker', 'Forty percent of voters backed the plan in May, compared to 30 percent in March.', []],
  [
    'an inverted speaker after "said" is still read',
    'The plant will close next spring, said the company, which employs 300 people.',
    [{ kind: 'indirect', text: 'The plant will close next spring', mention: 'the company' }],
  ],
  [
    'a sentence ends after a price with decimals: the next subject is the whole mention',
    'Shares of Acme rose 3 percent to $791.34. The company reported earnings of $8.42 a share.',
    [{ kind: 'indirect', text: 'earnings of $8.42 a share', mention: 'The company' }],
  ],
  [
    'a percentage with decimals closes its sentence too',
    'Turnout fell to 41.5%. The county clerk said that the rain kept voters home.',
    [{ kind: 'indirect', text: 'the rain kept voters home', mention: 'The county clerk' }],
  ],
];

describe('speaker mentions are clean noun phrases (2)', () => table(ROWS));
