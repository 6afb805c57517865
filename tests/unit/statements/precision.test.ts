/**
 * Precision: words and constructions that look like reports but are not, and
 * contents that must stop where the reported clause ends. Every text here was
 * written for these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('“state”/“states” as a noun', () => {
  table([
    ['the states holding primaries: a noun after a quantifier', 'Voters in nine states holding primaries this week are angry about taxes.', [
      { kind: 'indirect', text: 'taxes', cue: 'angry' },
    ]],
    ['a few states have yet to vote: a noun subject', 'A few states have yet to count their ballots.', []],
    ['an Ohio state senator: a noun before a title', 'The Ohio state senator Tom Reyes said the budget was late.', [
      { kind: 'indirect', text: 'the budget was late', speaker: 'Tom Reyes' },
    ]],
    ['X states that C: the verb keeps its clause', 'In his report, Tom Reyes states that the budget was late.', [
      { kind: 'indirect', text: 'the budget was late', speaker: 'Tom Reyes' },
    ]],
    ['“Q,” X states.: the verb closing a quotation', '“The budget is late,” the memo states.', [
      { kind: 'direct', text: 'The budget is late,', speaker: 'the memo' },
    ]],
  ]);
});

describe('according to X in mid-sentence', () => {
  table([
    ['A, according to X, S V …: the subject after the source is content', 'Over the long term, according to Tom Reyes, the debt will grow faster than the economy.', [
      { kind: 'indirect', text: 'Over the long term … the debt will grow faster than the economy', speaker: 'Tom Reyes' },
    ]],
    ['C, according to X, an apposition: the apposition stays with the source', 'The plan failed, according to Tom Reyes, a senior analyst at the bank.', [
      { kind: 'indirect', text: 'The plan failed', speaker: 'Tom Reyes' },
    ]],
  ]);
});

describe('the writer’s view “X seems to V” ends with its infinitive', () => {
  table([
    ['X seemed to V, despite Y: the adjunct is the writer’s', 'The plan seemed to work, despite the protests from residents.', [
      { kind: 'indirect', text: 'The plan … to work', speaker: null },
    ]],
    ['X appeared to V even if C: the concession is the writer’s', 'The mayor appeared to tire of the questions even if she smiled at the cameras.', [
      { kind: 'indirect', text: 'The mayor … to tire of the questions', speaker: null },
    ]],
    ['X seemed to V — and C: a dash ends the view', 'The plan seemed to work — and then it failed.', [
      { kind: 'indirect', text: 'The plan … to work', speaker: null },
    ]],
    ['X seems to V — aside — Y: a pair of dashes keeps the view whole', 'The plan seems to work — for now — in most towns.', [
      { kind: 'indirect', text: 'The plan … to work — for now — in most towns', speaker: null },
    ]],
    ['X seems clear: C, and C2: after a colon the clause runs on', 'The answer seems clear: the town must build more homes, and it must do so soon.', [
      { kind: 'indirect', text: 'The answer … clear: the town must build more homes, and it must do so soon', speaker: null },
    ]],
    ['If X seems to V, …: a hypothetical impression', 'If the plan seems to work, the council will extend it.', []],
  ]);
});

describe('a contrasting while-clause ends a reported clause', () => {
  table([
    ['X said C, while D: the contrast is the writer’s', 'Tom Reyes said taxes would rise next year, while most economists expect cuts.', [
      { kind: 'indirect', text: 'taxes would rise next year', speaker: 'Tom Reyes' },
    ]],
    ['X said C, while V-ing: the adjunct belongs to the content', 'Tom Reyes said the firm would grow next year, while cutting its costs.', [
      { kind: 'indirect', text: 'the firm would grow next year, while cutting its costs', speaker: 'Tom Reyes' },
    ]],
  ]);
});

describe('a past participle modifying a noun is no report', () => {
  table([
    ['a lead in pledged delegates: after a preposition', 'Anna Berg has a wide lead in pledged delegates after the spring contests.', []],
    ['the 300 pledged delegates: between a number and a plural noun', 'The state sends its 300 pledged delegates to the convention next month.', []],
    ['N said C: a number as the subject keeps the report', 'Of the workers polled, 44 said they would strike.', [
      { kind: 'indirect', text: 'they would strike', speaker: null },
    ]],
  ]);
});

describe('an inverted attribution after a content that holds an aside', () => {
  table([
    ['C, whom …, said X, apposition: the aside is content, X speaks', 'Tom Reyes lacks friends on the council, whom he has angered with his votes, said Ann Cole, a historian at the college.', [
      { kind: 'indirect', text: 'Tom Reyes lacks friends on the council, whom he has angered with his votes', speaker: 'Ann Cole' },
    ]],
    ['C with a comma-set adjunct, said role X: the adjunct is content', 'The firm lobbied on roads, ports and other matters, at both the city and state levels, said lobbyist and strategist Ben Ortiz.', [
      { kind: 'indirect', text: 'The firm lobbied on roads, ports and other matters, at both the city and state levels', speaker: 'Ben Ortiz' },
    ]],
    ['X, apposition, said C: a clause after the verb stays the content', 'Ann Cole, a historian at the college, said parents still want local schools.', [
      { kind: 'indirect', text: 'parents still want local schools', speaker: 'Ann Cole' },
    ]],
    ['X, apposition, praised NP: a verb with an object is no inversion', 'Ann Cole, a historian at the college, praised the new library.', [
      { kind: 'indirect', text: 'the new library', speaker: 'Ann Cole' },
    ]],
  ], { headline: true });
});

describe('a participle after a comma: the speaker is the subject, not the clause before', () => {
  table([
    ['Adverb, X did A, telling Y: “Q”: the mention is the subject', 'Hours later, Ann Cole returned the favor to Tom Reyes, telling reporters: “We have been friends for years.”', [
      { kind: 'direct', text: 'We have been friends for years.', speaker: 'Ann Cole', mention: 'Ann Cole' },
    ]],
    ['X, apposition, emailed Y, writing: “Q”: the apposition is no part of the mention', 'Ann Cole, a senior aide to the mayor, emailed supporters on Monday, writing: “I am proud of this city.”', [
      { kind: 'direct', text: 'I am proud of this city.', speaker: 'Ann Cole', mention: 'Ann Cole' },
    ]],
  ], { headline: true });
});

describe('verbs of intention and commitment in a sense that reports nothing', () => {
  table([
    ['more pledged delegates: a kind of delegate, no pledge', 'Ann Cole has won more states and more pledged delegates, but Tom Reyes has the momentum.', []],
    ['X is seeking reelection: a race for an office', 'Tom Reyes is seeking reelection this fall.', []],
    ['X sought the nomination: a race for an office', 'Ann Cole sought the Republican nomination in 2012.', []],
    ['emails seeking comment: a reporter’s request', 'The paper sent several emails seeking comment.', []],
    ['X is seeking asylum: an object that is no office stays', 'Tom Reyes is seeking asylum in Canada.', [
      { kind: 'indirect', text: 'asylum in Canada', speaker: 'Tom Reyes' },
    ]],
    ['X pledged to V: the commitment stays', 'Ann Cole pledged to cut taxes.', [
      { kind: 'indirect', text: 'to cut taxes', speaker: 'Ann Cole' },
    ]],
  ], { headline: true });
});

describe('“maintain”, “add”, “concede” with a plain object', () => {
  table([
    ['X maintained a lead: a noun phrase, no assertion', 'Ann Cole maintained a comfortable lead over Tom Reyes.', []],
    ['X maintains her silence: a noun phrase, no assertion', 'Ann Cole maintains her silence on the race.', []],
    ['X maintained the server was secure: a bare clause is an assertion', 'Ann Cole maintained the server was secure.', [
      { kind: 'indirect', text: 'the server was secure', speaker: 'Ann Cole' },
    ]],
    ['X added 300 jobs in May: a number, no remark', 'The county added 300 jobs in May.', []],
    ['X conceded the race: an object, no admission', 'Tom Reyes conceded the race on Tuesday night.', []],
    ['X added the plan would fail: a bare clause is a remark', 'Tom Reyes added the plan would fail.', [
      { kind: 'indirect', text: 'the plan would fail', speaker: 'Tom Reyes' },
    ]],
  ], { headline: true });
});

describe('an opening adverbial is no content before “X verb”', () => {
  table([
    ['In the end, X agreed to V: the commitment, not the adverbial', 'In the end, the firm agreed to lend Ann Cole five million dollars.', [
      { kind: 'indirect', text: 'to lend Ann Cole five million dollars', speaker: 'the firm' },
    ]],
    ['Adjunct, X continued to V: the adverbial is no content', 'In an interview on the radio, Tom Reyes continued to question the mayor.', [
      { kind: 'indirect', text: 'the mayor', speaker: 'Tom Reyes' },
    ]],
    ['C, X said to reporters: the adjunct after the verb keeps the attribution', 'The plan will fail, Tom Reyes said to reporters.', [
      { kind: 'indirect', text: 'The plan will fail', speaker: 'Tom Reyes' },
    ]],
  ], { headline: true });
});

describe('an opening adverbial alone is no content', () => {
  table([
    ['In her post, X reminded Y of Z: the adverbial is no content', 'In her post, Ann Cole reminded Tom Reyes of his promise.', [
      { kind: 'indirect', text: 'Tom Reyes of his promise', speaker: 'Ann Cole' },
    ]],
    ['Like X, Y reckoned with Z: the comparison is no content', 'Like her rival, Ann Cole reckoned with the protest movement.', []],
    ['Then, last week, X called.: a phone call after adverbials', 'Then, last week, Tom Reyes called.', []],
    ['Despite A, S V, X said: an adverbial with a clause is content', 'Despite the cuts, revenue rose, Ann Cole said.', [
      { kind: 'indirect', text: 'Despite the cuts, revenue rose', speaker: 'Ann Cole' },
    ]],
  ], { headline: true });
});

describe('“to address” an audience', () => {
  table([
    ['X is to address the convention: speaking to an audience, nothing said yet', 'Ann Cole is scheduled to address the convention on Monday night.', []],
    ['X was to address a conference of Y: the same', 'Tom Reyes was scheduled to address a conference of pastors.', []],
    ['X has yet to address a problem: a topic stays', 'Ann Cole has yet to address the problem of rising rents.', [
      { kind: 'indirect', text: 'the problem of rising rents', speaker: 'Ann Cole' },
    ]],
  ], { headline: true });
});

describe('a passive participle after a noun', () => {
  table([
    ['a contractor accused of V-ing: the contractor is accused, not accusing', 'The city also freed Ann Cole, a contractor accused of spying.', []],
    ['men charged with N: a passive, no charge made by them', 'The city freed seven men charged with fraud.', []],
    ['X accused Y of Z: the active verb stays', 'Tom Reyes accused Ann Cole of spying.', [
      { kind: 'indirect', text: 'Ann Cole of spying', speaker: 'Tom Reyes' },
    ]],
  ], { headline: true });
});

describe('“according to” after a colon, and with a participle describing the source', () => {
  table([
    ['A: According to X, C: the source and content after the colon', 'It has not gone unnoticed: According to recent polls, Tom Reyes holds only 14 percent of the vote.', [
      { kind: 'indirect', text: 'Tom Reyes holds only 14 percent of the vote', speaker: 'recent polls' },
    ]],
    ['According to polls conducted by Y, C: the participle is the source’s tail', 'According to exit polls conducted for the networks, Tom Reyes won easily.', [
      { kind: 'indirect', text: 'Tom Reyes won easily', speaker: 'exit polls' },
    ]],
    ['That’s according to polls conducted by Y.: no content after the tail', 'That’s according to early results of exit polls conducted for the networks.', []],
    ['According to X, writing for Y:: the participle describes the source, no content', 'According to Ann Cole, writing for the Ledger:', []],
    ['According to X, writing for Y, C: the content after the participle', 'According to Ann Cole, writing for the Ledger, the plan will fail.', [
      { kind: 'indirect', text: 'the plan will fail', speaker: 'Ann Cole' },
    ]],
  ], { headline: true });
});

describe('a label opening the paragraph is no speaker', () => {
  table([
    // (an editor's note itself reports nothing: editors-notes-open-questions-shows-and-states.test.ts)
    ['Update: X … who has pledged to V: the speaker is X, not the label', 'Update: Tom Reyes runs a ferry line and is a braggart, gossip and cheat who has often pledged to shut every dock.', [
      { kind: 'indirect', text: 'to shut every dock', speaker: 'Tom Reyes', mention: 'Tom Reyes' },
    ]],
  ], { headline: true });
});

describe('a relative clause about a speaker is background', () => {
  table([
    ['“Q,” said X, a Y who had endorsed Z: no stance of X reported', '“It will be hard,” said Tom Reyes, a veteran party leader who had endorsed Ann Cole.', [
      { kind: 'direct', text: 'It will be hard,', speaker: 'Tom Reyes', mention: 'Tom Reyes, a veteran party leader' },
    ]],
    ['X, who has endorsed Z, said C: no stance of X reported', 'Ann Cole, who has endorsed Tom Reyes, said the race was close.', [
      { kind: 'indirect', text: 'the race was close', speaker: 'Ann Cole' },
    ]],
    ['X, who has endorsed Z, is popular: the stance stays without a statement', 'Ann Cole, who has endorsed Tom Reyes, is popular.', [
      { kind: 'indirect', text: 'Tom Reyes', speaker: 'Ann Cole' },
    ]],
  ], { headline: true });
});

describe('the writer’s idioms with a verb of speech', () => {
  table([
    ['It is worth noting that C: the writer’s aside', 'It is worth noting that the tax was levied by the union.', []],
    ['It goes without saying that C: the writer’s aside', 'It goes without saying that higher taxes are unpopular.', []],
  ], { headline: true });
});
