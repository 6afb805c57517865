/**
 * Where a reported content ends when the sentence runs on past it: a dash
 * that opens no pair before the writer's comment, a further act or a clause
 * of its own ends the content, while a pair of dashes around an aside and a
 * dash before an elaboration ("— including …") stay in it. Every text here was
 * written for these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('a lone dash after the content', () => {
  table([
    ['— a noun with a relative clause: the writer’s comment', 'Nora Vance said the ferry would keep running — a promise that few sailors believe.', [
      { kind: 'indirect', text: 'the ferry would keep running', speaker: 'Nora Vance', cue: 'said' },
    ]],
    ['-- something NP VERB: a bare relative clause', 'Nora Vance said the harbor fees were too high -- something her rivals deny.', [
      { kind: 'indirect', text: 'the harbor fees were too high', speaker: 'Nora Vance', cue: 'said' },
    ]],
    ['- and a clause of its own', 'Tom Lee argued that the bridge was unsafe - and the council closed it a week later.', [
      { kind: 'indirect', text: 'the bridge was unsafe', speaker: 'Tom Lee', cue: 'argued' },
    ]],
    ['— a participle of a further act', 'Tom Lee praised the new budget — saying it would fix the roads.', [
      { kind: 'indirect', text: 'the new budget', speaker: 'Tom Lee', cue: 'praised' },
      { kind: 'indirect', text: 'it would fix the roads', speaker: 'Tom Lee', cue: 'saying' },
    ]],
    ['— including …: an elaboration stays in the content', 'Nora Vance said the plan had several flaws — including its cost.', [
      { kind: 'indirect', text: 'the plan had several flaws — including its cost', speaker: 'Nora Vance', cue: 'said' },
    ]],
    ['a pair of dashes around an aside stays in the content', 'Nora Vance said that Ann Berg — her deputy since May — would run the port.', [
      { kind: 'indirect', text: 'Ann Berg — her deputy since May — would run the port', speaker: 'Nora Vance', cue: 'said' },
    ]],
  ]);
});

describe('a participle set off inside the subject', () => {
  table([
    ['NP, saying C, VERB …: the content ends before the sentence’s verb', 'The mayor, saying the ferry was safe, has refused to close it.', [
      { kind: 'indirect', text: 'the ferry was safe', speaker: 'the mayor', cue: 'saying' },
    ]],
  ]);
});

describe('the quoted title of a work after the attribution', () => {
  table([
    ['C, X said in his book, “Title.”: the clause before is reported', 'The harbor will silt up within a decade, Tom Lee wrote in his book, “Low Water.”', [
      { kind: 'indirect', text: 'The harbor will silt up within a decade', speaker: 'Tom Lee', cue: 'wrote' },
    ]],
  ]);
});

describe('a coordinated clause of its own after the content', () => {
  table([
    [', and NP VERB …: the writer’s next clause', 'Nora Vance said the ferry would keep running, and the council approved its sale a week later.', [
      { kind: 'indirect', text: 'the ferry would keep running', speaker: 'Nora Vance', cue: 'said' },
    ]],
    [', but NP VERB …: a contrast in the writer’s words', 'Tom Lee argued that the bridge was safe, but engineers closed it in March.', [
      { kind: 'indirect', text: 'the bridge was safe', speaker: 'Tom Lee', cue: 'argued' },
    ]],
    [', and that …: the report goes on', 'Tom Lee said the bridge was safe, and that the council would keep it open.', [
      { kind: 'indirect', text: 'the bridge was safe, and that the council would keep it open', speaker: 'Tom Lee', cue: 'said' },
    ]],
    ['A, but B, X said: one attribution closes both clauses', 'The bridge was safe, but the council closed it anyway, Tom Lee said.', [
      { kind: 'indirect', text: 'The bridge was safe, but the council closed it anyway', speaker: 'Tom Lee', cue: 'said' },
    ]],
  ]);
});

describe('the event that prompted the words, after an object content', () => {
  table([
    ['demanded NP after S V: the writer’s frame', 'Nora Vance demanded a full inquiry after the ferry ran aground in March.', [
      { kind: 'indirect', text: 'a full inquiry', speaker: 'Nora Vance', cue: 'demanded' },
    ]],
    ['urged NP to V after S V: the same after an infinitive', 'Tom Lee urged the council to close the bridge after the engineers found two cracks.', [
      { kind: 'indirect', text: 'the council to close the bridge', speaker: 'Tom Lee', cue: 'urged' },
    ]],
    ['said S would V after S2 V2: a clause content keeps its own time clause', 'Tom Lee said the bridge would reopen after the engineers finished their work.', [
      { kind: 'indirect', text: 'the bridge would reopen after the engineers finished their work', speaker: 'Tom Lee', cue: 'said' },
    ]],
  ]);
});

describe('the subject’s next act after an object content', () => {
  table([
    ['praised NP and went right back …: a past verb before an adverb', 'Tom Lee praised the new budget and went right back to his office.', [
      { kind: 'indirect', text: 'the new budget', speaker: 'Tom Lee', cue: 'praised' },
    ]],
  ]);
});

describe('", while" and a participle of speaking', () => {
  table([
    [', while stressing …: a second act of speaking', 'Nora Vance said the council would back the plan, while stressing that no vote had been taken.', [
      { kind: 'indirect', text: 'the council would back the plan', speaker: 'Nora Vance', cue: 'said' },
      { kind: 'indirect', text: 'no vote had been taken', speaker: 'Nora Vance', cue: 'stressing' },
    ]],
    [', while cutting …: the content’s own adjunct stays', 'Nora Vance said the council would keep the ferry, while cutting its winter runs.', [
      { kind: 'indirect', text: 'the council would keep the ferry, while cutting its winter runs', speaker: 'Nora Vance', cue: 'said' },
    ]],
  ]);
});
