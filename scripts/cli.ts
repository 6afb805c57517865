/**
 * Dateline's command line: `import`, `analyze`, `eval`.
 *   npm run import -- FILE|DIR… [--force] [--out content/articles]
 *   npm run analyze -- --json FILE.md…
 *   npm run eval -- DIR [--gold GOLD_DIR] [--out PRED.json] [--scorer ../shared/eval/score.py] [--max-paragraph K]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeArticle } from '../src/analysis/index.ts';
import { ArticleFileError } from '../src/analysis/article-file.ts';
import { readArticle } from '../src/site/content.ts';
import { parseSpeakersFile } from '../src/analysis/speakers-file.ts';
import { toEvalJson } from '../src/analysis/output.ts';
import { segmentParagraphs } from '../src/analysis/segment.ts';
import { chronoBaseline } from '../src/analysis/time/baseline.ts';
import type { AnalysisResult, SpeakerConfig } from '../src/analysis/types.ts';
import { runImport } from './import.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function fail(message: string): never {
  console.error(`error: ${message}`);
  process.exit(1);
}

function mdFiles(paths: string[]): string[] {
  return paths.flatMap((p) => {
    if (!existsSync(p)) fail(`${p}: no such file or folder`);
    if (statSync(p).isDirectory()) return readdirSync(p).filter((f) => f.endsWith('.md')).sort().map((f) => join(p, f));
    return [p];
  });
}

function loadSpeakers(): SpeakerConfig[] {
  const file = join(root, 'content', 'speakers.yaml');
  if (!existsSync(file)) return [];
  return parseSpeakersFile(readFileSync(file, 'utf8'), file);
}


function analyzeFile(file: string, speakers: SpeakerConfig[]): AnalysisResult {
  const read = readArticle(readFileSync(file, 'utf8'), file);
  if ('problems' in read) fail(read.problems.join('\n       '));
  const id = basename(file).replace(/\.md$/, '');
  const { frontmatter, body } = read;
  return analyzeArticle({ id, title: frontmatter.title, date: frontmatter.date, body, file, corrections: frontmatter.corrections ?? [] }, { speakers });
}

function analyze(args: string[]) {
  const files = mdFiles(args.filter((a) => !a.startsWith('--')));
  if (!files.length) fail('usage: npm run analyze -- --json FILE.md…');
  const speakers = loadSpeakers();
  const out = files.map((f) => toEvalJson(f, analyzeFile(f, speakers)));
  if (args.includes('--json')) {
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
  } else {
    for (const r of out) {
      console.log(`${r.file}: ${r.statements.length} statements, ${r.times.length} time expressions, ${r.events.length} events`);
      for (const s of r.statements) console.log(`  [${s.kind}] ${s.speaker?.name ?? '?'} (${s.cue}) ${s.date?.value ?? '-'}: ${s.text}`);
      for (const e of r.events) console.log(`  event ${e.date.value}: ${e.text}`);
    }
  }
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function score(scorer: string, what: string, dir: string, pred: string, extra: string[] = []) {
  const out = execFileSync('python3', [scorer, what, dir, pred, ...extra], { encoding: 'utf8' });
  const last = out.trim().split('\n').pop()!;
  return JSON.parse(last) as Record<string, number | null>;
}

function fmt(res: Record<string, unknown>, keys: string[]) {
  return keys.filter((k) => k in res).map((k) => `${k}=${res[k]}`).join('  ');
}

function evaluate(args: string[]) {
  const dir = args.find((a, i) => !a.startsWith('--') && !['--out', '--scorer', '--gold', '--max-paragraph'].includes(args[i - 1] ?? ''));
  if (!dir) fail('usage: npm run eval -- DIR [--gold GOLD_DIR] [--out PRED.json] [--scorer PATH] [--max-paragraph K]');
  const goldDir = option(args, '--gold') ?? dir;
  const goldOf = (f: string) => join(goldDir, basename(f).replace(/\.md$/, '.gold.json'));
  const scorer = option(args, '--scorer') ?? resolve(root, '..', 'shared', 'eval', 'score.py');
  if (!existsSync(scorer)) fail(`scorer not found: ${scorer} (pass --scorer PATH)`);
  const files = mdFiles([dir]).filter((f) => existsSync(goldOf(f)));
  if (!files.length) fail(`${dir}: no <id>.md files with <id>.gold.json beside them`);
  const name = basename(resolve(dir));
  const predPath = option(args, '--out') ?? join(tmpdir(), `dateline-eval-${name}.json`);
  const texts = files.map((f) => ({ f, text: readFileSync(f, 'utf8') }));
  const t0 = performance.now();
  const results = texts.map(({ f }) => toEvalJson(f, analyzeFile(f, [])));
  const ms = performance.now() - t0;
  writeFileSync(predPath, JSON.stringify(results));
  const t1 = performance.now();
  const baseline = texts.map(({ f, text }) => {
    const read = readArticle(text, f);
    if ('problems' in read) fail(read.problems.join('\n       '));
    return { file: f, times: chronoBaseline(segmentParagraphs(read.body), read.frontmatter.date) };
  });
  const msBase = performance.now() - t1;
  const basePath = predPath.replace(/\.json$/, '') + '.chrono.json';
  writeFileSync(basePath, JSON.stringify(baseline));

  const gold = JSON.parse(readFileSync(goldOf(files[0]!), 'utf8')) as Record<string, unknown>;
  console.log(`eval ${dir}: ${files.length} articles; predictions in ${predPath}`);
  console.log(`throughput: ${(files.length / (ms / 1000)).toFixed(1)} articles/s on one core (${ms.toFixed(0)} ms analysis; chrono-node alone ${msBase.toFixed(0)} ms, ratio ${(ms / msBase).toFixed(2)})`);
  const figures: Record<string, unknown> = { dir, articles: files.length, articlesPerSecond: +(files.length / (ms / 1000)).toFixed(2) };
  if ('statements' in gold) {
    const keys = ['precision', 'recall', 'f1', 'speaker_accuracy', 'f1_with_speaker', 'kind_accuracy', 'date_accuracy', 'gold', 'predicted', 'matched'];
    const all = score(scorer, 'statements', goldDir, predPath);
    const dp = score(scorer, 'statements', goldDir, predPath, ['--kinds', 'direct,partial']);
    console.log(`statements, all kinds (overlap 0.5):  ${fmt(all, keys)}`);
    console.log(`statements, direct+partial:           ${fmt(dp, keys)}`);
    figures.statements = all;
    figures.statementsDirectPartial = dp;
    // Some texts write quotation marks as two apostrophes (''Q,'' said X). The
    // engine reads them as quotation marks; a gold set whose kind labels come
    // from curly/straight double quotes calls those statements indirect. The
    // figures above count that against us as scored; this line scores the
    // articles without such marks as well, so both are visible.
    const plain = texts.filter(({ text }) => !/''/.test(text)).map(({ f }) => goldOf(f));
    if (plain.length && plain.length < files.length) {
      const sub = mkdtempSync(join(tmpdir(), 'dateline-gold-'));
      for (const g of plain) symlinkSync(resolve(g), join(sub, basename(g)));
      const dpPlain = score(scorer, 'statements', sub, predPath, ['--kinds', 'direct,partial']);
      const allPlain = score(scorer, 'statements', sub, predPath);
      console.log(`statements on the ${plain.length} articles without '' quotation marks, all kinds:      ${fmt(allPlain, keys)}`);
      console.log(`statements on the ${plain.length} articles without '' quotation marks, direct+partial: ${fmt(dpPlain, keys)}`);
      figures.statementsWithoutTypewriterQuotes = { articles: plain.length, all: allPlain, directPartial: dpPlain };
      rmSync(sub, { recursive: true, force: true });
    }
  }
  if ('timexes' in gold) {
    const keys = ['extent_f1', 'value_precision', 'value_recall', 'value_f1', 'value_accuracy_on_matched', 'gold', 'predicted', 'matched'];
    const t = score(scorer, 'times', goldDir, predPath);
    const b = score(scorer, 'times', goldDir, basePath);
    console.log(`times, Dateline:          ${fmt(t, keys)}`);
    console.log(`times, chrono-node alone: ${fmt(b, keys)}`);
    figures.times = t;
    figures.timesChronoBaseline = b;
    // Some corpora annotate only the first paragraphs of each article (MEANTIME:
    // the date line and the first four sentences): --max-paragraph K scores the
    // predictions in paragraphs 1..K too, so precision is not charged for text
    // nobody annotated. Both figures are printed.
    const maxParagraph = Number(option(args, '--max-paragraph') ?? 0);
    if (maxParagraph > 0) {
      const cut = (items: { times: { paragraph: number }[] }[]) => items.map((r) => ({ ...r, times: r.times.filter((x) => x.paragraph <= maxParagraph) }));
      const tPath = predPath.replace(/\.json$/, '') + `.p${maxParagraph}.json`;
      const bPath = basePath.replace(/\.json$/, '') + `.p${maxParagraph}.json`;
      writeFileSync(tPath, JSON.stringify(cut(results)));
      writeFileSync(bPath, JSON.stringify(cut(baseline)));
      const tc = score(scorer, 'times', goldDir, tPath);
      const bc = score(scorer, 'times', goldDir, bPath);
      console.log(`times in paragraphs 1-${maxParagraph}, Dateline:          ${fmt(tc, keys)}`);
      console.log(`times in paragraphs 1-${maxParagraph}, chrono-node alone: ${fmt(bc, keys)}`);
      figures.timesAnnotatedParagraphs = { maxParagraph, ...tc };
      figures.timesAnnotatedParagraphsChronoBaseline = { maxParagraph, ...bc };
    }
  }
  if ('events' in gold) {
    const e = score(scorer, 'events', goldDir, predPath);
    console.log(`events: ${fmt(e, ['precision', 'recall', 'f1', 'gold', 'predicted', 'matched'])}`);
    figures.events = e;
  }
  console.log(JSON.stringify(figures));
}

const [command, ...rest] = process.argv.slice(2);
try {
  if (command === 'analyze') analyze(rest);
  else if (command === 'eval') evaluate(rest);
  else if (command === 'import') runImport(rest, root);
  else fail('usage: cli.ts import|analyze|eval …');
} catch (e) {
  if (e instanceof ArticleFileError) fail(e.message);
  throw e;
}
