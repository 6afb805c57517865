/**
 * Organisations named without an organisation word ("Brindle said its sales
 * rose"): the article's own wording marks the name as a company, a paper or an
 * agency, and the speaker is typed as one; a person (a first name, a title)
 * keeps the person type. Every text here was written for these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('an organisation named without an organisation word', () => {
  table([
    ['X said its NP: the report refers back to its subject as "its"', 'Brindle said its sales of garden tools rose sharply in the spring.', [
      { kind: 'indirect', text: 'its sales of garden tools rose sharply in the spring', speaker: 'Brindle', type: 'organisation' },
    ]],
    ['X said it VP: "it" as the subject of an action', 'Marrowfield said it plans to close two depots next year.', [
      { kind: 'indirect', text: 'it plans to close two depots next year', speaker: 'Marrowfield', type: 'organisation' },
    ]],
    ['X said DAY it VP: a day between the verb and its clause', 'Harwick said Tuesday it expects to hire forty workers.', [
      { kind: 'indirect', text: 'it expects to hire forty workers', speaker: 'Harwick', type: 'organisation' },
    ]],
    ['X’s shares elsewhere in the article', 'Quillon said demand for its lamps had slowed. Quillon’s shares fell 4% on the news.', [
      { kind: 'indirect', text: 'demand for its lamps had slowed', speaker: 'Quillon', type: 'organisation' },
    ]],
    ['X, the company, …: an appositive noun names an organisation', 'Tessaly, the software company, said the outage had lasted three hours.', [
      { kind: 'indirect', text: 'the outage had lasted three hours', speaker: 'Tessaly', type: 'organisation' },
    ]],
    ['X Corp. written once, then X said', 'Orvane Corp. cut prices last week. Orvane said the cuts would lift demand.', [
      { kind: 'indirect', text: 'the cuts would lift demand', speaker: 'Orvane', type: 'organisation' },
    ]],
    ['an organisation noun before the name ("Danish carmaker X")', 'Danish carmaker Voskel reported a drop in orders. Voskel claims demand will recover.', [
      { kind: 'indirect', text: 'a drop in orders', speaker: 'Voskel', type: 'organisation' },
      { kind: 'indirect', text: 'demand will recover', speaker: 'Voskel', type: 'organisation' },
    ]],
    ['"the company X founded" is no such noun: a person stays a person', 'She joined the company Bram Ostler founded. Ostler claims demand will recover.', [
      { kind: 'indirect', text: 'demand will recover', speaker: 'Bram Ostler', type: 'person' },
    ]],
    ['a dummy "it" leaves a person a person', 'Halloway said it was clear that the bridge needed repairs.', [
      { kind: 'indirect', text: 'it was clear that the bridge needed repairs', speaker: 'Halloway', type: 'person' },
    ]],
    ['a first name before the name keeps a person a person, though a firm bears it', 'Dana Pellew founded the Pellew Group in 1990. Pellew said the firm would hire.', [
      { kind: 'indirect', text: 'the firm would hire', speaker: 'Dana Pellew', type: 'person' },
    ]],
    ['a title before the name keeps a person a person', 'Mr. Corran said its roof would be fixed by spring.', [
      { kind: 'indirect', text: 'its roof would be fixed by spring', speaker: 'Corran', type: 'person' },
    ]],
  ]);
});
