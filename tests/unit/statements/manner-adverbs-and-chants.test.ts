/**
 * Quotations missed wholly: a quotation after its cue, a manner adverb and a
 * comma ("replied calmly, “Q”", "concluded so warmly and briefly, “Q”"), and
 * a crowd's words named by the chant after them ("drawing boos and “Q” chants.").
 * Scare quotes and quoted names stay non-statements.
 * Every text here was written for these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('a manner adverb between the cue and the comma before the quotation', () => {
  table([
    ['"X replied calmly, “Q”"', 'Orla Minsk replied calmly, “We will not sell the mill.”', [
      { kind: 'direct', text: 'We will not sell the mill.', speaker: 'Orla Minsk', cue: 'replied' },
    ]],
    ['"X concluded so warmly and briefly, “Q”": adverbs joined by "and", raised by "so"', 'Brennagh Toll concluded so warmly and briefly, “Thank you all for coming.”', [
      { kind: 'direct', text: 'Thank you all for coming.', speaker: 'Brennagh Toll', cue: 'concluded' },
    ]],
    ['"X said quietly on Tuesday, “Q”": an adverb, then a time adjunct', 'Pell Aster said quietly on Tuesday, “The dam is safe.”', [
      { kind: 'direct', text: 'The dam is safe.', speaker: 'Pell Aster', cue: 'said' },
    ]],
  ]);
});

describe('a crowd’s words named by the chant after them', () => {
  table([
    ['"drawing boos and “Q” chants." at the end of the sentence', 'Senator Tamsin Rook spoke at the fair, drawing boos and “TAMSIN!” chants.', [
      { kind: 'direct', text: 'TAMSIN!', cue: 'chants' },
    ]],
  ]);
});

describe('not statements', () => {
  table([
    ['a scare-quoted word after a comma', 'Voters were early, “eager” to start.', []],
    ['a quoted slogan naming a banner', 'Fans waved “Go Rovers” banners.', []],
    ['a quoted word in an apposition', 'The family, “shocked,” left early.', []],
  ]);
});
