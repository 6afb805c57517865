/**
 * A report nested inside the content of another statement: a relative clause
 * whose own speaker reports a clause with a gap ("a levy that she said would
 * pay for X", "the vote, which Y says was rushed, …"), a relative "who" with
 * a verb of speech ("the fishermen, who said C") or a clause opened by a
 * conjunction ("… after Y suggested that C"). Both the outer statement and
 * the inner one are reported. Every text here was written for these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('a report nested inside another statement’s content', () => {
  table([
    ['X said … a N that she said VP: the gap relative is a statement of its own', 'Mara Quill said the council scrapped a levy that she said would have paid for the new library.', [
      { kind: 'indirect', text: 'the council scrapped a levy that she said would have paid for the new library', speaker: 'Mara Quill', cue: 'said' },
      { kind: 'indirect', text: 'that … would have paid for the new library', speaker: 'Mara Quill', mention: 'she', cue: 'said' },
    ]],
    ['X said N, which Y says VP, …: a second speaker inside the content', 'Mara Quill said the ferry vote, which Ivo Brandt says was rushed, should be held again.', [
      { kind: 'indirect', text: 'the ferry vote, which Ivo Brandt says was rushed, should be held again', speaker: 'Mara Quill', cue: 'said' },
      { kind: 'indirect', text: 'which … was rushed', speaker: 'Ivo Brandt', cue: 'says' },
    ]],
    ['X said … a N that Y said VP: a named speaker of the relative', 'Mara Quill said the board approved a ferry fare that Ivo Brandt said was too high.', [
      { kind: 'indirect', text: 'the board approved a ferry fare that Ivo Brandt said was too high', speaker: 'Mara Quill', cue: 'said' },
      { kind: 'indirect', text: 'that … was too high', speaker: 'Ivo Brandt', cue: 'said' },
    ]],
    ['X said … by N, who said C: the relative "who" reports its own clause', 'Mara Quill said the harbour plan was opposed by the fishermen, who said the new quay would cut off their moorings.', [
      { kind: 'indirect', text: 'the harbour plan was opposed by the fishermen, who said the new quay would cut off their moorings', speaker: 'Mara Quill', cue: 'said' },
      { kind: 'indirect', text: 'the new quay would cut off their moorings', mention: 'the fishermen', cue: 'said' },
    ]],
    ['X said … from N who warned C: a relative without a comma', 'Mara Quill said the plan drew protests from traders who warned it would drive shops away.', [
      { kind: 'indirect', text: 'the plan drew protests from traders who warned it would drive shops away', speaker: 'Mara Quill', cue: 'said' },
      { kind: 'indirect', text: 'it would drive shops away', mention: 'traders', cue: 'warned' },
    ]],
    ['X said … after Y suggested that C: a subordinate clause with its own report', 'Mara Quill said the town banned the parade after Ivo Brandt suggested that the route was unsafe.', [
      { kind: 'indirect', text: 'the town banned the parade after Ivo Brandt suggested that the route was unsafe', speaker: 'Mara Quill', cue: 'said' },
      { kind: 'indirect', text: 'the route was unsafe', speaker: 'Ivo Brandt', cue: 'suggested' },
    ]],
    ['X said … because Y said C: the report in a clause of cause', 'Mara Quill said the ferry will keep running because Ivo Brandt said it was needed.', [
      { kind: 'indirect', text: 'the ferry will keep running because Ivo Brandt said it was needed', speaker: 'Mara Quill', cue: 'said' },
      { kind: 'indirect', text: 'it was needed', speaker: 'Ivo Brandt', cue: 'said' },
    ]],
    ['X said Y announced N: a verb with an object inside the content is no nested report', 'Mara Quill said the mayor announced the new budget on Monday.', [
      { kind: 'indirect', text: 'the mayor announced the new budget on Monday', speaker: 'Mara Quill', cue: 'said' },
    ]],
    ['X said N, which she hopes VP, …: a verb of hope inside the content stays part of it', 'Mara Quill said the bridge, which she hopes will open in May, is on budget.', [
      { kind: 'indirect', text: 'the bridge, which she hopes will open in May, is on budget', speaker: 'Mara Quill', cue: 'said' },
    ]],
  ], { headline: true });
});
