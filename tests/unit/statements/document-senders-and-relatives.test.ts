/**
 * Faults found in a read of untuned news (sample six): the one who speaks through a document they
 * filed, sent or wrote, and speakers resolved to a name inside their noun phrase. Every text here was
 * written for these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('the subject of a verb of filing or sending speaks through the document', () => {
  table([
    ['a plural document without a determiner, after an auxiliary', 'The Marlow cousins have filed affidavits stating that their landlord overcharged them.', [
      { kind: 'indirect', text: 'their landlord overcharged them', mention: 'The Marlow cousins', type: 'anonymous', cue: 'stating' },
    ]],
    ['a plural document right after the subject', 'Neighbours filed complaints claiming the dog was dangerous.', [
      { kind: 'indirect', text: 'the dog was dangerous', mention: 'Neighbours', type: 'anonymous', cue: 'claiming' },
    ]],
    ['a plural document after a subject with its own determiner', 'The Harlan tenants filed complaints claiming the boiler was unsafe.', [
      { kind: 'indirect', text: 'the boiler was unsafe', mention: 'The Harlan tenants', type: 'anonymous', cue: 'claiming' },
    ]],
    ['a document and its addressee', 'Senator Ulla Dace sent a letter to the water agency urging it to act.', [
      { kind: 'indirect', text: 'it to act', speaker: 'Ulla Dace', mention: 'Senator Ulla Dace', cue: 'urging' },
    ]],
    ['a fax to the sheriff', 'Earlier that day, the Hollis family sent a fax to the county sheriff explaining that the gate was locked.', [
      { kind: 'indirect', text: 'the gate was locked', mention: 'the Hollis family', cue: 'explaining' },
    ]],
    ['a lawsuit filed by a named person', 'Corin Pell filed a lawsuit alleging the firm broke the contract.', [
      { kind: 'indirect', text: 'the firm broke the contract', speaker: 'Corin Pell', mention: 'Corin Pell', cue: 'alleging' },
    ]],
    ['a petition the mayor lodged', 'Mayor Ines Tarv lodged a petition asking that the bridge be repaired.', [
      { kind: 'indirect', text: 'the bridge be repaired', speaker: 'Ines Tarv', cue: 'asking' },
    ]],
    ['an issued statement still works', 'The Orvan Valley Trust released a report saying the river was polluted.', [
      { kind: 'indirect', text: 'the river was polluted', speaker: 'Orvan Valley Trust', cue: 'saying' },
    ]],
  ]);
});

describe('a name before a noun of kin: the relative speaks, not the one named', () => {
  table([
    ['a stepmother after a possessive', 'Raymond Tarn was arrested in May.\n\nTarn\'s stepmother said the house had been empty for weeks.', [
      { kind: 'indirect', text: 'the house had been empty for weeks', speaker: "Tarn's stepmother", type: 'anonymous', cue: 'said' },
    ]],
    ['a family named by its surname', 'Dr. Edwin Vesk was shot at home.\n\nThe Vesk family said the gate had been locked.', [
      { kind: 'indirect', text: 'the gate had been locked', speaker: 'the Vesk family', type: 'anonymous', cue: 'said' },
    ]],
    ['not a role noun after a possessive name: the spokesman still speaks for the name', 'Raymond Tarn was arrested in May.\n\nTarn\'s spokesman said the house had been empty for weeks.', [
      { kind: 'indirect', text: 'the house had been empty for weeks', speaker: 'Raymond Tarn', cue: 'said' },
    ]],
  ]);
});
