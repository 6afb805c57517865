/**
 * `npm run bench -- DIR [--limit N]`: the content pipeline (read, validate,
 * analyse, model, render) over the *.md files of DIR, copied into a scratch
 * content/ folder, measured three ways in one run:
 *   cold   - empty analysis cache (every article analysed);
 *   warm   - the same files again (analyses from the content-hash cache);
 *   edit   - one article changed (only it re-analysed).
 * Prints wall times, ratios against the cold run, and peak memory.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSiteModel } from '../src/site/model.ts';

const args = process.argv.slice(2);
const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--limit');
if (!dir) {
  console.error('usage: npm run bench -- DIR [--limit N]');
  process.exit(1);
}
const limitArg = args.indexOf('--limit');
const limit = limitArg >= 0 ? Number(args[limitArg + 1]) : Infinity;

const root = mkdtempSync(join(tmpdir(), 'dateline-bench-'));
const articles = join(root, 'content', 'articles');
mkdirSync(articles, { recursive: true });
const names = readdirSync(dir).filter((f) => f.endsWith('.md')).sort().slice(0, limit);
for (const name of names) {
  const id = name.toLowerCase().replace(/\.md$/, '').replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');
  cpSync(join(dir, name), join(articles, `${id}.md`));
}
const cacheDir = join(root, 'cache');

function run(label: string) {
  const t0 = performance.now();
  const model = buildSiteModel({ root, cacheDir });
  const ms = performance.now() - t0;
  return { label, ms, model };
}

const cold = run('cold');
const warm = run('warm');
const first = readdirSync(articles).sort()[0]!;
writeFileSync(join(articles, first), readFileSync(join(articles, first), 'utf8') + '\nThe council said on Monday that it would meet again.\n');
const edit = run('edit');
// (the process's peak resident set, in KiB: the high-water mark, not the size at the end of the run)
const peakKiB = process.resourceUsage().maxRSS;
const m = cold.model;
console.log(`bench ${dir}: ${names.length} articles, ${m.statements.length} statements, ${m.events.length} events, ${m.speakers.length} speakers, ${m.timeline.length} dates`);
for (const r of [cold, warm, edit]) {
  console.log(
    `${r.label.padEnd(5)} ${r.ms.toFixed(0).padStart(7)} ms  ${(names.length / (r.ms / 1000)).toFixed(1).padStart(7)} articles/s  ratio to cold ${(r.ms / cold.ms).toFixed(3)}  (analyses from cache: ${r.model.cacheHits})`,
  );
}
console.log(`peak RSS ${(peakKiB / 1024).toFixed(0)} MiB; timeline paginated: ${m.paging.timelinePaged}; statement index paginated: ${m.paging.statementsPaged}`);
rmSync(root, { recursive: true, force: true });
