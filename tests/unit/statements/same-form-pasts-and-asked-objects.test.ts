/**
 * Faults left open last round: a subordinate clause's content stops at the comma before a main clause
 * whose verb is a past tense spelt like its base ("cut", "forecast", "set", "put") after a name; and a
 * he/she opening a sentence stands for the one person of that gender whom a verb of asking in the
 * sentence before set to act, when no person is that sentence's subject. Every text here was written
 * for these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('a fronted clause before a name and a past tense without an ending', () => {
  table([
    ['Although he said C, Mr. X forecast D: the content stops at the comma', 'Tom Garvin runs the mill.\n\nAlthough he said sales would slow, Mr. Garvin forecast a record year for the plant.', [
      { kind: 'indirect', text: 'sales would slow', speaker: 'Tom Garvin', cue: 'said' },
    ]],
    ['While she argued C, Ms. X cut D', 'Ada Okafor chairs the board.\n\nWhile she argued the plan was costly, Ms. Okafor cut the budget by half.', [
      { kind: 'indirect', text: 'the plan was costly', speaker: 'Ada Okafor', cue: 'argued' },
    ]],
    ['a full name before "set"', 'Although he said the rules were unfair, Tom Garvin set up a panel to review them.', [
      { kind: 'indirect', text: 'the rules were unfair', speaker: 'Tom Garvin', cue: 'said' },
    ]],
    ['a title and a full name before "put"', 'When she said the fund was empty, Dr. Ada Okafor put the project on hold.', [
      { kind: 'indirect', text: 'the fund was empty', speaker: 'Ada Okafor', cue: 'said' },
    ]],
    ['not in a plain content: a name and "cut" inside the reported clause stay', 'Rhea Vint said Mr. Garvin cut the budget by half.', [
      { kind: 'indirect', text: 'Mr. Garvin cut the budget by half', speaker: 'Rhea Vint', cue: 'said' },
    ]],
  ]);
});

describe('he/she after a sentence that asks someone to act', () => {
  table([
    ['an organisation asked Mr. X to stay: "He" is X, not the man named before', 'Ivo Brandt leads the union.\n\nPell Mining Corp. bought the quarry in May and asked Mr. Dorsey to stay on as manager. He said the crews would be kept on.', [
      { kind: 'indirect', text: 'Mr. Dorsey to stay on as manager', speaker: 'Pell Mining Corp.', cue: 'asked' },
      { kind: 'indirect', text: 'the crews would be kept on', speaker: 'Dorsey', mention: 'He', cue: 'said' },
    ]],
    ['a body urged X to run', 'Ivo Brandt leads the union.\n\nThe council urged Paul Dorsey to run the depot. He said the crews would be kept on.', [
      { kind: 'indirect', text: 'Paul Dorsey to run the depot', cue: 'urged' },
      { kind: 'indirect', text: 'the crews would be kept on', speaker: 'Paul Dorsey', mention: 'He', cue: 'said' },
    ]],
    ['not a man named in passing: the speaker before goes on', 'Ivo Brandt spoke first. The board thanked Mr. Dorsey for his work. He said the crews would be kept on.', [
      { kind: 'indirect', text: 'Mr. Dorsey for his work', cue: 'thanked' },
      { kind: 'indirect', text: 'the crews would be kept on', speaker: 'Ivo Brandt', mention: 'He', cue: 'said' },
    ]],
    ['not when a person is the subject that asks', 'Ivo Brandt leads the union.\n\nIvo Brandt asked Paul Dorsey to stay on. He said the crews would be kept on.', [
      { kind: 'indirect', text: 'Paul Dorsey to stay on', speaker: 'Ivo Brandt', cue: 'asked' },
      { kind: 'indirect', text: 'the crews would be kept on', speaker: 'Ivo Brandt', mention: 'He', cue: 'said' },
    ]],
  ]);
});
