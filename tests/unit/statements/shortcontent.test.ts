/**
 * Content that stopped too early. A that-clause has a finite verb: a comma or dash before that verb
 * sits inside the clause's subject (an aside about it) or after a fronted adverbial, and the content
 * goes on to the verb. Every text here was written for these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('a that-clause goes on to its verb', () => {
  table([
    ['that PP, even NP must …: a fronted adverbial before the subject', 'Ms. Orban said that under the new rules, even small shops must file reports.', [
      { kind: 'indirect', text: 'under the new rules, even small shops must file reports', speaker: 'Orban', cue: 'said' },
    ]],
    ['that PP, which …, NP would …: an aside in the fronted adverbial', 'Ms. Orban said that after the vote, which was close, the council would meet again.', [
      { kind: 'indirect', text: 'after the vote, which was close, the council would meet again', speaker: 'Orban', cue: 'said' },
    ]],
    ['that according to NP, NP were …', 'The bulletin reported that according to a count by the harbor office, nine of the twelve ferries were late.', [
      { kind: 'indirect', text: 'according to a count by the harbor office, nine of the twelve ferries were late', cue: 'reported' },
    ]],
    ['that NAME, who …, is …: a relative aside closed by a comma', 'Ms. Orban said that Tom Vell, who is running for the board, is a good lawyer.', [
      { kind: 'indirect', text: 'Tom Vell, who is running for the board, is a good lawyer', speaker: 'Orban', cue: 'said' },
    ]],
    ['that NP, and NP in particular, must …: a coordinated aside in the subject', 'Ms. Orban said that the two firms, and Veltcorp in particular, must do more.', [
      { kind: 'indirect', text: 'the two firms, and Veltcorp in particular, must do more', speaker: 'Orban', cue: 'said' },
    ]],
    ['that NP - who …, even though … - has …: a dashed aside with a concession inside', 'Ms. Orban said that the mayor - who has resisted the plan for months, even though aides backed it - has now accepted it.', [
      { kind: 'indirect', text: 'the mayor - who has resisted the plan for months, even though aides backed it - has now accepted it', speaker: 'Orban', cue: 'said' },
    ]],
  ]);
});

describe('a that-clause with its verb still stops', () => {
  table([
    ['that C, which …: the clause has its verb, the which-clause is the writer’s', 'Mr. Kell said that he backs the Harbor Act, which was passed in 2004.', [
      { kind: 'indirect', text: 'he backs the Harbor Act', speaker: 'Kell', cue: 'said' },
    ]],
    ['that C — but he V …: a second act after a dash', 'Mr. Kell said that Veltcorp owns the port — but he wants to buy it.', [
      { kind: 'indirect', text: 'Veltcorp owns the port', speaker: 'Kell', cue: 'said' },
      { kind: 'indirect', text: 'to buy it', speaker: 'Kell', cue: 'wants' },
    ]],
  ]);
});
