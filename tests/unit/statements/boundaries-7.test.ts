/**
 * Content boundaries: after a noun-phrase object content, a date closing the clause
 * ("announced her candidacy in March 2019", "denied the allegations on Friday night") tells when
 * the subject spoke, in the writer's words, and is left out of the content. Every text here was
 * written for these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('a date closing the clause after an object content', () => {
  table([
    ['X announced NP in Month Year', 'Senator Ana Ruiz announced her candidacy in March 2019.', [
      { kind: 'indirect', text: 'her candidacy', speaker: 'Ana Ruiz', cue: 'announced' },
    ]],
    ['X defended NP on Weekday', 'Mayor Tom Okafor defended the new harbor budget on Tuesday.', [
      { kind: 'indirect', text: 'the new harbor budget', speaker: 'Tom Okafor', cue: 'defended' },
    ]],
    ['X denied NP on Weekday night, then a participle', 'Governor Lena Pike denied the allegations on Friday night, calling them absurd.', [
      { kind: 'indirect', text: 'the allegations', speaker: 'Lena Pike', cue: 'denied' },
      { kind: 'indirect', text: 'them absurd', speaker: 'Lena Pike', cue: 'calling' },
    ]],
    ['X denied NP in Year', 'The dockworkers union denied the report in 2020.', [
      { kind: 'indirect', text: 'the report', cue: 'denied' },
    ]],
    ['not in a clause with its own verb', 'Ana Ruiz said the ferry vote would take place in May.', [
      { kind: 'indirect', text: 'the ferry vote would take place in May', speaker: 'Ana Ruiz', cue: 'said' },
    ]],
    ['not after a participle in the object', 'Councilman Ravi Obi criticized the transit plan unveiled by the county in 2021.', [
      { kind: 'indirect', text: 'the transit plan unveiled by the county in 2021', speaker: 'Ravi Obi', cue: 'criticized' },
    ]],
    ['not when the date does not close the clause', 'Ana Ruiz announced her plans in June for a new riverside park.', [
      { kind: 'indirect', text: 'her plans in June for a new riverside park', speaker: 'Ana Ruiz', cue: 'announced' },
    ]],
    ['a verb of judging keeps a two-word object', 'Ana Ruiz welcomed the plan in April.', [
      { kind: 'indirect', text: 'the plan', speaker: 'Ana Ruiz', cue: 'welcomed' },
    ]],
    ['not when too little would be left (a two-word object of another verb)', 'Ana Ruiz discussed the plan in April.', [
      { kind: 'indirect', text: 'the plan in April', speaker: 'Ana Ruiz', cue: 'discussed' },
    ]],
  ]);
});

describe('the subject’s next act after an addressee and its infinitive', () => {
  table([
    ['X urged NPs to V O and has …: a plural noun before "to" is not a verb', 'Mayor Tom Okafor urged council members to reject the ferry tax and has repeatedly called it unfair.', [
      { kind: 'indirect', text: 'council members to reject the ferry tax', speaker: 'Tom Okafor', cue: 'urged' },
      { kind: 'indirect', text: 'it unfair', speaker: 'Tom Okafor', cue: 'called' },
    ]],
    ['not a second infinitive of the same content', 'Tom Okafor urged harbor workers to vote and to join the union.', [
      { kind: 'indirect', text: 'harbor workers to vote and to join the union', speaker: 'Tom Okafor', cue: 'urged' },
    ]],
  ]);
});
