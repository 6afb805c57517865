/**
 * Attributions whose cue is not a speech verb (stance.ts): beliefs, intentions,
 * stances, evidence and the writer's impressions. Every text here was written
 * for these tests.
 */
import { describe } from 'vitest';
import { table, type Expected } from './table.ts';

const ind = (text: string, speaker: string | null, cue: string): Expected => ({ kind: 'indirect', text, speaker, cue });

describe('belief and cognition', () => {
  table([
    ['X believes C (no "that")', 'Mara Lind believes the bridge will open next spring.', [ind('the bridge will open next spring', 'Mara Lind', 'believes')]],
    ['X think that C', 'Many farmers think that the levy is unfair.', [ind('the levy is unfair', 'many farmers', 'think')]],
    ['X sees Y as Z', 'The union sees the deal as a betrayal.', [ind('the deal as a betrayal', 'union', 'sees')]],
    ['C, X believe.', 'The vote will be close, aides believe.', [ind('The vote will be close', 'aides', 'believe')]],
    ['PEOPLE expect NP to V: an expectation with its object and infinitive', 'Most brokers expect the central bank to raise rates.', [ind('the central bank to raise rates', 'Most brokers', 'expect')]],
    ['X expect to V', 'The two bakeries expect to save $3 million by merging.', [ind('to save $3 million by merging', 'the two bakeries', 'expect')]],
    ['X, expected to V: a passive, no expectation of X', 'Ada Brandt, expected to win the seat, spoke first.', []],
  ]);
});

describe('intention', () => {
  table([
    ['X wants to V', 'Governor Ana Ruiz wants to cut the fuel tax.', [ind('to cut the fuel tax', 'Ana Ruiz', 'wants')]],
    ['X plans to V', 'The council plans to close two libraries.', [ind('to close two libraries', 'council', 'plans')]],
    ['X sought NP', 'Peter Holm sought a review of the ruling.', [ind('a review of the ruling', 'Peter Holm', 'sought')]],
    ['X sought an office: a race, no intention reported', 'Peter Holm sought a second term.', []],
    ['X want Y to V', 'Nurses want the council to reopen the ward.', [ind('the council to reopen the ward', 'Nurses', 'want')]],
    [', hoping to V: the subject of the sentence', 'Mayor Ana Ruiz toured the site on Friday, hoping to calm angry residents.', [ind('to calm angry residents', 'Ana Ruiz', 'hoping')]],
    ['X decided to V', 'The mayor decided to close the pool.', [ind('to close the pool', 'the mayor', 'decided')]],
    ['X who want to V … (main verb ends the content)', 'Residents who want to keep the park open have signed a petition.', [ind('to keep the park open', 'Residents', 'want')]],
  ]);
});

describe('stance toward an object', () => {
  table([
    ['X endorsed NP (time adjunct left out)', 'Senator Tom Ekberg endorsed Lisa Moreau on Tuesday.', [ind('Lisa Moreau', 'Tom Ekberg', 'endorsed')]],
    ['plural X support NP', 'Most teachers support the new curriculum.', [ind('the new curriculum', 'Most teachers', 'support')]],
    ['a quantifier as the subject', 'Most oppose the new tax.', [ind('the new tax', 'Most', 'oppose')]],
    ['all of whom opposed NP', 'The senators, all of whom opposed the deal, met today.', [ind('the deal', 'all of whom', 'opposed')]],
    ['X, who opposes NP, …', 'Ellen Park, who opposes the pipeline, spoke first.', [ind('the pipeline', 'Ellen Park', 'opposes')]],
    ['X, who back NP, …', 'The lawyers, who back the appeal, filed papers on Monday.', [ind('the appeal', 'the lawyers', 'back')]],
  ]);
});

