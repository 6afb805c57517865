/**
 * Reading content/: every article file is parsed, validated and analysed, or
 * the build stops with a list of every bad file (file, line, field, what was
 * wrong). Nothing is dropped silently. Analysis is cached by content hash, so
 * a rebuild re-analyses only the articles that changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeArticle } from '../analysis/index.ts';
import { ArticleFileError, parseArticleFile } from '../analysis/article-file.ts';
import { parseSpeakersFile } from '../analysis/speakers-file.ts';
import type { AnalysisResult, SpeakerConfig } from '../analysis/types.ts';
import { articleFrontmatterSchema, type ArticleFrontmatter } from '../schemas/article.ts';

export interface LoadedArticle {
  id: string;
  /** Path relative to the project root. */
  file: string;
  frontmatter: ArticleFrontmatter;
  body: string;
  /** Hash of the file text + engine version + speakers file. */
  hash: string;
  analysis: AnalysisResult;
}

export interface LoadedContent {
  articles: LoadedArticle[];
  speakers: SpeakerConfig[];
  /** How many analyses came from the cache. */
  cacheHits: number;
}

export class ContentError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`content/ has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was built:\n` + problems.map((p) => `  - ${p}`).join('\n'));
    this.name = 'ContentError';
    this.problems = problems;
  }
}

const ID_RE = /^[a-z0-9][a-z0-9-]*$/;

const srcDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const versions = new Map<string, string>();

/**
 * Hash of source files or folders (relative to src/): a change to the code
 * that produced a cached result invalidates it.
 */
export function sourceVersion(paths: string[]): string {
  const key = paths.join('|');
  const memo = versions.get(key);
  if (memo) return memo;
  const h = createHash('sha256');
  const walk = (p: string) => {
    if (!existsSync(p)) return;
    if (statSync(p).isDirectory()) for (const name of readdirSync(p).sort()) walk(join(p, name));
    else if (p.endsWith('.ts')) h.update(p.slice(srcDir.length)).update(readFileSync(p));
  };
  for (const p of paths) walk(join(srcDir, p));
  const v = h.digest('hex').slice(0, 16);
  versions.set(key, v);
  return v;
}

/**
 * Parse and validate one article file: front matter (zod schema) and body.
 * Returns every problem found, each naming the file, line and field.
 */
export function readArticle(text: string, file: string): { frontmatter: ArticleFrontmatter; body: string } | { problems: string[] } {
  let pf;
  try {
    pf = parseArticleFile(text, file);
  } catch (e) {
    if (e instanceof ArticleFileError) return { problems: [e.message] };
    throw e;
  }
  const result = articleFrontmatterSchema.safeParse(pf.data);
  if (!result.success) {
    return {
      problems: result.error.issues.map((issue) => {
        const field = issue.path.map(String).join('.') || '(front matter)';
        const line = pf.lines[String(issue.path[0] ?? '')] ?? 2;
        return `${file}:${line}: field "${field}": ${issue.message}`;
      }),
    };
  }
  if (!pf.body.trim()) return { problems: [`${file}:${pf.bodyLine}: the article has no text after its front matter`] };
  return { frontmatter: result.data, body: pf.body };
}

/** content/ under the project root, or DATELINE_CONTENT (for benchmarks and fixture sites). */
export function contentDirOf(root: string): string {
  return process.env.DATELINE_CONTENT ? resolve(root, process.env.DATELINE_CONTENT) : join(root, 'content');
}

export interface LoadOptions {
  /** Project root (holds content/). */
  root: string;
  /** Cache folder; null disables the cache. */
  cacheDir?: string | null;
}

export function loadContent({ root, cacheDir = join(root, 'node_modules', '.cache', 'dateline') }: LoadOptions): LoadedContent {
  const contentDir = contentDirOf(root);
  const articlesDir = join(contentDir, 'articles');
  const problems: string[] = [];
  const rel = (p: string) => relative(root, p) || p;

  let speakers: SpeakerConfig[] = [];
  let speakersText = '';
  const speakersFile = join(contentDir, 'speakers.yaml');
  if (existsSync(speakersFile)) {
    speakersText = readFileSync(speakersFile, 'utf8');
    try {
      speakers = parseSpeakersFile(speakersText, rel(speakersFile));
    } catch (e) {
      problems.push((e as Error).message);
    }
  }

  if (!existsSync(articlesDir)) throw new ContentError([`${rel(articlesDir)}: folder not found (articles go in content/articles/*.md)`]);
  const names = readdirSync(articlesDir).sort();
  const parsed: { id: string; file: string; text: string; frontmatter: ArticleFrontmatter; body: string }[] = [];
  for (const name of names) {
    const path = join(articlesDir, name);
    const file = rel(path);
    if (statSync(path).isDirectory()) {
      problems.push(`${file}: sub-folders are not read; move its articles into content/articles/`);
      continue;
    }
    if (!name.endsWith('.md')) {
      if (!name.startsWith('.')) problems.push(`${file}: not an article (only .md files are read); remove it or rename it to .md`);
      continue;
    }
    const id = basename(name, '.md');
    if (!ID_RE.test(id)) {
      problems.push(`${file}: file name must be lower-case letters, digits and hyphens (it becomes the URL /articles/${id}/)`);
      continue;
    }
    const text = readFileSync(path, 'utf8');
    const read = readArticle(text, file);
    if ('problems' in read) {
      problems.push(...read.problems);
      continue;
    }
    parsed.push({ id, file, text, frontmatter: read.frontmatter, body: read.body });
  }

  const engine = sourceVersion(['analysis']);
  const speakersHash = createHash('sha256').update(speakersText).digest('hex').slice(0, 16);
  if (cacheDir) mkdirSync(cacheDir, { recursive: true });
  let cacheHits = 0;
  const articles: LoadedArticle[] = [];
  for (const a of parsed) {
    const hash = createHash('sha256').update(engine).update(speakersHash).update(a.id).update(a.text).digest('hex').slice(0, 24);
    const cachePath = cacheDir ? join(cacheDir, `${hash}.json`) : null;
    let analysis: AnalysisResult | null = null;
    if (cachePath && existsSync(cachePath)) {
      try {
        analysis = JSON.parse(readFileSync(cachePath, 'utf8')) as AnalysisResult;
        cacheHits++;
      } catch {
        analysis = null;
      }
    }
    if (!analysis) {
      try {
        analysis = analyzeArticle(
          {
            id: a.id,
            title: a.frontmatter.title,
            date: a.frontmatter.date,
            body: a.body,
            file: a.file,
            corrections: a.frontmatter.corrections ?? [],
          },
          { speakers },
        );
      } catch (e) {
        // A correction that matches nothing, or an engine failure: listed with the
        // other problems (the build stops), never skipped silently.
        problems.push(e instanceof ArticleFileError ? e.message : `${a.file}: analysis failed (engine error, please report): ${(e as Error).stack ?? e}`);
        continue;
      }
      if (cachePath) writeFileSync(cachePath, JSON.stringify(analysis));
    }
    articles.push({ id: a.id, file: a.file, frontmatter: a.frontmatter, body: a.body, hash, analysis });
  }
  if (problems.length) throw new ContentError(problems);
  return { articles, speakers, cacheHits };
}
