/**
 * Untuned news, session 13 (unseen2): speaker faults left after the first pass.
 * - "Urging Pell directors to …, Harrow said": a reporting participle opening the sentence is no
 *   part of the name after it; the subject of the main clause speaks.
 * - "Tulsa, Okla.-based Brindle Savings said": where an organisation is based describes it; the name is the rest.
 * - "The big paper, timber and printing company said": a series of modifiers before a company noun
 *   is a description of the company named before it.
 * - "Quarry, Delmont Partners and Fenwick Holt say": a bare name listed with organisations, or one no
 *   full name introduced, is a firm's short name; "Surveyors Maria Holm and Peter Drozd said": a plural
 *   noun of people before coordinated names is each one's role; "Controller and Deputy Counsel Nadia Fors
 *   said": two titles of one person.
 * - "A spokesman for Tessor Ltd. said C. He said D": the unnamed spokesman speaks for the organisation both times.
 * Every text here was written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { run, table, type Row } from './table.ts';

const ROWS: Row[] = [
  [
    'a reporting participle opening the sentence: the main clause subject speaks',
    'Orvane had little to add. Urging Pell directors to hold "an open and honest contest for the shares," Orvane asked when the board would meet.',
    [
      { kind: 'partial', text: 'Pell directors to hold "an open and honest contest for the shares,"', speaker: 'Orvane' },
      { kind: 'indirect', text: 'when the board would meet', speaker: 'Orvane' },
    ],
  ],
  [
    'a town and state before "-based": the organisation alone',
    'Tulsa, Okla.-based Brindle Savings said it would close four branches next spring.',
    [{ kind: 'indirect', text: 'it would close four branches next spring', speaker: 'Brindle Savings', type: 'organisation' }],
  ],
  [
    'a one-word base before the organisation',
    'Harwick-based Tolland Mills Inc. said it would hire 40 weavers.',
    [{ kind: 'indirect', text: 'it would hire 40 weavers', speaker: 'Tolland Mills Inc.', type: 'organisation' }],
  ],
  [
    'a series of modifiers before the company noun points back to the company',
    'Quorley Group Inc. posted a loss for the quarter. The big paper, timber and printing company said it would sell two mills.',
    [{ kind: 'indirect', text: 'it would sell two mills', speaker: 'Quorley Group Inc.', type: 'organisation' }],
  ],
  [
    'two coordinated modifiers, the second in -ing',
    'Quorley Group Inc. posted a loss for the quarter. The big paper and printing company said it would sell two mills.',
    [{ kind: 'indirect', text: 'it would sell two mills', speaker: 'Quorley Group Inc.', type: 'organisation' }],
  ],
  [
    'a series of plural nouns of people is no company',
    'The pilots, cooks and other crew said they would walk out on Friday.',
    [{ kind: 'indirect', text: 'they would walk out on Friday', speaker: 'other crew' }],
  ],
  [
    'two titles of one person are not two speakers',
    'Controller and Deputy Counsel Nadia Fors said the bank would repay the loan.',
    [{ kind: 'indirect', text: 'the bank would repay the loan', speaker: 'Nadia Fors', type: 'person' }],
  ],
  [
    'an unnamed spokesman for an organisation, then "he": the same speaker',
    'A spokesman for Tessor Ltd. said the plant would reopen in March after repairs to its boilers.\n\nHe said the repairs would cost less than $2 million.',
    [
      { kind: 'indirect', text: 'the plant would reopen in March after repairs to its boilers', speaker: 'Tessor Ltd.' },
      { kind: 'indirect', text: 'the repairs would cost less than $2 million', speaker: 'Tessor Ltd.' },
    ],
  ],
  [
    'a person of that gender named in between takes "he"',
    'A spokesman for Tessor Ltd. said the plant would reopen in March.\n\nMayor Anton Grell welcomed the news. He said the town needed the jobs.',
    [
      { kind: 'indirect', text: 'the plant would reopen in March', speaker: 'Tessor Ltd.' },
      { kind: 'indirect', text: 'the news', speaker: 'Anton Grell' },
      { kind: 'indirect', text: 'the town needed the jobs', speaker: 'Anton Grell' },
    ],
  ],
];

describe('participle openers, place-based organisations, listed speakers', () => {
  table(ROWS);

  it('a bare name listed with firm names is an organisation, like the others', () => {
    const s = run('Quarry, Delmont Partners and Fenwick Holt say they trade only for clients.').find((x) => x.text.includes('trade only'));
    expect([s?.speaker?.name, s?.speaker?.type]).toEqual(['Quarry', 'organisation']);
    expect((s?.coSpeakers ?? []).map((x) => x.type)).toEqual(['organisation', 'organisation']);
  });

  it('people introduced by full name stay people', () => {
    const s = run('Lena Quarry joined the board in May. Quarry and Tom Hale said they would vote no.').find((x) => x.text.includes('vote no'));
    expect([s?.speaker?.name, s?.speaker?.type]).toEqual(['Lena Quarry', 'person']);
  });

  it('a plural noun of people before coordinated names is the role of each', () => {
    const s = run('Surveyors Maria Holm and Peter Drozd said the wall was sound.').find((x) => x.text.includes('wall'));
    expect([s?.speaker?.name, s?.speaker?.role]).toEqual(['Maria Holm', 'surveyor']);
    expect((s?.coSpeakers ?? []).map((x) => [x.name, x.role])).toEqual([['Peter Drozd', 'surveyor']]);
  });

  it('two titles of one person keep both titles', () => {
    const s = run('Controller and Deputy Counsel Nadia Fors said the bank would repay the loan.')[0];
    expect(s?.speaker?.role).toBe('Controller and Deputy Counsel');
    expect(s?.coSpeakers).toBeUndefined();
  });
});
