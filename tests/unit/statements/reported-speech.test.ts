/**
 * Reported speech with speech verbs: speaker noun phrases, questions, as-clauses,
 * attributions closing or splitting a sentence, and where a content ends.
 * One row per construction; every text here was written for these tests.
 */
import { describe } from 'vitest';
import { table as rows, type Row } from './table.ts';

/** The texts here are not headlines: a headline line goes before each. */
const table = (r: Row[]) => rows(r, { headline: true });

describe('speaker noun phrases', () => {
  table([
    ['X began/kept VERB-ing C: the subject of the aspectual verb speaks', 'The banks kept saying the loans were safe.', [
      { kind: 'indirect', text: 'the loans were safe', speaker: 'the banks', mention: 'The banks', cue: 'saying' },
    ]],
    ['C, said X, an apposition with its own verbs', 'The plan will fail in the long run, said Tom Grubb, an Ohio operative currently working for the mayor.', [
      { kind: 'indirect', text: 'The plan will fail in the long run', speaker: 'Tom Grubb', mention: 'Tom Grubb, an Ohio operative currently working for the mayor' },
    ]],
    ['NOUN to NP say C: "to" inside a subject is no infinitive', 'Aides to the mayor say she is shifting her focus toward the budget.', [
      { kind: 'indirect', text: 'she is shifting her focus toward the budget', speaker: 'Aides to the mayor', mention: 'Aides to the mayor' },
    ]],
    ['X — aside — says C', 'Jim Sims — a teacher from the valley — says he made a late decision to vote for the mayor.', [
      { kind: 'indirect', text: 'he made a late decision to vote for the mayor', speaker: 'Jim Sims' },
    ]],
    ['role noun + modifier said C', 'Officials in the city said the bridge will close.', [
      { kind: 'indirect', text: 'the bridge will close', speaker: 'Officials in the city', mention: 'Officials in the city' },
    ]],
    ['a clause between commas is no apposition of the speaker', 'In a year when voters are angry with the council, candidates have more room to attack it, said Tom Grubb.', [
      { kind: 'indirect', text: 'In a year when voters are angry with the council, candidates have more room to attack it', speaker: 'Tom Grubb' },
    ]],
    ['C, say NP, who …: an inverted plural cue and a relative clause about the speakers', 'The plan may not be such a bad thing either, say some residents, who cringe as they recall the last one.', [
      { kind: 'indirect', text: 'The plan may not be such a bad thing either', speaker: 'some residents', mention: 'some residents', cue: 'say' },
      { kind: 'indirect', text: 'the last one', speaker: 'some residents', cue: 'recall' },
    ]],
    ['X, who CUE A, said B: the subject before the relative clause', 'Tom Lenders, who estimated that half of the workers were his fans, said he voted for the mayor twice.', [
      { kind: 'indirect', text: 'half of the workers were his fans', speaker: 'Tom Lenders', cue: 'estimated' },
      { kind: 'indirect', text: 'he voted for the mayor twice', speaker: 'Tom Lenders', cue: 'said' },
    ]],
    ['X, who’s …, added that C', 'Tom Willis, who’s running to be an alternate, added that he is on a mission.', [
      { kind: 'indirect', text: 'he is on a mission', speaker: 'Tom Willis' },
    ]],
    ['Title Name (party), said ADJUNCT that C', 'Sen. Jack Ray (D-Ohio), said after a lunch on Tuesday that he had not read the plan.', [
      { kind: 'indirect', text: 'he had not read the plan', speaker: 'Jack Ray' },
    ]],
    ['the NOUN-that-is-a-verb said: "the report said", "each state say"', 'In all, hackers broke into 12 workstations and 10 servers, the congressional report said.', [
      { kind: 'indirect', text: 'In all, hackers broke into 12 workstations and 10 servers', speaker: 'the congressional report' },
    ]],
    ['X told him C: a clause after the addressee is the content, not the end of an attribution', 'While he was in a county jail awaiting trial, officials told him he had never been a citizen.', [
      { kind: 'indirect', text: 'he had never been a citizen', speaker: 'officials' },
    ]],
    ['C, records show, and X say D: a closing attribution does not end the sentence', 'The cars were insured at a value of $3 million, records show, and car experts say it is worth about $1 million.', [
      { kind: 'indirect', text: 'The cars were insured at a value of $3 million', speaker: 'records', cue: 'show' },
      { kind: 'indirect', text: 'it is worth about $1 million', speaker: 'car experts', cue: 'say' },
    ]],
    ['X told Y he’s …: a contracted pronoun subject', 'Tom Cala told the Daily Post he’s already received hundreds of emails.', [
      { kind: 'indirect', text: 'he’s already received hundreds of emails', speaker: 'Tom Cala' },
    ]],
    ['X said on “Programme” that C', 'Anna Berg said on the show “This Week With Tom” that she would look at the bill.', [
      { kind: 'indirect', text: 'she would look at the bill', speaker: 'Anna Berg' },
    ]],
    ['X, AGE, of TOWN, STATE, who …, said C: the name before the appositions', 'Donna Rawl, 59, of Easton, Md., who watched the ceremony on a screen, said she was proud.', [
      { kind: 'indirect', text: 'she was proud', speaker: 'Donna Rawl' },
    ]],
    ['a NAME poll says C: the pollster speaks', 'A new Gallup poll says the mayor is ahead.', [
      { kind: 'indirect', text: 'the mayor is ahead', speaker: 'Gallup' },
    ]],
    ['those surveyed say C: a participle after its noun belongs to the subject', 'By a wide margin, those surveyed say the city should move to clean energy.', [
      { kind: 'indirect', text: 'the city should move to clean energy', speaker: 'those surveyed' },
    ]],
    ['X says too many …: a quantity opens the content', 'Tom Perez says too many parents feel torn.', [
      { kind: 'indirect', text: 'too many parents feel torn', speaker: 'Tom Perez' },
    ]],
    ['X said DAY his …: a time adjunct before a possessive subject', 'Tom Cole said Thursday his biggest worry is the budget.', [
      { kind: 'indirect', text: 'his biggest worry is the budget', speaker: 'Tom Cole' },
    ]],
    ['X told AUDIENCE (several words) C', 'The mayor told a union rally in the city she will protect the parks.', [
      { kind: 'indirect', text: 'she will protect the parks', speaker: 'the mayor', cue: 'told' },
    ]],
  ]);
});

