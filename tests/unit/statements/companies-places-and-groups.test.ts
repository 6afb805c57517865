/**
 * Constructions met in wire and business news outside the political corpus the
 * engine was tuned on: a company named with its corporate tail or opened with
 * "which"; report nouns and role nouns placed somewhere ("reports in X",
 * "ministers meeting in X"), where the place is no speaker; a fronted phrase
 * without its comma before a subject pronoun; and "claimed N lives", which
 * reports nothing. Every text here was written for these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('companies the name itself or a "which" clause shows', () => {
  table([
    ['NAME Co. said: a corporate tail makes an organisation, whatever the first word', 'Marvin Pellet Co. said it would close two mills.', [
      { kind: 'indirect', text: 'it would close two mills', speaker: 'Marvin Pellet Co.', type: 'organisation' },
    ]],
    ['NAME Corp. reported', 'Dalton Corp. reported a 12% rise in quarterly profit.', [
      { kind: 'indirect', text: 'a 12% rise in quarterly profit', speaker: 'Dalton Corp.', type: 'organisation' },
    ]],
    ['NAME, which makes X, said: "which" speaks of a thing', 'Ferrant, which makes brass valves, said it would cut 300 jobs.', [
      { kind: 'indirect', text: 'it would cut 300 jobs', speaker: 'Ferrant', type: 'organisation' },
    ]],
    ['a person stays a person: "Ann Roe, who …"', 'Ann Roe, who runs the mill, said it would stay open.', [
      { kind: 'indirect', text: 'it would stay open', speaker: 'Ann Roe', type: 'person' },
    ]],
  ]);
});

describe('a place after the speaker noun is no speaker', () => {
  table([
    ['reports in PLACE said', 'Reports in Valmora said the cargo had come by sea.', [
      { kind: 'indirect', text: 'the cargo had come by sea', speaker: 'Reports in Valmora', type: 'anonymous', mention: 'Reports in Valmora' },
    ]],
    ['newspaper reports in PLACE have said', 'Newspaper reports in Valmora have said the parts were made abroad.', [
      { kind: 'indirect', text: 'the parts were made abroad', type: 'anonymous', mention: 'Newspaper reports in Valmora' },
    ]],
    ['polls in PLACE show', 'Polls in Valmora show the governor well ahead.', [
      { kind: 'indirect', text: 'the governor well ahead', type: 'anonymous', mention: 'Polls in Valmora' },
    ]],
    ['ROLEs meeting in PLACE agreed: the participle and its place stay out', 'Ministers meeting in Valmora agreed to set up a panel on the floods.', [
      { kind: 'indirect', text: 'to set up a panel on the floods', speaker: 'Ministers', mention: 'Ministers' },
    ]],
    ['ROLEs based in PLACE said', 'Analysts based in Valmora said the merger was too costly.', [
      { kind: 'indirect', text: 'the merger was too costly', speaker: 'Analysts', type: 'anonymous', mention: 'Analysts' },
    ]],
    ['a role noun with "based on" is no place: the report keeps its whole object', 'The memo told branch staff to sort clients based on their deposits.', [
      { kind: 'indirect', text: 'branch staff to sort clients based on their deposits', cue: 'told' },
    ]],
  ]);
});

describe('a fronted phrase without its comma before a subject pronoun', () => {
  table([
    ['Regarding NP he said, “Q”', 'Oskar Brandt led the talks.\n\nRegarding the merger process he said, “We will get it right.”', [
      { kind: 'direct', text: 'We will get it right.', speaker: 'Oskar Brandt', mention: 'he' },
    ]],
    ['Concerning NP she said C', 'Greta Holm chairs the board.\n\nConcerning the sale she said the price was fair.', [
      { kind: 'indirect', text: 'the price was fair', speaker: 'Greta Holm', mention: 'she' },
    ]],
    ['not a noun before the pronoun inside a list: no speaker made up', 'His plans are far from the consensus, from his tax ideas, to the rise he seeks in the wage floor.', []],
  ]);
});

describe('"claimed N lives" reports nothing', () => {
  table([
    ['the storms claimed at least N lives', 'The storms in the north last week claimed at least 40 lives and cut power to thousands.', []],
    ['the crash claimed the lives of N', 'The crash claimed the lives of six passengers.', []],
    ['a claim that lives were lost is still a statement', 'Ann Roe claimed that 40 lives were lost.', [
      { kind: 'indirect', text: '40 lives were lost', speaker: 'Ann Roe', cue: 'claimed' },
    ]],
    ['claimed responsibility stays as it was', 'The cell claimed full responsibility for the depot fire.', [
      { kind: 'indirect', text: 'full responsibility for the depot fire', cue: 'claimed' },
    ]],
  ]);
});

describe('a plural role with a modifier names no one', () => {
  table([
    ['Foreign ministers said: the modifier is no organisation', 'Foreign ministers said the border talks would resume in March.', [
      { kind: 'indirect', text: 'the border talks would resume in March', speaker: 'Foreign ministers', type: 'anonymous' },
    ]],
    ['Senior executives told: the group speaks', 'Senior executives told staff that the plant would stay open.', [
      { kind: 'indirect', text: 'the plant would stay open', speaker: 'Senior executives', type: 'anonymous' },
    ]],
    ['a named minister stays a person', 'Ann Veld, the trade minister, said the border talks would resume.', [
      { kind: 'indirect', text: 'the border talks would resume', speaker: 'Ann Veld', type: 'person' },
    ]],
  ]);
});
