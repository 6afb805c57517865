/**
 * Partial quotations of naming and characterising: a verb whose object is
 * described in quoted words ("summed up the plan as “Q”", "has been pounding
 * X as a “Q”", "…, portraying X as “Q”", "… and rated it “Q”", "…, at one
 * point calling X a “Q”"). The content is the object with the quoted words,
 * held by the sentence's subject. Every text here was written for these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('characterising a thing "as" quoted words', () => {
  table([
    ['a particle verb: the particle is part of the cue', 'Mayor Nora Vance played down the leak as "a storm in a teacup."', [
      { kind: 'partial', text: 'the leak as "a storm in a teacup."', speaker: 'Nora Vance', cue: 'played down' },
    ]],
    ['an adverb between subject and verb', 'Tom Lee further summed up the budget as “reckless,” and left the room.', [
      { kind: 'partial', text: 'the budget as “reckless,”', speaker: 'Tom Lee', cue: 'summed up' },
    ]],
    ['a progressive verb after "has been"', 'Tom Lee has been pounding the harbor board as a "rubber stamp" for months.', [
      { kind: 'partial', text: 'the harbor board as a "rubber stamp"', speaker: 'Tom Lee', cue: 'pounding' },
    ]],
    ['a participle after a comma characterises for the subject', 'Tom Lee has built his campaign on the ferry, portraying the old boats, above all, as "floating wrecks."', [
      { kind: 'partial', text: 'the old boats, above all, as "floating wrecks."', speaker: 'Tom Lee', cue: 'portraying' },
    ]],
  ]);
});

describe('not a characterisation', () => {
  table([
    ['a passive: the subject is what is described', 'The ferry was described as "a floating wreck."', []],
    ['a participle right after the subject names it: no one characterises', 'The old ferry, called "Blue Gull" by sailors, sank in May.', []],
    ['a passive naming verb: the subject is what is named', 'The harbor critics were called "cranks" in the report.', []],
  ]);
});

describe('a naming verb that is not the first verb of its sentence', () => {
  table([
    ['… and rated it “Q”: the subject of the sentence rates', 'The Harbor Watch group examined the claim and rated both parts of it "False."', [
      { kind: 'partial', text: 'both parts of it "False."', cue: 'rated' },
    ]],
    ['…, at one point calling X a “Q”', 'Tom Lee has feuded with the ferry union for years, at one point calling its chief a "bully."', [
      { kind: 'partial', text: 'its chief a "bully."', speaker: 'Tom Lee', cue: 'calling' },
    ]],
    ['…, and calls X “Q” and “Q”: both quoted words', 'Nora Vance mocks the press, and calls her rivals "timid" and "dull."', [
      { kind: 'indirect', text: 'the press', speaker: 'Nora Vance', cue: 'mocks' },
      { kind: 'partial', text: 'her rivals "timid" and "dull."', speaker: 'Nora Vance', cue: 'calls' },
    ]],
  ]);
});
