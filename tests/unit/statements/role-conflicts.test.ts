/**
 * A definite role phrase ("the mayor said") whose nearest candidate is a
 * person the article gives a different office (a teacher, a senator, a
 * spokesman) does not mean that person: the next compatible one, else the
 * role stays anonymous. Descriptions that go with any office (billionaire,
 * candidate, nominee, "the former senator") still take the person named last.
 */
import { describe } from 'vitest';
import { speakerTable, type SpeakerRow as Row } from './table.ts';

const CONFLICTS: Row[] = [
  ['a teacher is not the mayor',
    'Jo Lake, a teacher, said the fees were too high.\n\nThe mayor said that the plant will close.',
    [['fees were too high', 'Jo Lake'], ['plant will close', 'the mayor']]],
  ['a senator is not the governor',
    'Sen. Bert Quill said the road bill was dead.\n\nThe governor said that he would sign it anyway.',
    [['road bill was dead', 'Bert Quill'], ['sign it anyway', 'the governor']]],
  ['a spokesman is not the minister',
    'Omar Fennick, a spokesman for the party, said the talks had stalled.\n\nThe minister said that a deal was close.',
    [['talks had stalled', 'Omar Fennick'], ['deal was close', 'the minister']]],
  ['the one named before the teacher, of no given office, is the mayor',
    'Pam Hollis toured the flooded streets on Monday.\n\nJo Lake, a teacher, said the fees were too high.\n\nThe mayor said that the bridge would reopen soon.',
    [['fees were too high', 'Jo Lake'], ['bridge would reopen', 'Pam Hollis']]],
  ['a congressman is not the witness’s lawyer',
    'Rep. Ned Vail said the witness must appear.\n\nBut Hollis’s lawyer has said he will not testify.',
    [['witness must appear', 'Ned Vail'], ['will not testify', 'Hollis’s lawyer']]],
];

const VARIATION: Row[] = [
  ['a developer is the billionaire',
    'Rex Dunmore, a real estate developer, said the tower would rise next year.\n\nThe billionaire said that the permits were ready.',
    [['tower would rise', 'Rex Dunmore'], ['permits were ready', 'Rex Dunmore']]],
  ['a senator is the candidate',
    'Sen. Ida Crane said the primary would be close.\n\nThe candidate said that her rivals were nervous.',
    [['primary would be close', 'Ida Crane'], ['rivals were nervous', 'Ida Crane']]],
  ['a governor is the former senator',
    'Gov. Tom Roe said the budget was balanced.\n\nThe former senator said that taxes would fall.',
    [['budget was balanced', 'Tom Roe'], ['taxes would fall', 'Tom Roe']]],
  ['a senator is the Republican nominee',
    'Dale Pruitt, a senator from Kansas, said the ticket was strong.\n\nThe Republican nominee said that the polls were wrong.',
    [['ticket was strong', 'Dale Pruitt'], ['polls were wrong', 'Dale Pruitt']]],
  ['a governor is the governor',
    'Gov. Lina Marsh said the levee would hold.\n\nThe governor said that crews were ready.',
    [['levee would hold', 'Lina Marsh'], ['crews were ready', 'Lina Marsh']]],
];

describe('a role phrase passes over one given another office', () => speakerTable(CONFLICTS));
describe('a role phrase compatible with the person still means them', () => speakerTable(VARIATION));
