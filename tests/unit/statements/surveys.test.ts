/**
 * Survey and poll attributions: shares of people as subjects ("40 percent of
 * voters said …"), their answers ("a majority said yes"), and polls that report
 * a finding with "in" ("In a new poll, C"; "C in the latest survey"). Figures
 * that are no survey result must stay silent. Every text here was written for
 * these tests.
 */
import { describe } from 'vitest';
import { table, type Expected } from './table.ts';

const ind = (text: string, speaker: string | null, cue: string, mention?: string): Expected => ({ kind: 'indirect', text, speaker, cue, ...(mention ? { mention } : {}) });

describe('shares of people as subjects', () => {
  table([
    ['N percent of X say C: the share is the speaker', 'Forty percent of nurses said they would strike in March.', [ind('they would strike in March', 'Forty percent of nurses', 'said', 'Forty percent of nurses')]],
    ['N in 10 X say C', 'Six in 10 farmers said the levy was unfair.', [ind('the levy was unfair', 'Six in 10 farmers', 'said', 'Six in 10 farmers')]],
    ['a majority of X believe C', 'A majority of tenants believe the rent freeze will last.', [ind('the rent freeze will last', 'a majority of tenants', 'believe')]],
    ['two-thirds of X support NP', 'Two-thirds of parents support the longer school day.', [ind('the longer school day', 'two-thirds of parents', 'support', 'Two-thirds of parents')]],
    ['about N percent of X oppose NP', 'About 40 percent of drivers oppose the toll.', [ind('the toll', '40 percent of drivers', 'oppose')]],
    ['bare N percent favor NP', 'In the county, 35 percent favor the new bridge.', [ind('the new bridge', '35 percent', 'favor')]],
    ['N percent would vote for NAME (the candidate alone)', 'Among members, 52 percent would vote for Ada Brandt for chair, while 31 percent would vote for Olaf Berg.', [ind('Ada Brandt', '52 percent', 'vote'), ind('Olaf Berg', '31 percent', 'vote')]],
    ['N percent approve of NP, and M percent disapprove of NP', 'Only 38 percent of residents approve of the mayor, and 55 percent disapprove of her.', [ind('the mayor', 'Only 38 percent of residents', 'approve'), ind('her', '55 percent', 'disapprove')]],
    ['N percent favored X and M percent backed Y', 'Of the delegates, 23 percent favored Lena Ortiz and 15 percent backed Sam Hale.', [ind('Lena Ortiz', '23 percent', 'favored'), ind('Sam Hale', '15 percent', 'backed')]],
    ['N percent would choose X (as Y)', 'Only 44 percent would choose Ada Brandt as chair.', [ind('Ada Brandt as chair', 'Only 44 percent', 'choose')]],
    ['N percent chose X: a past choice is a vote or a result, no answer', 'In the end, 44 percent chose Ada Brandt.', []],
    ['N percent call him ADJ', 'Still, 61 percent call him honest.', [ind('him honest', '61 percent', 'call')]],
    ['N percent of X polled say C: the polling participle belongs to the share', 'Some 48 percent of pharmacists polled said the new rule was too strict.', [ind('the new rule was too strict', 'some 48 percent of pharmacists polled', 'said', 'Some 48 percent of pharmacists polled')]],
    ['X surveyed support NP', 'The mayors surveyed support a higher fuel tax.', [ind('a higher fuel tax', 'the mayors surveyed', 'support', 'The mayors surveyed')]],
    ['X under N say C: the age belongs to the speaker', 'Drivers under 25 said the test was too hard.', [ind('the test was too hard', 'Drivers', 'said', 'Drivers under 25')]],
  ]);
});