describe('speaking of, acting on or arguing for something', () => {
  table([
    ['X talked about NP', 'Mayor Ana Ruiz talked about the housing shortage.', [ind('the housing shortage', 'Ana Ruiz', 'talked')]],
    ['X spoke of a wh-clause', 'Peter Holm spoke of how the mill had shaped the town.', [ind('how the mill had shaped the town', 'Peter Holm', 'spoke')]],
    ['X spoke out against NP', 'The mayor spoke out against the new border fence.', [ind('the new border fence', 'the mayor', 'spoke')]],
    ['X voted against NP', 'Senator Tom Ekberg voted against the budget.', [ind('the budget', 'Tom Ekberg', 'voted')]],
    ['X voted to V', 'The council voted to close the old school.', [ind('to close the old school', 'council', 'voted')]],
    ['X cited NP', 'Lisa Moreau cited rising rents in the district.', [ind('rising rents in the district', 'Lisa Moreau', 'cited')]],
    ['X expressed concern that C', 'The union expressed concern that the plant would close.', [ind('the plant would close', 'union', 'expressed')]],
    ['X pushed for NP (a second verb phrase left out)', 'Nurses pushed for a pay rise and staged a short strike.', [ind('a pay rise', 'Nurses', 'pushed')]],
    [', referring to NP: the subject of the sentence', 'Ellen Park called it a fine start, referring to the new bus line.', [ind('it a fine start', 'Ellen Park', 'called'), ind('the new bus line', 'Ellen Park', 'referring')]],
    ['X called Y Z (no quotation marks)', 'Lisa Moreau called the deal a betrayal of the workers.', [ind('the deal a betrayal of the workers', 'Lisa Moreau', 'called')]],
    ['X called PRONOUN ADJ', 'Peter Holm called them reckless and irresponsible.', [ind('them reckless and irresponsible', 'Peter Holm', 'called')]],
    [', calling X Y: the subject of the sentence', 'Ana Ruiz left the hall, calling the vote a farce.', [ind('the vote a farce', 'Ana Ruiz', 'calling')]],
    ['not: "called" as "phoned"', 'Lisa Moreau called him on Monday.', []],
    ['not: "called" with a time phrase', 'Lisa Moreau called the office a day later.', []],
    ['not: a name given with "called"', 'Residents formed a group called Friends of the Park.', []],
    ['X took a swipe at NP', 'Lisa Moreau took a sharp swipe at the new budget.', [ind('the new budget', 'Lisa Moreau', 'took')]],
    ['X raised questions about NP', 'The mayor raised questions about the contract.', [ind('the contract', 'the mayor', 'raised')]],
    ['X thanked Y for Z', 'Ana Ruiz thanked the volunteers for their work.', [ind('the volunteers for their work', 'Ana Ruiz', 'thanked')]],
    ['not: "took" a thing', 'Lisa Moreau took the train to the capital.', []],
    ['not: "raised" money', 'Peter Holm raised money for the shelter.', []],
    ['not: "thanks to"', 'The plan passed thanks to the mayor.', []],
    ['X lashed out at NP', 'The mayor lashed out at the regional transit board.', [ind('the regional transit board', 'the mayor', 'lashed')]],
    ['X campaigned against NP', 'Nurses campaigned against the hospital merger.', [ind('the hospital merger', 'Nurses', 'campaigned')]],
    ['not: "the campaign for" (a noun)', 'The campaign for the seat was long.', []],
    ['X spoke to AUDIENCE about NP', 'Peter Holm spoke to students about the new library.', [ind('the new library', 'Peter Holm', 'spoke')]],
    ['not: a vote count', 'The council voted 5-2 on Monday.', []],
    ['not: "spoke to" an audience', 'Peter Holm spoke to reporters on Friday.', []],
    ['not: a question', 'Did the mayor talk about the budget?', []],
    // (an infinitive of purpose reports what the subject went to speak of: prepositional-objects.test.ts)
    ['an infinitive of purpose', 'The mayor came to talk about the budget.', [{ kind: 'indirect', text: 'the budget', cue: 'talk' }]],
  ]);
});

describe('evidence', () => {
  table([
    ['a poll shows C', 'A new poll shows the mayor with a narrow lead.', [ind('the mayor with a narrow lead', 'a new poll', 'shows')]],
    ['a study by X found C', 'A study by the state university found rents rose by a third.', [ind('rents rose by a third', 'a study by the state university', 'found')]],
    ['C, the records show.', 'Voter turnout rose sharply, the records show.', [ind('Voter turnout rose sharply', 'the records', 'show')]],
  ]);
});

