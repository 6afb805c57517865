/**
 * Statement dating (issue 4): the date each statement was *made*, as the text
 * says it; null when it does not. The publication date is never assumed.
 *
 * Vocabulary
 * - anchored expression: a DATE/TIME expression with a calendar range
 *   (`isAnchored`, events.ts).
 * - head of a statement: its cue (`cueSpan`), else its speaker mention.
 * - head sentence: the sentence (splitSentences, quotations kept whole) that
 *   contains the head.
 * - content: the statement's `spans` (quoted or reported words).
 *
 * Rule 1, own date. An anchored expression *governs* the statement when it
 * lies in the head sentence, outside the content and outside any quotation,
 * and attaches to the cue's clause:
 *   a. after the cue: only the cue's complements separate them ("told media on
 *      Monday that …", "“…,” Trump said on Monday"): at most 8 words, no
 *      content span, no quotation mark, colon or semicolon, no clause opener
 *      (that, whether, if, which, who, when, because, as, while, after,
 *      before, since, until …);
 *   b. before the cue: in an introductory adverbial or participial phrase, or
 *      between the speaker and the cue ("Speaking to reporters on Sunday, Trump
 *      indicated", "Earlier this year, Putin said", "Trump on Monday said"):
 *      no content span or quotation mark between it and the cue, no clause
 *      coordination (";", ", and", ", but" …), not inside a relative clause
 *      (", who/which/that …") and not inside a phrase headed by a temporal
 *      preposition that dates another event ("Following a claim over the
 *      weekend by Trump, a spokesman said …", "After …", "Before …",
 *      "Since …", "Until …", "Ahead of …", "Amid …").
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
 *   - every statement already dated (own or inherited: dates propagate along
 *     a chain of statements), and
 *   - every *dated mention*: a speaker named as the subject of a clause
 *     governed by an anchored expression outside quotations and content
 *     ("a Kremlin spokesman refused on Monday to …", "On Monday, Ryabkov
 *     met …"): the mention is the first noun phrase after the expression's
 *     introductory phrase, or is followed by at most 4 words and then the
 *     expression, with no punctuation or clause opener between.
 * Speakers are compared by their resolved name; mentions are found by full
 * name, surname, role and the descriptive words of the statements' own
 * mentions ("Kremlin spokesman" from "Kremlin spokesman Dmitry Peskov"); a
 * descriptor shared by two speakers is ignored.
 * An undated statement takes, in this order of precedence:
 *   3. the nearest preceding context of the same speaker in the same
 *      paragraph;
 *   4. the nearest preceding dated statement of any speaker in the same
 *      paragraph (a paragraph that reports a round of statements shares its
 *      news cycle: "The envoy told media on Monday that … However, a senior
 *      Russian official said that …");
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
 */
import { isAnchored, timeValueOf } from './events.ts';
import { splitSentences } from './segment.ts';
import type { Paragraph, Sentence, Statement, TimeExpression, TimeValue } from './types.ts';

interface Context {
  speaker: string;
  date: TimeValue;
  /** Position in the body: the time expression of a mention, the head of a statement. */
  offset: number;
  paragraph: number;
  sentence: Sentence;
  statement: boolean;
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'him', 'her', 'them', 'his', 'its', 'their']);
const DETERMINERS = /^(the|a|an|his|her|its|their|our|this|that|these|those)\s+/i;

