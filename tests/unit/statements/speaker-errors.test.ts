/**
 * Speakers the engine used to get wrong, one row per rule: a short opening
 * adverbial before a sentence's subject, a name shaped like a participle, a
 * participle after a statement with no speaker, and an unnamed spokesperson
 * credited to the one spoken for. Every text here was written for these tests.
 */
import { describe } from 'vitest';
import { speakerTable, type SpeakerRow as Row } from './table.ts';

const ROWS: Row[] = [
  [
    'a name after a short time phrase ("Last year, Lee …") is the subject a later pronoun takes up',
    'Joe Biden spoke on Monday. Tom Roe also spoke.\n\nLast year, Biden weighed another run, but he ultimately decided that the time was not right.',
    [['the time was not right', 'Joe Biden']],
  ],
  [
    'a list of names opening a sentence is no time phrase',
    'Ann Lee spoke on Monday. Tom Roe also spoke.\n\nBack in May, Roe wrote a letter. He said that the letter was clear.',
    [['the letter was clear', 'Tom Roe']],
  ],
  [
    'a surname in -en before a past verb is a name, not a participle ("Kerpen needled …, saying")',
    'Phil Kerpen is an activist.\n\nKerpen needled the reporter, saying that reporters tweet on request.',
    [['reporters tweet on request', 'Phil Kerpen']],
  ],
  [
    'a participle opener in -en is still no subject ("Shaken by the vote, Lee said")',
    'Shaken by the vote, Ann Lee said the party would regroup.',
    [['the party would regroup', 'Ann Lee']],
  ],
  [
    'a participle after a statement with no speaker takes the sentence subject',
    'Tom Weaver ran the campaign.\n\nWeaver didn’t seem impressed with the remarks, telling reporters, “A lot of people want the governor to step down.”',
    [['A lot of people want the governor to step down', 'Tom Weaver']],
  ],
  [
    'an unnamed spokesman of a named person speaks for that person',
    'Prime Minister Ann Lee criticised Tom Roe last year. “I am a unifier,” Roe said on Monday.\n\nLee’s spokesman said the prime minister stood by her comments.',
    [['stood by her comments', 'Ann Lee']],
  ],
  [
    '"the spokesman" again: the same spokesman as just before',
    'Prime Minister Ann Lee criticised Tom Roe last year. “I am a unifier,” Roe said on Monday.\n\nThe prime minister’s spokesman said the prime minister stood by her comments. The spokesman added that the two would meet.',
    [
      ['stood by her comments', 'Ann Lee'],
      ['the two would meet', 'Ann Lee'],
    ],
  ],
  [
    'a spokeswoman for an organisation, then "the spokeswoman": the organisation both times',
    'Ships waited outside the port on Friday.\n\nA spokeswoman for the Acme Ports Authority said the harbor would reopen. The spokeswoman said the city agreed.',
    [
      ['the harbor would reopen', 'Acme Ports Authority'],
      ['the city agreed', 'Acme Ports Authority'],
    ],
  ],
  [
    'a spokesman named by the article is the speaker, not the one he speaks for',
    'Ann Lee’s spokesman, Bill Ray, said the city agreed. Later, Lee’s spokesman said the talks would go on.',
    [
      ['the city agreed', 'Bill Ray'],
      ['the talks would go on', 'Bill Ray'],
    ],
  ],
  [
    '"the official" after "a senior official" said something: that official, not the person named before',
    'Ann Lee and Tom Roe met on Monday. Lee said that the talks went well.\n\nA senior law enforcement official familiar with the inquiry said that charges were unlikely. The official, who spoke on condition of anonymity, said that investigators were still at work.',
    [['investigators were still at work', 'a senior law enforcement official familiar with the inquiry']],
  ],
  [
    'a role of one gender does not fall back on the last speaker of the other ("the businessman" after a woman spoke)',
    'Ann Lee spoke in Ohio on Monday. “We will win,” Lee said.\n\n“She has no plan,” the Texas businessman said.',
    [['She has no plan', 'the Texas businessman']],
  ],
  [
    'a title-case headline is no person, and a day\'s name opening a sentence is no subject',
    'Lee Acceptance Speech Praised By Tom Roe\n\nOn Thursday evening Ann Lee gave her acceptance speech as the nominee.\n\n“We can trust the people,” said the Democratic nominee.',
    [['We can trust the people', 'Ann Lee']],
  ],
  [
    'a pronoun is not the person its own verb addresses ("She asked Roe …")',
    'Ann Lee hosted the show. Maria Roe runs the clinic.\n\n“We are busy,” said Roe.\n\nAnd as Lee pointed out, the rulings have a lasting impact on women. She asked Roe what impact she had seen.',
    [['what impact she had seen', 'Ann Lee']],
  ],
  [
    'a role phrase whose last holder is not named in its paragraph means the subject of an earlier sentence there',
    'Sen. Tom Roe of Vermont spoke first. Sen. Bill Lee of Ohio spoke later.\n\n“The race is close,” Roe said.\n\nBill Ray, who leads the caucus, stopped by his campaign office. Walking into the office, the senator said his campaign was closing strong.',
    [['his campaign was closing strong', 'Bill Ray']],
  ],
  [
    'a name in the role phrase\'s own sentence is not the one meant',
    'Vice President Joe Biden spoke in Ohio.\n\n“We will win,” Biden said.\n\nTom Roe is so reckless, the vice president said, that he should not be trusted.',
    [['he should not be trusted', 'Joe Biden']],
  ],
];

describe('speaker errors', () => {
  speakerTable(ROWS);
});
