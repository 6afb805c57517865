/**
 * Cues we knew, in shapes we did not read: the writer's "is expected to" after
 * a subject set off with an aside or standing as a relative pronoun, with a
 * perfect, a modal or a contracted negation; and verbs whose particle takes a
 * direct object ("laid out C", "rule out C"). Every text here was written for
 * these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('the writer’s "expected to": its subject', () => {
  table([
    ['X, which …, is expected to V: the subject and its relative clause', 'The ferry line, which carries most commuters, is expected to close for a month.', [
      { kind: 'indirect', text: 'The ferry line, which carries most commuters, … to close for a month', speaker: null, cue: 'expected' },
    ]],
    ['X, an aside, is expected to V: across an aside set off by commas', 'The council, under pressure from tenants, is expected to vote on Friday.', [
      { kind: 'indirect', text: 'The council, under pressure from tenants, … to vote on Friday', speaker: null, cue: 'expected' },
    ]],
    ['…, which is expected to V: the relative pronoun stands for the subject', 'The port will host the regatta, which is expected to draw large crowds.', [
      { kind: 'indirect', text: 'which … to draw large crowds', speaker: null, cue: 'expected' },
    ]],
    ['NP who are expected to V', 'The vote rests on two clerks who are expected to arrive late.', [
      { kind: 'indirect', text: 'who … to arrive late', speaker: null, cue: 'expected' },
    ]],
    ['That was initially expected to V: a demonstrative subject and an adverb', 'That was initially expected to take a year.', [
      { kind: 'indirect', text: 'That … to take a year', speaker: null, cue: 'expected' },
    ]],
    ['X had been expected to V: a perfect', 'The mayor had been expected to attend the opening.', [
      { kind: 'indirect', text: 'The mayor … to attend the opening', speaker: null, cue: 'expected' },
    ]],
    ['X isn’t expected to V: a contracted negation', 'The bridge isn’t expected to reopen before spring.', [
      { kind: 'indirect', text: 'The bridge … to reopen before spring', speaker: null, cue: 'isn’t expected' },
    ]],
    ['X might be expected to V: a modal', 'The new terminal might be expected to draw crowds.', [
      { kind: 'indirect', text: 'The new terminal … to draw crowds', speaker: null, cue: 'expected' },
    ]],
    ['…, which is seen as Y: a passive view after a relative pronoun', 'Rail unions are widely seen as the key to the strike, which is seen as likely to spread.', [
      { kind: 'indirect', text: 'Rail unions … as the key to the strike', speaker: null, cue: 'seen' },
      { kind: 'indirect', text: 'which … as likely to spread', speaker: null, cue: 'seen' },
    ]],
  ]);
});

describe('the writer’s "expected": not a view', () => {
  table([
    ['"than expected": a comparison, no infinitive', 'The storm, which hit on Monday, was stronger than expected.', []],
    ['"to be expected": an infinitive, no subject of its own', 'Delays are normal and to be expected, the engineer wrote in her log.', [
      { kind: 'indirect', text: 'Delays are normal and to be expected', cue: 'wrote' },
    ]],
  ]);
});

describe('a verb, its particle and a direct object', () => {
  table([
    ['X laid out C', 'Senator Ada Brill laid out a plan to rebuild the harbor.', [
      { kind: 'indirect', text: 'a plan to rebuild the harbor', speaker: 'Ada Brill', cue: 'laid' },
    ]],
    ['X would not rule out C', 'Ms. Brill would not rule out a run for governor.', [
      { kind: 'indirect', text: 'a run for governor', speaker: 'Brill', cue: 'would not rule' },
    ]],
    ['X spelled out C', 'Ms. Brill spelled out her terms for a deal.', [
      { kind: 'indirect', text: 'her terms for a deal', speaker: 'Brill', cue: 'spelled' },
    ]],
    ['X singled out C', 'The mayor singled out the harbor board for its delays.', [
      { kind: 'indirect', text: 'the harbor board for its delays', speaker: 'the mayor', cue: 'singled' },
    ]],
  ]);
});

describe('a verb and a particle: not a report', () => {
  table([
    ['"laid off": another particle', 'Ms. Brill was laid off in May.', []],
    ['"ruled on": a preposition, no particle', 'The court ruled on the appeal.', []],
  ]);
});
