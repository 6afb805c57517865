/**
 * Content boundaries: an apposition of "the …" glossing an object content is the
 * writer's, and ", but" / ", and" before a clause with its own subject and finite verb ends a
 * content that was not opened by "that". Every text here was written for these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('a closing apposition after an object content', () => {
  table([
    ['X welcomed NP, the NP that …: the apposition is left out', 'Ida Lunde welcomed the harbor treaty, the pact that ended the dispute.', [
      { kind: 'indirect', text: 'the harbor treaty', speaker: 'Ida Lunde', cue: 'welcomed' },
    ]],
    ['X denied NP, the NP that …', 'Ida Lunde denied the report, the story that the Fjord Post printed on Monday.', [
      { kind: 'indirect', text: 'the report', speaker: 'Ida Lunde', cue: 'denied' },
    ]],
    ['not a series of objects', 'Ida Lunde praised the harbor treaty, the ferry pact, and the bridge deal.', [
      { kind: 'indirect', text: 'the harbor treaty, the ferry pact, and the bridge deal', speaker: 'Ida Lunde', cue: 'praised' },
    ]],
  ]);
});

describe('a clause of the writer after ", but" / ", and"', () => {
  table([
    ['X said C, but NP would …: the contrast is the writer’s', 'Ida Lunde said for years some sailors had been expecting the ferry to close, but this would not happen.', [
      { kind: 'indirect', text: 'some sailors had been expecting the ferry to close', speaker: 'Ida Lunde', cue: 'said' },
    ]],
    ['not when the clause carries quoted words', 'Ida Lunde said the ferry was late again, and the crew "never missed a day."', [
      { kind: 'partial', text: 'the ferry was late again, and the crew "never missed a day."', speaker: 'Ida Lunde', cue: 'said' },
    ]],
  ]);
});
