/**
 * What a verb or adjective reports through a preposition (stance.ts, TOPIC and
 * the belief and intention verbs): "vouched for C", "weighed in on C", "came
 * out against C", "distanced herself from C", "sided with C", "agreed with C",
 * "worried about C", "hoping for C", "confident in C", and a purpose
 * infinitive "to talk about C", "to call for C", "to vote against C". The
 * content is the object of the preposition. Every text here was written for
 * these tests.
 */
import { describe } from 'vitest';
import { table, type Expected } from './table.ts';

const ind = (text: string, speaker: string | null, cue: string): Expected => ({ kind: 'indirect', text, speaker, cue });

describe('a verb and its preposition report the object', () => {
  table([
    ['X vouched for C', 'Nora Vance vouched for the new harbour master.', [ind('the new harbour master', 'Nora Vance', 'vouched')]],
    ['X touched on C', 'Ana Ruiz touched on the bus fares.', [ind('the bus fares', 'Ana Ruiz', 'touched')]],
    ['X weighed in on C', 'Tom Ekberg weighed in on the ferry dispute.', [ind('the ferry dispute', 'Tom Ekberg', 'weighed')]],
    ['X opened up about C', 'Mara Lind opened up about her years on the council.', [ind('her years on the council', 'Mara Lind', 'opened')]],
    ['X came out against C', 'The union came out against the pay offer.', [ind('the pay offer', 'union', 'came')]],
    ['X distanced herself from C', 'Nora Vance distanced herself from the toll plan.', [ind('the toll plan', 'Nora Vance', 'distanced')]],
    ['X sided with C', 'Peter Holm sided with the striking nurses.', [ind('the striking nurses', 'Peter Holm', 'sided')]],
    ['X agreed with C', 'Mara Lind agreed with the auditor’s findings.', [ind('the auditor’s findings', 'Mara Lind', 'agreed')]],
    ['X worries about C', 'Ana Ruiz worries about the cost of the new bridge.', [ind('the cost of the new bridge', 'Ana Ruiz', 'worries')]],
    ['X was hoping for C', 'Tom Ekberg was hoping for a second term.', [ind('a second term', 'Tom Ekberg', 'hoping')]],
  ]);
});

describe('an adjective of confidence and its preposition', () => {
  table([
    ['X is confident in C', 'Peter Holm is confident in the rescue plan.', [ind('the rescue plan', 'Peter Holm', 'confident')]],
  ]);
});

describe('a purpose infinitive of speaking of something', () => {
  table([
    ['to talk about C', 'Nora Vance will come on the radio show to talk about the flood defences.', [ind('the flood defences', 'Nora Vance', 'talk')]],
    ['to vote against C', 'Mara Lind was one of three councillors to vote against the budget.', [ind('the budget', 'Mara Lind', 'vote')]],
  ]);
});

describe('no statement', () => {
  table([
    ['came out of a place', 'Tom Ekberg came out of the meeting smiling.', []],
    ['came out for a rally is not a stance', 'Ana Ruiz came out for the parade on Sunday.', []],
    ['weighed in at a weight', 'The boxer weighed in at ninety kilos.', []],
    ['opened up a shop', 'Peter Holm opened up a bakery on Main Street.', []],
    ['the weather is no agent', 'The weather touched on nothing.', []],
  ]);
});
