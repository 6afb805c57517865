/**
 * A one-word company name typed as an organisation when the article elsewhere
 * writes it in full: the name, then other capitalised words, then a corporate
 * word ("Brasmoor Fine Papers PLC", "Quenby's Inc.", "Tolland-Rhee Co.").
 * A person named in a firm's name keeps the person type. Every text here was
 * written for these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('a company written in full elsewhere in the article', () => {
  table([
    ['X Word Word PLC, then X said', 'Brasmoor Fine Papers PLC closed a mill in the north. Brasmoor said the mill had lost money for years.', [
      { kind: 'indirect', text: 'the mill had lost money for years', speaker: 'Brasmoor', type: 'organisation' },
    ]],
    ['X’s Inc.: a possessive inside the full name', "Quenby's Inc. sold its bakery unit. Quenby said the sale would cut its debt.", [
      { kind: 'indirect', text: 'the sale would cut its debt', speaker: 'Quenby', type: 'organisation' },
    ]],
    ['X-Word Co.: the name as the first half of a hyphenated firm', 'Tolland-Rhee Co. makes pumps. Tolland predicts that orders will double.', [
      { kind: 'indirect', text: 'orders will double', speaker: 'Tolland', type: 'organisation', mention: 'Tolland' },
    ]],
    ['X amp Word Bank', 'Harrowgate amp Vine Bank raised rates. Harrowgate expects deposits to grow.', [
      { kind: 'indirect', text: 'deposits to grow', speaker: 'Harrowgate', type: 'organisation' },
    ]],
    ['a Mr. before the name keeps a person a person, though a firm bears it', 'Nolan Ferrest runs Ferrest Capital Partners Inc. in Dover. Mr. Ferrest said rates would rise.', [
      { kind: 'indirect', text: 'rates would rise', speaker: 'Nolan Ferrest', type: 'person' },
    ]],
    ['the name inside another word is no full name ("McVerdon" is not "Verdon")', 'McVerdon Inc. cut jobs. Verdon, a union leader, said the cuts were unfair.', [
      { kind: 'indirect', text: 'the cuts were unfair', speaker: 'Verdon', type: 'person' },
    ]],
  ]);
});

describe('a company owning "its" or having officers and shares', () => {
  table([
    ['a sentence opening with X, a verb and "its"', 'Cadwick recently halved its dividend. Cadwick said trading had been weak.', [
      { kind: 'indirect', text: 'trading had been weak', speaker: 'Cadwick', type: 'organisation' },
    ]],
    ['X as the object before "as its" is not the owner', 'The club chose Penhale as its captain. Penhale said the team would win.', [
      { kind: 'indirect', text: 'the team would win', speaker: 'Penhale', type: 'person' },
    ]],
    ['X chief executive NAME', 'Marlowby chief executive Ruth Gale left in May. Marlowby said sales were flat.', [
      { kind: 'indirect', text: 'sales were flat', speaker: 'Marlowby', type: 'organisation' },
    ]],
    ['X shares closed up', 'Trevanna shares closed up 3 cents. Trevanna said the new plant was ready.', [
      { kind: 'indirect', text: 'the new plant was ready', speaker: 'Trevanna', type: 'organisation' },
    ]],
    ['X shares a view: the verb "shares" keeps a person a person', 'Halstow shares the doubts of his party. Halstow said the plan would fail.', [
      { kind: 'indirect', text: 'the plan would fail', speaker: 'Halstow', type: 'person' },
    ]],
  ]);
});

describe('a maker before a model number', () => {
  table([
    ['X A290 elsewhere: a product model names its maker', 'The Fennick A290 made its first flight on Monday. Fennick said deliveries would start in June.', [
      { kind: 'indirect', text: 'deliveries would start in June', speaker: 'Fennick', type: 'organisation' },
    ]],
    ['a number of percent or people is no model', 'The banners showed Orlan 100 percent in red letters. Orlan said the race was close.', [
      { kind: 'indirect', text: 'the race was close', speaker: 'Orlan', type: 'person' },
    ]],
  ]);
});

describe('"it" after more reporting verbs', () => {
  table([
    ['X has confirmed that it VP', 'Belloway has confirmed that it will shut the Dover store.', [
      { kind: 'indirect', text: 'it will shut the Dover store', speaker: 'Belloway', type: 'organisation' },
    ]],
    ['X states that it VP', 'Rookham states that it owns the name.', [
      { kind: 'indirect', text: 'it owns the name', speaker: 'Rookham', type: 'organisation' },
    ]],
    ['a dummy "it" after "has confirmed" leaves a person a person', 'Stannard has confirmed it was a mistake to wait.', [
      { kind: 'indirect', text: 'it was a mistake to wait', speaker: 'Stannard', type: 'person' },
    ]],
  ]);
});
