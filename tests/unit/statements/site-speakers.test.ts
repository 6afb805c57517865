import { describe, expect, it } from 'vitest';
import { resolveSiteSpeakers, siteSpeakerMap } from '../../../src/analysis/statements/speakers.ts';
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
