/**
 * Speakers, round two: a subject of two coordinated noun phrases (the first named speaks, a second
 * name speaks with it), and an aside set off by dashes typed as two hyphens. Every text here was
 * written for these tests.
 */
import { describe } from 'vitest';
import { speakerTable, table, type Row, type SpeakerRow } from './table.ts';

const COORDINATED: SpeakerRow[] = [
  [
    'a name and an organisation with "the": the name speaks',
    'Mara Quill ran the port for a decade.\n\nQuill and the Harbour Board have said that no cargo was lost in the storm.',
    [['no cargo was lost', 'Mara Quill']],
  ],
  [
    'two organisations, each with "the": the first speaks',
    'The Water Office and the Office of Roads have said they followed every rule in the tender.',
    [['they followed every rule', 'Water Office']],
  ],
  [
    'a campaign and unnamed people: the campaign speaks',
    'The Ferris campaign and some outside lawyers have alleged that the count in Orvale was flawed.',
    [['the count in Orvale was flawed', 'Ferris campaign']],
  ],
  [
    'a team after a possessive name and a group: the one served speaks',
    'Pia Lund is leading in the polls.\n\nBut Lund’s team and her allies believe that attacks on Dorr alone will not win the county.',
    [['attacks on Dorr alone', 'Pia Lund']],
  ],
  [
    'a name and a titled name with a lower-case title: the first speaks',
    'Sen. Hal Brisco and former Gov. Nell Tarrant suggested that the harbour levy was too steep.',
    [['the harbour levy was too steep', 'Hal Brisco']],
  ],
  [
    'after an opening conjunction',
    'Ivo Marsh chairs the fund.\n\nAnd yet Marsh and the trustees argued that the pension plan was sound.',
    [['the pension plan was sound', 'Ivo Marsh']],
  ],
];

const NOT_COORDINATED: SpeakerRow[] = [
  [
    'a singular verb: one person with two descriptions',
    'Dover Radio and former evening host Tilda Brandt has urged graduates to stay humble.',
    [['to stay humble', 'Tilda Brandt']],
  ],
  [
    'a title alone before the second conjunct: one person with two titles',
    'Port contender and retired surgeon Gus Hallam responded on Sunday to claims that he inflated his record.',
    [['he inflated his record', null]],
  ],
  [
    'a clause before the conjunction: the second subject speaks',
    'Wes Amory left the hearing early and the auditors said the figures were wrong.',
    [['the figures were wrong', 'the auditors']],
  ],
];

const DASHES: Row[] = [
  [
    'a relative clause between doubled hyphens is left out of a role mention',
    'Greta Solheim has sat on the appeals bench since 2009.\n\nThe appeals judge -- who has traded barbs with the mayor all week -- said she regretted her words.',
    [{ kind: 'indirect', text: 'she regretted her words', speaker: 'Greta Solheim', mention: 'The appeals judge' }],
  ],
  [
    'a clause opened by "as" between doubled hyphens',
    'Party spokesman Oren Vail -- as the rival camp pointed out on Monday -- has praised Dana Fisk as the stronger debater.',
    [{ kind: 'indirect', text: 'Dana Fisk as the stronger debater', speaker: 'Oren Vail', mention: 'Party spokesman Oren Vail' }],
  ],
  [
    'a name between doubled hyphens stays in the mention and speaks',
    'A former mayor of Brill -- Tobias Wren -- said the bypass would ruin the town.',
    [{ kind: 'indirect', text: 'the bypass would ruin the town', speaker: 'Tobias Wren' }],
  ],
];

describe('coordinated subjects: the first named speaks', () => speakerTable(COORDINATED));
describe('not coordinated subjects', () => speakerTable(NOT_COORDINATED));
describe('asides between doubled hyphens', () => table(DASHES));
