/**
 * One rule for the subject that opens a sentence (`openingSubject` in np.ts), used both by a
 * quotation introduced by the paragraph before ("X issued this statement:") and by
 * characterisations. Every text here was written for these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

const QUOTE = '“We regret the delay to the ferry service and will publish a new timetable.”';

describe('the subject opening the sentence before a colon speaks the quotation after it', () => {
  table([
    ['a name', `Mayor Ilse Varga issued this statement:\n\n${QUOTE}`, [
      { kind: 'direct', text: QUOTE.slice(1, -1), speaker: 'Ilse Varga', mention: 'Mayor Ilse Varga' },
    ]],
    ['"the" and a name and a noun', `The Varga campaign issued this statement:\n\n${QUOTE}`, [
      { kind: 'direct', text: QUOTE.slice(1, -1), mention: 'The Varga campaign' },
    ]],
    ['"the" and lower-case nouns', `The harbor commission issued this statement:\n\n${QUOTE}`, [
      { kind: 'direct', text: QUOTE.slice(1, -1), mention: 'The harbor commission' },
    ]],
    ['no speaker when the subject is the statement itself', `The following statement was released on Monday:\n\n${QUOTE}`, []],
  ]);
});
