import { describe, expect, it } from 'vitest';
import { loneSurnameChoice, resolveSiteSpeakers, siteSpeakerMap } from '../../../src/analysis/statements/speakers.ts';
import type { SpeakerRef } from '../../../src/analysis/types.ts';

const p = (name: string, role: string | null = null): SpeakerRef => ({ name, role, type: 'person' });

describe('site-wide speaker merge', () => {
  it('a lone surname merges with the unique full name seen in another article', () => {
    const map = siteSpeakerMap([[p('Anna Berg', 'City treasurer')], [p('Berg')]]);
    expect(map.get('Berg')).toEqual({ name: 'Anna Berg', role: 'City treasurer', type: 'person' });
    expect(map.get('Anna Berg')).toEqual({ name: 'Anna Berg', role: 'City treasurer', type: 'person' });
  });

  it('an ambiguous surname stays as written', () => {
    const map = siteSpeakerMap([[p('Anna Berg')], [p('Carl Berg')], [p('Berg')]]);
    expect(map.get('Berg')!.name).toBe('Berg');
  });

  it('aliases from speakers.yaml win', () => {
    const resolve = resolveSiteSpeakers([[p('Bobby')], [p('Robert Vance')]], [{ name: 'Robert Vance', aliases: ['Bobby', 'Bob Vance'], role: 'Senator' }]);
    expect(resolve(p('Bobby'))).toEqual({ name: 'Robert Vance', role: 'Senator', type: 'person' });
    expect(resolve(p('Vance'))!.name).toBe('Robert Vance');
    expect(resolve(p('Bob Vance'))!.name).toBe('Robert Vance');
  });

  it('anonymous speakers are never merged into a person', () => {
    const anon: SpeakerRef = { name: 'officials', role: null, type: 'anonymous' };
    const resolve = resolveSiteSpeakers([[anon], [p('Ann Officials')]], []);
    expect(resolve(anon)).toEqual(anon);
  });

  it('organisations keep their type', () => {
    const org: SpeakerRef = { name: 'Kremlin', role: null, type: 'organisation' };
    expect(resolveSiteSpeakers([[org]], [])(org)).toEqual(org);
  });
});

describe('written forms of one full name', () => {
  it('a middle initial or middle name merges with the form without it, under the most frequent form', () => {
    const map = siteSpeakerMap([[p('Ann B. Lee'), p('Ann Lee', 'Mayor')], [p('Ann Lee'), p('Tom Roe')], [p('Tom Harris Roe')]]);
    expect(map.get('Ann B. Lee')).toEqual({ name: 'Ann Lee', role: 'Mayor', type: 'person' });
    expect(map.get('Ann Lee')!.name).toBe('Ann Lee');
    expect(map.get('Tom Harris Roe')!.name).toBe('Tom Roe');
  });

  it('the same name written in capitals (a transcript) is the same person', () => {
    const map = siteSpeakerMap([[p('Ann Lee'), p('Ann Lee')], [p('ANN LEE')]]);
    expect(map.get('ANN LEE')!.name).toBe('Ann Lee');
  });

  it('different middle initials are different people, and the bare form stays apart from both', () => {
    const map = siteSpeakerMap([[p('Tom A. Roe'), p('Tom A. Roe')], [p('Tom B. Roe')], [p('Tom Roe')]]);
    expect(map.get('Tom A. Roe')!.name).toBe('Tom A. Roe');
    expect(map.get('Tom B. Roe')!.name).toBe('Tom B. Roe');
    expect(map.get('Tom Roe')!.name).toBe('Tom Roe');
  });

  it('a suffix is part of the identity', () => {
    const map = siteSpeakerMap([[p('Tom Roe'), p('Tom Roe')], [p('Tom Roe Jr.')], [p('Tom J. Roe Jr.')]]);
    expect(map.get('Tom Roe Jr.')!.name).toBe('Tom Roe Jr.');
    expect(map.get('Tom J. Roe Jr.')!.name).toBe('Tom Roe Jr.');
    expect(map.get('Tom Roe')!.name).toBe('Tom Roe');
  });

  it('a lone surname goes to the full name once its written forms are one person', () => {
    const map = siteSpeakerMap([[p('Ann B. Lee')], [p('Ann Lee')], [p('Lee')]]);
    expect(map.get('Lee')!.name).toBe('Ann B. Lee');
  });

  it('a name from speakers.yaml is not renamed to a more frequent form', () => {
    const resolve = resolveSiteSpeakers([[p('Ann Lee'), p('Ann Lee')], [p('Ann B. Lee')]], [{ name: 'Ann B. Lee' }]);
    expect(resolve(p('Ann B. Lee'))!.name).toBe('Ann B. Lee');
  });
});

