/**
 * `npm run import -- FILE|DIR… [--force] [--out DIR] [--dry-run] [--slug NAME]`
 *
 * Turns raw scraped text files (`date YYYY-MM-DD Headline`, then blank-line
 * paragraphs) into `content/articles/<date>-<slug>.md`. A DIR stands for the
 * `*.txt` files directly in it, in name order. The conversion itself is
 * `importRawArticle` (src/analysis/importer.ts); this file does the file
 * system and the report.
 *
 * - Never overwrites an existing file without `--force`; even with `--force`
 *   it refuses to replace a file that holds a different article (another
 *   title, or not readable as an article).
 * - Two inputs that would produce the same file are both refused (whatever
 *   their order): import one of them alone with `--slug NAME`.
 * - Errors (bad header, invalid date, empty body, collisions, unreadable
 *   files) are reported per file; the other files go on; the command exits
 *   non-zero and lists every failure at the end.
 * - `--dry-run` prints what would be written (and the article text), writes
 *   nothing.
 * - `--slug NAME` replaces the slug derived from the headline; only with a
 *   single input file.
 * - Relative paths (inputs, `--out`) are relative to the directory npm was
 *   started from; `--out` defaults to `content/articles` under the repo root.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ArticleFileError, parseArticleFile } from '../src/analysis/article-file.ts';
import { importRawArticle, isValidSlug, type DroppedLine } from '../src/analysis/importer.ts';

export interface ImportFileResult {
  /** The input path as given (or as found in a given folder). */
  input: string;
  status: 'written' | 'overwritten' | 'exists' | 'would-write' | 'would-overwrite' | 'error';
  /** Output path (absent when the input could not be converted). */
  output?: string;
  dropped: DroppedLine[];
  subheadings: string[];
  error?: string;
  /** The generated article (for --dry-run). */
  markdown?: string;
}

export interface ImportSummary {
  results: ImportFileResult[];
  /** Problems with the command line itself (nothing was imported). */
  usageErrors: string[];
  exitCode: number;
}

const USAGE = 'usage: npm run import -- FILE|DIR… [--force] [--out DIR] [--dry-run] [--slug NAME]';

interface Options {
  inputs: string[];
  force: boolean;
  dryRun: boolean;
  out?: string;
  slug?: string;
}

function parseArgs(args: string[]): { options: Options; errors: string[] } {
  const options: Options = { inputs: [], force: false, dryRun: false };
  const errors: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--force') options.force = true;
    else if (a === '--dry-run') options.dryRun = true;
    else if (a === '--out' || a === '--slug') {
      const v = args[++i];
      if (v === undefined || v.startsWith('--')) errors.push(`${a} needs a value`);
      else if (a === '--out') options.out = v;
      else options.slug = v;
    } else if (a.startsWith('--out=')) options.out = a.slice(6);
    else if (a.startsWith('--slug=')) options.slug = a.slice(7);
    else if (a.startsWith('--')) errors.push(`unknown option ${a}`);
    else options.inputs.push(a);
  }
  if (!options.inputs.length) errors.push('no FILE or DIR given');
  if (options.slug !== undefined && !isValidSlug(options.slug)) {
    errors.push(`--slug ${JSON.stringify(options.slug)}: use lower-case letters, digits and single hyphens`);
  }
  return { options, errors };
}

