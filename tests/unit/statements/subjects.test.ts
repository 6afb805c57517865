/**
 * Speakers' noun phrases before the verb that carry a long modifier: an -ing
 * noun after a determiner, the complement of an anonymous source ("familiar
 * with", "briefed on"), a relative clause without commas. Every text here was
 * written for these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('an -ing noun inside the subject', () => {
  table([
    ['DET V-ing NOUN VERB: an -ing word after a determiner modifies the head', 'The meeting organisers said the hall was full.', [
      { kind: 'indirect', text: 'the hall was full', mention: 'The meeting organisers', cue: 'said' },
    ]],
    ['DET V-ing ROLE VERB: the role keeps its modifier', 'The hearing officer said the complaint had no merit.', [
      { kind: 'indirect', text: 'the complaint had no merit', mention: 'The hearing officer', cue: 'said' },
    ]],
    ['ROLE of DET V-ing VERB: the object of "of" is a noun', 'Critics of the spending say the city cannot afford it.', [
      { kind: 'indirect', text: 'the city cannot afford it', mention: 'Critics of the spending', speaker: 'Critics of the spending', cue: 'say' },
    ]],
    ['PREP DET V-ing DET NOUN VERB: the -ing noun before another determiner ends an opening phrase', 'After the meeting the mayor said the plan was dead.', [
      { kind: 'indirect', text: 'the plan was dead', mention: 'the mayor', cue: 'said' },
    ]],
    ['DET V-ing NOUN-VERB: an -ing word before a noun that is also a verb is no subject', 'The senator made the following comment about the plan.', []],
  ]);
});

describe('an anonymous source with its complement', () => {
  table([
    ['a person familiar with DET V-ing for POSS V-ing says C', "A person familiar with the planning for next week's meeting says the vote will be delayed.", [
      { kind: 'indirect', text: 'the vote will be delayed', mention: "A person familiar with the planning for next week's meeting", type: 'anonymous', cue: 'says' },
    ]],
    ['people briefed on X said C', 'People briefed on the reshuffle said the adviser would not return.', [
      { kind: 'indirect', text: 'the adviser would not return', mention: 'People briefed on the reshuffle', speaker: 'People briefed on the reshuffle', cue: 'said' },
    ]],
    ['people ADV involved in DET V-ing NOUN said C', 'People directly involved in the lobbying effort said the payments were legal.', [
      { kind: 'indirect', text: 'the payments were legal', mention: 'People directly involved in the lobbying effort', cue: 'said' },
    ]],
  ]);
});

describe('a relative clause inside the subject', () => {
  table([
    ['NOUN who VERB OBJ said C', 'The woman who hired the lawyer said she was innocent.', [
      { kind: 'indirect', text: 'she was innocent', mention: 'The woman who hired the lawyer', cue: 'said' },
    ]],
    ['NOUNS who VERB OBJ argue that C: a base-form verb of the clause is no part of the speaker', 'Lawmakers who oppose the bill argue that it will raise taxes.', [
      { kind: 'indirect', text: 'it will raise taxes', mention: 'Lawmakers who oppose the bill', speaker: 'Lawmakers', cue: 'argue' },
    ]],
    ['NOUNS in PLACE who VERB OBJ said C', 'Voters in the valley who watched the debate said they were unimpressed.', [
      { kind: 'indirect', text: 'they were unimpressed', mention: 'Voters in the valley who watched the debate', cue: 'said' },
    ]],
    ['NOUNS whose NOUN were VERB-ed say C', 'Tenants whose leases were cancelled say the landlord broke the law.', [
      { kind: 'indirect', text: 'the landlord broke the law', mention: 'Tenants whose leases were cancelled', cue: 'say' },
    ]],
    ['NOUN who DET NOUN say …: in an object relative whose verb is the cue the speaker is the relative clause’s subject', 'The clerk who the auditors say took the money has resigned.', [
      { kind: 'indirect', text: 'took the money has resigned', mention: 'the auditors', cue: 'say' },
    ]],
  ]);
});

describe('a document as the subject of a verb that is also a noun', () => {
  table([
    ['the video shows C', 'The video shows the senator shouting at a reporter.', [
      { kind: 'indirect', text: 'the senator shouting at a reporter', mention: 'The video', cue: 'shows' },
    ]],
    ['the ad claims that C', 'The ad claims that the governor raised taxes twice.', [
      { kind: 'indirect', text: 'the governor raised taxes twice', mention: 'The ad', cue: 'claims' },
    ]],
    ['the paper notes C', 'In one passage, the paper notes the ministry closed three schools.', [
      { kind: 'indirect', text: 'the ministry closed three schools', mention: 'the paper', cue: 'notes' },
    ]],
  ]);
});

