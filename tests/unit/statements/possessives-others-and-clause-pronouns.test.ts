/**
 * Speaker resolution, another round: a pronoun after a noun of speech that
 * an earlier sentence's subject talked about, a pronoun inside the clause of
 * the person it stands for, names that look like a group's or a thing's, a
 * person coordinated with "others", "its" and "their" before a noun of speech,
 * and a role of serving a named person. Every text here was written for these
 * tests.
 */
import { describe } from 'vitest';
import { speakerTable, type SpeakerRow as Row } from './table.ts';

const ROWS: Row[] = [
  // a possessive inside an earlier sentence names a topic, not who "he" picks up
  [
    'a pronoun after a sentence whose subject scoffed at another’s claim: the subject',
    'Farmers deserve a fair price, Dan Hollis told the crowd in Ames.\n\nEchoing his speech of last month, Hollis scoffed at Tom Barker’s claim to understand rural towns.\n\n“It is pure fiction,” he said.',
    [['to understand rural towns', 'Tom Barker'], ['It is pure fiction', 'Dan Hollis']],
  ],
  [
    'a possessive in the pronoun’s own sentence is still who it picks up',
    'Ted Marsh spoke on Friday.\n\nThe paper covered Gil Ortega’s claim that taxes were too high, and he added that rents were too.',
    [['taxes were too high', 'Gil Ortega'], ['rents were too', 'Gil Ortega']],
  ],
  [
    'a possessive opening the sentence is its subject, and the pronoun picks it up',
    'Ned Farley spoke on Friday.\n\nLena Voss’s criticism of the budget was sharp.\n\n“Nobody read it,” she said.',
    [['Nobody read it', 'Lena Voss']],
  ],
  // a pronoun inside a clause whose subject is no person: the person named before it in that clause
  [
    'a possessive pronoun after the object of a clause whose subject is no person',
    'Paul Grady said the vote was rigged.\n\nThe floods have not persuaded Sam Ortiz to drop his opposition to the levy.',
    [['the levy', 'Sam Ortiz']],
  ],
  [
    'a pronoun in a clause after a person named as an object',
    'Carl Hume praised the plan on Monday.\n\nThe delay angered Rick Dahl, and he warned that the bridge would close.',
    [['the bridge would close', 'Rick Dahl']],
  ],
  [
    'not when the clause’s subject is a role phrase: the role phrase’s person goes on',
    'Gov. Nate Pruitt met Ray Lund on Monday.\n\nThe governor gave Lund some credit, saying he had run a clean race, but he warned that the deficit would grow.',
    [['the deficit would grow', 'Nate Pruitt']],
  ],
  [
    'not when the pronoun opens the main clause after an adverbial naming someone',
    'Ray Hobbs spoke at the mill.\n\nAfter a visit with Kurt Lane, he said that the plant would stay open.',
    [['the plant would stay open', 'Ray Hobbs']],
  ],
  [
    'a subject named before the object is the one a later pronoun of the clause picks up',
    'Ann Pike met reporters.\n\nTom Roth told Bill Yates that he would run again.',
    [['he would run again', 'Tom Roth']],
  ],
  // a name that looks like a thing's is not what "she" stands for
  [
    'a capitalised pair of words the article also writes in lower case is no antecedent of a pronoun',
    'Rosa Teller runs the network’s crisis desk.\n\nEarlier this year, Rosa Teller said the desk would grow. On Sunday, Safety Check went live for the safety of users in the city, and people could check on friends. The tool was busy all night, she said.',
    [['busy all night', 'Rosa Teller']],
  ],
  [
    'a name whose first word is a common word but whose surname is not stays a person',
    'Marty Small chairs the council.\n\nSmall said the budget was small but fair. The rules were changed in May, he added.',
    [['The rules were changed', 'Marty Small']],
  ],
  // a person and "others"
  [
    'a named person and other people like them: the person speaks',
    'Tom Wardle runs a security firm in Reno.\n\nBut Wardle and other network analysts concede that the attack would be novel.',
    [['the attack would be novel', 'Tom Wardle']],
  ],
  [
    'a titled name and other leaders',
    'Since May, Mr. Okoro and other leaders have said that the tariffs must go.',
    [['the tariffs must go', 'Okoro']],
  ],
  [
    'a known person and others',
    'Greta Lind, 31, came with her son.\n\nLind and others said that the rally had been worth the drive.',
    [['worth the drive', 'Greta Lind']],
  ],
  [
    'a pronoun and other rivals: the one the pronoun stands for',
    'Gus Varga lost the first vote.\n\nEarly on, he and other rivals complained that the party had limited the debates.',
    [['limited the debates', 'Gus Varga']],
  ],
  [
    'not a plural noun opening the sentence and "others": no one is named',
    'Investors and others said that the merger was rushed.',
    [['the merger was rushed', 'Investors and others']],
  ],
  // a possessive pronoun with a noun of speech, no statement before it: the subject opening its sentence
  [
    'an organisation opening the sentence is who "its" stands for',
    'The Brill Institute stood firm in its opposition to the dam.',
    [['the dam', 'Brill Institute']],
  ],
  [
    'a plural group opening the sentence is who "their" stands for',
    'The dairy farmers have been sharp in their criticism of the new levy.',
    [['the new levy', 'the dairy farmers']],
  ],
  // a role of serving a person named among its modifiers
  [
    'an adviser of a named person is not the last one who spoke',
    'Committee Chairman Rob Wicklow said he expects Dunn to play a major role.\n\n“We are ready,” the senior Dunn adviser said.',
    [['We are ready', 'the senior Dunn adviser']],
  ],
  [
    'a role with no name among its modifiers still takes the last speaker',
    'Rob Wicklow, the committee’s senior adviser, spoke on Monday.\n\n“We are ready,” the senior adviser said.',
    [['We are ready', 'Rob Wicklow']],
  ],
];

describe('speaker resolution, another round', () => {
  speakerTable(ROWS);
});
