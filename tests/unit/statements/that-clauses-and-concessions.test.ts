/**
 * Content that stopped too early. A that-clause has a finite verb: a comma or dash before that verb
 * sits inside the clause's subject (an aside about it) or after a fronted adverbial, and the content
 * goes on to the verb. A concession without a cue of its own ("though", "although", "even though")
 * after a clause with its verb is the speaker's own qualification and stays in the content. Every
 * text here was written for these tests.
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

describe('a concession without a cue stays in the content', () => {
  table([
    ['said C, though C2', 'Ms. Orban said the budget was balanced, though the city still had old debt.', [
      { kind: 'indirect', text: 'the budget was balanced, though the city still had old debt', speaker: 'Orban', cue: 'said' },
    ]],
    ['said C, even though C2', 'Mr. Kell said he would vote for the levy, even though he has not endorsed it.', [
      { kind: 'indirect', text: 'he would vote for the levy, even though he has not endorsed it', speaker: 'Kell', cue: 'said' },
    ]],
    ['said C, though NP said C2: a second report stops the first', 'Ms. Orban said the budget was balanced, though Mr. Kell said it was not.', [
      { kind: 'indirect', text: 'the budget was balanced', speaker: 'Orban', cue: 'said' },
      { kind: 'indirect', text: 'it was not', speaker: 'Kell', cue: 'said' },
    ]],
    ['V NP, even though C: a verbless content stops', 'Ms. Orban backed the overthrow of the board, even though it was risky.', [
      { kind: 'indirect', text: 'the overthrow of the board', speaker: 'Orban', cue: 'backed' },
    ]],
    ['said C, even as C2: a second act in time stops', 'Mr. Kell said he will support the nominee, even as he has mocked her speeches.', [
      { kind: 'indirect', text: 'he will support the nominee', speaker: 'Kell', cue: 'said' },
    ]],
  ]);
});
