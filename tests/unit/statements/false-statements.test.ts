/**
 * False statements: reporting words that are nouns or otherwise report nothing
 * in their sentence, so that no statement is made. Every text here was written
 * for these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('a reporting word used as a noun before a verb', () => {
  table([
    ['a Treasury note fell: a noun before its verb', 'The yield on the five-year Treasury note fell to 2.1 percent on Tuesday.', []],
    ['the harbor attacks may lead: a plural noun before a modal', 'The harbor attacks may lead to new curfews in the port.', []],
    ['the audit report could not confirm: a noun compound before a modal', 'The town audit report could not confirm the missing payments.', []],
    ['the emotional stress is: a noun subject', 'The emotional stress is with the family every single day.', []],
    ['X notes C: the verb keeps its clause', 'Tom Reyes notes the budget was late again this year.', [
      { kind: 'indirect', text: 'the budget was late again this year', speaker: 'Tom Reyes' },
    ]],
    ['X reports C: the verb keeps its clause', 'The Ledger reports the mayor will resign on Friday.', [
      { kind: 'indirect', text: 'the mayor will resign on Friday', speaker: 'Ledger' },
    ]],
  ]);
});

describe('a quoted title is not a quotation', () => {
  table([
    ['X said in his book, “Title.”: the title of the book (the clause before is reported)', 'His parents never went back, Tom Reyes said in his 2012 book, “A Long Road Home.”', [
      { kind: 'indirect', text: 'His parents never went back', speaker: 'Tom Reyes', cue: 'said' },
    ]],
    ['X said on NBC’s “Show.”: a programme', 'She said so again on Wednesday on NBC’s “Morning Call.”', []],
    ['X wrote under the pseudonym “Name”: a pen name', 'He wrote under the pseudonym “Carlos Nieve,” but it did not help him.', []],
    ['“Show” host X: a title before a role', '“Late Night” host Tom Reyes joked about the senator on Monday.', []],
    ['X said, “Words In Capitals.”: a quotation after a speech verb stays', 'Tom Reyes said, “Vote Them Out.”', [
      { kind: 'direct', text: 'Vote Them Out.', speaker: 'Tom Reyes' },
    ]],
  ]);
});

describe('a participle of a reporting verb as an adjective', () => {
  table([
    ['the most promising paths: an adjective after a degree word', 'Winning Ohio would close one of the most promising paths to victory.', []],
    ['other promising news: an adjective after a determiner', 'There is other promising news for the mayor in the county.', []],
    ['given added fuel: an adjective after a verb of giving', 'The delay has given added fuel to the critics of the plan.', []],
    ['is promising X: the verb keeps its object', 'The mayor is promising voters a new bridge.', [
      { kind: 'indirect', text: 'voters a new bridge' },
    ]],
  ]);
});

describe('reporting words in a sense that reports nothing', () => {
  table([
    ['C, thanks to X: a preposition of cause', 'Many voters are leaving the party, thanks to the mayor.', []],
    ['a thing means that C: a consequence', 'The early vote means that by September the race will be set.', []],
    ['X means that C: a person still says it', 'Tom Reyes means that the budget is late.', [
      { kind: 'indirect', text: 'the budget is late', speaker: 'Tom Reyes' },
    ]],
    ['a place boasts N residents: a possession', 'The county boasts 108,000 residents and two colleges.', []],
    ['X boasts a lead: a possession', 'She boasts a roughly 40-point lead among older voters.', []],
    ['X boasted that C: the verb keeps its clause', 'Tom Reyes boasted that the plan would work.', [
      { kind: 'indirect', text: 'the plan would work', speaker: 'Tom Reyes' },
    ]],
    ['X thanks Y for Z: the verb stays', 'The mayor thanks voters for their support.', [
      { kind: 'indirect', text: 'voters for their support' },
    ]],
  ]);
});

describe('a fronted adverbial is not the reported clause', () => {
  table([
    ['In …, held …, X told the story: a phrase without a verb', 'In the last week of his tour, held near the border, the bishop told the story of the flood.', []],
    ['Weighing in, X agreed: a participle phrase', 'Weighing in on the debate, Tom Reyes agreed with the mayor.', []],
    ['Weighing in, X agreed, praising Y as “Q”: the quotation keeps its speaker', 'Weighing in on the debate, Tom Reyes agreed, praising the mayor as “a true leader.”', [
      { kind: 'partial', text: 'the mayor as “a true leader.”', speaker: 'Tom Reyes' },
    ]],
    ['In fact, C, X said: a clause with a verb stays', 'In fact, the plan will fail, Tom Reyes said.', [
      { kind: 'indirect', text: 'In fact, the plan will fail', speaker: 'Tom Reyes' },
    ]],
    ['But he V …, X said: a pronoun subject makes a clause', 'But he runs the city differently, Tom Reyes said.', [
      { kind: 'indirect', text: 'But he runs the city differently', speaker: 'Tom Reyes' },
    ]],
  ]);
});