describe('nouns of attitude with a possessor', () => {
  table([
    ['X’s claim that C', 'Few voters accepted Ana Ruiz\'s claim that the audit was rigged.', [ind('the audit was rigged', 'Ana Ruiz', 'claim')]],
    ['his call for NP', 'Tom Ekberg renewed his call for a new stadium.', [ind('a new stadium', 'Tom Ekberg', 'call')]],
    ['X’s plan to V', 'The board backed away from Lisa Moreau\'s plan to sell the port.', [ind('to sell the port', 'Lisa Moreau', 'plan')]],
    ['no possessor: no one holds it', 'The plan to sell the port was dropped.', []],
  ]);
});

describe('nouns of appeal after a light verb', () => {
  table([
    ['X made a call for NP: the subject of the light verb', 'Governor Ana Ruiz made an impassioned call for calm on Sunday.', [ind('calm', 'Ana Ruiz', 'call')]],
    ['X made a plea for NP to V', 'The coach made a plea for the fans to stay home.', [ind('the fans to stay home', 'the coach', 'plea')]],
    ['X opened with a call for NP', 'Tom Ekberg opened with a call for a new stadium.', [ind('a new stadium', 'Tom Ekberg', 'call')]],
    ['X has been making the case for Ving', 'The mayor has been making the case for closing the old bridge.', [ind('closing the old bridge', 'the mayor', 'case')]],
    ['X made the case (for weeks) that C', 'Lisa Moreau has made the case for weeks that the port is too small.', [ind('the port is too small', 'Lisa Moreau', 'case')]],
    ['no person as the subject: no speaker, no statement', 'The flood made a strong case for higher levees.', []],
    ['X launched an attack on Y: a verbal attack, its target', 'Senator Tom Ekberg launched a blistering attack on the mayor at a rally.', [ind('the mayor', 'Tom Ekberg', 'attack')]],
    ['an armed attack on a place: no statement', 'The rebels launched an attack on the town at dawn.', []],
  ]);
});

describe('nouns of speech or judgement with no possessor', () => {
  table([
    ['amid questions about C: no speaker', 'The mayor resigned amid questions about the harbour contract.', [ind('the harbour contract', null, 'questions')]],
    ['questions about whether C: the whole clause', 'The vote came amid new questions about whether the dam is safe.', [ind('whether the dam is safe', null, 'questions')]],
    ['despite allegations that C: no speaker', 'The firm won the bid despite allegations that it had bribed officials.', [ind('it had bribed officials', null, 'allegations')]],
    ['concerns about C', 'Growing concerns about the water supply have slowed the project.', [ind('the water supply', null, 'concerns')]],
    ['raised questions about C keeps its subject', 'Senator Ana Ruiz raised questions about the harbour contract.', [ind('the harbour contract', 'Ana Ruiz', 'raised')]],
    ['an attack on a place is no statement', 'The attack on the embassy killed two guards.', []],
    ['questions with no complement report nothing', 'Questions remain.', []],
  ]);
});

