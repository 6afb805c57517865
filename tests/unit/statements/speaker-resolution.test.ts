/**
 * Speaker resolution, one row per rule: who a pronoun, a role phrase or an
 * unreadable speaker phrase stands for. Every text here was written for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import { run, speakerTable, type SpeakerRow as Row } from './table.ts';

const ROWS: Row[] = [
  [
    'a contracted pronoun (“She’s”) is that pronoun, not a name',
    'Maria Lopez is running for mayor.\n\nShe’s saying that the budget is “a mess.”',
    [['the budget is', 'Maria Lopez']],
  ],
  [
    'an unreadable speaker phrase: the subject of the sentence speaks',
    'Tom Baker sent a series of messages early Friday saying that the deal was dead.',
    [['the deal was dead', 'Tom Baker']],
  ],
  [
    'a one-word name with a title is a person a pronoun refers to',
    'Mr. Okafor spoke at the town hall on Monday.\n\n“We will fix the roads,” he said.',
    [['We will fix the roads', 'Okafor']],
  ],
  [
    'a lone common first name is a person a pronoun refers to',
    'Melanie watched the debate from her couch.\n\n“He is right about that,” she said.',
    [['He is right about that', 'Melanie']],
  ],
  [
    'the subject is in the main clause, after an opening subordinate clause',
    'When Tom Reyes finished his remarks, Paul Novak took the microphone.\n\n“We can do better,” he said.',
    [['We can do better', 'Paul Novak']],
  ],
  [
    'a sentence-opening preposition never starts a name',
    'Regarding Novak’s plan, Linda Moreau shared her doubts.\n\n“It will not work,” she said.',
    [['It will not work', 'Linda Moreau']],
  ],
  [
    'a role phrase no registered role explains: the last person named as a subject',
    'Paul Novak toured the plant on Monday.\n\n“This town deserves jobs,” the senator said.',
    [['This town deserves jobs', 'Paul Novak']],
  ],
  [
    'a possessed role phrase is someone else, not the possessor',
    'Paul Novak toured the plant on Monday.\n\n“This town deserves jobs,” the mayor’s spokesman said.',
    [['This town deserves jobs', 'the mayor’s spokesman']],
  ],
  [
    'an assisting role is someone else, not the person last named',
    'Paul Novak toured the plant on Monday.\n\n“The tour went well,” the aide said.',
    [['The tour went well', 'the aide']],
  ],
  [
    'a name after an organisation’s possessive is a person',
    '“The numbers are bad,” said CNN’s Ann Rivera.',
    [['The numbers are bad', 'Ann Rivera']],
  ],
  [
    'full names differing only by a middle initial are one person',
    'Ann B. Rivera spoke on Monday. Ann Rivera is a lawyer.\n\nRivera said the law was unfair.',
    [['the law was unfair', 'Ann B. Rivera']],
  ],
  [
    'a name modifying a role before another name is not the subject',
    'Paul Novak spoke in the morning.\n\nLater, Rivera campaign manager Tom Baker released a memo. In it, he says the race is close.',
    [['the race is close', 'Tom Baker']],
  ],
  [
    'people named inside the statement are not the antecedent of its pronoun',
    'Joe Hart, a teacher, said he will not vote this year. Also, Paul Novak is not ready for the job, he said.',
    [
      ['he will not vote', 'Joe Hart'],
      ['Paul Novak is not ready', 'Joe Hart'],
    ],
  ],
  [
    'an organisation’s name goes on after “to” (“Alliance to …”)',
    '“We need answers,” said the Alliance to Reclaim Our Parks.',
    [['We need answers', 'Alliance to Reclaim Our Parks']],
  ],
  [
    'a plural title (“Sens.”) is peeled from the name',
    'Sens. Jeff Marlow said the claims could be grounds for a case.',
    [['the claims could be grounds', 'Jeff Marlow']],
  ],
  [
    'a quotation standing alone after a sentence naming its subject, reporting nothing, is that subject’s',
    'Paul Novak said the vote was rigged.\n\nOn a morning show, Sen. Ann Rivera named young voters as the key. “They are tired of the old ways.”',
    [['They are tired', 'Ann Rivera']],
  ],
  [
    'a name opening a clause before a past-tense verb is the subject who speaks, not a later name',
    'During a speech earlier in the day, Paul Novak attacked Rivera for her record, saying, “She cannot be trusted.”',
    [['She cannot be trusted', 'Paul Novak']],
  ],
  [
    'a group is listed without the participle clause its mention carries',
    'An Israeli official, speaking on condition of anonymity, said the talks would resume.',
    [['the talks would resume', 'an Israeli official']],
  ],
  [
    'an organisation is listed without the relative clause its mention carries',
    'The Clinton campaign, which has been under fire for months, said the report was false.',
    [['the report was false', 'Clinton campaign']],
  ],
  [
    'a party-and-state label after a name is not the speaker',
    'Sen. Tom Roe, R-Ky., appearing on television after the speech, said the mayor had failed.',
    [['the mayor had failed', 'Tom Roe']],
  ],
  [
    'an abbreviated state in an apposition is not the speaker',
    'Ann Lee, a nurse from Dover, Del., said the plan would fail.',
    [['the plan would fail', 'Ann Lee']],
  ],
  [
    'a party-and-state label is not the end of an opening adverbial: the name before it is the subject',
    'Senate Majority Leader Tom Roe, R-Ky., delivered a blunt message: “It is time to stop.”',
    [['It is time to stop', 'Tom Roe']],
  ],
  [
    'a role phrase naming a state points to a holder of that role from that state, not to the last one named',
    'Ohio Gov. Tom Roe endorsed Ann Lee on Monday.\n\nAt a rally, Gov. Paul Novak, R-Fla., praised the endorsement. The Ohio governor said the race “is not over.”',
    [['is not over', 'Tom Roe']],
  ],
  [
    'of two coordinated names the first heads the speaker phrase',
    'Tom Roe and Ann Lee said the plan would fail.',
    [['the plan would fail', 'Tom Roe']],
  ],
  [
    'coordinated names before a noun modify it: the group speaks',
    'Roe and Lee supporters said the plan would fail.',
    [['the plan would fail', 'Roe and Lee supporters']],
  ],
  [
    'a title before “and” is not a name: two titles of one person',
    'Former Ohio Gov. and party Chairman Ann Lee said the plan would fail.',
    [['the plan would fail', 'Ann Lee']],
  ],
  [
    'a full name inside an apposition describes the person named before it',
    'Roe, an analyst for the firm Janney Ross Scott, said the plan would fail.',
    [['the plan would fail', 'Roe']],
  ],
  [
    'a role phrase with a name modifying it fits only a holder of that role there',
    'City Hall spokesman Tom Roe spoke on Monday.\n\nThe Northwind spokesman said the account was closed.',
    [['the account was closed', 'the Northwind spokesman']],
  ],
  [
    'a role holder named paragraphs back yields to the person the text is about now',
    'Gov. Ann Lee signed the budget in March.\n\nThe session ended late.\n\nThe vote was close.\n\nTom Roe defended his plan for the schools on Monday.\n\n“We will not back down,” the governor said.',
    [['We will not back down', 'Tom Roe']],
  ],
  [
    'a dateline opening the article is not the subject of its first sentence',
    'DENVER — Sen. Ann Lee (R-Colo.) on Tuesday shrugged off the ruling by the state court — a blow that has split the party all month — and said it was “a cheap stunt.”',
    [['a cheap stunt', 'Ann Lee']],
  ],
  [
    'after an opening adverbial, a contracted pronoun (“he’s”) is the subject',
    'Tom Roe ran for mayor in 2010. More recently, he’s spoken out against the new tax, calling it “a trap for families.”',
    [['a trap for families', 'Tom Roe']],
  ],
  [
    'an adverb and a participle open the sentence; the clause ends at an aside’s closing dash',
    'Quietly courting donors in the capital ― much as he did during the spring ― Tom Roe cast the blame on his rivals and stressed the danger that “reckless spending” poses.',
    [['reckless spending', 'Tom Roe']],
  ],
  [
    'a name ending in -ly before a past-tense verb is the subject, not an adverb',
    'Kelly responded pointedly, with a smile: “Can happen at any age.”',
    [['Can happen at any age', 'Kelly']],
  ],
  [
    'a person’s name with the place they represent (“of Ohio”) is the person, before an apposition naming another',
    '“We should fix it,” said Sen. Ann Lee of Ohio, the only senator to back Roe.',
    [['We should fix it', 'Ann Lee']],
  ],
  [
    'a relative clause without a comma is not part of the speaker’s name',
    '“It is a mess,” said Rep. Tom Dale who represents Green Bay.',
    [['It is a mess', 'Tom Dale']],
  ],
  [
    'an opening “Of X,” names whom the words are about, not the speaker',
    'Of Roe, Levine, who has given money to Tom Dale, said: “He is fine.”',
    [['He is fine', 'Levine']],
  ],
  [
    'of two coordinated names, the second with an affiliation, the first heads the mention',
    '“We found traces,” wrote analysts Ann Moss and Carl Berg of Boston’s Institute for Science and Global Affairs.',
    [['We found traces', 'Ann Moss']],
  ],
  [
    'a first name that is also a common noun (“Bill”) still opens a full name',
    'Ann Lee criticized the plan on Monday. “It will fail,” she said.\n\nBill Lee joined the rally later. “She is tough and she is ready,” the former governor said.',
    [['She is tough', 'Bill Lee']],
  ],
  [
    'a role qualified by “former” is not what a bare role phrase means',
    'Gov. Ann Lee signed the budget in March.\n\nFormer Gov. Tom Roe attended the signing.\n\n“We will not back down,” the governor said.',
    [['We will not back down', 'Ann Lee']],
  ],
  [
    'the document a verb of issuing puts out is not the speaker: that verb’s subject is',
    'Senator Ann Lee issued a statement on Tuesday saying that the bill would hurt small farms across the state.',
    [['the bill would hurt small farms', 'Ann Lee']],
  ],
  [
    'a letter sent by an organisation speaks for the organisation',
    'The Harbor Workers Union sent a letter on Friday saying that the new shift rules would cost hundreds of jobs.',
    [['the new shift rules would cost', 'Harbor Workers Union']],
  ],
  [
    'a nameless source made by someone named after “by” speaks through its maker',
    'Most shoppers plan to spend less this winter, according to a survey conducted last month by the Lakeside Consumer Institute.',
    [['Most shoppers plan to spend less', 'Lakeside Consumer Institute']],
  ],
  [
    'a source that is named itself keeps its name even with a maker after “by”',
    'According to a Harbor Times report published by the paper’s owners, the mill will close in the spring.',
    [['the mill will close', 'a Harbor Times report']],
  ],
  [
    'a relative clause running on over commas (“whose firm, Acme, makes …,”) is no apposition: the name before it speaks',
    'Mr. Gold, whose start-up, Zapline, uses drones to deliver mail, said the rules were “written for another century.”',
    [['written for another century', 'Gold']],
  ],
  [
    'an aside between the speaker and the verb (“for her part”, “in an interview”) is not part of the speaker',
    'Ann Lee, for her part, said the plan was “a gift to developers.”\n\nTom Roe, in a radio interview on Monday, said the tax was “a burden on every family.”',
    [['a gift to developers', 'Ann Lee'], ['a burden on every family', 'Tom Roe']],
  ],
  [
    'a time adjunct with its determiner (“last year”) between the speaker and the verb is skipped',
    'A report by the Lakeside Institute last year found that at least 4,000 homes were empty across the county.',
    [['homes were empty across the county', 'Lakeside Institute']],
  ],
  [
    'a group named after a person (“supporters of Ann Lee”) speaks, not the person',
    '“We will win this district,” supporters of Ann Lee said on Sunday.',
    [['We will win this district', 'supporters of Ann Lee']],
  ],
  [
    'a group named after a person with a title (“Aides to Ms. Lee”) speaks, not the person',
    'Aides to Ms. Lee said the tour would end in October.',
    [['the tour would end in October', 'Aides to Ms. Lee']],
  ],
  [
    'a group close to a person (“People close to Ann Lee”) speaks, not the person',
    'People close to Ann Lee said she was weighing a run for governor.',
    [['she was weighing a run for governor', 'People close to Ann Lee']],
  ],
  [
    'a capitalised group word joined to the name (“Supporters of Sen. Ann Lee”) is still the group',
    'Supporters of Sen. Ann Lee argued that the new map was unfair.',
    [['the new map was unfair', 'Supporters of Sen. Ann Lee']],
  ],
  [
    'a group named after a place speaks; an apposition describing the place names no speaker',
    'Officials in Ohio, the state next to Indiana, said the bridge would reopen in May.',
    [['the bridge would reopen in May', 'Officials in Ohio']],
  ],
  [
    'an apposition naming a person after the group phrase names the speaker',
    'An aide to Ms. Lee, Tom Roe, said the tour would end in October.',
    [['the tour would end in October', 'Tom Roe']],
  ],
  [
    'a state set apart after a city in an opening participle clause is not the subject',
    'Speaking at a diner in Dover, Delaware, Ann Lee went after Tom Roe, calling him “a tired man.”',
    [['a tired man', 'Ann Lee']],
  ],
  [
    'an opening adverbial runs past a place after a city and a time phrase',
    'At a rally in Reno, Nevada, on Friday, Ms. Ruiz defended her plan, saying that the city should lead.',
    [['the city should lead', 'Ruiz']],
  ],
  [
    'a state abbreviation after a city is not the subject',
    'In Salem, Ore., Ann Lee walked the picket line, promising to raise wages.',
    [['to raise wages', 'Ann Lee']],
  ],
  [
    'a person named after an opening place keeps the subject',
    'In St. Louis, Ann Paul, a teacher, said the school should reopen.',
    [['the school should reopen', 'Ann Paul']],
  ],
  [
    'a participle of the main clause does not take the speaker of a statement in the opening subordinate clause',
    'While the unions and their allies push for higher pay, Mr. Lee has courted voters by promising to cut fuel taxes.',
    [['to cut fuel taxes', 'Lee']],
  ],
  [
    'a pronoun opening the main clause stands for the person named at the head of the opening clause',
    'Ann Lee wrote about fuel in May.\n\n“We will sue,” said Dana Cole, the head of a farm group.\n\nSince Lee’s essay in May, she’s shifted to the left on energy, criticizing the pipeline and calling for a ban on drilling.',
    [['the pipeline', 'Ann Lee']],
  ],
  [
    'a pronoun after “As for X,” stands for X, not the previous speaker',
    'Tom Roe said the vote was rigged.\n\nAs for Jan Kowal, he said the plan would fail.',
    [['the plan would fail', 'Jan Kowal']],
  ],
  [
    'not when the opening clause points to someone else with a pronoun of the same gender',
    'Tom Roe said the vote was rigged.\n\nAfter Jan Kowal attacked him, he said the plan would fail.',
    [['the plan would fail', 'Tom Roe']],
  ],
  [
    'a surname stands for a full name that ends in a generational suffix',
    'Vice President Thomas R. Roe Jr. spoke in Ohio on Monday.\n\n“We will win,” Mr. Roe said.',
    [['We will win', 'Thomas R. Roe Jr.']],
  ],
  [
    'a role title before a one-word name gives that person the role a later role phrase refers to',
    'When President Okafor flew to Ohio last winter, he met the family of a jailed reporter.\n\nA year later, Mr. Okafor called the family. The reporter was free, the president told them.\n\nFormer President Jim Carr had tried the same in 1990.',
    [['The reporter was free', 'Okafor']],
  ],
  [
    'a candidate’s campaign is named after the candidate’s full name, however the article writes it',
    'Ann Lee spoke in Ohio on Monday.\n\nThe Lee campaign said the rally was a success. Lee’s campaign said it raised $2 million. Mrs. Lee\'s presidential campaign said it would appeal.',
    [['the rally was a success', 'Ann Lee campaign'], ['it raised $2 million', 'Ann Lee campaign'], ['it would appeal', 'Ann Lee campaign']],
  ],
  [
    'a campaign named after no person of the article keeps its own name',
    'The Clean Water campaign said the rally was a success.',
    [['the rally was a success', 'Clean Water campaign']],
  ],
  [
    'a named person coordinated with the people around them (“Lee and her aides”) speaks',
    'Ann Lee spoke on Monday.\n\nLee and her aides have insisted that the plan works. Roe and his lawyers said the case was weak.',
    [['the plan works', 'Ann Lee'], ['the case was weak', 'Roe']],
  ],
  [
    'a pronoun coordinated with the people around that person (“She and her aides”) is that pronoun',
    'Ann Lee spoke on Monday.\n\nShe and her aides have insisted that the plan works.',
    [['the plan works', 'Ann Lee']],
  ],
  [
    'a birthplace or base before a name (“Korean-born”, “Ohio-based”) is not part of the name',
    'Jan Kowal spoke on Monday.\n\n“It was hard,” Kowal said.\n\nSouth Korean-born Mina Holt holds little hope for a return. Adopted at 10, she says her family never filed the papers.\n\nOhio-based Tom Roe said the plan would fail.',
    [['her family never filed the papers', 'Mina Holt'], ['the plan would fail', 'Tom Roe']],
  ],
  [
    'a role phrase does not stand for a holder of the role named inside the statement itself',
    'Sen. Ann Lee spoke in Ohio on Monday.\n\nSen. Tom Roe is so reckless, the senator said, that he should not be trusted.',
    [['he should not be trusted', 'Ann Lee']],
  ],
];

describe('speaker resolution', () => {
  speakerTable(ROWS);
});

describe('speaker mention', () => {
  it('an aside between the speaker and the verb is left out of the mention', () => {
    const got = run('Ann Lee, for her part, said the plan was “a gift to developers.”');
    expect(got[0]?.speakerMention).toBe('Ann Lee');
  });
});
