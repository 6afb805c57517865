/**
 * Content ends (branch bounds): where an object or infinitive content stops before the
 * writer's next clause, a date, or a second relative clause. Every text here was written for
 * these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('"and" before a noun-phrase subject and its finite verb after an object content', () => {
  table([
    ['a stance object, then a named subject', 'Senator Ross has not endorsed Reed and Governor Ann Bell withdrew her early support.', [
      { kind: 'indirect', text: 'Reed', speaker: 'Ross', cue: 'has not endorsed' },
    ]],
    ['a judged object, then a subject with a determiner and an auxiliary', 'Most voters rejected the levy and the council has dropped it.', [
      { kind: 'indirect', text: 'the levy', cue: 'rejected' },
    ]],
    ['the topic of a verb of talking', 'Mayor Dell Prouty talked about the levy and the council has dropped it.', [
      { kind: 'indirect', text: 'the levy', speaker: 'Dell Prouty', cue: 'talked' },
    ]],
    ['not a reported clause whose subject is coordinated', 'Reed said Lee and the council have agreed on the ferry fares.', [
      { kind: 'indirect', text: 'Lee and the council have agreed on the ferry fares', speaker: 'Reed', cue: 'said' },
    ]],
    ['not a wh-clause whose subject is coordinated', 'Lee talked about how the levy and the council were at odds.', [
      { kind: 'indirect', text: 'how the levy and the council were at odds', speaker: 'Lee', cue: 'talked' },
    ]],
    ['not a list inside a relative clause of the content', 'Kell and Dorn have agreed to a pact in which shows such as Tides and Harbor Nights will be free.', [
      { kind: 'indirect', text: 'to a pact in which shows such as Tides and Harbor Nights will be free', cue: 'agreed' },
    ]],
    ['not a numbered list after a colon', 'Analysts blamed the drop on two factors: (1) U.K. and Irish banks had lent too much.', [
      { kind: 'indirect', text: 'the drop on two factors: (1) U.K. and Irish banks had lent too much', speaker: 'Analysts', cue: 'blamed' },
    ]],
    ['not a participle inside the second noun phrase', 'Sheriff Moss criticized the deputies and the tactics used in the raid.', [
      { kind: 'indirect', text: 'the deputies and the tactics used in the raid', speaker: 'Moss', cue: 'criticized' },
    ]],
  ]);
});

describe('a hyphenated past after "and" is the subject\'s next act', () => {
  table([
    ['disputed … and counter-sued', 'Senator Ola Kim disputed every count and counter-sued her rival for fraud.', [
      { kind: 'indirect', text: 'every count', speaker: 'Ola Kim', cue: 'disputed' },
    ]],
  ]);
});

describe('a time clause after a one-word topic', () => {
  table([
    ['lashed out at a name after a clause', 'Reed lashed out at Kim after she gave a long speech at the council meeting.', [
      { kind: 'indirect', text: 'Kim', speaker: 'Reed', cue: 'lashed' },
    ]],
  ]);
});

describe('a date closing a fronted time clause', () => {
  table([
    ['announced … in a month and year, then the main clause', 'When Ruth Abend announced her candidacy in June 2011, few donors noticed.', [
      { kind: 'indirect', text: 'her candidacy', speaker: 'Ruth Abend', cue: 'announced' },
    ]],
    ['not a main clause with a comma after the date', 'Ruth Abend announced her candidacy in June 2011, a month of floods.', [
      { kind: 'indirect', text: 'her candidacy in June 2011', speaker: 'Ruth Abend', cue: 'announced' },
    ]],
  ]);
});

describe('a second relative clause on the person whose relative clause holds the cue', () => {
  table([
    ['", and who …" ends the content', 'Dana Cole, who in March threatened to shut the county library, and who has been courting rural voters, is running again.', [
      { kind: 'indirect', text: 'to shut the county library', speaker: 'Dana Cole', cue: 'threatened' },
    ]],
  ]);
});
