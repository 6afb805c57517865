/**
 * Statements made together: a speaker phrase that coordinates names ("Ann Lee and Tom Roe said",
 * "Acme, Vela and Dorn Inc. said", "according to Lee and Roe") keeps its first name as the speaker
 * and the others as co-speakers, each resolved like a speaker; the mention stays the whole phrase.
 * One name with "and" or "&" in it, two titles of one person and a relation that names no one are
 * no co-speakers. All text invented.
 */
import { describe, expect, it } from 'vitest';
import { run } from './table.ts';
import { analyzeArticle } from '../../../src/analysis/index.ts';
import type { Correction } from '../../../src/analysis/corrections.ts';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSiteModel } from '../../../src/site/model.ts';
import { searchRecords } from '../../../src/site/search-records.ts';

type Co = [name: string, type: 'person' | 'organisation'];
/** [rule, body, a fragment of the statement, speaker, its type, co-speakers, mention (left out: not checked)] */
type CoRow = [rule: string, body: string, fragment: string, speaker: string, type: 'person' | 'organisation', co: Co[], mention?: string];

const rows: CoRow[] = [
  ['two people', 'Ines Varga and Oskar Brandt told reporters that the bridge would reopen in May.', 'the bridge would reopen', 'Ines Varga', 'person', [['Oskar Brandt', 'person']], 'Ines Varga and Oskar Brandt'],
  ['two firms: the first is an organisation, and so is the one named with it', 'Tessaro Motors and Bellweather said they would cut prices on small cars.', 'cut prices', 'Tessaro Motors', 'organisation', [['Bellweather', 'organisation']]],
  ['surnames resolved to the full names given before', 'Ines Varga spoke first. Oskar Brandt followed.\n\nVarga and Brandt said the vote was close.', 'the vote was close', 'Ines Varga', 'person', [['Oskar Brandt', 'person']], 'Varga and Brandt'],
  ['according to X and Y', 'The ferry will run again by June, according to Ines Varga and Oskar Brandt.', 'The ferry will run again', 'Ines Varga', 'person', [['Oskar Brandt', 'person']]],
  ['an apposition after the names belongs to both', 'Ines Varga and Oskar Brandt, both engineers at the port, said the crane was unsafe.', 'the crane was unsafe', 'Ines Varga', 'person', [['Oskar Brandt', 'person']], 'Ines Varga and Oskar Brandt, both engineers at the port'],
  ['a list of three firms', 'Quillon Corp., Dravenna Inc. and Maltbrook Ltd. said they would share the costs.', 'share the costs', 'Quillon Corp.', 'organisation', [['Dravenna Inc.', 'organisation'], ['Maltbrook Ltd.', 'organisation']], 'Quillon Corp., Dravenna Inc. and Maltbrook Ltd.'],
  ['a list of three people with a comma before "and"', 'Ines Varga, Oskar Brandt, and Lena Hoff said the plan was too costly.', 'too costly', 'Ines Varga', 'person', [['Oskar Brandt', 'person'], ['Lena Hoff', 'person']]],
  ['titled names', 'Sen. Ines Varga and Gov. Oskar Brandt said the budget was balanced.', 'the budget was balanced', 'Ines Varga', 'person', [['Oskar Brandt', 'person']]],
  ['a relation named in an apposition', 'Oskar Brandt and his wife, Maren, said they would sell the farm.', 'sell the farm', 'Oskar Brandt', 'person', [['Maren', 'person']]],
  ['an opening place is no item of the list', 'In Harwick, Ines Varga and Oskar Brandt said the mill would close.', 'the mill would close', 'Ines Varga', 'person', [['Oskar Brandt', 'person']], 'Ines Varga and Oskar Brandt'],
  ['an opening adverb is no item of the list', 'Meanwhile, Ines Varga and Oskar Brandt said the mill would close.', 'the mill would close', 'Ines Varga', 'person', [['Oskar Brandt', 'person']], 'Ines Varga and Oskar Brandt'],
  ['a first name alone before a full name shares its surname', 'Ann and Tom Vandermeer said the orchard had been sold.', 'the orchard had been sold', 'Ann Vandermeer', 'person', [['Tom Vandermeer', 'person']]],
  ['… not a name the article gives on its own', 'Vandermeer met Lee at the market.\n\nLee and Piet Vandermeer said the orchard had been sold.', 'the orchard had been sold', 'Lee', 'person', [['Piet Vandermeer', 'person']]],
  // not coordination
  ['a firm written with an ampersand', 'Harrow & Fitch said its quarterly profit rose sharply.', 'quarterly profit', 'Harrow & Fitch', 'organisation', []],
  ['a firm known by two names joined with "and"', 'Smith and Wesson said its sales of rifles rose sharply.', 'sales of rifles', 'Smith and Wesson', 'organisation', []],
  ['a body whose name holds "and"', 'The Fisheries and Wildlife Service said the river was safe again.', 'the river was safe', 'Fisheries and Wildlife Service', 'organisation', []],
  ['one body named after "the", its organisation word at the end', 'The National Parks and Wildlife Federation said the trail would stay shut.', 'the trail would stay shut', 'National Parks and Wildlife Federation', 'organisation', []],
  ['a person of a firm named with an ampersand', 'Tessa Marlow of Harrow & Fitch said the fund would close.', 'the fund would close', 'Tessa Marlow', 'person', []],
  ['two titles of one person', 'The president and chief counsel, Oskar Brandt, said the merger was off.', 'the merger was off', 'Oskar Brandt', 'person', []],
  ['two capitalised titles of one person', 'Chairwoman and Chief Counsel Ines Varga said the plant would close.', 'the plant would close', 'Ines Varga', 'person', []],
  ['a relation that names no one', 'Oskar Brandt and his wife said they would sell the farm.', 'sell the farm', 'Oskar Brandt', 'person', [], 'Oskar Brandt and his wife'],
  ['the people around a person', 'Ines Varga and her aides said the mill would close.', 'the mill would close', 'Ines Varga', 'person', []],
];

