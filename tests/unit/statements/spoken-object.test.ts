/**
 * Verbs of speaking of something, of presenting or of judging it, with a plain
 * object and no that-clause or quotation (stance.ts, TOPIC with a direct
 * object): the object is what the subject said or held. Every text here was
 * written for these tests.
 */
import { describe } from 'vitest';
import { table, type Expected } from './table.ts';

const ind = (text: string, speaker: string | null, cue: string): Expected => ({ kind: 'indirect', text, speaker, cue });

describe('speaking of, presenting or judging an object', () => {
  table([
    ['X discussed NP', 'Mayor Ana Ruiz discussed the new bus routes.', [ind('the new bus routes', 'Ana Ruiz', 'discussed')]],
    ['X did not mention NP by name', 'Tom Ekberg did not mention his rival by name.', [ind('his rival by name', 'Tom Ekberg', 'did not mention')]],
    ['X touted NP (a clause in the object runs on)', 'Ms. Lind touted the jobs her plan has brought to the valley.', [ind('the jobs her plan has brought to the valley', 'Lind', 'touted')]],
    ['X outlined NP', 'The council outlined a plan to rebuild the harbour.', [ind('a plan to rebuild the harbour', 'council', 'outlined')]],
    ['X presents Y as Z', 'Peter Holm presents himself as a reformer.', [ind('himself as a reformer', 'Peter Holm', 'presents')]],
    ['X demanded NP', 'The nurses demanded a new contract.', [ind('a new contract', 'the nurses', 'demanded')]],
    ['X listed NP', 'The coach listed three reasons for the loss.', [ind('three reasons for the loss', 'the coach', 'listed')]],
    ['X recounted NP', 'Ana Ruiz recounted her first year in office.', [ind('her first year in office', 'Ana Ruiz', 'recounted')]],
    ['X compared Y to Z', 'Senator Ellen Park compared the levy to a lottery ticket.', [ind('the levy to a lottery ticket', 'Ellen Park', 'compared')]],
    ['X likened Y to Z', 'The union likened the offer to an insult.', [ind('the offer to an insult', 'union', 'likened')]],
    ['X linked Y to Z', 'Health officials linked the outbreak to a bakery.', [ind('the outbreak to a bakery', 'Health officials', 'linked')]],
    ['X cast Y as Z (a past like the base form)', 'Ms. Lind cast herself as an outsider.', [ind('herself as an outsider', 'Lind', 'cast')]],
    ['X portrayed Y as Z', 'Tom Ekberg portrayed the mayor as a spendthrift.', [ind('the mayor as a spendthrift', 'Tom Ekberg', 'portrayed')]],
    ['X defended NP (a reason with "for" stays)', 'Governor Mara Lind defended her budget for its cuts to travel.', [ind('her budget for its cuts to travel', 'Mara Lind', 'defended')]],
  ]);
});

describe('the writer’s frame after the object', () => {
  table([
    ['a day', 'Ana Ruiz discussed the budget on Tuesday.', [ind('the budget', 'Ana Ruiz', 'discussed')]],
    ['an occasion', 'Tom Ekberg touted his record in his opening speech.', [ind('his record', 'Tom Ekberg', 'touted')]],
    ['an occasion with modifiers', 'Tom Ekberg touted his record in several recent campaign speeches.', [ind('his record', 'Tom Ekberg', 'touted')]],
    ['the start of an occasion', 'Ms. Lind mentioned the budget at the start of her remarks.', [ind('the budget', 'Lind', 'mentioned')]],
    ['a place is not an occasion', 'Ana Ruiz discussed the flooding in the county.', [ind('the flooding in the county', 'Ana Ruiz', 'discussed')]],
    ['a subordinate clause', 'Ms. Lind mentioned the strike before she left the stage.', [ind('the strike', 'Lind', 'mentioned')]],
    ['a second verb phrase', 'Peter Holm mentioned the plan but also had doubts about its cost.', [ind('the plan', 'Peter Holm', 'mentioned')]],
    ['a date inside a clause of the object stays', 'The mayor outlined the steps the city has taken since May.', [ind('the steps the city has taken since May', 'the mayor', 'outlined')]],
  ]);
});

describe('not attributions', () => {
  table([
    ['a thing as the subject', 'The storm presented a challenge for the crews.', []],
    ['a comparison of figures with no one making it', 'Prices compared well with last year.', []],
    ['a noun after a determiner', 'The details of the plan were thin.', []],
    ['a passive participle', 'The plan discussed by the council was dropped.', []],
    ['an adjective', 'Two aides were present at the meeting.', []],
    ['presenting with no "as"', 'The treasurer presented the accounts.', []],
    ['casting a vote', 'Voters cast their ballots early.', []],
    ['a bare pronoun object', 'Ana Ruiz mentioned him.', []],
  ]);
});

describe('directives and self-descriptions without quotation marks', () => {
  table([
    ['X described himself as Z', 'Carl Brandt described himself as a cautious optimist.', [ind('himself as a cautious optimist', 'Carl Brandt', 'described')]],
    ['X has characterized herself as Z', 'Senator Ellen Park has characterized herself as a budget hawk.', [ind('herself as a budget hawk', 'Ellen Park', 'characterized')]],
    ['a share of people described themselves as Z (stance.ts, CHARACTERISING)', 'About 40 percent of tenants described themselves as satisfied.', [ind('themselves as satisfied', '40 percent of tenants', 'described')]],
    ['X urged Y to V', 'The mayor urged residents to stay indoors.', [ind('residents to stay indoors', 'the mayor', 'urged')]],
    ['X asked a list of people to V', 'The auditor asked Brandt, Holm and Ruiz to return the files.', [ind('Brandt, Holm and Ruiz to return the files', 'the auditor', 'asked')]],
    ['X called on Y to V', 'The union called on the board to resign.', [ind('the board to resign', 'union', 'called')]],
    ['X called for NP', 'Tom Ekberg called for a recount of the ballots.', [ind('a recount of the ballots', 'Tom Ekberg', 'called')]],
    ['a second verb phrase after a list is its own directive', 'On Monday, Ana Ruiz called a neighbour, Tom Holm, and urged him to run.', [ind('him to run', 'Ana Ruiz', 'urged')]],
  ]);
});

describe('not directives', () => {
  table([
    ['a bare reflexive after "described"', 'Ana Ruiz described herself.', []],
    ['describing with no "as"', 'Two-thirds of the nurses described the ward.', []],
    ['a relative clause in the addressee is no question', 'The chair asked Ana Ruiz, who had arrived late, whether she had voted.', []],
  ]);
});
