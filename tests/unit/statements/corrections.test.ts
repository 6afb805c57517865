import { describe, expect, it } from 'vitest';
import { ArticleFileError, parseArticleFile } from '../../../src/analysis/article-file.ts';
import { applyCorrections, type Correction } from '../../../src/analysis/corrections.ts';
import { analyzeArticle } from '../../../src/analysis/index.ts';

const BODY = [
  'Mayor Lena Ortiz said the bridge would open in May.',
  '“We have the money,” the treasurer said.',
  'The council, meanwhile, is divided over the cost of the bridge.',
].join('\n\n');

function analyze(corrections: Correction[]) {
  return analyzeArticle({ id: 'a', title: 'A', date: '2025-03-01', body: BODY, file: 'content/articles/a.md', corrections }).statements;
}

describe('author corrections', () => {
  it('without corrections the engine output is unchanged', () => {
    const s = analyze([]);
    expect(s.map((x) => x.text)).toEqual(['the bridge would open in May', 'We have the money,']);
  });

  it('drop removes the statement containing the words', () => {
    const s = analyze([{ drop: 'we have the MONEY' }]);
    expect(s.map((x) => x.text)).toEqual(['the bridge would open in May']);
  });

  it('match fixes the speaker (and kind) and marks the statement', () => {
    const s = analyze([{ match: 'the money', speaker: 'Tom Reyes', role: 'City treasurer' }]);
    const fixed = s.find((x) => x.text.startsWith('We have'))!;
    expect(fixed.speaker).toEqual({ name: 'Tom Reyes', role: 'City treasurer', type: 'person' });
    expect(fixed.corrected).toBe('speaker');
    expect(fixed.speakerMention).toBe('the treasurer');
    const k = analyze([{ match: 'open in May', kind: 'partial' }]).find((x) => x.text.includes('May'))!;
    expect(k.kind).toBe('partial');
  });

  it('add creates a statement from words of the body, with offsets', () => {
    const s = analyze([{ add: { text: 'is divided over the cost of the bridge', speaker: 'City council', type: 'organisation', kind: 'indirect' } }]);
    const added = s.find((x) => x.corrected === 'added')!;
    expect(added.speaker).toEqual({ name: 'City council', role: null, type: 'organisation' });
    expect(added.paragraph).toBe(3);
    expect(BODY.slice(added.start, added.end)).toBe('is divided over the cost of the bridge');
    expect(s.indexOf(added)).toBe(2);
  });

  it('a correction that matches nothing is an error naming the file', () => {
    expect(() => analyze([{ drop: 'words that are nowhere' }])).toThrow(ArticleFileError);
    expect(() => analyze([{ drop: 'words that are nowhere' }])).toThrow(/content\/articles\/a\.md.*corrections\[0\].*no statement contains/);
    expect(() => analyze([{ match: 'nowhere', speaker: 'X' }])).toThrow(/corrections\[0\]/);
    expect(() => analyze([{ add: { text: 'not in the body', speaker: 'X' } }])).toThrow(/does not occur in the article body/);
  });

  it('malformed corrections are errors', () => {
    expect(() => analyze([{}])).toThrow(/exactly one of/);
    expect(() => analyze([{ drop: 'money', match: 'money' }])).toThrow(/exactly one of/);
    expect(() => analyze([{ match: 'money' }])).toThrow(/speaker/);
    expect(() => analyze([{ match: 'money', kind: 'quoted' as never }])).toThrow(/kind must be/);
    expect(() => applyCorrections([], 'x' as never, [], 'f.md')).toThrow(/must be a list/);
  });

  it('an ambiguous match asks for more words', () => {
    expect(() => analyze([{ drop: 'the' }])).toThrow(/in 2 statements/);
  });

  it('corrections written in front matter survive a rebuild', () => {
    const file = ['---', 'title: A', 'date: 2025-03-01', 'corrections:', '  - drop: "We have the money"', '  - match: "open in May"', '    speaker: "Lena Ortiz"', '---', '', BODY, ''].join('\n');
    const parsed = parseArticleFile(file, 'a.md');
    const build = () => analyzeArticle({ id: 'a', title: 'A', date: '2025-03-01', body: parsed.body, file: 'a.md', corrections: parsed.data.corrections as Correction[] }).statements;
    const first = build();
    const second = build();
    expect(first).toEqual(second);
    expect(first).toHaveLength(1);
    expect(first[0]!.corrected).toBe('speaker');
  });
});
