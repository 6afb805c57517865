/**
 * Partial quotations whose writer's words run before the quotation that the
 * cue after it attributes ("The harbour grew and “we are proud,” X said",
 * "Taxes are “too high” and “unfair,” X said"), and reported clauses after a
 * speech verb and one adverb ("has said repeatedly the council should …").
 * Every text here was written for these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('words before a quotation attributed after it', () => {
  table([
    ['C and “Q,” X said: the clause before the conjunction is part of the statement', 'The harbour fund grew by a third last year, and “we are proud of every cent,” Mara Quell said.', [
      { kind: 'partial', text: 'The harbour fund grew by a third last year, and “we are proud of every cent,”', speaker: 'Mara Quell', cue: 'said' },
    ]],
    ['C, but “Q,” X said', 'Donors are checked against the legal limits, but “we never ask about their salaries,” Oren Taft said.', [
      { kind: 'partial', text: 'Donors are checked against the legal limits, but “we never ask about their salaries,”', speaker: 'Oren Taft', cue: 'said' },
    ]],
    ['NP are “Q1” and “Q2,” X said: quoted words before count with the writer’s', 'Ferry fares are “far too high” and “hurt the islanders,” Lina Osk said.', [
      { kind: 'partial', text: 'Ferry fares are “far too high” and “hurt the islanders,”', speaker: 'Lina Osk', cue: 'said' },
    ]],
    ['“Q1” and “Q2,” X said: no writer’s words before, the last quotation stays direct', '“We tried” and “we will try again,” Lina Osk said.', [
      { kind: 'direct', text: 'we will try again,', speaker: 'Lina Osk', cue: 'said' },
    ]],
    ['“Q,” X said: a quotation opening the sentence stays direct', '“The bridge will open in May,” Lina Osk said.', [
      { kind: 'direct', text: 'The bridge will open in May,', speaker: 'Lina Osk', cue: 'said' },
    ]],
    ['Asked about C, “Q,” X said: the writer’s frame stays outside', 'Asked about the closed bridge, “It will open in May,” Lina Osk said.', [
      { kind: 'direct', text: 'It will open in May,', speaker: 'Lina Osk', cue: 'said' },
    ]],
  ]);
});

describe('a reported clause after a speech verb and one adverb', () => {
  table([
    ['X has said firmly “Q” should …: a quoted subject', 'Pell Varner has said firmly “the next council” should pick the auditor.', [
      { kind: 'partial', text: '“the next council” should pick the auditor', speaker: 'Pell Varner', cue: 'said' },
    ]],
    ['X said publicly the NP is …: a bare clause', 'Pell Varner said publicly the harbour plan is dead.', [
      { kind: 'indirect', text: 'the harbour plan is dead', speaker: 'Pell Varner', cue: 'said' },
    ]],
    ['X said privately he would …: a pronoun subject', 'Pell Varner said privately he would resign in June.', [
      { kind: 'indirect', text: 'he would resign in June', speaker: 'Pell Varner', cue: 'said' },
    ]],
    ['X said quietly.: no clause after the adverb, no statement', 'Pell Varner said quietly.', []],
  ]);
});

describe('an occasion adjunct between the speaker and the cue', () => {
  table([
    ['X in his first speech called NP “Q”: the speaker is the name before the adjunct', 'Tovan Ruse in his first speech called the road crews “lazy.”', [
      { kind: 'partial', text: 'the road crews “lazy.”', speaker: 'Tovan Ruse', cue: 'called' },
    ]],
    ['X in her acceptance address said C', 'Dana Pirell in her acceptance address said the valley would heal.', [
      { kind: 'indirect', text: 'the valley would heal', speaker: 'Dana Pirell', cue: 'said' },
    ]],
  ]);
});

describe('a time word between a verb of commitment and its infinitive', () => {
  table([
    ['X pledged Saturday to V “Q”', 'Ivo Marrant pledged Saturday to rid the harbour of “this shameful neglect.”', [
      { kind: 'partial', text: 'to rid the harbour of “this shameful neglect.”', speaker: 'Ivo Marrant', cue: 'pledged' },
    ]],
    ['X vowed again to V', 'Ivo Marrant vowed again to lower the ferry fares.', [
      { kind: 'indirect', text: 'to lower the ferry fares', speaker: 'Ivo Marrant', cue: 'vowed' },
    ]],
    ['X went Monday to the market: no commitment, no statement', 'Ivo Marrant went Monday to the fish market.', []],
  ]);
});
