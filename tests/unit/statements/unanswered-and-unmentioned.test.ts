/**
 * Cues that end in a preposition after a noun or a verb of reaction: "made no
 * mention of C" (what the subject left out), "turned her attention to C" (what
 * the subject now speaks of), and "did not respond to C" (a refusal to answer
 * reports what went unanswered; an answer given is reported by its own words,
 * not here). Every text here was written for these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('a light verb with "no mention of" or "no reference to"', () => {
  table([
    ['X made no mention of C', 'Nora Vance made no mention of the harbor fees in her speech.', [
      { kind: 'indirect', text: 'the harbor fees', speaker: 'Nora Vance', cue: 'made no mention' },
    ]],
    ['X made no reference to C', 'The mayor made no reference to the ferry strike.', [
      { kind: 'indirect', text: 'the ferry strike', speaker: 'the mayor', cue: 'made no reference' },
    ]],
    ['there was no mention of C: no light verb, no statement', 'There was no mention of the ferry in the report.', []],
  ]);
});

describe('turning one’s attention to something', () => {
  table([
    ['X turned his attention to C', 'After the vote, Tom Lee turned his attention to the school budget.', [
      { kind: 'indirect', text: 'the school budget', speaker: 'Tom Lee', cue: 'turned' },
    ]],
    ['a road turned to the north: no noun of attention, no statement', 'The road turned to the north after the bridge.', []],
  ]);
});

describe('not responding to a request', () => {
  table([
    ['X did not respond to C', 'The ferry company did not respond to a letter from the paper.', [
      { kind: 'indirect', text: 'a letter from the paper', speaker: 'ferry company', cue: 'did not respond' },
    ]],
    ['X responded to C: an answer is reported by what it said', 'Tom Lee responded to the letter on Monday.', []],
    ['an organisation responded to a fire: no statement', 'The firm has responded to the fire quickly.', []],
  ]);
});