describe('speakers before a relative clause, plural agents, coordinated verbs', () => {
  table([
    ['X, who has VERBed that C, V …: the relative clause across an auxiliary reports C', 'The mayor, who has argued that the city needs more buses, opposed the measure.', [
      { kind: 'indirect', text: 'the city needs more buses', speaker: 'the mayor', cue: 'argued' },
      { kind: 'indirect', text: 'the measure', speaker: 'the mayor', mention: 'The mayor', cue: 'opposed' },
    ]],
    ['X, who has VERBed that C, said …: the speaker is the noun phrase before the relative clause', 'The mayor, who has argued that the city needs more buses, said the plan would fail.', [
      { kind: 'indirect', text: 'the city needs more buses', speaker: 'the mayor', cue: 'argued' },
      { kind: 'indirect', text: 'the plan would fail', speaker: 'the mayor', mention: 'The mayor', cue: 'said' },
    ]],
    ['X, who has promised to V, opposed …: the relative clause is no speaker', 'Anna Berg, who has promised to cut taxes, opposed the measure.', [
      { kind: 'indirect', text: 'to cut taxes', speaker: 'Anna Berg', cue: 'promised' },
      { kind: 'indirect', text: 'the measure', speaker: 'Anna Berg', mention: 'Anna Berg', cue: 'opposed' },
    ]],
    ['X, who has in the past described Y as “Q”: across a time adjunct', 'Ed Novak, who has in the past described the tax as “a disgrace,” spoke on Monday.', [
      { kind: 'partial', text: 'the tax as “a disgrace,”', speaker: 'Ed Novak', cue: 'described' },
    ]],
    ['PLURAL who have long opposed Y', 'Union leaders, who have long opposed the plan, met on Monday.', [
      { kind: 'indirect', text: 'the plan', speaker: 'Union leaders', cue: 'opposed' },
    ]],
    ['X, who could V, opposed …: a modal inside the aside hedges nothing', 'The mayor, who could lose her seat, opposed the measure.', [
      { kind: 'indirect', text: 'the measure', speaker: 'the mayor', cue: 'opposed' },
    ]],
    ['negative: X, who has never endorsed Y', 'Tom Reyes, who has never endorsed a candidate, spoke on Monday.', []],
    ['X did A and endorsed Y: the coordinated verb takes the subject', 'Tom Reyes visited the plant and endorsed Anna Berg for mayor.', [
      { kind: 'indirect', text: 'Anna Berg for mayor', speaker: 'Tom Reyes', cue: 'endorsed' },
    ]],
    ['X did A and has long opposed Y', 'Tom Reyes visited the plant and has long opposed the merger.', [
      { kind: 'indirect', text: 'the merger', speaker: 'Tom Reyes', cue: 'opposed' },
    ]],
    ['PLURAL-AGENT blasted Y: a verb of judgement with a plural of people', 'Commentators blasted the plan.', [
      { kind: 'indirect', text: 'the plan', speaker: 'Commentators', cue: 'blasted' },
    ]],
    ['PLURAL-AGENT dismissed Y as Z', 'Historians dismissed the claim as a myth.', [
      { kind: 'indirect', text: 'the claim as a myth', speaker: 'Historians', cue: 'dismissed' },
    ]],
    ['negative: numbers rejected …: a plural of things judges nothing', 'Numbers rejected the plan.', []],
    ['X did A and has since argued that C: a perfect coordinated with the verb before it', 'Tom Reyes visited the plant and has since argued that the merger will fail.', [
      { kind: 'indirect', text: 'the merger will fail', speaker: 'Tom Reyes', cue: 'argued' },
    ]],
    ['… for X, who refused to V: the speaker is the noun phrase after the preposition', 'The vote was risky for the mayor, who refused to endorse the plan.', [
      { kind: 'indirect', text: 'to endorse the plan', mention: 'the mayor', cue: 'refused' },
    ]],
    ['Dozens of PLURAL claim C: an ambiguous cue after a plural of people', 'Dozens of women claim the mayor lied to them.', [
      { kind: 'indirect', text: 'the mayor lied to them', cue: 'claim' },
    ]],
    ['ORG, which has long argued that C', 'The Ledger, which has long argued that taxes are too high, endorsed Anna Berg.', [
      { kind: 'indirect', text: 'taxes are too high', mention: 'The Ledger', cue: 'argued' },
      { kind: 'indirect', text: 'Anna Berg', mention: 'The Ledger', cue: 'endorsed' },
    ]],
  ]);
});

