/**
 * Import of raw scraped article text into a Dateline article file.
 *
 * Pure conversion, no file system: `importRawArticle(text, file)` turns one
 * raw text into the Markdown article that goes to
 * `content/articles/<date>-<slug>.md`. The command line part (reading files,
 * refusing to overwrite, reporting) is `scripts/import.ts`.
 *
 * Raw form (the seed's form):
 *
 *     date 2025-02-10 Headline of the article.
 *
 *     First paragraph.
 *
 *     A subheading
 *
 *     Another paragraph.
 *
 *     Advertisement
 *
 * - The first non-blank line is the header `date YYYY-MM-DD Headline` (leading
 *   white space and a BOM are allowed; `date` in any case). A single trailing
 *   full stop of the headline is not part of the title (`U.S.` keeps its own).
 * - Every other non-blank line is one unit of text (as in `segment.ts`, a
 *   single newline also separates paragraphs). Lines are trimmed at both ends,
 *   nothing else in them changes.
 * - Boilerplate lines (`isBoilerplate`) are dropped and reported with their
 *   1-based line number in the raw file.
 * - A subheading is a short title-like line between paragraphs (see
 *   `isSubheadingShaped`): it becomes `## …`.
 * - Paragraphs are escaped only as far as needed for Markdown to read them as
 *   one paragraph of plain text (see `escapeParagraph`); ordinary text is
 *   copied unchanged, so offsets inside it are those of the raw line.
 */
import { ArticleFileError } from './article-file.ts';
import { shortHash, slugify } from './ids.ts';
import { isBoilerplate } from './segment.ts';

export interface DroppedLine {
  /** 1-based line in the raw file. */
  line: number;
  text: string;
}

export interface ImportedArticle {
  /** `<date>-<slug>.md` */
  fileName: string;
  /** The whole article file: front matter, blank line, body, final newline. */
  markdown: string;
  dropped: DroppedLine[];
  /** Subheading texts, in order, as they appear after `## `. */
  subheadings: string[];
  article: { title: string; date: string; slug: string };
}

export interface ImportOptions {
  /** Use this slug instead of the one derived from the headline. */
  slug?: string;
}

/** Longest subheading, in words. */
export const MAX_SUBHEADING_WORDS = 8;

const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isValidSlug(slug: string): boolean {
  return SLUG_RE.test(slug) && slug.length <= 80;
}

// ---------------------------------------------------------------- header

const HEADER_RE = /^date(?:\s+(\S+))?(?:\s+(.*))?$/i;

function parseHeader(line: string, lineNo: number, file: string): { date: string; title: string } {
  const t = line.trim();
  const m = HEADER_RE.exec(t);
  if (!m) {
    throw new ArticleFileError(file, lineNo, 'date', `the first line must be "date YYYY-MM-DD Headline", got ${JSON.stringify(clip(t))}`);
  }
  const date = m[1] ?? '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    throw new ArticleFileError(file, lineNo, 'date', `expected a date YYYY-MM-DD after "date", got ${JSON.stringify(clip(date))}`);
  }
  if (!isCalendarDate(date)) throw new ArticleFileError(file, lineNo, 'date', `${date} is not a calendar date`);
  const title = cleanTitle(m[2] ?? '');
  if (!/[\p{L}\p{N}]/u.test(title)) throw new ArticleFileError(file, lineNo, 'title', 'the headline after the date is missing');
  return { date, title };
}

function clip(s: string, n = 60): string {
  return s.length > n ? s.slice(0, n) + '…' : s;
}

export function isCalendarDate(date: string): boolean {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(2000, m, 0)).getUTCDate(); // 2000 is a leap year: Feb 29 allowed here
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (m === 2 && !leap ? 28 : days);
}