describe('a lone surname shared by several people on the site, resolved by its article', () => {
  // three articles name Ann Berg in full (four statements), one names Carl Berg (one statement);
  // the last article (index 2 below) only ever writes "Berg"
  const n = (k: number, name: string) => Array.from({ length: k }, () => p(name));
  const site = [[...n(4, 'Ann Berg')], [...n(1, 'Carl Berg')], [p('Berg')], [p('Berg')], [p('Berg')]];
  const ctx = (text: string, mentions: string[]) => ({ text, mentions: new Map([['Berg', mentions]]) });
  const cases: [string, string[], string][] = [
    // text of the article, mentions of "Berg" in it, expected speaker
    ['Mr. Berg said the vote would wait.', ['Mr. Berg'], 'Carl Berg'],
    ['Berg said the vote would wait. She left.', ['Berg', 'she'], 'Ann Berg'],
    ['Berg said the vote would wait. Carl was there.', ['Berg'], 'Carl Berg'],
    ['Berg said the vote would wait.', ['Berg'], 'Ann Berg'],
  ];
  for (const [text, mentions, expected] of cases) {
    it(`${text} → ${expected}`, () => {
      const resolve = resolveSiteSpeakers(site, [], [ctx('', []), ctx('', []), ctx(text, mentions), ctx('', []), ctx('', [])]);
      expect(resolve(p('Berg'), 2)!.name).toBe(expected);
    });
  }

  it('no candidate holds most of the statements: the surname stays its own speaker', () => {
    const even = [[...n(2, 'Ann Berg')], [...n(2, 'Carl Berg')], [p('Berg')]];
    const resolve = resolveSiteSpeakers(even, [], [ctx('', []), ctx('', []), ctx('Berg said so.', ['Berg'])]);
    expect(resolve(p('Berg'), 2)!.name).toBe('Berg');
  });

  it('the article’s pronouns disagree: gender tells nothing, the usual bearer wins', () => {
    const resolve = resolveSiteSpeakers(site, [], [ctx('', []), ctx('', []), ctx('Berg said so.', ['he', 'she']), ctx('', []), ctx('', [])]);
    expect(resolve(p('Berg'), 2)!.name).toBe('Ann Berg');
  });

  it('a suffix does not hide the surname ("Tom Roe Jr." is a Roe)', () => {
    const resolve = resolveSiteSpeakers([[p('Tom Roe Jr.')], [p('Roe')]], []);
    expect(resolve(p('Roe'))!.name).toBe('Tom Roe Jr.');
  });

  it('without the article (no index), the site-wide rule alone applies', () => {
    const resolve = resolveSiteSpeakers(site, [], [ctx('', []), ctx('', []), ctx('Mr. Berg said so.', ['Mr. Berg'])]);
    expect(resolve(p('Berg'))!.name).toBe('Berg');
  });
});

describe('who can stand for a lone surname', () => {
  const ctx = (text: string, mentions: string[]) => ({ text, mentions });
  it.each([
    // a title or a stray word taken into a name is no candidate; the real bearer is
    [[{ name: 'Mr. Berg', n: 5 }, { name: 'Ann Berg', n: 1 }], 'Ann Berg'],
    [[{ name: 'Maybe Berg', n: 5 }, { name: 'Ann Berg', n: 1 }], 'Ann Berg'],
    // seen once and not opening with a known first name: no candidate
    [[{ name: 'Year Ann Berg', n: 1 }, { name: 'Ann Berg', n: 2 }], 'Ann Berg'],
    // seen once with a known first name: a candidate (and the two tie)
    [[{ name: 'Carl Berg', n: 1 }, { name: 'Ann Berg', n: 1 }], null],
  ] as const)('%j → %s', (candidates, expected) => {
    expect(loneSurnameChoice([...candidates], ctx('Berg said so.', ['Berg']), 'Berg')).toBe(expected);
  });
});
