/**
 * Statement dating (issue 4): the date each statement was *made*, as the text
 * says it; null when it does not. The publication date is never assumed; it
 * only serves as an upper bound (words cannot be said after the article
 * reporting them was published, so a later date is never taken).
 *
 * Vocabulary
 * - anchored expression: a DATE/TIME expression with a calendar range
 *   (`isAnchored`, events.ts): not a duration, set or PAST_REF-like value.
 * - head of a statement: its cue (`cueSpan`), else its speaker mention.
 * - head sentence: the sentence (splitSentences, quotations kept whole) that
 *   contains the head.
 * - content: the statements' `spans` (quoted or reported words). A statement
 *   nested in another one's content ("According to Yahoo News, Lehrich said
 *   Friday that …") is not blocked by the outer content.
 *
 * Rule 1, own date. An anchored expression *governs* the statement when it
 * lies in the head sentence, outside any content and quotation, not after
 * the publication date, and attaches to the cue's clause:
 *   a. after the cue, only the cue's complements in between ("told media on
 *      Monday that …", "“…,” Trump said on Monday", "told CBS This Morning on
 *      Monday"): at most 8 words, no content span, no quotation (short quoted
 *      titles aside), colon, semicolon or comma (an apposition: "said David
 *      Plouffe, the architect of Obama’s 2008 campaign"), no clause opener
 *      (that, whether, if, which, who, because, after, before, since, until
 *      …; "as", "while", "when" are allowed: they make the saying
 *      simultaneous), and no topic complement ("said of the 2016 election");
 *   b. before the cue: in an introductory adverbial or participial phrase, or
 *      between the speaker and the cue ("Speaking to reporters on Sunday, Trump
 *      indicated", "Earlier this year, Putin said", "Trump on Monday said",
 *      "McConnell, who in 2010 said"): no content span, quotation (short titles
 *      aside) or other statement's cue between, no clause coordination (";",
 *      ", and", ", but" …) or subordinator (after, because, if …) between, not
 *      in a relative clause that closes before the cue ("Trump, who met Putin
 *      on Monday, said"), not in a phrase headed by a temporal preposition
 *      that dates another event ("Following a claim over the weekend by
 *      Trump, a spokesman said …"; After, Before, Since, Until, Ahead of,
 *      Amid …);
 *   in both cases, not a noun modifier ("Data from the 2014 survey show",
 *   "Thursday’s walk-ins were …") unless the noun phrase is a setting ("In a
 *   March 2016 meeting …, Trump said", "At Monday’s debate", "during the
 *   Monday night debate").
 *   When several qualify, the one nearest to the cue wins. So in "Trump has
 *   asserted that he can bring … the hostilities, which were initiated …
 *   three years ago", "three years ago" is in the content / a relative clause
 *   and does not date the assertion.
 *
 * Rule 2, no inheritance across perfect or habitual cues. Without an own date,
 * a statement whose cue is in the perfect ("has asserted", "have said", "had
 * claimed") or carries a habitual adverb ("repeatedly claimed", "often says")
 * reports words said over an unspecified stretch of time: null.
 *
 * Rules 3–6, inheritance from the context that dates the speaker's words.
 * A *context* is (speaker, date, position, sentence), from
 *   - every statement already dated (own or inherited: a date propagates along
 *     a chain of statements, but rule 5 never carries it more than 3
 *     paragraphs from the expression it came from), and
 *   - every *dated mention*: a speaker named as the subject of a clause
 *     governed by an anchored expression outside quotations and content
 *     ("a Kremlin spokesman refused on Monday to …", "On Monday, Ryabkov
 *     met …", "Trump made the comments Friday"): the mention is the first noun
 *     phrase after the expression's introductory phrase, or is followed by at
 *     most 4 words and then the expression, with no punctuation or clause
 *     opener between; a possessive ("Obama’s announcement in 2014") is not a
 *     subject.
 * Speakers are compared by their resolved name; mentions are found by full
 * name, surname, role and the descriptive words of the statements' own
 * mentions ("Kremlin spokesman" from "Kremlin spokesman Dmitry Peskov"); a
 * descriptor shared by two speakers is ignored.
 * An undated statement takes, in this order of precedence:
 *   3. the nearest preceding context of the same speaker in the same
 *      paragraph ("“…,” Trump said on Sunday. “…,” he said, adding that …");
 *   4. a statement by another speaker with its *own* date in the same or the
 *      previous sentence of the same paragraph: a paragraph that reports a
 *      round of statements shares its news cycle ("The envoy told media on
 *      Monday that … However, a senior Russian official said that …");
 *   5. the nearest preceding context of the same speaker in the previous two
 *      paragraphs ("Speaking to reporters on Sunday, Trump indicated …" then,
 *      two paragraphs on, "Trump said: “…”"); expressions dating other
 *      speakers' words in between do not shift this speaker's context;
 *   6. the nearest preceding context of the same speaker anywhere earlier in
 *      the article that reports the same exchange: the two sentences share at
 *      least 4 content words beyond speaker names, cues and time words ("a
 *      Kremlin spokesman refused on Monday to confirm or deny that a phone
 *      call had taken place" … "Asked about the suggestion that a phone call
 *      had taken place, Kremlin spokesman Dmitry Peskov said: “I can neither
 *      confirm nor deny it.”");
 *   else null.
 * A cue in the present tense ("says", "tells", "is warning") reports a
 * standing position or the reporter's own exchange, not words said at an
 * earlier moment of the story: it inherits only by rule 3.
 */
