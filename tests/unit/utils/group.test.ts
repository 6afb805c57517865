import { describe, expect, it } from 'vitest';
import { groupBySpeaker, sourcelessGroup } from '../../../src/utils/group.ts';
import { searchRecords, UNNAMED } from '../../../src/site/search-records.ts';
import type { StatementEntry } from '../../../src/site/model.ts';

function statement(id: string, speaker: string | null, speakerName: string | null, speakerType: StatementEntry['speakerType'], articleDate = '2024-05-01', coSpeakers: StatementEntry['coSpeakers'] = []): StatementEntry {
  return {
    id: `a/${id}`, anchor: id, article: 'a', articleTitle: 'A', articleDate, speaker, speakerName, speakerRole: null, speakerType,
    speakerMention: speakerName, coSpeakers, kind: 'indirect', cue: 'said', text: `text of ${id}`, paragraph: 1, start: 0, end: 1, date: null,
  };
}

describe('groupBySpeaker', () => {
  const list = [
    statement('s1', 'ines-varga', 'Ines Varga', 'person', '2024-05-01'),
    statement('s2', null, 'a city official', 'anonymous'),
    statement('s3', null, null, null),
    statement('s4', 'ines-varga', 'Ines Varga', 'person', '2024-05-03'),
    statement('s5', null, 'people close to the talks', 'anonymous'),
  ];

  it('keeps statements by unnamed sources apart from those with no source, and neither under a speaker', () => {
    const groups = groupBySpeaker(list);
    expect(groups.map((g) => [g.speaker, g.group ?? null, g.statements.map((s) => s.anchor)])).toEqual([
      ['ines-varga', null, ['s4', 's1']],
      [null, 'unnamed', ['s2', 's5']],
      [null, 'unattributed', ['s3']],
    ]);
  });

  it('lists a statement made together under each of its speakers, and once under each', () => {
    const together = statement('s6', 'ines-varga', 'Ines Varga', 'person', '2024-05-02', [
      { id: 'oskar-brandt', name: 'Oskar Brandt', role: null, type: 'person' },
      { id: null, name: 'a city official', role: null, type: 'anonymous' },
      { id: 'ines-varga', name: 'Ines Varga', role: null, type: 'person' },
    ]);
    const byUnnamed = statement('s7', null, 'a clerk', 'anonymous', '2024-05-02', [{ id: 'oskar-brandt', name: 'Oskar Brandt', role: null, type: 'person' }]);
    const groups = groupBySpeaker([...list, together, byUnnamed]);
    expect(groups.map((g) => [g.speaker, g.group ?? null, g.statements.map((s) => s.anchor)])).toEqual([
      ['ines-varga', null, ['s4', 's6', 's1']],
      [null, 'unnamed', ['s7', 's2', 's5']],
      [null, 'unattributed', ['s3']],
      ['oskar-brandt', null, ['s6', 's7']],
    ]);
  });

  it('names the list of a statement without a speaker page', () => {
    expect(sourcelessGroup(list[1]!)).toBe('unnamed');
    expect(sourcelessGroup(list[2]!)).toBe('unattributed');
  });
});

describe('search records', () => {
  it('files every unnamed source under one speaker filter value, keeping its own words in the text', () => {
    const records = searchRecords({ statements: [statement('s2', null, 'a city official', 'anonymous'), statement('s3', null, null, null), statement('s1', 'ines-varga', 'Ines Varga', 'person')], events: [] });
    expect(records.map((r) => r.filters.speaker)).toEqual([[UNNAMED], ['Unattributed'], ['Ines Varga']]);
    expect(records[0]!.content).toBe('a city official: text of s2');
  });

  it('names every speaker of a statement made together, and files it under each', () => {
    const co: StatementEntry['coSpeakers'] = [{ id: 'oskar-brandt', name: 'Oskar Brandt', role: null, type: 'person' }, { id: null, name: 'a clerk', role: null, type: 'anonymous' }];
    const [r] = searchRecords({ statements: [statement('s1', 'ines-varga', 'Ines Varga', 'person', '2024-05-01', co)], events: [] });
    expect(r!.filters.speaker).toEqual(['Ines Varga', 'Oskar Brandt', UNNAMED]);
    expect(r!.content).toBe('Ines Varga, Oskar Brandt and a clerk: text of s1');
  });
});
