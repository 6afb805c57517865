/**
 * A concession of one or two words set off by commas inside a noun phrase
 * ("a bold, though costly, plan", "a harsh, even cruel, tone") qualifies the
 * noun and stays in the content; a concessive clause after the content (with
 * its own subject and verb) is still the writer's and ends it. Every text here
 * was written for these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('a verbless concession inside a noun phrase', () => {
  table([
    ['a ADJ, though ADV ADJ, N: the content goes on past the commas', 'Mara Quill said the council had backed a bold, though costly, plan for the harbor.', [
      { kind: 'indirect', text: 'the council had backed a bold, though costly, plan for the harbor', speaker: 'Mara Quill', cue: 'said' },
    ]],
    ['a ADJ, even ADJ, N: the same with "even"', 'Tess Orwin said the mayor took a harsh, even cruel, tone with the striking crews.', [
      { kind: 'indirect', text: 'the mayor took a harsh, even cruel, tone with the striking crews', speaker: 'Tess Orwin', cue: 'said' },
    ]],
    ['a ADJ, although ADJ, N: the same with "although"', 'Dov Harlan argued that the board had found a modest, although useful, saving in the budget.', [
      { kind: 'indirect', text: 'the board had found a modest, although useful, saving in the budget', speaker: 'Dov Harlan', cue: 'argued' },
    ]],
  ]);
});

describe('a concessive clause after the content: one with a cue ends it, one without stays (shortcontent.test.ts)', () => {
  table([
    [', though + a clause with its own subject', 'Mara Quill said the council had backed the plan, though the cost worried her aides.', [
      { kind: 'indirect', text: 'the council had backed the plan', speaker: 'Mara Quill', cue: 'said' },
    ]],
    [', even though + a clause', 'Tess Orwin said the ferry would keep running, even though the fund is nearly empty.', [
      { kind: 'indirect', text: 'the ferry would keep running, even though the fund is nearly empty', speaker: 'Tess Orwin', cue: 'said' },
    ]],
    [', although + a pronoun subject', 'Dov Harlan said the depot would reopen in spring, although he gave no date.', [
      { kind: 'indirect', text: 'the depot would reopen in spring, although he gave no date', speaker: 'Dov Harlan', cue: 'said' },
    ]],
  ]);
});