describe('attributions closing or splitting the sentence', () => {
  table([
    ['According to X in Y, C: the source’s prepositional tail is not part of C (the paper that printed the report speaks)', 'According to a report in the Quillan Ledger, the mill will close in May.', [
      { kind: 'indirect', text: 'the mill will close in May', speaker: 'Quillan Ledger', cue: 'According to' },
    ]],
    ['C with an inner non-speech cue, the agency reported: the source reports the whole clause', 'Officials were weighing the plan and urging calm, the agency reported.', [
      { kind: 'indirect', text: 'Officials were weighing the plan and urging calm', speaker: 'agency', cue: 'reported' },
    ]],
    ['As X reported, C', 'As the Daily Star reported, the mayor gave $5,000 to the party.', [
      { kind: 'indirect', text: 'the mayor gave $5,000 to the party', speaker: 'Daily Star', cue: 'reported' },
    ]],
    ['C, as X reported ADJUNCT.', 'Tom Lee met with the mayor that day, as the Daily Star reported on Tuesday.', [
      { kind: 'indirect', text: 'Tom Lee met with the mayor that day', speaker: 'Daily Star' },
    ]],
    ['C, as X first reported ADJUNCT.: an adverb between the source and its verb, a time phrase after it', 'The bakery will close in June, as the Daily Star first reported a few days ago.', [
      { kind: 'indirect', text: 'The bakery will close in June', speaker: 'Daily Star', cue: 'reported' },
    ]],
    ['C, as first reported by X.', 'The council hired two new auditors, as first reported by the Daily Star on Monday.', [
      { kind: 'indirect', text: 'The council hired two new auditors', speaker: 'Daily Star', cue: 'reported' },
    ]],
    ['“Q,” as X put it: the comma inside the closing mark', 'For now the deal is “a bridge too far,” as Anna Berg put it.', [
      { kind: 'partial', text: 'For now the deal is “a bridge too far,”', speaker: 'Anna Berg', cue: 'put it' },
    ]],
    ['… — C, as X said: the words after an unclosed dash', 'They met in the town where both grew up — Tom Lee was born on its main street, as Anna Berg said at the start.', [
      { kind: 'indirect', text: 'Tom Lee was born on its main street', speaker: 'Anna Berg', cue: 'said' },
    ]],
    ['X, which — as Y noted — …: no clause before the as-clause', 'The ad, which — as Anna Berg noted — cost a fortune, ran twice.', []],
    ['C, as many X believe: a belief closing the sentence, with its holders', 'The new tax would slow hiring, as many economists believe.', [
      { kind: 'indirect', text: 'The new tax would slow hiring', mention: 'many economists', cue: 'believe' },
    ]],
    ['As many expect, C / C, as expected: a belief opening the sentence, or no holder, is no statement', 'As many expect, the plan will pass. The plan will fail, as expected.', []],
    ['as it is written: a passive, no source', 'The bylaws — specifically Article 9, as it’s currently written — set a high bar.', []],
    ['NP was first reported by X: the subject is what was reported', 'The merger was first reported by the Daily Star.', [
      { kind: 'indirect', text: 'The merger', speaker: 'Daily Star', cue: 'was first reported by' },
    ]],
    ['…, which was reported ADJUNCT by X: the relative pronoun is what was reported', 'Paul Novak signed the letter, which was first reported last week by the Daily Star.', [
      { kind: 'indirect', text: 'which', speaker: 'Daily Star', cue: 'was first reported last week by' },
    ]],
    ['…, which X denied: the relative pronoun is what was denied', 'Anna Berg faced a charge of taking gifts, which she denied.', [
      { kind: 'indirect', text: 'which', speaker: 'Anna Berg', mention: 'she', cue: 'denied' },
    ]],
    ['a claim that X denied ADJUNCT, V-ing that C: the noun before "that" is what was denied; the participle goes on', 'Tom Lee said the count was rigged, a claim that party officials strongly denied on Monday, noting that the rules had not changed.', [
      { kind: 'indirect', text: 'the count was rigged', speaker: 'Tom Lee', cue: 'said' },
      { kind: 'indirect', text: 'a claim', mention: 'party officials', cue: 'denied' },
      { kind: 'indirect', text: 'the rules had not changed', mention: 'party officials', cue: 'noting' },
    ]],
    ['C, a NOUN X VERB-ed ADJUNCT: a bare relative clause; its noun is the object, the subject speaks', 'The mayor said the city needs money, a point the senator acknowledged on Monday.', [
      { kind: 'indirect', text: 'the city needs money', speaker: 'the mayor', cue: 'said' },
      { kind: 'indirect', text: 'a point', mention: 'the senator', cue: 'acknowledged' },
    ]],
    ['C — something X has denied: "something" before a bare relative clause, across an auxiliary', 'Paul Novak was named in the report — something he has denied.', [
      { kind: 'indirect', text: 'something', speaker: 'Paul Novak', mention: 'he', cue: 'denied' },
    ]],
    ['C, a NOUN X has ADVERB VERB-ed: no attribution of C, the noun is the object', 'The club now depends on one donor, an arrangement the players have often criticized.', [
      { kind: 'indirect', text: 'an arrangement', mention: 'the players', cue: 'criticized' },
    ]],
    ['X said that Y denied: "that" after a verb opens a clause, no antecedent', 'Tom Lee said that the firm denied.', [
      { kind: 'indirect', text: 'the firm denied', speaker: 'Tom Lee', cue: 'said' },
    ]],
    ['the first reported case: no verb', 'The first reported case came from a school in May.', []],
    ['C1, X said, C2: a short second part', 'The plan, Anna Berg said, will fail.', [
      { kind: 'indirect', text: 'The plan … will fail', speaker: 'Anna Berg' },
    ]],
    ['C1, X said, “Q” C2: quoted words continue the content', 'In the poorer parts of the city, Tom Reyes said, “we do not know the answer” on how many jobs might go.', [
      { kind: 'partial', text: 'In the poorer parts of the city … “we do not know the answer” on how many jobs might go', speaker: 'Tom Reyes' },
    ]],
  ]);
});

