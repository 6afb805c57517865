/**
 * A source named by "according to" after the clause it reports: where that clause starts
 * (after a colon that opens a clause, after an opening concession, or at a relative clause
 * left over after another speaker's content). Every text here was written for these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('C, according to X: where C starts', () => {
  table([
    ['A: C, according to X: a colon opening a clause starts the content', 'The levy has not driven banks away: Boston was the top market for new offices last year, according to one industry index.', [
      { kind: 'indirect', text: 'Boston was the top market for new offices last year', mention: 'one industry index', cue: 'according to' },
    ]],
    ['A: list, according to X: a list after the colon is no clause, so the content keeps its start', 'Officials searched the files of three aides: Ann Lee, Tom Roe and Bo Ames, according to the report.', [
      { kind: 'indirect', text: 'Officials searched the files of three aides: Ann Lee, Tom Roe and Bo Ames', mention: 'the report', cue: 'according to' },
    ]],
    ['Despite NP, C, according to X: the concession is the writer’s framing', 'Despite weeks of attacks, Roe has failed to dent Lee’s lead in the state, according to a new poll.', [
      { kind: 'indirect', text: 'Roe has failed to dent Lee’s lead in the state', mention: 'a new poll', cue: 'according to' },
    ]],
    ['Though A, C, according to X', 'Though the plan drew protests, the council approved it by a wide margin, according to the minutes.', [
      { kind: 'indirect', text: 'the council approved it by a wide margin', mention: 'the minutes', cue: 'according to' },
    ]],
    ['Even if A, C, according to X: a condition is part of the claim', 'Even if the agency closed, its work would go on elsewhere, according to the report.', [
      { kind: 'indirect', text: 'Even if the agency closed, its work would go on elsewhere', mention: 'the report', cue: 'according to' },
    ]],
    ['C in PLACE since TIME, according to X: a place and a time stay in the content', 'Lee has held a steady lead in Ohio since March, according to the state party.', [
      { kind: 'indirect', text: 'Lee has held a steady lead in Ohio since March', mention: 'the state party', cue: 'according to' },
    ]],
  ]);
});

describe('X says C, which D, according to Y: the relative clause is the source’s', () => {
  table([
    ['after a speaker’s content, the relative clause before the source', 'His campaign manager, Tom Reed, says the senator can still close the gap in delegates, which stood at 120 before the vote, according to the Associated Press.', [
      { kind: 'indirect', text: 'the senator can still close the gap in delegates', speaker: 'Tom Reed', cue: 'says' },
      { kind: 'indirect', text: 'which stood at 120 before the vote', mention: 'the Associated Press', cue: 'according to' },
    ]],
    ['X announced that C, who D, according to Y', 'The campaign announced last week that it hired Ann Lee, who has been outspoken on trade, according to the Ledger.', [
      { kind: 'indirect', text: 'it hired Ann Lee', mention: 'The campaign', cue: 'announced' },
      { kind: 'indirect', text: 'who has been outspoken on trade', mention: 'the Ledger', cue: 'according to' },
    ]],
    ['A, as X reported, and C, according to Y: the clause after "and" is the source’s', 'The mayor met with the council that day, as the Ledger reported on Tuesday, and she will lead the talks on the budget, according to two people briefed on the plan.', [
      { kind: 'indirect', text: 'The mayor met with the council that day', mention: 'the Ledger', cue: 'reported' },
      { kind: 'indirect', text: 'she will lead the talks on the budget', cue: 'according to' },
    ]],
    ['X said C, according to Y: with no relative clause the source only passes the statement on', 'Tom Reed said the senator would stay in the race, according to the Ledger.', [
      { kind: 'indirect', text: 'the senator would stay in the race', speaker: 'Tom Reed', cue: 'said' },
    ]],
  ]);
});

describe('In a poll, C, but D: a contrast after an opening poll’s finding is part of it', () => {
  table([
    ['In POLL, C, but VP', 'In the latest Ledger poll, Lee’s lead over Roe stayed in double digits, but narrowed from 20 points to 13.', [
      { kind: 'indirect', text: 'Lee’s lead over Roe stayed in double digits, but narrowed from 20 points to 13', mention: 'the latest Ledger poll', cue: 'In' },
    ]],
    ['In POLL, C, although D', 'In the new Ledger survey, 60 percent of residents backed the plan, although fewer of them would pay for it.', [
      { kind: 'indirect', text: '60 percent of residents backed the plan, although fewer of them would pay for it', mention: 'the new Ledger survey', cue: 'In' },
    ]],
    ['In March, C: a time is no poll', 'In March, Lee led the race by five points.', []],
  ]);
});

describe('C, per X: "per" before a closing source stands for "according to"', () => {
  table([
    ['C, per X.', 'She had been visiting her brother in Lyon, having moved to Spain years ago, per the Ledger.', [
      { kind: 'indirect', text: 'She had been visiting her brother in Lyon, having moved to Spain years ago', mention: 'the Ledger', cue: 'per' },
    ]],
    ['N per share: a rate, no source', 'Shares rose to 40 dollars, or 2 dollars per share.', []],
  ]);
});
