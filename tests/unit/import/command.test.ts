/**
 * The import command's file handling (scripts/import.ts), in temporary folders.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../../src/analysis/article-file.ts';
import { formatSummary, importFiles, type ImportSummary } from '../../../scripts/import.ts';

let dir: string; // plays both repo root and working directory
const out = () => join(dir, 'content', 'articles');
const write = (rel: string, text: string) => {
  const p = join(dir, rel);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, text);
  return rel;
};
const run = (...args: string[]) => importFiles(args, dir, dir);
const statuses = (s: ImportSummary) => s.results.map((r) => [r.input, r.status]);

const BUDGET = 'date 2024-05-01 Council approves budget.\n\nThe council approved the budget on Monday.\n\nAdvertisement\n\nThe vote was close.\n';
const BUDGET_OTHER = 'date 2024-05-01 Council approves budget, again\n\nA different article.\n';
const ROADS = 'date 2024-05-02 Roads to be repaired\n\nWork starts in June.\n';

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-import-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('import command', () => {
  it('writes <date>-<slug>.md under content/articles and reports dropped boilerplate', () => {
    const f = write('raw/budget.txt', BUDGET);
    const s = run(f);
    expect(s.exitCode).toBe(0);
    expect(statuses(s)).toEqual([[f, 'written']]);
    const path = join(out(), '2024-05-01-council-approves-budget.md');
    expect(s.results[0]!.output).toBe(path);
    expect(s.results[0]!.dropped).toEqual([{ line: 5, text: 'Advertisement' }]);
    const parsed = parseArticleFile(readFileSync(path, 'utf8'), path);
    expect(parsed.data).toEqual({ title: 'Council approves budget', date: '2024-05-01' });
    expect(parsed.body).toBe('The council approved the budget on Monday.\n\nThe vote was close.\n');
    const report = formatSummary(s, dir).out.join('\n');
    expect(report).toContain(`${f}: written content/articles/2024-05-01-council-approves-budget.md`);
    expect(report).toContain(`dropped boilerplate ${f}:5: "Advertisement"`);
  });

  it('never overwrites without --force; --force rewrites the same article', () => {
    const f = write('budget.txt', BUDGET);
    run(f);
    const path = join(out(), '2024-05-01-council-approves-budget.md');
    const edited = readFileSync(path, 'utf8').replace('was close', 'was close, editors said');
    writeFileSync(path, edited);

    const again = run(f);
    expect(statuses(again)).toEqual([[f, 'exists']]);
    expect(again.exitCode).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe(edited);
    expect(formatSummary(again, dir).out[0]).toBe(`${f}: content/articles/2024-05-01-council-approves-budget.md exists (use --force)`);

    const forced = run(f, '--force');
    expect(statuses(forced)).toEqual([[f, 'overwritten']]);
    expect(readFileSync(path, 'utf8')).not.toContain('editors said');
  });

  it('refuses to replace a different article even with --force', () => {
    const a = write('a.txt', BUDGET);
    run(a);
    const path = join(out(), '2024-05-01-council-approves-budget.md');
    const before = readFileSync(path, 'utf8');
    const b = write('b.txt', BUDGET_OTHER); // same date and slug, other title
    for (const args of [[b], [b, '--force']]) {
      const s = run(...args);
      expect(s.exitCode).toBe(1);
      expect(s.results[0]!.status).toBe('error');
      expect(s.results[0]!.error).toMatch(/holds a different article/);
      expect(readFileSync(path, 'utf8')).toBe(before);
    }
    // --slug is the way out.
    const s = run(b, '--slug', 'council-budget-again');
    expect(statuses(s)).toEqual([[b, 'written']]);
    expect(existsSync(join(out(), '2024-05-01-council-budget-again.md'))).toBe(true);
  });

  it('two inputs that would collide are both refused, in either order', () => {
    const a = write('a.txt', BUDGET);
    const b = write('b.txt', BUDGET_OTHER);
    const c = write('c.txt', ROADS);
    for (const args of [[a, b, c], [c, b, a, '--force']]) {
      const s = run(...args);
      expect(s.exitCode).toBe(1);
      const byInput = Object.fromEntries(s.results.map((r) => [r.input, r]));
      expect(byInput[a]!.status).toBe('error');
      expect(byInput[b]!.status).toBe('error');
      expect(byInput[a]!.error).toMatch(/collides with b\.txt/);
      expect(byInput[b]!.error).toMatch(/collides with a\.txt/);
      expect(existsSync(join(out(), '2024-05-01-council-approves-budget.md'))).toBe(false);
      expect(existsSync(join(out(), '2024-05-02-roads-repaired.md'))).toBe(true);
      rmSync(out(), { recursive: true });
    }
  });

  it('the same file given twice is imported once', () => {
    const a = write('a.txt', BUDGET);
    expect(statuses(run(a, a))).toEqual([[a, 'written']]);
  });

  it('a folder stands for its .txt files, in name order', () => {
    write('in/b.txt', ROADS);
    write('in/a.txt', BUDGET);
    write('in/notes.md', '# not raw');
    write('in/.hidden.txt', 'junk');
    write('in/sub/c.txt', 'date 2024-05-03 Nested\n\nNot read.\n');
    const s = run('in');
    expect(statuses(s)).toEqual([
      [join('in', 'a.txt'), 'written'],
      [join('in', 'b.txt'), 'written'],
    ]);
    expect(readdirSync(out()).sort()).toEqual(['2024-05-01-council-approves-budget.md', '2024-05-02-roads-repaired.md']);
  });

  it('bad files fail with file, line and field; the others are still imported; exit non-zero', () => {
    write('in/1-good.txt', ROADS);
    write('in/2-bad-date.txt', 'date 2024-02-30 Bad date\n\nText.\n');
    write('in/3-no-header.txt', 'Just text\n\nMore text.\n');
    write('in/4-empty.txt', 'date 2024-05-01 Empty\n\nAdvertisement\n');
    const s = run('in', 'missing.txt');
    expect(s.exitCode).toBe(1);
    expect(statuses(s)).toEqual([
      ['missing.txt', 'error'],
      [join('in', '1-good.txt'), 'written'],
      [join('in', '2-bad-date.txt'), 'error'],
      [join('in', '3-no-header.txt'), 'error'],
      [join('in', '4-empty.txt'), 'error'],
    ]);
    const { err } = formatSummary(s, dir);
    expect(err[0]).toBe('import: 4 file(s) failed:');
    expect(err).toContain('  missing.txt: no such file or folder');
    expect(err).toContain(`  ${join('in', '2-bad-date.txt')}:1 (field "date"): 2024-02-30 is not a calendar date`);
    expect(err.some((l) => l.includes(`${join('in', '3-no-header.txt')}:1 (field "date")`))).toBe(true);
    expect(err.some((l) => l.includes(`${join('in', '4-empty.txt')}:2 (field "body")`))).toBe(true);
  });

  it('--dry-run writes nothing and returns the article', () => {
    const f = write('a.txt', BUDGET);
    const s = run(f, '--dry-run');
    expect(statuses(s)).toEqual([[f, 'would-write']]);
    expect(existsSync(out())).toBe(false);
    expect(s.results[0]!.markdown).toMatch(/^---\ntitle: "Council approves budget"\ndate: 2024-05-01\n---\n\n/);
    expect(formatSummary(s, dir, true).out.join('\n')).toContain('  | title: "Council approves budget"');
  });

  it('--out DIR is relative to the working directory', () => {
    const f = write('a.txt', ROADS);
    const s = run(f, '--out', 'elsewhere/articles');
    expect(s.results[0]!.output).toBe(join(dir, 'elsewhere', 'articles', '2024-05-02-roads-repaired.md'));
    expect(existsSync(s.results[0]!.output!)).toBe(true);
  });

  it.each([
    [['--force'], /no FILE or DIR given/],
    [['a.txt', '--frce'], /unknown option --frce/],
    [['a.txt', '--out'], /--out needs a value/],
    [['a.txt', '--slug', 'Not A Slug'], /--slug "Not A Slug"/],
    [['a.txt', 'b.txt', '--slug', 'one'], /--slug applies to a single input file, got 2/],
  ])('usage error %j', (args, msg) => {
    write('a.txt', ROADS);
    write('b.txt', BUDGET);
    const s = run(...args);
    expect(s.exitCode).toBe(2);
    expect(s.usageErrors.join('\n')).toMatch(msg);
    expect(existsSync(out())).toBe(false);
    expect(formatSummary(s, dir).err.at(-1)).toMatch(/^usage: npm run import/);
  });
});
