/**
 * A speaker mention is the noun phrase that names the speaker, and its role a real title or
 * apposition: never the verb or preposition that governs a possessor ("in response to Lee's
 * plan"), the "for" before a gerund cue ("faulted Lee for suggesting"), a clause word or
 * sentence adverb before the name ("When the mayor", "Now Lee"), or the preposition a quoted
 * title followed ("the author of “…”"). A named subject with its past-tense verb before a possessor
 * is the holder ("Lee hailed the court's decision to V"). Every text here was written for these tests.
 */
import { describe } from 'vitest';
import { table, type Row } from './table.ts';

const ROWS: Row[] = [
  [
    'a possessor after "in response to" is the mention, without the preposition',
    'In response to Tom Baker’s plan to cut the budget, the union held a rally.',
    [{ kind: 'indirect', text: 'to cut the budget', speaker: 'Tom Baker', mention: 'Tom Baker’s', role: null }],
  ],
  [
    'a possessor after a phrasal verb: the title stays, the verb and particle go',
    'The board has held up Ms. Roe’s proposal for closing the plant.',
    [{ kind: 'indirect', text: 'closing the plant', speaker: 'Roe', mention: 'Ms. Roe’s', role: 'Ms.' }],
  ],
  [
    'a possessor after a participle and "to"',
    'Voters were drawn to Sen. Ann Roe’s plans to expand the park.',
    [{ kind: 'indirect', text: 'to expand the park', speaker: 'Ann Roe', mention: 'Sen. Ann Roe’s', role: 'Sen.' }],
  ],
  [
    'a possessor organisation keeps its determiner',
    'The bill was a result of the Acme Corporation’s refusal to pay the tax.',
    [{ kind: 'indirect', text: 'to pay the tax', speaker: 'Acme Corporation', mention: 'the Acme Corporation’s' }],
  ],
  [
    'the "for" before a gerund cue is no part of the mention',
    'Critics faulted Gov. Tom Baker for suggesting that the bridge was safe.',
    [{ kind: 'indirect', text: 'the bridge was safe', speaker: 'Tom Baker', mention: 'Gov. Tom Baker', role: 'Gov.' }],
  ],
  [
    'a clause word before the name is no part of the role',
    'When the governor Tom Baker finally wrapped up, he said that the plan was working.',
    [{ kind: 'indirect', text: 'the plan was working', speaker: 'Tom Baker', mention: 'he', role: 'governor' }],
  ],
  [
    'an apposition before a quoted title: the role drops the dangling "of"',
    'Ann Roe, the author of “Deep Water,” said that the harbor would reopen.',
    [{ kind: 'indirect', text: 'the harbor would reopen', speaker: 'Ann Roe', role: 'author' }],
  ],
  [
    'a sentence adverb before a name is no part of the mention',
    'Now Ann Lee says that the plan is working.',
    [{ kind: 'indirect', text: 'the plan is working', speaker: 'Ann Lee', mention: 'Ann Lee' }],
  ],
  [
    'a conjunction before a name is no part of the mention',
    'When Tom Baker spoke, he said that the plan was working. As Ann Roe put it, the plan was “a disaster.”',
    [
      { kind: 'indirect', text: 'the plan was working', speaker: 'Tom Baker', mention: 'he' },
      { kind: 'partial', text: 'the plan was “a disaster.”', speaker: 'Ann Roe', mention: 'Ann Roe' },
    ],
  ],
  [
    'a named subject and its past-tense verb before a possessor: the subject holds the stance',
    'Ann Lee and her allies celebrated the Acme Corporation’s decision not to close the plant as a victory.',
    [{ kind: 'indirect', text: 'not to close the plant as a victory', speaker: 'Ann Lee', mention: 'Ann Lee and her allies' }],
  ],
  [
    'a share of the people addressed keeps its "of"',
    'Many of you said that the plan was working.',
    [{ kind: 'indirect', text: 'the plan was working', mention: 'Many of you' }],
  ],
  [
    'a title with "of state" before a name: "state" is a noun there, not a verb of speech',
    'Former secretary of state Ann Roe said that the plan was bad.',
    [{ kind: 'indirect', text: 'the plan was bad', speaker: 'Ann Roe', mention: 'Former secretary of state Ann Roe', role: 'Former secretary of state' }],
  ],
  [
    'a participle clause after a name is no role; a participle adjective of a role is',
    'Sen. Ann Roe, wearing a red hat, said that the deal was bad. Sen. Tom Baker, ranking member of the committee, said that the deal was good.',
    [
      { kind: 'indirect', text: 'the deal was bad', speaker: 'Ann Roe', role: 'Sen.' },
      { kind: 'indirect', text: 'the deal was good', speaker: 'Tom Baker', role: 'Sen., ranking member of the committee' },
    ],
  ],
  [
    'a participle clause before a name set off by commas gives the name no role',
    'Ann Lee has won five states, putting her ahead of her rival, Sen. Tom Roe, who has won three. Roe said that the race was not over.',
    [{ kind: 'indirect', text: 'the race was not over', speaker: 'Tom Roe', mention: 'Roe', role: 'Sen.' }],
  ],
  [
    '"put out a statement saying": the one who put it out speaks',
    'Her office put out a statement on Friday saying that the mayor was innocent.',
    [{ kind: 'indirect', text: 'the mayor was innocent', mention: 'Her office' }],
  ],
  [
    'an apposition before a name after "while": the conjunction is no part of the role',
    'Ann Lee won the vote in Ohio, while her rival, Tom Roe, won the contest in Utah. Roe said that the race was not over.',
    [{ kind: 'indirect', text: 'the race was not over', speaker: 'Tom Roe', mention: 'Roe', role: 'rival' }],
  ],
  [
    'an apposition before a name after a fronted verb: the role is the noun phrase only',
    'At center stage was the mayor’s eldest daughter, Ann Lee, who spoke last. Lee said that the city was safe.',
    [{ kind: 'indirect', text: 'the city was safe', speaker: 'Ann Lee', mention: 'Lee', role: 'mayor’s eldest daughter' }],
  ],
  [
    'a relative clause with a contracted "who’s" gives no role',
    'Ann Lee, who’s running for mayor, said that the city was safe.',
    [{ kind: 'indirect', text: 'the city was safe', speaker: 'Ann Lee', role: null }],
  ],
  [
    'a clause word opening the segment before a name set apart is no part of its role',
    'When the FBI director, Tom Roe, spoke, he said that the case was closed.',
    [{ kind: 'indirect', text: 'the case was closed', speaker: 'Tom Roe', mention: 'he', role: 'FBI director' }],
  ],
  [
    'a role with its "of" complement before a name, registered for later mentions',
    'The mayor was attacked by the front-runner and former secretary of state Ann Roe. “We need steady hands,” Roe said.',
    [{ kind: 'direct', text: 'We need steady hands,', speaker: 'Ann Roe', mention: 'Roe', role: 'former secretary of state' }],
  ],
];

describe('speaker mentions are clean noun phrases', () => table(ROWS));