describe('questions put to a speaker', () => {
  table([
    ['X was asked by Y whether C: a named questioner', 'The mayor was asked by host Jim Dunne whether her aim was similar to her rival’s.', [
      { kind: 'indirect', text: 'whether her aim was similar to her rival’s', speaker: 'Jim Dunne', cue: 'asked' },
    ]],
    ['X asked Y about C', 'The host asked Anna Berg about her plans for the harbor.', [
      { kind: 'indirect', text: 'about her plans for the harbor', speaker: 'the host', cue: 'asked' },
    ]],
    ['C, X said when asked about Q: the question is not part of the statement (an unnamed asker is nobody)', 'The plan is sound, Tom Reyes said when asked about the tax increase for the harbor.', [
      { kind: 'indirect', text: 'The plan is sound', speaker: 'Tom Reyes' },
    ]],
    ['X was asked whether C: the question is a clause of its own, held by no one named', 'The mayor was asked whether she would run for a third term.', [
      { kind: 'indirect', text: 'whether she would run for a third term', speaker: null, cue: 'asked' },
    ]],
    ['Asked whether C1, X said C2: the question and the answer', 'Asked whether the ferry would be sold, Nora Vance said the council had not decided.', [
      { kind: 'indirect', text: 'whether the ferry would be sold', speaker: null, cue: 'Asked' },
      { kind: 'indirect', text: 'the council had not decided', speaker: 'Nora Vance', cue: 'said' },
    ]],
    ['Asked about Q, X said C: a topic put to the speaker only frames the answer', 'Asked about the ferry, Nora Vance said the council had not decided.', [
      { kind: 'indirect', text: 'the council had not decided', speaker: 'Nora Vance', cue: 'said' },
    ]],
    ['when asked if Q, X said C: a question in a subordinate clause only frames the answer', 'When asked if the ferry would be sold, Nora Vance said it would not.', [
      { kind: 'indirect', text: 'it would not', speaker: 'Nora Vance', cue: 'said' },
    ]],
  ]);
});

