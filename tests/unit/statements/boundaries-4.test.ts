/**
 * Where a reported content starts and ends when a second report follows it in the same sentence or
 * an abbreviation holds a sentence's full stop: the content of the first cue stops before the second
 * speaker's clause, which is a statement of its own. Every text here was written for these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('a second report after a short adjunct', () => {
  table([
    [', at a meeting this week SUBJ said: a new report', 'Nora Vance admitted the ferry plan was a mistake, at a meeting this week she said it was never a failure.', [
      { kind: 'indirect', text: 'the ferry plan was a mistake', speaker: 'Nora Vance', cue: 'admitted' },
      { kind: 'indirect', text: 'it was never a failure', speaker: 'Nora Vance', cue: 'said', mention: 'she' },
    ]],
    [', on Friday SUBJ said: a new report', 'Tom Lee said the harbor budget had been cut, on Friday he said the council would restore it.', [
      { kind: 'indirect', text: 'the harbor budget had been cut', speaker: 'Tom Lee', cue: 'said' },
      { kind: 'indirect', text: 'the council would restore it', speaker: 'Tom Lee', cue: 'said', mention: 'he' },
    ]],
    ['quoted words with their comma, then an adjunct and a new report', 'Tom Lee boasted that he had beaten "the old guard," on Monday night he said the party still faced "a long fight" in the fall.', [
      { kind: 'partial', text: 'he had beaten "the old guard,"', speaker: 'Tom Lee', cue: 'boasted' },
      { kind: 'partial', text: 'the party still faced "a long fight" in the fall', speaker: 'Tom Lee', cue: 'said', mention: 'he' },
    ]],
    ['…, but late Saturday SUBJ said: a new report after a coordinator and an adjunct', 'Tom Lee defended the ferry plan, but late Saturday he announced he would back a repeal of the harbor law.', [
      { kind: 'indirect', text: 'the ferry plan', speaker: 'Tom Lee', cue: 'defended' },
      { kind: 'indirect', text: 'he would back a repeal of the harbor law', speaker: 'Tom Lee', cue: 'announced', mention: 'he' },
    ]],
    ['declined to comment and NP later said: a new report after a short infinitive', 'Nora Vance declined to comment and harbor officials later said the ferry report was never finished.', [
      { kind: 'indirect', text: 'the ferry report was never finished', speaker: 'harbor officials', cue: 'said' },
    ]],
    ['an adjunct of the content itself stays in it', 'Nora Vance said the ferry would run again, at least on weekends.', [
      { kind: 'indirect', text: 'the ferry would run again, at least on weekends', speaker: 'Nora Vance', cue: 'said' },
    ]],
  ]);
});

describe('a pronoun and a past verb of judgement after a clause content', () => {
  table([
    ['… and she accused X of …: the subject’s next act', 'Nora Vance said thieves had broken into the harbor office and she accused Tom Lee of helping them.', [
      { kind: 'indirect', text: 'thieves had broken into the harbor office', speaker: 'Nora Vance', cue: 'said' },
      { kind: 'indirect', text: 'Tom Lee of helping them', speaker: 'Nora Vance', cue: 'accused' },
    ]],
    ['… and they need …: a clause of the content goes on', 'Nora Vance said the harbor is broken and they need a new plan for it.', [
      { kind: 'indirect', text: 'the harbor is broken and they need a new plan for it', speaker: 'Nora Vance', cue: 'said' },
    ]],
  ]);
});

describe('a participle of speaking after "by", "before" or "after"', () => {
  table([
    ['defended OBJ by citing …: the content ends before the next act', 'Tom Lee defended his plan to close the harbor by citing a report from the city council.', [
      { kind: 'indirect', text: 'his plan to close the harbor', speaker: 'Tom Lee', cue: 'defended' },
      // (the gerund after "by" reports what the subject cited: modal-questions-and-talking-gerunds.test.ts)
      { kind: 'indirect', text: 'a report from the city council', speaker: 'Tom Lee', cue: 'citing' },
    ]],
    ['praised OBJ before claiming that …: a statement of its own (the medium closing the object is cut, as in boundaries-3)', 'Nora Vance praised the ferry crews on Twitter before claiming that the bridge was "a disaster."', [
      { kind: 'indirect', text: 'the ferry crews', speaker: 'Nora Vance', cue: 'praised' },
      { kind: 'partial', text: 'the bridge was "a disaster."', speaker: 'Nora Vance', cue: 'claiming' },
    ]],
    ['a clause content keeps its own "by …"', 'Nora Vance said the council expects Tom Lee to join the debate by calling out the mayor.', [
      { kind: 'indirect', text: 'the council expects Tom Lee to join the debate by calling out the mayor', speaker: 'Nora Vance', cue: 'said' },
    ]],
  ]);
});

describe('a spaced hyphen written for a dash', () => {
  table([
    ['- an aside - critics say: a new report', 'Some neighbors say the mayor would sleep better if he walked more - an old habit - critics say he has never looked fitter.', [
      { kind: 'indirect', text: 'the mayor would sleep better if he walked more - an old habit', speaker: 'some neighbors', cue: 'say' },
      { kind: 'indirect', text: 'he has never looked fitter', speaker: 'critics', cue: 'say' },
    ]],
    ['- and a noun phrase - to …: no new report', 'It will be up to the next mayor - and dozens of council members - to keep the ferry running, Nora Vance said.', [
      { kind: 'indirect', text: 'It will be up to the next mayor - and dozens of council members - to keep the ferry running', speaker: 'Nora Vance', cue: 'said' },
    ]],
  ]);
});

describe('an abbreviation that ends its sentence', () => {
  table([
    ['U.S. He says …: two sentences', 'Nora Vance says the governor is hiding his record on trade with the U.S. She says voters want "real answers, not slogans."', [
      { kind: 'indirect', text: 'the governor is hiding his record on trade with the U.S.', speaker: 'Nora Vance', cue: 'says' },
      { kind: 'partial', text: 'voters want "real answers, not slogans."', speaker: 'Nora Vance', cue: 'says' },
    ]],
    ['p.m. He said …: two sentences', 'Tom Lee said he would wait for the count after the booths shut at 8 p.m. He said the ferry vote was "too close to call."', [
      { kind: 'indirect', text: 'he would wait for the count after the booths shut at 8 p.m.', speaker: 'Tom Lee', cue: 'said' },
      { kind: 'partial', text: 'the ferry vote was "too close to call."', speaker: 'Tom Lee', cue: 'said' },
    ]],
    ['U.S. News: no break inside a name', 'Tom Lee said the U.S. News ranking of the harbor school was unfair.', [
      { kind: 'indirect', text: 'the U.S. News ranking of the harbor school was unfair', speaker: 'Tom Lee', cue: 'said' },
    ]],
  ]);
});

describe('a time adjunct before a subject pronoun', () => {
  table([
    ['On Tuesday night he said: the mention is the pronoun', 'Tom Lee spoke at the harbor. On Tuesday night he said the ferry would keep running.', [
      { kind: 'indirect', text: 'the ferry would keep running', speaker: 'Tom Lee', cue: 'said', mention: 'he' },
    ]],
  ]);
});