/** Collapse white space; drop one trailing full stop unless it ends an abbreviation like `U.S.`. */
function cleanTitle(raw: string): string {
  let t = raw.replace(/\s+/gu, ' ').trim();
  if (/[^.]\.$/u.test(t) && !/(?:^|[\s(])(?:\p{L}\.){2,}$/u.test(t)) t = t.slice(0, -1).trimEnd();
  return t;
}

// ---------------------------------------------------------------- slug

/** Words that never make a slug and end the headline's leading phrase. */
const STOP_WORDS = new Set(
  `a an the and or but nor so yet of on in into onto at to for from by with without within about above after
against along amid amidst among around as before behind below beneath beside besides between beyond despite
down during except inside like near off out outside over past per since than through throughout till toward
towards under underneath until unlike up upon via versus vs while whilst if then that this these those there
here where when why how what which who whom whose is are was were be been being am has have had do does did
will would shall should can could may might must not no it its he she they them his her their we our you your
i me my us say says said tell tells told according just also still now again more most very
i've i'm it's he's she's we're they're don't doesn't won't can't isn't aren't wasn't`.split(/\s+/),
);

/** Generic nouns that are skipped without ending the leading phrase. */
const GENERIC_WORDS = new Set(
  `official officials authorities authority leaders leader sources source experts expert analysts analyst
spokesman spokeswoman spokesperson residents people report reports news update updates live breaking exclusive
video watch opinion explainer`.split(/\s+/),
);

/** Tokens that are only punctuation and break the headline into phrases. */
const BREAK_TOKEN = /^[-–—|/:;,•·]+$/u;

interface HeadlineWord {
  slug: string;
  kind: 'stop' | 'generic' | 'word';
  /** The headline's phrase ends after this word (`:`, `,`, `;`, a dash …). */
  breakAfter: boolean;
}

function headlineWords(title: string): HeadlineWord[] {
  const allCaps = !/\p{Ll}/u.test(title);
  const out: HeadlineWord[] = [];
  for (const raw of title.split(/\s+/u)) {
    if (!raw) continue;
    if (BREAK_TOKEN.test(raw)) {
      if (out.length) out[out.length - 1]!.breakAfter = true;
      continue;
    }
    const dotted = /^["'“‘(]*(?:\p{L}\.){2,}["'”’)]*$/u.test(raw); // "U.S.": one word, no sentence end
    const breakAfter = !dotted && /[:;,!?.…–—]["'”’»)\]]*$/u.test(raw);
    const bare = (dotted ? raw.replace(/\./g, '') : raw)
      .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
      .replace(/[’`]/gu, "'");
    const noPossessive = bare.replace(/'s$/iu, '');
    const slug = slugify(noPossessive);
    if (!slug) {
      if (breakAfter && out.length) out[out.length - 1]!.breakAfter = true;
      continue;
    }
    const lower = bare.toLowerCase();
    const acronym = !allCaps && /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(bare); // "US", "NATO": never a stop word
    const kind = acronym ? 'word' : STOP_WORDS.has(lower) ? 'stop' : GENERIC_WORDS.has(lower.replace(/'s$/, '')) ? 'generic' : 'word';
    out.push({ slug, kind, breakAfter });
  }
  return out;
}

/**
 * The slug rule (deterministic, from the headline alone):
 *
 * 1. Split the headline into words; `poker-faced` is one word, a possessive
 *    `’s` is dropped, `:` `,` `;` and dashes end a phrase.
 * 2. Stop words (articles, prepositions, conjunctions, pronouns, auxiliaries,
 *    `says`/`said` …) are never used; generic nouns (`officials`,
 *    `authorities`, `sources`, `live`, `updates` …) are skipped too. An
 *    all-capitals word such as `US` is an acronym, never a stop word.
 * 3. The leading phrase is the run of remaining words from the first
 *    significant word up to the first stop word or phrase break (generic nouns
 *    are skipped without ending it). If it has at least 2 words, the slug is
 *    its first 4 words.
 * 4. Otherwise the first 3 significant words of the whole headline.
 * 5. At most 40 characters (whole words dropped from the end; one overlong
 *    word is cut at a hyphen, or at 40). `U.S.` is the word `us`. No significant word at all (e.g. a headline in a script
 *    slugify cannot transliterate): `article-<hash of the headline>`.
 *
 * "Kremlin officials poker-faced on US suggestions …" → `kremlin-poker-faced`.
 */
export function slugFromHeadline(title: string): string {
  const words = headlineWords(title);
  const run: string[] = [];
  for (const w of words) {
    if (w.kind === 'stop') {
      if (run.length) break;
      continue;
    }
    if (w.kind === 'word') run.push(w.slug);
    if (w.breakAfter && run.length) break;
  }
  let picked = run.length >= 2 ? run.slice(0, 4) : words.filter((w) => w.kind === 'word').slice(0, 3).map((w) => w.slug);
  if (!picked.length) return `article-${shortHash(title)}`;
  while (picked.length > 1 && picked.join('-').length > 40) picked = picked.slice(0, -1);
  const slug = picked.join('-');
  if (slug.length <= 40) return slug;
  const cut = slug.slice(0, 40);
  return cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut;
}

// ---------------------------------------------------------------- body

const CLOSING = /["'”’»)\]]+$/u;

/**
 * Shape of a subheading: at most MAX_SUBHEADING_WORDS words; starts with a
 * capital letter or digit (after an opening quote); does not end with
 * sentence or clause punctuation (`.` `!` `?` `…` `:` `;` `,`, also inside a
 * closing quote); has no sentence break inside. `‘I’ve had it’` qualifies,
 * `“I can neither confirm nor deny it.”` does not.
 */
export function isSubheadingShaped(line: string): boolean {
  const t = line.trim();
  if (!t || t.split(/\s+/u).length > MAX_SUBHEADING_WORDS) return false;
  if (!/^["'“‘«(\[]?[\p{Lu}\p{N}]/u.test(t)) return false;
  if (/[.!?…:;,]$/u.test(t.replace(CLOSING, ''))) return false;
  if (/[.!?…]["'”’»)\]]*\s+\S/u.test(t)) return false;
  if (/[<>{}\[\]|*_#=~`\\]/u.test(t)) return false; // Markdown-looking lines stay paragraphs
  return true;
}

/**
 * Escape the minimum needed for a line to be read by Markdown (CommonMark,
 * GFM) as one paragraph of plain text; a backslash goes before the first
 * character of
 * - an ATX heading (`#`…`######` then space or end), a block quote (`>`),
 *   a bullet (`-` `+` `*` then space or end), a thematic break (`---`,
 *   `* * *`, `___`), a code fence (```` ``` ```` or `~~~`), a link reference
 *   or footnote definition (`[x]:`);
 * - an ordered list marker `1.` / `1)` → `1\.` / `1\)`;
 * and `<` before a letter, `/`, `!` or `?` (raw HTML, comment, autolink)
 * becomes `&lt;`. Anything else is copied unchanged (blocks are always
 * separated by blank lines, so setext underlines and lazy continuations
 * cannot occur).
 */
export function escapeParagraph(text: string): string {
  const t = text.replace(/<(?=[A-Za-z/!?])/g, '&lt;');
  const ordered = /^(\d{1,9})([.)])(?=\s|$)/.exec(t);
  if (ordered) return `${ordered[1]}\\${ordered[2]}${t.slice(ordered[0].length)}`;
  const block =
    /^#{1,6}(?:\s|$)/.test(t) ||
    /^>/.test(t) ||
    /^[-+*](?:\s|$)/.test(t) ||
    /^([-*_])(?:[ \t]*\1){2,}[ \t]*$/.test(t) ||
    /^(?:`{3,}|~{3,})/.test(t) ||
    /^\[[^\]]*\]:/.test(t);
  return block ? '\\' + t : t;
}

/** Heading text: raw HTML escaped as in paragraphs; a closing `#` sequence kept as text. */
function escapeHeading(text: string): string {
  return text.replace(/<(?=[A-Za-z/!?])/g, '&lt;').replace(/(\s)(#+)$/u, '$1\\$2');
}

interface Unit {
  line: number;
  text: string;
}

// ---------------------------------------------------------------- conversion

export function importRawArticle(text: string, file: string, options: ImportOptions = {}): ImportedArticle {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  let h = 0;
  while (h < lines.length && !lines[h]!.trim()) h++;
  if (h >= lines.length) throw new ArticleFileError(file, 1, 'date', 'the file is empty: expected a first line "date YYYY-MM-DD Headline"');
  const { date, title } = parseHeader(lines[h]!, h + 1, file);

  const dropped: DroppedLine[] = [];
  const units: Unit[] = [];
  for (let i = h + 1; i < lines.length; i++) {
    const t = lines[i]!.trim();
    if (!t) continue;
    if (isBoilerplate(t)) dropped.push({ line: i + 1, text: t });
    else units.push({ line: i + 1, text: t });
  }
  if (!units.length) {
    const why = dropped.length ? `all ${dropped.length} line(s) after the header are boilerplate` : 'there is no text after the header';
    throw new ArticleFileError(file, Math.min(h + 2, lines.length), 'body', `empty body: ${why}`);
  }

  const subheadings: string[] = [];
  const blocks: string[] = [];
  let previousWasParagraph = false;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    const next = units[i + 1];
    const heading: boolean = previousWasParagraph && next !== undefined && isSubheadingShaped(u.text) && !isSubheadingShaped(next.text);
    if (heading) {
      subheadings.push(u.text);
      blocks.push(`## ${escapeHeading(u.text)}`);
    } else {
      blocks.push(escapeParagraph(u.text));
    }
    previousWasParagraph = !heading;
  }

  let slug: string;
  if (options.slug !== undefined) {
    if (!isValidSlug(options.slug)) {
      throw new ArticleFileError(file, null, 'slug', `--slug ${JSON.stringify(options.slug)}: use lower-case letters, digits and single hyphens`);
    }
    slug = options.slug;
  } else {
    slug = slugFromHeadline(title);
  }

  const markdown = `---\ntitle: ${yamlString(title)}\ndate: ${date}\n---\n\n${blocks.join('\n\n')}\n`;
  return { fileName: `${date}-${slug}.md`, markdown, dropped, subheadings, article: { title, date, slug } };
}

/** A JSON string is a YAML double-quoted scalar; U+2028/2029 escaped too. */
function yamlString(s: string): string {
  return JSON.stringify(s).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
