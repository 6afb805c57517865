/**
 * Direct and partial quotations and their bounds: a quotation whose closing
 * mark holds the comma that ends a fronted clause (also an as-clause of
 * time), quoted words that run on
 * into a phrase after the cue's comma, a full-stop quotation followed by a new
 * sentence whose reporting verb has a that-clause of its own, and quoted
 * words inside noun phrases. Scare quotes and titles stay non-statements.
 * Every text here was written for these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('a fronted clause closed by the comma inside the quotation marks', () => {
  table([
    ['"After X said C “Q,” main clause": the content stops at the closing mark', 'After Dana Pike said the budget was “a disgrace,” the board voted to delay it.', [
      { kind: 'partial', text: 'the budget was “a disgrace,”', speaker: 'Dana Pike', cue: 'said' },
      { kind: 'indirect', text: 'to delay it', speaker: 'board' },
    ]],
    ['"Although X insisted …"', 'Although Pike insisted the deal was “dead on arrival,” the board approved it.', [
      { kind: 'partial', text: 'the deal was “dead on arrival,”', cue: 'insisted' },
    ]],
    ['"While X called Y “Q,” …": a naming verb in the fronted clause', 'While Orrin Vale called the vote “a farce,” his allies stayed silent.', [
      { kind: 'partial', text: 'the vote “a farce,”', speaker: 'Orrin Vale', cue: 'called' },
    ]],
    ['"As X pledged …, main clause": an as-clause of time opening the sentence', 'As Tellen pledged to fix the “broken” permits, many in the crowd cheered.', [
      { kind: 'partial', text: 'to fix the “broken” permits', speaker: 'Tellen', cue: 'pledged' },
    ]],
    ['"As X argued that C, main clause" (no quotation)', 'As the mayor, Ada Lusk, argued that the pier was unsafe, the board voted to close it.', [
      { kind: 'indirect', text: 'the pier was unsafe', cue: 'argued' },
      { kind: 'indirect', text: 'to close it', speaker: 'board' },
    ]],
    ['"As X said, C": the as-clause attributes what follows', 'As Lee Harlow said, the plan failed.', [
      { kind: 'indirect', text: 'the plan failed', speaker: 'Lee Harlow', cue: 'said' },
    ]],
    ['"Before X called …, she …": a pronoun subject opens the main clause', 'Before Pike called the tax “a raid on families,” she met the farmers.', [
      { kind: 'partial', text: 'the tax “a raid on families,”', cue: 'called' },
    ]],
  ]);
});

describe('quoted words that run on into a phrase after the cue\'s comma', () => {
  table([
    ['"said, “Q” for …": the phrase belongs to the content', 'Sol Ferrer said, “The county is in a three-way fight with Ardley and Moss” for the new plant.', [
      { kind: 'partial', text: '“The county is in a three-way fight with Ardley and Moss” for the new plant', speaker: 'Sol Ferrer', cue: 'said' },
    ]],
    ['"said, “Q” about …"', 'Sol Ferrer said, “I am tired of the mayor misleading people” about the water bill.', [
      { kind: 'partial', text: '“I am tired of the mayor misleading people” about the water bill', speaker: 'Sol Ferrer' },
    ]],
    ['a time phrase after the quotation is the writer\'s', 'Sol Ferrer said, “We will win” on Tuesday.', [
      { kind: 'direct', text: 'We will win', speaker: 'Sol Ferrer' },
    ]],
    ['a phrase of circumstance after the quotation is the writer\'s', 'Sol Ferrer said, “We will win” in an interview.', [
      { kind: 'direct', text: 'We will win', speaker: 'Sol Ferrer' },
    ]],
    ['quoted words closed by their own comma end the direct quotation', 'Sol Ferrer said, “We will see,” when asked about the vote.', [
      { kind: 'direct', text: 'We will see,', speaker: 'Sol Ferrer' },
    ]],
  ]);
});

describe('a full-stop quotation before a new sentence with its own report', () => {
  table([
    ['“Q1,” X said. “Q2.” Y said, …, that C: Q2 goes on with Q1, Y reports C', '“We are staying,” Nell Quill said. “We are not afraid.” Tom Reyes said, in a quiet voice, that he was leaving.', [
      { kind: 'direct', text: 'We are staying, … We are not afraid.', speaker: 'Nell Quill' },
      { kind: 'indirect', text: 'he was leaving', speaker: 'Tom Reyes', cue: 'said' },
    ]],
    ['the same with typewriter double apostrophes', "''We are staying,'' Ms. Quill said. ''We are not afraid.'' Tom Reyes said, twice, that he was leaving.", [
      { kind: 'direct', text: 'We are staying, … We are not afraid.', speaker: 'Quill' },
      { kind: 'indirect', text: 'he was leaving', speaker: 'Tom Reyes' },
    ]],
    ['“Q.” X said, adding that C: the verb still attributes the quotation', '“We are staying.” Nell Quill said, adding that the boats were safe.', [
      { kind: 'direct', text: 'We are staying.', speaker: 'Nell Quill', cue: 'said' },
      { kind: 'indirect', text: 'the boats were safe', speaker: 'Nell Quill', cue: 'adding' },
    ]],
  ]);
});

describe('quoted words inside noun phrases and naming verbs', () => {
  table([
    ['"dismissed X as “Q”"', 'The film critic Mara Quill dismissed the remake as “a museum piece with explosions.”', [
      { kind: 'partial', text: 'the remake as “a museum piece with explosions.”', speaker: 'Mara Quill', cue: 'dismissed' },
    ]],
    ['"labelled him “Q”"', 'Councilwoman Jun Arkell labelled him “a danger to the town.”', [
      { kind: 'partial', text: 'him “a danger to the town.”', speaker: 'Jun Arkell', cue: 'labelled' },
    ]],
    ['"repeated his pledge to “Q”"', 'Governor Pell Marsh repeated his pledge to “clean up the river by spring.”', [
      { kind: 'partial', text: 'his pledge to “clean up the river by spring.”', speaker: 'Pell Marsh', cue: 'repeated' },
    ]],
  ]);
});

describe('scare quotes and titles are not statements', () => {
  table([
    ['a so-called term', 'The council approved a so-called “fast lane” for permits.', []],
    ['a title after a comma, then a phrase', 'Orro read from his new novel, “The Lamp Keeper,” with his old editor at the fair.', []],
    ['a scare-quoted noun phrase as subject', 'The town’s “summer of fun” ended early this year.', []],
    ['a scare-quoted noun in a fronted clause', 'After the “harbor deal” collapsed, the board met again.', []],
  ]);
});
