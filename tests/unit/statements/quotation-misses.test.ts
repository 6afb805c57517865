/**
 * Quotations the engine used to miss or cut badly: a quotation opening the
 * clause after a noun of speech ("her remark that “Q”"), quoted words that hold
 * the clause's verb ("his claim that the port “is finished”"), a comma inside
 * the closing mark that ends a clause before a report of its own, and a double
 * quotation closed by a single mark (“Q.’). Every text here was written for
 * these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('a quotation in the clause after a noun of speech', () => {
  table([
    ['over her remark that “Q”: the possessor speaks', 'Nora Vance drew fire last spring. Rivals pounced on her remark that “the ferry is finished for good.”', [
      { kind: 'direct', text: 'the ferry is finished for good.', speaker: 'Nora Vance', cue: 'remark', mention: 'her' },
    ]],
    ['a role with "of" before the name keeps the name the subject: "her" is that person', 'Nora Berg has many famous backers.\n\nFormer US secretary of state Ann Lowe, a Berg backer, drew fire over her remark that “there is a special place for people who do not help.”', [
      { kind: 'direct', text: 'there is a special place for people who do not help.', speaker: 'Ann Lowe', cue: 'remark', mention: 'her' },
    ]],
    ['Name’s comment that NP “verb …” tail: quoted words hold the verb', 'Rivals pounced on Tom Berg’s comment that the ferry “is finished” for good.', [
      { kind: 'partial', text: 'the ferry “is finished” for good', speaker: 'Tom Berg', cue: 'comment' },
    ]],
    ['and claims that “Q”: no possessor, no noun reading', 'The flyer hits the mayor for her votes and claims that “the ferry is finished for good.”', []],
    ['a comment that drew fire: a relative clause reports nothing', 'Nora Vance made a comment that drew fire.', []],
  ]);
});

describe('a comma inside the closing mark ends the clause', () => {
  table([
    ['described NP as “Q,” which …: the writer’s aside after the quotation', 'Tom Berg described the levy as “a tax on hope,” which is what critics have long called it.', [
      { kind: 'partial', text: 'the levy as “a tax on hope,”', speaker: 'Tom Berg', cue: 'described' },
    ]],
  ]);
});

describe('a double quotation closed by a single mark', () => {
  table([
    ['X tweeted: “Q.’ Next sentence: the quotation ends at the single mark', 'Nora Vance tweeted: “We will win this one.’ She was at the rally on Monday.', [
      { kind: 'direct', text: 'We will win this one.', speaker: 'Nora Vance', cue: 'tweeted' },
    ]],
    ['a single quotation inside keeps its own close', 'Nora Vance said: “They told me ‘no way.’ So I left.”', [
      { kind: 'direct', text: 'They told me ‘no way.’ So I left.', speaker: 'Nora Vance', cue: 'said' },
    ]],
  ]);
});

describe('a verb of manner before the quotation', () => {
  table([
    ['Name shot back, “Q”', 'Nora Vance shot back, “I chose to serve, not to sit.”', [
      { kind: 'direct', text: 'I chose to serve, not to sit.', speaker: 'Nora Vance', cue: 'shot back' },
    ]],
    ['Name writes back, “Q”', 'Nora Vance writes back, “You look great.”', [
      { kind: 'direct', text: 'You look great.', speaker: 'Nora Vance', cue: 'writes back' },
    ]],
    ['Name interjected, “Q,” which …: a relative after the quotation', 'Tom Berg interjected, “Ladies and gentlemen, the band,” which then played a song.', [
      { kind: 'direct', text: 'Ladies and gentlemen, the band,', speaker: 'Tom Berg', cue: 'interjected' },
    ]],
    ['a clause before the verb is no speaker', 'In the end the council voted, “Yes to the ferry.”', []],
  ]);
});

describe('a participle after the quotation’s comma', () => {
  table([
    ['X joked, “Q,” drawing jeers: the quotation ends its clause', 'Tom Berg joked, “You are all being very silly,” drawing loud jeers.', [
      { kind: 'direct', text: 'You are all being very silly,', speaker: 'Tom Berg', cue: 'joked' },
    ]],
  ]);
});

describe('a quotation after "that" following a noun, an adjunct or a copula', () => {
  table([
    ['her assertion during the debate that “Q” tail', 'Nora Vance spoke last. Critics seized on her assertion during the debate that “we are finally where we need to be” on the ferry.', [
      { kind: 'partial', text: '“we are finally where we need to be” on the ferry', speaker: 'Nora Vance', cue: 'assertion', mention: 'her' },
    ]],
    ['Her argument was that “Q”', 'Nora Vance spoke last. Her argument was that “the family comes first.”', [
      { kind: 'direct', text: 'the family comes first.', speaker: 'Nora Vance', cue: 'argument', mention: 'Her' },
    ]],
  ]);
});

describe('a comma inside the closing mark of a that-clause', () => {
  table([
    ['stressed that “Q,” suggesting C: the participle starts the next statement', 'Tom Berg stressed that “the way forward is to get both parties working together,” suggesting a vote soon.', [
      { kind: 'direct', text: 'the way forward is to get both parties working together,', speaker: 'Tom Berg', cue: 'stressed' },
      { kind: 'indirect', text: 'a vote soon', speaker: 'Tom Berg', cue: 'suggesting' },
    ]],
    ['claimed that “Q,” NP said C: a report of its own after the quoted comma', 'Even as Tom Berg claimed on Tuesday that “the port got a raw deal,” one of the officials said the cases differ.', [
      { kind: 'direct', text: 'the port got a raw deal,', speaker: 'Tom Berg', cue: 'claimed' },
      { kind: 'indirect', text: 'the cases differ', cue: 'said', mention: 'one of the officials' },
    ]],
    ['said that “Title,” a show …, and “Title” were …: an apposition after a quoted subject goes on', 'The station said that “Ferry Tales,” a show that began in 1999, and “Harbor Lights” were among its most popular shows.', [
      { kind: 'partial', text: '“Ferry Tales,” a show that began in 1999, and “Harbor Lights” were among its most popular shows', cue: 'said' },
    ]],
    ['said NP “Q,” NP said C', 'Tom Berg said the port “got a raw deal,” the officials said the cases differ.', [
      { kind: 'partial', text: 'the port “got a raw deal,”', speaker: 'Tom Berg', cue: 'said' },
      { kind: 'indirect', text: 'the cases differ', cue: 'said', mention: 'the officials' },
    ]],
  ]);
});

describe('quoted words as the object of a verb of using words', () => {
  table([
    ['When X used the words, “Q,” …', 'When Tom Berg used the words, “I am not there yet,” he was echoing the mayor.', [
      { kind: 'direct', text: 'I am not there yet,', speaker: 'Tom Berg', cue: 'used the words' },
      { kind: 'indirect', text: 'the mayor', cue: 'echoing' },
    ]],
    ['X has coined a new phrase, “Q,” to …', 'Nora Vance has coined a new phrase, “ferry first,” to describe her plan.', [
      { kind: 'direct', text: 'ferry first,', speaker: 'Nora Vance', cue: 'coined a new phrase' },
    ]],
    ['X ran on the slogan “Q” in YEAR', 'Tom Berg ran on the slogan “Experience Counts” in 1990 after two terms.', [
      { kind: 'direct', text: 'Experience Counts', speaker: 'Tom Berg', cue: 'ran on the slogan' },
    ]],
    ['his refusal to use the words “Q”: no use is reported by the infinitive', 'Nora Vance defended his refusal to use the words “ferry terror” at the rally.', [
      { kind: 'partial', text: 'his refusal to use the words “ferry terror”', speaker: 'Nora Vance', cue: 'defended' },
    ]],
  ]);
});
