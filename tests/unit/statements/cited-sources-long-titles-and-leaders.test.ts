/**
 * Three speaker faults: an account citing a bare plural of sources ("a report citing officials
 * said") speaks itself; a title with its "of … for …" phrase run into a name ("Deputy Director of
 * the Harbor Board for Planning Ann Lee") names the person from the given name on; and "the
 * Freedonian leader" is the one the article titled head of state or of government, when there is
 * one. Every text here was written for these tests.
 */
import { describe } from 'vitest';
import { speakerTable, table } from './table.ts';

describe('an account citing its sources', () => {
  table([
    ['a report citing a bare plural', 'A Radio Kestrel report citing officials said that the ferry would stop.', [
      { kind: 'indirect', text: 'the ferry would stop', speaker: 'a Radio Kestrel report', mention: 'A Radio Kestrel report citing officials' },
    ]],
    ['a broadcast quoting a bare plural', 'A broadcast quoting diplomats said the border talks had stalled.', [
      { kind: 'indirect', text: 'the border talks had stalled', speaker: 'a broadcast' },
    ]],
    ['a report citing a counted plural (as before)', 'A Radio Kestrel report citing three officials said that the ferry would stop.', [
      { kind: 'indirect', text: 'the ferry would stop', speaker: 'a Radio Kestrel report' },
    ]],
  ]);
});

describe('a title with its "of … for …" phrase before a name', () => {
  table([
    ['title of the body for a field, then the name', 'Assistant Secretary of the Harbor Board for Planning Ann Lee said the pier was unsafe.', [
      { kind: 'indirect', text: 'the pier was unsafe', speaker: 'Ann Lee', type: 'person' },
    ]],
    ['the same with another title', 'Deputy Director of the Coast Service for Research Glenn Otway said the survey had ended.', [
      { kind: 'indirect', text: 'the survey had ended', speaker: 'Glenn Otway', type: 'person' },
    ]],
    ['a body with a place name in it is no person', 'The University of Virginia Law Clinic said the case would go on.', [
      { kind: 'indirect', text: 'the case would go on', type: 'organisation' },
    ]],
  ]);
});

describe('a national leader', () => {
  speakerTable([
    ['the head of state named before', 'President Tomas Varga spoke on Friday. Mark Ruiz, the girl\u2019s uncle, said the town was quiet.\n\nThe Freedonian leader said the boy was loved.', [
      ['the town was quiet', 'Mark Ruiz'],
      ['the boy was loved', 'Tomas Varga'],
    ]],
    ['a prime minister of that country', 'Freedonian Prime Minister Tomas Varga spoke on Friday. Mark Ruiz, the girl\u2019s uncle, said the town was quiet.\n\nThe Freedonian leader said the boy was loved.', [
      ['the boy was loved', 'Tomas Varga'],
    ]],
    ['the head of another country is not meant (as before)', 'Ruritanian President Tomas Varga spoke on Friday. Mark Ruiz, the girl\u2019s uncle, said the town was quiet.\n\nThe Freedonian leader said the boy was loved.', [
      ['the boy was loved', 'Mark Ruiz'],
    ]],
    ['no head of state in the article (as before)', 'Mark Ruiz, the girl\u2019s uncle, said the town was quiet.\n\nThe Freedonian leader said the boy was loved.', [
      ['the boy was loved', 'Mark Ruiz'],
    ]],
  ]);
});
