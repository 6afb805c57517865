/**
 * Where a reported content ends when the reporting event's own frame follows
 * it: after an object content, the go-between through whom the subject spoke
 * ("through his lawyer") and an absolute with "with" (", with both sides
 * claiming …") are the writer's, while a clause content keeps its absolute.
 * Every text here was written for these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('the go-between through whom the subject spoke', () => {
  table([
    ['through his lawyer, after an object', 'Tom Lee denied the charges through his lawyer.', [
      { kind: 'indirect', text: 'the charges', speaker: 'Tom Lee', cue: 'denied' },
    ]],
    ['via a spokeswoman, before a day', 'Nora Vance denied the reports via a spokeswoman on Friday.', [
      { kind: 'indirect', text: 'the reports', speaker: 'Nora Vance', cue: 'denied' },
    ]],
  ]);
});

describe('an absolute with "with" after the content', () => {
  table([
    ['after an object: the writer’s comment', 'The mayor described the budget as a tale of two towns, with the harbor district getting most of the money.', [
      { kind: 'indirect', text: 'the budget as a tale of two towns', speaker: 'the mayor', cue: 'described' },
    ]],
    ['after an infinitive: the writer’s comment', 'The union urged its members to stay home, with some stewards calling for a strike.', [
      { kind: 'indirect', text: 'its members to stay home', cue: 'urged' },
    ]],
    ['after a clause: the absolute stays in the content', 'Nora Vance said the port grew last year, with the ferries adding routes.', [
      { kind: 'indirect', text: 'the port grew last year, with the ferries adding routes', speaker: 'Nora Vance', cue: 'said' },
    ]],
  ]);
});

describe('a fronted time clause with a measure before its subordinator', () => {
  table([
    ['Weeks after X claimed C, MAIN: the content ends at the comma', 'Weeks after the mayor claimed that the ferry was safe, the council voted to close it.', [
      { kind: 'indirect', text: 'the ferry was safe', speaker: 'the mayor', cue: 'claimed' },
      { kind: 'indirect', text: 'to close it', cue: 'voted' },
    ]],
    ['Long before X said C, MAIN', 'Long before Tom Lee said the bridge was sound, inspectors had found cracks in it.', [
      { kind: 'indirect', text: 'the bridge was sound', speaker: 'Tom Lee', cue: 'said' },
    ]],
    ['Two years after X said C, MAIN', 'Two years after Nora Vance said she would retire, she ran for the harbor board again.', [
      { kind: 'indirect', text: 'she would retire', speaker: 'Nora Vance', cue: 'said' },
    ]],
  ]);
});

describe('an existential main clause ("there is …") after the content', () => {
  table([
    ['Because X indicated C, there is …: the content ends at the comma', 'Because the polls indicated that Tom Lee was ahead, there is a sense that the race is over.', [
      { kind: 'indirect', text: 'Tom Lee was ahead', cue: 'indicated' },
    ]],
    ['X said C, but there was …: the writer’s next clause', 'Nora Vance said the harbor would reopen in May, but there was no sign of work at the docks.', [
      { kind: 'indirect', text: 'the harbor would reopen in May', speaker: 'Nora Vance', cue: 'said' },
    ]],
  ]);
});

describe('the medium of speaking after the object of a verb of judging', () => {
  table([
    ['mocked X on Twitter', 'Nora Vance mocked the harbor board on Twitter.', [
      { kind: 'indirect', text: 'the harbor board', speaker: 'Nora Vance', cue: 'mocked' },
    ]],
    ['blamed X on the radio before …', 'Tom Lee blamed the ferry company on the radio before the vote.', [
      { kind: 'indirect', text: 'the ferry company', speaker: 'Tom Lee', cue: 'blamed' },
    ]],
    ['a medium inside the object stays: "a ban on Facebook ads"', 'Tom Lee backed a ban on Facebook ads.', [
      { kind: 'indirect', text: 'a ban on Facebook ads', speaker: 'Tom Lee', cue: 'backed' },
    ]],
  ]);
});

describe('an absolute with "the latter" / "the former" after the content', () => {
  table([
    ['…, the latter a NP: the writer’s gloss', 'Tom Lee said the storm closed the north and south piers, the latter a favorite of anglers.', [
      { kind: 'indirect', text: 'the storm closed the north and south piers', speaker: 'Tom Lee', cue: 'said' },
    ]],
    ['…, the former mayor: a noun phrase stays', 'Tom Lee said the plan was drafted by Ann Roe, the former mayor.', [
      { kind: 'indirect', text: 'the plan was drafted by Ann Roe, the former mayor', speaker: 'Tom Lee', cue: 'said' },
    ]],
  ]);
});

describe('a present tense with its complement after a relative clause', () => {
  table([
    ['NP, who CUE C, plans to …: the relative clause’s content ends at the comma', 'Tom Lee, who announced a new harbor plan on Monday, plans to focus on jobs.', [
      { kind: 'indirect', text: 'a new harbor plan on Monday', speaker: 'Tom Lee', cue: 'announced' },
      { kind: 'indirect', text: 'to focus on jobs', speaker: 'Tom Lee', cue: 'plans' },
    ]],
  ]);
});

describe('a main clause after the content: a contracted pronoun or a present tense', () => {
  table([
    ['Though X said C, it’s …: the content ends at the comma', 'Though the mayor said he would hold a vote, it’s unlikely to pass.', [
      { kind: 'indirect', text: 'he would hold a vote', speaker: 'the mayor', cue: 'said' },
    ]],
    ['While X said C, NP VERBs …: a present tense after its subject', 'While Tom Lee said he opposes new taxes, his staff carves out exceptions for the port.', [
      { kind: 'indirect', text: 'he opposes new taxes', speaker: 'Tom Lee', cue: 'said' },
    ]],
    ['X urged C, and he’s …: the writer’s next clause', 'Tom Lee urged the board to cut fees, and he’s even paying for the study.', [
      { kind: 'indirect', text: 'the board to cut fees', speaker: 'Tom Lee', cue: 'urged' },
    ]],
  ]);
});

describe('a subordinate clause in mid-sentence, and a main clause opened by "one" or a demonstrative', () => {
  table([
    ['…, and while X said C, MAIN: the content ends at the comma', 'The plan needs his vote, and while Tom Lee said he would hold a hearing, it’s unlikely to pass.', [
      { kind: 'indirect', text: 'he would hold a hearing', speaker: 'Tom Lee', cue: 'said' },
    ]],
    ['But if X show C, one of … could …', 'But if the records show that Tom Lee broke the rules, one of his aides could face charges.', [
      { kind: 'indirect', text: 'Tom Lee broke the rules', cue: 'show' },
    ]],
  ]);
});

describe('a relative clause with a preposition after a name', () => {
  table([
    ['…, with whom …: the writer’s aside about the name', 'Nora Vance attacked Tom Lee, with whom she clashed at the harbor debate.', [
      { kind: 'indirect', text: 'Tom Lee', speaker: 'Nora Vance', cue: 'attacked' },
    ]],
    ['…, for whom … after a clause content', 'Nora Vance said she backs Tom Lee, for whom she raised money last year.', [
      { kind: 'indirect', text: 'she backs Tom Lee', speaker: 'Nora Vance', cue: 'said' },
    ]],
  ]);
});
