/**
 * The name and role a speaker page shows: a title before a name is the role, not
 * part of the name, even after an organisation's acronym; an affiliation after
 * "of" goes to the role; abbreviations are never people; a title-case headline's
 * clause is never a name. Every text here was written for these tests.
 */
import { describe } from 'vitest';
import { table, type Row } from './table.ts';

const BODY: Row[] = [
  [
    'an acronym, a title and a full name: the person, with the title as role',
    'FBI Director Ann Roe said that the inquiry into the leak was over.',
    [{ kind: 'indirect', text: 'the inquiry into the leak was over', speaker: 'Ann Roe', type: 'person', role: 'FBI Director' }],
  ],
  [
    'an acronym title ("CEO") after a company name',
    'Former Acme CEO Tom Baker said that he would run for the Senate next year.',
    [{ kind: 'indirect', text: 'he would run for the Senate next year', speaker: 'Tom Baker', type: 'person', role: 'Former Acme CEO' }],
  ],
  [
    'a party acronym and an abbreviated title',
    'GOP Sen. Maria Lopez said that the deal was a bad one for farmers.',
    [{ kind: 'indirect', text: 'the deal was a bad one for farmers', speaker: 'Maria Lopez', type: 'person', role: 'GOP Sen.' }],
  ],
  [
    'a middle initial stays in the name',
    'RNC Chairman Paul J. Novak said that the convention would open on time.',
    [{ kind: 'indirect', text: 'the convention would open on time', speaker: 'Paul J. Novak', type: 'person', role: 'RNC Chairman' }],
  ],
  [
    'a title with its "of" phrase ("Chief of Staff")',
    'DNC Chief of Staff Emma Hart said that the party had raised more money than expected.',
    [{ kind: 'indirect', text: 'the party had raised more money than expected', speaker: 'Emma Hart', type: 'person', role: 'DNC Chief of Staff' }],
  ],
  [
    'a hyphenated title ("Editor-in-Chief")',
    'Herald Editor-in-Chief Dana Voss said that the paper would appeal the ruling.',
    [{ kind: 'indirect', text: 'the paper would appeal the ruling', speaker: 'Dana Voss', type: 'person', role: 'Herald Editor-in-Chief' }],
  ],
  [
    'a role noun written capitalised before a name',
    'Billionaire Mark Stone said that he would fund the stadium himself.',
    [{ kind: 'indirect', text: 'he would fund the stadium himself', speaker: 'Mark Stone', type: 'person', role: 'Billionaire' }],
  ],
  [
    'a first name, a surname and "of" an organisation: the organisation is the role',
    'Linda Park of Harbor Capital said that rates would rise before the summer.',
    [{ kind: 'indirect', text: 'rates would rise before the summer', speaker: 'Linda Park', type: 'person', role: 'Harbor Capital' }],
  ],
  [
    'a title, a name and "of" a place: the place is neither name nor role',
    'Acme Director Tom Baker of Ohio said that the plant would stay open.',
    [{ kind: 'indirect', text: 'the plant would stay open', speaker: 'Tom Baker', type: 'person', role: 'Acme Director' }],
  ],
  [
    'an organisation named "X of Y" stays whole',
    'The University of Westmark said that its new dormitory would open in the fall.',
    [{ kind: 'indirect', text: 'its new dormitory would open in the fall', speaker: 'University of Westmark', type: 'organisation' }],
  ],
  [
    'an organisation with a title word and no name after it stays whole',
    'The Senate Budget Committee said that the plan would add to the deficit.',
    [{ kind: 'indirect', text: 'the plan would add to the deficit', speaker: 'Senate Budget Committee', type: 'organisation' }],
  ],
  [
    'a dotted abbreviation is an organisation, never a person',
    'The F.D.A. said that the drug was safe for children over six.',
    [{ kind: 'indirect', text: 'the drug was safe for children over six', speaker: 'F.D.A.', type: 'organisation' }],
  ],
  [
    'the role a register keeps is the title, never the name itself',
    'Sen. Ann Lee of Ohio spoke on Tuesday.\n\nLee said that the bill would pass before the recess.',
    [{ kind: 'indirect', text: 'the bill would pass before the recess', speaker: 'Ann Lee', role: 'Sen.' }],
  ],
  [
    'a transcript speaker written in capitals is a person, not an acronym',
    'The interview went on.\n\nJANE DOYLE: Will you debate her again this fall?',
    [{ kind: 'direct', text: 'Will you debate her again this fall?', speaker: 'JANE DOYLE', type: 'person' }],
  ],
  [
    'a one-word organisation in capitals before a colon stays an organisation',
    'The interview went on.\n\nCNN: The network will air the debate in full.',
    [{ kind: 'direct', text: 'The network will air the debate in full', speaker: 'CNN', type: 'organisation' }],
  ],
  [
    'a number before a capitalised plural counts a group: no one is named',
    'Two Democrats said that the plan went too far for their districts.',
    [{ kind: 'indirect', text: 'the plan went too far for their districts', speaker: 'two Democrats', type: 'anonymous' }],
  ],
  [
    'a quantifier before a capitalised plural of a people',
    'Many more Britons said that the price of food worried them most.',
    [{ kind: 'indirect', text: 'the price of food worried them most', type: 'anonymous' }],
  ],
  [
    'a noun of occupation capitalised before a first name is the role',
    'Comedian Maria Lopez said that the crowd was being unfair to the mayor.',
    [{ kind: 'indirect', text: 'the crowd was being unfair to the mayor', speaker: 'Maria Lopez', type: 'person', role: 'Comedian' }],
  ],
  [
    'an opening preposition is neither name nor role',
    'Besides Ann Lee, Tom Roe said that the vote was close.',
    [{ kind: 'indirect', text: 'the vote was close', speaker: 'Tom Roe', role: null }],
  ],
  [
    'a name after a preposition takes no role from the words before it',
    'The candidacy of Ann Lee worried some, a spokesman for Tom Roe said that the deal was off.',
    [{ kind: 'indirect', text: 'the deal was off', speaker: 'Tom Roe', role: null }],
  ],
];