describe('nouns of attitude: more complements and holders', () => {
  table([
    ['his decision not to V keeps the "not"', 'Mara Lind surprised voters with her decision not to attend.', [ind('not to attend', 'Mara Lind', 'decision')]],
    ['X’s claim to V', 'Few believed Lisa Moreau\'s claim to speak for all farmers.', [ind('to speak for all farmers', 'Lisa Moreau', 'claim')]],
    ['his stern warning that C: an adjective between holder and noun', 'Senator Tom Hart repeated his stern warning that the bridge was unsafe.', [ind('the bridge was unsafe', 'Tom Hart', 'warning')]],
    ['X’s critique of NP', 'Ana Ruiz\'s critique of the budget was sharp.', [ind('the budget', 'Ana Ruiz', 'critique')]],
    ['his thoughts on NP', 'Tom Ekberg shared his thoughts on the new stadium.', [ind('the new stadium', 'Tom Ekberg', 'thoughts')]],
    ['X’s proposal for NP', 'The board backed Tom Ekberg\'s proposal for a night bus.', [ind('a night bus', 'Tom Ekberg', 'proposal')]],
    ['complaints from X that C: the holder after "from"', 'The trial followed complaints from three nurses that the ward was unsafe.', [ind('the ward was unsafe', 'three nurses', 'complaints')]],
    ['calls for NP, no holder', 'The project stalled amid calls for a new audit.', [ind('a new audit', null, 'calls')]],
    ['claims that C, no holder', 'The ruling ended claims that the vote was rigged.', [ind('the vote was rigged', null, 'claims')]],
    ['Despite complaints that C, MAIN: the content ends at the comma', 'Despite complaints that the fee is unfair, the council kept it.', [ind('the fee is unfair', null, 'complaints')]],
    ['Opposition to NP opening the sentence', 'Opposition to the tunnel has united both parties.', [ind('the tunnel', null, 'Opposition')]],
    ['support for NP inside the sentence, no holder: not a report', 'The mayor gave up the plan after support for the levy fell.', []],
    ['support from X (no complement): not a report', 'The report drew support from the council.', []],
  ]);
});

describe('nouns of attitude: modifiers, subject position, more nouns', () => {
  table([
    ['several modifiers between holder and noun', 'Tom Hart softened his long, bitter opposition to the tax.', [ind('the tax', 'Tom Hart', 'opposition')]],
    ['an adverb and a hyphenated adjective', 'Lisa Moreau softened her widely mocked, hard-line opposition to the tunnel.', [ind('the tunnel', 'Lisa Moreau', 'opposition')]],
    ['a participle with a particle is no modifier: "scaling back plans"', 'The mayor changed course, scaling back plans to close the pool.', []],
    ['X’s plan to V as the subject: the main verb ends the content', 'Lisa Moreau\'s plan to widen the road is popular with drivers.', [ind('to widen the road', 'Lisa Moreau', 'plan')]],
    ['X’s claim that C as the subject: the second verb ends the content', 'Tom Hart\'s claim that the mayor cheated was false.', [ind('the mayor cheated', 'Tom Hart', 'claim')]],
    ['X’s claim that C as the subject: a plain present verb in C, an -ed main verb ends it', 'Lee\'s claim that the port needs dredging angered the council.', [ind('the port needs dredging', 'Lee', 'claim')]],
    ['X’s claim that A and B as the subject: a coordinated verb stays inside', 'Tom Hart\'s claim that rents will rise and wages will fall was wrong.', [ind('rents will rise and wages will fall', 'Tom Hart', 'claim')]],
    ['X’s attacks on NP as the subject: a past verb ends the object', 'Ana Ruiz\'s attacks on the auditor angered the board.', [ind('the auditor', 'Ana Ruiz', 'attacks')]],
    ['X’s attacks against NP', 'The board ignored Ana Ruiz\'s attacks against the auditor.', [ind('the auditor', 'Ana Ruiz', 'attacks')]],
    ['X’s embrace of NP', 'Few expected Tom Hart\'s embrace of the new tax.', [ind('the new tax', 'Tom Hart', 'embrace')]],
    ['X’s remarks about NP', 'Fishermen resented Ana Ruiz\'s remarks about the harbour.', [ind('the harbour', 'Ana Ruiz', 'remarks')]],
    ['X’s comments on NP', 'Fishermen resented Ana Ruiz\'s comments on the harbour.', [ind('the harbour', 'Ana Ruiz', 'comments')]],
    ['her condemnation of NP', 'Lisa Moreau stepped up her condemnation of the strike.', [ind('the strike', 'Lisa Moreau', 'condemnation')]],
    ['X’s reluctance to V', 'Few understood Tom Hart\'s reluctance to raise the levy.', [ind('to raise the levy', 'Tom Hart', 'reluctance')]],
    ['Contrary to X’s claim that C, MAIN: a quotation holds the comma', 'Contrary to Tom Hart\'s claim that the audit was “a sham,” the board signed it.', [{ kind: 'partial', text: 'the audit was “a sham,”', speaker: 'Tom Hart', cue: 'claim' }]],
    ['X’s answer was that C: a copula gives the content', 'Tom Hart\'s answer was that the levy is fair.', [ind('the levy is fair', 'Tom Hart', 'answer')]],
    ['his point has long been that C', 'Ana Ruiz repeated her case. Her point has long been that the port is too shallow.', [ind('the port is too shallow', 'Ana Ruiz', 'point')]],
    ['X’s most striking claim is that C: a degree word among the modifiers', 'The senator\'s most striking claim is that the ledger was altered.', [{ kind: 'indirect', text: 'the ledger was altered', cue: 'claim', mention: 'The senator\'s' }]],
    ['her plan is that C: not a noun of speech', 'Her plan is that we wait.', []],
    ['In X’s view, C', 'In Tom Hart\'s view, the levy would hurt farmers.', [ind('the levy would hurt farmers', 'Tom Hart', 'view')]],
    ['But in her opinion, C', 'Ana Ruiz spoke last. But in her opinion, the port is too shallow.', [ind('the port is too shallow', 'Ana Ruiz', 'opinion')]],
    ['in his view inside the sentence: not an opening', 'The plan, in his view, is doomed.', []],
    ['her assertion during NP that C: an occasion between noun and clause', 'Ana Ruiz came under fire over her assertion during the debate that the port is safe.', [ind('the port is safe', 'Ana Ruiz', 'assertion')]],
    ['his hopes on NP that …: a relative clause, not a content', 'His hopes on a field that may never exist faded.', []],
    ['Her verdict: C', 'Lisa Moreau spoke last. Her verdict: the port is too shallow for the new ships.', [ind('the port is too shallow for the new ships', 'Lisa Moreau', 'verdict')]],
    ['X’s message: C', 'Tom Hart\'s message: Moving the depot south is a mistake.', [ind('Moving the depot south is a mistake', 'Tom Hart', 'message')]],
    ['to make his case: a list, not a content', 'Tom Hart read out his record to make his case: mayor, judge, senator.', []],
  ], { headline: true });
});

