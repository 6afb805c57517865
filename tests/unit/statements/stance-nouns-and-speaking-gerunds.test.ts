/**
 * Cues that end in a preposition and were missed: a gerund of speaking of something after a verb
 * of starting, going on or turning ("began by talking about C", "pivoted to talking about C"),
 * whose subject stands before that verb; and a noun naming the subject by its stance after a
 * linking verb ("is a vocal supporter of C", "has long been a critic of C"). Every text here was
 * written for these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('a gerund of speaking of something after a verb of starting or turning', () => {
  table([
    ['X began talking about C: the subject of "began"', 'Mara Quist began talking about the harbor levy.', [
      { kind: 'indirect', text: 'the harbor levy', speaker: 'Mara Quist', mention: 'Mara Quist', cue: 'talking' },
    ]],
    ['X kept talking about C', 'Mara Quist kept talking about the harbor levy.', [
      { kind: 'indirect', text: 'the harbor levy', speaker: 'Mara Quist', mention: 'Mara Quist' },
    ]],
    ['X opened by talking about C', 'At the lodge, Mara Quist opened by talking about her years as a ferry pilot.', [
      { kind: 'indirect', text: 'her years as a ferry pilot', speaker: 'Mara Quist', mention: 'Mara Quist' },
    ]],
    ['X swiftly pivoted to talking about C', 'Mara Quist swiftly pivoted to talking about tolls and bridges, but the host cut in.', [
      { kind: 'indirect', text: 'tolls and bridges', speaker: 'Mara Quist', mention: 'Mara Quist' },
    ]],
    ['X spent long hours talking about C rather than D', 'Mara Quist spent long hours talking about the ferry rather than the budget.', [
      { kind: 'indirect', text: 'the ferry rather than the budget', speaker: 'Mara Quist', mention: 'Mara Quist' },
    ]],
    ['X has spent much of the campaign railing against C', 'Mara Quist has spent much of the campaign railing against toll roads.', [
      { kind: 'indirect', text: 'toll roads', speaker: 'Mara Quist', mention: 'Mara Quist' },
    ]],
    ['not: committed to talking (no verb of turning)', 'Mara Quist is committed to talking with the fishermen.', []],
    ['not: began by thanking the crowd (no topic)', 'Mara Quist began by thanking the crowd.', []],
  ]);
});

describe('a noun of stance after a linking verb', () => {
  table([
    ['X is a vocal supporter of C', 'Dov Arkin is a vocal supporter of the ferry plan.', [
      { kind: 'indirect', text: 'the ferry plan', speaker: 'Dov Arkin', mention: 'Dov Arkin', cue: 'supporter' },
    ]],
    ['X has long been an outspoken critic of C', 'Dov Arkin has long been an outspoken critic of the harbor tax.', [
      { kind: 'indirect', text: 'the harbor tax', speaker: 'Dov Arkin', cue: 'critic' },
    ]],
    ['X remains a proponent of C even though D: the concession is cut', 'Dov Arkin remains a proponent of new bike lanes even though some shop owners object.', [
      { kind: 'indirect', text: 'new bike lanes', speaker: 'Dov Arkin' },
    ]],
    ['X is the leading advocate for C', 'Dov Arkin is the leading advocate for towns along the river.', [
      { kind: 'indirect', text: 'towns along the river', speaker: 'Dov Arkin' },
    ]],
    ['plural: Most of the delegates were supporters of X', 'Most of the delegates were supporters of Dov Arkin.', [
      { kind: 'indirect', text: 'Dov Arkin', speaker: 'Most of the delegates' },
    ]],
    ['the subject after a dash', 'His record goes past the vote on the dam -- Dov Arkin was a stubborn defender of the old mill.', [
      { kind: 'indirect', text: 'the old mill', speaker: 'Dov Arkin', mention: 'Dov Arkin' },
    ]],
    ['a speech verb before it keeps the whole object', 'Dov Arkin cited his union rating as proof he is a firm supporter of dock workers.', [
      { kind: 'indirect', text: 'his union rating as proof he is a firm supporter of dock workers', speaker: 'Dov Arkin', cue: 'cited' },
    ]],
    ['not: negated', 'Dov Arkin is not a supporter of the ferry plan.', []],
    ['not: an infinitive of hope', 'Dov Arkin wants to be an advocate for the river towns.', [
      { kind: 'indirect', text: 'to be an advocate for the river towns', speaker: 'Dov Arkin', cue: 'wants' },
    ]],
    ['not: an inverted sentence after an opening participle', 'Leading the drive to raise money are longtime backers of Dov Arkin.', []],
    ['not: a noun with no linking verb', 'Supporters of the ferry plan gathered at the dock.', []],
  ]);
});

describe('"has come out", and the end of a topic', () => {
  table([
    ['X has come out against C: "come" is its own participle', 'Senator Vela has come out against the toll plan.', [
      { kind: 'indirect', text: 'the toll plan', speaker: 'Vela', mention: 'Senator Vela', cue: 'come' },
    ]],
    ['X came out in support of NAME, a gloss: the gloss is cut', 'Vela came out in support of Brandt, the harbor chief.', [
      { kind: 'indirect', text: 'Brandt', speaker: 'Vela' },
    ]],
    ['a spaced dash closes the topic', 'Vela has come out against the toll plan -- and the two rivals shook hands anyway.', [
      { kind: 'indirect', text: 'the toll plan', speaker: 'Vela' },
    ]],
    ['a pair of dashes around an aside does not', 'Vela talked about the ferry -- which runs twice a day -- at the dock.', [
      { kind: 'indirect', text: 'the ferry -- which runs twice a day -- at the dock', speaker: 'Vela' },
    ]],
    ['not: a crowd that had turned up for pancakes', 'Dozens of voters had come out for pancakes with Vela on Sunday.', []],
  ]);
});
