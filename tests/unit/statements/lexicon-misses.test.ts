/**
 * Reporting verbs of the lexicons in forms and frames the main rule used to
 * miss: negated with a clause, a second verb sharing the sentence's subject,
 * an infinitive with its clause. Every text here was written for these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('negated reporting verbs', () => {
  table([
    ['has not V-ed that C: the clause is still reported, with the negation in its cue', 'The ministry has not confirmed that the talks took place.', [
      { kind: 'indirect', text: 'the talks took place', mention: 'The ministry', cue: 'has not confirmed' },
    ]],
    ['never V-ed PRONOUN …: a clause without "that"', 'Mayor Lena Ortiz has never suggested she would raise the fare.', [
      { kind: 'indirect', text: 'she would raise the fare', speaker: 'Lena Ortiz', cue: 'has never suggested' },
    ]],
    ['negative: a negated verb and "that" as a pronoun', 'Anna Berg does not mention that on the campaign trail.', []],
  ]);
});

describe('a second reporting verb sharing the subject', () => {
  table([
    ['the NOUN V-ed … and said C: a plain noun phrase as the subject', 'But the court overruled the panel and said the state already offered more early voting than most.', [
      { kind: 'indirect', text: 'the state already offered more early voting than most', mention: 'the court' },
    ]],
    ['X V-ed …, then says C', 'Paul Novak offered the man a job, then says he will welcome advice from anyone.', [
      { kind: 'indirect', text: 'he will welcome advice from anyone', speaker: 'Paul Novak' },
    ]],
  ]);
});

describe('reporting verbs in the infinitive', () => {
  table([
    ['led X to say that C: the object of the causative speaks', 'The ruling led critics to say that the agency had failed.', [
      { kind: 'indirect', text: 'the agency had failed', speaker: 'critics', type: 'anonymous' },
    ]],
    ['X struggled to show that C: the subject speaks', 'The mayor struggled to show that the plan would work.', [
      { kind: 'indirect', text: 'the plan would work', mention: 'The mayor' },
    ]],
    ['negative: "in order to V that"', 'Omar Haddad went to the store in order to show that he cared.', []],
    ['negative: "no evidence to suggest that"', 'There is no evidence to suggest that the count was wrong.', []],
  ]);
});

describe('a long adjunct or an aside before "that"', () => {
  table([
    ['X said DAY during … in PLACE, that C', 'Ann Lee said Thursday during a town hall in Dover, Ohio, that the state is wrong to ban the plan.', [
      { kind: 'indirect', text: 'the state is wrong to ban the plan', speaker: 'Ann Lee' },
    ]],
    ['X said — aside — that C', 'His campaign chief Tom Ross said — on the radio, as it happens — that the mayor raised $4 million.', [
      { kind: 'indirect', text: 'the mayor raised $4 million', speaker: 'Tom Ross' },
    ]],
    ['X said on …, where …, that C (a relative clause in the adjunct)', 'Ann Lee said on the radio, where she is now a paid host, that the mayor should resign.', [
      { kind: 'indirect', text: 'the mayor should resign', speaker: 'Ann Lee' },
    ]],
  ]);
});

describe('a clause right after a short adjunct or a quantity', () => {
  table([
    ['X said much of C', 'Omar Haddad said much of his talk with the mayor was about taxes.', [
      { kind: 'indirect', text: 'much of his talk with the mayor was about taxes', speaker: 'Omar Haddad' },
    ]],
    ['X has said for weeks PRONOUN …', 'Lisa Chen has said for weeks she is the only one who can win.', [
      { kind: 'indirect', text: 'she is the only one who can win', speaker: 'Lisa Chen' },
    ]],
    ['X said in NOUN it …', 'Karl Lind said in politics it takes time to build trust.', [
      { kind: 'indirect', text: 'it takes time to build trust', speaker: 'Karl Lind' },
    ]],
    ['negative: "much" alone is no clause', 'Karl Lind said much.', []],
    ['X said nearly every NOUN V-s …', 'Tom Ross said nearly every talk centers on money.', [
      { kind: 'indirect', text: 'nearly every talk centers on money', speaker: 'Tom Ross' },
    ]],
    ['negative: "said nearly all the time" has no clause', 'Lisa Chen said nearly all the time.', []],
  ]);
});
