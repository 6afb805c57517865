/**
 * More constructions of wire and business news outside the political corpus: a founder's
 * possessive inside a company's name; a sentence adverb before a name; a name before an
 * apposition whose closing comma is missing; "and" inside the name of a public body; a nationality or an adjective opening a group or a
 * thing ("Cuban exiles", "New evidence"), which is no organisation; a company with its town and
 * state; "deny" meaning withhold and "take the stand", which report nothing. Every text here was
 * written for these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('names of speakers in wire copy', () => {
  table([
    ["a possessive inside a company's name: NAME's WORD Co.", "Dunmore's Market Co. said it would merge with a rival grocer.", [
      { kind: 'indirect', text: 'it would merge with a rival grocer', speaker: "Dunmore's Market Co.", type: 'organisation' },
    ]],
    ["the same with an apposition", "Pelham's Bay Inc., a fur trader, announced that it would sell two stores.", [
      { kind: 'indirect', text: 'it would sell two stores', speaker: "Pelham's Bay Inc.", type: 'organisation' },
    ]],
    ["must not: a possessive before a person's name stays a role", "Radio Falk's Ann Lee said the vote was close.", [
      { kind: 'indirect', text: 'the vote was close', speaker: 'Ann Lee', type: 'person' },
    ]],
    ['a sentence adverb before the name is no part of it', 'Certainly Tom Ferris has said that he will appeal.', [
      { kind: 'indirect', text: 'he will appeal', speaker: 'Tom Ferris', type: 'person' },
    ]],
    ['the same with "Reportedly"', 'Reportedly Ann Dorsey told aides she would resign.', [
      { kind: 'indirect', text: 'she would resign', speaker: 'Ann Dorsey', type: 'person' },
    ]],
    ['NAME, the ROLE of ORG VERBED without the closing comma: the name speaks', 'Tom Ferris, the president of Delcor announced that the plant would close.', [
      { kind: 'indirect', text: 'the plant would close', speaker: 'Tom Ferris', type: 'person' },
    ]],
    ['the same after a fronted phrase', 'As part of the plan, Tom Ferris, the president of Delcor announced that the plant would close.', [
      { kind: 'indirect', text: 'the plant would close', speaker: 'Tom Ferris', type: 'person' },
    ]],
    ['must not change: the closing comma present', 'Tom Ferris, the president of Delcor, announced that the plant would close.', [
      { kind: 'indirect', text: 'the plant would close', speaker: 'Tom Ferris', type: 'person' },
    ]],
    ['NAME Corp., TOWN, ST., said: the company speaks, not its town', 'Delcor Corp., Bayonne, N.J., said it would raise its dividend.', [
      { kind: 'indirect', text: 'it would raise its dividend', speaker: 'Delcor Corp.', type: 'organisation' },
    ]],
    ['the same after an opening adverb', 'Separately, Westway Airlines, Tucson, Ariz., said that its freight income rose 45%.', [
      { kind: 'indirect', text: 'its freight income rose 45%', speaker: 'Westway Airlines', type: 'organisation' },
    ]],
    ['"and" inside the name of a public body', 'The Fisheries and Wildlife Service has ruled that the dam must stay.', [
      { kind: 'indirect', text: 'the dam must stay', speaker: 'Fisheries and Wildlife Service', type: 'organisation' },
    ]],
    ['"&" inside the name of an association', 'Harbor Savings & Loan Association announced a loss for the quarter.', [
      { kind: 'indirect', text: 'a loss for the quarter', speaker: 'Harbor Savings & Loan Association', type: 'organisation' },
    ]],
    // (two speakers: the first named is the statement's speaker, Acme Corp. its co-speaker; see coordinated-speakers.test.ts)
    ['must not: a name and a company are two', 'Kessler and Acme Corp. said the deal was off.', [
      { kind: 'indirect', text: 'the deal was off', speaker: 'Kessler', mention: 'Kessler and Acme Corp.' },
    ]],
    ['a person with her town and state', 'Ann Lee, Dover, Del., said she would run.', [
      { kind: 'indirect', text: 'she would run', speaker: 'Ann Lee', type: 'person' },
    ]],
  ]);
});

describe('a nationality or an adjective that opens the phrase names no organisation', () => {
  table([
    ['NATIONALITY exiles say', 'Cuban exiles say the ferry ban should end.', [
      { kind: 'indirect', text: 'the ferry ban should end', speaker: 'Cuban exiles', type: 'anonymous' },
    ]],
    ['NATIONALITY countries believe', 'Arab countries believe the plan will fail.', [
      { kind: 'indirect', text: 'the plan will fail', speaker: 'Arab countries', type: 'anonymous' },
    ]],
    ['an adjective capitalised at the start: "New figures" is no speaker named "New"', 'New figures are suggesting that the harbor is silting up.', [
      { kind: 'indirect', text: 'the harbor is silting up', speaker: 'New figures', type: 'anonymous' },
    ]],
    ['must not: a given name that ends like a nationality stays a name', 'Brian Kessler told reporters the deal was off.', [
      { kind: 'indirect', text: 'the deal was off', speaker: 'Brian Kessler', type: 'person' },
    ]],
    ["NAME's relatives said: the relatives speak, not the man they are named after", "Tom Ferris's relatives said they could give the boy a better life.", [
      { kind: 'indirect', text: 'they could give the boy a better life', speaker: "Tom Ferris's relatives", type: 'anonymous' },
    ]],
    ['must not change: an agency before its agents', 'FBI agents said the car was stolen.', [
      { kind: 'indirect', text: 'the car was stolen', speaker: 'FBI', type: 'organisation' },
    ]],
  ]);
});

describe('verbs that report nothing here', () => {
  table([
    ['to deny someone something is to withhold it', 'Had the board agreed, it would have denied the colonel a chance to win back the port.', []],
    ['deny NAME a thing', 'Kessler denied Varga a seat at the table.', []],
    ['deny him access', 'The warden denied him access to the files.', []],
    ['must not: deny a charge is a report', 'Ann Roe denied the charges through a lawyer.', [
      { kind: 'indirect', text: 'the charges', speaker: 'Ann Roe' },
    ]],
    ['a witness takes the stand', 'She took the stand for four hours on Friday.', []],
  ]);
});
