/**
 * Content boundaries: after a reported content, a participle of result (", putting …", ", meaning …")
 * and a relative clause on part of a set (", both of whom …", ", some of which …") are the writer's
 * gloss, like ", which …", and end the content. Inside an aside before the clause's verb the
 * participle stays. Every text here was written for these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('a participle of result or a partitive relative clause ends the content', () => {
  table([
    ['said A, putting …', 'Mayor Dana Whitcombe said the ferry fares would fall next spring, putting the island within reach of day visitors.', [
      { kind: 'indirect', text: 'the ferry fares would fall next spring', speaker: 'Dana Whitcombe', cue: 'said' },
    ]],
    ['found A, meaning …', 'A council survey found that most shop owners backed the new parking rules, meaning the vote next week is likely to pass.', [
      { kind: 'indirect', text: 'most shop owners backed the new parking rules', cue: 'found' },
    ]],
    ['said A, both of whom …', 'Ms. Varga said she had written to the two harbor commissioners, both of whom declined to reply.', [
      { kind: 'indirect', text: 'she had written to the two harbor commissioners', speaker: 'Varga', cue: 'said' },
    ]],
    ['hoped to V, some of which …', 'Councillor Abe Lorimer hoped to replace the old pier with a marina, some of which would be open to the public.', [
      { kind: 'indirect', text: 'to replace the old pier with a marina', speaker: 'Abe Lorimer', cue: 'hoped' },
    ]],
    ['said A, putting … after a that-less clause with a passive', 'Mr. Lorimer said the plan was meant to help the fishermen, putting the harbor project a year behind schedule.', [
      { kind: 'indirect', text: 'the plan was meant to help the fishermen', speaker: 'Lorimer', cue: 'said' },
    ]],
  ]);
});

describe('the participle stays inside an aside before the verb', () => {
  table([
    ['the bridge, meaning …, would close', 'Ms. Varga said the bridge, meaning the old stone one, would close.', [
      { kind: 'indirect', text: 'the bridge, meaning the old stone one, would close', speaker: 'Varga', cue: 'said' },
    ]],
  ]);
});