const QUOTE_CHARS = /[“”"«»]/;
const AFTER_CUE_BLOCKERS =
  /[“”"«»:;]|\b(that|whether|if|which|who|whom|whose|where|when|because|as|while|although|though|after|before|since|until|till|unless|once|despite|following)\b/i;
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

/** Ranges [start, end) of text between quotation marks in a paragraph, as body offsets. */
export function quoteRanges(p: Paragraph): [number, number][] {
  const out: [number, number][] = [];
  const t = p.text;
  let open = -1;
  let straight = -1;
  for (let i = 0; i < t.length; i++) {
    const ch = t[i];
    if (ch === '“' || ch === '«') {
      if (open < 0) open = i;
    } else if ((ch === '”' || ch === '»') && open >= 0) {
      out.push([p.start + open, p.start + i + 1]);
      open = -1;
    } else if (ch === '"') {
      if (straight < 0) straight = i;
      else {
        out.push([p.start + straight, p.start + i + 1]);
        straight = -1;
      }
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

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface ArticleView {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  quotes: [number, number][];
  content: [number, number][];
  bodyText: (a: number, b: number) => string;
}

function makeView(paragraphs: Paragraph[], statements: Statement[]): ArticleView {
  const sentences = paragraphs.flatMap((p) => splitSentences(p, true));
  const quotes = paragraphs.flatMap(quoteRanges);
  const content = statements.flatMap((s) => s.spans);
  const bodyText = (a: number, b: number) => {
    let out = '';
    for (const p of paragraphs) {
      if (p.end <= a || p.start >= b) continue;
      out += (out ? '\n' : '') + p.text.slice(Math.max(a, p.start) - p.start, Math.min(b, p.end) - p.start);
    }
    return out;
  };
  return { paragraphs, sentences, quotes, content, bodyText };
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
export function governingExpression(st: Statement, anchored: TimeExpression[], view: ArticleView): TimeExpression | null {
  const head = st.cueSpan ?? st.speakerSpan;
  if (!head) return null;
  const sentence = sentenceAt(view, head[0]);
  if (!sentence) return null;
  let best: TimeExpression | null = null;
  let bestDistance = Infinity;
  for (const t of anchored) {
    if (t.start < sentence.start || t.end > sentence.end) continue;
    if (inside(t.start, t.end, st.spans) || inside(t.start, t.end, view.quotes)) continue;
    let distance: number;
    if (t.start >= head[1]) {
      const gap = view.bodyText(head[1], t.start);
      if (st.spans.some(([s]) => s >= head[1] && s < t.start)) continue;
      if (AFTER_CUE_BLOCKERS.test(gap) || wordCount(gap) > 8) continue;
      distance = t.start - head[1];
    } else if (t.end <= head[0]) {
      const gap = view.bodyText(t.end, head[0]);
      if (st.spans.some(([s, e]) => s < head[0] && e > t.end)) continue;
      if (QUOTE_CHARS.test(gap) || COORDINATION.test(gap)) continue;
      // not inside a relative clause ("Trump, who met Putin on Monday, said") nor a phrase dating another event
      const phrase = phraseBefore(view, sentence, t.start);
      if (RELATIVE_OPENER.test(phrase) || TEMPORAL_PHRASE_HEAD.test(phrase)) continue;
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

/** Rule 2: a cue in the perfect or with a habitual adverb. */
export function isPerfectOrHabitual(st: Statement, view: ArticleView): boolean {
  if (!st.cueSpan) return false;
  const sentence = sentenceAt(view, st.cueSpan[0]);
  const from = Math.max(sentence?.start ?? 0, st.cueSpan[0] - 40);
  const before = view.bodyText(from, st.cueSpan[0]);
  return PERFECT.test(before) || HABITUAL.test(before);
}

/** Dated mentions of speakers (see the header). */
function mentionContexts(view: ArticleView, anchored: TimeExpression[], patterns: Map<string, string>): Context[] {
  const out: Context[] = [];
  if (!patterns.size) return out;
  const list = [...patterns.keys()].sort((a, b) => b.length - a.length);
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(${list.map(escapeRe).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  for (const sentence of view.sentences) {
    const exprs = anchored.filter((t) => t.start >= sentence.start && t.end <= sentence.end && isNarrativeExpression(view, t, sentence));
    if (!exprs.length) continue;
    const text = sentence.text;
    const mentions: { key: string; start: number; end: number }[] = [];
    for (const m of text.matchAll(re)) {
      const start = sentence.start + m.index!;
      const end = start + m[0].length;
      if (inside(start, end, view.quotes) || inside(start, end, view.content)) continue;
      const key = patterns.get(m[0].toLowerCase());
      if (!key) continue;
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
            !/[;:“”"«»()]/.test(gap) &&
            /^\s*((the|a|an)\s+)?$/i.test(gap.slice(comma + 1)) &&
            wordCount(gap.slice(0, comma)) <= 6;
        }
        if (ok) {
          out.push({ speaker: m.key, date: timeValueOf(t), offset: t.start, paragraph: t.paragraph, sentence, statement: false });
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
function exchangeWords(text: string, exclude: Set<string>): Set<string> {
  return new Set(words(text).filter((w) => !exclude.has(w)));
}

/** Date every statement (mutates `statement.date`). */
export function dateStatements(statements: Statement[], times: TimeExpression[], paragraphs: Paragraph[], _publicationDate: string): void {
  const anchored = times.filter(isAnchored).sort((a, b) => a.start - b.start);
  const view = makeView(paragraphs, statements);
  const patterns = speakerPatterns(statements);
  const contexts = mentionContexts(view, anchored, patterns);
  const nameWords = new Set([...patterns.keys()].flatMap((p) => words(p)));
  const ordered = [...statements].sort((a, b) => statementAnchor(a) - statementAnchor(b));

  for (const st of ordered) {
    const anchor = statementAnchor(st);
    const key = speakerKey(st);
    const own = governingExpression(st, anchored, view);
    let date: TimeValue | null = null;
    if (own) {
      date = timeValueOf(own);
    } else if (!isPerfectOrHabitual(st, view)) {
      const earlier = contexts.filter((c) => c.offset < anchor);
      const same = key ? earlier.filter((c) => c.speaker === key) : [];
      const here = st.paragraph;
      const found =
        // 3. same speaker, same paragraph
        nearest(same.filter((c) => c.paragraph === here)) ??
        // 4. any speaker's dated statement, same paragraph
        nearest(earlier.filter((c) => c.statement && c.paragraph === here)) ??
        // 5. same speaker, previous two paragraphs
        nearest(same.filter((c) => c.paragraph < here && c.paragraph >= here - 2)) ??
        // 6. same speaker, same exchange, anywhere earlier
        (() => {
          const sentence = headSentence(st, view);
          if (!sentence) return undefined;
          const exclude = new Set([...nameWords, ...words(st.cue ?? '')]);
          const mine = exchangeWords(sentence.text, exclude);
          return nearest(
            same.filter((c) => {
              if (c.sentence.start === sentence.start) return false;
              const theirs = exchangeWords(c.sentence.text, exclude);
              let shared = 0;
              for (const w of mine) if (theirs.has(w)) shared++;
              return shared >= 4;
            }),
          );
        })();
      date = found ? { ...found.date, range: found.date.range ? { ...found.date.range } : null } : null;
    }
    st.date = date;
    if (date && key) {
      const sentence = headSentence(st, view);
      if (sentence) contexts.push({ speaker: key, date, offset: anchor, paragraph: st.paragraph, sentence, statement: true });
    } else if (date) {
      const sentence = headSentence(st, view);
      if (sentence) contexts.push({ speaker: '', date, offset: anchor, paragraph: st.paragraph, sentence, statement: true });
    }
  }
}
