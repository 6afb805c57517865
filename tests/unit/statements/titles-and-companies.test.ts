/**
 * Names after a title with an "of"/"for" phrase ("Commissioner for Trade Ann Lee"), and
 * companies whose name starts with a title word ("General Motors"). Every text here was
 * written for these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('a title with its "of"/"for" phrase before the name', () => {
  table([
    ['Director of X Y First Last: the name starts at the first name', 'Director of Coastal Intelligence Oskar Brandt said the risk was growing.', [
      { kind: 'indirect', text: 'the risk was growing', speaker: 'Oskar Brandt', type: 'person' },
    ]],
    ['Commissioner for X First Last: "for" and the portfolio are no part of the name', 'European Commissioner for Fisheries Maren Tolvik said the quota was fair.', [
      { kind: 'indirect', text: 'the quota was fair', speaker: 'Maren Tolvik', type: 'person' },
    ]],
    ['an initial in the name keeps three words', 'Minister of Ports Wendel K. Haas said the harbour would reopen.', [
      { kind: 'indirect', text: 'the harbour would reopen', speaker: 'Wendel K. Haas' },
    ]],
    ['a double first name is kept whole', 'Minister for Roads Mary Ann Tolvik said the bridge was safe.', [
      { kind: 'indirect', text: 'the bridge was safe', speaker: 'Mary Ann Tolvik' },
    ]],
    ['a title word in the portfolio still ends it', 'Secretary of Homeland Defence Oskar Brandt said the border was calm.', [
      { kind: 'indirect', text: 'the border was calm', speaker: 'Oskar Brandt' },
    ]],
  ]);
});

describe('a company named with a title word is an organisation, not a surname', () => {
  table([
    ['"General Motors" is not General + surname "Motors", and does not merge with another "… Motors"', 'Halvard Motors reported a small rise in sales.\n\nGeneral Motors reported a steep fall in sales.', [
      { kind: 'indirect', text: 'a small rise in sales', speaker: 'Halvard Motors', type: 'organisation' },
      { kind: 'indirect', text: 'a steep fall in sales', speaker: 'General Motors', type: 'organisation' },
    ]],
    ['a description before the company name', 'The carmaker General Motors announced it would close two plants.', [
      { kind: 'indirect', text: 'it would close two plants', speaker: 'General Motors', type: 'organisation' },
    ]],
    ['General Dynamics', 'General Dynamics said that its orders rose.', [
      { kind: 'indirect', text: 'its orders rose', speaker: 'General Dynamics', type: 'organisation' },
    ]],
    ['"General Brandt" is still a general', 'General Brandt said the troops would stay.', [
      { kind: 'indirect', text: 'the troops would stay', speaker: 'Brandt', type: 'person' },
    ]],
  ]);
});

describe('a title alone names no one; an organisation with its "of" phrase is one name', () => {
  table([
    ['"the Prime Minister" is a role, not a person called "Minister"', 'The Prime Minister said the summit had gone well.', [
      { kind: 'indirect', text: 'the summit had gone well', speaker: 'the Prime Minister', type: 'anonymous' },
    ]],
    ['the role resolves to the person who holds it', 'Prime Minister Tor Halvorsen said the plan was fair. The Prime Minister added that the vote would be close.', [
      { kind: 'indirect', text: 'the plan was fair', speaker: 'Tor Halvorsen' },
      { kind: 'indirect', text: 'the vote would be close', speaker: 'Tor Halvorsen' },
    ]],
    ['an honorific before a surname that is also a title word stays a name', 'Mr. King said the summit had gone well.', [
      { kind: 'indirect', text: 'the summit had gone well', speaker: 'King', type: 'person' },
    ]],
    ['"Department of Harbour Security" whole, not "Security"', 'The Department of Harbour Security said it had followed every rule.', [
      { kind: 'indirect', text: 'it had followed every rule', speaker: 'Department of Harbour Security', type: 'organisation' },
    ]],
    ['"Ministry of Inland Affairs" whole, not a person called "Affairs"', 'The Ministry of Inland Affairs said the talks were over.', [
      { kind: 'indirect', text: 'the talks were over', speaker: 'Ministry of Inland Affairs', type: 'organisation' },
    ]],
  ]);
});
