/**
 * Forms found when the engine was read on news in another house style (encyclopedic wire copy):
 * a participle opening the sentence is no name, "the" before a capitalised name makes it an
 * organisation, a relative "who" after a name (and its apposition) gives the speaker, and a
 * quotation left open at a paragraph's end belongs to the speaker named after the quotation that
 * opens the next paragraph. Every text here was written for these tests.
 */
import { describe } from 'vitest';
import { table, type Row } from './table.ts';

const ROWS: Row[] = [
  ['Participle to NP, he stated that C: the participle is no name, and no one is named', 'Responding to claims made by rivals before the vote, he stated that he had no interest in the mill.', [
    { kind: 'indirect', text: 'he had no interest in the mill', speaker: null, mention: 'he' },
  ]],
  ['Participle to NOUN-cue, X stated that C: "to reports" reports nothing', 'Reacting to reports, the mayor stated that he had no interest in the mill.', [
    { kind: 'indirect', text: 'he had no interest in the mill', speaker: 'the mayor' },
  ]],
  ['According to the NAME, C: an organisation', 'According to the Ledger, the firm will cut its prices in the spring.', [
    { kind: 'indirect', text: 'the firm will cut its prices in the spring', speaker: 'Ledger', type: 'organisation' },
  ]],
  ['The NAME NAME said C: an organisation', 'The Coast Guard said the search would resume at dawn.', [
    { kind: 'indirect', text: 'the search would resume at dawn', speaker: 'Coast Guard', type: 'organisation' },
  ]],
  ['The TITLE NAME said C: still a person', 'The Rev. Tom Berg said the church would reopen in May.', [
    { kind: 'indirect', text: 'the church would reopen in May', speaker: 'Tom Berg', type: 'person' },
  ]],
  ['The SURNAME said C, after the person was named: that person', 'Ada Lind chairs the board. The Lind said the vote would wait.', [
    { kind: 'indirect', text: 'the vote would wait', speaker: 'Ada Lind', type: 'person' },
  ]],
  ['SITE.org said C: a web domain is an organisation', 'Checkfacts.org said the figure in the speech was wrong.', [
    { kind: 'indirect', text: 'the figure in the speech was wrong', speaker: 'Checkfacts.org', type: 'organisation' },
  ]],
  ['NAME, who said, “Q”', 'A different view comes from Carl Oreby, who said, “Great towns rarely grow forever.”', [
    { kind: 'direct', text: 'Great towns rarely grow forever.', speaker: 'Carl Oreby', mention: 'Carl Oreby' },
  ]],
  ['NAME, APPOSITION, who stated: “Q”', 'A different view comes from Carl Oreby, a historian at Leeds, who stated: “Great towns rarely grow forever.”', [
    { kind: 'direct', text: 'Great towns rarely grow forever.', speaker: 'Carl Oreby', mention: 'Carl Oreby' },
  ]],
  ['NAME, APPOSITION, who said that C', 'The idea was mocked by Carl Oreby, a historian at Leeds, who said that great towns rarely grow forever.', [
    { kind: 'indirect', text: 'great towns rarely grow forever', speaker: 'Carl Oreby', mention: 'Carl Oreby' },
  ]],
  ['“P1¶“P2,” said X.: one quotation over two paragraphs, of the speaker named at its end',
    '“This is a big day for the harbour, and I would like to thank the crews.\n\n“I want to thank everyone who worked nights,” said harbour master Tom Enders.', [
      { kind: 'direct', text: 'This is a big day for the harbour, and I would like to thank the crews. … I want to thank everyone who worked nights,', speaker: 'Tom Enders' },
    ]],
  ['“P1¶“P2¶“P3,” X said.: over three paragraphs',
    '“The ferry will run again.\n\n“The new hull is sound.\n\n“We sail on Monday,” Ida Ruud said.', [
      { kind: 'direct', text: 'The ferry will run again. … The new hull is sound. … We sail on Monday,', speaker: 'Ida Ruud' },
    ]],
  ['X said: “P0¶“P1,” she added.: the open quotation goes on from the attributed one before it',
    'Ida Ruud said: “The ferry will run again.\n\n“We sail on Monday,” she added.', [
      { kind: 'direct', text: 'The ferry will run again.', speaker: 'Ida Ruud' },
      { kind: 'direct', text: 'We sail on Monday,', speaker: 'Ida Ruud' },
    ]],
  ['a stray straight mark before a curly quotation joins nothing', 'Ida Ruud spoke at the pier.\n\n"The crowd was quiet.\n\n“We sail on Monday,” she said.', [
    { kind: 'direct', text: 'We sail on Monday,', speaker: 'Ida Ruud' },
  ]],
];

describe('forms of another house style', () => table(ROWS, { headline: true }));
