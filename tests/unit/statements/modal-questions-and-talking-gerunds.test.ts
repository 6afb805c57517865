/**
 * Reporting constructions the engine knew the cue of but missed: a question
 * asked under a modal or in the progressive ("may now ask whether Q", "are
 * wondering if Q"), and a gerund of speaking of something after a preposition
 * of manner or time ("won the crowd by talking about C", "After talking about
 * C, X …"). Every text here was written for these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('an open question under a modal, "to" or the progressive', () => {
  table([
    ['X may now ask whether Q', 'Orla Brandt may now ask whether the harbour fund was ever audited.', [
      { kind: 'indirect', text: 'whether the harbour fund was ever audited', speaker: 'Orla Brandt', cue: 'ask' },
    ]],
    ['X is asking whether Q', 'Councillor Piet Hame is asking whether the tram contract broke the rules.', [
      { kind: 'indirect', text: 'whether the tram contract broke the rules', speaker: 'Piet Hame', cue: 'asking' },
    ]],
    ['NP are wondering if Q', 'Even some of the baker’s oldest customers are wondering if the shop will reopen in spring.', [
      { kind: 'indirect', text: 'if the shop will reopen in spring', cue: 'wondering' },
    ]],
    ['NP might wonder if Q', 'A cautious investor might wonder if the orchard can survive another dry summer.', [
      { kind: 'indirect', text: 'if the orchard can survive another dry summer', cue: 'wonder' },
    ]],
    ['X will question whether Q', 'Dana Whitcombe will question whether the ferry timetable suits night workers.', [
      { kind: 'indirect', text: 'whether the ferry timetable suits night workers', speaker: 'Dana Whitcombe', cue: 'question' },
    ]],
  ]);
});

describe('not an open question', () => {
  table([
    ['X will ask NP to V: no question word after the verb', 'Orla Brandt will ask the board to delay the vote.', []],
    ['X might wonder about NP: a topic, no question', 'A cautious investor might wonder about the orchard.', []],
    ['X is asking for NP', 'Piet Hame is asking for more time.', []],
  ]);
});

describe('a gerund of speaking of something after "by", "after" or "before"', () => {
  table([
    ['X won NP by talking about C', 'Mira Castellan won the crowd over by talking about the flooded rail depot.', [
      { kind: 'indirect', text: 'the flooded rail depot', speaker: 'Mira Castellan', cue: 'talking' },
    ]],
    ['After talking about C, X …', 'After talking about river pollution, Mayor Jonas Ekdahl walked along the quay with reporters.', [
      { kind: 'indirect', text: 'river pollution', speaker: 'Jonas Ekdahl', cue: 'talking' },
    ]],
    ['X will likely win NP by citing C', 'Mira Castellan will likely win more donors by citing her strong showing in the valley.', [
      { kind: 'indirect', text: 'her strong showing in the valley', speaker: 'Mira Castellan', cue: 'citing' },
    ]],
    ['“Q,” X said of NP, before taking aim at C', '“We are ahead in every district,” Mira Castellan said of her rival, before taking aim at the toll road lobby.', [
      { kind: 'direct', text: 'We are ahead in every district,', speaker: 'Mira Castellan', cue: 'said' },
      { kind: 'indirect', text: 'the toll road lobby', speaker: 'Mira Castellan', cue: 'taking' },
    ]],
    ['A spoke briefly, and B closed the evening by speaking about C: the subject of the verb before "by"', 'Mr. Ekdahl spoke briefly, and Mrs. Castellan closed the evening by speaking about the depot fire.', [
      { kind: 'indirect', text: 'the depot fire', speaker: 'Castellan', cue: 'speaking' },
    ]],
  ]);
});

describe('no report from an adverbial gerund', () => {
  table([
    ['when X, after railing against C, V: a gerund set off after a bare subject in a subordinate clause', 'Many were puzzled when Jonas Ekdahl, after railing against tax breaks for landlords, produced a very ordinary budget.', []],
    ['NP became common when talking about C: no one speaks', 'Plain words became common when talking about the flood.', []],
  ]);
});
