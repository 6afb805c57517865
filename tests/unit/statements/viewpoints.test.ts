/**
 * Statements whose source is an adjunct, not a subject with a reporting verb:
 * "To X, C", "In X's view, C", "As X put it, C", "reportedly", and the source
 * of "according to" between commas. Every text here was written for these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('a viewpoint opening the sentence: "To X, C", "In X\'s view, C", "By X\'s count, C"', () => {
  table([
    ['To NP (a group), C', 'To many voters, the new tax was a betrayal of the party’s promises.', [
      { kind: 'indirect', text: 'the new tax was a betrayal of the party’s promises', mention: 'many voters', cue: 'To' },
    ]],
    ['To ROLE, C', 'To the senator, the deal was a betrayal.', [
      { kind: 'indirect', text: 'the deal was a betrayal', mention: 'the senator', cue: 'To' },
    ]],
    ['But to NAME, C', 'But to Ms. Park, the vote was a turning point for the city.', [
      { kind: 'indirect', text: 'the vote was a turning point for the city', speaker: 'Park', cue: 'to' },
    ]],
    ['To PRONOUN, C', 'The nurses walked out on Monday. To them, the strike is about respect more than pay.', [
      { kind: 'indirect', text: 'the strike is about respect more than pay', mention: 'them', cue: 'To' },
    ]],
    ['In ROLE’s view, C (the holder without its possessive ending)', 'In the governor’s view, the plan is doomed.', [
      { kind: 'indirect', text: 'the plan is doomed', mention: 'the governor', cue: 'view' },
    ]],
    ['In NAME’s eyes, C', 'In Lee’s eyes, the deal was dead on arrival.', [
      { kind: 'indirect', text: 'the deal was dead on arrival', speaker: 'Lee', cue: 'eyes' },
    ]],
    ['In her words, C', 'Ann Lee spoke for an hour. In her words, the bill is a disgrace to the state.', [
      { kind: 'indirect', text: 'the bill is a disgrace to the state', speaker: 'Ann Lee', mention: 'her', cue: 'words' },
    ]],
    ['By ORG’s count, C', "By the agency's count, Lee now has 739 delegates to 465 for Roe.", [
      { kind: 'indirect', text: 'Lee now has 739 delegates to 465 for Roe', speaker: 'agency', mention: 'the agency', cue: 'count' },
    ]],
    ['By some measures, C (no one named)', 'By some measures, Mr. Lee has a strong case.', [
      { kind: 'indirect', text: 'Mr. Lee has a strong case', mention: 'some measures', cue: 'measures' },
    ]],
    ['no holder: "To date", an infinitive, "to the surprise of", "to a person", "In my view", "to the extent", "By any definition", "By the time"', [
      'To date, the plan has cost $5 million.',
      'To win, she must carry Ohio and Florida.',
      'To the surprise of many, the bill passed the Senate.',
      'To a person, the staff backed the plan.',
      'In my view, the plan works well enough.',
      'To the extent she talks about Lee, her message will be simple.',
      'By any definition, the plan is a fraud.',
      'By the time, the vote was over.',
    ].join('\n\n'), []],
  ], { headline: true });
});

describe('"reportedly": a report without a speaker', () => {
  table([
    ['X has reportedly V: the clause around the adverb', 'The firm has reportedly hired three lawyers to handle the case.', [
      { kind: 'indirect', text: 'The firm has … hired three lawyers to handle the case', speaker: null, cue: 'reportedly' },
    ]],
    ['Reportedly, C', 'Reportedly, he made angry comments to co-workers.', [
      { kind: 'indirect', text: 'he made angry comments to co-workers', speaker: null, cue: 'Reportedly' },
    ]],
    ['the writer’s participle after the clause is not reported', 'The hackers have reportedly entered more than 100 accounts, leaving staff fearful.', [
      { kind: 'indirect', text: 'The hackers have … entered more than 100 accounts', speaker: null },
    ]],
    ['a speech verb after it reports for itself', 'Lee reportedly said the plan would fail.', [
      { kind: 'indirect', text: 'the plan would fail', speaker: 'Lee', cue: 'said' },
    ]],
    ['not in a relative clause or a participle phrase', [
      'Lee, who reportedly has been itching to join the race, spoke on Monday.',
      'Roe, a state senator, has been on a recruiting mission, reportedly winning over five delegates.',
    ].join('\n\n'), []],
  ], { headline: true });
});

describe('"As X put it, C"', () => {
  table([
    ['As NAME, APPOSITION, put it, “Q”', 'As Ann Lee, a professor of law at Dale, put it, “Senators should remember that a deal today beats a worse one later.”', [
      { kind: 'direct', text: 'Senators should remember that a deal today beats a worse one later.', speaker: 'Ann Lee', cue: 'put it' },
    ]],
    ['as ROLE NAME put it, “Q” after an opening adjunct', 'But at the time, as the prosecutor Tom Roe put it, “there was not much to complain about in the strict terms of the law.”', [
      { kind: 'direct', text: 'there was not much to complain about in the strict terms of the law.', speaker: 'Tom Roe' },
    ]],
    ['As X put it: “Q”', 'As Professor Lee put it: “The barbarians are no longer at the gate.”', [
      { kind: 'direct', text: 'The barbarians are no longer at the gate.', speaker: 'Lee' },
    ]],
    ['"put it" of an object is no report', 'She put it in the drawer before the meeting.', []],
  ], { headline: true });
});

describe('the source of "according to X" and where it ends', () => {
  table([
    ['ADJUNCT, according to X, CLAUSE: the clause is no apposition of the source', 'About 10 p.m., according to a congressional timeline, the guards left for the compound.', [
      { kind: 'indirect', text: 'About 10 p.m. … the guards left for the compound', mention: 'a congressional timeline', cue: 'according to' },
    ]],
    ['But the next day, according to NAME, CLAUSE', 'But the next day, according to Roe, Lee made further demands.', [
      { kind: 'indirect', text: 'But the next day … Lee made further demands', speaker: 'Roe' },
    ]],
    ['According to X with a long prepositional tail, C', 'According to the officer in charge of the agency’s northern base that night, the scene in the film is untrue.', [
      { kind: 'indirect', text: 'the scene in the film is untrue', mention: 'the officer', cue: 'According to' },
    ]],
    ['According to TITLE and TITLE NAME, C: the second title is the source’s', 'According to contributor and monetary historian Tom Roe, rates have moved apart seven times.', [
      { kind: 'indirect', text: 'rates have moved apart seven times', speaker: 'Tom Roe' },
    ]],
    ['According to X PARTICIPLE ADJUNCT, C', 'According to the schedule published Thursday, Lee is set to speak next week.', [
      { kind: 'indirect', text: 'Lee is set to speak next week', mention: 'the schedule' },
    ]],
    ['…, PARTICIPLE “Q,” according to X: the source reports the whole clause', 'Lee wrote to the firm, threatening “a major lawsuit,” according to a copy of the letter.', [
      { kind: 'partial', text: 'Lee wrote to the firm, threatening “a major lawsuit,”', mention: 'a copy of the letter', cue: 'according to' },
    ]],
    ['the source’s apposition with a relative clause stays the source’s', 'Lee won the vote easily, according to Tom Lee, a former aide who worked there.', [
      { kind: 'indirect', text: 'Lee won the vote easily', speaker: 'Tom Lee' },
    ]],
  ], { headline: true });
});
