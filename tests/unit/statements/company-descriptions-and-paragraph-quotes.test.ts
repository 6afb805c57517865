/**
 * A definite description of a company ("the company", "the firm", "the thrift", "the Dover maker
 * of valves", "the valve concern") refers back to a company the article has named: first
 * one named before it in its own sentence, then the subject of a sentence before it in its
 * paragraph, then a company opening a sentence in the two paragraphs before, then the company
 * named most often so far. With no company named before it, the description stays as it was.
 * Every text here was written for these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('"the company" refers back to the company the article named', () => {
  table([
    ['"The company said" after the full name with a corporate word', 'Quillmoor Textiles Inc. said it would close a mill in Ashby.\n\nThe company said the mill had lost money for three years.', [
      { kind: 'indirect', text: 'it would close a mill in Ashby', speaker: 'Quillmoor Textiles Inc.', type: 'organisation' },
      { kind: 'indirect', text: 'the mill had lost money for three years', speaker: 'Quillmoor Textiles Inc.', type: 'organisation', mention: 'The company' },
    ]],
    ['"C, the company said": a comma-framed report', 'Bramwell Foods Corp. posted a loss. The loss reflected a plant closing in the spring, the company said.', [
      { kind: 'indirect', text: 'The loss reflected a plant closing in the spring', speaker: 'Bramwell Foods Corp.', type: 'organisation' },
    ]],
    ['"the firm", "the thrift", "the truck maker"', 'Tarrow Savings Financial Inc. lost $4 million in the quarter. The thrift said it would sell branches.', [
      { kind: 'indirect', text: 'it would sell branches', speaker: 'Tarrow Savings Financial Inc.', type: 'organisation', mention: 'The thrift' },
    ]],
    ['a description with a town and its state', 'Dunstall Valve Co. raised its dividend. The Harlow, Ohio, maker of valves and pumps said orders were strong.', [
      { kind: 'indirect', text: 'orders were strong', speaker: 'Dunstall Valve Co.', type: 'organisation' },
    ]],
    ['the company the article names most, not another firm named in passing', 'Garrick Mills Inc. said it expects a loss. Garrick Mills sold its paper unit to Fenwick Paper Co. last year.\n\nGarrick Mills also cut its dividend in June.\n\nThe company said sales fell 5% in the quarter.', [
      { kind: 'indirect', text: 'it expects a loss', speaker: 'Garrick Mills Inc.' },
      { kind: 'indirect', text: 'sales fell 5% in the quarter', speaker: 'Garrick Mills Inc.', type: 'organisation' },
    ]],
    ['a company named in the statement itself does not count', 'Corlan Systems Inc. makes disk drives. It owns the Pellow unit.\n\nPellow Labs Inc. will stay in the group, the company said.', [
      { kind: 'indirect', text: 'Pellow Labs Inc. will stay in the group', speaker: 'Corlan Systems Inc.', type: 'organisation' },
    ]],
  ]);
});

describe('the nearest company before the description wins over the most named one', () => {
  table([
    ['the subject of the sentence before, in a market report', 'Hexley Corp. rose 2 to 41. Hexley Corp. shares had fallen for weeks.\n\nMarbury eased 1/8 to 31. The chip concern said shipments of its new chip would resume soon.', [
      { kind: 'indirect', text: 'shipments of its new chip would resume soon', speaker: 'Marbury', type: 'organisation' },
    ]],
    ['a company named earlier in the same sentence', 'Orvane Aircraft Inc. and Telby Aerospace Corp. both bid for the contract. The panel picked Telby, with the planemaker promising 9,000 new jobs in Kent.', [
      { kind: 'indirect', text: '9,000 new jobs in Kent', speaker: 'Telby Aerospace Corp.', type: 'organisation' },
    ]],
    ['a company opening a sentence in the paragraph before', 'Ralvern Steel Corp. reported lower profit. Ralvern Steel Corp. shares fell.\n\nHadley Group Inc. owns half of a steel mill.\n\nHadley Group Inc. stock closed at $15.\n\nIts drug unit improved, the company noted.', [
      { kind: 'indirect', text: 'Its drug unit improved', speaker: 'Hadley Group Inc.', type: 'organisation' },
    ]],
  ]);
});

describe('what stays as it was', () => {
  table([
    ['no company named before it: the description stays', 'The company said it would hire 300 workers in Norbury.', [
      { kind: 'indirect', text: 'it would hire 300 workers in Norbury', speaker: 'company', type: 'organisation' },
    ]],
    ['a public body is no company ("the Federal Reserve")', 'The Federal Reserve held rates steady. The company said it could not repay investors.', [
      { kind: 'indirect', text: 'it could not repay investors', speaker: 'company' },
    ]],
    ['a time word opening the sentence is no company', 'Late last week, the company said it would cut 40 jobs.', [
      { kind: 'indirect', text: 'it would cut 40 jobs', speaker: 'company' },
    ]],
    ['a person\'s surname opening a sentence is no company', 'Tomas Vellard worked for Brightwater Freight for eight years.\n\nVellard was a passenger on the plane. The company confirmed that he had been on board.', [
      { kind: 'indirect', text: 'he had been on board', speaker: 'company' },
    ]],
    ['a plural description ("the companies") is not one company', 'Pemberly Corp. and Astley Inc. agreed to merge. The companies said the deal would close in May.', [
      { kind: 'indirect', text: 'to merge' },
      { kind: 'indirect', text: 'the deal would close in May', speaker: 'the companies', type: 'anonymous' },
    ]],
    ['a name with a possessive inside is no company ("Japan\'s Nikkei")', "Norway's Index 350 fell sharply. The company announced it could not pay its lenders.", [
      { kind: 'indirect', text: 'it could not pay its lenders', speaker: 'company' },
    ]],
  ]);
});

describe('a quotation left open at the end of its paragraph that closes in the next with no opening mark', () => {
  table([
    ['“P1¶P2,” X said: one quotation over both paragraphs', '"We had a very hard year at the plant in Tansley.\n\nBut the new line will change that for all of us," said Ann Colby, the plant manager.', [
      { kind: 'direct', text: 'We had a very hard year at the plant in Tansley. … But the new line will change that for all of us,', speaker: 'Ann Colby' },
    ]],
    ['X said “P1¶P2.”: the open quotation goes on to the closing mark', 'Pell Marrick, the union leader, said "Our members voted for the strike by a wide margin.\n\nThey will stay out until the talks resume."\n\nThe company made no comment.', [
      { kind: 'direct', text: 'Our members voted for the strike by a wide margin. … They will stay out until the talks resume.', speaker: 'Pell Marrick' },
    ]],
    ['a measure in inches is no closing mark', 'Dara Kell said "The new boat is the fastest we have built so far.\n\nThe hull is 6\'3" deep at the stern, the yard says.', [
      { kind: 'direct', text: 'The new boat is the fastest we have built so far.', speaker: 'Dara Kell' },
    ]],
    ['with no quotation left open before, a lone closing mark quotes nothing', 'The mayor spoke for an hour.\n\nThe crowd cheered loudly at the end of the speech."', []],
  ]);
});