describe('where a content ends', () => {
  table([
    ['C ends at "but"/"and" before a second act of the same subject, which is a statement of its own', 'The tenants said they want “a fair deal,” but pledged to stay calm.', [
      { kind: 'partial', text: 'they want “a fair deal,”', speaker: 'the tenants' },
      { kind: 'indirect', text: 'to stay calm', speaker: 'the tenants' },
    ]],
    ['X criticized C1 and called for C2: two acts', 'Senator Ruth Bell has sharply criticized the old trade deals and called for new limits on imports from abroad.', [
      { kind: 'indirect', text: 'the old trade deals', speaker: 'Ruth Bell' },
      { kind: 'indirect', text: 'new limits on imports from abroad', speaker: 'Ruth Bell' },
    ]],
    ['…, a move that …: a closing apposition is the writer’s comment', 'Tom Reyes said he backs a ban on the plant, a move that could cost jobs.', [
      { kind: 'indirect', text: 'he backs a ban on the plant', speaker: 'Tom Reyes' },
    ]],
    ['…, a NP + verb is a clause, not an apposition', 'Tom Reyes said that while the port remains open, a deal would have to wait.', [
      { kind: 'indirect', text: 'while the port remains open, a deal would have to wait', speaker: 'Tom Reyes' },
    ]],
    ['…, well above / compared with …: the writer’s comparison', 'The company reported earnings of $8 a share, well above the $6 that analysts expected.', [
      { kind: 'indirect', text: 'earnings of $8 a share', speaker: 'company' },
    ]],
    ['…, as has Y: a comparison with another person', 'Tom Reyes said he will not back the plan, as has Anna Berg.', [
      { kind: 'indirect', text: 'he will not back the plan', speaker: 'Tom Reyes' },
    ]],
    ['X said if A, B: a conditional opens the content', 'Tom Lee said if the mayor is elected, she will raise taxes.', [
      { kind: 'indirect', text: 'if the mayor is elected, she will raise taxes', speaker: 'Tom Lee' },
    ]],
    ['X denied NP: a two-word object of a verb of (dis)owning is what was said', 'Tom Reyes denied any wrongdoing.', [
      { kind: 'indirect', text: 'any wrongdoing', speaker: 'Tom Reyes' },
    ]],
    ['X confirmed NP: a two-word object', 'The ministry confirmed the talks.', [
      { kind: 'indirect', text: 'the talks', speaker: 'ministry' },
    ]],
    ['a two-word object of "said" is no statement', 'Tom Reyes said the word.', []],
    ['a pronoun object is no statement', 'Tom Reyes denied it.', []],
    ['X reported NP: report takes an object like a speech verb', 'The city reported 90 attacks on cyclists last year.', [
      { kind: 'indirect', text: '90 attacks on cyclists last year', speaker: 'the city' },
    ]],
  ]);
});

