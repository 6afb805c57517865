/**
 * Speakers on newswire the engine was not tuned on (fourth pass): coordination
 * inside the speaker's noun phrase, places shared by two prepositions,
 * hyphenated titles, and the object of a preposition before a participle that
 * reports. Every text here was written for these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('unseen news, fourth pass: coordination inside the speaker phrase', () => {
  table([
    ['"The TOWN oil and gas concern said": coordinated modifiers; the whole phrase speaks', 'The Tulsa oil and gas concern said its output would climb.', [
      { kind: 'indirect', text: 'its output would climb', speaker: 'the Tulsa oil and gas concern', mention: 'The Tulsa oil and gas concern' },
    ]],
    ['"a maker of X and Y said": coordinated objects of "of"; the maker speaks', 'A maker of saddles and leather gear said its orders were down.', [
      { kind: 'indirect', text: 'its orders were down', mention: 'A maker of saddles and leather gear' },
    ]],
    ['"maker of X, Y and Z": a series after "of"', 'The Tucson maker of tools, pumps and garden hoses said its sales had fallen sharply.', [
      { kind: 'indirect', text: 'its sales had fallen sharply', speaker: 'the Tucson maker of tools, pumps and garden hoses' },
    ]],
    ['must not: "and" between two clauses leaves the second subject alone', 'Ben Cole sold the barn and local officials said the deal was fine.', [
      { kind: 'indirect', text: 'the deal was fine', speaker: 'local officials', mention: 'local officials' },
    ]],
    ['must not: a determiner after "and" opens a new noun phrase', 'Prices have fallen and the farm bureau said more cuts were coming.', [
      { kind: 'indirect', text: 'more cuts were coming', mention: 'the farm bureau' },
    ]],
    ['"officials in and around TOWN": two prepositions share the place; the officials speak', 'Local officials in and around Tarrow warned the state that the bridge would close.', [
      { kind: 'indirect', text: 'the bridge would close', speaker: 'Local officials in and around Tarrow', type: 'anonymous' },
    ]],
  ]);
});

describe('unseen news, fourth pass: hyphenated titles', () => {
  table([
    ['"ORG Secretary-General NAME": a person with a hyphenated title', 'OTAN Secretary-General Pablo Ruiz said the talks would resume.', [
      { kind: 'indirect', text: 'the talks would resume', speaker: 'Pablo Ruiz', type: 'person', role: 'OTAN Secretary-General' },
    ]],
    ['"Vice-President NAME": the title is no part of the name', 'Vice-President Ana Lopes said the budget was ready.', [
      { kind: 'indirect', text: 'the budget was ready', speaker: 'Ana Lopes', type: 'person' },
    ]],
    ['must not: a hyphenated surname stays in the name', 'Ana Lopes-Ruiz said the budget was ready.', [
      { kind: 'indirect', text: 'the budget was ready', speaker: 'Ana Lopes-Ruiz' },
    ]],
  ]);
});

describe('unseen news, fourth pass: a participle after the object of a preposition', () => {
  table([
    ['"filed a motion in district court asking": the court is no speaker; the clause subject asks', 'Ann Lee filed a motion in district court asking that the ruling be stayed.', [
      { kind: 'indirect', text: 'the ruling be stayed', speaker: 'Ann Lee' },
    ]],
    ['"marched around the square chanting “Q”": the place does not chant', 'Dozens of pupils marched around the Plaza Mayor chanting “We want our teacher back.”', [
      { kind: 'direct', text: 'We want our teacher back.', speaker: null },
    ]],
    ['"resigned in a note to his staff stating": the writer, not the staff', 'Tom Reyes resigned in a note to his staff stating he was tired of the fighting.', [
      { kind: 'indirect', text: 'he was tired of the fighting', speaker: 'Tom Reyes' },
    ]],
    ['must not: a document after the preposition speaks through its text', 'The league answered in a statement saying the match would go ahead.', [
      { kind: 'indirect', text: 'the match would go ahead', mention: 'a statement' },
    ]],
    ['must not: after "resulted in" the noun phrase is the gerund\'s subject', 'The delays resulted in Zentek reporting a loss for the quarter.', [
      { kind: 'indirect', text: 'a loss for the quarter', speaker: 'Zentek' },
    ]],
  ]);
});

describe('unseen news, fourth pass: "has added" with a bare noun phrase', () => {
  table([
    ['"has added video trimming tools": things added, no statement', 'The new release of the editor has added video trimming tools.', []],
    ['"had added staff members in TOWN": no statement', 'By then the clinic had added night nurses in Tarrow.', []],
    ['must not: "has added" with a clause keeps the statement', 'Lee has added prices will rise next spring.', [
      { kind: 'indirect', text: 'prices will rise next spring', speaker: 'Lee' },
    ]],
    ['must not: "has added that" keeps the statement', 'The mayor has added that the budget is final.', [
      { kind: 'indirect', text: 'the budget is final', mention: 'The mayor' },
    ]],
  ]);
});

describe('unseen news, fourth pass: a name after a newspaper noun', () => {
  table([
    ['"the party daily NAME": the newspaper is an organisation', 'The Socialist Party daily Verdad said the strike was illegal.', [
      { kind: 'indirect', text: 'the strike was illegal', speaker: 'Verdad', type: 'organisation' },
    ]],
    ['"the weekly NAME": an organisation', 'The weekly Stadtblatt reported that the talks had failed.', [
      { kind: 'indirect', text: 'the talks had failed', speaker: 'Stadtblatt', type: 'organisation' },
    ]],
    ['must not: a person after a role with a network in it stays a person', 'The Acme network anchor Jo Pell said the strike was illegal.', [
      { kind: 'indirect', text: 'the strike was illegal', speaker: 'Jo Pell', type: 'person' },
    ]],
  ]);
});

describe('unseen news, fourth pass: a question put to someone', () => {
  table([
    ['"When asked if she thought C": the question is put to her, no view of hers', 'Once asked if she thought the old ferry might sail again, Pell shrugged.', []],
    ['must not: "said she thought C" keeps her view', 'Nora Pell said she thought the ferry would run again.', [
      { kind: 'indirect', text: 'she thought the ferry would run again', speaker: 'Nora Pell' },
    ]],
  ]);
});