describe('a stance of a share of people in the passive', () => {
  table([
    ['X was supported by N percent of Y', 'Ada Brandt was supported by 42 percent of those responding, while Olaf Berg had 38 percent.', [ind('Ada Brandt', '42 percent of those', 'supported', '42 percent of those responding')]],
    ['X was rejected by N percent of voters', 'The levy was rejected by 61 percent of voters.', [ind('The levy', '61 percent of voters', 'rejected')]],
    ['X was backed by a person: no share, no stance of this kind', 'The bill was backed by the mayor.', []],
    ['X was rejected by a share of things', 'The plan was rejected by 64 percent of the board seats.', []],
  ]);
});

describe('answers of a share of people', () => {
  table([
    // (the question, put by an unnamed reporter, is reported too, with no speaker: see reported-speech.test.ts)
    ['N percent said yes', 'Asked whether the park should stay open, 71 percent of residents said yes.', [
      { kind: 'indirect', text: 'whether the park should stay open', speaker: null, cue: 'Asked' },
      ind('yes', '71 percent of residents', 'said'),
    ]],
    ['half said so', 'Last year, half said so.', [ind('so', 'half', 'said', 'half')]],
    ['N percent said the same', 'In May, 24 percent said the same.', [ind('the same', '24 percent', 'said')]],
    ['a pronoun saying so is no answer of a poll', 'The plan will fail. He said so.', []],
  ]);
});

describe('a poll reports with "in"', () => {
  table([
    ['In POLL, C', 'In a new Harbor Institute poll released Monday, the mayor leads her rival by six points.', [ind('the mayor leads her rival by six points', 'Harbor Institute', 'In', 'a new Harbor Institute poll released Monday')]],
    ['In POLL, conducted …, C', 'In the latest survey, conducted in May, Ada Brandt holds a narrow lead.', [ind('Ada Brandt holds a narrow lead', 'latest survey', 'In', 'the latest survey')]],
    ['In POLL, C, up N points: the comparison is the writer\'s (the stance inside the finding is the poll\'s too)', 'In the new survey, 44 percent back the plan, up four points from April.', [ind('44 percent back the plan', 'new survey', 'In')]],
    ['In POLL, PEOPLE V: a plain plural of people opens the finding', 'In exit polls, voters in both parties were unhappy with the state of the roads.', [ind('voters in both parties were unhappy with the state of the roads', 'exit polls', 'In', 'exit polls')]],
    ['C in POLL.', 'Olaf Berg trailed the governor by nine points in a survey released on Tuesday.', [ind('Olaf Berg trailed the governor by nine points', 'a survey released on Tuesday', 'in', 'a survey released on Tuesday')]],
    ['In POLL the same month, C, while another share D: the time after the poll and the contrast belong to it', 'In a Harbor Institute Poll the same month, 41 percent of voters said the mayor should resign, while 55 percent said she should stay.', [
      // (the shares' reports inside the poll's clause are part of the poll's statement: see sourced-clause.test.ts)
      ind('41 percent of voters said the mayor should resign, while 55 percent said she should stay', 'Harbor Institute Poll', 'In', 'a Harbor Institute Poll the same month'),
    ]],
    ['POLL found that SHARE V X, while SHARE V Y: one finding comparing two shares', 'A Harbor poll released Saturday found that 31 percent of voters supported Ada Brandt, while 19 percent favored Olaf Berg.', [ind('31 percent of voters supported Ada Brandt, while 19 percent favored Olaf Berg', 'Harbor', 'found', 'A Harbor poll released Saturday')]],
    ['X said that C, while others D: a contrast of another subject stays the writer\'s', 'The mayor said that rents will fall, while critics expect a rise.', [ind('rents will fall', 'the mayor', 'said')]],
    ['POLL shows C, while another share D', 'A new poll shows 40 percent back the levy, while 35 percent oppose it.', [ind('40 percent back the levy, while 35 percent oppose it', 'a new poll', 'shows', 'A new poll')]],
    ['"leads in the polls" is a standing, not a finding', 'Ada Brandt leads in the polls.', []],
    ['generic polls after the clause are left alone', 'Olaf Berg has gained in national polls.', []],
    ['X in the poll said C: the poll modifies the subject', 'Voters in the poll said the roads were poor.', [ind('the roads were poor', 'Voters in the poll', 'said')]],
    ['polling places are no poll', 'In polling places across the county, lines were long.', []],
  ]);
});

