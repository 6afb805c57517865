/**
 * Speakers that a capitalised modifier took over, and a report after
 * ", but" whose subject opens that clause.
 * - "Bond traders said", "The Tarvos relatives filed a suit, saying": a word capitalised only because
 *   it opens the sentence (the article never writes it again), a word the article also writes in
 *   lower case, or a place, before a plural noun of people names no organisation; the people speak.
 *   A name the article uses elsewhere still stands for its bearer ("Brannock managers" after "Ida Brannock").
 * - "The Tarvos relatives applied …, saying C": the plural noun after the capitalised words is part of
 *   the subject that a participle clause takes its speaker from.
 * - "Nobody was hurt, but crews closed the road and said C": the subject of the clause after ", but".
 * - "the giant brewing company": an -ing word before the company noun that ends the phrase is part of
 *   that noun, not a participle cutting the phrase.
 * - "Mr. Quill of Harrow Brothers said": an honorific and a surname before "of" and an organisation
 *   are the person; the organisation is the affiliation.
 * Every text here was written for these tests.
 */
import { describe } from 'vitest';
import { table, type Row } from './table.ts';

const ROWS: Row[] = [
  [
    'a sentence-initial capitalised word used once, before a plural noun of people, is no organisation',
    'Bond traders said the market would stay quiet until the holiday.',
    [{ kind: 'indirect', text: 'the market would stay quiet until the holiday', speaker: 'Bond traders', type: 'anonymous' }],
  ],
  [
    'a place before a plural noun of people: the people speak, also through a participle clause',
    'The Tarvos relatives applied for a permit on the family’s behalf, saying the farm could not wait another season.',
    [{ kind: 'indirect', text: 'the farm could not wait another season', speaker: 'the Tarvos relatives', type: 'anonymous' }],
  ],
  [
    'a word the article also writes in lower case, before a plural noun of people',
    'Pension managers said the new rules would cost them dearly. Most pension plans have already changed course.',
    [{ kind: 'indirect', text: 'the new rules would cost them dearly', speaker: 'Pension managers', type: 'anonymous' }],
  ],
  [
    'a name the article uses elsewhere still stands for its bearer',
    'Ida Brannock leads the race in the north. Brannock managers said the lead would hold.',
    [{ kind: 'indirect', text: 'the lead would hold', speaker: 'Ida Brannock' }],
  ],
  [
    'a plural noun of things after the capitalised word changes nothing',
    'Felder papers showed the mill had lost money for years.',
    [],
  ],
  [
    'the subject of the clause after ", but" reports with "and said"',
    'Nobody was hurt in the slide, but firefighters closed the valley road and said they would watch the slope overnight.',
    [{ kind: 'indirect', text: 'they would watch the slope overnight', speaker: 'firefighters', type: 'anonymous' }],
  ],
  [
    'an -ing word before the company noun is part of the company description',
    'Marrowby Ales Inc. posted a loss for the quarter. The giant brewing company said it would sell two plants next year.',
    [{ kind: 'indirect', text: 'it would sell two plants next year', speaker: 'Marrowby Ales Inc.', type: 'organisation' }],
  ],
  [
    'an honorific and a surname before "of" and a company are the person',
    '"The offer is far too low," said Mr. Quill of Harrow Brothers. Mr. Quill added that the board would wait.',
    [
      { kind: 'direct', text: 'The offer is far too low,', speaker: 'Quill', type: 'person' },
      { kind: 'indirect', text: 'the board would wait', speaker: 'Quill', type: 'person' },
    ],
  ],
];

describe('plural groups after a capitalised word, clause subjects, honorifics before "of"', () => {
  table(ROWS);
});