describe('coordinated speakers', () => {
  it.each(rows)('%s', (_rule, body, fragment, speaker, type, co, mention) => {
    const s = run(body).find((x) => x.text.includes(fragment));
    expect(s, fragment).toBeDefined();
    expect(s!.speaker, fragment).toMatchObject({ name: speaker, type });
    expect((s!.coSpeakers ?? []).map((x) => [x.name, x.type]), fragment).toEqual(co);
    if (mention !== undefined) expect(s!.speakerMention).toBe(mention);
    // the span is the whole phrase
    if (s!.speakerSpan) expect(body.slice(s!.speakerSpan[0], s!.speakerSpan[1])).toBe(s!.speakerMention);
  });

  it('coordinated modifiers of one noun name no one: "Dovrian and Kelsan officials"', () => {
    const [s] = run('Dovrian and Kelsan officials said the border would stay open.');
    expect(s!.speaker?.type).toBe('anonymous');
    expect(s!.coSpeakers).toBeUndefined();
  });

  it('a quotation after the statement, and "they" after it, take all its speakers', () => {
    const got = run('Ines Varga and Oskar Brandt said the mill would close. They added that the workers would be paid.\n\n“We had no choice,” Varga said.');
    const added = got.find((x) => x.text.includes('workers would be paid'))!;
    expect([added.speaker?.name, ...(added.coSpeakers ?? []).map((x) => x.name)]).toEqual(['Ines Varga', 'Oskar Brandt']);
    // a statement of one of them alone has no co-speakers
    const alone = got.find((x) => x.text.includes('no choice'))!;
    expect(alone.speaker?.name).toBe('Ines Varga');
    expect(alone.coSpeakers).toBeUndefined();
  });

  it('"they" after a statement of one person is not read as a statement made together', () => {
    const got = run('Ines Varga said the mill would close. They added that the workers would be paid.');
    expect(got.find((x) => x.text.includes('workers'))?.coSpeakers).toBeUndefined();
  });
});

describe('author corrections of a statement made together', () => {
  const body = 'Ines Varga and Oskar Brandt said the harbour crane was unsafe.';
  const analyze = (corrections: Correction[]) => analyzeArticle({ id: 'a', title: 'A', date: '2025-03-01', body, file: 'content/articles/a.md', corrections }).statements[0]!;

  it('a corrected speaker replaces all the speakers', () => {
    const s = analyze([{ match: 'crane', speaker: 'Lena Hoff' }]);
    expect(s.speaker?.name).toBe('Lena Hoff');
    expect(s.coSpeakers).toBeUndefined();
  });

  it('coSpeakers lists the others again, for a match and for an added statement', () => {
    expect(analyze([{ match: 'crane', speaker: 'Lena Hoff', coSpeakers: ['Oskar Brandt'] }]).coSpeakers).toEqual([{ name: 'Oskar Brandt', role: null, type: 'person' }]);
    expect(() => analyze([{ match: 'crane', speaker: 'Lena Hoff', coSpeakers: 'Oskar Brandt' as unknown as string[] }])).toThrow(/coSpeakers/);
    const added = analyze([{ add: { text: 'the harbour crane was unsafe', speaker: 'Port Authority', type: 'organisation', coSpeakers: ['Dock Union'] } }]);
    expect(added.coSpeakers).toEqual([{ name: 'Dock Union', role: null, type: 'organisation' }]);
  });
});

describe('a statement made together on the site', () => {
  const root = mkdtempSync(join(tmpdir(), 'dateline-co-'));
  mkdirSync(join(root, 'content', 'articles'), { recursive: true });
  const article = (title: string, date: string, body: string) => `---\ntitle: ${JSON.stringify(title)}\ndate: ${date}\n---\n\n${body}\n`;
  writeFileSync(join(root, 'content', 'articles', '2024-04-02-crane.md'), article('Crane shut', '2024-04-02', 'Ines Varga and Oskar Brandt said the harbour crane was unsafe.'));
  writeFileSync(join(root, 'content', 'articles', '2024-04-03-crane.md'), article('Crane stays shut', '2024-04-03', 'Brandt told reporters that repairs would take a month.'));
  const model = buildSiteModel({ root, cacheDir: null });
  const together = model.statements.find((s) => s.text.includes('crane was unsafe'))!;

  it('names its co-speakers, merged across the site like any speaker', () => {
    expect(together.speaker).toBe('ines-varga');
    expect(together.coSpeakers).toEqual([{ id: 'oskar-brandt', name: 'Oskar Brandt', role: null, type: 'person' }]);
    // (the surname alone in the other article is the same speaker page)
    expect(model.statements.find((s) => s.text.includes('repairs'))?.speaker).toBe('oskar-brandt');
  });

  it('is on the page of each of its speakers', () => {
    const brandt = model.speakers.find((s) => s.id === 'oskar-brandt')!;
    expect(brandt.statements).toContain(together.id);
    expect(brandt.statements).toHaveLength(2);
    expect(model.speakers.find((s) => s.id === 'ines-varga')!.statements).toEqual([together.id]);
  });

  it('its article marks all the names, and search files it under each', () => {
    const html = model.articles.find((a) => a.id === '2024-04-02-crane')!.html;
    expect(html).toContain('Ines Varga and Oskar Brandt');
    expect(searchRecords({ statements: [together], events: [] })[0]!.filters.speaker).toEqual(['Ines Varga', 'Oskar Brandt']);
  });
});
