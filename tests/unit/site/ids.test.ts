import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/analysis/index.ts';
import { parseArticleFile } from '../../../src/analysis/article-file.ts';
import { eventId, statementId, uniquify } from '../../../src/analysis/ids.ts';

const file = join(import.meta.dirname, '..', '..', '..', 'content', 'articles', '2025-02-10-kremlin-poker-faced.md');
const parsed = parseArticleFile(readFileSync(file, 'utf8'), file);
const analyze = (body: string) => analyzeArticle({ id: 'seed', title: 't', date: '2025-02-10', body });

describe('stable ids', () => {
  it('derive from content, not from position', () => {
    expect(statementId('I can neither confirm nor deny it.')).toBe(statementId('I can  neither confirm nor deny it.'));
    expect(statementId('a')).not.toBe(statementId('b'));
    expect(eventId('2025-02-09', 'Trump spoke.')).toMatch(/^e-2025-02-09-[0-9a-f]{6}$/);
    expect(uniquify([{ id: 'x' }, { id: 'x' }, { id: 'y' }]).map((o) => o.id)).toEqual(['x', 'x-2', 'y']);
  });

  it('survive rebuilds and edits elsewhere in the article', () => {
    const a = analyze(parsed.body);
    const b = analyze(parsed.body);
    expect(b.statements.map((s) => s.id)).toEqual(a.statements.map((s) => s.id));
    expect(b.events.map((e) => e.id)).toEqual(a.events.map((e) => e.id));
    expect(a.statements.length).toBeGreaterThan(0);
    expect(a.events.length).toBeGreaterThan(0);
    // A paragraph added at the top shifts every offset but no id.
    const c = analyze('An unrelated opening paragraph about the weather.\n\n' + parsed.body);
    expect(new Set(c.statements.map((s) => s.id))).toEqual(new Set(a.statements.map((s) => s.id)));
    expect(new Set(c.events.map((e) => e.id))).toEqual(new Set(a.events.map((e) => e.id)));
    expect(c.statements[0]!.start).toBeGreaterThan(a.statements[0]!.start);
  });

  it('are unique within an article', () => {
    const a = analyze(parsed.body);
    expect(new Set(a.statements.map((s) => s.id)).size).toBe(a.statements.length);
    expect(new Set(a.events.map((e) => e.id)).size).toBe(a.events.length);
  });
});