/** Expand folders into their `*.txt` files; missing paths become errors. */
function expandInputs(inputs: string[], base: string): { files: string[]; missing: ImportFileResult[] } {
  const files: string[] = [];
  const missing: ImportFileResult[] = [];
  for (const input of inputs) {
    const abs = resolve(base, input);
    if (!existsSync(abs)) {
      missing.push({ input, status: 'error', dropped: [], subheadings: [], error: `${input}: no such file or folder` });
    } else if (statSync(abs).isDirectory()) {
      const found = readdirSync(abs)
        .filter((f) => f.endsWith('.txt') && !f.startsWith('.'))
        .sort()
        .map((f) => join(input, f))
        .filter((f) => statSync(resolve(base, f)).isFile());
      if (!found.length) missing.push({ input, status: 'error', dropped: [], subheadings: [], error: `${input}: folder has no .txt files` });
      files.push(...found);
    } else {
      files.push(input);
    }
  }
  return { files: [...new Set(files)], missing };
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Does the existing file hold the same article (same title)? */
function sameArticle(existingPath: string, title: string): { same: boolean; why?: string } {
  try {
    const parsed = parseArticleFile(readFileSync(existingPath, 'utf8'), existingPath);
    const t = parsed.data.title;
    if (t === title) return { same: true };
    return { same: false, why: `it holds a different article (title ${JSON.stringify(t)})` };
  } catch (e) {
    return { same: false, why: `it cannot be read as an article (${e instanceof ArticleFileError ? e.message : message(e)})` };
  }
}

/**
 * The whole command, without touching the process (exit code, console):
 * `runImport` prints its summary. `base` is where relative paths start.
 */
export function importFiles(args: string[], root: string, base: string = process.cwd()): ImportSummary {
  const { options, errors } = parseArgs(args);
  if (errors.length) return { results: [], usageErrors: errors, exitCode: 2 };
  const { files, missing } = expandInputs(options.inputs, base);
  if (options.slug !== undefined && files.length + missing.length !== 1) {
    return { results: [], usageErrors: [`--slug applies to a single input file, got ${files.length + missing.length}`], exitCode: 2 };
  }
  const outDir = options.out !== undefined ? resolve(base, options.out) : join(root, 'content', 'articles');

  // Convert everything first, so that collisions are found whatever the order.
  const results: ImportFileResult[] = [...missing];
  const converted: { result: ImportFileResult; title: string; markdown: string; path: string }[] = [];
  for (const input of files) {
    const result: ImportFileResult = { input, status: 'error', dropped: [], subheadings: [] };
    results.push(result);
    try {
      const text = readFileSync(resolve(base, input), 'utf8');
      const art = importRawArticle(text, input, { slug: options.slug });
      result.dropped = art.dropped;
      result.subheadings = art.subheadings;
      result.output = join(outDir, art.fileName);
      converted.push({ result, title: art.article.title, markdown: art.markdown, path: result.output });
    } catch (e) {
      result.error = message(e);
    }
  }

  const byPath = new Map<string, typeof converted>();
  for (const c of converted) byPath.set(c.path, [...(byPath.get(c.path) ?? []), c]);

  for (const [path, group] of byPath) {
    if (group.length > 1) {
      for (const c of group) {
        const others = group.filter((o) => o !== c).map((o) => o.result.input);
        c.result.error = `${c.result.input}: collides with ${others.join(', ')} (both would be ${path}); import one of them alone with --slug NAME`;
      }
      continue;
    }
    const c = group[0]!;
    const exists = existsSync(path);
    if (exists) {
      const check = sameArticle(path, c.title);
      if (!check.same) {
        c.result.error = `${c.result.input}: ${path} exists and ${check.why}; not replaced even with --force (use --slug NAME, or remove that file)`;
        continue;
      }
    }
    if (options.dryRun) {
      c.result.status = exists ? (options.force ? 'would-overwrite' : 'exists') : 'would-write';
      c.result.markdown = c.markdown;
      continue;
    }
    if (exists && !options.force) {
      c.result.status = 'exists';
      continue;
    }
    try {
      mkdirSync(outDir, { recursive: true });
      // 'wx' fails if the file appeared meanwhile: never overwrite without --force.
      writeFileSync(path, c.markdown, { encoding: 'utf8', flag: options.force ? 'w' : 'wx' });
      c.result.status = exists ? 'overwritten' : 'written';
    } catch (e) {
      c.result.error = `${c.result.input}: cannot write ${path}: ${message(e)}`;
    }
  }

  const failed = results.some((r) => r.status === 'error');
  return { results, usageErrors: [], exitCode: failed ? 1 : 0 };
}

/** Human-readable report lines for a summary. */
export function formatSummary(summary: ImportSummary, base: string, dryRun = false): { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  if (summary.usageErrors.length) {
    for (const e of summary.usageErrors) err.push(`error: ${e}`);
    err.push(USAGE);
    return { out, err };
  }
  const show = (p: string) => {
    const r = relative(base, p);
    return r && !r.startsWith('..') ? r : p;
  };
  for (const r of summary.results) {
    const target = r.output ? show(r.output) : '';
    switch (r.status) {
      case 'written': out.push(`${r.input}: written ${target}`); break;
      case 'overwritten': out.push(`${r.input}: written ${target} (overwritten, --force)`); break;
      case 'exists': out.push(`${r.input}: ${target} exists (use --force)`); break;
      case 'would-write': out.push(`${r.input}: would write ${target} (dry run)`); break;
      case 'would-overwrite': out.push(`${r.input}: would overwrite ${target} (dry run, --force)`); break;
      case 'error': out.push(`${r.input}: FAILED: ${r.error}`); break;
    }
    if (r.subheadings.length) out.push(`  subheadings: ${r.subheadings.map((s) => JSON.stringify(s)).join(', ')}`);
    for (const d of r.dropped) out.push(`  dropped boilerplate ${r.input}:${d.line}: ${JSON.stringify(d.text)}`);
    if (dryRun && r.markdown !== undefined) {
      out.push(`  ---- ${target} ----`);
      out.push(...r.markdown.replace(/\n$/, '').split('\n').map((l) => `  | ${l}`));
    }
  }
  const failures = summary.results.filter((r) => r.status === 'error');
  const count = (s: ImportFileResult['status'][]) => summary.results.filter((r) => s.includes(r.status)).length;
  out.push(
    `import: ${count(['written', 'overwritten'])} written, ${count(['would-write', 'would-overwrite'])} would be written, ` +
      `${count(['exists'])} skipped (exist), ${failures.length} failed`,
  );
  if (failures.length) {
    err.push(`import: ${failures.length} file(s) failed:`);
    for (const f of failures) err.push(`  ${f.error}`);
  }
  return { out, err };
}

export function runImport(args: string[], root: string): void {
  const base = process.env.INIT_CWD ?? process.cwd();
  const summary = importFiles(args, root, base);
  const { out, err } = formatSummary(summary, base, args.includes('--dry-run'));
  for (const l of out) console.log(l);
  for (const l of err) console.error(l);
  if (summary.exitCode) process.exitCode = summary.exitCode;
}