describe('infinitives of purpose with a verb of speech', () => {
  table([
    ['went on the radio to defend NP: the subject speaks', 'Mayor Ana Ruiz went on the radio to defend the new parking fee.', [ind('the new parking fee', 'Ana Ruiz', 'defend')]],
    ['met with X to discuss NP', 'Tom Hart met with farmers on Monday to discuss the drought.', [ind('the drought', 'Tom Hart', 'discuss')]],
    ['to argue that C', 'Lisa Moreau took the stage to argue that the tunnel was too costly.', [ind('the tunnel was too costly', 'Lisa Moreau', 'argue')]],
    ['on condition of anonymity to discuss NP: a reason, not a report', 'An aide, speaking on condition of anonymity to discuss the talks, gave no details.', []],
  ]);
});

describe('the writer’s expectations and impressions', () => {
  table([
    ['NP known as NAME: the thing and its name, no speaker', 'Voters cast ballots in the round of contests known as Big Saturday.', [
      { kind: 'indirect', text: 'the round of contests … Big Saturday', speaker: null, cue: 'known' },
    ]],
    ['X is best known for C', 'Anna Berg is best known for her work on rural schools.', [
      { kind: 'indirect', text: 'Anna Berg … her work on rural schools', speaker: null, cue: 'known' },
    ]],
    [', also known as NAME: the name alone', 'The coalition, also known as Green Front, met today.', [
      { kind: 'indirect', text: 'Green Front', speaker: null, cue: 'known' },
    ]],
    ['not: "known" without "as" or "for"', 'Little is known about the plan.', []],
    ['X is expected to V', 'The board is expected to approve the budget.', [ind('The board … to approve the budget', null, 'expected')]],
    ['X seems to V', 'The plan seems to work.', [ind('The plan … to work', null, 'seems')]],
    ['X seemed ADJ', 'The mayor seemed uneasy.', [ind('The mayor … uneasy', null, 'seemed')]],
    ['it appears that C', 'It appears that the vote was delayed.', [ind('the vote was delayed', null, 'appears')]],
  ]);
});

