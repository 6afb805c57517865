/**
 * Untuned newswire (fifth pass): "said that should help" (a demonstrative
 * "that" as the clause's subject stays in the content) and a bare weekday or
 * "MONTH DAY" after a noun-phrase object (the date of the act, in the writer's
 * words). Every text here was written for these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('demonstrative "that" as the subject of the content', () => {
  table([
    ['"said that should help": "that" + a modal is the subject', 'Veltcorp said that should help it trim its costs by a tenth.', [
      { kind: 'indirect', text: 'that should help it trim its costs by a tenth', speaker: 'Veltcorp' },
    ]],
    ['"argued that was": "that" + a past "be" is the subject', 'Mara Quill argued that was the wrong way to fund the ferry.', [
      { kind: 'indirect', text: 'that was the wrong way to fund the ferry', speaker: 'Mara Quill' },
    ]],
    ['a belief verb too: "believes that is because …"', 'Osric Penn believes that is because voters never met the man.', [
      { kind: 'indirect', text: 'that is because voters never met the man', speaker: 'Osric Penn' },
    ]],
    ['a negated modal: "said that won\'t happen"', "Dunmore officials said that won't happen before the spring thaw.", [
      { kind: 'indirect', text: "that won't happen before the spring thaw" },
    ]],
    ['must not: "that" before a noun phrase is the conjunction, left out', 'Mara Quill said that the ferry will stop running in June.', [
      { kind: 'indirect', text: 'the ferry will stop running in June', speaker: 'Mara Quill' },
    ]],
    ['must not: an inverted condition after the conjunction ("that should a buyer pay")', 'Osric Penn added later that should any buyer agree to pay the levy, he would not object.', [
      { kind: 'indirect', text: 'should any buyer agree to pay the levy, he would not object' },
    ]],
    ['"said that that was": the conjunction goes, the demonstrative stays', 'Mara Quill said that that was a matter for the harbour board.', [
      { kind: 'indirect', text: 'that was a matter for the harbour board', speaker: 'Mara Quill' },
    ]],
    ['must not: "that" after a noun that may be a cue is a relative pronoun', 'Osric Penn backed a set of harbour rules that might force the shutting of two piers.', [
      { kind: 'indirect', text: 'a set of harbour rules that might force the shutting of two piers', speaker: 'Osric Penn' },
    ]],
    ['must not: "that" before a pronoun subject is the conjunction', 'Osric Penn said that he would not run again.', [
      { kind: 'indirect', text: 'he would not run again', speaker: 'Osric Penn' },
    ]],
  ]);
});

describe('a bare date after a noun-phrase object', () => {
  table([
    ['"announced the plan Aug. 21": an abbreviated month and its day', 'The Orrin thrift announced the merger with Dalby Savings Sept. 14.', [
      { kind: 'indirect', text: 'the merger with Dalby Savings', cue: 'announced' },
    ]],
    ['"announced the merger Friday": a bare weekday', 'Kessel Mills announced the sale of its paper unit Friday.', [
      { kind: 'indirect', text: 'the sale of its paper unit', speaker: 'Kessel Mills' },
    ]],
    ['must not: an infinitive keeps its date ("urged them to vote Tuesday")', 'Mara Quill urged her neighbours to vote Tuesday.', [
      { kind: 'indirect', text: 'her neighbours to vote Tuesday', speaker: 'Mara Quill' },
    ]],
    ['must not: a weekday inside a name ("Super Tuesday") stays', 'Osric Penn announced his push to win the ballots cast on Super Tuesday.', [
      { kind: 'indirect', text: 'his push to win the ballots cast on Super Tuesday', speaker: 'Osric Penn' },
    ]],
    ['must not: a weekday after a determiner modifies the noun', 'Kessel Mills announced the Friday closing of its paper unit.', [
      { kind: 'indirect', text: 'the Friday closing of its paper unit', speaker: 'Kessel Mills' },
    ]],
  ]);
});
