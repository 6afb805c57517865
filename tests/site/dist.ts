/** Helpers for tests on the built site (dist/): HTML parsed with parse5. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

export type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];

export const root = resolve(import.meta.dirname, '..', '..');
/** The built site; DATELINE_DIST points the tests at another build (e.g. a benchmark archive). */
export const dist = process.env.DATELINE_DIST ? resolve(process.env.DATELINE_DIST) : join(root, 'dist');

export function requireDist(): void {
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ has no site: `npm test` builds it first (astro build) before these tests');
}

const cache = new Map<string, Element[]>();

/** All elements of a page, in document order. */
export function elements(file: string): Element[] {
  const hit = cache.get(file);
  if (hit) return hit;
  const doc = parse(readFileSync(file, 'utf8'));
  const out: Element[] = [];
  const walk = (n: Node) => {
    if ('tagName' in n) out.push(n as Element);
    const kids = (n as { childNodes?: Node[] }).childNodes ?? [];
    for (const k of kids) walk(k);
    const content = (n as { content?: Node }).content;
    if (content) walk(content);
  };
  walk(doc as unknown as Node);
  cache.set(file, out);
  return out;
}

export function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

export function text(n: Node): string {
  if (n.nodeName === '#text') return (n as { value: string }).value;
  return ((n as { childNodes?: Node[] }).childNodes ?? []).map(text).join('');
}

export function hasClass(el: Element, cls: string): boolean {
  return (attr(el, 'class') ?? '').split(/\s+/).includes(cls);
}

/** The HTML file that serves a URL path, or null. */
export function fileFor(path: string): string | null {
  const clean = decodeURIComponent(path.split('#')[0]!.split('?')[0]!);
  const p = join(dist, clean);
  if (existsSync(p) && statSync(p).isFile()) return p;
  const index = join(p, 'index.html');
  return existsSync(index) ? index : null;
}

export function pageFor(path: string): string {
  const f = fileFor(path);
  if (!f) throw new Error(`no page for ${path} in dist/`);
  return f;
}

export function htmlFiles(dir = dist): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== 'pagefind' && name !== '_astro') out.push(...htmlFiles(p));
    } else if (name.endsWith('.html')) out.push(p);
  }
  return out;
}

/**
 * A timeout for a test that reads every page of the site: 60 s, or 40 ms a page on a big
 * archive (the 840-article scratch archive has about 5,900 pages, whose link check takes
 * 50 s alone and three times that on a loaded machine). Counted when the test file loads,
 * so with no dist/ yet it is the 60 s floor and requireDist() reports the missing build.
 */
export function wholeSiteTimeout(): number {
  let pages = 0;
  try {
    pages = htmlFiles().length;
  } catch {
    // no dist/ yet
  }
  return Math.max(60_000, pages * 40);
}

export function urlOf(file: string): string {
  const r = '/' + relative(dist, file).replace(/\\/g, '/');
  return r.endsWith('index.html') ? r.slice(0, -'index.html'.length) : r;
}

export function ids(file: string): Set<string> {
  return new Set(elements(file).map((e) => attr(e, 'id')).filter((x): x is string => !!x));
}

export interface SiteExport {
  paging: { timelinePaged: boolean; statementsPaged: boolean; speakerPage: number };
  articles: { id: string; title: string; date: string; statements: string[]; events: string[] }[];
  statements: { id: string; anchor: string; article: string; speaker: string | null; speakerName: string | null; speakerType: string | null; coSpeakers: { id: string | null; name: string }[]; text: string; kind: string; date: { value: string; anchor: string } | null }[];
  speakers: { id: string; name: string; type: string; statements: string[] }[];
  dates: { id: string; order: number; date: { value: string; anchor: string; href: string; range: { start: string; end: string } | null }; events: string[]; statements: string[] }[];
  events: { id: string; anchor: string; href: string; text: string; date: { value: string; anchor: string; label: string; href: string }; sources: { article: string }[] }[];
}

export function siteExport(): SiteExport {
  return JSON.parse(readFileSync(join(dist, 'data', 'site.json'), 'utf8')) as SiteExport;
}