import { isAnchored, timeValueOf } from './events.ts';
import { splitSentences } from './segment.ts';
import type { Paragraph, Sentence, Statement, TimeExpression, TimeValue } from './types.ts';
import { escapeRegExp } from './regexp.ts';

interface Context {
  speaker: string;
  date: TimeValue;
  /** Position in the body: the time expression of a mention, the head of a statement. */
  offset: number;
  paragraph: number;
  sentence: Sentence;
  /** A dated mention, a statement with its own date, a statement with an inherited date. */
  kind: 'mention' | 'own' | 'inherited';
  /** Paragraph of the time expression the date comes from (at the end of a chain of inheritance). */
  origin: number;
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'him', 'her', 'them', 'his', 'its', 'their']);
const DETERMINERS = /^(the|a|an|his|her|its|their|our|this|that|these|those)\s+/i;

const QUOTE_CHARS = /[“”"«»]|''/;
const AFTER_CUE_BLOCKERS =
  /[“”"«»:;]|\b(that|whether|if|which|who|whom|whose|where|because|although|though|after|before|since|until|till|unless|once|despite|following)\b/i;
const TEMPORAL_PHRASE_HEAD = /^\s*(after|following|before|since|until|till|prior to|ahead of|amid|amidst|in the wake of|in the run-up to)\b/i;
const RELATIVE_OPENER = /^\s*(who|whom|whose|which|that|where)\b/i;
const COORDINATION = /;|,\s*(and|but|or|while|whereas|yet)\b/i;
const PERFECT = /\b(has|have|had|’s|'s|’ve|'ve|’d|'d)\s+(\p{L}+ly\s+){0,2}$/iu;
const HABITUAL = /\b(repeatedly|often|frequently|regularly|routinely|always|consistently|constantly|long|previously|usually|habitually|time and again)\s+$/i;

const STOP_WORDS = new Set(
  (
    'a an the and or but if of to in on at by for with from as into about over under than then that this these those ' +
    'is are was were be been being has have had do does did will would can could should may might must shall ' +
    'he she it they we i you him her them his its their our your my me us who whom whose which what when where why how ' +
    'not no nor neither either so too very just also only even still yet again more most much many any all some such ' +
    'said says say saying told tell tells asked ask added adding stated noted according there here ' +
    'monday tuesday wednesday thursday friday saturday sunday weekend week month year today yesterday tomorrow ago earlier later last next'
  ).split(' '),
);

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1 && !STOP_WORDS.has(w));
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * Ranges [start, end) of text between quotation marks in a paragraph, as body
 * offsets. Curly, straight and doubled-apostrophe ('' … '') double quotes; a
 * quotation still open at the end of the paragraph runs to its end (news
 * style for a quotation that goes on in the next paragraph).
 */
export function quoteRanges(p: Paragraph): [number, number][] {
  const out: [number, number][] = [];
  const t = p.text;
  let open = -1;
  let straight = -1;
  for (let i = 0; i < t.length; i++) {
    const ch = t[i];
    const doubled = ch === "'" && t[i + 1] === "'";
    if (ch === '“' || ch === '«') {
      if (open < 0) open = i;
    } else if ((ch === '”' || ch === '»') && open >= 0) {
      out.push([p.start + open, p.start + i + 1]);
      open = -1;
    } else if (ch === '"' || doubled) {
      const width = doubled ? 2 : 1;
      if (straight < 0) straight = i;
      else {
        out.push([p.start + straight, p.start + i + width]);
        straight = -1;
      }
      i += width - 1;
    }
  }
  const unclosed = [open, straight].filter((x) => x >= 0);
  if (unclosed.length) out.push([p.start + Math.min(...unclosed), p.end]);
  // single curly quotes (British style): ‘ opens before a word, ’ closes when no letter follows (not I’ve, Putin’s)
  let single = -1;
  for (let i = 0; i < t.length; i++) {
    if (t[i] === '‘' && single < 0 && /[\p{L}\p{N}…]/u.test(t[i + 1] ?? '')) single = i;
    else if (t[i] === '’' && single >= 0 && !/\p{L}/u.test(t[i + 1] ?? '')) {
      out.push([p.start + single, p.start + i + 1]);
      single = -1;
    }
  }
  return out;
}

const inside = (a: number, b: number, ranges: [number, number][]) => ranges.some(([s, e]) => a < e && b > s);

export function speakerKey(st: Statement): string | null {
  if (st.speaker?.name) return st.speaker.name.toLowerCase();
  const m = st.speakerMention?.trim();
  if (!m || PRONOUNS.has(m.toLowerCase())) return null;
  return m.toLowerCase().replace(DETERMINERS, '');
}

/** The words that name a speaker in running text: name, surname, role, descriptors of its mentions. */
function speakerPatterns(statements: Statement[]): Map<string, string> {
  const byPattern = new Map<string, Set<string>>();
  const add = (pattern: string | null | undefined, key: string) => {
    const p = pattern?.trim().replace(DETERMINERS, '').replace(/[,\s]+$/, '');
    if (!p || PRONOUNS.has(p.toLowerCase())) return;
    // a single lower-case word ("official", "spokesman") is too vague to find a speaker by
    if (!/\s/.test(p) && !/^\p{Lu}/u.test(p)) return;
    if (p.length < 3) return;
    const k = p.toLowerCase();
    if (!byPattern.has(k)) byPattern.set(k, new Set());
    byPattern.get(k)!.add(key);
  };
  for (const st of statements) {
    const key = speakerKey(st);
    if (!key) continue;
    const name = st.speaker?.name;
    if (name) {
      add(name, key);
      const parts = name.split(/\s+/);
      if (parts.length > 1 && st.speaker?.type === 'person') add(parts[parts.length - 1], key);
      add(st.speaker?.role, key);
    }
    const mention = st.speakerMention;
    if (mention) {
      add(mention, key);
      if (name) {
        // "Kremlin spokesman Dmitry Peskov" → "Kremlin spokesman"; "Moscow’s Deputy Foreign Minister Sergei Ryabkov" → …
        const parts = name.split(/\s+/);
        for (const form of [name, parts[parts.length - 1]!]) {
          const i = mention.indexOf(form);
          if (i > 0) add(mention.slice(0, i), key);
        }
      }
    }
  }
  const out = new Map<string, string>();
  for (const [p, keys] of byPattern) if (keys.size === 1) out.set(p, [...keys][0]!);
  return out;
}

interface ArticleView {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  quotes: [number, number][];
  content: [number, number][];
  /** Cue spans of all statements. */
  cues: [number, number][];
  bodyText: (a: number, b: number) => string;
}

function makeView(paragraphs: Paragraph[], statements: Statement[]): ArticleView {
  const sentences = paragraphs.flatMap((p) => splitSentences(p, true));
  const quotes = paragraphs.flatMap(quoteRanges);
  const content = statements.flatMap((s) => s.spans);
  const cues = statements.flatMap((s) => (s.cueSpan ? [s.cueSpan] : []));
  const bodyText = (a: number, b: number) => {
    let out = '';
    for (const p of paragraphs) {
      if (p.end <= a || p.start >= b) continue;
      out += (out ? '\n' : '') + p.text.slice(Math.max(a, p.start) - p.start, Math.min(b, p.end) - p.start);
    }
    return out;
  };
  return { paragraphs, sentences, quotes, content, cues, bodyText };
}

function sentenceAt(view: ArticleView, offset: number): Sentence | undefined {
  return view.sentences.find((s) => offset >= s.start && offset < s.end);
}

/** The part of the sentence from the last comma/bracket/dash before `offset` (or the sentence start) to `offset`. */
function phraseBefore(view: ArticleView, sentence: Sentence, offset: number): string {
  const before = view.bodyText(sentence.start, offset);
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf('('), before.lastIndexOf(' — '), before.lastIndexOf(' – '));
  return cut < 0 ? before : before.slice(cut + 1);
}

/** Text ending in a determiner: what follows is inside a noun phrase. */
const DETERMINER_BEFORE = /\b(the|a|an|his|her|its|their|our|this|that|these|those)\s+$/i;
/** A subordinate clause between the expression and the cue: the cue is not in the expression's clause. */
const SUBORDINATOR = /\b(after|before|since|until|till|because|although|though|if|unless|once)\b/i;
/** A relative pronoun inside the phrase: "Erin Murphy, a former aide who accompanied her to Burma in 2011, said". */
const RELATIVE_INSIDE = /\b(who|whom|whose|which)\b/i;

/**
 * A date inside a noun phrase ("Data from the 2014 survey show …", "Obama’s 2008 campaign",
 * "Thursday’s walk-ins were …") dates the thing, not the saying, unless the noun phrase is a
 * setting ("In a March 2016 meeting …, Trump said", "during the Monday night debate", "At
 * Monday’s debate, Clinton said").
 */
function isNounModifier(view: ArticleView, sentence: Sentence, t: TimeExpression): boolean {
  const before = view.bodyText(sentence.start, t.start);
  const after = view.bodyText(t.end, Math.min(sentence.end, t.end + 2));
  const possessive = /[’']s$/.test(t.text) || /^[’']s\b/.test(after);
  const determined = DETERMINER_BEFORE.test(before) || /[’']s\s+$/.test(before);
  if (!possessive && !determined) return false;
  return !SETTING_BEFORE.test(before);
}

/** A determiner right after a preposition of setting: "in his 2002 book", "during the Monday night debate". */
const SETTING_BEFORE = /\b(in|at|during|on|over|throughout)\s+((the|a|an|his|her|its|their|our|this|that)\s+)?$/i;
/** The cue's topic complement: "said of the 2016 election", "spoke about the 2008 crisis". */
const TOPIC_COMPLEMENT = /^\s*(of|about|regarding|concerning)\s+(the|a|an|his|her|its|their|our|this|that)\b/i;

/** A gap with short quoted titles (“Fox News Sunday”) blanked out; longer quotations stay. */
function withoutTitles(gap: string): string {
  const blank = (m: string, inner: string) => (wordCount(inner) <= 6 ? ' '.repeat(m.length) : m);
  return gap.replace(/[“"«]([^“”"«»]*)[”"»]/g, blank).replace(/''((?:(?!'').)*)''/g, blank);
}

/**
 * "Following a swiftly called, late-afternoon meeting, the Council said": the sentence opens with
 * a temporal-preposition phrase and a comma still separates the expression from the clause head,
 * so the expression sits inside that introductory phrase.
 */
function inIntroductoryTemporalPhrase(view: ArticleView, sentence: Sentence, t: TimeExpression, head: number): boolean {
  return TEMPORAL_PHRASE_HEAD.test(view.bodyText(sentence.start, t.start)) && view.bodyText(t.end, head).includes(',');
}

/**
 * Whether an expression may date anything but the quoted/reported words
 * around it: outside quotations and statement contents, not inside a relative
 * clause, not inside a phrase headed by a temporal preposition.
 */
function isNarrativeExpression(view: ArticleView, t: TimeExpression, sentence: Sentence): boolean {
  if (inside(t.start, t.end, view.quotes) || inside(t.start, t.end, view.content)) return false;
  const phrase = phraseBefore(view, sentence, t.start);
  if (RELATIVE_OPENER.test(phrase) || TEMPORAL_PHRASE_HEAD.test(phrase)) return false;
  return true;
}

/** Rule 1: the anchored expression that governs the statement's own clause, if any. */
function governingExpression(st: Statement, anchored: TimeExpression[], view: ArticleView, publicationDate = ''): TimeExpression | null {
  const head = st.cueSpan ?? st.speakerSpan;
  if (!head) return null;
  const sentence = sentenceAt(view, head[0]);
  if (!sentence) return null;
  // contents of statements, except those this statement is nested in ("According to X, Y said Friday that …")
  const blocking = view.content.filter(([s, e]) => !(head[0] >= s && head[0] < e));
  const otherCues = view.cues.filter(([s]) => s >= sentence.start && s < head[0]);
  let best: TimeExpression | null = null;
  let bestDistance = Infinity;
  for (const t of anchored) {
    if (t.start < sentence.start || t.end > sentence.end) continue;
    if (inside(t.start, t.end, blocking) || inside(t.start, t.end, view.quotes)) continue;
    if (afterPublication(t, publicationDate)) continue;
    let distance: number;
    if (t.start >= head[1]) {
      const gap = view.bodyText(head[1], t.start);
      if (blocking.some(([s]) => s >= head[1] && s < t.start)) continue;
      // only the cue's complements in between: no clause opener, no apposition on a speaker named after the cue
      // ("said David Plouffe, the architect of Obama’s 2008 campaign"), no topic ("said of the 2016 election")
      if (AFTER_CUE_BLOCKERS.test(withoutTitles(gap)) || TOPIC_COMPLEMENT.test(gap) || gap.includes(',') || wordCount(gap) > 8) continue;
      if (isNounModifier(view, sentence, t)) continue;
      distance = t.start - head[1];
    } else if (t.end <= head[0]) {
      const gap = view.bodyText(t.end, head[0]);
      if (blocking.some(([s, e]) => s < head[0] && e > t.end)) continue;
      if (QUOTE_CHARS.test(withoutTitles(gap)) || COORDINATION.test(gap) || SUBORDINATOR.test(gap)) continue;
      // after another statement's cue, the expression belongs to that statement ("said he … in 2012, arguing that …")
      if (otherCues.some(([, e]) => e <= t.start)) continue;
      const phrase = phraseBefore(view, sentence, t.start);
      // not in a phrase dating another event ("Following a claim over the weekend by …, X said")
      if (TEMPORAL_PHRASE_HEAD.test(phrase) || inIntroductoryTemporalPhrase(view, sentence, t, head[0])) continue;
      // not in a relative clause that closes before the cue ("Trump, who met Putin on Monday, said");
      // "McConnell, who in 2010 said …" is fine: the cue is in the same relative clause
      if ((RELATIVE_OPENER.test(phrase) || RELATIVE_INSIDE.test(phrase)) && gap.includes(',')) continue;
      if (isNounModifier(view, sentence, t)) continue;
      distance = head[0] - t.end;
    } else {
      continue;
    }
    if (distance < bestDistance) {
      best = t;
      bestDistance = distance;
    }
  }
  return best;
}

/** Words cannot be said after the article reporting them was published. */
function afterPublication(t: TimeValue, publicationDate: string): boolean {
  return !!publicationDate && !!t.range && t.range.start > publicationDate;
}

/** A cue in the present tense ("says", "tells", "is warning"): a standing position or the reporter's own exchange. */
export function isPresentCue(st: Statement): boolean {
  const cue = st.cue?.trim().toLowerCase() ?? '';
  if (/\b(is|are|am)\s+\p{L}+ing$/u.test(cue)) return true;
  const last = /(\p{L}+)$/u.exec(cue)?.[1] ?? '';
  return /s$/.test(last) && !/(ss|us|is)$/.test(last) && !['was', 'has', 'its', 'yes'].includes(last);
}

/** Rule 2: a cue in the perfect or with a habitual adverb. */
function isPerfectOrHabitual(st: Statement, view: ArticleView): boolean {
  if (!st.cueSpan) return false;
  const sentence = sentenceAt(view, st.cueSpan[0]);
  const from = Math.max(sentence?.start ?? 0, st.cueSpan[0] - 40);
  const before = view.bodyText(from, st.cueSpan[0]);
  return PERFECT.test(before) || HABITUAL.test(before);
}

/**
 * Letters whose case-insensitive match (simple case folding, the `iu` flags)
 * agrees with toLowerCase: Latin-1 without the micro sign. A pattern of such
 * letters matches a text without "ſ" (the one other letter folding into them,
 * to "s") only where the lower-cased text contains it.
 */
function plainCase(pattern: string): boolean {
  return /^[\u0000-\u00B4\u00B6-\u00FF\u2000-\u206F]*$/.test(pattern);
}

/** The code point that ends at `end` (a surrogate pair taken whole). */
function codePointBefore(text: string, end: number): string {
  const low = text.charCodeAt(end - 1);
  const pair = end > 1 && low >= 0xdc00 && low <= 0xdfff && text.charCodeAt(end - 2) >= 0xd800 && text.charCodeAt(end - 2) <= 0xdbff;
  return text.slice(pair ? end - 2 : end - 1, end);
}

/**
 * Speed: the matches of /(?<![\p{L}\p{N}])(k1|k2|…)(?![\p{L}\p{N}])/giu for
 * `plainCase` patterns, found with indexOf in the lower-cased text (null when
 * that text is not plain: an "ſ", or a letter that lower-cases to two).
 */
function plainMatches(text: string, list: string[]): { 0: string; index: number }[] | null {
  if (text.includes('ſ')) return null;
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return null;
  const hits: [number, number][] = [];
  list.forEach((k, ki) => {
    for (let i = lower.indexOf(k); i >= 0; i = lower.indexOf(k, i + 1)) hits.push([i, ki]);
  });
  hits.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: { 0: string; index: number }[] = [];
  let last = 0;
  for (const [i, ki] of hits) {
    if (i < last) continue;
    const end = i + list[ki]!.length;
    if (i > 0 && /^[\p{L}\p{N}]$/u.test(codePointBefore(text, i))) continue;
    if (end < text.length && /^[\p{L}\p{N}]/u.test(text.slice(end, end + 2))) continue;
    out.push({ 0: text.slice(i, end), index: i });
    last = end;
  }
  return out;
}

/** Dated mentions of speakers (see the header). */
function mentionContexts(view: ArticleView, anchored: TimeExpression[], patterns: Map<string, string>, publicationDate: string): Context[] {
  const out: Context[] = [];
  if (!patterns.size) return out;
  const list = [...patterns.keys()].sort((a, b) => b.length - a.length);
  let re: RegExp | undefined;
  const matches = (text: string) => (plainKeys && plainMatches(text, list)) || text.matchAll((re ??= new RegExp(`(?<![\\p{L}\\p{N}])(${list.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu')));
  const plainKeys = list.every(plainCase);
  for (const sentence of view.sentences) {
    const exprs = anchored.filter(
      (t) => t.start >= sentence.start && t.end <= sentence.end && !afterPublication(t, publicationDate) && isNarrativeExpression(view, t, sentence),
    );
    if (!exprs.length) continue;
    const text = sentence.text;
    const mentions: { key: string; start: number; end: number }[] = [];
    for (const m of matches(text)) {
      const start = sentence.start + m.index!;
      const end = start + m[0].length;
      if (inside(start, end, view.quotes) || inside(start, end, view.content)) continue;
      const key = patterns.get(m[0].toLowerCase());
      if (!key) continue;
      // a possessive ("Obama’s announcement in 2014") is not the subject of the clause
      if (/^[’']s\b/.test(text.slice(m.index! + m[0].length))) continue;
      // a one-word pattern is a name: it must be capitalised in the text ("Kellogg", not "kellogg")
      if (!/\s/.test(m[0]) && !/^\p{Lu}/u.test(m[0])) continue;
      mentions.push({ key, start, end });
    }
    for (const t of exprs) {
      for (const m of mentions) {
        let ok = false;
        if (t.start >= m.end) {
          const gap = view.bodyText(m.end, t.start);
          ok = !/[,;:“”"«»()—–]/.test(gap) && !AFTER_CUE_BLOCKERS.test(gap) && wordCount(gap) <= 4;
        } else if (m.start >= t.end) {
          const gap = view.bodyText(t.end, m.start);
          const comma = gap.indexOf(',');
          // the mention is the subject right after the introductory phrase that holds the expression
          ok =
            comma >= 0 &&
            !inIntroductoryTemporalPhrase(view, sentence, t, m.start) &&
            !/[;:“”"«»()]/.test(gap) &&
            /^\s*((the|a|an)\s+)?$/i.test(gap.slice(comma + 1)) &&
            wordCount(gap.slice(0, comma)) <= 6;
        }
        if (ok) {
          out.push({ speaker: m.key, date: timeValueOf(t), offset: t.start, paragraph: t.paragraph, sentence, kind: 'mention', origin: t.paragraph });
        }
      }
    }
  }
  return out;
}

function statementAnchor(st: Statement): number {
  return Math.min(st.start, st.cueSpan?.[0] ?? Infinity, st.speakerSpan?.[0] ?? Infinity);
}

function headSentence(st: Statement, view: ArticleView): Sentence | undefined {
  const head = st.cueSpan ?? st.speakerSpan;
  return sentenceAt(view, head ? head[0] : st.start);
}

function nearest(list: Context[]): Context | undefined {
  return list.reduce<Context | undefined>((a, c) => (!a || c.offset > a.offset ? c : a), undefined);
}

/** Content words of a sentence for the same-exchange test, without names, cues and time words. */
function exchangeWords(text: string, exclude: Set<string>, memo: Map<string, string[]>): Set<string> {
  // (a sentence's words are read once per article: the same-exchange test compares each statement's sentence with every earlier one)
  let all = memo.get(text);
  if (!all) memo.set(text, (all = words(text)));
  return new Set(all.filter((w) => !exclude.has(w)));
}

/** Which rule dated a statement (for debugging and evaluation). */
export type DatingRule = 'own' | 'perfect-or-habitual' | 'same-speaker-paragraph' | 'paragraph' | 'same-speaker-nearby' | 'same-exchange' | 'none';

/** Date every statement (mutates `statement.date`); `explain`, when given, is told which rule decided each one. */
export function dateStatements(
  statements: Statement[],
  times: TimeExpression[],
  paragraphs: Paragraph[],
  publicationDate: string,
  explain?: (statement: Statement, rule: DatingRule, from: TimeExpression | Sentence | null) => void,
): void {
  const anchored = times.filter(isAnchored).sort((a, b) => a.start - b.start);
  const view = makeView(paragraphs, statements);
  const patterns = speakerPatterns(statements);
  const contexts = mentionContexts(view, anchored, patterns, publicationDate);
  const nameWords = new Set([...patterns.keys()].flatMap((p) => words(p)));
  const ordered = [...statements].sort((a, b) => statementAnchor(a) - statementAnchor(b));
  const sentenceIndex = new Map(view.sentences.map((s, i) => [s.start, i]));
  const sentenceWords = new Map<string, string[]>();

  for (const st of ordered) {
    const anchor = statementAnchor(st);
    const key = speakerKey(st);
    const sentence = headSentence(st, view);
    const own = governingExpression(st, anchored, view, publicationDate);
    let date: TimeValue | null = null;
    let rule: DatingRule = 'none';
    let from: TimeExpression | Sentence | null = null;
    let origin = st.paragraph;
    if (own) {
      date = timeValueOf(own);
      rule = 'own';
      from = own;
    } else if (isPerfectOrHabitual(st, view)) {
      rule = 'perfect-or-habitual';
    } else {
      const earlier = contexts.filter((c) => c.offset < anchor);
      const same = key ? earlier.filter((c) => c.speaker === key) : [];
      const here = st.paragraph;
      const present = isPresentCue(st);
      const mine = sentence ? sentenceIndex.get(sentence.start) : undefined;
      const adjacent = (c: Context) => {
        const theirs = sentenceIndex.get(c.sentence.start);
        return mine !== undefined && theirs !== undefined && mine - theirs >= 0 && mine - theirs <= 1;
      };
      const sameExchange = () => {
        if (!sentence) return undefined;
        const exclude = new Set([...nameWords, ...words(st.cue ?? '')]);
        const mineWords = exchangeWords(sentence.text, exclude, sentenceWords);
        return nearest(
          same.filter((c) => {
            if (c.sentence.start === sentence.start) return false;
            const theirs = exchangeWords(c.sentence.text, exclude, sentenceWords);
            let shared = 0;
            for (const w of mineWords) if (theirs.has(w)) shared++;
            return shared >= 4;
          }),
        );
      };
      const steps: [DatingRule, () => Context | undefined][] = [
        // 3. same speaker, same paragraph
        ['same-speaker-paragraph', () => nearest(same.filter((c) => c.paragraph === here))],
        // 4. another speaker's statement with its own date, same or previous sentence of the paragraph
        ['paragraph', () => (present ? undefined : nearest(earlier.filter((c) => c.kind === 'own' && c.paragraph === here && adjacent(c))))],
        // 5. same speaker, previous two paragraphs
        ['same-speaker-nearby', () => (present ? undefined : nearest(same.filter((c) => c.paragraph < here && c.paragraph >= here - 2 && here - c.origin <= 3)))],
        // 6. same speaker, same exchange, anywhere earlier
        ['same-exchange', () => (present ? undefined : sameExchange())],
      ];
      for (const [name, step] of steps) {
        const found = step();
        if (!found) continue;
        date = { ...found.date, range: found.date.range ? { ...found.date.range } : null };
        rule = name;
        from = found.sentence;
        origin = found.origin;
        break;
      }
    }
    st.date = date;
    explain?.(st, rule, from);
    if (date && sentence) {
      contexts.push({ speaker: key ?? '', date, offset: anchor, paragraph: st.paragraph, sentence, kind: own ? 'own' : 'inherited', origin: own ? own.paragraph : origin });
    }
  }
}
