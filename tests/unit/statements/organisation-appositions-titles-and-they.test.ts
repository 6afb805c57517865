/**
 * Speaker types on untuned news: a company whose name ends in a dotted
 * corporate form ("S.p.A.", "B.V."), a broker named with "Securities", and a
 * name set off by an apposition whose head is a newspaper or a company
 * ("Kilo, a weekly owned by …") are organisations; an apposition that
 * describes a person, or one describing a group named inside a person's
 * role, leaves the person a person. A sentence's subject whose title runs on
 * with "of" ("Secretary of State Ann Lee headed …, seeking …") is read whole
 * for a later verb or participle. A subject "they" with no group speaking
 * before it is the plural group opening the sentence before ("The Dover
 * nurses have …. …, they have demanded …"); a possessive "their" and a
 * singular name there leave it unresolved. A role set apart before a name
 * after "including" ("guests, including the Mayor of Dover, Ms. Ann Lee,")
 * is that person's, so "the Mayor" later is her. Every text here was written for these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('organisations known by their corporate form or their apposition', () => {
  table([
    ['Name S.p.A. agreed to …: a dotted Italian corporate form', 'Vetrano S.p.A. formally agreed to acquire the remaining stake in Lumo Chemicals.', [
      { kind: 'indirect', text: 'to acquire the remaining stake in Lumo Chemicals', speaker: 'Vetrano S.p.A.', type: 'organisation', cue: 'agreed' },
    ]],
    ['Name B.V. said …: a dotted Dutch corporate form', 'Korvel B.V. said it would close two of its plants next spring.', [
      { kind: 'indirect', text: 'it would close two of its plants next spring', speaker: 'Korvel B.V.', type: 'organisation', cue: 'said' },
    ]],
    ['Name Securities noted …: a broker', 'Halden Securities noted the bank shares were weak all afternoon.', [
      { kind: 'indirect', text: 'the bank shares were weak all afternoon', speaker: 'Halden Securities', type: 'organisation', cue: 'noted' },
    ]],
    ['C, said Name, or Alias, a newspaper owned by …', 'The envoy left the country on Sunday, said Kivuli, or Shadow, a weekly newspaper owned by the opposition.', [
      { kind: 'indirect', text: 'The envoy left the country on Sunday', speaker: 'Kivuli', type: 'organisation', cue: 'said' },
    ]],
    ['Name, a Dover maker of valves, said …', 'Ostrander, a Dover maker of valves, said its orders fell sharply in May.', [
      { kind: 'indirect', text: 'its orders fell sharply in May', speaker: 'Ostrander', type: 'organisation', cue: 'said' },
    ]],
  ]);
});

describe('people stay people', () => {
  table([
    ['Name, a newspaper editor, said …: the head is the editor', 'Marta Quill, a newspaper editor, said the printing press had broken down.', [
      { kind: 'indirect', text: 'the printing press had broken down', speaker: 'Marta Quill', type: 'person', cue: 'said' },
    ]],
    ['Name, founder of Group, a relief group, said …: the apposition describes the group', 'Pavel Dorn, founder of Open Harbor, a relief group for sailors, said the boats would sail at dawn.', [
      { kind: 'indirect', text: 'the boats would sail at dawn', speaker: 'Pavel Dorn', type: 'person', cue: 'said' },
    ]],
  ]);
});

describe('a titled subject with an "of" phrase, read for a later verb', () => {
  table([
    ['Secretary of State Name headed …, seeking to …', 'U.S. Secretary of Trade Corin Vale flew Tuesday to Lima, seeking to calm the fishing fleet.', [
      { kind: 'indirect', text: 'to calm the fishing fleet', speaker: 'Corin Vale', type: 'person', cue: 'seeking' },
    ]],
    ['Director of Policy Name paid …, and promised to …', 'Director of Planning Ilse Borrow toured the flooded streets on a visit to Dunmore, and promised to rebuild the levee.', [
      { kind: 'indirect', text: 'to rebuild the levee', speaker: 'Ilse Borrow', type: 'person', cue: 'promised' },
    ]],
  ]);
});

describe('"they" after a plural group opening the sentence before', () => {
  table([
    ['The PLURAL have …. In hopes …, they have demanded …', 'The Dover nurses have kept quiet about the strike. In hopes of a deal, they have demanded that a panel settle the pay.', [
      { kind: 'indirect', text: 'a panel settle the pay', speaker: 'the Dover nurses', type: 'anonymous', cue: 'demanded' },
    ]],
    ['not a possessive "their"', 'The harbor talks went on all night. Their message was that the port must stay open.', [
      { kind: 'indirect', text: 'the port must stay open', speaker: null },
    ]],
    ['not after a singular name', 'Tom Roe left early. They say the meeting was long.', [
      { kind: 'indirect', text: 'the meeting was long', speaker: null },
    ]],
  ]);
});

describe('a role in apposition after "including"', () => {
  table([
    ['…, including the Mayor of Town, Ms. Name, …. the Mayor praised …', 'The ferry was met by some 300 guests, including the Mayor of Tarrow, Ms. Ilka Brandt, at the new pier.\n\nIn her speech, the Mayor praised the shipyard crews.', [
      { kind: 'indirect', text: 'the shipyard crews', speaker: 'Ilka Brandt', type: 'person', cue: 'praised' },
    ]],
    ['…, including the Town mayor, Name, …. the mayor praised …', 'The ferry was met by some 300 guests, including the Tarrow mayor, Ilka Brandt, at the new pier.\n\nIn her speech, the mayor praised the shipyard crews.', [
      { kind: 'indirect', text: 'the shipyard crews', speaker: 'Ilka Brandt', type: 'person', cue: 'praised' },
    ]],
  ]);
});
