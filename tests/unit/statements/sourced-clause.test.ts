/**
 * A report inside a clause that a source opening the sentence reports
 * ("According to the minutes, the mayor said C"; "In a new poll, 40 percent
 * said C"): the source's statement covers the whole clause, the inner report
 * included; the inner report is no statement of its own. Every text here was
 * written for these tests.
 */
import { describe } from 'vitest';
import { table, type Expected } from './table.ts';

const ind = (text: string, speaker: string | null, cue: string, mention?: string): Expected => ({ kind: 'indirect', text, speaker, cue, ...(mention ? { mention } : {}) });

describe('a report inside a sourced clause', () => {
  table([
    ['According to X, Y said C: one statement, the source\'s', 'According to the council minutes, the mayor said the ferry would keep running.', [
      ind('the mayor said the ferry would keep running', 'the council minutes', 'According to'),
    ]],
    ['According to X, ORG stated C', 'According to the report, the Harbor Company has stated it will not appeal the fine.', [
      ind('the Harbor Company has stated it will not appeal the fine', 'the report', 'According to'),
    ]],
    ['In POLL, N percent said C: the poll reports the share\'s answer', 'In a new Lakeside Institute survey, 62 percent of tenants said the rents were too high.', [
      ind('62 percent of tenants said the rents were too high', 'Lakeside Institute', 'In'),
    ]],
    ['In POLL, just N percent said C: a limited share opens the finding', 'In a poll released Sunday, just 8 percent of tenants said they would vote for the mayor.', [
      ind('just 8 percent of tenants said they would vote for the mayor', 'a poll released Sunday', 'In'),
    ]],
    ['In POLL, nearly half of X said C', 'In the poll, nearly half of renters said they could not afford a move.', [
      ind('nearly half of renters said they could not afford a move', 'poll', 'In', 'the poll'),
    ]],
    ['an opening time adjunct with a limited share is no poll', 'In the morning, just a few people came.', []],
    ['Y said C, according to X: the report keeps its own speaker', 'The mayor said the ferry would keep running, according to the council minutes.', [
      ind('the ferry would keep running', 'the mayor', 'said'),
    ]],
    ['X said Y told him C: the inner report stays inside the content', 'Tom Reyes said the governor told him the budget would pass.', [
      ind('the governor told him the budget would pass', 'Tom Reyes', 'said'),
    ]],
  ]);
});
