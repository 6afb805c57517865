/**
 * Content boundaries of verbs of speaking of or acting on something ("lashed out at C", "railed
 * against C", "voiced solidarity with C"): after a plain object, a time or cause clause with its
 * own subject and verb ("after it raised the fares", "because the county ignored him", "even as it
 * questioned …") tells when or why, in the writer's words, and so does an occasion of speaking
 * ("in a fiery speech", "during the debate"); both are left out of the content. Every text here
 * was written for these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('a time or cause clause after the object of a stance verb', () => {
  table([
    ['lashed out at NP after a clause', 'Senator Ana Ruiz lashed out at the harbor commission after it raised the ferry fares.', [
      { kind: 'indirect', text: 'the harbor commission', speaker: 'Ana Ruiz', cue: 'lashed' },
    ]],
    ['railed against NP because a clause', 'Mayor Tom Okafor railed against the toll plan because the county had ignored his objections.', [
      { kind: 'indirect', text: 'the toll plan', speaker: 'Tom Okafor', cue: 'railed' },
    ]],
    ['spoke out against NP before a clause', 'Councilman Ravi Obi spoke out against the stadium deal before the council voted on it.', [
      { kind: 'indirect', text: 'the stadium deal', speaker: 'Ravi Obi', cue: 'spoke' },
    ]],
    ['"as" with a pronoun subject', 'Ana Ruiz lashed out at the rating agency as she left the courthouse.', [
      { kind: 'indirect', text: 'the rating agency', speaker: 'Ana Ruiz', cue: 'lashed' },
    ]],
    ['"even as": the clause goes from "even", and is a statement of its own', 'The nurses union voiced solidarity with the striking porters even as it questioned their tactics.', [
      { kind: 'indirect', text: 'solidarity with the striking porters', cue: 'voiced' },
      { kind: 'indirect', text: 'their tactics', cue: 'questioned' },
    ]],
    ['not a characterising "as" before a noun phrase', 'Governor Lena Pike railed against the tax as a burden that would hurt farmers.', [
      { kind: 'indirect', text: 'the tax as a burden that would hurt farmers', speaker: 'Lena Pike', cue: 'railed' },
    ]],
    ['not inside a relative clause of the object', 'Ana Ruiz railed against the port deal that was signed after the storm hit.', [
      { kind: 'indirect', text: 'the port deal that was signed after the storm hit', speaker: 'Ana Ruiz', cue: 'railed' },
    ]],
    ['not after "as much"', 'Ana Ruiz spoke out against the levy as much after the vote passed as before.', [
      { kind: 'indirect', text: 'the levy as much after the vote passed as before', speaker: 'Ana Ruiz', cue: 'spoke' },
    ]],
  ]);
});

describe('an occasion of speaking after the object of a stance verb', () => {
  table([
    ['lashed out at NP in a speech', 'Senator Ana Ruiz lashed out at the harbor commission in a fiery speech.', [
      { kind: 'indirect', text: 'the harbor commission', speaker: 'Ana Ruiz', cue: 'lashed' },
    ]],
    ['talked about NP during the debate', 'Mayor Tom Okafor talked about the ferry fares during the televised debate.', [
      { kind: 'indirect', text: 'the ferry fares', speaker: 'Tom Okafor', cue: 'talked' },
    ]],
    ['the occasion noun inside the object is no occasion', 'Ana Ruiz talked about the speech in a radio interview.', [
      { kind: 'indirect', text: 'the speech', speaker: 'Ana Ruiz', cue: 'talked' },
    ]],
    ['not after an object with a clause of its own', 'Ana Ruiz railed against the fares that were raised in a late vote.', [
      { kind: 'indirect', text: 'the fares that were raised in a late vote', speaker: 'Ana Ruiz', cue: 'railed' },
    ]],
  ]);
});
