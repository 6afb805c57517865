/**
 * Untuned news, misses left open by earlier rounds:
 * - "…, the filing said" / "The court filing said": a document noun in -ing ("filing", "ruling") heads the
 *   subject as other document nouns do; an -ing participle still does not.
 * - "Vantor affirmed it doesn't plan to …", "Vantor reaffirmed it will …": after a verb that takes a bare
 *   clause only with its subject and finite verb at once, "it" is that subject before a finite verb
 *   ("mentioned it to reporters" is an object); "reaffirm" reports as "affirm" does.
 * - "Presidents Ivan Dorko of Veldania and Pavel Marek of Ostria …": a plural title before the names is
 *   no part of either name, so "Dorko" later is Ivan Dorko.
 * - "The Danish paper, packaging and printing group(,) said": a series of modifiers whose items end in
 *   -ing, opened by a nationality, is a description of the company named before it.
 * - "Lawyers for the family said": a role noun's plural opening the sentence names a group, not a person
 *   called "Lawyers"; "lodged papers in district court on Friday contending C": the court after the
 *   preposition is no subject of the participle, with a day between as without one.
 * - "Dana Quist is a lawyer who argued that C": the subject of the copula speaks, not "a lawyer".
 * Every text here was written for these tests.
 */
import { describe } from 'vitest';
import { table, type Row } from './table.ts';

const ROWS: Row[] = [
  [
    'a filing as the source after the content',
    'Norvell will close two plants next year, the filing said.',
    [{ kind: 'indirect', text: 'Norvell will close two plants next year', speaker: 'the filing', type: 'anonymous' }],
  ],
  [
    'a filing as the source before the content',
    'The filing said Norvell would close two plants next year.',
    [{ kind: 'indirect', text: 'Norvell would close two plants next year', speaker: 'the filing', type: 'anonymous' }],
  ],
  [
    'a modified filing keeps its modifier',
    'The bankruptcy filing showed that Norvell owed its suppliers nearly $4 million.',
    [{ kind: 'indirect', text: 'Norvell owed its suppliers nearly $4 million', speaker: 'the bankruptcy filing', type: 'anonymous' }],
  ],
  [
    'an -ing participle after "the" is no speaker',
    'The dying said nothing at all about the will.',
    [],
  ],
  [
    'affirmed with "it" and a negated finite verb',
    "Norvell affirmed it doesn't plan to buy the rest of Brisco's shares.",
    [{ kind: 'indirect', text: "it doesn't plan to buy the rest of Brisco's shares", speaker: 'Norvell' }],
  ],
  [
    'reaffirmed with a bare clause and with "that"',
    'Norvell reaffirmed it will keep the Dunmore mill open. Brisco reaffirmed that its offer stands.',
    [
      { kind: 'indirect', text: 'it will keep the Dunmore mill open', speaker: 'Norvell' },
      { kind: 'indirect', text: 'its offer stands', speaker: 'Brisco' },
    ],
  ],
  [
    '"it" as the object of such a verb reports nothing',
    'Lena Vord mentioned it to reporters on the way out. She disclosed it in a letter.',
    [],
  ],
  [
    'a plural title before coordinated names with their countries',
    'Presidents Ivan Dorko of Veldania and Pavel Marek of Ostria signed a trade plan Friday. Dorko has said repeatedly that Veldania would remain neutral.',
    [{ kind: 'indirect', text: 'Veldania would remain neutral', speaker: 'Ivan Dorko' }],
  ],
  [
    'a plural title before coordinated names',
    'Presidents Ivan Dorko and Pavel Marek met in the capital. Marek said the border talks would resume in May.',
    [{ kind: 'indirect', text: 'the border talks would resume in May', speaker: 'Pavel Marek' }],
  ],
  [
    'a series of lines of business in -ing with a stray comma before the verb',
    'Corvex Holdings PLC said net income fell 5%. The Danish paper, packaging and printing firm, said earnings in its core units fell 10%.',
    [
      { kind: 'indirect', text: 'net income fell 5%', speaker: 'Corvex Holdings PLC' },
      { kind: 'indirect', text: 'earnings in its core units fell 10%', speaker: 'Corvex Holdings PLC', type: 'organisation' },
    ],
  ],
  [
    'a series of lines of business in -ing without the comma',
    'Corvex Holdings PLC said net income fell 5%. The Danish mining, shipping and trucking concern said earnings in its core units fell 10%.',
    [
      { kind: 'indirect', text: 'net income fell 5%', speaker: 'Corvex Holdings PLC' },
      { kind: 'indirect', text: 'earnings in its core units fell 10%', speaker: 'Corvex Holdings PLC', mention: 'The Danish mining, shipping and trucking concern' },
    ],
  ],
  [
    'lawyers for a family are a group',
    'Ana Mendes, 6, was found off the coast in November. Lawyers for the family said the hearing would be delayed.',
    [{ kind: 'indirect', text: 'the hearing would be delayed', speaker: 'Lawyers for the family', type: 'anonymous' }],
  ],
  [
    'a group of lawyers speaks through a participle after the main verb',
    'Attorneys for Vela seemed to resist the motion, saying in a filing that the account was private.',
    [
      { kind: 'indirect', text: 'Attorneys for Vela … to resist the motion', speaker: null },
      { kind: 'indirect', text: 'the account was private', speaker: 'Attorneys', type: 'anonymous' },
    ],
  ],
  [
    'the court after "in" is no subject of the participle, a day between',
    'Lawyers for the tenants lodged papers in district court on Friday arguing the landlord cannot evict them.',
    [{ kind: 'indirect', text: 'the landlord cannot evict them', speaker: 'Lawyers' }],
  ],
  [
    'the subject of a copula before "a lawyer who"',
    'Dana Quist is a lawyer who argued that the statute was void.',
    [{ kind: 'indirect', text: 'the statute was void', speaker: 'Dana Quist' }],
  ],
  [
    'a cleft keeps the noun phrase',
    'It was a lawyer who argued that the statute was void.',
    [{ kind: 'indirect', text: 'the statute was void', speaker: 'a lawyer' }],
  ],
];

describe('more misses from the untuned news', () => {
  table(ROWS);
});
