/**
 * A cue word in its base form after "a"/"an" and one modifier ("a firm promise", "a snappy reply")
 * is a noun, not a verb whose subject runs up to the modifier. Every text here was written for these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('a cue word after "a"/"an" and a modifier is a noun', () => {
  table([
    ['X gave a ADJ promise to V: the light verb\'s subject speaks, no subject "X gave a firm"', 'Governor Pia Lund gave a firm promise to cut the levy on bread.', [
      { kind: 'indirect', text: 'to cut the levy on bread', speaker: 'Pia Lund', cue: 'promise' },
    ]],
    ['X made a ADJ pledge that C', 'Mayor Oren Falk made a solemn pledge that the clinic would stay open.', [
      { kind: 'indirect', text: 'the clinic would stay open', speaker: 'Oren Falk', cue: 'pledge' },
    ]],
    ['"a ADJ reply" before a quotation is no speaker', 'Dana Whitfield had a snappy reply. “Nobody is closing the ferry,” Whitfield said.', [
      { kind: 'direct', text: 'Nobody is closing the ferry,', speaker: 'Dana Whitfield', cue: 'said' },
    ]],
    ['"a third say": a fraction before the verb is its subject', 'In the county poll, a third say they will not vote.', [
      { kind: 'indirect', text: 'they will not vote', speaker: 'a third', cue: 'say' },
    ]],
  ]);
});