describe('views and judgements in the passive (no one named to hold them)', () => {
  table([
    ['X is seen as Y: the subject and the as-phrase', 'The plan is widely seen as a gamble for the mayor.', [
      { kind: 'indirect', text: 'The plan … as a gamble for the mayor', speaker: null, cue: 'seen' },
    ]],
    ['X has been criticized for Y', 'The mayor has been criticized for the delay.', [
      { kind: 'indirect', text: 'The mayor … for the delay', speaker: null, cue: 'criticized' },
    ]],
    ['X was accused of Y', 'The clerk was accused of taking bribes from the builders.', [
      { kind: 'indirect', text: 'The clerk … of taking bribes from the builders', speaker: null, cue: 'accused' },
    ]],
    ['X is considered NP', 'The port is considered a key asset for the region.', [
      { kind: 'indirect', text: 'The port … a key asset for the region', speaker: null, cue: 'considered' },
    ]],
    ['X was blamed for Y', 'The firm was blamed for the outage.', [
      { kind: 'indirect', text: 'The firm … for the outage', speaker: null, cue: 'blamed' },
    ]],
    ['X is said to V: hearsay with no one named, like "is expected to"', 'The envoy is said to favour a quick deal.', [
      { kind: 'indirect', text: 'The envoy … to favour a quick deal', speaker: null, cue: 'said' },
    ]],
    ['to be seen as: an infinitive is no view of its own', 'He risks being viewed as a spoiler.', []],
    ['considered + a preposition: a bill taken up, not a judgement', 'The bill was considered in committee on Monday.', []],
  ]);
});

describe('refusals to answer an embedded question', () => {
  table([
    ['X would not say whether C: the withheld question is reported, the negation kept in the cue', 'The governor would not say whether she will sign the bill.', [
      { kind: 'indirect', text: 'whether she will sign the bill', speaker: 'the governor', cue: 'would not say' },
    ]],
    ['X did not explain why C', 'Tom Reyes did not explain why the school had closed.', [
      { kind: 'indirect', text: 'why the school had closed', speaker: 'Tom Reyes', cue: 'did not explain' },
    ]],
    ['X won’t say how C', 'The company won’t say how many workers it will hire.', [
      { kind: 'indirect', text: 'how many workers it will hire', speaker: 'company', cue: 'won’t say' },
    ]],
    ['a negated verb before a that-clause is still no statement', 'The mayor would not say that the deal was dead.', []],
    ['a modal without negation before an embedded question is no statement', 'Voters will say what they want at the polls.', []],
  ]);
});

describe('chains of reports after one subject', () => {
  table([
    ['X said C1, warning that C2 and pledging to C3: each participle is a report of the subject', 'Nora Vance said the levy would fail, warning that rents would rise and pledging to fight it in court.', [
      { kind: 'indirect', text: 'the levy would fail', speaker: 'Nora Vance', cue: 'said' },
      { kind: 'indirect', text: 'rents would rise', speaker: 'Nora Vance', cue: 'warning' },
      { kind: 'indirect', text: 'to fight it in court', speaker: 'Nora Vance', cue: 'pledging' },
    ]],
    ['X questioned C1, implying C2: the second participle starts its own report', 'Paul Novak questioned why the board had met in secret, implying that it had something to hide.', [
      { kind: 'indirect', text: 'why the board had met in secret', speaker: 'Paul Novak', cue: 'questioned' },
      { kind: 'indirect', text: 'it had something to hide', speaker: 'Paul Novak', cue: 'implying' },
    ]],
  ]);
});

