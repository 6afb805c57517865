/**
 * A question put to a speaker in a clause of "asked" with no named asker:
 * an embedded question after the answer ("X said C when asked whether Q") or
 * set off after the speaker ("X, when asked how Q, responded that C") is
 * reported as what was asked, held by no one; an opening "When asked if Q,
 * X said C" only frames the answer (reported-speech.test.ts). Every text here
 * was written for these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('an embedded question put to the speaker', () => {
  table([
    ['X said C when asked whether Q', 'Nora Vance said the ferry would keep running when asked whether the council would sell it.', [
      { kind: 'indirect', text: 'the ferry would keep running', speaker: 'Nora Vance', cue: 'said' },
      { kind: 'indirect', text: 'whether the council would sell it', speaker: null, cue: 'asked' },
    ]],
    ['“Q,” X told NP when asked how Q2', '“We will see,” Nora Vance told the radio station when asked how the vote would go.', [
      { kind: 'direct', text: 'We will see,', speaker: 'Nora Vance', cue: 'told' },
      { kind: 'indirect', text: 'how the vote would go', speaker: null, cue: 'asked' },
    ]],
    ['X, when asked what Q, responded that C: the subject before the aside speaks', 'Tom Lee, when asked specifically what about Ann Berg’s plan for the city is wrong, responded that the mayor “is right about the problems, but her answers fail.”', [
      { kind: 'indirect', text: 'what about Ann Berg’s plan for the city is wrong', speaker: null, cue: 'asked' },
      { kind: 'partial', text: 'the mayor “is right about the problems, but her answers fail.”', speaker: 'Tom Lee', cue: 'responded' },
    ]],
    ['However, when asked if Q, X said C: an opening frame stays unreported', 'However, when asked if the ferry would be sold, Nora Vance said it would not.', [
      { kind: 'indirect', text: 'it would not', speaker: 'Nora Vance', cue: 'said' },
    ]],
    ['…, and when asked whether Q, X said C: a frame opening a main clause stays unreported', 'The crew worked hard all season, and when asked whether the ferry would be sold, Nora Vance said it would not.', [
      { kind: 'indirect', text: 'it would not', speaker: 'Nora Vance', cue: 'said' },
    ]],
    ['X said C when asked about NP: a topic, no question of its own', 'Nora Vance said the plan was sound when asked about the ferry.', [
      { kind: 'indirect', text: 'the plan was sound', speaker: 'Nora Vance', cue: 'said' },
    ]],
  ]);
});
