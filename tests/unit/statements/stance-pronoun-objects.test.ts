/**
 * Where the object of a verb of stance ends when it is a lone pronoun: a
 * phrase of place, time or measure after "him", "her", "them" or "it" is the
 * writer's frame, not part of what was supported or opposed ("oppose him on
 * the board" reports "him"). "her" as a determiner keeps its noun and what
 * follows. Every text here was written for these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('a lone pronoun object before an adjunct', () => {
  table([
    ['it + on …: the grounds are the writer’s', 'Several harbor pilots have opposed it on safety grounds.', [
      { kind: 'indirect', text: 'it', speaker: 'several harbor pilots', cue: 'opposed' },
    ]],
    ['them + in …: the place is the writer’s', 'Many tenants favored them in the eastern wards.', [
      { kind: 'indirect', text: 'them', speaker: 'many tenants', cue: 'favored' },
    ]],
    ['her + by …: the margin is the writer’s', 'Black voters supported her by a margin of forty points.', [
      { kind: 'indirect', text: 'her', speaker: 'Black voters', cue: 'supported' },
    ]],
    ['him + during …: the time is the writer’s', 'The dock workers endorsed him during the strike.', [
      { kind: 'indirect', text: 'him', speaker: 'the dock workers', cue: 'endorsed' },
    ]],
    ['not "her" as a determiner: the noun phrase and its phrase stay', 'The union supports her plan on the docks.', [
      { kind: 'indirect', text: 'her plan on the docks', cue: 'supports' },
    ]],
  ]);
});
