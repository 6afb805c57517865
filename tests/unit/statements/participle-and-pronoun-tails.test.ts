/**
 * Tails after an object or infinitive content: a participle after a comma ("vowed to X, reversing
 * Y") and a phrase of place or time after a lone pronoun object ("reiterated them on a radio show")
 * are the writer's words and end the content. The tail stays when the content is a clause (the
 * participle goes with it), when the content has a verb of its own (a relative clause), when the
 * "-ing" word is a noun in a series, and after "for" or a full noun phrase. Every text here was
 * written for these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('a participle or a place phrase after an object content ends it', () => {
  table([
    ['vowed to V, V-ing …', 'Mayor Dana Whitcombe vowed to widen the harbor road, reversing a promise she made to fishermen in the spring.', [
      { kind: 'indirect', text: 'to widen the harbor road', speaker: 'Dana Whitcombe', cue: 'vowed' },
    ]],
    ['pledged to V, V-ing …', 'Mayor Whitcombe pledged to repave the harbor road, reversing a decision of the previous council.', [
      { kind: 'indirect', text: 'to repave the harbor road', speaker: 'Whitcombe', cue: 'pledged' },
    ]],
    ['reiterated PRONOUN on …', 'He reiterated them on a radio show Thursday.', [
      { kind: 'indirect', text: 'them', mention: 'He', cue: 'reiterated' },
    ]],
    ['reiterated PRONOUN on … — where …', 'Ms. Varga reiterated them on a radio show in Dunmore — where she also took calls.', [
      { kind: 'indirect', text: 'them', speaker: 'Varga', cue: 'reiterated' },
    ]],
  ]);
});

describe('the tail stays with the content', () => {
  table([
    ['said C, V-ing … (a clause content)', 'Ms. Whitcombe said crews fixed the bridge, opening it again to trucks and school buses before the holiday.', [
      { kind: 'indirect', text: 'crews fixed the bridge, opening it again to trucks and school buses before the holiday', speaker: 'Whitcombe', cue: 'said' },
    ]],
    ['thinks C, V-ing … (a clause content)', 'Dr. Lenz thinks the clinic will stay open, serving patients from four valleys for another decade.', [
      { kind: 'indirect', text: 'the clinic will stay open, serving patients from four valleys for another decade', speaker: 'Lenz', cue: 'thinks' },
    ]],
    ['vowed to V NP, NOUN-ing NOUN and NOUN (a series)', 'Mayor Whitcombe vowed to hire more nurses, teaching staff and cooks for the two schools in Brisk Hollow.', [
      { kind: 'indirect', text: 'to hire more nurses, teaching staff and cooks for the two schools in Brisk Hollow', speaker: 'Whitcombe', cue: 'vowed' },
    ]],
    ['pledged to V NP who V-ed …, V-ing … (a restrictive relative)', 'Mayor Whitcombe pledged to rehire the drivers who lost their jobs, paying them for the weeks they missed.', [
      { kind: 'indirect', text: 'to rehire the drivers who lost their jobs, paying them for the weeks they missed', speaker: 'Whitcombe', cue: 'pledged' },
    ]],
    ['reiterated PRONOUN for … (a reason, not a place)', 'Ms. Varga reiterated them for the benefit of the new members of the board.', [
      { kind: 'indirect', text: 'them for the benefit of the new members of the board', speaker: 'Varga', cue: 'reiterated' },
    ]],
    ['reiterated NP on … (not a lone pronoun)', 'Ms. Varga reiterated their demands on a radio show in Dunmore — where she also took calls.', [
      { kind: 'indirect', text: 'their demands on a radio show in Dunmore', speaker: 'Varga', cue: 'reiterated' },
    ]],
  ]);
});