describe('not attributions', () => {
  table([
    ['"I think" inside a quotation is part of it', '“I think the plan is sound,” said Jo Brandt.', [
      { kind: 'direct', text: 'I think the plan is sound,', speaker: 'Jo Brandt', cue: 'said' },
    ]],
    ['"the show": a noun', 'The show drew large crowds.', []],
    ['"a plan to": a noun', 'A plan to widen the road was dropped.', []],
    ['a question', 'Do you want to see the results?', []],
    ['a condition', 'If you want a seat, come early.', []],
    ['"whether they support": an open question', 'Whether they support the bill remains unclear.', []],
    ['"may seek": a possibility', 'He may seek a third term.', []],
    ['a possessive before a participle', 'Tom Ekberg’s proposed budget was rejected.', []],
    ['"hit back": an adverb', 'The team hit back at critics.', []],
    ['"goes back": an adverb', 'The dispute goes back decades.', []],
    ['"declined to comment": a refusal to speak', 'Ms. Ruiz declined to comment.', []],
    ['"thinks so": no content', 'The coach thinks so.', []],
    ['inside a reported clause: one statement', 'Senator Ekberg said she supports the bill.', [ind('she supports the bill', 'Ekberg', 'said')]],
  ]);
});

describe('stance toward an object: relative "which", partitive subjects, -ing forms', () => {
  table([
    ['ORG, which has endorsed NP: "which" stands for an organisation', 'The Harbor Workers Union, which has endorsed Lena Fisk, held a rally downtown.', [ind('Lena Fisk', 'Harbor Workers Union', 'endorsed')]],
    ['THING, which supports NP: no stance of a thing', 'The bill, which supports dairy farmers, passed easily.', []],
    ['All of the PEOPLE oppose NP', 'All of the candidates oppose the new parking rules.', [ind('the new parking rules', 'All of the candidates', 'oppose')]],
    ['A number of PEOPLE support NP', 'A growing number of mayors support raising the toll.', [{ kind: 'indirect', text: 'raising the toll', cue: 'support' }]],
    ['men support NP: a plural without -s', 'The men support the pension plan by a wide margin.', [ind('the pension plan by a wide margin', 'the men', 'support')]],
    ['by V-ing NP: the subject of the sentence', 'Lena Fisk won the seat by attacking the harbor deal.', [ind('the harbor deal', 'Lena Fisk', 'attacking')]],
    ['before V-ing NP: the subject of the sentence', 'Lena Fisk had endorsed Ian Roe before backing Omar Dane.', [ind('Ian Roe', 'Lena Fisk', 'endorsed'), ind('Omar Dane', 'Lena Fisk', 'backing')]],
    ['V-ing NP, …: the comma ends the object', 'Ian Roe spent the week denouncing the port levy, a plan he once drafted.', [ind('the port levy', 'Ian Roe', 'denouncing')]],
    ['a group V-ing NP (a reduced relative)', 'Donors gave $2 million to a group backing the port levy.', [ind('the port levy', 'a group', 'backing')]],
    ['PEOPLE V-ing NP VERB …: the main verb ends the object', 'Nurses denouncing the cuts marched past the hall.', [ind('the cuts', 'Nurses', 'denouncing')]],
    ['the most challenging N: an adjective', 'It was the most challenging season for the club.', []],
    ['defending a seat: a race, not a stance', 'The party is busy defending its seats in the north.', []],
  ]);
});

describe('adjectives of belief and feeling', () => {
  table([
    ['X remained ADJ that C', 'The senator remained skeptical that the new pier would be finished by May.', [ind('the new pier would be finished by May', 'the senator', 'skeptical')]],
    ['X are increasingly ADJ that C', 'Organizers were increasingly confident that the march would draw thousands.', [ind('the march would draw thousands', 'Organizers', 'confident')]],
    ['X are worried about NP', 'The farmers are worried about the price of feed.', [ind('the price of feed', 'the farmers', 'worried')]],
    ['X made it clear that C', 'The senator made it clear that she would oppose the levy.', [ind('she would oppose the levy', 'the senator', 'made')]],
    ['X has made clear C (no "that")', 'The senator has made clear she would oppose the levy.', [ind('she would oppose the levy', 'the senator', 'made')]],
    ['X is not sure that C: a negation reports no belief', 'Lena Fisk is not sure that the ferry will run.', []],
  ]);
});