/** Title-case headlines (paragraph 1 of the article). */
const HEADLINES: Row[] = [
  [
    'a role noun before a name in a title-case headline',
    'Billionaire Mark Stone Says He Would Fund The Stadium\n\nThe body of the article.',
    [{ kind: 'indirect', text: 'He Would Fund The Stadium', speaker: 'Mark Stone', role: 'Billionaire' }],
  ],
  [
    'a title-case clause before a colon is no speaker',
    'Lee Wades In: Urges Voters To Back The Levy\n\nThe body of the article.',
    [],
  ],
  [
    'a title-case clause with small words is no speaker',
    'Rival Pays A Heavy Price For Backing Tom Roe\n\nThe body of the article.',
    [],
  ],
];

describe('speaker names and roles in running text', () => table(BODY, { headline: true }));
describe('speaker names in title-case headlines', () => table(HEADLINES));

describe('words that are no speaker mention', () => table([
  ['PRONOUN ADVERB learned that C: the adverb is no part of the mention', 'Rafe Oduya joined the firm in May. He soon learned that the books were wrong.', [
    { kind: 'indirect', text: 'the books were wrong', speaker: 'Rafe Oduya', mention: 'He', cue: 'learned' },
  ]],
  ['PRONOUN ADVERB ADVERB says C', 'Nell Ashby runs the co-op. She often privately says the rent is too high.', [
    { kind: 'indirect', text: 'the rent is too high', speaker: 'Nell Ashby', mention: 'She', cue: 'says' },
  ]],
  ['X -- who … over the past few days -- said C: the time phrase ending the aside is not the speaker', 'The judge -- who has been in a feud with the mayor over the past few days -- said she regretted her remarks.', [
    { kind: 'indirect', text: 'she regretted her remarks', speaker: 'the judge', mention: 'The judge', cue: 'said' },
  ]],
  ['PEOPLE who … over the decades, ADJUNCT, said C', 'Some voters who have heard his speeches over the decades, on television or at small events, said he had less energy now.', [
    { kind: 'indirect', text: 'he had less energy now', speaker: 'some voters', mention: 'Some voters', cue: 'said' },
  ]],
], { headline: true }));

describe('a capitalised word opening the sentence that names no one: an unnamed group, not a person', () => table([
  ['plural of a group noun (-ists)', 'Strategists said the race in the north was closer than the polls showed.', [
    { kind: 'indirect', text: 'the race in the north was closer than the polls showed', speaker: 'Strategists', type: 'anonymous' },
  ]],
  ['plural of a group noun (-ians)', 'Norwegians said the new ferry fares were too high.', [
    { kind: 'indirect', text: 'the new ferry fares were too high', speaker: 'Norwegians', type: 'anonymous' },
  ]],
  ['plural of a group noun (-ents)', 'Proponents said the levy would pay for two new schools.', [
    { kind: 'indirect', text: 'the levy would pay for two new schools', speaker: 'Proponents', type: 'anonymous' },
  ]],
  ['plural of a group noun before a verb of judging', 'Proponents are hailing the new levy as a way to fund two schools.', [
    { kind: 'indirect', text: 'the new levy as a way to fund two schools', speaker: 'Proponents', type: 'anonymous' },
  ]],
  ['an indefinite pronoun', 'Nobody said the bridge would open before the winter.', [
    { kind: 'indirect', text: 'the bridge would open before the winter', speaker: 'Nobody', type: 'anonymous' },
  ]],
  ['a numeral for people', 'Hundreds said they would march on the capital on Friday.', [
    { kind: 'indirect', text: 'they would march on the capital on Friday', speaker: 'Hundreds', type: 'anonymous' },
  ]],
  ['a surname that ends like a plural is still a person (-ments)', 'Clements said the levy would pay for two new schools.', [
    { kind: 'indirect', text: 'the levy would pay for two new schools', speaker: 'Clements', type: 'person' },
  ]],
  ['a surname in -s is still a person', 'Roberts said the levy would pay for two new schools.', [
    { kind: 'indirect', text: 'the levy would pay for two new schools', speaker: 'Roberts', type: 'person' },
  ]],
], { headline: true }));
