/**
 * Contents of noun cues ("Lee's plan to V", "her claim that C"): the noun's complement ends where
 * the noun phrase does, before the main verb of the sentence, a dash or an appositive the writer
 * adds. Every text here was written for these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('an infinitive after a noun in subject position ends before the main verb', () => {
  table([
    ['X’s decision to V O VERBED: a past verb after the object is the main verb', 'Tom Reyes’s decision to join the cooperative inflamed his rivals.', [
      { kind: 'indirect', text: 'to join the cooperative', speaker: 'Tom Reyes', cue: 'decision' },
    ]],
    ['X’s refusal to V O made …: an irregular past is the main verb', 'Tom Reyes’s refusal to raise the river tax made the budget crisis longer.', [
      { kind: 'indirect', text: 'to raise the river tax', speaker: 'Tom Reyes', cue: 'refusal' },
    ]],
    ['But X’s decision not to V ADVERB VERBS: an adverb in -ly before the main verb', 'But Lena Ortiz’s decision not to run again inevitably raises doubts within the party.', [
      { kind: 'indirect', text: 'not to run again', speaker: 'Lena Ortiz', cue: 'decision' },
    ]],
    ['X’s pledge not to V in ADJ NOUNS: a plural noun after an adjective is no verb', 'Tom Reyes’s pledge not to engage in petty squabbles at the town forum was broken.', [
      { kind: 'indirect', text: 'not to engage in petty squabbles at the town forum', speaker: 'Tom Reyes', cue: 'pledge' },
    ]],
    ['X’s plan to V 11 million ADJ-ed NOUNS: a participle after a number modifies the noun', 'Lena Ortiz’s plan to expel 4 million undocumented farmhands was denounced.', [
      { kind: 'indirect', text: 'to expel 4 million undocumented farmhands', speaker: 'Lena Ortiz', cue: 'plan' },
    ]],
  ]);
});

describe('what the writer adds after the complement', () => {
  table([
    ['X’s plan to V - a plan … - VERBED: a spaced dash closes the complement', 'Lena Ortiz’s plan to close the old ferry terminal - a plan the unions oppose - won the vote.', [
      { kind: 'indirect', text: 'to close the old ferry terminal', speaker: 'Lena Ortiz', cue: 'plan' },
    ]],
    ['cited X’s warning that C, a warning that …: an appositive after the comma', 'The board cited Tom Reyes’s warning that the dam was failing, a warning that proved right.', [
      { kind: 'indirect', text: 'the dam was failing', speaker: 'Tom Reyes', cue: 'warning' },
    ]],
    ['Like X’s decision to V, MAIN CLAUSE: a main clause after the comma', 'Like Tom Reyes’s decision to leave the party, the mayor’s choice surprised many.', [
      { kind: 'indirect', text: 'to leave the party', speaker: 'Tom Reyes', cue: 'decision' },
    ]],
    ['Reflecting X’s desire not to V, MAIN CLAUSE: an opening participle phrase ends at its comma', 'Reflecting Lena Ortiz’s desire not to burden small farms, the budget lowers fees for growers.', [
      { kind: 'indirect', text: 'not to burden small farms', speaker: 'Lena Ortiz', cue: 'desire' },
    ]],
  ]);
});

describe('a that-clause after a noun with a plain present or an irregular past', () => {
  table([
    ['Despite X’s claims that NP VERBS O, MAIN CLAUSE: a present verb makes the clause', 'Despite Tom Reyes’s claims that his ranch covers ten thousand acres, the county records show less.', [
      { kind: 'indirect', text: 'his ranch covers ten thousand acres', speaker: 'Tom Reyes', cue: 'claims' },
    ]],
    ['X’s claim that NP VERBS O drew …: an irregular past after the clause is the main verb', 'Lena Ortiz’s claim that the firm owns the land drew scorn.', [
      { kind: 'indirect', text: 'the firm owns the land', speaker: 'Lena Ortiz', cue: 'claim' },
    ]],
  ]);
});

describe('a copula after a noun of speech, across a short adjunct', () => {
  table([
    ['X’s argument on DAY was that C: the time between noun and copula', 'Lena Ortiz’s argument on Sunday was that the delegates should switch sides.', [
      { kind: 'indirect', text: 'the delegates should switch sides', speaker: 'Lena Ortiz', cue: 'argument' },
    ]],
    ['X’s answer was that NP VERBS: a plain present makes the clause', 'Lena Ortiz’s answer was that the port stays open.', [
      { kind: 'indirect', text: 'the port stays open', speaker: 'Lena Ortiz', cue: 'answer' },
    ]],
  ]);
});