describe("the subject's next act after the content (no comma before \"and\")", () => {
  table([
    ['X echoed NP and took …: an irregular past with its object', 'The two ministers echoed familiar themes and took the stage together.', [ind('familiar themes', 'the two ministers', 'echoed')]],
    ['X outlined NP and may not …: a modal', 'The mayor outlined a plan to rebuild the pier and may not finish it this year.', [ind('a plan to rebuild the pier', 'the mayor', 'outlined')]],
    ['X refused to be V-ed and is …: a passive infinitive, then an auxiliary', 'The aide refused to be named and is not close to the governor.', [ind('to be named', 'the aide', 'refused')]],
    ['X voted to V and voted …: a second past with a preposition', 'Senator Ada Brandt voted to end the debate and voted in favor of the measure.', [ind('to end the debate', 'Ada Brandt', 'voted'), ind('the measure', 'Ada Brandt', 'voted')]],
    ['…, backing NP and courting NP: a second participle is the next act', 'Ada Brandt toured the county, backing the new bridge and courting the unions.', [ind('the new bridge', 'Ada Brandt', 'backing')]],
    ['…, attacking NP and visiting NP: the same after a participle of speech', 'The governor spent Monday in the capital, attacking the budget office and visiting the offices of the party.', [ind('the budget office', 'the governor', 'attacking')]],
    ['…, backing NP and rising NP: no cut when the second -ing word is not a verb with an object', 'Ada Brandt toured the county, backing the new bridge and rising rents.', [ind('the new bridge and rising rents', 'Ada Brandt', 'backing')]],
    ['X decided not to V and she V-ed …: a clause with a pronoun subject after "and"', 'The mayor decided not to enter the race and she spoke well at the forum.', [ind('not to enter the race', 'the mayor', 'decided')]],
    ['X endorsed NP and NP: coordinated objects stay', 'Senator Tom Ekberg endorsed Lisa Moreau and Ada Brandt.', [ind('Lisa Moreau and Ada Brandt', 'Tom Ekberg', 'endorsed')]],
    ['X cited NP which had … and would …: the relative clause keeps its verbs', 'The mayor cited a report which had wide support and would have closed the pier.', [ind('a report which had wide support and would have closed the pier', 'the mayor', 'cited')]],
  ]);
});

describe('an apposition after a name in the content of a verb of speaking of someone', () => {
  table([
    ['X was referring to NAME, the ROLE: the gloss is the writer\'s', 'The minister was referring to Tom Ekberg, the chief negotiator in the talks.', [ind('Tom Ekberg', 'the minister', 'referring')]],
    ['X was referring to TITLE NAME, a ROLE', 'The minister was referring to Governor Ada E. Brandt, a longtime rival of the party.', [ind('Governor Ada E. Brandt', 'the minister', 'referring')]],
    ['X cited the NP, the NP: not a name, the apposition stays', 'The minister cited the harbor fund, the oldest fund in the county.', [ind('the harbor fund, the oldest fund in the county', 'the minister', 'cited')]],
  ]);
});

describe('the medium of speaking after the object of a verb of speaking of something', () => {
  table([
    ['X touted NP on its Facebook page: the medium is the writer\'s frame', 'The senator touted her record on its Facebook page.', [ind('her record', 'the senator', 'touted')]],
    ['X discussed NP on NETWORK Sunday', 'The senator discussed the harbor case on Fox News Sunday.', [ind('the harbor case', 'the senator', 'discussed')]],
    ['X discussed NP on NETWORK ads: the medium modifies a noun of the object', 'The senator discussed a ban on Fox News ads.', [ind('a ban on Fox News ads', 'the senator', 'discussed')]],
  ]);
});