describe('requests and questions with "ask"', () => {
  table([
    ['X asked for Y: a request for a thing', 'The governor asked for a full recount of the ballots.', [
      { kind: 'indirect', text: 'for a full recount of the ballots', speaker: 'the governor', cue: 'asked' },
    ]],
    ['X asked to V: a request with no addressee', 'The union asked to inspect the payroll records.', [
      { kind: 'indirect', text: 'to inspect the payroll records', speaker: 'union', cue: 'asked' },
    ]],
    ['base "ask for" in a clause about people is no report', 'Tenants who ask for repairs often wait for weeks.', []],
    ['X asked Y which C: the question after the addressee', 'The paper asked its readers which candidate had won the debate.', [
      { kind: 'indirect', text: 'which candidate had won the debate', cue: 'asked' },
    ]],
    ['X asked: Q? the question after a colon', 'Nora Vance asked: Why would anyone pay for this?', [
      { kind: 'indirect', text: 'Why would anyone pay for this', speaker: 'Nora Vance', cue: 'asked' },
    ]],
    ['X asked a question: Q?', 'The host asked a simple question: Who will win the cup on Sunday?', [
      { kind: 'indirect', text: 'Who will win the cup on Sunday', speaker: 'the host', cue: 'asked' },
    ]],
    ['X was asked, “Q?”: the quoted question, held by no one named', 'The mayor was asked, “Would you sign the bill again?”', [
      { kind: 'direct', text: 'Would you sign the bill again?', speaker: null, cue: 'asked' },
    ]],
    ['ADVERBIAL, when X asked Y if C, Z …: the subordinate clause ends before the main clause', 'Last month, when Paul Novak asked the mayor if she would sign the bill, she laughed.', [
      { kind: 'indirect', text: 'if she would sign the bill', speaker: 'Paul Novak', cue: 'asked' },
    ]],
  ]);
});

describe('naming and directives in a chain', () => {
  table([
    ['X called Y Z, and urged W to V: the naming ends before the second act', 'The two papers called him a careless steward of the port, and urged him to resign.', [
      { kind: 'indirect', text: 'him a careless steward of the port', speaker: 'the two papers', cue: 'called' },
      { kind: 'indirect', text: 'him to resign', speaker: 'the two papers', cue: 'urged' },
    ]],
    ['Then X did A, calling Y “Z”: a connective before the subject (and "Then" is no participle)', 'Paul Novak spoke on Monday. Then he turned on the council, calling its plan a “fraud” and accusing it of waste.', [
      { kind: 'partial', text: 'its plan a “fraud”', speaker: 'Paul Novak', cue: 'calling' },
      { kind: 'indirect', text: 'it of waste', speaker: 'Paul Novak', cue: 'accusing' },
    ]],
    ['X did A, describing how C: an embedded question after a participle needs no quoted words', 'Paul Novak took the stage, describing how the line would be moved abroad.', [
      { kind: 'indirect', text: 'how the line would be moved abroad', speaker: 'Paul Novak', cue: 'describing' },
    ]],
    ['X described how, ASIDE, C', 'Nora Vance described how, as a child, she sold apples at the market.', [
      { kind: 'indirect', text: 'how, as a child, she sold apples at the market', speaker: 'Nora Vance', cue: 'described' },
    ]],
    ['X suggested C, called Y “Z” and …: a series of acts after commas, each with the subject', 'Paul Novak suggested the count was rigged, called the clerk “a hack” and left the hall.', [
      { kind: 'indirect', text: 'the count was rigged', speaker: 'Paul Novak', cue: 'suggested' },
      { kind: 'partial', text: 'the clerk “a hack”', speaker: 'Paul Novak', cue: 'called' },
    ]],
    ['In a statement announcing Y, ORG called Z “Q”, citing W: the opening participle ends before the main clause of an organisation', 'In a statement announcing the pick, the Guild of Pilots called Nora Vance a “champion” for its members, citing her work after the flood.', [
      { kind: 'partial', text: 'Nora Vance a “champion” for its members', speaker: 'Guild of Pilots', cue: 'called' },
      { kind: 'indirect', text: 'her work', speaker: 'Guild of Pilots', cue: 'citing' },
    ]],
    ['…, calling Y Z and vowing to V: "to" after a second verb is no directive of the first', 'Paul Novak opened his bid with harsh words for the council, calling them cowards and vowing to cut their pay.', [
      { kind: 'indirect', text: 'them cowards', speaker: 'Paul Novak', cue: 'calling' },
      { kind: 'indirect', text: 'to cut their pay', speaker: 'Paul Novak', cue: 'vowing' },
    ]],
  ]);
});
