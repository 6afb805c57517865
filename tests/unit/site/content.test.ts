import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError, loadContent } from '../../../src/site/content.ts';

const seed = readFileSync(join(import.meta.dirname, '..', '..', '..', 'content', 'articles', '2025-02-10-kremlin-poker-faced.md'), 'utf8');

function site(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'dateline-content-'));
  mkdirSync(join(root, 'content', 'articles'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, 'content', name), text);
  return root;
}

function problems(root: string): string[] {
  try {
    loadContent({ root, cacheDir: null });
  } catch (e) {
    if (e instanceof ContentError) return e.problems;
    throw e;
  }
  return [];
}

describe('loading content/', () => {
  it('lists every bad file with file, line, field and what was wrong', () => {
    const root = site({
      'articles/good.md': '---\ntitle: Fine\ndate: 2024-05-01\n---\n\nThe mayor said the road would open.\n',
      'articles/no-title.md': '---\ndate: 2024-05-01\n---\n\nText.\n',
      'articles/bad-date.md': '---\ntitle: Bad date\nsource: Wire\ndate: 2024-02-30\n---\n\nText.\n',
      'articles/bad-url.md': '---\ntitle: Bad URL\ndate: 2024-05-01\nurl: not a url\ntags: just-one\n---\n\nText.\n',
      'articles/no-front-matter.md': 'Just text.\n',
      'articles/broken-yaml.md': '---\ntitle: "unclosed\ndate: 2024-05-01\n---\n\nText.\n',
      'articles/empty.md': '---\ntitle: Empty\ndate: 2024-05-01\n---\n\n',
      'articles/Bad Name.md': '---\ntitle: x\ndate: 2024-05-01\n---\n\nText.\n',
      'articles/notes.txt': 'stray file',
    });
    const p = problems(root);
    const find = (s: string) => p.find((x) => x.includes(s)) ?? `(none for ${s}) ${p.join(' | ')}`;
    expect(find('no-title.md')).toMatch(/content\/articles\/no-title\.md:\d+: field "title": required/);
    expect(find('bad-date.md')).toMatch(/bad-date\.md:4: field "date": expected a calendar date YYYY-MM-DD, got "2024-02-30"/);
    expect(find('bad-url.md')).toMatch(/bad-url\.md:4: field "url": expected an absolute URL/);
    expect(p.some((x) => /bad-url\.md:5: field "tags": expected a list of strings/.test(x))).toBe(true);
    expect(find('no-front-matter.md')).toMatch(/no-front-matter\.md:1: no front matter/);
    expect(find('broken-yaml.md')).toMatch(/broken-yaml\.md.*not valid YAML/);
    expect(find('empty.md')).toMatch(/empty\.md:\d+: the article has no text/);
    expect(find('Bad Name.md')).toMatch(/file name must be lower-case/);
    expect(find('notes.txt')).toMatch(/not an article/);
    expect(p.some((x) => x.includes('good.md'))).toBe(false);
    expect(p.length).toBe(9);
  });

  it('the error message names every problem', () => {
    const root = site({ 'articles/a.md': '---\ndate: 2024-01-01\n---\n\nx\n', 'articles/b.md': '---\ntitle: b\n---\n\nx\n' });
    expect(() => loadContent({ root, cacheDir: null })).toThrow(/2 problems[\s\S]*a\.md:2: field "title"[\s\S]*b\.md:2: field "date"/);
  });

  it('loads good articles and caches the analysis by content hash', () => {
    const root = site({
      'articles/one.md': seed,
      'articles/two.md': '---\ntitle: Two\ndate: 2024-05-01\n---\n\nThe mayor said on Tuesday that the bridge would reopen.\n',
    });
    const cacheDir = join(root, 'cache');
    const first = loadContent({ root, cacheDir });
    expect(first.articles.map((a) => a.id)).toEqual(['one', 'two']);
    expect(first.cacheHits).toBe(0);
    const second = loadContent({ root, cacheDir });
    expect(second.cacheHits).toBe(2);
    expect(second.articles.map((a) => a.analysis)).toEqual(first.articles.map((a) => a.analysis));
    writeFileSync(join(root, 'content', 'articles', 'two.md'), '---\ntitle: Two\ndate: 2024-05-01\n---\n\nThe mayor said on Wednesday that it would not.\n');
    const third = loadContent({ root, cacheDir });
    expect(third.cacheHits).toBe(1);
  });

  it('reports a bad speakers.yaml with its field', () => {
    const root = site({ 'articles/a.md': '---\ntitle: a\ndate: 2024-01-01\n---\n\nx\n', 'speakers.yaml': '- name: Jane Doe\n  aliases: Doe\n' });
    expect(problems(root)).toEqual([expect.stringMatching(/speakers\.yaml.*speakers\[0\]\.aliases.*list of strings/)]);
  });
});
