/**
 * Contents that must not be cut too short: a phrase completing a judgement in quoted words, an
 * aside inside an embedded clause before its verb, a second that-clause after ", but". Every text
 * here was written for these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('a phrase after quoted words completes the judgement', () => {
  table([
    ['X decried Y for “Q” on NP: the phrase after the quotation goes on', 'Lena Ortiz decried the council for “turning its back” on the working families of the valley.', [
      { kind: 'partial', text: 'the council for “turning its back” on the working families of the valley', speaker: 'Lena Ortiz', cue: 'decried' },
    ]],
    ['X called Y “Q” in NP: the phrase of the judgement goes on', 'The mayor called the accord “a giant step forward” in the fight against river pollution.', [
      { kind: 'partial', text: 'the accord “a giant step forward” in the fight against river pollution', speaker: 'the mayor', cue: 'called' },
    ]],
    ['X called Y “Q” on a weekday: the time is the writer’s frame', 'The mayor called the accord “a giant step forward” on Tuesday.', [
      { kind: 'partial', text: 'the accord “a giant step forward”', speaker: 'the mayor', cue: 'called' },
    ]],
    ['X called Y “Q” in an interview: the occasion is the writer’s frame', 'The mayor called the accord “a giant step forward” in an interview with the radio station.', [
      { kind: 'partial', text: 'the accord “a giant step forward”', speaker: 'the mayor', cue: 'called' },
    ]],
  ]);
});

describe('an aside inside an embedded clause, before its verb', () => {
  table([
    ['asked whether NP, which …, VERB: the relative clause about the subject stays', 'Reporters asked whether her years at the family bakery, which neighbors described as grueling, shaped her views on labor.', [
      { kind: 'indirect', text: 'whether her years at the family bakery, which neighbors described as grueling, shaped her views on labor', speaker: 'Reporters', cue: 'asked' },
    ]],
    ['X found that NP, which …, VERB: the aside before the verb of the that-clause stays', 'The audit found that the two trusts, which hold farmland in three counties, are still run by the founder.', [
      { kind: 'indirect', text: 'the two trusts, which hold farmland in three counties, are still run by the founder', cue: 'found' },
    ]],
    ['X said that NP did V, which …: a which-clause after the verb is still the writer’s aside', 'Lena Ortiz said that the plan failed, which surprised few people in the valley.', [
      { kind: 'indirect', text: 'the plan failed', speaker: 'Lena Ortiz', cue: 'said' },
    ]],
  ]);
});

describe('a second that-clause after ", but"', () => {
  table([
    ['X think C, but that C2: the second clause of the belief goes on', 'Many farmers think the governor eased the drought rules, but that there is still more to do.', [
      { kind: 'indirect', text: 'the governor eased the drought rules, but that there is still more to do', speaker: 'many farmers', cue: 'think' },
    ]],
    ['X think C, but that is …: a demonstrative "that" opens the writer’s clause', 'Many farmers think the governor eased the drought rules, but that is not the whole story.', [
      { kind: 'indirect', text: 'the governor eased the drought rules', speaker: 'many farmers', cue: 'think' },
    ]],
  ]);
});

describe('a second object after quoted words', () => {
  table([
    ['X questioned Y’s “Q” and his NP: a second object of the same verb goes on', 'Lena Ortiz questioned the mayor’s “harbor values” and his readiness to run the port.', [
      { kind: 'partial', text: 'the mayor’s “harbor values” and his readiness to run the port', speaker: 'Lena Ortiz', cue: 'questioned' },
    ]],
    ['X called Y “Q” and his NP VERB: a clause of its own after "and" is the writer’s', 'Lena Ortiz called the mayor “a disgrace” and his aides were furious.', [
      { kind: 'partial', text: 'the mayor “a disgrace”', speaker: 'Lena Ortiz', cue: 'called' },
    ]],
  ]);
});

describe('the content goes on after a closing attribution and ", and" / ", but"', () => {
  table([
    ['C1, X added, and VP: the subject’s further predicate is part of the report', 'The driver had no known ties to any group, the bus company added, and had passed all safety checks.', [
      { kind: 'indirect', text: 'The driver had no known ties to any group … and had passed all safety checks', cue: 'added' },
    ]],
    ['C1, X said, but C2: a second clause after the attribution goes on', 'The senator may not fill a hall the way he once did, his aides say, but he is still a strong voice for the bill.', [
      { kind: 'indirect', text: 'The senator may not fill a hall the way he once did … but he is still a strong voice for the bill', cue: 'say' },
    ]],
    ['C1, X said, and then …: a later act is the writer’s narration', 'The plan will fail, Lena Ortiz said, and then she left the room.', [
      { kind: 'indirect', text: 'The plan will fail', speaker: 'Lena Ortiz', cue: 'said' },
    ]],
  ]);
});

describe('the reason given for a judgement in quoted words', () => {
  table([
    ['X called Y “Q” because C: the reason goes on', 'Lena Ortiz called the new bridge “a mistake” because so few people live near it.', [
      { kind: 'partial', text: 'the new bridge “a mistake” because so few people live near it', speaker: 'Lena Ortiz', cue: 'called' },
    ]],
    ['X called Y “Q,” because C: also after the comma inside the closing mark', 'Lena Ortiz called the audit a “rush to judgment,” because the figures can still change.', [
      { kind: 'partial', text: 'the audit a “rush to judgment,” because the figures can still change', speaker: 'Lena Ortiz', cue: 'called' },
    ]],
    ['X decried Y for “Q” on NP’s …: a possessive name opens the phrase of the judgement', 'Lena Ortiz decried the council for “turning its back” on Brookfield’s dock workers.', [
      { kind: 'partial', text: 'the council for “turning its back” on Brookfield’s dock workers', speaker: 'Lena Ortiz', cue: 'decried' },
    ]],
    ['X called Y “Q” in PLACE: a place name is the writer’s frame', 'Lena Ortiz called the accord “a giant step” in Brookfield.', [
      { kind: 'partial', text: 'the accord “a giant step”', speaker: 'Lena Ortiz', cue: 'called' },
    ]],
  ]);
});

describe('a title after "then-" keeps its full stop', () => {
  table([
    ['… then-Sen. NAME …: the abbreviation does not end the sentence', 'Lena Ortiz argued that the gap between the mayor and then-Sen. Tom Park was narrower than it is now.', [
      { kind: 'indirect', text: 'the gap between the mayor and then-Sen. Tom Park was narrower than it is now', speaker: 'Lena Ortiz', cue: 'argued' },
    ]],
  ]);
});

describe('a second figure after ", while"', () => {
  table([
    ['X found A beats B N to M, while C beats B …: the comparison of figures is one finding', 'The survey found that Ortiz would beat Park 46 to 40 percent, while Kim would beat Park 51 to 37 percent.', [
      { kind: 'indirect', text: 'Ortiz would beat Park 46 to 40 percent, while Kim would beat Park 51 to 37 percent', cue: 'found' },
    ]],
    ['X said A spent $N, while B spent $M: a second figure of the same claim', 'Lena Ortiz said the city has spent $2 million, while the county has spent $6 million.', [
      { kind: 'indirect', text: 'the city has spent $2 million, while the county has spent $6 million', speaker: 'Lena Ortiz', cue: 'said' },
    ]],
    ['…, while B reported $M: a clause with its own report is not part of the first', 'The union reported spending $2 million on ads, while the chamber reported spending $1 million.', [
      { kind: 'indirect', text: 'spending $2 million on ads', speaker: 'union', cue: 'reported' },
      { kind: 'indirect', text: 'spending $1 million', speaker: 'the chamber', cue: 'reported' },
    ]],
  ]);
});