describe('a poll as the subject or after the finding (kept working)', () => {
  table([
    ['C, a poll found', 'The mayor leads by five points, a new poll found.', [ind('The mayor leads by five points', 'a new poll', 'found', 'a new poll')]],
    ['according to POLL, C', 'According to a new survey, most renters oppose the plan.', [ind('most renters oppose the plan', 'a new survey', 'According to', 'a new survey')]],
    ['POLL released DAY found that C: the day belongs to the participle, not the verb', 'A poll released Monday found that the mayor leads by five points.', [ind('the mayor leads by five points', 'a poll released Monday', 'found', 'A poll released Monday')]],
    ['Exit polls taken in PLACE found that C: the place belongs to the poll; a capital opening the sentence is no pollster', 'Exit polls taken in Ohio found that most voters backed the levy.', [ind('most voters backed the levy', 'Ohio', 'found', 'Exit polls taken in Ohio')]],
    ['Recent polls show C: no pollster named', 'Recent polls show the levy losing ground among renters.', [ind('the levy losing ground among renters', 'Recent polls', 'show', 'Recent polls')]],
    ['Internal polling showed C: the head is no name either', 'Internal polling showed the mayor trailing in the north.', [ind('the mayor trailing in the north', 'Internal polling', 'showed', 'Internal polling')]],
    ['POLL for NAME and NAME released … showed C: "and" between the clients stays inside the subject', 'A poll for the Harbor Herald and the Valley News released last week showed the mayor with a narrow lead.', [ind('the mayor with a narrow lead', 'a poll', 'showed', 'A poll')]],
    ['NAME and polls show C: the name is no part of the evidence', 'Ada Brandt and polls show the race is close.', [ind('the race is close', 'polls', 'show', 'polls')]],
    ['a compound of evidence nouns: its last noun heads it and agrees with the verb', 'Polling averages show the mayor with a narrow edge over her rival.', [ind('the mayor with a narrow edge over her rival', 'Polling averages', 'show', 'Polling averages')]],
    ['POLLS in PLACE have consistently shown C: the whole noun phrase, across the auxiliary and the adverb', 'Recent polls in two counties have consistently shown the levy losing ground.', [ind('the levy losing ground', 'Recent polls in two counties', 'shown', 'Recent polls in two counties')]],
    ['a named POLL conducted last week suggests C', 'A Harbor Institute survey conducted last week suggests the levy will pass.', [ind('the levy will pass', 'Harbor Institute', 'suggests', 'A Harbor Institute survey conducted last week')]],
  ]);
});

describe('a poll or an organisation puts a figure "at" a number', () => {
  table([
    ['POLL puts X at N percent', 'The tracking poll puts her approval at 48 percent.', [ind('her approval at 48 percent', 'tracking poll', 'puts', 'The tracking poll')]],
    ['ORG put X at $N', 'Harbor Weekly put his fortune at $4 billion.', [ind('his fortune at $4 billion', 'Harbor Weekly', 'put')]],
    ['estimates put X at about $N', 'The first estimates put the total cost at about $2 million, well above the budget.', [ind('the total cost at about $2 million, well above the budget', 'the first estimates', 'put', 'The first estimates')]],
    ['a person putting a thing at a place is no figure', 'She put the book at the end of the shelf.', []],
    ['a pronoun subject gives no figure of a poll', 'He puts the odds at 50 percent.', []],
  ]);
});

describe('figures that are no survey result', () => {
  table([
    ['a share of a budget', 'Thirty percent of the budget goes to schools.', []],
    ['a share of things backing something', 'Half of the funds support new research.', []],
    ['a rise in prices', 'Prices rose 5 percent last year.', []],
    ['a share of the vote won', 'Ada Brandt won 52 percent of the vote.', []],
    ['support as a noun after a share', 'Olaf Berg has 45 percent support among older voters.', []],
  ]);
});
