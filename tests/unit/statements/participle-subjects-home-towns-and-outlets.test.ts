/**
 * Speakers, round three: a plural subject with a participle clause after it, a name with its town and
 * state but no closing comma, a fronted "in addition to X," before the subject, a surname that is also a
 * common word, a pronoun after an opening participle without its comma, and an account credited to the
 * outlet or body it comes from. Every text here was written for these tests.
 */
import { describe } from 'vitest';
import { speakerTable, table, type Row, type SpeakerRow } from './table.ts';

const PARTICIPLE_SUBJECTS: Row[] = [
  [
    'a plural noun, a participle and its long object: the noun speaks',
    'Farmers hoping to win a bigger share of the Toll Fund say the levy is unfair.',
    [{ kind: 'indirect', text: 'the levy is unfair', speaker: 'Farmers', mention: 'Farmers hoping to win a bigger share of the Toll Fund' }],
  ],
  [
    'a capitalised plural group and a short participle ("trying")',
    'Greens trying to win control of the Dover council in November say the race is close.',
    [{ kind: 'indirect', text: 'the race is close', mention: 'Greens trying to win control of the Dover council' }],
  ],
  [
    'a two-letter participle stem ("going")',
    'Shoppers going to the markets on Saturday said prices had doubled.',
    [{ kind: 'indirect', text: 'prices had doubled', speaker: 'Shoppers' }],
  ],
  [
    'not when a pronoun follows the -ing word: that is a clause of its own',
    'Ann Lee is running.\n\nKeeps saying she opposed the dam, when there are tapes of her backing it.',
    [{ kind: 'indirect', text: 'the dam', speaker: 'Ann Lee', mention: 'she' }],
  ],
];

const HOME_STATE: Row[] = [
  [
    'a name, its town and its state without the closing comma: the person speaks',
    'Nora Pell of Dayton, Ohio says the plant should stay open.',
    [{ kind: 'indirect', text: 'the plant should stay open', speaker: 'Nora Pell', mention: 'Nora Pell of Dayton, Ohio' }],
  ],
  [
    'a two-word name and a home town: the town is no part of the name, even for a first name not on the list',
    'Gus Hallam of Dover says the tolls are too high.',
    [{ kind: 'indirect', text: 'the tolls are too high', speaker: 'Gus Hallam', mention: 'Gus Hallam of Dover' }],
  ],
  [
    'but a bank after "of" keeps the phrase whole',
    'Gus Hallam of Dover Bank says rates will rise.',
    [{ kind: 'indirect', text: 'rates will rise', speaker: 'Gus Hallam of Dover Bank' }],
  ],
];

const FRONTED_ADDITION: SpeakerRow[] = [
  [
    '"In addition to X," before an apposition and two names: the first name speaks',
    'In addition to Mr. Varga, two Labour members of the council from Leeds, Ada Kline and Rob Tam, have said they will vote no.',
    [['they will vote no.', 'Ada Kline']],
  ],
  [
    '"Besides X," before a group',
    'Besides Ms. Orr, two senators have said they will vote no.',
    [['they will vote no.', 'two senators']],
  ],
  [
    '"Along with X," before a name',
    'Along with Ms. Orr, Ada Kline has said she will vote no.',
    [['she will vote no.', 'Ada Kline']],
  ],
];

const COMMON_WORD_SURNAMES: SpeakerRow[] = [
  [
    'a surname that names a time, after a full name the article gives',
    'Tom Day runs the shelter on Fifth Street, open day and night.\n\nDay said the beds were full every night.',
    [['the beds were full every night', 'Tom Day']],
  ],
  [
    'the full name known only as an earlier speaker’s',
    'The park plan was cut in half last week, day by day.\n\n“You are not welcome,” said Marta Day, executive director of Friends of Parks. “This is the message.”\n\nDay said the park plan would shrink the party.',
    [['You are not welcome, … This is the message.', 'Marta Day'], ['the park plan would shrink the party', 'Marta Day']],
  ],
  [
    'a plural time word opening a sentence is still no one',
    'Hours after the vote ended, the mayor said he would resign.',
    [['he would resign', 'the mayor']],
  ],
];

const OPENING_PARTICIPLE_PRONOUN: SpeakerRow[] = [
  [
    'a participle phrase without its comma before "she": the pronoun alone is the subject',
    'Ana Cruz toured the plant. “We are tired,” she continued.\n\nListing several of Dorns stores she added, Vic Dorn is a proven failure.',
    [['We are tired,', 'Ana Cruz'], ['Vic Dorn is a proven failure', 'Ana Cruz']],
  ],
];

const ACCOUNT_SOURCES: Row[] = [
  [
    'a report in a newspaper: the newspaper speaks',
    'The mayor spoke on Monday.\n\nA report in the Quillan Ledger said the mill will close.',
    [{ kind: 'indirect', text: 'the mill will close', speaker: 'Quillan Ledger', mention: 'A report in the Quillan Ledger' }],
  ],
  [
    'after "according to"',
    'The mayor spoke on Monday.\n\nAccording to a report in the Quillan Ledger, the mill will close.',
    [{ kind: 'indirect', text: 'the mill will close', speaker: 'Quillan Ledger' }],
  ],
  [
    'an article in a weekly without "the"',
    'The mayor spoke on Monday.\n\nA new article in Harbor Weekly argues that the county is a bellwether.',
    [{ kind: 'indirect', text: 'the county is a bellwether', speaker: 'Harbor Weekly' }],
  ],
  [
    'a poll from a university, with the participle of its release',
    'The mayor spoke on Monday.\n\nA poll from Vale University released Wednesday found that Ruiz leads by nine points among likely voters.',
    [{ kind: 'indirect', text: 'Ruiz leads by nine points among likely voters', speaker: 'Vale University', mention: 'A poll from Vale University released Wednesday' }],
  ],
  [
    'not a place where a poll was taken',
    'The mayor spoke on Monday.\n\nA poll in Ohio found that Ruiz leads by nine points among likely voters.',
    [{ kind: 'indirect', text: 'Ruiz leads by nine points among likely voters', speaker: 'a poll', mention: 'A poll' }],
  ],
];

describe('a participle clause after a plural subject', () => table(PARTICIPLE_SUBJECTS));
describe('a home town and state without the closing comma', () => table(HOME_STATE));
describe('a fronted phrase of addition before the subject', () => speakerTable(FRONTED_ADDITION));
describe('surnames that are common words', () => speakerTable(COMMON_WORD_SURNAMES));
describe('a pronoun after an opening participle phrase', () => speakerTable(OPENING_PARTICIPLE_PRONOUN));
describe('accounts credited to their outlet or maker', () => table(ACCOUNT_SOURCES));
