/**
 * Evidence that shows or finds something: a document, a picture or a poll as the subject
 * of show/find with a noun-phrase object or a clause without "that". Every text here was written for
 * these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('documents and pictures that show a noun phrase', () => {
  table([
    ['a photo showed NP', 'A faded photo showed Ida Lunde and her brother painting the old ferry.', [
      { kind: 'indirect', text: 'Ida Lunde and her brother painting the old ferry', speaker: 'a faded photo', cue: 'showed' },
    ]],
    ['an email shows C without "that"', 'An internal email shows the harbor board hired four more pilots last spring.', [
      { kind: 'indirect', text: 'the harbor board hired four more pilots last spring', cue: 'shows' },
    ]],
    ['a paper found NP', 'One widely cited paper found lower fares on the northern routes.', [
      { kind: 'indirect', text: 'lower fares on the northern routes', cue: 'found' },
    ]],
    ['a post showed NP', 'The post showed a ferry captain waving from the bridge.', [
      { kind: 'indirect', text: 'a ferry captain waving from the bridge', cue: 'showed' },
    ]],
  ]);
});

describe('the evidence noun phrase', () => {
  table([
    ['"of" inside a name: a University of X poll', 'A University of Norland poll shows Ida Lunde with a six-point lead.', [
      { kind: 'indirect', text: 'Ida Lunde with a six-point lead', cue: 'shows' },
    ]],
    ['a quantity of documents: a batch of emails', 'A batch of harbor emails released Tuesday showed the close ties between the board and the shipyard.', [
      { kind: 'indirect', text: 'the close ties between the board and the shipyard', cue: 'showed' },
    ]],
    ['a progressive: polling is showing C', 'Recent polling is showing Ida Lunde has a clear lead in the north.', [
      { kind: 'indirect', text: 'Ida Lunde has a clear lead in the north', speaker: 'Recent polling', cue: 'showing' },
    ]],
    ['", which showed C": the clause after a document is whole', 'Ida Lunde released her tax returns in July, which showed she paid no fees to the port.', [
      { kind: 'indirect', text: 'she paid no fees to the port', speaker: 'her tax returns', cue: 'showed' },
    ]],
  ]);
});

describe('not evidence', () => {
  table([
    ['a pronoun after the picture opens its own clause: "whether she found it"', 'Nobody knew who drew the picture of the pier or whether she found it in a drawer.', []],
    ['a person who shows a feeling', 'Ida Lunde showed little patience with the ferry board.', []],
  ]);
});
