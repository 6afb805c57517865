/**
 * A report nested inside the content of another statement: a relative "who"
 * with a verb of speech ("the fishermen, who said C"). Both the outer statement
 * and the inner one are reported. Every text here was written for these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('a report nested inside another statement’s content', () => {
  table([
    ['X said … by N, who said C: the relative "who" reports its own clause', 'Mara Quill said the harbour plan was opposed by the fishermen, who said the new quay would cut off their moorings.', [
      { kind: 'indirect', text: 'the harbour plan was opposed by the fishermen, who said the new quay would cut off their moorings', speaker: 'Mara Quill', cue: 'said' },
      { kind: 'indirect', text: 'the new quay would cut off their moorings', mention: 'the fishermen', cue: 'said' },
    ]],
    ['X said … from N who warned C: a relative without a comma', 'Mara Quill said the plan drew protests from traders who warned it would drive shops away.', [
      { kind: 'indirect', text: 'the plan drew protests from traders who warned it would drive shops away', speaker: 'Mara Quill', cue: 'said' },
      { kind: 'indirect', text: 'it would drive shops away', mention: 'traders', cue: 'warned' },
    ]],
    ['X said Y announced N: a verb with an object inside the content is no nested report', 'Mara Quill said the mayor announced the new budget on Monday.', [
      { kind: 'indirect', text: 'the mayor announced the new budget on Monday', speaker: 'Mara Quill', cue: 'said' },
    ]],
    ['X said N, which she hopes VP, …: a verb of hope inside the content stays part of it', 'Mara Quill said the bridge, which she hopes will open in May, is on budget.', [
      { kind: 'indirect', text: 'the bridge, which she hopes will open in May, is on budget', speaker: 'Mara Quill', cue: 'said' },
    ]],
  ], { headline: true });
});
