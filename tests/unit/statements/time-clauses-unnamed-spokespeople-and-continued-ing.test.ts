/**
 * Two constructions found in a read of untuned news (session 14's sample):
 * - a time clause after a closing attribution ("C, firefighters said as the tide turned."): the clause
 *   says when the words were said, and the attribution still closes the sentence;
 * - "A company spokeswoman said C. "Q," she said.": with no one of her gender named in between, the pronoun
 *   is the same unnamed spokeswoman, not a person or company named earlier;
 * - "C is driving buyers away, they said, and pushing prices down": after a content with "is … -ing", a
 *   second -ing verb after the attribution's ", and" goes on with the same content.
 * Every text here was written for these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('a time clause after a closing attribution', () => {
  table([
    ['"as" with its own subject and verb', 'At least nine people were hurt in the blaze, firefighters said as dawn broke over the docks.', [
      { kind: 'indirect', text: 'At least nine people were hurt in the blaze', speaker: 'firefighters', mention: 'firefighters', cue: 'said' },
    ]],
    ['"when" with a noun subject', 'The ferry to Port Alva will run again in May, the mayor said when the council met on Monday.', [
      { kind: 'indirect', text: 'The ferry to Port Alva will run again in May', mention: 'the mayor', cue: 'said' },
    ]],
    ['"while" after a named speaker', 'Ticket sales for the festival rose by a third, Ana Ruiz said while the band was tuning up.', [
      { kind: 'indirect', text: 'Ticket sales for the festival rose by a third', speaker: 'Ana Ruiz', cue: 'said' },
    ]],
    ['"after" after an adjunct', 'The vote on the levy will be held again, Tom Okafor told reporters on Friday after the count was stopped.', [
      { kind: 'indirect', text: 'The vote on the levy will be held again', speaker: 'Tom Okafor', cue: 'told' },
    ]],
    ['then "they" is the group that spoke just before', 'At least nine people were hurt in the blaze, firefighters said as dawn broke over the docks. Two crew members were still missing, they said.', [
      { kind: 'indirect', text: 'At least nine people were hurt in the blaze', speaker: 'firefighters' },
      { kind: 'indirect', text: 'Two crew members were still missing', speaker: 'firefighters', mention: 'they' },
    ]],
    ['not "as much": no clause follows', 'The ferry will run again, she said as much.', []],
    ['not "as" before a noun phrase without a verb', 'The ferry will run again, she said as a favour.', []],
  ]);
});

describe('"he" or "she" after an unnamed spokesman or spokeswoman', () => {
  table([
    ['a company spokeswoman, then "she said"', 'A company spokeswoman said the Dover plant would stay open. "We are not leaving this town," she said.', [
      { kind: 'indirect', text: 'the Dover plant would stay open', speaker: 'a company spokeswoman', type: 'anonymous' },
      { kind: 'direct', text: 'We are not leaving this town,', speaker: 'a company spokeswoman', type: 'anonymous', mention: 'she' },
    ]],
    ['an inverted "said a Vela spokesman", then "he said"', 'Vela Freight said the strike would not delay its ships. "We have changed nothing," said a Vela spokesman. Moving cargo by rail "is not an option for now," he said.', [
      { kind: 'indirect', text: 'the strike would not delay its ships', speaker: 'Vela Freight' },
      { kind: 'direct', text: 'We have changed nothing,', speaker: 'a Vela spokesman' },
      { kind: 'partial', text: 'Moving cargo by rail "is not an option for now,"', speaker: 'a Vela spokesman', mention: 'he' },
    ]],
    ['"He added" after a spokesman', 'A spokesman said the credit union could fall short of the capital rules. He added that final rules due in May will settle the matter.', [
      { kind: 'indirect', text: 'the credit union could fall short of the capital rules', speaker: 'a spokesman' },
      { kind: 'indirect', text: 'final rules due in May will settle the matter', speaker: 'a spokesman', mention: 'He' },
    ]],
    ['not when a man is named in between', 'A company spokesman said the plant would stay open. Tom Okafor, the plant manager, walked out to the gate. "We are staying put," he said.', [
      { kind: 'indirect', text: 'the plant would stay open', speaker: 'a company spokesman' },
      { kind: 'direct', text: 'We are staying put,', speaker: 'Tom Okafor', mention: 'he' },
    ]],
  ]);
});

describe('a second -ing verb after ", and" closing an attribution', () => {
  table([
    ['after "is … -ing"', 'The slump is scaring small savers away, dealers said, and pushing big funds to the sidelines.', [
      { kind: 'indirect', text: 'The slump is scaring small savers away … and pushing big funds to the sidelines', speaker: 'dealers', cue: 'said' },
    ]],
    ['after a contracted "\'s … -ing"', "That's keeping shoppers at home, grocers said, and leaving the malls half empty.", [
      { kind: 'indirect', text: "That's keeping shoppers at home … and leaving the malls half empty", speaker: 'grocers', cue: 'said' },
    ]],
    ['not without a progressive in the content', 'The slump scared small savers away, dealers said, and leaving town was the only choice.', [
      { kind: 'indirect', text: 'The slump scared small savers away', speaker: 'dealers', cue: 'said' },
    ]],
  ]);
});
