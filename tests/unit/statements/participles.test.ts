/**
 * Reports carried by participles and infinitives, whose subject is the
 * speaker: the main clause's subject, or the noun they modify. Every text
 * here was written for these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('a participle clause opening the sentence', () => {
  table([
    ['V-ing that C, X VERB …: the main clause’s subject speaks', 'Promising that her next budget would cut fares, the mayor said the city was ready.', [
      { kind: 'indirect', text: 'her next budget would cut fares', speaker: 'the mayor', cue: 'Promising' },
      { kind: 'indirect', text: 'the city was ready', speaker: 'the mayor', cue: 'said' },
    ]],
    ['After V-ing that C, X VERB …: a subordinator before the participle', 'After saying that the bridge was unsafe, the engineer walked out of the hearing.', [
      { kind: 'indirect', text: 'the bridge was unsafe', speaker: 'the engineer', cue: 'saying' },
    ]],
    ['In V-ing C as Q, X VERB …: a verb of judgement with its object', 'In describing the merger as a disaster, the governor broke with his own party.', [
      { kind: 'indirect', text: 'the merger as a disaster', speaker: 'the governor', cue: 'describing' },
    ]],
    ['While V-ing C, PRONOUN VERB …', 'While denouncing the new tax as unfair, she has offered no plan of her own.', [
      { kind: 'indirect', text: 'the new tax as unfair', cue: 'denouncing' },
    ]],
    ['Conceding C, PRONOUN VERB that C2', 'Conceding that the vote was close, he warned that the fight was not over.', [
      { kind: 'indirect', text: 'the vote was close', cue: 'Conceding' },
      { kind: 'indirect', text: 'the fight was not over', cue: 'warned' },
    ]],
    ['V-ing PREPOSITION …, X VERB …: a participle without a content of its own reports nothing', 'Writing in a local paper, the professor argued that rents would rise.', [
      { kind: 'indirect', text: 'rents would rise', speaker: 'the professor', cue: 'argued' },
    ]],
    ['X VERB C, V-ing that C2: a participle after the report is no opening clause', 'On Sunday, the senator defended the plan, saying that in time, the city would gain from it.', [
      { kind: 'indirect', text: 'the plan', speaker: 'the senator', cue: 'defended' },
      { kind: 'indirect', text: 'in time, the city would gain from it', speaker: 'the senator', cue: 'saying' },
    ]],
  ]);
});

describe('an infinitive of speech with a clause', () => {
  table([
    ['X VERB to V PRONOUN VERB …: a bare clause with a pronoun subject after a verb of speech', 'The mayor continued to insist she would win the vote.', [
      { kind: 'indirect', text: 'she would win the vote', speaker: 'the mayor', cue: 'insist' },
    ]],
    ['X is poised to V PRONOUN’s …: a contracted pronoun subject', 'The senator is poised to argue he’s the only candidate who can win.', [
      { kind: 'indirect', text: 'he’s the only candidate who can win', speaker: 'the senator', cue: 'argue' },
    ]],
    ['X are taking pains to say PRONOUN are …', 'Campaign aides are taking pains to say they are not endorsing anyone.', [
      { kind: 'indirect', text: 'they are not endorsing anyone', cue: 'say' },
    ]],
  ]);
});

describe('a participle after a report', () => {
  table([
    ['“Q,” X said, repeating NP: a verb of citing names what the speaker invoked', '“We will win this county,” the senator said, repeating a line from her television ads.', [
      { kind: 'direct', text: 'We will win this county,', speaker: 'the senator', cue: 'said' },
      { kind: 'indirect', text: 'a line from her television ads', speaker: 'the senator', cue: 'repeating' },
    ]],
    ['X VERB C, citing NP before …: the whole object, not cut at "before"', 'The governor said he would veto the bill, citing the years before the last recession.', [
      { kind: 'indirect', text: 'he would veto the bill', speaker: 'the governor', cue: 'said' },
      { kind: 'indirect', text: 'the years before the last recession', speaker: 'the governor', cue: 'citing' },
    ]],
    ['X called it “Q,” blaming NP: a participle after the comma inside the closing mark', 'The magazine put his fortune at $2 billion, which Mr. Lane called “a disgrace,” blaming a rival publisher.', [
      { kind: 'indirect', text: 'his fortune at $2 billion', speaker: 'magazine', cue: 'put' },
      { kind: 'partial', text: 'which … a disgrace,', speaker: 'Lane', cue: 'called' },
      { kind: 'indirect', text: 'a rival publisher', speaker: 'Lane', cue: 'blaming' },
    ]],
  ]);
});

describe('a participle after a preposition of manner or time', () => {
  table([
    ['X VERB … by V-ing NP: a verb of judgement reports without quoted words', 'The mayor won new support by denouncing the police union.', [
      { kind: 'indirect', text: 'the police union', speaker: 'the mayor', cue: 'denouncing' },
    ]],
    ['X VERB … after V-ing NP', 'The senator began the week on the defensive after questioning the union’s commitment to the deal.', [
      { kind: 'indirect', text: 'the union’s commitment to the deal', speaker: 'the senator', cue: 'questioning' },
    ]],
    ['X has been harsh in V-ing NP', 'She has been the harshest in denouncing the press.', [
      { kind: 'indirect', text: 'the press', cue: 'denouncing' },
    ]],
  ]);
});

describe('quoted words after an adverbial inside a characterisation', () => {
  table([
    ['X VERB, calling Y “Q1” when required to “Q2”: the quoted words after the adverbial go on with the content', 'The governor mocked his rival, calling him a “gifted actor” when required to “read from a script.”', [
      { kind: 'indirect', text: 'his rival', speaker: 'the governor', cue: 'mocked' },
      { kind: 'partial', text: 'him a “gifted actor” when required to “read from a script.”', speaker: 'the governor', cue: 'calling' },
    ]],
  ]);
});

describe('a participle of speech after quoted words', () => {
  table([
    ['X said on “SHOW,” adding, “Q”: the comma inside the closing mark', '“The plan will fail,” Lena Ortiz said on the program “Morning Talk,” adding, “Nobody wants it.”', [
      { kind: 'direct', text: 'The plan will fail,', speaker: 'Lena Ortiz', cue: 'said' },
      { kind: 'direct', text: 'Nobody wants it.', speaker: 'Lena Ortiz', cue: 'adding' },
    ]],
    ['X told Y that C “Q1,” adding, “Q2”', 'Lena Ortiz told the paper that the mayor “had a crazy plan,” adding, “He lost every vote.”', [
      { kind: 'partial', text: 'the mayor “had a crazy plan,”', speaker: 'Lena Ortiz', cue: 'told' },
      { kind: 'direct', text: 'He lost every vote.', speaker: 'Lena Ortiz', cue: 'adding' },
    ]],
  ]);
});

describe('a negated infinitive of intention', () => {
  table([
    ['X decided not to V: the negated infinitive is the intention', 'The board decided not to fund the new stadium.', [
      { kind: 'indirect', text: 'not to fund the new stadium', cue: 'decided' },
    ]],
    ['X agreed not to V', 'The governor agreed not to veto the bill.', [
      { kind: 'indirect', text: 'not to veto the bill', speaker: 'the governor', cue: 'agreed' },
    ]],
  ]);
});

describe('went on to V', () => {
  table([
    ['X went on to claim C: a verb that is also a noun, with the subject before "went on"', 'Anna Berg went on to claim the vote was rigged.', [
      { kind: 'indirect', text: 'the vote was rigged', speaker: 'Anna Berg', cue: 'claim' },
    ]],
    ['X went on to call Y “Q”', 'Anna Berg went on to call the mayor “the worst manager in the state.”', [
      { kind: 'partial', text: 'the mayor “the worst manager in the state.”', speaker: 'Anna Berg', cue: 'call' },
    ]],
  ]);
});
