/**
 * Reported speech and partial quotations:
 *   X said (that) C  /  X told Y (that) C  /  X warned/insisted/claimed … C
 *   C, X said.  /  C, said X.  /  according to X, C  /  C, according to X
 *   …, adding (that) C  (the speaker of the main clause)
 * The content C runs to the end of the sentence or to the next attribution.
 * A content holding quoted words is `partial`; a content that is only a
 * quotation is `direct`.
 */
import { cueOf, type Candidate } from './candidate.ts';
import { ADDRESSEE_VERBS, ANONYMOUS_HEADS, cueInfo, NAMING_VERBS, ROLE_NOUNS, TITLE_WORDS, WEEKDAYS, WORK_NOUNS } from './cues.ts';
import type { SentenceCtx } from './index.ts';
import { adjunctAt, clauseAfterInfinitive, cueAt, isCapWord, DOCUMENT_NOUNS, figureComparison, goOnTo, isAdjunctRun, mediaAt, MONTH_ABBREVIATION, MONTHS, namedBeforeApposition, negationStart, npAfter, npBefore, openingSubject, prepositionObjectBefore, PREPOSITIONS, relativeSubjectBefore, shareAt, type CueAt } from './np.ts';
import { groupHead, parseMention, pluralAgentNoun, type Mention } from './speakers.ts';
import type { Token } from './tokens.ts';
import { monthNumber } from '../time/lexicon.ts';

const BARE_REJECT = new Set([
  'to', 'for', 'of', 'in', 'on', 'at', 'by', 'with', 'from', 'about', 'as', 'so', 'yes', 'nothing', 'something',
  'anything', 'little', 'much', 'goodbye', 'hello', 'thanks', 'sorry', 'otherwise', 'publicly', 'privately',
  'repeatedly', 'earlier', 'later', 'recently', 'again', 'last', 'this', 'next', 'during', 'after', 'before', 'over',
  'and', 'or', 'but', 'than', 'too', 'also', 'only', 'why', 'how', 'what', 'whether', 'if', 'when', 'where', 'who',
  'which', 'up', 'out', 'down', 'off', 'back', 'away', 'through', 'into', 'against', 'under', 'via', 'amid', 'monday',
  'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight', 'while', 'not',
]);
const AMBIGUOUS = new Set([
  'state', 'states', 'show', 'shows', 'claim', 'claims', 'rule', 'rules', 'reason', 'report', 'reports', 'charge', 'charges',
  'answer', 'answers', 'post', 'posts', 'project', 'projects', 'promise', 'promises', 'estimate', 'estimates', 'comment',
  'comments', 'counter', 'question', 'questions', 'challenge', 'challenges', 'issue', 'issues', 'offer', 'offers', 'credit',
  'voice', 'raise', 'quote', 'quotes', 'reference', 'call', 'calls', 'demand', 'demands', 'attack', 'attacks', 'welcome',
  'praise', 'blame', 'hope', 'fear', 'fears', 'worry', 'worries', 'doubt', 'doubts', 'note', 'notes', 'tweet', 'tweets',
  'warning', 'plea', 'vow', 'vows', 'pledge', 'pledges', 'signal', 'signals', 'comment', 'insult', 'insults', 'guess',
]);
/** Verbs of judgement that report a stance with a plain object (PolNeAR-style attributions): "X criticized the deal". */
const EVALUATIVE = new Set(['accuse', 'criticize', 'criticise', 'praise', 'attack', 'defend', 'describe', 'condemn', 'denounce', 'blame', 'slam', 'blast', 'lambaste', 'mock', 'ridicule', 'dismiss', 'reject', 'question', 'challenge', 'applaud', 'laud', 'hail', 'decry', 'deride', 'chide', 'scold', 'rebuke', 'berate', 'castigate', 'assail', 'bash', 'characterize', 'characterise', 'credit', 'welcome']);
/** Verbs of beginning, continuing and ending that take an -ing complement ("began reporting"). */
/** Verbs of citing: after a report, ", citing the poll", ", repeating a claim", ", recalling the war" name what the speaker invoked. */
const CITING = new Set(['cite', 'quote', 'repeat', 'reference', 'recall']);
/** Prepositions before a participle whose subject is the subject of the sentence: "by denouncing …", "after questioning …". */
const ADVERBIAL_PARTICIPLE = /^(by|in|after|before|while|when|since|for|through|besides)$/;
const ASPECTUAL = new Set(['begin', 'begins', 'began', 'begun', 'start', 'starts', 'started', 'keep', 'keeps', 'kept', 'continue', 'continues', 'continued', 'stop', 'stops', 'stopped', 'quit', 'finished', 'resumed', 'resume']);
const COGNITION = new Set(['believe', 'think', 'feel', 'hope', 'fear', 'worry', 'expect', 'know', 'doubt', 'reckon', 'guess', 'understand']);
const AUX = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'must', 'may', 'might', 'do', 'does', 'did']);
const PARTICIPLE_STOP = new Set(['adding', 'saying', 'noting', 'arguing', 'insisting', 'claiming', 'warning', 'explaining', 'suggesting', 'stressing', 'emphasizing', 'emphasising', 'acknowledging', 'telling', 'asserting', 'predicting', 'promising', 'vowing', 'conceding', 'citing', 'pointing', 'calling', 'complaining', 'writing', 'declaring', 'indicating', 'signalling', 'signaling', 'alleging', 'charging', 'urging', 'accusing', 'criticizing', 'criticising', 'blaming', 'praising', 'describing', 'attacking', 'mocking', 'dismissing', 'recalling', 'referring', 'threatening', 'questioning', 'denouncing', 'condemning', 'touting', 'boasting', 'joking', 'lamenting', 'slamming', 'blasting', 'pledging', 'implying', 'stating', 'reiterating', 'admitting', 'labeling', 'labelling', 'branding', 'likening', 'decrying', 'deriding', 'lambasting', 'ridiculing']);

/** Words that, with nothing else, are no content: adverbs of repetition and addition, a bare conjunction or "to" (not "so": "said so" reports a clause). */
export const EMPTY_CONTENT = /^(too|also|again|and|or|but|as|well|either|neither|though|anyway|instead|back|away|to|then|now|later|yet|still)$/;

/**
 * "said that should help", "argued that was a mistake": "that" followed at once by a singular
 * auxiliary or modal is the clause's subject (a demonstrative), not the conjunction, and stays in
 * the content.
 */
function demonstrativeSubject(s: Token[], k: number): boolean {
  if (s[k]?.lower !== 'that' || !/^(is|was|has|had|will|would|can|could|should|must|may|might|does|did|isn't|wasn't|won't|wouldn't|can't|couldn't|shouldn't|doesn't|didn't)$/.test(s[k + 1]?.lower ?? '')) return false;
  // (not an inverted condition after the conjunction: "said that should a buyer pay, …", "that had he known …")
  return !(/^(should|had|could|would|were)$/.test(s[k + 1]!.lower) && /^(a|an|the|this|these|those|he|she|it|they|we|i|you|his|her|its|their|our|my|there|any|no)$/.test(s[k + 2]?.lower ?? ''));
}

export function contentCandidate(ctx: SentenceCtx, toks: Token[], cue: Token[], np: Token[] | null, extra: Partial<Candidate>, minWords = 3): Candidate | null {
  // trim punctuation and a leading "that"
  let a = 0;
  let b = toks.length;
  while (a < b && (toks[a]!.type === 'punct' || (toks[a]!.lower === 'that' && !demonstrativeSubject(toks, a))) && toks[a]!.text !== '(') a++;
  while (b > a && toks[b - 1]!.type === 'punct' && toks[b - 1]!.text !== ')' && toks[b - 1]!.text !== '%') b--;
  // ("… would address the problem and": a conjunction left dangling at the end joins nothing of the report)
  while (b - a > 1 && /^(and|or|but|nor)$/.test(toks[b - 1]!.lower)) {
    b--;
    while (b > a && toks[b - 1]!.type === 'punct' && toks[b - 1]!.text !== ')' && toks[b - 1]!.text !== '%') b--;
  }
  const c = toks.slice(a, b);
  if (!c.length) return null;
  const quotes = c.filter((t) => t.type === 'quote');
  // ("rejected it too" read as "rejected too", "echoed again and again"): adverbs alone report nothing
  if (!quotes.length && c.every((t) => t.type !== 'word' || EMPTY_CONTENT.test(t.lower))) return null;
  const words = c.filter((t) => t.type === 'word').length;
  if (!quotes.length && words < minWords) return null;
  if (cue.length && c[c.length - 1]!.end <= cue[0]!.start && adverbialOnly(c)) return null;
  const body = ctx.paragraph;
  const start = c[0]!.start;
  const end = c[c.length - 1]!.end;
  const raw = body.text.slice(start - body.start, end - body.start);
  let kind: Candidate['kind'] = quotes.length ? 'partial' : 'indirect';
  let text = raw;
  let spans: [number, number][] = [[start, end]];
  if (quotes.length === 1 && words === 0) {
    kind = 'direct';
    text = quotes[0]!.quote!.text;
    spans = [[quotes[0]!.quote!.start, quotes[0]!.quote!.end]];
  }
  return {
    kind,
    paragraph: ctx.paragraph.index,
    seq: ctx.seq,
    text,
    spans,
    start: spans[0]![0],
    ...(kind === 'partial' ? { quoted: quotes.map((q) => q.quote!.text) } : {}),
    cue: cueOf(cue),
    mention: np && np.length ? parseMention(np) : null,
    ...extra,
  };
}

/** Words that open an adverbial phrase before a main clause ("In a recent interview, …", "Like her rival, …"). */
const ADVERBIAL_OPENERS = new Set(['as', 'like', 'unlike', 'before', 'after', 'then', 'and', 'but', 'when', 'while', 'since', 'despite', 'during', 'until', 'once', 'amid', 'in', 'on', 'at', 'for', 'with', 'without', 'through', 'by', 'from', 'over', 'under', 'after', 'following', 'later', 'earlier', 'last']);

/**
 * "In her post, she reminded …", "Like her rival, she reckoned …": words before the cue that are only an
 * opening adverbial (an opener and no verb, pronoun subject or quotation) are no content of the report.
 */
function adverbialOnly(c: Token[]): boolean {
  const words = c.filter((t) => t.type === 'word');
  if (!words.length || words.length > 10 || c.some((t) => t.type === 'quote')) return false;
  // (each comma-set part opens as an adverbial: "Then, last week"; not "Despite the cuts, revenue rose")
  if (c.some((t, i) => (i === 0 || c[i - 1]!.text === ',') && t.type === 'word' && !ADVERBIAL_OPENERS.has(t.lower))) return false;
  return !words.some((t) => AUX.has(t.lower) || /n['’]t$/.test(t.lower) || SUBJECT_PRONOUN.test(t.lower) || /^[a-z]+ed$/.test(t.text) || /['’](s|re|ve|ll|d|m)$/.test(t.lower) && /^(it|that|there|he|she|they|we|i|you|what|who)/.test(t.lower));
}

const OBJECT_TO = new Set(['urge', 'tell', 'ask', 'warn', 'encourage', 'implore', 'exhort', 'advise', 'remind', 'invite', 'instruct', 'beg', 'caution', 'call', 'challenge', 'persuade', 'convince']);
/**
 * May the words from k to the "to" at j be one addressee? Without commas, yes; with them, only
 * a list ending in "and"/"or" ("asked Lee, Park and Kim to …"). (An aside closed before "to",
 * "urged him, once again, to …", is left out: the gold then often keeps only "to V …".)
 */
function commaAddressee(s: Token[], k: number, j: number): boolean {
  const commas = s.slice(k, j).flatMap((t, i) => (t.text === ',' ? [k + i] : []));
  if (!commas.length) return true;
  // (not a second verb phrase: "called Lee, a friend, and urged her to …")
  const last = s.slice(commas.at(-1)! + 1, j);
  return s[j - 1]!.text !== ',' && commas.length <= 3 && last.some((t) => /^(and|or)$/.test(t.lower)) && !last.some((t) => /^[a-z]+ed$/.test(t.text) || !!cueInfo(t.lower));
}

/** "described himself as a moderate", "characterize themselves as independents": a self-description with "as". */
function selfDescription(s: Token[], k: number, lemma: string): boolean {
  return /^(describe|characterize|characterise)$/.test(lemma) && /^(himself|herself|themselves|myself|ourselves|itself)$/.test(s[k]?.lower ?? '') && s[k + 1]?.lower === 'as';
}

const COMMIT_TO = new Set(['promise', 'vow', 'pledge', 'threaten', 'offer', 'agree', 'refuse', 'decline', 'demand']);
const WH = new Set(['whether', 'if', 'how', 'why', 'what', 'when', 'where', 'who']);

/**
 * Start of the content of a directive or commitment, or -1: "called for a ban" → "a ban",
 * "urged voters to stay home" → "voters to stay home", "asked whether …", "vowed to fight".
 */
function directive(s: Token[], k: number, lemma: string): number {
  const t = s[k];
  if (!t || t.type !== 'word') return -1;
  if (lemma === 'call' && (t.lower === 'for' || t.lower === 'on')) return k + 1;
  if ((lemma === 'ask' || lemma === 'wonder' || lemma === 'question') && WH.has(t.lower)) return k;
  const asked = askedFor(s, k, lemma);
  if (asked >= 0) return asked;
  // ("vowed to “crush” the cartel": the verb of the commitment may stand in quotation marks)
  if (COMMIT_TO.has(lemma) && t.lower === 'to' && (/^[a-z]+$/.test(s[k + 1]?.text ?? '') || s[k + 1]?.type === 'quote')) return k;
  // ("warned that …": a that-clause with no addressee is no directive either)
  if (OBJECT_TO.has(lemma) && t.lower !== 'that') {
    // (the addressee may run to a long noun phrase: "asked the campaign of the mayor of the city to …")
    for (let j = k + 1; j < Math.min(s.length, k + 12); j++) {
      const x = s[j]!;
      // (a list may sit in the addressee: "asked Lee, Park and Kim to …")
      if (x.text === ',' && s[j + 1]?.type === 'word') continue;
      if (x.type !== 'word') return -1;
      // (a second verb ends the addressee: "calling them liars and vowing to …")
      if (j > k && isFiniteOrParticipleCue(s, j)) return -1;
      if (x.lower === 'to' && s[j + 1]?.type === 'quote') return k;
      // (a that-clause after the addressee is no directive: "told the crowd that it meant a lot to him")
      if (x.lower === 'that') return -1;
      if (x.lower === 'to' && /^[a-z]+$/.test(s[j + 1]?.text ?? '') && !['the', 'a', 'an', 'his', 'her', 'their', 'its', 'him', 'them', 'me', 'us', 'it'].includes(s[j + 1]!.lower)) return commaAddressee(s, k, j) ? k : -1;
      // "asked the mayor whether …", "asked her about …": the question, after its addressee
      // (not a relative clause in the addressee: "asked Lee, who …, to …")
      if (lemma === 'ask' && (ASKED_WH.has(x.lower) || x.lower === 'about') && !s.slice(k, j).some((y) => y.text === ',')) return j;
    }
  }
  return -1;
}

/**
 * "asked: Why …?", "asked a simple question: Who …?", "asked the panel one question: …": where
 * the question starts after the colon that follows "ask" at k-1, or -1.
 */
function questionAfterColon(s: Token[], k: number): number {
  if (s[k]?.text === ':') return s[k + 1] ? k + 1 : -1;
  const colon = s.findIndex((t, x) => x > k && x <= k + 6 && t.text === ':');
  if (colon < 0 || !/^questions?$/.test(s[colon - 1]!.lower)) return -1;
  return s.slice(k, colon).every((t) => t.type === 'word') && s[colon + 1] ? colon + 1 : -1;
}

/**
 * "The levy has not driven banks away: Boston was the top market last year, according to an index":
 * where the clause a trailing source reports starts in from..to, after a colon that opens a clause
 * (a subject, then a verb); `from` when there is none ("three aides: Lee, Roe and Ames" is a list).
 */
function clauseAfterColon(s: Token[], from: number, to: number): number {
  for (let k = to - 1; k > from; k--) {
    if (s[k]!.type === 'quote') return from;
    if (s[k]!.text !== ':') continue;
    const f = s[k + 1];
    const subject = !!f && f.type === 'word' && (/^[\p{Lu}\d]/u.test(f.text) || /^(he|she|they|we|it|there|the|a|an|his|her|their|its|some|most|many|no|all|about|more|only)$/.test(f.lower));
    return subject && s.slice(k + 2, to).some((x) => AUX.has(x.lower) || /^[a-z]{3,}ed$/.test(x.text)) ? k + 1 : from;
  }
  return from;
}

/**
 * "Despite weeks of attacks, Roe has not dented Lee's lead, according to a poll": a concession opening
 * the clause is the writer's framing, so the source reports the clause after its comma; where that
 * clause starts in from..to, or `from` ("Even if the agency closed, …" is a condition, part of the claim).
 */
function afterConcession(s: Token[], from: number, to: number): number {
  let a = from;
  if (/^(but|and|yet)$/.test(s[a]?.lower ?? '')) a++;
  const w = s[a]?.lower ?? '';
  if (!/^(despite|though|although)$/.test(w) && !(w === 'even' && s[a + 1]?.lower === 'though')) return from;
  const comma = s.findIndex((x, k) => k > a + 1 && k < to && x.text === ',');
  if (comma < 0 || s.slice(a, comma).some((x) => x.type === 'quote')) return from;
  return s.slice(comma + 1, to).filter((x) => x.type === 'word').length >= 3 ? comma + 1 : from;
}

/**
 * "Lee says Roe can close the gap, which stood at 90 seats, according to a tally": where a relative
 * clause starts that runs from the end of a content (at `end`) to the comma before a trailing source
 * at c, or -1.
 */
function relativeAfterContent(s: Token[], end: number, c: number): number {
  if (s[end]?.text !== ',' || !/^(which|who)$/.test(s[end + 1]?.lower ?? '') || s[c - 1]?.text !== ',') return -1;
  const between = s.slice(end + 2, c - 1);
  return between.length >= 2 && between.some((x) => x.type === 'word') && !between.some((x) => x.type === 'quote' || /^[;:]$/.test(x.text)) ? end + 1 : -1;
}

/**
 * "Lee met Roe, as the Ledger reported, and she will join the board, according to two aides": where
 * a clause after ", and"/", but" in from..c starts (a subject, then a verb before c), or -1.
 */
function conjunctAfter(s: Token[], from: number, c: number): number {
  if (from < 0 || s[c - 1]?.text !== ',') return -1;
  for (let j = c - 3; j >= from; j--) {
    if (s[j]!.type === 'quote') return -1;
    if (s[j]!.text !== ',' || !/^(and|but)$/.test(s[j + 1]?.lower ?? '')) continue;
    const f = s[j + 2];
    const subject = !!f && f.type === 'word' && (/^\p{Lu}/u.test(f.text) || /^(he|she|they|we|it|there|the|a|an|his|her|their|its)$/.test(f.lower));
    return subject && s.slice(j + 3, c).some((x) => AUX.has(x.lower) || /^[a-z]{3,}ed$/.test(x.text)) ? j + 2 : -1;
  }
  return -1;
}

/** A reporting verb in -ing, -ed or -s at j ("vowing", "said"), not a bare form that may be a noun. */
function isFiniteOrParticipleCue(s: Token[], j: number): boolean {
  const cue = cueAt(s, j);
  return !!cue && cue.form !== 'base' && cue.lemma !== 'according to' && !AMBIGUOUS.has(s[j]!.lower);
}

/** Words opening the question after the addressee of "ask": "asked voters which candidate won". */
const ASKED_WH = new Set([...WH, 'which', 'whom']);

/**
 * "asked for a recount" (a request for a thing) and "asked to see the records" (a request with no
 * addressee): where the request starts after "ask" at k, or -1.
 */
function askedFor(s: Token[], k: number, lemma: string): number {
  // (a finite or participle form: "those who ask for help" is a clause about the people, not a report)
  if (lemma !== 'ask' || !/^(asked|asks|asking)$/.test(s[k - 1]?.lower ?? '')) return -1;
  const t = s[k]!;
  if (t.lower === 'for' && s[k + 1]?.type === 'word' && !/^(it|him|her|them|that|this)$/.test(s[k + 1]!.lower)) return k;
  if (t.lower === 'to' && /^[a-z]+$/.test(s[k + 1]?.text ?? '') && !NP_START.has(s[k + 1]!.lower)) return k;
  return -1;
}
const NP_START = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'him', 'them', 'me', 'us', 'it', 'my', 'our', 'your', 'this', 'that']);

/**
 * "The plan, the mayor said, will fail.": one content in two parts around its attribution,
 * joined with " … ".
 */
function splitContent(ctx: SentenceCtx, before: Token[], after: Token[], cueToks: Token[], np: Token[]): Candidate | null {
  const bw = before.filter((t) => t.type === 'word').length;
  const c2 = contentCandidate(ctx, after, cueToks, np, {}, Math.max(1, 3 - bw));
  if (!c2) return null;
  const first = before.filter((t) => t.type !== 'punct');
  if (!first.length) return c2;
  const bStart = first[0]!.start;
  const bEnd = first[first.length - 1]!.end;
  const p = ctx.paragraph;
  const bText = p.text.slice(bStart - p.start, bEnd - p.start);
  c2.text = `${bText} … ${c2.text}`;
  c2.spans = [[bStart, bEnd], ...c2.spans];
  c2.start = bStart;
  const quotes = [...before, ...after].filter((t) => t.type === 'quote');
  if (quotes.length && c2.kind !== 'partial') { c2.kind = 'partial'; c2.quoted = quotes.map((q) => q.quote!.text); }
  return c2;
}

/**
 * "has expressed support for", "stopped short of" at i (after "also"): a verb and noun of stance
 * with no subject of their own.
 */
function stanceActAt(s: Token[], i: number): boolean {
  let j = i;
  if (/^(has|have|had)$/.test(s[j]?.lower ?? '')) j++;
  if (s[j]?.lower === 'also') j++;
  const v = s[j]?.lower ?? '';
  const n = s[j + 1]?.lower ?? '';
  if (/^(expressed|voiced)$/.test(v)) return /^(support|concern|concerns|doubts|reservations|opposition)$/.test(n);
  return v === 'stopped' && n === 'short' && s[j + 2]?.lower === 'of';
}

/** "did not say", "would not offer details", "declined to …", "refused to …" at i: a refusal to tell, with no subject of its own. */
function refusalAt(s: Token[], i: number): boolean {
  const a = s[i]?.lower ?? '';
  if (/^(declined|refused)$/.test(a)) return s[i + 1]?.lower === 'to';
  const v = /^(didn't|wouldn't)$/.test(a) ? s[i + 1] : /^(did|would)$/.test(a) && s[i + 1]?.lower === 'not' ? s[i + 2] : undefined;
  return !!v && /^(say|offer|suggest|recommend|name|mention|identify|specify|elaborate|comment|provide|give|disclose|reveal|explain|address|answer|respond|detail|release|discuss|endorse|confirm|rule|commit|predict)$/.test(v.lower);
}

/**
 * Where a content that starts at `from` ends (exclusive).
 * A that-clause has a finite verb: a stop before the verb is inside the clause's subject or a
 * fronted adverbial, and the content goes on to the verb —
 * "that under the new rules, even small shops must …", "that during the visit, the mayor …"
 * (a content opening with a preposition: the next stretch has a verb);
 * "that Tom Vell, who is running, is …", "that the two firms, and one in particular, must …",
 * "that the mayor - who resisted it, even though … - has …" (an aside that closes before the verb).
 * (Not "that he backs the Act, which was passed …": the clause has its verb.)
 */
function contentEnd(s: Token[], from: number): number {
  let e = scanContent(s, from, from);
  // (quoted words carry their own verb)
  const verbIn = (a: number, b: number): boolean => s.slice(a, b).some((t, k) => t.type === 'quote' || finiteVerb(t) || presentVerbAt(s, a + k));
  // the end of the head before an aside opened by a dash or ", who/which" (the aside's own verbs do not count)
  const headEnd = (b: number): number => {
    for (let k = from + 1; k < b; k++) if (/^[,—–-]$/.test(s[k]!.text) && (s[k]!.text !== ',' || /^(who|which|whom)$/.test(s[k + 1]?.lower ?? ''))) return k;
    return b;
  };
  while (s[from - 1]?.lower === 'that' && e < s.length && /^[,—–-]$/.test(s[e]!.text) && !verbIn(from, headEnd(e))) {
    // (not before a trailing attribution: "…, the agency reported")
    if (trailingAttribution(s, e + 1)) break;
    const more = scanContent(s, from, e + 1);
    const fronted = PREPOSITIONS.has(s[from]!.lower) || s[from]!.lower === 'according';
    let ok = fronted && verbIn(e, more);
    if (!ok && !fronted) {
      for (let c = e + 2; c < more && !ok; c++) {
        if ((s[c]!.text === ',' || s[c]!.text === s[e]!.text || (headEnd(e) < e && s[c]!.text === s[headEnd(e)]!.text)) && (verbIn(c + 1, more) || s[c + 1]?.type === 'quote')) ok = true;
      }
    }
    if (!ok) break;
    e = more;
  }
  return e;
}

/** contentEnd's scan for the first stop at or after `start`, for a content that starts at `from`. */
function scanContent(s: Token[], from: number, start: number): number {
  for (let i = start; i < s.length; i++) {
    const t = s[i]!;
    if (t.text === ';') return i;
    // "… he would run, he said when asked about it": the question put to the speaker is not his statement
    if (i > from && questionAfter(s, i)) return s[i - 1]?.text === ',' ? i - 1 : i;
    // "… as a “terrible situation,” he said."
    if (t.type === 'quote' && /[,?!]$/.test(t.quote!.text) && i + 1 < s.length && trailingAttribution(s, i + 1)) return i + 1;
    // "…, threatening “a lawsuit,” according to the letter": the source of the whole clause follows
    if (t.type === 'quote' && /,$/.test(t.quote!.text) && s[i + 1]?.lower === 'according' && s[i + 2]?.lower === 'to') return i + 1;
    // "… is “true,” but in the course of …": the writer takes over after the quoted words
    if (t.type === 'quote' && /,$/.test(t.quote!.text) && s[i + 1]?.lower === 'but' && i > from && !butAlsoAddition(s, i + 1)) return i + 1;
    // "… are “about right,” though most …": the comma inside the closing mark ends the content before a contrast or an apposition
    // (also when the quoted words open a that-clause: "argued that “Q,” though …")
    const opensThat = i === from && s[from - 1]?.lower === 'that';
    // (not an apposition after quoted words that are the clause's subject: "that “Ferry Tales,” a show from 1999, and …")
    if (t.type === 'quote' && /,$/.test(t.quote!.text) && (i > from || (opensThat && !/^(a|an)$/.test(s[i + 1]?.lower ?? ''))) && quotedCommaBreak(s, i + 1, from)) return i + 1;
    // "… called it “reckless,” accusing …": a participle after the quoted words starts the next statement
    if (t.type === 'quote' && /,$/.test(t.quote!.text) && PARTICIPLE_STOP.has(s[i + 1]?.lower ?? '') && (i > from || opensThat)) return i + 1;
    // "claimed that “Q,” one of the officials said C": a clause with its own subject and reporting verb after the quoted comma
    if (t.type === 'quote' && /,$/.test(t.quote!.text) && (i > from || opensThat) && (newReport(s, i + 1) || reportAfterAdjunct(s, i + 1))) return i + 1;
    // "X says A and said B": a coordinated reporting verb starts its own statement
    // ("X chides Y and praises Z": after a one-word object too)
    const n1c = (t.lower === 'and' || t.lower === 'but') && i > from ? cueAt(s, i + 1) : null;
    if (n1c && n1c.strength !== 'weak' && (n1c.form === 'past' || n1c.form === 'third')) return s[i - 1]?.text === ',' ? i - 1 : i;
    if ((t.lower === 'and' || t.lower === 'but') && i > from + 2) {
      const n1 = s[i + 1];
      const n2 = s[i + 2];
      const c1 = n1 && cueAt(s, i + 1);
      if (c1 && c1.strength !== 'weak' && c1.form !== 'base' && c1.form !== 'ing') return s[i - 1]?.text === ',' ? i - 1 : i;
      // "…, saying A but suggesting B" / "calling X “Q” and tweeting …": a second participle is a second act
      if (c1 && c1.form === 'ing' && c1.lemma !== 'according to' && PARTICIPLE_STOP.has(n1!.lower)) return s[i - 1]?.text === ',' ? i - 1 : i;
      if (n1 && (['also', 'later', 'then', 'has', 'have', 'had', 'again', 'repeatedly', 'often', 'finally', 'once'].includes(n1.lower) || (/^[a-z]+ly$/.test(n1.text) && n1.text.length > 4)) && n2 && cueAt(s, i + 2)?.strength === 'speech' && cueAt(s, i + 2)?.form !== 'ing') return s[i - 1]?.text === ',' ? i - 1 : i;
      if (n1 && ['he', 'she', 'they'].includes(n1.lower) && n2 && cueAt(s, i + 2)?.strength === 'speech') return s[i - 1]?.text === ',' ? i - 1 : i;
      // "… and she accused Lee of …", "… and he vowed to …": a pronoun and a past verb of judgement or commitment, the subject's next act
      if (n1 && ['he', 'she', 'they'].includes(n1.lower) && pastJudgementAt(s, i + 2)) return s[i - 1]?.text === ',' ? i - 1 : i;
      // "X said A and others have said B", "… and one in four said B": a coordinated clause with its own subject and cue
      if (newReport(s, i + 1)) return s[i - 1]?.text === ',' ? i - 1 : i;
      // "… but late Saturday he said B": the same after a short adjunct
      if (reportAfterAdjunct(s, i + 1)) return s[i - 1]?.text === ',' ? i - 1 : i;
    }
    // "… said the plan was sound but would not say what it costs": a refusal is the speaker's next act
    if (t.lower === 'but' && i > from + 2 && s[from - 1]?.lower === 'that' && refusalAt(s, i + 1)) return s[i - 1]?.text === ',' ? i - 1 : i;
    // "… said the plan was sound but stopped short of backing it": a stance of the speaker's own is the next act
    if ((t.lower === 'but' || t.lower === 'and') && i > from + 2 && stanceActAt(s, i + 1)) return s[i - 1]?.text === ',' ? i - 1 : i;
    // "declined to comment and aides later said B": after a short infinitive content too
    if ((t.lower === 'and' || t.lower === 'but') && i === from + 2 && s[from]?.lower === 'to' && newReport(s, i + 1, true)) return i;
    if (nextActAfterObject(s, from, i) || participlePairAt(s, from, i) || clauseAfterAnd(s, from, i)) return i;
    // "Lee, who threatened to quit, and who has …": a second relative clause on the same person after the one that holds the cue
    if (i > from && /^(and|but)$/.test(t.lower) && /^(who|which)$/.test(s[i + 1]?.lower ?? '') && cueInRelative(s, from)) return s[i - 1]?.text === ',' ? i - 1 : i;
    if (i > from + 1 && nextSpeakingAct(s, from, i)) return i;
    if (occasionAfterObject(s, from, i)) return i;
    if (eventAfterObject(s, from, i)) return i;
    if (dateAfterObject(s, from, i)) return i;
    if (channelAfterObject(s, from, i) || mediumAfterObject(s, from, i) || absoluteAfterObject(s, from, i)) return i;
    if (asClauseAfterObject(s, from, i)) return s[i - 1]?.lower === 'even' ? i - 1 : i;
    if (clauseAfterObject(s, from, i)) return i;
    if (participleAfterObject(s, from, i) || placeAfterPronoun(s, from, i)) return i;
    if (appositionAfterObject(s, from, i)) return i;
    if (clauseAfterContent(s, from, i)) return i;
    // "X said A while others argued B", "… whereas critics say B": a contrasting clause with its own subject and cue
    if ((t.lower === 'while' || t.lower === 'whereas') && i > from + 2 && s[i - 1]?.text !== ',' && newReport(s, i + 1)) return i;
    if ((t.text === ',' || t.text === '—' || t.text === '–') && subjectAside(s, from, i)) continue;
    // "… - an old habit - critics say B": after a spaced hyphen written for a dash, a clause with its own subject and a verb of speech
    if (i > from + 2 && spacedHyphen(s, i) && newReport(s, i + 1, true)) return i;
    if (i > from + 2 && concessiveAfterDash(s, i)) return i;
    if (i > from + 2 && loneDashAside(s, i)) return i;
    if (i > from + 2 && clauseAfterClause(s, from, i)) return i;
    if (t.text === ',' && participleInSubject(s, from, i)) return i;
    // ("… has raised $2 million, while the county has raised $6 million": a second figure of the same claim)
    if (figureComparison(s, from, i) && !newReport(s, i + 2)) continue;
    if (t.text === ',' || t.text === '—' || t.text === '–') {
      const n = s[i + 1];
      if (!n) return i;
      if (PARTICIPLE_STOP.has(n.lower)) return i;
      // a non-restrictive which-clause is the writer's aside, unless it carries the speaker's quoted words
      // (also after a preposition, on a name: "… Tom Lee, with whom he clashed", "… the Harbor Fund, for which …")
      const prepRelative = PREPOSITIONS.has(n.lower) && /^(which|whom)$/.test(s[i + 2]?.lower ?? '') && /^\p{Lu}/u.test(s[i - 1]?.text ?? '');
      if ((n.lower === 'which' || prepRelative) && t.text === ',') {
        let e = prepRelative ? i + 3 : i + 2;
        while (e < s.length && s[e]!.text !== ',' && !/^[.;!?]$/.test(s[e]!.text) && s[e]!.type !== 'quote') e++;
        if (!s.slice(i + 2, Math.min(s.length, e + 4)).some((x) => x.type === 'quote')) return i;
      }
      // "…, both of whom are …", "…, some of which …": a relative clause on a part of a named set is the writer's aside, as ", which"
      if (t.text === ',' && /^(both|all|neither|none|some|many|most|each|several)$/.test(n.lower) && s[i + 2]?.lower === 'of' && /^(whom|which)$/.test(s[i + 3]?.lower ?? '') && !s.slice(i + 4).some((x) => x.type === 'quote')) return i;
      // "…, putting him ahead of …", "…, meaning he will …": a participle of result glosses the content's consequence in the writer's words
      if (t.text === ',' && /^(putting|meaning)$/.test(n.lower) && i > from + 2 && s[i + 2]?.type === 'word' && !s.slice(i + 2).some((x) => x.type === 'quote')) return i;
      if (t.text === ',' && ['although', 'though', 'whereas', 'even', 'unless'].includes(n.lower) && !concessionInClause(s, from, i + 1) && !verblessConcession(s, i + 1) && !evenIfCondition(s, i + 1)) return i;
      // "…, while others disagree": a contrasting clause is the writer's (not "…, while cutting costs", the content's own adjunct)
      // ("… that 40 percent back Lee, while 35 percent back Park": one finding comparing two shares of a poll goes on)
      if (t.text === ',' && n.lower === 'while' && !/^[a-z]+ing$/.test(s[i + 2]?.text ?? '') && !(shareAt(s, from) && shareAt(s, i + 2))) return i;
      // ("…, while stressing B": a second act of speaking, not the content's own adjunct "…, while cutting costs")
      if (t.text === ',' && n.lower === 'while' && PARTICIPLE_STOP.has(s[i + 2]?.lower ?? '')) return i;
      // "…, a move that …": an apposition closing the sentence is the writer's comment
      // ("…, one that will …": the same with a pronoun head)
      const oneThat = n.lower === 'one' && /^(that|which|who)$/.test(s[i + 2]?.lower ?? '');
      if (t.text === ',' && (/^(a|an)$/.test(n.lower) || oneThat) && i > from + 2 && closingApposition(s, i + 1) && !SUBORDINATORS.has(s[from]!.lower)) return i;
      // "…, the latter a sign of …": an absolute glossing one of two things named in the content
      // (not "…, the former mayor", a noun phrase)
      if (t.text === ',' && n.lower === 'the' && /^(latter|former)$/.test(s[i + 2]?.lower ?? '') && /^(a|an|the|being)$/.test(s[i + 3]?.lower ?? '')) return i;
      // "…, compared with 40 percent", "…, well above the forecast": the writer's comparison
      if (t.text === ',' && (n.lower === 'compared' || (/^(well|far|up|down|double)$/.test(n.lower) && /^(above|below|from|the)$/.test(s[i + 2]?.lower ?? '')))) return i;
      // "…, as has the mayor": a comparison with another person's stance
      // (also with "do": "…, as do the unions")
      if (t.text === ',' && n.lower === 'as' && /^(has|have|had|was|were|did|does|do|is|are)$/.test(s[i + 2]?.lower ?? '')) return i;
      // "… in Ohio, where he trails", "… Mr. Lee, who also spoke": the writer's aside about a name, unless it carries quoted words
      if (t.text === ',' && /^(where|who|whom)$/.test(n.lower) && i > from + 2 && /^\p{Lu}/u.test(s[i - 1]?.text ?? '') && s[i - 1]!.type === 'word') {
        let e = i + 2;
        while (e < s.length && s[e]!.text !== ',' && !/^[.;!?]$/.test(s[e]!.text) && s[e]!.type !== 'quote') e++;
        if (s[e]?.type !== 'quote') return i;
      }
      // (not a hedge on the content's own consequence: "…, possibly giving the city a case")
      if (t.text === ',' && /ly$/.test(n.lower) && !/^(possibly|probably|likely)$/.test(n.lower) && s[i + 2] && /^[a-z]+ing$/.test(s[i + 2]!.text)) return i;
      if (n.lower === 'according' && s[i + 2]?.lower === 'to') return i;
      // ", but refused to …", ", and declined …": the subject's next act, not the report
      if ((n.lower === 'but' || n.lower === 'and') && s[i + 2] && s[i + 2]!.type === 'word' && (/^[a-z]+ed$/.test(s[i + 2]!.text) || ['also', 'then', 'later'].includes(s[i + 2]!.lower) && /^[a-z]+ed$/.test(s[i + 3]?.text ?? ''))) return i;
      // ", but he has also …": a new clause about the speaker, in the writer's words
      if (n.lower === 'but' && ['he', 'she', 'they'].includes(s[i + 2]?.lower ?? '') && (['has', 'have', 'had', 'is', 'was', 'also'].includes(s[i + 3]?.lower ?? '') || /^[a-z]+n't$/.test(s[i + 3]?.lower ?? '') || /^[a-z]{3,}ed$/.test(s[i + 3]?.text ?? ''))) return i;
      // a trailing attribution: ", the agency reported." / ", he said."
      const tail = trailingAttribution(s, i + 1);
      if (tail) return i;
      // "…, a point the senator acknowledged", "… — something he denied": a noun in apposition with a bare relative clause
      if (/^[,—–]$/.test(t.text) && bareRelativeSubject(s, i + 1, Math.min(s.length, i + 14)) > 0) return i;
      // "Tom Lee, who estimated that A, said he …": the main verb of the sentence after a relative clause
      const main = cueAt(s, i + 1);
      if (main && main.strength === 'speech' && (main.form === 'past' || main.form === 'third') && (SUBJECT_PRONOUN.test(s[i + 2]?.lower ?? '') || s[i + 2]?.lower === 'that')) return i;
      // "suggested A, called her “Q” and left": a series of the subject's acts, the next one after a comma
      if (t.text === ',' && i > from + 1 && actInSeries(s, i + 1)) return i;
      // ", and most others said B" / ", while critics argued B": a coordinated clause with its own subject and cue
      if (t.text === ',' && /^(and|but|while|whereas)$/.test(n.lower) && newReport(s, i + 2)) return i;
      // "… — others say B": after a dash, a clause with its own subject and cue
      if ((t.text === '—' || t.text === '–') && newReport(s, i + 1)) return i;
      // "admitted A, at a meeting this week he said B": a new report after a short adjunct
      if (t.text === ',' && reportAfterAdjunct(s, i + 1)) return i;
      // a new main clause with its own speaker and cue: "While he acknowledged A, Ham also noted B"
      if (t.text === ',') {
        for (let c = i + 2; c < Math.min(s.length, i + 10); c++) {
          const cue = cueAt(s, c);
          if (!cue) continue;
          if (cue.form === 'past' || cue.form === 'third') {
            const np = npBefore(s, c, i + 1);
            if (np && np[0] === i + 1) {
              const m = parseMention(s.slice(np[0], np[1]));
              if (m && (m.kind === 'name' || m.kind === 'pronoun' || m.kind === 'org' || (cue.strength === 'speech' && c - i <= 8))) return i;
            }
          }
          break;
        }
      }
    }
  }
  return s.length;
}

/**
 * "… on Twitter before claiming that B", "defended the plan by citing a poll": "before" or "after"
 * and a participle of speaking at i start the speaker's next act; so does "by" after an object
 * content (with a finite verb, "by …" is the content's own manner: "said she won by appealing to …").
 */
function nextSpeakingAct(s: Token[], from: number, i: number): boolean {
  const t = s[i]!;
  if (!/^(by|before|after)$/.test(t.lower) || s[i - 1]?.text === ',' || !PARTICIPLE_STOP.has(s[i + 1]?.lower ?? '')) return false;
  return t.lower !== 'by' || !s.slice(from, i).some((x, k) => finiteVerb(x) || presentVerbAt(s, from + k));
}

/**
 * "said the plan was sound, though it would take years": a concession ("though", "although",
 * "even though") with no cue of its own, after a content with a finite verb, is the speaker's own
 * qualification and stays in the content (not "…, though Lee said …", a second report; not after a
 * verbless content "backed the overthrow of X, even though …"; not "even as", a second act in time).
 */
function concessionInClause(s: Token[], from: number, k: number): boolean {
  const n = s[k]!.lower;
  if (!/^(though|although)$/.test(n) && !(n === 'even' && s[k + 1]?.lower === 'though')) return false;
  if (!s.slice(from, k).some((t, x) => finiteVerb(t) || presentVerbAt(s, from + x))) return false;
  for (let c = k + 1; c < s.length && !/^[,;.!?—–]$/.test(s[c]!.text) && s[c]!.type !== 'quote'; c++) if (cueAt(s, c)) return false;
  return true;
}

/** A verb of judgement or commitment in the past tense at j ("accused", "praised", "vowed"). */
function pastJudgementAt(s: Token[], j: number): boolean {
  const c = cueAt(s, j);
  return !!c && c.form === 'past' && (EVALUATIVE.has(c.lemma) || COMMIT_TO.has(c.lemma));
}

/** A hyphen with a space on both sides, written for a dash ("a rise - the first in years - that …"). */
function spacedHyphen(s: Token[], i: number): boolean {
  const t = s[i]!;
  return t.text === '-' && !!s[i - 1] && s[i - 1]!.end < t.start && !!s[i + 1] && t.end < s[i + 1]!.start && !/^(to|and|or|but)$/.test(s[i + 1]!.lower);
}

/** "…, on Monday night he said B": a short adjunct from token k, then a clause with its own subject and a verb of speech. */
function reportAfterAdjunct(s: Token[], k: number): boolean {
  if (!/^(in|at|on|during|after|before|later|earlier|late|early|this|last|then)$/.test(s[k]?.lower ?? '')) return false;
  for (let x = k + 1; x < Math.min(s.length, k + 8); x++) {
    const t = s[x]!;
    if (t.type !== 'word' || AUX.has(t.lower) || WH.has(t.lower) || SUBORDINATORS.has(t.lower) || /^(that|and|or|but)$/.test(t.lower)) return false;
    if (SUBJECT_PRONOUN.test(t.lower) && !/^it/.test(t.lower)) return newReport(s, x, true);
    if (cueAt(s, x)) return false;
  }
  return false;
}

/**
 * "denied the charges and accused her of lying", "vowed to fight on and was cheered": after an
 * object or an infinitive (no finite verb yet in the content), "and" before a finite verb (an
 * auxiliary, or a past tense with its own object) opens the subject's next act, not the report.
 */
export function nextActAfterObject(s: Token[], from: number, i: number): boolean {
  return objectBeforeAnd(s, from, i) && nextActAt(s, i);
}

/**
 * "… and she won the debate", "… and they have …": after an object or an infinitive content (as
 * for nextActAfterObject), "and" before a subject pronoun and its verb is the writer's next sentence.
 * (Not a noun phrase: "how Lee and Kim could …" coordinates the subject of the content.)
 */
export function clauseAfterAnd(s: Token[], from: number, i: number, object = false): boolean {
  if (!objectBeforeAnd(s, from, i)) return false;
  const f = s[i + 1];
  if (!f || f.type !== 'word') return false;
  if (/^(he|she|they|we|i)$/.test(f.lower) && (finiteVerb(s[i + 2]) || /^[a-z]+s$/.test(s[i + 2]?.text ?? ''))) return true;
  // (with a noun-phrase subject only after an object, not a clause whose subject may be coordinated:
  // "talked about the levy and the council has …", not "said Lee and the council have …")
  const cue = cueAt(s, from - 1);
  // (a preposition after a verb: "talked about", "spoke out against"; not "charges of fraud against Lee and …", a noun's)
  const v = s[from - 2];
  const verbPrep = /^(about|against|at|on|over)$/.test(s[from - 1]?.lower ?? '') && !!v && (/^[a-z]{3,}ed$/.test(v.text) || IRREGULAR_PAST.has(v.text) || /^(out|up)$/.test(v.lower) || !!cueAt(s, from - 2));
  const objectLike = object || s[from]!.lower === 'to' || verbPrep || (!!cue && EVALUATIVE.has(cue.lemma));
  // (no clause, list or pair in the content, whose subject or list may go on: "about how Lee and Kim could …",
  // "a deal in which shows such as X and Y will …", "two causes: (1) U.K. and Irish lenders …", "between X and Y")
  return objectLike && !s.slice(from, i).some((x) => WH.has(x.lower) || /^(which|that|whom|whose|between|such|[:()])$/.test(x.lower)) && nounClauseAt(s, i + 1);
}

/** Does a relative clause set off by a comma (", who …", ", which …") hold the cue before token `from`? */
function cueInRelative(s: Token[], from: number): boolean {
  for (let i = from - 1; i > 0; i--) {
    if (s[i]!.type === 'punct' || s[i]!.type === 'quote') return false;
    if (/^(who|which)$/.test(s[i]!.lower)) return s[i - 1]!.text === ',' || s[i - 1]!.text === '—' || s[i - 1]!.text === '–';
  }
  return false;
}

/**
 * "… and the council has dropped it", "… and Governor Ann Bell withdrew her support": at k, a
 * noun phrase (a determiner or a name, up to five words) and a finite verb, an auxiliary or a past
 * tense before its object, opens a clause of its own. (Not "the tactics used in the raid", a
 * participle in the noun phrase.)
 */
function nounClauseAt(s: Token[], k: number): boolean {
  const f = s[k];
  if (!f || f.type !== 'word' || !(/^(the|a|an|his|her|their|its|our|my)$/.test(f.lower) || /^\p{Lu}/u.test(f.text))) return false;
  for (let j = k + 1; j < Math.min(s.length, k + 6); j++) {
    const v = s[j]!;
    if (v.type !== 'word' && v.text !== '.') return false;
    if (j > k + 1 || !/^(the|a|an|his|her|their|its|our|my)$/.test(f.lower)) {
      if (/^(has|have|had|was|were|is|are|will|would|could|did|does)$/.test(v.lower) || /^[a-z]+n't$/.test(v.lower)) return j > k;
      if ((/^[a-z]{3,}ed$/.test(v.text) || IRREGULAR_PAST.has(v.text)) && /^(the|a|an|his|her|their|its|him|them|it|no)$/.test(s[j + 1]?.lower ?? '')) return true;
    }
    if (/^(and|or|of|who|which|that|to|in|on|at|for|with|by|from)$/.test(v.lower) || cueAt(s, j)) return false;
  }
  return false;
}

/** Is s[from, i) at "and" (no comma before) an object or infinitive content with no finite verb of its own yet? */
function objectBeforeAnd(s: Token[], from: number, i: number): boolean {
  if (s[i]!.lower !== 'and' || i <= from || s[i - 1]?.text === ',') return false;
  if (s[from - 1]?.lower === 'that' || SUBJECT_PRONOUN.test(s[from]!.lower)) return false;
  for (let x = from; x < i; x++) {
    // ("to be named and is …": a participle after "be" is not a finite verb)
    if (finiteVerb(s[x]) && !(/^(be|been|being)$/.test(s[x - 1]?.lower ?? '') && /^[a-z]{3,}ed$/.test(s[x]!.text))) return false;
    const cue = cueAt(s, x);
    if (cue && (cue.form === 'past' || cue.form === 'third')) return false;
    // ("Lee opposes the plan and would …", "the system gives …": a present tense after its subject opens a clause)
    // (not a plural noun before its infinitive: "urged party leaders to …")
    if (x > from && x < from + 4 && /^[a-z]{3,}s$/.test(s[x]!.text) && !/ss$/.test(s[x]!.text) && s[x - 1]!.type === 'word' && !NP_START.has(s[x - 1]!.lower) && s[x + 1]?.lower !== 'to') return false;
  }
  return true;
}

/**
 * "…, attacking the mayor and visiting the office": after the content of a participle cue (the
 * word before `from` ends in "-ing"), "and" before a second participle with its own object or
 * preposition is the subject's next act, not more of the content (no finite verb in the content yet).
 */
export function participlePairAt(s: Token[], from: number, i: number): boolean {
  if (s[i]!.lower !== 'and' || i <= from || s[i - 1]?.text === ',') return false;
  if (!/^[a-z]{3,}ing$/.test(s[from - 1]?.text ?? '') || !/^[a-z]{3,}ing$/.test(s[i + 1]?.text ?? '')) return false;
  const o = s[i + 2];
  if (!o || o.type !== 'word' || !(NP_START.has(o.lower) || /^\p{Lu}/u.test(o.text) || /^(to|from|with|on|for|about|against|at|in|up|out)$/.test(o.lower))) return false;
  return !s.slice(from, i).some((t) => finiteVerb(t));
}

/**
 * "… and took the stage", "… and has since …": after "and" at i (through "also", "then", …), a
 * finite verb of the subject: an auxiliary, or a past tense followed by its object or a preposition.
 */
export function nextActAt(s: Token[], i: number): boolean {
  let j = i + 1;
  while (s[j] && /^(also|then|later|repeatedly|since|still|even)$/.test(s[j]!.lower)) j++;
  const v = s[j];
  if (!v || v.type !== 'word') return false;
  if (AUX.has(v.lower) || /^[a-z]+n't$/.test(v.lower)) return true;
  // (a hyphenated past too: "and counter-sued him")
  return (/^[a-z]{3,}ed$/.test(v.text) || /^[a-z]+-[a-z]{2,}ed$/.test(v.text) || IRREGULAR_PAST.has(v.text)) && /^(the|a|an|his|her|their|its|him|them|it|me|us|to|in|on|at|for|with|about|back|out|up|off|down|away|over|into|from|against|right|this|that|these|those|no|several|two|three)$/.test(s[j + 1]?.lower ?? '');
}

/** Nouns naming the occasion of speaking: "in an interview", "at a rally". */
const OCCASION_NOUNS = new Set(['interview', 'statement', 'speech', 'rally', 'debate', 'conference', 'video', 'tweet', 'letter', 'op-ed', 'editorial', 'appearance', 'event', 'meeting', 'hearing', 'commercial', 'post', 'column', 'podcast', 'forum']);

/**
 * "praised the plan in an interview", "claimed victory in a tweet", "defended her at a rally": after
 * an object content (no finite verb, no gerund in it), the occasion of speaking is the writer's frame.
 * (Not after an addressee and its infinitive: "urged voters at a rally to …".)
 */
function objectContent(s: Token[], from: number, i: number): boolean {
  if (s[from - 1]?.lower === 'that' || SUBJECT_PRONOUN.test(s[from]!.lower) || /^(what|who)$/.test(s[from]!.lower)) return false;
  for (let x = from; x < i; x++) {
    if (finiteVerb(s[x]) || /^[a-z]{3,}ing$/.test(s[x]!.text)) return false;
    const cue = cueAt(s, x);
    if (cue && (cue.form === 'past' || cue.form === 'third')) return false;
  }
  return true;
}
function occasionAfterObject(s: Token[], from: number, i: number): boolean {
  if (i <= from || !/^(in|at|during)$/.test(s[i]!.lower) || !/^(a|an)$/.test(s[i + 1]?.lower ?? '')) return false;
  const head = OCCASION_NOUNS.has(s[i + 2]?.lower ?? '') ? i + 2 : i + 3;
  if (!OCCASION_NOUNS.has(s[head]?.lower ?? '') || s[head - 1]!.type !== 'word') return false;
  const cue = cueAt(s, from - 1);
  if (cue && ((OBJECT_TO.has(cue.lemma) && s[from]!.lower !== 'about') || NAMING_VERBS.has(cue.lemma))) return false;
  // ("to say in an interview that …": a reporting verb inside the content takes its clause after the occasion)
  return objectContent(s, from, i) && !s.slice(from, i).some((_, x) => cueAt(s, from + x));
}

/**
 * "demanded an apology after the tapes came out", "urged voters to stay home after the storm hit":
 * after an object or infinitive content, "after" before a clause with its own subject and verb
 * tells what prompted the words, in the writer's words.
 */
function eventAfterObject(s: Token[], from: number, i: number): boolean {
  return i > from && s[i]!.lower === 'after' && mainClauseAt(s, i + 1) && objectContent(s, from, i);
}

/**
 * "announced her bid in May 2019", "withdrew her backing on Monday": after a noun-phrase
 * object (no verb, no infinitive), a date closing the clause tells when the subject spoke or acted,
 * in the writer's words.
 */
function dateAfterObject(s: Token[], from: number, i: number): boolean {
  if (i <= from || s[i - 1]?.type !== 'word') return false;
  // ("condemned the raids Friday", "announced the plan Aug. 21": a bare weekday, or a month and its day, after the object's noun)
  const bare = (WEEKDAYS.has(s[i]!.lower) && /^\p{Lu}/u.test(s[i]!.text) && !/^\p{Lu}/u.test(s[i - 1]!.text)) || ((MONTHS.has(s[i]!.lower) || MONTH_ABBREVIATION.test(s[i]!.text)) && /^\d{1,2}$/.test(s[i + 1]?.text ?? ''));
  if (bare && (PREPOSITIONS.has(s[i - 1]!.lower) || /^(the|a|an|this|that|his|her|its|their|our|my|your|of|and|or)$/.test(s[i - 1]!.lower))) return false;
  if (!bare && !/^(on|in|last|late|early|earlier)$/.test(s[i]!.lower)) return false;
  // (not after an infinitive, whose own verb the date may go with: "urged them to vote Tuesday")
  if (bare && s.slice(from, i).some((t) => t.lower === 'to')) return false;
  let j = bare ? i : i + 1;
  while (s[j] && /^(late|early|last|the|mid)$/.test(s[j]!.lower)) j++;
  const d = s[j];
  if (!d || d.type !== 'word' || !(WEEKDAYS.has(d.lower) || MONTHS.has(d.lower) || MONTH_ABBREVIATION.test(d.text) || /^(19|20)\d\d$/.test(d.text))) return false;
  j++;
  while (s[j] && s[j]!.type === 'word' && (/^(night|morning|afternoon|evening|and)$/.test(s[j]!.lower) || /^\d{1,4}$/.test(s[j]!.text))) j++;
  // (the date closes the sentence, or a participle or "when"-clause of the writer's follows)
  // (or the subordinate clause that holds the content ends there: "When Lee announced her bid in May 2019, …")
  if (s[j] && !/^[.;!?]$/.test(s[j]!.text) && !(s[j]!.text === ',' && (PARTICIPLE_STOP.has(s[j + 1]?.lower ?? '') || /^(including|when|as|after|with)$/.test(s[j + 1]?.lower ?? '') || openingSubordinate(s, from)))) return false;
  if (s[from]!.lower === 'to' || s[from]!.lower === 'not') return false;
  // (what is left must still be a statement: three words, or a short object of a verb of judging or announcing)
  const cue = cueAt(s, from - 1);
  const short = !!cue && (EVALUATIVE.has(cue.lemma) || (OBJECT_REPORTS.has(cue.lemma) && (cue.form === 'past' || cue.form === 'third')));
  if (i - from < (short ? 1 : 3)) return false;
  return objectContent(s, from, i);
}

/** Does a subordinate clause opening the sentence ("When …", "After …", "Since …") hold the cue before token `from`? */
function openingSubordinate(s: Token[], from: number): boolean {
  return /^(when|after|before|since|as|while|because|although|though|once|until|if)$/.test(s[0]?.lower ?? '') && !s.slice(1, from).some((t) => /^[,;:—–]$/.test(t.text) || t.type === 'quote');
}

/** People through whom one speaks: "through his lawyer", "via a spokeswoman". */
const GO_BETWEENS = /^(lawyers?|attorneys?|spokes(man|men|woman|women|person|people)|representatives?|publicists?|aides?|agents?)$/;

/**
 * "through his lawyer", "via a spokeswoman": at i, the go-between through whom the subject spoke
 * (a determiner and at most one modifier before the noun).
 */
export function channelAt(s: Token[], i: number): boolean {
  if (!/^(through|via)$/.test(s[i]?.lower ?? '') || !/^(his|her|their|its|a|an|the)$/.test(s[i + 1]?.lower ?? '')) return false;
  return GO_BETWEENS.test(s[i + 2]?.lower ?? '') || (s[i + 2]?.type === 'word' && GO_BETWEENS.test(s[i + 3]?.lower ?? ''));
}

/** "denied the charges through his lawyer": after an object content, the go-between is the writer's frame. */
function channelAfterObject(s: Token[], from: number, i: number): boolean {
  return i > from && channelAt(s, i) && objectContent(s, from, i);
}

/**
 * "mocked the mayor on Twitter", "denied the story via Facebook": after the object of a verb of
 * judging or denying, the medium of speaking closing the clause. (Not after a report of news:
 * "reported his arrival on Twitter" may name where the news was.)
 */
function mediumAfterObject(s: Token[], from: number, i: number): boolean {
  if (i <= from || !/^(on|via)$/.test(s[i]!.lower) || !mediaAt(s, i + 1)) return false;
  const cue = cueAt(s, from - 1);
  return !!cue && (EVALUATIVE.has(cue.lemma) || cue.lemma === 'deny') && objectContent(s, from, i);
}

/**
 * "described the race as a contest of ideas, with both sides claiming victory": after an object
 * content, ", with" before a noun phrase and a participle (an absolute) is the writer's comment.
 */
function absoluteAfterObject(s: Token[], from: number, i: number): boolean {
  if (i <= from + 1 || s[i]!.text !== ',' || s[i + 1]?.lower !== 'with') return false;
  for (let j = i + 3; j < Math.min(s.length, i + 7); j++) {
    const t = s[j]!;
    if (t.type !== 'word') return false;
    if (/^[a-z]{3,}ing$/.test(t.text) && !/^(including|during|according|something|nothing|anything|everything)$/.test(t.lower)) return objectContent(s, from, i);
    if (/^(that|which|who|and|or|of|to|for|in)$/.test(t.lower) || AUX.has(t.lower)) return false;
  }
  return false;
}

/**
 * "Ann Lee is a lawyer who argued …", "He was an official who said …": an indefinite noun phrase [np] after a
 * copula is the predicate of its subject, a name or a personal pronoun (not "it" or "there": "It was a
 * lawyer who argued …" is a cleft); that subject's span, or null.
 */
function copulaSubject(s: Token[], np: [number, number], floor: number): [number, number] | null {
  if (!/^(a|an)$/.test(s[np[0]]?.lower ?? '') || !/^[a-z]/.test(s[np[0] + 1]?.text ?? '')) return null;
  let v = np[0] - 1;
  while (v > floor && /^(also|once|still|now|then)$/.test(s[v]?.lower ?? '')) v--;
  if (v <= floor || !/^(is|was)$/.test(s[v]!.lower)) return null;
  const subject = npBefore(s, v, floor);
  if (!subject || subject[1] !== v) return null;
  const words = s.slice(subject[0], subject[1]);
  return words.length === 1 && /^(he|she)$/.test(words[0]!.lower) ? subject : words.every((t) => t.type === 'word' && /^\p{Lu}/u.test(t.text)) && !/^(it|there|this|that)$/i.test(words[0]!.text) ? subject : null;
}

/** Verbs of saying that report a clause without "that" only when its subject and finite verb follow at once. */
const ZERO_THAT = new Set(['imply', 'mention', 'disclose', 'affirm', 'reaffirm', 'proclaim', 'remark', 'observe', 'recount', 'confide', 'clarify', 'swear', 'bet', 'guarantee', 'whisper', 'shout', 'yell', 'exclaim', 'posit', 'protest', 'grumble', 'reason']);

/**
 * "Lee implied he was to blame", "Lee implied voters were misled", "Roe mentioned Ann Lee had
 * resigned": after a finite verb of saying that usually takes "that", a bare clause counts only when
 * a subject pronoun, a bare plural or a name is followed at once by its finite verb.
 */
function zeroThatClause(s: Token[], k: number, cue: CueAt): boolean {
  if (!ZERO_THAT.has(cue.lemma) || (cue.form !== 'past' && cue.form !== 'third')) return false;
  // ("remarks he made", "protests they staged": a plural noun, no verb)
  if (cue.form === 'third' && /^(remark|protest|bet|reason|shout|whisper|yell|guarantee)$/.test(cue.lemma)) return false;
  const f = s[k];
  if (!f || f.type !== 'word') return false;
  if (/^(he|she|they|we|i)$/.test(f.lower)) return finiteVerb(s[k + 1]) || /^[a-z]{3,}s$/.test(s[k + 1]?.text ?? '');
  // ("affirmed it doesn't plan to …": "it" is the clause's subject only before a finite verb; "mentioned it to us" is an object)
  if (f.lower === 'it') return finiteVerb(s[k + 1]);
  if (/^[a-z]{3,}s$/.test(f.text)) return finiteVerb(s[k + 1]);
  // ("implied the plan was a fraud": a determiner, one or two words, then an auxiliary)
  if (/^(the|his|her|their|its|this|these|those)$/.test(f.lower)) {
    for (let y = k + 2; y <= k + 3; y++) {
      if (s[y]?.type === 'word' && /^(is|are|was|were|has|have|had|will|would|could|should|might|can)$/.test(s[y]!.lower)) return s.slice(k + 1, y).every((t) => t.type === 'word' && /^[a-z-]+$/.test(t.text) && !PREPOSITIONS.has(t.lower));
    }
    return false;
  }
  let x = k;
  while (x < k + 3 && isCapWord(s[x])) x++;
  return x > k && finiteVerb(s[x]);
}

const CLAUSE_TAKING = new Set(['say', 'think', 'believe', 'argue', 'claim', 'insist', 'note', 'add', 'explain', 'suggest', 'write', 'know', 'feel', 'hope', 'fear', 'worry', 'reckon', 'guess', 'understand', 'acknowledge', 'admit', 'contend', 'maintain', 'assert', 'predict', 'conclude', 'tell', 'report', 'find', 'show', 'indicate', 'recall', 'estimate']);

/**
 * "vowed to cut the tax, reversing a pledge", "blamed the storm, leading to the delay": after an
 * object or infinitive content, ", V-ing" before its object or preposition is the subject's next
 * act, or its result, in the writer's words. (Not after a verb that takes a clause, "said crews
 * fixed the road, opening it again", where the participle goes with the clause; not a series of
 * adjectives or nouns, "a calm, willing and able man", "its polling, advertising money and staff".)
 */
function participleAfterObject(s: Token[], from: number, i: number): boolean {
  if (i <= from + 1 || s[i]!.text !== ',' || !/^[a-z]{4,}ing$/.test(s[i + 1]?.text ?? '') || /^(including|during|according|something|nothing|anything|everything|loving|willing|morning|evening)$/.test(s[i + 1]!.lower)) return false;
  if (s[i + 2]?.text === ',' || s[i + 2]?.lower === 'and') return false;
  const cue = cueAt(s, from - 1);
  if (cue && CLAUSE_TAKING.has(cue.lemma)) return false;
  const o = s[i + 2];
  if (!o || o.type !== 'word') return false;
  const objectNext = NP_START.has(o.lower) || PREPOSITIONS.has(o.lower) || SUBJECT_PRONOUN.test(o.lower) || /^\p{Lu}/u.test(o.text) || /^[\d$]/.test(o.text) || /^[a-z]{3,}(s|ly)$/.test(o.text) || /^(out|up|down|off|more|less|some|all|no|both|each|what|how|whether|these|those)$/.test(o.lower);
  return objectNext && objectContent(s, from, i);
}

/**
 * "criticized him on the radio", "mentioned it at a dinner": after a lone pronoun object, a phrase
 * of place or time tells where or when the subject spoke, in the writer's words.
 */
function placeAfterPronoun(s: Token[], from: number, i: number): boolean {
  return i === from + 1 && /^(him|her|them|it|us|me)$/.test(s[from]!.lower) && /^(in|on|at|during|by|after|before|over)$/.test(s[i]!.lower);
}

/**
 * "defended the plan as he left the hall", "praised her, even as they argued": after an object
 * content, a time clause with a pronoun subject tells when the subject spoke, in the writer's words.
 */
function asClauseAfterObject(s: Token[], from: number, i: number): boolean {
  if (i <= from || s[i]!.lower !== 'as' || !/^(he|she|they)$/.test(s[i + 1]?.lower ?? '') || !/^[a-z]+$/.test(s[i + 2]?.text ?? '')) return false;
  return objectContent(s, from, s[i - 1]?.lower === 'even' ? i - 1 : i);
}

/**
 * "urged donors to give, but most of them were wary": after an object content, ", but" / ", and"
 * before a clause with its own subject and finite verb is the writer's next sentence.
 */
function clauseAfterObject(s: Token[], from: number, i: number): boolean {
  if (s[i]!.text !== ',' || !/^(and|but)$/.test(s[i + 1]?.lower ?? '') || !mainClauseAt(s, i + 2)) return false;
  return objectContent(s, from, i);
}

/**
 * "praised the treaty, the pact the two states signed in May": after an object content, ", the"
 * before a noun phrase closing the sentence (no verb of its own but in a relative clause, no
 * series) glosses the object in the writer's words.
 */
function appositionAfterObject(s: Token[], from: number, i: number): boolean {
  if (i <= from || s[i]!.text !== ',' || s[i + 1]?.lower !== 'the' || /^(latter|former)$/.test(s[i + 2]?.lower ?? '')) return false;
  for (let j = i + 2; j < s.length; j++) {
    const t = s[j]!;
    if (t.text === ',' && /^(and|or|that)$/.test(s[j + 1]?.lower ?? '')) return false;
    if (/^[;:]$/.test(t.text)) return false;
  }
  return closingApposition(s, i + 1) && objectContent(s, from, i);
}

/**
 * "said for years critics had predicted a pullout, but this would not happen": ", but" before a
 * clause with its own subject and finite verb is the writer's contrast (not in a content opened by
 * "that", which may be nested in an outer report), unless it carries quoted words (the speaker's
 * own, so still the report) or follows a name ("Lee, but Kim …").
 */
function clauseAfterContent(s: Token[], from: number, i: number): boolean {
  if (i <= from + 2 || s[from - 1]?.lower === 'that' || s[i]!.text !== ',' || s[i + 1]?.lower !== 'but' || /^\p{Lu}/u.test(s[i - 1]?.text ?? '')) return false;
  return mainClauseAt(s, i + 2) && !s.slice(i + 2).some((t) => t.type === 'quote');
}

/**
 * "said that Lee, who chairs the panel, will run": a comma after the subject of a that-clause,
 * before its verb, opens an aside inside the content when a comma after the aside is followed
 * by the clause's verb (no finite verb yet since "that").
 */
export function subjectAside(s: Token[], from: number, i: number): boolean {
  const a = /^(that|said|says|say|saying)$/.test(s[from - 1]?.lower ?? '') ? from : embeddedSubjectStart(s, from, i);
  if (a < 0 || i < a + 1 || SUBJECT_PRONOUN.test(s[a]!.lower)) return false;
  for (let x = a; x < i; x++) {
    if (finiteVerb(s[x])) return false;
    const cue = cueAt(s, x);
    if (cue && (cue.form === 'past' || cue.form === 'third')) return false;
  }
  // (the comma that closes the aside, before the verb)
  if (s[i]!.text === ',' && s.slice(from, i).some((t) => t.text === ',') && mainVerbAt(s, i + 1)) return true;
  for (let j = i + 2; j < Math.min(s.length, i + 20); j++) {
    if (/^[.;:!?]$/.test(s[j]!.text)) return false;
    if ((s[j]!.text === ',' || s[j]!.text === s[i]!.text) && mainVerbAt(s, j + 1)) return true;
  }
  return false;
}

/**
 * "asked whether his time at the firm, …", "has found that the trusts, …": where the subject of a
 * clause embedded in the content starts (after the last "that" / "whether" / "if" before i), or -1.
 */
function embeddedSubjectStart(s: Token[], from: number, i: number): number {
  for (let x = i - 1; x >= from - 1 && x >= 0; x--) {
    if (/^(that|whether|if)$/.test(s[x]!.lower) && s[x]!.type === 'word') return x + 1 < i ? x + 1 : -1;
  }
  return -1;
}

/**
 * "… are “right to be angry,” but also hungry for …", "… from her rivals, but also from her
 * allies": "but also" before anything other than a second act (a past verb, "that") adds to the
 * content; `j` is the index of "but".
 */
export function butAlsoAddition(s: Token[], j: number): boolean {
  if (s[j]?.lower !== 'but' || s[j + 1]?.lower !== 'also') return false;
  const n = s[j + 2];
  if (!n || n.type !== 'word' || n.lower === 'that' || AUX.has(n.lower)) return false;
  const cue = cueAt(s, j + 2);
  return !/^[a-z]+ed$/.test(n.text) && !(cue && (cue.form === 'past' || cue.form === 'third'));
}

/**
 * "… he can still win, even if he loses Ohio": a condition with "even if" bounds the speaker's
 * claim and stays in it (unlike "even though", a fact the writer adds).
 */
export function evenIfCondition(s: Token[], j: number): boolean {
  return s[j]?.lower === 'even' && s[j + 1]?.lower === 'if';
}

/**
 * "… could be justified, even in a recession", "… backs the plan, though not its cost": a
 * concession with no clause of its own (a preposition after "even", "not" after "though")
 * qualifies the content and stays in it; so does one or two words set off by commas inside a
 * noun phrase, before the rest of it ("a bold, though costly, plan", "a harsh, even cruel, tone").
 */
export function verblessConcession(s: Token[], j: number): boolean {
  if (/^(even|though|although)$/.test(s[j]?.lower ?? '')) {
    for (let x = j + 1; x < j + 4; x++) {
      const t = s[x];
      if (!t || t.type !== 'word' || finiteVerb(t) || SUBJECT_PRONOUN.test(t.lower) || /^(if|though|as|when|so|that|the|a|an)$/.test(t.lower)) break;
      if (s[x + 1]?.text === ',') return s[x + 2]?.type === 'word' && /^[a-z]/.test(s[x + 2]!.text);
    }
  }
  const n = s[j]?.lower ?? '';
  const m = s[j + 1]?.lower ?? '';
  if (n === 'even') return /^(in|on|with|without|during|among|under|at|for|amid)$/.test(m);
  return /^(though|although)$/.test(n) && m === 'not';
}

/**
 * "… would win – even though he …", "… in 2018 -- though it is unclear …": a dash (not the first of
 * a pair around an aside) before a concessive or contrasting clause hands over to the writer.
 */
function concessiveAfterDash(s: Token[], i: number): boolean {
  if (!/^[—–-]$/.test(s[i]!.text) || /^[—–-]$/.test(s[i - 1]?.text ?? '')) return false;
  const d = s[i + 1]?.text === '-' ? i + 2 : i + 1;
  if (!/^(even|although|though|whereas|unless|but)$/.test(s[d]?.lower ?? '')) return false;
  return !s.slice(d + 1).some((t) => /^[—–-]$/.test(t.text));
}

/**
 * "The senator, promising lower taxes, won the vote": a participle set off by commas between the
 * sentence's subject and its verb (no finite verb before it) ends its content at the comma before
 * that verb.
 */
function participleInSubject(s: Token[], from: number, i: number): boolean {
  const c = from - 1;
  if (!/^[a-z]{3,}ing$/.test(s[c]?.text ?? '') || s[c - 1]?.text !== ',' || c < 2 || !mainVerbAt(s, i + 1)) return false;
  return !s.slice(0, c - 1).some((t, x) => finiteVerb(t) || t.type === 'quote' || /^[;:]$/.test(t.text) || (cueAt(s, x)?.form ?? '').match(/^(past|third)$/));
}

/**
 * "said the plan would fail — a view few share", "backed the bill - saying it …", "… -- and he
 * left": a dash that opens no pair (no other dash in the sentence) hands the sentence to the writer
 * when it opens a comment (a noun with a relative clause), a participle of a further act, or a
 * clause of its own after "and" / "but". (Not "that Lee — the mayor's aide — will run", a pair of
 * dashes around an aside; not "… — including …", "… — and that …", which go on with the content.)
 */
function loneDashAside(s: Token[], i: number): boolean {
  if (!DASH.test(s[i]!.text) || DASH.test(s[i - 1]?.text ?? '')) return false;
  const d = DASH.test(s[i + 1]?.text ?? '') ? i + 2 : i + 1;
  const n = s[d];
  if (n?.type !== 'word' || s.some((t, x) => x !== i && x !== d - 1 && DASH.test(t.text))) return false;
  // "— saying …", "— only noting …"
  if (PARTICIPLE_STOP.has(n.lower) || (/^(only|essentially|effectively|also|again)$/.test(n.lower) && /^[a-z]{3,}ing$/.test(s[d + 1]?.text ?? ''))) return true;
  // "— a move that …", "— something he denied"
  if ((/^(a|an)$/.test(n.lower) && closingApposition(s, d)) || bareRelativeSubject(s, d, Math.min(s.length, d + 14)) > 0) return true;
  if (/^(something|moves|steps|all)$/.test(n.lower) && s.slice(d + 1, d + 5).some((t) => /^(that|which)$/.test(t.lower))) return true;
  // "— and he left", "— and then flew to Maine"
  return /^(and|but)$/.test(n.lower) && s[d + 1]?.lower !== 'that' && (mainClauseAt(s, d + 1) || nextActAt(s, d));
}

/**
 * "said the plan would fail, and the mayor left soon after", "…, but critics point to …": after a
 * content with a finite verb of its own, ", and" / ", but" before a clause with its own subject and
 * verb is the writer's next clause. (Not ", and that …", which goes on with the report; not a clause
 * that carries quoted words, "…, but she knows that “Q”", the speaker's own, or a modal of reported
 * speech; nor "A, but B, an aide said", where one attribution closes both.)
 */
function clauseAfterClause(s: Token[], from: number, i: number): boolean {
  if (s[i]!.text !== ',' || !/^(and|but)$/.test(s[i + 1]?.lower ?? '') || s[i + 2]?.lower === 'that') return false;
  if (!s.slice(from, i).some((t) => finiteVerb(t)) || s.slice(i).some((t) => t.type === 'quote')) return false;
  // (not the last item of a series: "with Chinese, Japanese, and Korean officials")
  if (s.slice(Math.max(from, i - 4), i).some((t) => t.text === ',')) return false;
  if (s.some((t, x) => x > i + 2 && t.text === ',' && trailingAttribution(s, x + 1))) return false;
  // (not a second clause in the modal of reported speech: "said the port would reopen, and the ferries would run again")
  const v = s.findIndex((t, x) => x > i + 1 && finiteVerb(t));
  if (v > 0 && /^(would|could|might|should|'d)$/.test(s[v]!.lower)) return false;
  return mainClauseAt(s, i + 2);
}

/**
 * "…, called her “Q”", "…, praised the move": a finite reporting verb right after a comma, with an
 * object (a pronoun, a determiner or quoted words) after it: the subject's next act in a series.
 * (Not a participle naming a noun: "the plan, called Plan B, …"; "the deal, announced Monday, …")
 */
function actInSeries(s: Token[], j: number): boolean {
  const cue = cueAt(s, j);
  if (!cue || cue.length !== 1 || cue.strength === 'weak' || (cue.form !== 'past' && cue.form !== 'third')) return false;
  const o = s[j + 1];
  // (", said an official who …" is an inverted attribution, not a further act)
  if (cue.strength === 'speech' && /^(the|a|an)$/.test(o?.lower ?? '')) return false;
  return !!o && (o.type === 'quote' || /^(him|her|them|it|me|us|the|a|an|his|their|its)$/.test(o.lower));
}

/**
 * After quoted words whose comma sits inside the closing mark: does the writer take over at token i
 * (a contrasting clause "though …", "while others …", or a closing apposition ", a move that …")?
 */
function quotedCommaBreak(s: Token[], i: number, from: number): boolean {
  const n = s[i];
  if (!n || n.type !== 'word') return false;
  if (['although', 'though', 'whereas', 'unless'].includes(n.lower)) return true;
  if (n.lower === 'while' && !/^[a-z]+ing$/.test(s[i + 1]?.text ?? '')) return true;
  return /^(a|an)$/.test(n.lower) && closingApposition(s, i) && !SUBORDINATORS.has(s[from]!.lower);
}

/** Words that open a subordinate clause before the main clause: "While he has said C, …". */
const FRONTED = new Set(['while', 'although', 'though', 'whereas', 'when', 'whenever', 'if', 'because', 'since', 'after', 'before', 'once', 'unless', 'until']);

/**
 * Is the speaker at token `subject` the subject of a subordinate clause that opens its sentence
 * ("While the mayor has said C, …", "And although critics argue C, …")?
 */
function frontedClause(s: Token[], subject: number, floor: number): boolean {
  let a = floor;
  while (a < subject && (s[a]!.type === 'punct' || /^(and|but|yet|so|still|even|now)$/.test(s[a]!.lower))) a++;
  // ("Even as the mayor announced C, …": "as" after "even" opens a clause of time)
  const sub = s[subject - 1];
  if (!sub) return false;
  const evenAs = sub.lower === 'as' && /^(even|just)$/.test(s[subject - 2]?.lower ?? '');
  if (FRONTED.has(sub.lower) && midSentenceClause(s, subject - 1)) return true;
  // ("As the mayor pledged C, the crowd …": an as-clause of time opening the sentence)
  if (sub.lower === 'as' && a === subject - 1) return true;
  return (a === subject - 1 || openingAdverbial(s, a, subject - 2) || timeMeasure(s, a, subject - 1)) && (FRONTED.has(sub.lower) || evenAs);
}

/** "…, and while he said C, …", "…: although she argued C, …": does a clause open at `sub` in mid-sentence, after ", and" or a colon? */
function midSentenceClause(s: Token[], sub: number): boolean {
  const p = s[sub - 1];
  if (!p) return false;
  if (/^[:;—–]$/.test(p.text)) return true;
  return /^(and|but|yet|so)$/.test(p.lower) && /^[,;:—–]$/.test(s[sub - 2]?.text ?? '');
}

/**
 * "Weeks after …", "A few days before …", "Long after …": is s[a, sub) a measure of time before
 * the subordinator at `sub` (after, before, since, until)?
 */
function timeMeasure(s: Token[], a: number, sub: number): boolean {
  if (!/^(after|before|since|until)$/.test(s[sub]?.lower ?? '') || sub - a < 1 || sub - a > 4) return false;
  const w = s.slice(a, sub);
  if (!w.every((t) => t.type === 'word')) return false;
  const last = w[w.length - 1]!.lower;
  if (w.length === 1 && /^(long|shortly|soon|just|right|immediately|only)$/.test(last)) return true;
  if (w.length === 2 && w[0]!.lower === 'not' && last === 'long') return true;
  return /^(seconds|minutes|hours|days|weeks|months|years|decades|moments|a day|day|week|month|year)$/.test(last) && w.slice(0, -1).every((t) => /^(a|an|the|few|several|two|three|four|five|six|seven|eight|nine|ten|just|only|some|many|mere|\d+)$/.test(t.lower));
}

/** "Last month, when …", "In Ohio, while …": a short adverbial from a up to the comma at `comma`, before a subordinate clause. */
function openingAdverbial(s: Token[], a: number, comma: number): boolean {
  if (s[comma]?.text !== ',' || comma - a < 1 || comma - a > 5) return false;
  return s.slice(a, comma).every((t, x) => t.type === 'word' && !AUX.has(t.lower) && !cueAt(s, a + x));
}

/** Participles that name who made a document, a poll or a count ("conducted by", "released by"). */
const MAKING_PARTICIPLES = new Set(['conducted', 'commissioned', 'released', 'published', 'compiled', 'issued', 'prepared', 'produced', 'sponsored', 'carried', 'gathered', 'collected', 'analyzed', 'analysed']);

/**
 * "according to early results of exit polls conducted for the networks by
 * Baxter Research": a nameless source (results, excerpts, a survey) whose
 * maker follows after "by" speaks through its maker; the agent's noun
 * phrase is the speaker's. Returns the tokens of the mention: the agent's,
 * or the source's own [from, to) when there is no such agent.
 */
function agentOfSource(s: Token[], np: [number, number]): [number, number] {
  if (!MAKING_PARTICIPLES.has(s[np[1]]?.lower ?? '')) return np;
  const source = parseMention(s.slice(np[0], np[1]));
  // (a source with a capitalised word before its head is named already: "a Harbor Times report")
  const head = s.slice(np[0] + 1, np[1]);
  const pp = head.findIndex((t) => PREPOSITIONS.has(t.lower));
  if (!source || source.kind === 'name' || source.kind === 'org' || head.slice(0, pp < 0 ? head.length : pp).some((t) => /^\p{Lu}/u.test(t.text))) return np;
  for (let k = np[1] + 1; k < Math.min(s.length, np[1] + 14); k++) {
    const t = s[k]!;
    if (t.type !== 'word') return np;
    if (t.lower !== 'by') continue;
    const agent = npAfter(s, k + 1, true);
    const m = agent ? parseMention(s.slice(agent[0], agent[1])) : null;
    // (the agent's noun phrase ends at a spaced dash: "by the Harbor Times - a paper that …")
    const dash = !!agent && s.slice(agent[0] + 1, agent[1]).some((x, i) => /^[-—–]$/.test(x.text) && s[agent[0] + i]!.end < x.start);
    return agent && !dash && m && (m.kind === 'name' || m.kind === 'org') ? agent : np;
  }
  return np;
}

/** "Having said that C, …" (after "and", "but" or an opening punctuation): a perfect participle at token c - 1 opens the sentence. */
function openingPerfect(s: Token[], c: number, floor: number): boolean {
  if (s[c - 1]?.lower !== 'having') return false;
  let a = floor;
  while (a < c - 1 && (s[a]!.type === 'punct' || /^(and|but|yet|so)$/.test(s[a]!.lower))) a++;
  return a === c - 1;
}

/** Subordinators that may introduce a participle clause opening the sentence ("After saying C, …", "In describing C, …"). */
const PARTICIPLE_OPENERS = /^(after|before|while|when|since|in|upon|on|besides)$/;

/**
 * "Promising that C, the mayor said …", "After saying C, she left …", "In describing C as Q, the
 * senator …": an -ing cue at token c opens the sentence (after "and", "but" or punctuation, perhaps
 * after a subordinator), takes a content of its own (not "Writing in the Ledger, …") and its clause
 * ends at a comma before a main clause, whose subject speaks.
 */
function openingParticiple(s: Token[], c: number): boolean {
  if (!/^[a-z]+ing$/i.test(s[c]?.text ?? '')) return false;
  // (from the start of the sentence: not after the comma that ends a report, "he defended it, saying …")
  let a = 0;
  while (a < c && (s[a]!.type === 'punct' || /^(and|but|yet|so)$/.test(s[a]!.lower))) a++;
  if (a < c && PARTICIPLE_OPENERS.test(s[a]!.lower)) a++;
  const next = s[c + 1];
  if (a !== c || !next || next.type === 'punct' || PREPOSITIONS.has(next.lower) || /^(among|amid|across|along|alongside|around|near|inside|outside|toward|towards|here|there|out|up|back|home|again)$/.test(next.lower)) return false;
  for (let i = c + 2; i < s.length; i++) {
    if (/^[;:.!?]$/.test(s[i]!.text)) return false;
    const comma = s[i]!.text === ',' || (s[i]!.type === 'quote' && /,$/.test(s[i]!.quote!.text));
    if (comma && mainClauseAt(s, i + 1)) return true;
  }
  return false;
}

/** "Citing C, the mayor …": a capitalised -ing cue that opens the sentence with its participle clause (the lexicon reads only lower-case words). */
function openingCue(s: Token[], c: number): CueAt | null {
  const info = /^\p{Lu}[a-z]+ing$/u.test(s[c]?.text ?? '') ? cueInfo(s[c]!.lower) : undefined;
  return info && info.form === 'ing' && openingParticiple(s, c) ? { ...info, index: c, length: 1 } : null;
}

/** The subject noun phrase of a main clause starting at token j ("…, the mayor proceeded …"), or null. */
function mainSubject(s: Token[], j: number): [number, number] | null {
  for (let x = j + 1; x < Math.min(s.length, j + 9); x++) {
    if (s[x]!.type !== 'word') return null;
    const cue = cueAt(s, x);
    if (finiteVerb(s[x]) || (cue && (cue.form === 'past' || cue.form === 'third'))) return npBefore(s, x, j);
  }
  return null;
}

/** A finite verb form: an auxiliary, a modal, a negated one, or a verb in -ed. */
function finiteVerb(t: Token | undefined): boolean {
  if (!t || t.type !== 'word') return false;
  return AUX.has(t.lower) || /^(will|would|'s|'re|'ll|'d|am|shall)$/.test(t.lower) || /^[a-z]+n't$/.test(t.lower) || /^[a-z]{3,}ed$/.test(t.text) || IRREGULAR_PAST.has(t.text);
}
/** Past tenses without -ed that are not also present or participle forms ("won", "took", "rose"). */
export const IRREGULAR_PAST = new Set(['won', 'lost', 'made', 'took', 'gave', 'got', 'went', 'came', 'became', 'began', 'kept', 'met', 'paid', 'ran', 'saw', 'sent', 'spent', 'stood', 'thought', 'wrote', 'drove', 'fell', 'rose', 'held', 'led', 'brought', 'bought', 'built', 'sold', 'knew', 'grew', 'chose', 'drew', 'found', 'heard', 'meant', 'felt', 'struck', 'fought', 'sought', 'taught', 'caught', 'broke', 'spoke', 'threw', 'flew', 'forgot', 'shook',
  'left', 'sat', 'wore', 'ate', 'drank', 'swore', 'hid', 'rode', 'sang', 'swam', 'woke', 'froze', 'stole', 'tore', 'dug', 'hung', 'slid', 'sank', 'slept', 'swept', 'wept', 'bent', 'lent', 'dealt', 'fled', 'sped', 'stuck', 'swung', 'understood', 'withdrew', 'overcame', 'undertook', 'overtook', 'forgave', 'foresaw', 'mistook', 'arose', 'awoke', 'upheld', 'withheld', 'forbade', 'sprang', 'strode', 'strove', 'clung', 'flung', 'stung', 'leapt', 'knelt', 'crept', 'lay', 'shone', 'bled', 'fed']);

/** Past tenses spelt like their base form ("cut", "set", "forecast"). */
const SAME_FORM_PAST = new Set(['cut', 'set', 'put', 'forecast', 'hit', 'let', 'quit', 'cast', 'shut', 'spread', 'bid', 'cost', 'hurt', 'split', 'upset', 'broadcast', 'beat', 'read', 'shed', 'bet', 'burst', 'thrust', 'reset', 'recast']);

/**
 * Does a main clause (its subject and finite verb) start at token j, after the comma that closes
 * an opening subordinate clause? "…, the mayor has …", "…, she took …", "…, however, they …".
 */
export function mainClauseAt(s: Token[], j: number): boolean {
  if (s[j]?.lower === 'however' && s[j + 1]?.text === ',') j += 2;
  else if (s[j]?.lower === 'then') j++;
  const f = s[j];
  // ("…, it’s unlikely …", "…, there’s a sense …": a pronoun with its verb contracted)
  if (f?.type === 'word' && /^(it|he|she|they|we|i|you|there|that)['’](s|re|ll|d|ve|m)$/.test(f.lower) && /^[a-z]/.test(s[j + 1]?.text ?? '')) return true;
  // ("…, crews closed the road": a bare plural subject right before its verb)
  if (f?.type === 'word' && /^[a-z]{3,}s$/.test(f.text) && finiteVerb(s[j + 1])) return true;
  // ("…, this has been …", "…, one of her aides could …": a demonstrative or "one" opens the subject)
  if (f?.type === 'word' && /^(this|these|those|one|everyone|nobody|none)$/.test(f.lower) && s.slice(j + 1, j + 9).some((t) => finiteVerb(t))) return true;
  // ("…, too many of their calls go unanswered": a quantity opens the subject)
  if (f?.lower === 'too' && /^(many|much|few|little)$/.test(s[j + 1]?.lower ?? '')) j++;
  // ("…, there is a sense that …": an existential subject)
  else if (f?.lower === 'there' && /^(is|are|was|were|has|have|had|will|would|may|might|could|seems|seemed|appears|appeared|remains|remained)$/.test(s[j + 1]?.lower ?? '')) return true;
  else if (!f || f.type !== 'word' || !clauseStart(f) || /^(about|only|more|nearly|almost)$/.test(f.lower)) return false;
  if (SUBJECT_PRONOUN.test(f.lower) || f.lower === 'there') return /^[a-z']/.test(s[j + 1]?.text ?? '');
  for (let x = j + 1; x < Math.min(s.length, j + 9); x++) {
    const t = s[x]!;
    if (t.type !== 'word') return false;
    if (finiteVerb(t)) return true;
    const cue = cueAt(s, x);
    if (cue && (cue.form === 'past' || cue.form === 'third')) return true;
    // ("…, Mr. Roe cut the budget", "…, Ann Lee forecast a loss": a past tense without an ending of its own right after a name,
    // whose present would take an -s, before its object)
    if (x > j && SAME_FORM_PAST.has(t.lower) && /^\p{Lu}/u.test(s[x - 1]!.text) && s[x + 1]?.type === 'word' && !/^(of|and|or|for)$/.test(s[x + 1]!.lower)) return true;
    // ("…, his staff carves out …": a present tense after its subject's noun)
    if (x > j && (presentVerbAt(s, x) || closingPresentAt(s, x))) return true;
  }
  return false;
}

/**
 * "…, the index tumbles.", "…, the price drops sharply": a present tense in -s after its subject's
 * noun that closes the sentence or comes before an adverb in -ly or a preposition other than "of"
 * ("the realistic approaches of …" is a plural noun).
 */
function closingPresentAt(w: Token[], j: number): boolean {
  const t = w[j], prev = w[j - 1], next = w[j + 1];
  if (!t || t.type !== 'word' || !/^[a-z]{3,}s$/.test(t.text) || /(ss|us|is|ics|ous|ness|ings)$/.test(t.text)) return false;
  if (!prev || prev.type !== 'word' || !/^[a-z]+$/.test(prev.text) || /^(the|a|an|his|her|their|its|our|my|your|this|these|those|some|many|most|all|no|of|and|or)$/.test(prev.lower) || /(ly|ing|s)$/.test(prev.lower)) return false;
  return !next || /^[.!?;]$/.test(next.text) || (next.type === 'word' && (/^[a-z]{3,}ly$/.test(next.text) || PREPOSITIONS.has(next.lower) && next.lower !== 'of'));
}

/**
 * Is the cue at c the verb of a relative clause set off by commas ("Lee, who has said C, …",
 * "the group, which long argued C, …")?
 */
function relativeClause(s: Token[], c: number): boolean {
  const w = relativeSubjectBefore(s, c, /^(who|which)$/);
  return w > 0 && s[w - 1]?.text === ',';
}

/** Does an opening dash or bracket (not the closing one of an earlier aside) stand right before "who" at w? */
function setOffOpening(s: Token[], w: number): boolean {
  const t = s[w - 1];
  if (!t || s[w]?.lower !== 'who') return false;
  if (t.text === '(') return true;
  return /^(—|–|-)$/.test(t.text) && !s.slice(0, w - 1).some((x) => x.text === t.text) && s.slice(w, w + 40).some((x) => x.text === t.text);
}

/** "Ann Lee — who said C — went on", "the mayor (who said C) left": the closing dash or bracket of a set-off relative clause ends its content (else `end`). */
function setOffRelativeEnd(s: Token[], c: number, k: number, end: number): number {
  const w = relativeSubjectBefore(s, c, /^who$/);
  if (!setOffOpening(s, w)) return end;
  const open = s[w - 1]!.text;
  const close = open === '(' ? ')' : open;
  for (let i = k; i < end; i++) if (s[i]!.text === close) return i;
  return end;
}

/** Does the main verb of the sentence, after a relative clause about its subject, stand at token j ("…, voted", "…, has since …")? */
export function mainVerbAt(s: Token[], j: number): boolean {
  while (s[j] && s[j]!.type === 'word' && (/^(also|then|still|now|later|never|not|ultimately|eventually|quickly|soon)$/.test(s[j]!.lower) || /^[a-z]{3,}ly$/.test(s[j]!.text))) j++;
  const cue = cueAt(s, j);
  return finiteVerb(s[j]) || !!cue && (cue.form === 'past' || cue.form === 'third') || presentWithComplement(s, j);
}

/** "plans to …", "shows how …", "remains the …": a present tense in -s at j before its complement. */
function presentWithComplement(s: Token[], j: number): boolean {
  const t = s[j];
  if (!t || t.type !== 'word' || !/^[a-z]{3,}s$/.test(t.text) || /(ss|us|is|ics|ous|ness|ings)$/.test(t.text)) return false;
  return /^(to|how|what|why|whether|the|a|an|his|her|their|its|no|little)$/.test(s[j + 1]?.lower ?? '');
}

/**
 * "While most voters want A, the mayor …": the comma that closes a subordinate clause opening the
 * sentence, before its main clause; -1 when the sentence opens otherwise.
 */
export function frontedClauseEnd(s: Token[]): number {
  let a = 0;
  while (a < s.length && (s[a]!.type === 'punct' || /^(and|but|yet|so|still|even|now)$/.test(s[a]!.lower))) a++;
  if (!FRONTED.has(s[a]?.lower ?? '')) return -1;
  for (let i = a + 3; i < s.length; i++) {
    if (/^[;:]$/.test(s[i]!.text)) return -1;
    if (s[i]!.text === ',' && mainClauseAt(s, i + 1)) return i;
    if (quoteComma(s[i]) && mainClauseAt(s, i + 1)) return i + 1;
  }
  return -1;
}

/** Quoted words whose comma stands inside the closing marks (“a disaster,”). */
function quoteComma(t: Token | undefined): boolean {
  return t?.type === 'quote' && /,['’"”]*$/.test(t.quote!.text);
}

/**
 * "While he has said C, Lee took …" / "Lee, who has said C, took …": the content of a subordinate
 * or relative clause ends at the comma before the main clause (found by `mainAt`).
 */
function subordinateContentEnd(s: Token[], from: number, end: number, mainAt: (s: Token[], j: number) => boolean): number {
  // (a verb after "…, which she drafted," belongs to the content: no subject marks a main clause there)
  let aside = false;
  for (let i = from; i < end; i++) {
    // (“… was “a disaster,” the council voted …”: a comma inside the closing marks ends the clause after the quoted words)
    // (also quoted words that are the whole content: "When the traders say “buy,” the index soars")
    if (quoteComma(s[i]) && i + 1 < end && mainAt(s, i + 1)) return i + 1;
    if (s[i]!.text !== ',' || i < from + 2) continue;
    if (aside && mainAt === mainVerbAt) aside = false;
    else if (/^(who|whom|whose|which)$/.test(s[i + 1]?.lower ?? '')) aside = true;
    else if (mainAt(s, i + 1)) return i;
  }
  return end;
}

/**
 * "A, and B, the mayor said, will C": an attribution inside the last of coordinated clauses reports
 * that one; the content's first part starts after ", and" / ", but" / "— and" (searched from
 * `from` up to `to`).
 */
function lastConjunct(s: Token[], from: number, to: number): number {
  for (let j = to - 2; j > from; j--) {
    if (/^(and|but|yet)$/.test(s[j]!.lower) && (s[j - 1]!.text === ',' || /^[—–-]$/.test(s[j - 1]!.text)) && clauseStart(s[j + 1])) return j + 1;
  }
  return from;
}

/** "told the paper her group …": where a clause starts after a short addressee (a name, "reporters", "me"), or -1. */
function addresseeThenClause(win: Token[]): number {
  let a = 0;
  if (/^(me|him|her|us|them|reporters|supporters|voters|viewers|listeners|lawmakers|donors|students|delegates)$/.test(win[0]?.lower ?? '')) a = 1;
  else {
    if (/^(the|a|an)$/.test(win[0]?.lower ?? '')) a = 1;
    // ("told host Tom Ross …", "told the radio host Tom Ross …": a role word before the name)
    while (a < 3 && win[a]?.type === 'word' && /^[a-z]+$/.test(win[a]!.text) && (ROLE_NOUNS.has(win[a]!.lower) || TITLE_WORDS.has(win[a]!.lower)) && /^\p{Lu}/u.test(win[a + 1]?.text ?? '')) a++;
    while (a < 5 && win[a] && win[a]!.type === 'word' && /^\p{Lu}/u.test(win[a]!.text)) a++;
    if (a === 0 || !/^\p{Lu}/u.test(win[a - 1]?.text ?? '')) return -1;
  }
  const rest = win.slice(a, a + 7);
  if (!rest[0] || rest[0].type !== 'word' || !clauseStart(rest[0]) || /^(a|an|about|no|none)$/.test(rest[0].lower)) return -1;
  return rest.slice(1).some((t, j) => AUX.has(t.lower) || (t.type === 'word' && /^[a-z]+ed$/.test(t.text)) || presentVerbAt(rest, j + 1)) ? a : -1;
}

/**
 * "told me his plan makes him nervous": a plain present verb in -s right after a subject's noun
 * (not after a determiner: "his plans"), with an object or complement after it (not a preposition: "members of").
 */
export function presentVerbAt(w: Token[], j: number): boolean {
  const t = w[j], prev = w[j - 1], next = w[j + 1];
  if (!t || t.type !== 'word' || !/^[a-z]{3,}s$/.test(t.text) || /(ss|us|is|ics|ous|ness)$/.test(t.text)) return false;
  if (!prev || prev.type !== 'word' || !/^[a-z]+$/.test(prev.text) || /^(the|a|an|his|her|their|its|our|my|your|this|these|those|some|many|most|all|no|of|and|or)$/.test(prev.lower) || /(ly|ing|s)$/.test(prev.lower)) return false;
  return !!next && next.type === 'word' && !PREPOSITIONS.has(next.lower) && !AUX.has(next.lower) && !/^(and|or|but|who|which)$/.test(next.lower);
}

/**
 * "said in a statement the plan was …", "reported on Friday the police had …": where a reported
 * clause (a subject and its finite verb) starts after a short adjunct that opens at token k, or -1.
 * The subject opens with a determiner, a name or a number right after the adjunct's noun.
 */
function clauseAfterAdjunct(s: Token[], k: number): number {
  if (!/^(in|at|on|during|to|via|through|after|before|with|from|for|this|last|earlier)$/.test(s[k]?.lower ?? '')) return -1;
  for (let x = k + 1; x < Math.min(s.length, k + 9); x++) {
    const t = s[x]!;
    const prev = s[x - 1]!;
    // (an adjunct holds no verb, no clause: "joked about moving … if Trump wins", "boasted about how …")
    if (t.type !== 'word' || prev.type !== 'word' || AUX.has(t.lower) || cueAt(s, x) || /^[a-z]+ing$/.test(prev.text) || WH.has(prev.lower) || SUBORDINATORS.has(prev.lower) || /^(that|which|because|than)$/.test(prev.lower)) return -1;
    if (/^(in|at|on|during|to|via|through|after|before|with|from|for|by|about|over|into|of|the|a|an|and|or|his|her|their|its|our|my|this|last|next)$/.test(prev.lower)) continue;
    // ("said in politics it takes time …", "has said for weeks he is …": a subject pronoun after the adjunct's noun)
    if (SUBJECT_PRONOUN.test(t.lower) && !/^(it|that)$/.test(prev.lower)) return mainClauseAt(s, x) || /^[a-z]+s$/.test(s[x + 1]?.text ?? '') || /['’]/.test(t.text) ? x : -1;
    const cap = /^\p{Lu}/u.test(t.text);
    // (a name continues a name: "with Fox News the plan …" opens at "the")
    if (cap && /^\p{Lu}/u.test(prev.text)) continue;
    if (!(cap || /^\p{N}/u.test(t.text) || /^(the|a|an|his|her|their|its|this|these|those|some|most|many|no|all)$/.test(t.lower))) continue;
    return mainClauseAt(s, x) || quotedPredicate(s, x) ? x : -1;
  }
  return -1;
}

/**
 * "has said repeatedly the council should decide", "said publicly “the plan” will fail": where a
 * reported clause starts right after one adverb of manner or frequency at token k, or -1.
 */
function clauseAfterAdverb(s: Token[], k: number): number {
  const a = s[k];
  if (!a || a.type !== 'word' || !/^[a-z]{4,}ly$/.test(a.text) || /^(only|early|likely|family|daily|weekly|monthly|yearly|friendly|july|italy|rally)$/.test(a.lower)) return -1;
  const x = k + 1;
  const t = s[x];
  if (!t) return -1;
  // (a quoted subject before its verb: "said repeatedly “the next mayor” should choose")
  if (t.type === 'quote') return s[x + 1]?.type === 'word' && AUX.has(s[x + 1]!.lower) ? x : -1;
  if (t.type !== 'word') return -1;
  if (SUBJECT_PRONOUN.test(t.lower)) return mainClauseAt(s, x) && /^[a-z']/.test(s[x + 1]?.text ?? '') ? x : -1;
  if (!(/^\p{Lu}/u.test(t.text) || /^\p{N}/u.test(t.text) || /^(the|a|an|his|her|their|its|this|these|those|some|most|many|no|all)$/.test(t.lower))) return -1;
  return mainClauseAt(s, x) || quotedPredicate(s, x) ? x : -1;
}

/** "the race “is a dead heat”": a short subject from token x whose verb opens quoted words. */
function quotedPredicate(s: Token[], x: number): boolean {
  for (let y = x + 1; y < Math.min(s.length, x + 5); y++) {
    const t = s[y]!;
    if (t.type === 'quote') return /^(is|are|was|were|has|have|had|will|would|can|could|should|must|did|does|do)\b/.test(t.quote!.text);
    if (t.type !== 'word' || AUX.has(t.lower)) return false;
  }
  return false;
}

/** "told them why …", "explained to the paper how …": where an embedded question starts after a short addressee, or -1. */
function embeddedAfter(win: Token[]): number {
  const at = win.findIndex((t) => EMBEDDED_WH.has(t.lower));
  if (at < 1 || at > 6) return -1;
  return win.slice(0, at).every((t) => t.type === 'word' && !AUX.has(t.lower)) ? at : -1;
}

/** ", she told reporters on Monday.": words after an addressee verb that name only the addressee and adjuncts (no clause). */
function addresseeOnly(after: Token[]): boolean {
  if (after.length > 8) return false;
  if (after.some((x) => x.lower === 'that' || x.lower === 'to' || x.type === 'quote' || QUESTION_START.has(x.lower))) return false;
  // "told him he had never been …": a subject and verb after the addressee make a clause
  return !after.slice(1).some((x) => AUX.has(x.lower) || SUBJECT_PRONOUN.test(x.lower));
}

/** A personal pronoun as a subject, with a contracted auxiliary ("he's", "they'd"). */
const SUBJECT_PRONOUN = /^(he|she|they|we|i|it)(['’](s|d|ll|re|ve|m))?$/;

/**
 * Can these words be the subject of a new clause? Not a pronoun with words after it ("it still
 * bears the mark"), nor a noun with a contact relative clause ("the plan he said …", "names they gave").
 */
function clauseSubject(np: Token[]): boolean {
  if (SUBJECT_PRONOUN.test(np[0]!.lower)) return np.length === 1;
  return !np.slice(1).some((t) => SUBJECT_PRONOUN.test(t.lower));
}

/** Does a clause with its own subject and a finite reporting verb (a verb of speech when `speech`) start at token i ("most voters said …")? */
export function newReport(s: Token[], i: number, speech = false): boolean {
  for (let c = i + 1; c < Math.min(s.length, i + 9); c++) {
    const t = s[c]!;
    if (t.type !== 'word' && t.text !== '-' && t.text !== '’' && t.text !== "'") return false;
    const cue = cueAt(s, c);
    if (!cue) continue;
    // (a progressive is finite: "and the mayor is promising B")
    const progressive = cue.form === 'ing' && /^(is|are|was|were|'s|'re)$/.test(s[c - 1]?.lower ?? '');
    if (cue.strength === 'weak' || (speech && cue.strength !== 'speech') || (cue.form === 'ing' && !progressive) || cue.lemma === 'according to') return false;
    // "the procedure sometimes called X": a participle naming the noun, no new clause
    if (NAMING_VERBS.has(cue.lemma) && cue.form === 'past' && /^(sometimes|often|also|commonly|widely|once|now|so)$/.test(s[c - 1]?.lower ?? '')) return false;
    const np = npBefore(s, progressive ? c - 1 : c, i);
    if (np && np[0] === i && !clauseSubject(s.slice(np[0], np[1]))) return false;
    const m = np && np[0] === i ? parseMention(s.slice(np[0], np[1])) : null;
    // a bare form ("while most voters say") needs a plural subject
    return !!m && (cue.form !== 'base' || m.plural || /^(percent|majority|half|third|quarter|most|many|some|few)$/.test(m.head ?? '') || (m.kind === 'pronoun' && /^(i|we|you|they)$/.test(m.head ?? '')));
  }
  return false;
}

/**
 * "…, said Ann Lee, an aide who worked for the mayor.": after a speaker named behind the cue, an
 * apposition may run on with its own verbs (a relative clause, a participle) to the end of the
 * sentence; it still describes the speaker.
 */
function appositionRest(np: Token[], rest: Token[]): boolean {
  if (!rest.length || rest.length > 30) return false;
  if (rest.some((t) => t.type === 'quote' || /^[;:]$/.test(t.text))) return false;
  const opensApposition = np.some((t) => t.text === ',') && (/^\p{Lu}/u.test(np[0]!.text) || np.some((t) => /^(who|whose)$/.test(t.lower)));
  return opensApposition || /^(who|whose)$/.test(rest[0]!.lower);
}

/**
 * "C, analysts say; in 2012, …", "C, the office reported on Tuesday — a sign that …": a semicolon or
 * a dash after an attribution closes it, and what follows is the writer's own clause or aside.
 * (At x in the tail `rest`, after at least two words: the subject and its verb.)
 */
function clauseBreakAfterTail(rest: Token[], x: number): boolean {
  const t = rest[x];
  if (!t || (t.text !== ';' && !DASH.test(t.text)) || /^(and|but)$/.test(rest[0]?.lower ?? '') || rest.slice(0, x).filter((y) => y.type === 'word').length < 2) return false;
  return rest.slice(x + 1).some((y) => y.type === 'word');
}

/**
 * "C1, the airline added, and had passed all checks", "C1, he said, and she left", "C1, she said, but
 * “Q”": after ", and" / ", but" closing the attribution at `comma`, a clause, a further verb phrase of
 * the content's subject or quoted words go on with the speaker's content. Where that part ends, or 0.
 */
function contentAfterConjunct(s: Token[], comma: number, content: Token[] = []): number {
  if (s[comma]?.text !== ',' || !/^(and|but)$/.test(s[comma + 1]?.lower ?? '') || s[comma + 2]?.lower === 'then') return 0;
  // ("C is driving prices up, she said, and pushing buyers away": a second -ing verb goes on with the content's "is … -ing")
  const progressive = /^[a-z]{3,}ing$/.test(s[comma + 2]?.text ?? '') && content.some((t, k) => k > 0 && /^[a-z]{3,}ing$/.test(t.text) && /^(is|are|was|were|been)$|['’](s|re)$/i.test(content[k - 1]!.text));
  if (!(mainClauseAt(s, comma + 2) || nextActAt(s, comma + 1) || s[comma + 2]?.type === 'quote' || progressive)) return 0;
  const end = contentEnd(s, comma + 2);
  return s.slice(comma + 2, end).filter((t) => t.type === 'word' || t.type === 'quote').length >= 2 ? end : 0;
}

/**
 * "C1, the aide noted; C2.": the speaker's content goes on after a semicolon that closes the
 * attribution at `semi`. Where that second part ends, or 0 when the attribution is not closed by one.
 */
function contentAfterSemicolon(s: Token[], semi: number): number {
  if (s[semi]?.text !== ';' || s[semi + 1]?.type !== 'word') return 0;
  const end = contentEnd(s, semi + 1);
  return s.slice(semi + 1, end).filter((t) => t.type === 'word').length >= 3 ? end : 0;
}

/**
 * "C, Lee said in her book, “Open Water.”": the comma before the quoted title of a work that closes
 * the sentence after the attribution starting at i, or -1.
 */
function closingTitle(s: Token[], i: number): number {
  const q = s.findIndex((t, x) => x > i && t.type === 'quote');
  if (q < 0 || s[q - 1]?.text !== ',' || !WORK_NOUNS.has(s[q - 2]?.lower ?? '') || s.slice(q + 1).some((t) => t.type !== 'punct')) return -1;
  return s.slice(i, q).some((t) => /^[.;!?]$/.test(t.text)) ? -1 : q - 1;
}

/**
 * "C, firefighters said as the tide turned.", "C, he said when the talks ended.": a subordinate clause after the
 * attribution's verb (and its adjuncts) says when or why it was said; the attribution's tail stops before it.
 */
function subordinateDropped(after: Token[], cue: CueAt): Token[] {
  if (cue.strength !== 'speech' || after.length > 20 || after.some((t) => t.type === 'quote')) return after;
  const x = after.findIndex((t, k) => t.type === 'word' && /^(as|when|while|before|after)$/.test(t.lower)
    && after[k + 1]?.type === 'word' && !/^(much|well|part|of|if|to|for|in|on|at|with|by|from|a|an)$/.test(after[k + 1]!.lower)
    && after.slice(k + 2, k + 6).some((y) => y.type === 'word' && /^(?:[a-z]+ed|was|were|is|are|had|has|broke|began|rose|fell|met|came|went|spoke|took|gave|left|won|lost|ran|sat|stood|told|said)$/.test(y.text)));
  return x >= 0 ? after.slice(0, x) : after;
}

/** `, NP CUE [adjuncts].` or `, CUE NP.` closing the sentence from token i: the cue index, or -1. */
function trailingAttribution(s: Token[], i: number): { cue: CueAt; np: [number, number] | null; inverted: boolean; end: number } | null {
  const rest = s.slice(i);
  let endIdx = rest.findIndex((t, x) => /^[.!?;]$/.test(t.text) || clauseBreakAfterTail(rest, x));
  const sub = rest.findIndex((t, x) => t.text === ',' && x > 0 && /^(as|while|when|after|before|because|since|although|though|but|and|in|at|during|adding|saying|noting|according|who|which|even)$/.test(rest[x + 1]?.lower ?? ''));
  const ing = rest.findIndex((t, x) => t.text === ',' && x > 0 && /^[a-z]+ing$/.test(rest[x + 1]?.text ?? ''));
  // "…, he said when asked about it": the question after the attribution
  const asked = rest.findIndex((_, x) => x > 0 && questionAfter(s, i + x));
  const sub2 = [sub, ing, asked].filter((x) => x > 0).reduce((a, b) => (a < 0 ? b : Math.min(a, b)), -1);
  if (sub2 > 0 && (endIdx < 0 || sub2 < endIdx)) endIdx = sub2;
  const title = closingTitle(s, i);
  const stop = title > 0 ? title : endIdx >= 0 ? i + endIdx : s.length;
  if (title < 0 && endIdx >= 0 && sub2 !== endIdx && !clauseBreakAfterTail(rest, endIdx) && endIdx < rest.length - 1 && rest.slice(endIdx + 1).some((t) => t.type !== 'punct')) return null;
  for (let c = i; c < Math.min(stop, i + 12); c++) {
    const t = s[c]!;
    if (t.type === 'quote') return null;
    const cue = cueAt(s, c);
    if (!cue || cue.lemma === 'according to') continue;
    // "the congressional report said": a noun that is also a reporting verb, before the verb
    if ((cue.form === 'base' || cue.form === 'third') && c > i && cueAt(s, c + 1)) continue;
    // (", say analysts." is inverted; ", say, a dozen" and ", say he" are not)
    if (cue.form === 'ing' || (cue.form === 'base' && c === i && !(cue.lemma === 'say' && clauseStart(s[c + 1]) && !SUBJECT_PRONOUN.test(s[c + 1]!.lower)))) return null;
    if (c === i) {
      const found = npAfter(s, c + cue.length);
      // an inverted subject never opens with a preposition: ", compared to 11 percent — a wide gap", ", compared with 40 percent"
      if (!found || PREPOSITIONS.has(s[found[0]]!.lower)) return null;
      const np: [number, number] = [found[0], Math.min(found[1], stop)];
      const after = s.slice(np[1], stop);
      if (isAdjunctRun(after)) return { cue, np, inverted: true, end: stop };
      if (appositionRest(s.slice(np[0], np[1]), after)) return { cue, np: [np[0], stop], inverted: true, end: stop };
      return null;
    }
    const np: [number, number] = [i, c];
    const npToks = s.slice(i, c);
    if (npToks.length > 12 || npToks.some((x) => x.lower === 'that' || AUX.has(x.lower) && !['has', 'had', 'have', 'would', 'will'].includes(x.lower))) return null;
    // ", a point the senator acknowledged": a bare relative clause on a noun in apposition, no attribution
    if (bareRelativeSubject(s, i, c) > 0) return null;
    // a subject does not open with a preposition: ", with six million posts in a day"
    if (PREPOSITIONS.has(npToks[0]!.text)) return null;
    const tail = programmeTitleDropped(s.slice(c + cue.length, stop));
    // (a subject set apart by a comma of its own is no short attribution: "Dan Lee, an aide, live tweeted as …")
    const after = npToks.some((x) => x.text === ',') ? tail : subordinateDropped(tail, cue);
    // "In the end, the firm agreed to lend …", "Later, she called for a ban": the verb goes on with its own complement
    // (", but refused to give details" after a statement is no new report: it still closes the sentence)
    if (!/^(and|but)$/.test(s[i]!.lower) && (directive(s, c + cue.length, cue.lemma) >= 0 || infinitiveAt(s, c + cue.length))) return null;
    if (!isAdjunctRun(after) && !(ADDRESSEE_VERBS.has(cue.lemma) && addresseeOnly(after))) return null;
    return { cue, np, inverted: false, end: stop };
  }
  return null;
}

/**
 * ", said Tom Lee, an expert on ports, would …": after an inverted speech verb, its subject (and an
 * apposition) closed by a comma before a modal or auxiliary that goes on with the reported sentence.
 * The subject's span and where the content resumes, or null.
 */
function invertedMiddle(s: Token[], c: number, cue: CueAt): { np: [number, number]; resume: number } | null {
  if (cue.strength !== 'speech' || (cue.form !== 'past' && cue.form !== 'third') || cue.length !== 1) return null;
  const found = npAfter(s, c + 1, true);
  if (!found || PREPOSITIONS.has(s[found[0]]!.lower) || SUBJECT_PRONOUN.test(s[found[0]]!.lower)) return null;
  for (let e = found[1]; e < s.length && e <= found[1] + 12; e++) {
    const t = s[e]!;
    if (t.type === 'quote' || /^[.;:!?()]$/.test(t.text)) return null;
    if (t.text !== ',' || e === found[1] && s[e + 1] && !/^(would|will|could|can|should|may|might|must|is|was|are|were|has|have|had)$/.test(s[e + 1]!.lower)) continue;
    if (/^(would|will|could|can|should|may|might|must|is|was|are|were|has|have|had)$/.test(s[e + 1]?.lower ?? '')) return { np: found, resume: e + 1 };
  }
  return null;
}

/** "… Wednesday on MSNBC’s “Morning Joe.”": a programme's short title after a possessive ends an adjunct; the words without it. */
function programmeTitleDropped(after: Token[]): Token[] {
  const x = after.findIndex((t) => t.type === 'quote');
  if (x < 2 || !/['’]s$/.test(after[x - 1]!.text) || !after.slice(0, x).some((t) => /^(on|to)$/.test(t.lower))) return after;
  const q = after[x]!.quote!.text;
  if (!/^\p{Lu}/u.test(q) || q.split(/\s+/).length > 5 || !after.slice(x + 1).every((t) => t.type === 'punct')) return after;
  return after.slice(0, x);
}

/** Verbs of assertion that as often take a plain object in another sense ("maintained a lead", "added 300 jobs", "conceded the race"). */
const OBJECT_SENSES = new Set(['maintain', 'add', 'concede']);

/**
 * "maintained a big lead", "maintains her silence": a verb of assertion that also takes a plain
 * object is no report when what follows is a noun phrase (a determiner and no verb up to the
 * next comma), not a clause ("maintained the server was secure").
 */
function nounObject(s: Token[], k: number): boolean {
  if (!/^(a|an|the|his|her|their|its|our|my|your|this|these|those|some|such|another|around|about|nearly|almost|\$?\d[\d,.]*)$/.test(s[k]?.lower ?? '')) return false;
  for (let x = k + 1; x < s.length && x < k + 12; x++) {
    const t = s[x]!;
    if (t.type === 'punct' || t.type === 'quote') break;
    if (AUX.has(t.text) || /^(wo|ca|is|was|are|were|has|had|have)n['’]t$/.test(t.lower) || SUBJECT_PRONOUN.test(t.lower)) return false;
  }
  return true;
}

/** A noun phrase without a determiner and with no verb up to the next punctuation ("video trimming tools"). */
function bareNounObject(s: Token[], k: number): boolean {
  for (let x = k; x < s.length && x < k + 12; x++) {
    const t = s[x]!;
    if (t.type === 'punct' || t.type === 'quote') break;
    if (AUX.has(t.text) || /n['’]t$/.test(t.lower) || SUBJECT_PRONOUN.test(t.lower) || /^(that|if|whether|there)$/.test(t.lower) || cueAt(s, x) || /^[a-z]{3,}ed$/.test(t.text)) return false;
  }
  return true;
}

/** "to question", "to effectively lend": an infinitive (not "to the crowd", "to reporters") at token i. */
function infinitiveAt(s: Token[], i: number): boolean {
  const v = s[i + 1]?.lower === 'not' || /^[a-z]+ly$/.test(s[i + 1]?.text ?? '') ? s[i + 2] : s[i + 1];
  return s[i]?.lower === 'to' && !!v && v.type === 'word' && /^[a-z]+$/.test(v.text) && !NOUN_AFTER_TO.test(v.lower);
}
/** Words after "to" that open a noun phrase (an addressee or a place), not an infinitive. */
const NOUN_AFTER_TO = /^(the|a|an|his|her|their|its|our|my|your|this|that|these|those|him|them|me|us|it|reporters|supporters|voters|members|people|students|lawmakers|donors|delegates|officials|journalists|all|each|every|some|one|two|three|several|many|both)$/;

/** Verbs of speech that stand before their subject at the end of a sentence (", said Lee."); verbs taking an object do not (", praised the plan."). */
const INVERTING = new Set(['say', 'add', 'write', 'note', 'explain', 'argue', 'warn', 'insist', 'recall', 'contend', 'predict', 'conclude', 'caution', 'continue']);

/**
 * "Lee lacks allies in the Senate, whom he has angered, said Ann Cole, a historian.": a cue right
 * after a comma with a named speaker behind it closing the sentence is an inverted attribution,
 * even when the words before the comma end in an aside that reads like a subject's apposition.
 */
function invertedAfterAside(s: Token[], c: number, cue: CueAt): boolean {
  if (s[c - 1]?.text !== ',' || (cue.form !== 'past' && cue.form !== 'third') || !INVERTING.has(cue.lemma)) return false;
  const tail = trailingAttribution(s, c);
  if (!tail?.inverted || !tail.np) return false;
  return namedSpeaker(s.slice(tail.np[0], tail.np[1]));
}

/** "Ann Cole", "lobbyist and strategist Tom Brown", "a senior GOP source": up to its apposition, a name or a role with no verb. */
function namedSpeaker(np: Token[]): boolean {
  const comma = np.findIndex((t) => t.text === ',');
  const head = comma >= 0 ? np.slice(0, comma) : np;
  const nameLike = (t: Token) => /^\p{Lu}/u.test(t.text) || ROLE_NOUNS.has(t.lower) || TITLE_WORDS.has(t.lower) || /^(a|an|the|of|and|one|top|senior|longtime|veteran|[a-z]+ist)$/.test(t.lower);
  return head.some((t) => /^\p{Lu}/u.test(t.text) && !WEEKDAYS.has(t.lower)) && head.every((t) => t.type === 'punct' || nameLike(t)) && parseMention(head)?.kind !== 'pronoun';
}

/**
 * "Officials were weighing the plan and urging calm, the agency reported.": when the cue inside the
 * clause is not itself a report of speech, the attribution at the end of the sentence reports the
 * whole clause, not only the words after the inner cue.
 */
function outerReport(ctx: SentenceCtx, s: Token[], from: number, end: number, tail: NonNullable<ReturnType<typeof trailingAttribution>>, inner: CueAt): Candidate | null {
  if (inner.strength === 'speech' && inner.form !== 'ing') return null;
  if (!tail.np || !(tail.cue.strength === 'speech' || tail.cue.lemma === 'report')) return null;
  const cueToks = s.slice(tail.cue.index, tail.cue.index + tail.cue.length);
  // ("A — “Q,” X said — B": an attribution closing a dash-set aside reports only the aside)
  const opening = DASH.test(s[tail.end]?.text ?? '') ? s.slice(from, end).findLastIndex((t) => DASH.test(t.text)) : -1;
  return contentCandidate(ctx, s.slice(opening >= 0 ? from + opening + 1 : from, end), cueToks, s.slice(tail.np[0], tail.np[1]), {});
}

/**
 * "would not say whether …", "did not explain why …": a refusal to answer an embedded question;
 * the question is what the speaker was pressed on, and news reports it as a statement of the speaker.
 */
function withheldAnswer(s: Token[], c: number, cue: CueAt): boolean {
  return EMBEDDING_CUES.has(cue.lemma) && cue.length === 1 && EMBEDDED_WH.has(s[c + 1]?.lower ?? '');
}

/** A negation right before a verb (token `lower` forms, where ’ is already '). */
const NEGATION = /^(not|n't|never|didn't|hasn't|haven't|hadn't|doesn't|don't|wouldn't|won't|cannot|can't|couldn't|shouldn't)$/;

/**
 * "did not say that C", "has never suggested he would C", "would not say whether C": a negated
 * verb of speech still reports what was (not) said when a clause follows it: "that", a question
 * word, or a subject pronoun opening a clause. ("did not offer details": no report.)
 */
function negatedClause(s: Token[], c: number, cue: CueAt): boolean {
  if (cue.strength === 'quoting' || !NEGATION.test(s[c - 1]?.lower ?? '')) return false;
  const k = c + cue.length;
  const n = s[k]?.lower ?? '';
  // ("did not mention that on Monday": "that" a pronoun, not opening a clause)
  if (n === 'that') return s[k + 1]?.type === 'word' && !PREPOSITIONS.has(s[k + 1]!.lower);
  if (EMBEDDED_WH.has(n) || (n === 'exactly' && EMBEDDED_WH.has(s[k + 1]?.lower ?? ''))) return true;
  return SUBJECT_PRONOUN.test(n) && /^[a-z'’]+$/.test(s[k + 1]?.text ?? '');
}

/**
 * "said on Thursday during a town hall in Buffalo, New York, that C", "said — on Twitter, as it
 * happens — that C", "says, however, that C": a long adjunct or an aside between a verb of
 * speech and its "that", which follows a comma or a dash. Returns where the clause starts, or -1.
 */
function thatAfterAside(s: Token[], k: number): number {
  for (let j = k; j < Math.min(s.length - 1, k + 26); j++) {
    const t = s[j]!;
    if (t.type === 'quote' || /^[.;!?:]$/.test(t.text) || (j > k && cueAt(s, j))) return -1;
    if (t.lower === 'that') return /^[,—–-]$/.test(s[j - 1]?.text ?? '') && s[j + 1]?.type === 'word' && !PREPOSITIONS.has(s[j + 1]!.lower) ? j + 1 : -1;
  }
  return -1;
}

/** "nearly every", "almost half", "roughly 40": an approximation opening a subject (not an adverb of the verb). */
function approximateQuantity(s: Token[], k: number): boolean {
  // (with a finite verb after it: not "said nearly all the time")
  // ("about" only before a number or "half": "said about half of them …", not "said about a man …")
  const about = s[k]?.lower === 'about' && /^(half|one|two|three|four|five|six|seven|eight|nine|ten|a|\d[\d,.%]*)$/.test(s[k + 1]?.lower ?? '') &&
    (s[k + 1]!.lower !== 'a' || /^(third|quarter|fifth|dozen|fourth)$/.test(s[k + 2]?.lower ?? ''));
  return (about || /^(nearly|almost|roughly|approximately)$/.test(s[k]?.lower ?? '')) && /^(every|all|half|each|a|one|two|three|four|five|six|seven|eight|nine|ten|\d[\d,.%]*)$/.test(s[k + 1]?.lower ?? '') &&
    s.slice(k + 2, k + 14).some((t) => AUX.has(t.lower) || (t.type === 'word' && /^[a-z]{3,}(s|ed)$/.test(t.text) && !/(ss|us|ies)$/.test(t.text) && t !== s[k + 2]));
}

/** Verbs of announcing and (dis)owning that take a noun phrase as what was said ("denied the charge"). */
const OBJECT_REPORTS = new Set(['announce', 'confirm', 'deny', 'admit', 'acknowledge', 'reveal', 'disclose']);

/** "denied any wrongdoing", "confirmed the meeting": a two-word object (determiner + noun) of such a verb is what was said. */
function shortObject(s: Token[], k: number, cue: CueAt): boolean {
  return OBJECT_REPORTS.has(cue.lemma) && (cue.form === 'past' || cue.form === 'third') && /^(the|a|an|any|his|her|their|its|no)$/.test(s[k]?.lower ?? '') && s[k + 1]?.type === 'word';
}

/** Reporting verbs that take an embedded question as what was said ("explained how …"). */
const EMBEDDING_CUES = new Set(['explain', 'reveal', 'describe', 'detail', 'recount', 'recall', 'tell', 'note', 'say', 'write', 'admit', 'acknowledge', 'confirm', 'disclose', 'clarify', 'predict', 'argue']);
const EMBEDDED_WH = new Set(['how', 'why', 'what', 'who', 'whether']);
const QUESTION_START = new Set([...WH, 'which', 'about']);
const SUBORDINATORS = new Set(['when', 'if', 'after', 'once', 'as', 'before', 'while']);
const QUESTION_CONTEXT = new Set([...SUBORDINATORS, 'was', 'were', 'is', 'are', 'been', 'being']);

/** Is the rest of the sentence from token i a noun phrase (with perhaps a relative clause), not a clause of its own? */
function closingApposition(s: Token[], i: number): boolean {
  for (let j = i; j < s.length; j++) {
    const t = s[j]!;
    if (t.type === 'quote') return false;
    // ("… because of a cut in orders, a weak housing market and rising costs": a short plain noun phrase and then "and"
    // or "or" is the next item of a list the content names, not an apposition)
    // (not when a relative clause or a verb follows: "…, a banker and former official who has …" is an apposition)
    if (/^(and|or)$/.test(t.lower) && j - i >= 2 && j - i <= 5 && s.slice(i, j).every((x) => x.type === 'word' && !/^[a-z]+(ed|ing)$/.test(x.text) && !PREPOSITIONS.has(x.lower)) && !s.slice(j + 1).some((x) => /^(that|which|who|whom|whose)$/.test(x.lower) || AUX.has(x.lower))) return false;
    if (/^(that|which|who|whom|whose)$/.test(t.lower)) return true;
    if (AUX.has(t.lower) || t.lower === "won't") return false;
  }
  return true;
}

/** Does "when asked about …" / "if asked whether …" (a question put to the speaker) start at token i? */
function questionAfter(s: Token[], i: number): boolean {
  return SUBORDINATORS.has(s[i]!.lower) && s[i + 1]?.lower === 'asked' && (s[i + 2]?.lower === 'by' || QUESTION_START.has(s[i + 2]?.lower ?? ''));
}

/** Can this word open a main clause's subject ("the mayor", "Lee", "she", "72 percent")? */
function clauseStart(t: Token | undefined): boolean {
  if (t?.type === 'quote') return true;
  if (!t || t.type !== 'word') return false;
  if (/^\p{Lu}/u.test(t.text) || /^\p{N}/u.test(t.text)) return true;
  return /^(he|she|they|it|we|i|the|a|an|his|her|their|its|this|most|many|some|few|only|more|nearly|about|almost|all|both|each|every|no|none)$/.test(t.lower);
}

/**
 * "As the paper reported (on Monday), C", "As reported by the paper, C", "C, as the mayor has said.":
 * an as-clause names the source of the main clause. Returns the token ranges of content and
 * speaker, and where the as-clause ends.
 */
function asReport(s: Token[], c: number, cue: CueAt, floor: number): { content: [number, number]; np: [number, number]; end: number } | null {
  // ("C, as many economists believe": a belief closing the sentence, with its holders named)
  const belief = cue.strength === 'weak' && /^(believe|hope|fear|expect|suspect|think)$/.test(cue.lemma);
  if (cue.strength === 'weak' && cue.lemma !== 'report' && !belief || cue.form === 'ing' || cue.form === 'base' && !belief) return null;
  let asAt: number;
  let np: [number, number] | null;
  let after = c + cue.length;
  // ("as first reported by the paper": an adverb between "as" and the participle)
  const asBy = s[c - 1]?.lower === 'as' ? c - 1 : /^(first|previously|originally|initially|earlier)$/.test(s[c - 1]?.lower ?? '') && s[c - 2]?.lower === 'as' ? c - 2 : -1;
  if (asBy >= 0 && s[after]?.lower === 'by') {
    asAt = asBy;
    np = npAfter(s, after + 1, true);
    if (!np) return null;
    after = np[1];
  } else {
    np = npBefore(s, c, floor);
    if (!np || s[np[0] - 1]?.lower !== 'as') return null;
    asAt = np[0] - 1;
    const m = parseMention(s.slice(np[0], np[1]));
    if (!m || !(['name', 'org', 'role', 'pronoun'].includes(m.kind) || (belief && m.kind === 'anonymous'))) return null;
    // ("as it's written": a passive, no speaker)
    if (/^(it|that|this)['’]s$/.test(s[np[1] - 1]!.lower)) return null;
  }
  // the as-clause ends at the next comma or the end of the sentence, after adjuncts only
  let e = after;
  while (e < s.length && s[e]!.text !== ',' && !/^([.;:!?—–]|--?)$/.test(s[e]!.text)) e++;
  // ("as the paper reported a few days later", "as she has said many times before")
  if (!isAdjunctRun(s.slice(after, e)) && !s.slice(after, e).every((t) => t.type === 'word' && /^(so|many|times|often|before|repeatedly|again|earlier|first|last|week|month|year|weeks|months|years|days|day|a|few|several|later|ago|previously|recently|it|this|that)$/.test(t.lower))) return null;
  const opening = asAt === floor || (asAt === floor + 1 && s[floor]!.type === 'punct');
  if (opening && belief) return null;
  if (opening) {
    // ("As the mayor put it: C": a colon after the as-clause too)
    if (s[e]?.text !== ',' && s[e]?.text !== ':') return null;
    const end = contentEnd(s, e + 1);
    return end > e + 1 ? { content: [e + 1, end], np, end } : null;
  }
  return closingAs(s, asAt, floor, np, e);
}

const DASH = /^(—|–|--?)$/;

/**
 * "C, as the mayor said", "“Q,” as the mayor said", "C — as the mayor said —": the as-clause after a
 * comma (also one inside the closing quotation mark) or a dash reports the words before it, from
 * the start of the clause or from an opening dash.
 */
function closingAs(s: Token[], asAt: number, floor: number, np: [number, number], e: number): { content: [number, number]; np: [number, number]; end: number } | null {
  const prev = s[asAt - 1];
  if (!prev || asAt - 1 <= floor) return null;
  const quoted = prev.type === 'quote' && /,$/.test(prev.quote!.text);
  if (!quoted && !/^(,|—|–|--?)$/.test(prev.text)) return null;
  const to = quoted ? asAt : asAt - 1;
  // ("… here — she grew up there, as she said": the words after a colon or an unclosed dash)
  let from = floor;
  const dashes = s.slice(floor, to).filter((t) => DASH.test(t.text)).length;
  for (let x = to - 1; x > floor; x--) {
    if (/^[:;]$/.test(s[x]!.text) || (dashes % 2 === 1 && DASH.test(s[x]!.text))) { from = x + 1; break; }
  }
  // ("…, which — as she noted — …": no clause before it)
  if ((to - from < 3 && !quoted) || /^(which|that|who|and|but|or)$/.test(s[to - 1]!.lower)) return null;
  return { content: [from, to], np, end: e };
}

/**
 * "Over the long term, according to the agency, the debt will grow.": a source between commas
 * in mid-sentence ends at its comma when a clause follows it (a subject and its verb), so
 * "the debt" is not read as an apposition of the source.
 */
function sourceBeforeSubject(s: Token[], c: number, np: [number, number], from: number): [number, number] {
  if (s[c - 1]?.text !== ',') return np;
  const comma = s.findIndex((t, x) => x > c + 2 && x < np[1] && t.text === ',');
  if (comma < 0) return np;
  // "About noon, according to a timeline, the guards left …": a clause follows the source's comma
  // ("The next day, according to Roe, Lee made demands": after a verbless opening, the clause is the rest)
  if (clauseAfterSource(s, comma + 1) || (verbless(s, from, c - 1) && clauseStart(s[comma + 1]))) return [np[0], comma];
  for (let x = np[1]; x < s.length && x < np[1] + 8; x++) {
    const t = s[x]!;
    if (t.text === ',' || /^[.;:!?]$/.test(t.text)) return np;
    if (AUX.has(t.lower)) return [np[0], comma];
  }
  return np;
}

/**
 * Does a main clause start at token j, after the comma that closes a source in mid-sentence
 * ("…, according to a timeline, the guards left …")? Not an apposition of the source with a
 * relative clause ("…, a former aide who worked …").
 */
function clauseAfterSource(s: Token[], j: number): boolean {
  if (!mainClauseAt(s, j)) return false;
  for (let x = j; x < Math.min(s.length, j + 9); x++) {
    const cue = cueAt(s, x);
    if (finiteVerb(s[x]) || (cue && (cue.form === 'past' || cue.form === 'third'))) return true;
    if (/^(who|whom|whose|which|that)$/.test(s[x]!.lower)) return false;
  }
  return false;
}

/** Words that open an adjunct of time or place ("About noon", "The next day", "Later that week"). */
const ADJUNCT_OPENER = /^(about|around|at|on|in|by|after|before|during|over|since|until|within|the|one|that|this|last|early|late|later|earlier|then|\d.*)$/;

/** Do the tokens from `a` to `b` form a short adjunct without a verb ("About noon", "But the next day")? */
function verbless(s: Token[], a: number, b: number): boolean {
  while (a < b && /^(and|but|so|yet)$/.test(s[a]!.lower)) a++;
  if (a >= b || b - a > 7 || !ADJUNCT_OPENER.test(s[a]!.lower)) return false;
  for (let x = a; x < b; x++) {
    const cue = cueAt(s, x);
    if (finiteVerb(s[x]) || s[x]!.type === 'quote' || (cue && (cue.form === 'past' || cue.form === 'third'))) return false;
  }
  return true;
}

/** "She was asked whether …", "They were asked about …": "asked" as the finite passive verb of its own clause (not after "when", "if" or "as"). */
function passiveQuestion(s: Token[], c: number): boolean {
  return /^(was|were|is|are|been|being|'s|'re)$/.test(s[c - 1]?.lower ?? '') && !SUBORDINATORS.has(s[c - 2]?.lower ?? '');
}

/** "When asked if …, X said", "However, when asked how …": a subordinate clause with "asked" opening the sentence frames the answer after it. */
function openingFrame(s: Token[], c: number, start: number): boolean {
  if (!SUBORDINATORS.has(s[c - 1]?.lower ?? '')) return false;
  if (s.slice(0, c - 1).every((t) => t.type === 'punct' || /^(however|and|but|yet|so|still|then|also|later|again)$/.test(t.lower))) return true;
  // (", and when asked whether Q, he said …": the clause opens a main clause with its own subject after it)
  const e = contentEnd(s, start);
  return s[e]?.text === ',' && /^(and|but|,)$/.test(s[c - 2]?.lower ?? '') && clauseStart(s[e + 1]) && s[e + 1]!.type === 'word';
}

/** A question put to the speaker, found in a sentence: the candidate and the token range of its words. */
interface Question { cand: Candidate; cue: number; from: number; end: number }

/**
 * "Asked whether she would run, Lee said …", "… he said when asked about the plan",
 * "She was asked by a reporter why …": what was asked is reported as a statement of the
 * asker, named after "by" or left unnamed (the reporter).
 */
function findQuestion(ctx: SentenceCtx): Question | null {
  const s = ctx.tokens;
  for (let c = 0; c < s.length; c++) {
    if (s[c]!.lower !== 'asked') continue;
    const prev = s[c - 1];
    const initial = c === 0 || (c === 1 && s[0]!.type === 'punct');
    if (!initial && !(prev && (QUESTION_CONTEXT.has(prev.lower) || (prev.text === ',' && QUESTION_START.has(s[c + 1]?.lower ?? ''))))) continue;
    let k = c + 1;
    let asker: Token[] | null = null;
    if (s[k]?.lower === 'by') {
      let e = k + 1;
      while (e < s.length && e < k + 9 && s[e]!.type !== 'quote' && s[e]!.text !== ',' && !QUESTION_START.has(s[e]!.lower) && !(PREPOSITIONS.has(s[e]!.lower) && e > k + 1)) e++;
      asker = s.slice(k + 1, e);
      k = e;
    }
    let start = -1;
    for (let j = k; j < Math.min(s.length, k + 12); j++) {
      const t = s[j]!;
      // "Asked to name the culprit, …": a request
      if (j === k && t.lower === 'to' && /^[a-z]+$/.test(s[j + 1]?.text ?? '')) { start = j; break; }
      // "She was asked, “Would you run again?”": the quoted question itself
      if (t.type === 'quote' && passiveQuestion(s, c) && /\?$/.test(t.quote!.text) && s.slice(k, j).every((x) => x.text === ',' || x.text === ':')) { start = j; break; }
      if (t.type === 'quote' || /^[.;:!?]$/.test(t.text) || t.lower === 'to') break;
      if (QUESTION_START.has(t.lower)) { start = j; break; }
    }
    if (start < 0) continue;
    // an unnamed asker (the reporter) is nobody's statement, unless the question is a clause of its own:
    // "She was asked whether …", "Asked whether …, X said", "X said C when asked how …" report what was asked (an embedded question is a
    // clause of its own); "Asked about …", "when asked to …" and an opening "When asked if …, X said" frame X's answer
    if ((!asker || !asker.length) && !((passiveQuestion(s, c) && s[start]!.lower !== 'to') || (WH.has(s[start]!.lower) && (initial || !openingFrame(s, c, start))))) continue;
    let end = s[start]!.type === 'quote' ? start + 1 : contentEnd(s, start);
    // "Asked about the plan, the mayor laughed.": an opening question ends at the comma before the main clause
    if (c < 2) {
      const comma = s.findIndex((t, x) => x > start && x < end && (t.text === ',' || (t.type === 'quote' && /,$/.test(t.quote!.text))) && clauseStart(s[x + 1]));
      if (comma > 0) end = s[comma]!.type === 'quote' ? comma + 1 : comma;
    }
    const cand = contentCandidate(ctx, s.slice(start, end), [s[c]!], asker && asker.length ? asker : null, asker && asker.length ? {} : { unattributed: true });
    if (cand) return { cand, cue: c, from: start, end };
  }
  return null;
}

export function findIndirect(ctx: SentenceCtx, direct: Candidate[]): Candidate[] {
  const s = ctx.tokens;
  const out: Candidate[] = [];
  const usedCue = new Set(direct.map((d) => d.cue?.start).filter((x) => x !== undefined));
  const directQuotes = new Set(direct.map((d) => d.spans[0]![0]));
  let coveredTo = -1; // token index up to which content has been taken
  let lastEnd = 0; // token index after the last statement's attribution
  /** The cue of each statement found by the main rule, and where its clause starts. */
  const acts = new Map<Candidate, { cue: CueAt; from: number }>();
  const question = findQuestion(ctx);
  if (question) {
    out.push(question.cand);
    usedCue.add(s[question.cue]!.start);
    // an opening question is no part of the statement that answers it
    if (question.cue < 2) lastEnd = question.end;
  }
  const passive = passiveReport(ctx);
  if (passive) out.push(passive);
  const commaBefore = (i: number) => s[i]?.text === ',' || (s[i]?.type === 'quote' && /[,?!]$/.test(s[i]!.quote!.text) && i > lastEnd);
  // (after a report nested in an earlier content, the reach of that content: [coveredTo, lastEnd])
  let restore: [number, number] | null = null;
  for (let c = 0; c < s.length; c++) {
    if (restore) [coveredTo, lastEnd, restore] = [Math.max(coveredTo, restore[0]), Math.max(lastEnd, restore[1]), null];
    const cue = cueAt(s, c) ?? (c >= coveredTo ? infinitiveCue(s, c) : null) ?? openingCue(s, c);

    if (!cue) continue;
    let cueToks = s.slice(c, c + cue.length);
    // ("X, when asked how …, responded that C": a question set off after the subject leaves the subject to the main verb)
    if (question && c === question.cue && question.cue >= 2) continue;
    if (usedCue.has(cueToks[0]!.start)) { lastEnd = c + cue.length; continue; }
    if (c < coveredTo && !(cue.form === 'ing' && s[c - 1]?.text === ',')) {
      // a reporting verb with its own subject inside a content: a nested statement
      // (a pronoun closes the words of a bare relative: "provisions he said would …" has "he" for its subject)
      const nw = npBefore(s, c, c - 4);
      const nb: [number, number] | null = nw && nw[1] - nw[0] > 1 && SUBJECT_PRONOUN.test(s[nw[1] - 1]!.lower) ? [nw[1] - 1, nw[1]] : nw;
      const nested = cue.strength === 'speech' && cue.form !== 'base' && cue.form !== 'ing' && nb && ['name', 'pronoun', 'org', 'role'].includes(parseMention(s.slice(nb[0], nb[1]))?.kind ?? '');
      // (its subject is read inside the outer content, which keeps its reach after it)
      if (nested && (gapAfterCue(s, c, cue) || conjoinedReport(s, nb!, c, cue))) [restore, lastEnd] = [[coveredTo, lastEnd], nb![0]];
      else if (nestedWho(s, c, cue)) [restore, lastEnd] = [[coveredTo, lastEnd], outerContentStart(s, out, c)];
      else if (!nested && relativeObject(s, c) < 0) continue;
    }
    const coordinated = (s[c - 1]?.lower === 'and' || s[c - 1]?.lower === 'but') || (['also', 'later', 'then'].includes(s[c - 1]?.lower ?? '') && ['and', 'but'].includes(s[c - 2]?.lower ?? '')) || perfectAfterAnd(s, c) || thenAfterComma(s, c) || verbAfterAnd(s, c, cue);
    // according to X, C  /  C, according to X
    if (cue.lemma === 'according to') {
      // (right after the content of a statement in this sentence, it closes that content instead)
      const closesContent = (s[c - 1]?.text === ',' && c - 1 === coveredTo) || (s[c - 1]?.type === 'quote' && /,$/.test(s[c - 1]!.quote!.text) && c === coveredTo);
      // (a colon or a semicolon opens a new clause: "It has not gone unnoticed: according to polls, C")
      // (“Q,” according to X: a quotation whose comma sits inside its closing mark is the content, not an opening)
      const quotedBefore = s[c - 1]?.type === 'quote' && /,$/.test(s[c - 1]!.quote!.text);
      const initial = !closesContent && !quotedBefore && (c <= lastEnd + 1 || /^[:;]$/.test(s[c - 1]?.text ?? '') || s.slice(lastEnd, c).every((t) => t.type === 'punct' || ['and', 'but', 'so', 'also'].includes(t.lower)));
      const found = npAfter(s, c + cue.length, initial);
      if (!found) continue;
      let np = initial ? found : sourceBeforeSubject(s, c, found, lastEnd);
      let content: Token[];
      if (initial) {
        let from = s[np[1]]?.text === ',' ? np[1] + 1 : np[1];
        // "According to a report in the Ledger on Monday, C": the source's prepositional tail runs to the comma
        // ("According to a contributor and historian, C", "According to the schedule published Monday, C": a second title, a participle)
        if (from === np[1] && (PREPOSITIONS.has(s[from]?.lower ?? '') || s[from]?.lower === 'and' || /^[a-z]{3,}ed$/.test(s[from]?.text ?? ''))) {
          const comma = s.findIndex((t, x) => x > from && x <= from + 12 && t.text === ',');
          const finiteCue = (x: number) => { const k = cueAt(s, x); return !!k && (k.form === 'past' || k.form === 'third'); };
          if (comma > 0 && s.slice(from, comma).every((t, x) => t.type === 'word' && !AUX.has(t.lower) && !finiteCue(from + x))) {
            // (a second title belongs to the source: "a contributor and historian, Tom Roe")
            if (s[from]!.lower === 'and' && !/^(a|an|the|his|her|their|its|other|another)$/.test(s[from + 1]?.lower ?? '')) np = [np[0], comma];
            from = comma + 1;
          }
        }
        // "According to exit polls conducted for the networks, C": a participle after the source is its tail, up to the comma
        if (from === np[1] && /^[a-z]{3,}ed$/.test(s[from]?.text ?? '')) {
          const comma = s.findIndex((t, x) => x > from && x <= from + 14 && t.text === ',');
          from = comma > 0 && s.slice(from, comma).every((t) => t.type === 'word' && !AUX.has(t.lower)) ? comma + 1 : s.length;
        }
        // "According to Lee, writing for the Ledger, C": a participle of speaking or writing describes the source
        while (/^(writing|speaking|reporting|commenting|responding|citing|quoting)$/.test(s[from]?.lower ?? '')) {
          const comma = s.findIndex((t, x) => x > from && t.text === ',');
          from = comma > 0 ? comma + 1 : s.length;
        }
        const end = contentEnd(s, from);
        content = s.slice(from, end);
        coveredTo = end;
      } else {
        // an earlier statement in this sentence with its own speaker: this is its source
        const prior = out[out.length - 1];
        const priorAct = prior ? acts.get(prior) : undefined;
        // "… pledged to back her, according to the party": when the earlier cue is no report of speech, the source reports the whole clause
        // (also after quoted words whose comma sits inside the closing mark: "…, threatening “a lawsuit,” according to the letter")
        if (prior && priorAct && !(priorAct.cue.strength === 'speech' && priorAct.cue.form !== 'ing') && (s[c - 1]?.text === ',' || (s[c - 1]?.type === 'quote' && /,$/.test(s[c - 1]!.quote!.text)))) {
          const outer = contentCandidate(ctx, s.slice(priorAct.from, c), cueToks, s.slice(np[0], np[1]), {});
          if (outer) {
            out.splice(out.indexOf(prior), 1, outer);
            lastEnd = np[1];
            continue;
          }
        }
        // "Lee says Roe can close the gap, which stood at 90 seats, according to a tally": a relative clause left after the
        // speaker's content is what the source reports
        // ("Lee met Roe, as the Ledger reported, and she will join the board, according to two aides": so is a clause after "and")
        const rel = prior && prior.seq === ctx.seq && prior.mention ? Math.max(relativeAfterContent(s, coveredTo, c), conjunctAfter(s, Math.max(coveredTo, lastEnd), c)) : -1;
        if (rel >= 0) {
          const cand = contentCandidate(ctx, s.slice(rel, c), cueToks, s.slice(...agentOfSource(s, np)), {});
          if (cand) out.push(cand);
          lastEnd = np[1];
          continue;
        }
        if (prior && prior.seq === ctx.seq && prior.mention) { prior.via = s.slice(np[0], np[1]).map((t) => t.text).join(' '); continue; }
        if (direct.some((d) => d.seq === ctx.seq && d.mention)) continue;
        content = s.slice(afterConcession(s, clauseAfterColon(s, lastEnd, c), c), c);
        // "Fundraising, according to the campaign, has surged.": the source between subject and verb
        if (s[np[1]]?.text === ',' && s[c - 1]?.text === ',' && s[np[1] + 1]?.type === 'word' && !/^(and|but|which|who|while|although|though)$/.test(s[np[1] + 1]!.lower)) {
          const afterEnd = contentEnd(s, np[1] + 1);
          const split = afterEnd > np[1] + 2 ? splitContent(ctx, s.slice(lastConjunct(s, lastEnd, c - 1), c - 1), s.slice(np[1] + 1, afterEnd), cueToks, s.slice(np[0], np[1])) : null;
          if (split && lastEnd < c - 1) {
            out.push(split);
            coveredTo = afterEnd;
            lastEnd = afterEnd;
            continue;
          }
        }
      }
      const cand = contentCandidate(ctx, content, cueToks, s.slice(...agentOfSource(s, np)), {});
      if (cand && !(cand.kind === 'direct' && directQuotes.has(cand.spans[0]![0]))) out.push(cand);
      lastEnd = np[1];
      continue;
    }
    // "has not acknowledged", "never said": no statement
    if ((NEGATION.test(s[c - 1]?.lower ?? '') || /^(declined|refused)$/.test(s[c - 1]?.lower ?? '')) && !withheldAnswer(s, c, cue) && !negatedClause(s, c, cue)) continue;
    // ("would not say whether C", "has not confirmed that C": the negation is part of the cue, so no one reads it as an assertion)
    const negation = negationStart(s, c);
    if (negation < c) cueToks = s.slice(negation, c + cue.length);
    // ", arguing that …": a participle after a comma belongs to the subject of the sentence, not to the words before the comma
    // "As the paper reported, C" / "C, as the mayor has said." / "As reported by the paper, C"
    const asRep = asReport(s, c, cue, lastEnd);
    if (asRep) {
      const cand = contentCandidate(ctx, s.slice(asRep.content[0], asRep.content[1]), cueToks, s.slice(asRep.np[0], asRep.np[1]), {});
      if (cand && !(cand.kind === 'direct' && directQuotes.has(cand.spans[0]![0]))) {
        out.push(cand);
        coveredTo = Math.max(asRep.content[1], asRep.end);
        lastEnd = coveredTo;
        continue;
      }
    }
    // (also after quoted words whose comma sits inside the closing mark: "called it “a disgrace,” blaming …")
    const participle = cue.form === 'ing' && (s[c - 1]?.text === ',' || (s[c - 1]?.type === 'quote' && /,$/.test(s[c - 1]!.quote!.text)));
    // "Having announced that C, the mayor …": a perfect participle clause opening the sentence; the main clause's subject speaks
    // (or a plain participle: "Promising that C, the mayor …", "After saying C, she …")
    const havingClause = openingPerfect(s, c, lastEnd) || (cue.form === 'ing' && openingParticiple(s, c));
    // "the banks began reporting …", "she kept saying …": an aspectual verb before the -ing cue; its subject speaks
    const aspect = cue.form === 'ing' && ASPECTUAL.has(s[c - 1]?.lower ?? '') ? 1 : 0;
    let npIdx = participle || havingClause ? null : npBefore(s, c - aspect, lastEnd);
    if (!aspect && prepositionObjectBefore(s, npIdx, cue, c)) npIdx = null;
    // "A Radio Nine report citing officials said …": after a singular "a"/"an", a plain form is the noun of the subject, not its verb
    if (npIdx && cue.form === 'base' && npIdx[1] === c && /^(report|claim|comment|remark|note|reply|answer|promise|pledge|warning|charge|complaint|estimate|forecast)$/.test(s[c]!.lower) && /^(a|an|each|every)$/.test(s[npIdx[0]]!.lower) && !s.slice(npIdx[0], c).some((t) => t.type !== 'word')) continue;
    // "Tom Lee, who estimated that …, said": the subject lies before a relative clause that held a statement
    if (!npIdx && !participle && /^(,|—|–|-|\))$/.test(s[c - 1]?.text ?? '')) {
      const wide = npBefore(s, c, 0);
      if (wide && wide[0] < lastEnd && s.slice(wide[0], c).some((t) => t.lower === 'who')) npIdx = wide;
    }
    // "… listeners who said they …": the relative pronoun stands for the noun before it
    // ("Lee, who has long argued that …", "Lee, who has in the past described …": across auxiliaries, adverbs and a time adjunct)
    // ("the Ledger, which has long argued …": "which" for an organisation or a document)
    const relWho = participle || havingClause ? -1 : relativeSubjectBefore(s, c, /^(who|which)$/);
    // ("an ad that urges voters to “Q”": a finite verb right after "that", when the words it reports hold quoted words)
    const relThat = relWho < 1 && !npIdx && s[c - 1]?.lower === 'that' && (cue.form === 'past' || cue.form === 'third') && s.slice(c + 1, contentEnd(s, c + 1)).some((t) => t.type === 'quote') ? c - 1 : -1;
    const relSubject = relWho >= 1 ? relWho : relThat;
    if (relSubject >= 1 && (!npIdx || npIdx[0] > relSubject)) {
      // (the relative clause may be set off by dashes or brackets: "Ann Lee — who said C — went on")
      const w = s[relSubject - 1]?.text === ',' || setOffOpening(s, relSubject) ? relSubject - 1 : relSubject;
      npIdx = npBefore(s, w, lastEnd);
      // "… risky for the mayor, who refused …": the noun phrase after the last preposition
      const cut = npIdx ? s.slice(npIdx[0], npIdx[1]).findLastIndex((t) => /^(to|for|from|with|against|among|toward|towards|than|into|onto|over|like)$/.test(t.text)) : -1;
      if (npIdx && cut >= 0 && npIdx[0] + cut + 1 < npIdx[1]) npIdx = [npIdx[0] + cut + 1, npIdx[1]];
      // "Carl Oreby, a historian at Leeds, who said …": the one the apposition describes
      if (npIdx) npIdx = namedBeforeApposition(s, npIdx, lastEnd);
      // "Ann Lee is a lawyer who argued …": the noun phrase is the predicate of a copula; its subject is the one who speaks
      if (npIdx) npIdx = copulaSubject(s, npIdx, lastEnd) ?? npIdx;
    }
    // "X went on to say …", "X was quick to add …": the subject of the verb before "to" speaks
    if (!npIdx && cue.form === 'base' && s[c - 1]?.lower === 'to') {
      const v = goOnTo(s, c - 1);
      if (v > 0) npIdx = npBefore(s, v, lastEnd);
    } else if (npIdx && npIdx[0] === c - 1 && s[c - 1]?.lower === 'to' && cue.form === 'base') {
      // (the "to" itself is no subject: "Lee went on to claim …")
      const v = goOnTo(s, c - 1);
      const subject = v > 0 ? npBefore(s, v, lastEnd) : null;
      if (subject) npIdx = subject;
    }
    // "led critics to say that C", "struggled to show that C": an infinitive verb of speech or thought with its clause
    const inf = infinitiveClause(s, c, cue);
    // (the noun phrase before the verb that governs "to" stands in when the sentence's subject is no speaker)
    const infSubject = inf === 0 ? npIdx : null;
    if (inf !== null) npIdx = inf ? [c - 1 - inf, c - 1] : null;
    let np = npIdx ? withoutRelativeAside(s.slice(npIdx[0], npIdx[1])) : null;
    // words that are nouns as often as verbs ("states", "claims", "rules") need a real subject before them
    // (or a verb of the same form coordinated with an earlier report in the sentence: "says A and calls her “Q”")
    const secondAct = !np && coordinated && [...acts.values()].some((a) => a.cue.form === cue.form);
    // (", warning that …": after a comma an -ing form is the participle of a further report, not a noun)
    if (AMBIGUOUS.has(s[c]!.lower) && !secondAct && inf === null && !participle) {
      const m = np ? parseMention(np) : null;
      // ("the filing notes", "the video shows": a document speaks through its text)
      if (!m || (m.kind === 'anonymous' && !ANONYMOUS_HEADS.has(m.head ?? '') && !ROLE_NOUNS.has(m.head ?? '') && !pluralAgentNoun(m.head ?? '') && !groupHead(m.head ?? '') && !DOCUMENT_NOUNS.has(m.head ?? ''))) continue;
      // "the reality TV show “Q”": a show named by its title right after the word
      if (/^shows?$/.test(s[c]!.lower) && s[c + 1]?.type === 'quote') continue;
    }
    let inherit: Candidate['inherit'];
    if (!np && inf !== null) {
      inherit = 'main';
    } else if (!np && coordinated && cue.form !== 'base') {
      inherit = 'main';
    } else if (!np) {
      if ((cue.form === 'ing' && c > 0) || havingClause) {
        if (/^\p{Lu}/u.test(s[0]!.text) && c <= 1 && !havingClause) continue; // "Speaking to reporters, …"
        inherit = 'main';
      } else if (s[c - 1]?.text === ',' && acts.size && actInSeries(s, c)) {
        // "X suggested A, called her “Q” and …": the next act in a series takes the subject
        inherit = 'main';
      } else {
        // C1, said X, C2.  (an inverted attribution in the middle of the reported sentence: "Any reading of it, said Lee, would …")
        const mid = c > lastEnd + 1 && s[c - 1]?.text === ',' ? invertedMiddle(s, c, cue) : null;
        if (mid) {
          const before = s.slice(lastConjunct(s, lastEnd, c - 1), c - 1);
          const afterEnd = contentEnd(s, mid.resume);
          const c2 = before.filter((t) => t.type === 'word').length >= 2 && !before.some((t) => t.type === 'quote' || /^(past|third)$/.test(cueAt(s, s.indexOf(t))?.form ?? '')) ? splitContent(ctx, before, s.slice(mid.resume, afterEnd), cueToks, s.slice(mid.np[0], mid.np[1])) : null;
          if (c2) {
            out.push(c2);
            coveredTo = afterEnd;
            lastEnd = afterEnd;
            continue;
          }
        }
        // C, said X.
        if (c > 0 && commaBefore(c - 1)) {
          const tail = trailingAttribution(s, c);
          if (tail && tail.inverted && tail.np) {
            const cand = contentCandidate(ctx, s.slice(lastEnd, s[c - 1]!.type === 'quote' ? c : c - 1), cueToks, s.slice(tail.np[0], tail.np[1]), {});
            if (cand && !(cand.kind === 'direct' && directQuotes.has(cand.spans[0]![0]))) out.push(cand);
            lastEnd = tail.np[1];
          }
        }
        continue;
      }
    }
    // C, said X.  (the content itself holds a comma-set aside: not "the Senate, whom he angered," as a subject)
    if (np && npIdx && invertedAfterAside(s, c, cue)) {
      const tail = trailingAttribution(s, c)!;
      const cand = contentCandidate(ctx, s.slice(lastEnd, c - 1), cueToks, s.slice(tail.np![0], tail.np![1]), {});
      if (cand && !(cand.kind === 'direct' && directQuotes.has(cand.spans[0]![0]))) out.push(cand);
      lastEnd = tail.np![1];
      continue;
    }
    // C1, X said, C2.  (an attribution in the middle of the reported sentence)
    if (np && npIdx && npIdx[0] > lastEnd + 1 && s[npIdx[0] - 1]?.text === ',' && cue.form !== 'ing') {
      let e = c + cue.length;
      while (e < s.length && s[e]!.text !== ',' && e < c + cue.length + 6 && s[e]!.type === 'word' && (PREPOSITIONS.has(s[e]!.lower) || /^(the|a|an|me|us|him|her|them|reporters|week|interview|statement)$/.test(s[e]!.lower) || /^\p{Lu}/u.test(s[e]!.text))) e++;
      // (a quotation after it continues the content only when the words before it are not quoted: "In the end, he said, “…”")
      const quotedAfter = s[e + 1]?.type === 'quote' && !s.slice(lastEnd, npIdx[0] - 1).some((t) => t.type === 'quote');
      if (s[e]?.text === ',' && s[e + 1] && (s[e + 1]!.type !== 'quote' || quotedAfter) && !PARTICIPLE_STOP.has(s[e + 1]!.lower) && !/^(who|which|according|and|but)$/.test(s[e + 1]!.lower)) {
        const before = s.slice(lastConjunct(s, lastEnd, npIdx[0] - 1), npIdx[0] - 1);
        const afterEnd = contentEnd(s, e + 1);
        const after = s.slice(e + 1, afterEnd);
        const bw = before.filter((t) => t.type === 'word').length;
        const aw = after.filter((t) => t.type === 'word').length;
        if (bw >= 1 && (aw >= 2 || quotedAfter) && !before.some((t) => cueAt(s, s.indexOf(t)))) {
          const c2 = splitContent(ctx, before, after, cueToks, np);
          if (c2) {
            out.push(c2);
            coveredTo = afterEnd;
            lastEnd = afterEnd;
            continue;
          }
        }
      }
    }
    // "…, a measure the governor says would cut costs": a bare relative whose noun is the subject of the reported clause
    const bareGap = np && npIdx && (cue.form === 'past' || cue.form === 'third') && cue.strength !== 'quoting' && finiteVerb(s[c + cue.length]) ? bareGapNoun(s, npIdx) : null;
    if (bareGap) {
      const from = c + cue.length;
      const gapEnd = relativeClauseEnd(s, from, contentEnd(s, from));
      const cand = splitContent(ctx, s.slice(bareGap[0], bareGap[1]), s.slice(from, gapEnd), cueToks, s.slice(bareGap[1], npIdx![1]));
      if (cand) {
        out.push(cand);
        coveredTo = gapEnd;
        lastEnd = gapEnd;
        continue;
      }
    }
    // "…, a point the senator acknowledged on Monday.", "— something he has denied": a bare relative; the noun phrase is what was reported
    const bare = np && npIdx ? bareOwnedObject(s, c, cue, npIdx) : null;
    if (bare) {
      const cand = contentCandidate(ctx, s.slice(bare[0], bare[1]), cueToks, s.slice(bare[1], npIdx![1]), {}, 1);
      if (cand) {
        out.push(cand);
        lastEnd = c + cue.length;
        continue;
      }
    }
    // C, X said.  (the content comes before; the comma may sit inside a closing quotation)
    if (np && npIdx && npIdx[0] > lastEnd && commaBefore(npIdx[0] - 1)) {
      const tail = trailingAttribution(s, npIdx[0]);
      if (tail && !tail.inverted) {
        let content = s.slice(lastEnd, s[npIdx[0] - 1]!.type === 'quote' ? npIdx[0] : npIdx[0] - 1);
        // "A — “Q,” X said — but B": an attribution closing a dash-set aside reports only the aside
        const opening = DASH.test(s[tail.end]?.text ?? '') ? content.findLastIndex((t) => DASH.test(t.text)) : -1;
        if (opening >= 0) content = content.slice(opening + 1);
        let done = false;
        let end = tail.end;
        if (content.length && !(content.length === 1 && content[0]!.type === 'quote' && opening < 0)) {
          if (content.every((t) => t.type === 'quote' || t.type === 'punct') && content.some((t) => directQuotes.has(t.quote?.start ?? -1))) continue;
          const rest = contentAfterSemicolon(s, tail.end) || contentAfterConjunct(s, tail.end, content);
          const cand = rest ? splitContent(ctx, content, s.slice(tail.end + 1, rest), cueToks, np) : contentCandidate(ctx, content, cueToks, np, {});
          if (rest && cand) end = rest;
          if (cand) { out.push(cand); done = true; }
        } else done = true;
        // "In July, the council called for a ban": the words before the comma were only an adverbial
        if (done) {
          lastEnd = end;
          coveredTo = end;
          continue;
        }
      }
    }
    // "the charge, which he denied.", "a claim that the mayor has denied": the relative pronoun or its noun is what was (dis)owned
    const owned = np && npIdx ? ownedAntecedent(s, c, cue, npIdx) : null;
    if (owned) {
      const cand = contentCandidate(ctx, s.slice(owned[0], owned[1]), cueToks, np, {}, 1);
      if (cand) {
        out.push(cand);
        lastEnd = c + cue.length;
      }
      continue;
    }
    // X said (that) C
    let k = c + cue.length;
    let needQuote = false;
    let colonQuestion = false;
    // "pledged Saturday to …", "vowed again to …": one time word between a verb and its infinitive
    if ((np || inherit) && (WEEKDAYS.has(s[k]?.lower ?? '') || /^(again|today|yesterday|tonight)$/.test(s[k]?.lower ?? '')) && s[k + 1]?.lower === 'to' && directive(s, k + 1, cue.lemma) >= 0) k++;
    // directives and commitments: "called for X", "urged Y to Z", "asked whether …", "vowed to …"
    const dir = np || inherit ? directive(s, k, cue.lemma) : -1;
    // verbs of judgement report a stance even without quoted words: "X accused Y of Z", "X criticized the plan"
    // (", accusing him of …" takes the subject of the sentence, as does "…, calling her Z and accusing him of …"; "is criticizing the plan" is a progressive)
    // (", citing …", ", repeating …" right after a report in the same sentence: "“Q,” he said, repeating a line from his ads")
    const citing = participle && CITING.has(cue.lemma) && (acts.size > 0 || direct.length > 0);
    // ("won votes by denouncing the tax", "was harsh in criticizing the plan": a participle after a preposition of manner or time takes the subject's act)
    const adverbial = cue.form === 'ing' && ADVERBIAL_PARTICIPLE.test(s[c - 1]?.lower ?? '');
    const evaluative = (EVALUATIVE.has(cue.lemma) || citing) && (!!np || participle || inherit === 'main') && (cue.form === 'past' || cue.form === 'third' || (cue.form === 'ing' && (participle || havingClause || adverbial || (coordinated && inherit === 'main') || /^(is|are|was|were|been|'s|'re)$/.test(s[c - 1]?.lower ?? '')))) && s[k]?.type === 'word' &&
      (/^(him|her|them|it)$/.test(s[k]!.lower) ? /^(of|for|as)$/.test(s[k + 1]?.lower ?? '') : selfDescription(s, k, cue.lemma) || !BARE_REJECT.has(s[k]!.lower) && !/^(me|us|himself|herself|themselves)$/.test(s[k]!.lower));
    if (dir >= 0) {
      k = dir;
    } else if (cue.strength === 'quoting' && s[k]?.lower !== 'that') {
      // verbs of judgement report a stance even without quoted words: "X accused Y of Z", "X criticized the plan"
      needQuote = !evaluative;
      if (cue.lemma === 'call' && (s[k]?.lower === 'on' || s[k]?.lower === 'for')) k++;
      // "referred to the plan as “a fraud”": the object after the preposition (not "referred to her “tape”", a mention)
      if (cue.lemma === 'refer' && s[k]?.lower === 'to' && s[k + 1]?.type === 'word' && s.slice(k + 1, k + 10).some((t, i, a) => t.lower === 'as' && a[i + 1]?.type !== 'punct')) k++;
    } else if (cue.lemma === 'ask' && questionAfterColon(s, k) > 0) {
      k = questionAfterColon(s, k);
      colonQuestion = true;
    } else if (ADDRESSEE_VERBS.has(cue.lemma) || cue.lemma === 'point out') {
      // skip the addressee: up to "that" or to a pronoun subject
      const win = s.slice(k, k + 16);
      const thatAt = win.findIndex((t) => t.lower === 'that');
      // the addressee may be a programme in quotation marks: told MSNBC's "Morning Joe" that …
      const bad = (t: Token) => /^[.;:!?]$/.test(t.text) || AUX.has(t.lower);
      if (thatAt >= 0 && !win.slice(0, thatAt).some(bad)) k += thatAt + 1;
      else {
        const pr = win.findIndex((t) => SUBJECT_PRONOUN.test(t.lower));
        const qt = win.findIndex((t) => t.type === 'quote');
        // "told a union rally in the capital she will …": the addressee may run to a few words
        if (pr >= 0 && pr <= 8 && !win.slice(0, pr).some(bad)) k += pr;
        // "told the crowd “Q”": the quotation after the addressee
        else if (qt >= 1 && qt <= 5 && win.slice(0, qt).every((t) => t.type === 'word' && !AUX.has(t.lower) && t.lower !== 'to')) k += qt;
        else if (cue.lemma === 'tell' && embeddedAfter(win) > 0) k += embeddedAfter(win);
        // "told the paper her group never …", "told reporters the plan is dead"
        else if (cue.lemma === 'tell' && addresseeThenClause(win) > 0) k += addresseeThenClause(win);
        else if (cue.lemma === 'tell' || cue.lemma === 'ask' || cue.lemma === 'urge') continue;
      }
    } else if (s[k]?.lower === 'that') {
      // (not "said that should help": a demonstrative subject stays in the content)
      // (after a noun that may be the cue, "the Act rules that could …", "that" is a relative pronoun;
      // not "polls show that has …", where a plain noun before "show" is its subject)
      const nounCue = AMBIGUOUS.has(s[k - 1]?.lower ?? '') && k >= 2 && (/^(a|an|the|one|this|these|those|its|his|her|their|our|my|any|every|each|some|another)$/.test(s[k - 2]!.lower) || (k >= 3 && /^\p{Lu}/u.test(s[k - 2]!.text)));
      if (!demonstrativeSubject(s, k) || nounCue) k++;
    } else if (/^(only|merely|just)$/.test(s[k]?.lower ?? '') && s[k + 1]?.lower === 'that') {
      // "said only that …": a focusing adverb before "that"
      k += 2;
    } else if (approximateQuantity(s, k) && cue.strength === 'speech') {
      // "said nearly every talk …", "said almost half of them …": the clause's subject opens with an approximation
    } else if (s[k] && (PREPOSITIONS.has(s[k]!.lower) || (/^[a-z]+ly$/.test(s[k]!.text) && s[k]!.text.length > 4) || s[k]!.text === ',' || s[k]!.text === ':' || (/^[—–]$/.test(s[k]!.text) && cue.strength === 'speech'))) {
      const win = s.slice(k, k + 14);
      const thatAt = win.findIndex((t) => t.lower === 'that');
      // (a programme in quotation marks may come before "that": said on “Morning Talk” that …)
      // (a capitalised "May" after the cue is the month, no modal: "said on May 3 that …")
      const bad = (t: Token) => (t.type === 'quote' && s[s.indexOf(t) + 1]?.lower !== 'that') || /^[.;!?]$/.test(t.text) || (AUX.has(t.lower) && t.text !== 'May') || !!cueAt(s, s.indexOf(t));
      // ("remarked on the drop in fares that was noted earlier": "that" right before a verb, after a noun of
      // the phrase, is the subject of a relative clause on that noun, not the start of a reported clause)
      // (a second "that" after it may still open the reported clause: "said in a statement that was issued late that C")
      const relativeThat = thatAt > 1 && /^[a-z]+$/.test(win[thatAt - 1]!.text) && !PREPOSITIONS.has(win[thatAt - 1]!.lower) && /^(is|are|was|were|has|have|had|will|would|can|could|may|might)$/.test(win[thatAt + 1]?.lower ?? '');
      const secondThat = relativeThat ? win.findIndex((t, x) => x > thatAt + 1 && t.lower === 'that') : -1;
      if (thatAt >= 0 && !win.slice(0, thatAt).some(bad) && !relativeThat) k += thatAt + 1;
      else if (secondThat > 0 && !win.slice(0, thatAt).some(bad) && !win.slice(thatAt + 2, secondThat).some((t) => t.type !== 'word' || !!cueAt(s, s.indexOf(t)))) k += secondThat + 1;
      else if (cue.strength === 'speech' && thatAfterAside(s, k) > 0) k = thatAfterAside(s, k);
      else if (s[k]!.text === ':' || (s[k]!.text === ',' && cue.strength === 'speech' && s[k + 1] && s[k + 1]!.type !== 'quote' && (!BARE_REJECT.has(s[k + 1]!.lower) || s[k + 1]!.lower === 'if'))) k++;
      else {
        // "said on Monday he would …": skip a short time adjunct
        let m = k;
        while (m < s.length && m < k + 5 && (PREPOSITIONS.has(s[m]!.lower) || /^(the|a|an|both|all|his|her|their|its|last|this|week|month|year|morning|night|interview|statement|listings|letter|post|posts)$/.test(s[m]!.lower))) m++;
        // (the subject may open with a possessive right after a day: "said Thursday his biggest worry …")
        const possessiveSubject = (x: number) => /^(his|her|their|its|our|my)$/.test(s[x]?.lower ?? '') && WEEKDAYS.has(s[x - 1]?.lower ?? '');
        const subjectAt = [...Array(Math.max(0, m - k)).keys()].map((x) => k + 1 + x).find((x) => possessiveSubject(x));
        if (m > k && m < s.length && SUBJECT_PRONOUN.test(s[m]!.lower) && cue.strength === 'speech') k = m;
        else if (subjectAt !== undefined && cue.strength === 'speech') k = subjectAt;
        else if (EMBEDDING_CUES.has(cue.lemma) && embeddedAfter(win) > 0) k += embeddedAfter(win);
        else if (cue.strength === 'speech' && clauseAfterAdjunct(s, k) > 0) k = clauseAfterAdjunct(s, k);
        else if (cue.strength === 'speech' && clauseAfterAdverb(s, k) > 0) k = clauseAfterAdverb(s, k);
        else continue;
      }
    } else if (cue.strength !== 'speech') {
      // belief verbs report a stance with a bare clause when a subject follows: "X believes his plan will work"
      const nx = s[k];
      const belief = COGNITION.has(cue.lemma) && cue.form !== 'base' && nx && ['he', 'she', 'they', 'it', 'we', 'i', 'his', 'her', 'their', 'its', 'the', 'this', 'there'].includes(nx.lower) && np;
      if (!belief && !evaluative && !(np && zeroThatClause(s, k, cue))) needQuote = true;
    }
    if (k >= s.length) continue;
    const first = s[k]!;
    if (first.type === 'quote' && directQuotes.has(first.quote!.start)) continue;
    if (OBJECT_SENSES.has(cue.lemma) && s[k - 1]?.lower !== 'that' && nounObject(s, k)) continue;
    // "the app has added video tools": a perfect "added" before a bare noun phrase adds things, not words
    if (cue.lemma === 'add' && /^(has|have|had)$/.test(s[c - 1]?.lower ?? '') && k === c + cue.length && /^[a-z]/.test(first.text) && !SUBJECT_PRONOUN.test(first.lower) && bareNounObject(s, k)) continue;
    const rel = relativeObject(s, c);
    // "said if she wins, taxes will fall": a conditional clause opens the content
    // "explained how he built the firm", "revealed why …": an embedded question is what was said
    // (", describing how …": a participle takes the subject of the sentence; the embedded question needs no quoted words)
    const embedded = EMBEDDED_WH.has(first.lower) && (EMBEDDING_CUES.has(cue.lemma) || inf !== null) && (!!np || inf !== null || participle || inherit === 'main');
    if (embedded && dir < 0 && k === c + cue.length) needQuote = false;
    // ("says if elected “I will …”": the main clause may open with quoted words)
    const conditional = first.lower === 'if' && cue.strength === 'speech' && s.slice(k + 2, contentEnd(s, k)).some((t) => t.text === ',' || SUBJECT_PRONOUN.test(t.lower) || (t.type === 'quote' && /^\p{Lu}/u.test(t.quote!.text)));
    // "says too many women …": a quantity, not an adverb
    // ("said much of the money was …": "much of" opens a subject)
    const quantity = (first.lower === 'too' && /^(many|much|few|little)$/.test(s[k + 1]?.lower ?? '')) || (/^(much|little)$/.test(first.lower) && s[k + 1]?.lower === 'of' && cue.strength === 'speech') ||
      (first.lower === 'about' && cue.strength === 'speech' && approximateQuantity(s, k));
    if (!quantity && first.type === 'word' && BARE_REJECT.has(first.lower) && s[k - 1]?.lower !== 'that' && !(needQuote && first.lower === 'what') && dir < 0 && !conditional && !embedded && !colonQuestion && !(rel >= 0 && first.lower === 'as')) continue;
    if (first.type === 'punct' && first.text !== '(' && !(first.text === ',' && s[k - 1]?.lower === 'that')) continue;
    let end = contentEnd(s, k);
    if ((npIdx && frontedClause(s, npIdx[0], lastEnd)) || havingClause) end = subordinateContentEnd(s, k, end, mainClauseAt);
    else if (relativeClause(s, c)) end = subordinateContentEnd(s, k, end, mainVerbAt);
    else end = Math.min(end, setOffRelativeEnd(s, c, k, end));
    // "the rule, which officials said will take effect in May, will not …": the relative pronoun is the content's subject
    const gap = relativeGap(s, c, k, npIdx);
    if (gap >= 0) end = relativeClauseEnd(s, k, subordinateContentEnd(s, k - 2, end, mainVerbAt));
    // ("a step that they believe will help": a verb of thought reports the clause with the gap as well)
    if (gap >= 0 && cue.strength !== 'quoting') needQuote = false;
    // stop before the attribution of a direct quotation later in the sentence
    for (let x = k; x < end; x++) {
      if (usedCue.has(s[x]!.start) || (s[x]!.type === 'quote' && directQuotes.has(s[x]!.quote!.start))) {
        let y = x;
        while (y > k && s[y]!.text !== ',' && s[y]!.text !== ':') y--;
        end = y > k ? y : x;
        break;
      }
    }
    if (cue.strength === 'quoting' && (needQuote || EVALUATIVE.has(cue.lemma))) end = quotedComplementEnd(s, k, end);
    if (evaluative && !citing && dir < 0) end = judgedObjectEnd(s, k, end);
    let fallback: Candidate['fallback'] = null;
    if (infSubject) fallback = parseMention(s.slice(infSubject[0], infSubject[1]));
    if (participle) {
      const fb = npBefore(s, c, lastEnd);
      fallback = fb ? parseMention(s.slice(fb[0], fb[1])) : null;
    } else if (havingClause && s[end]?.text === ',') {
      const fb = mainSubject(s, end + 1);
      fallback = fb ? parseMention(s.slice(fb[0], fb[1])) : null;
    }
    // a verb of judgement reports even a one-word object: "X blasts Y"
    const cand = contentCandidate(ctx, s.slice(k, end), cueToks, np, inherit ? { inherit, fallback } : {}, evaluative && dir < 0 ? 1 : shortObject(s, k, cue) || gap >= 0 ? 2 : 3);
    if (!cand) continue;
    if (rel >= 0) withRelativeObject(cand, s[rel]!);
    else if (gap >= 0) withRelativeSubject(cand, s[gap]!);
    if (needQuote && cand.kind === 'indirect') continue;
    if (cue.strength === 'quoting' && !inherit && !(cand.mention && (['name', 'pronoun', 'role', 'org'].includes(cand.mention.kind) || (cand.mention.kind === 'anonymous' && (dir >= 0 || ((cand.kind === 'partial' || evaluative) && personLike(cand.mention))))))) continue;
    if (cand.kind === 'direct' && directQuotes.has(cand.spans[0]![0])) continue;
    const clauseStart = lastEnd;
    out.push(cand);
    acts.set(cand, { cue, from: clauseStart });
    coveredTo = end;
    lastEnd = end;
    // a trailing ", the agency reported." names a source for this statement
    // (not after "and": "X says C and calls her “Q”" goes on with a second act, no closing attribution)
    if (end < s.length && !/^(and|but)$/.test(s[end]!.lower)) {
      const tail = trailingAttribution(s, end + 1);
      if (tail) {
        const outer = outerReport(ctx, s, clauseStart, end, tail, cue);
        if (outer) out.splice(out.indexOf(cand), 1, outer);
        else {
          cand.via = tail.np ? s.slice(tail.np[0], tail.np[1]).map((t) => t.text).join(' ') : undefined;
          if (!np && tail.np) cand.mention = parseMention(s.slice(tail.np[0], tail.np[1]));
        }
        c = s.length;
      }
    }
  }
  if (!out.length && !direct.length) {
    const ch = characterisation(ctx) ?? namingComplement(ctx);
    if (ch) out.push(ch);
  }
  return out;
}

/**
 * "The plan was first reported by the Ledger.", "…, which was reported last week by the Ledger.":
 * the passive of "report" with its agent names the source of what its subject stands for; the
 * subject noun phrase opening the sentence (or the relative pronoun) is the content.
 */
function passiveReport(ctx: SentenceCtx): Candidate | null {
  const s = ctx.tokens;
  for (let c = 2; c < s.length; c++) {
    if (s[c]!.lower !== 'reported') continue;
    let a = c - 1;
    while (a > 0 && /^(first|previously|originally|initially|earlier|also|widely)$/.test(s[a]!.lower)) a--;
    let subjectEnd = a;
    if (s[a]!.lower === 'been' && /^(has|have|had)$/.test(s[a - 1]?.lower ?? '')) subjectEnd = a - 1;
    else if (!/^(was|were)$/.test(s[a]!.lower)) continue;
    // the agent, after a short time adjunct: "reported last week by", "reported on Monday by"
    let b = c + 1;
    while (b < s.length && b <= c + 4 && s[b]!.lower !== 'by' && s[b]!.type === 'word' && (/^(last|this|on|in|earlier|week|month|year|\d+)$/.test(s[b]!.lower) || WEEKDAYS.has(s[b]!.lower) || (/^\p{Lu}[a-z]{2,}$/u.test(s[b]!.text) && monthNumber(s[b]!.text) !== undefined))) b++;
    if (s[b]?.lower !== 'by') continue;
    const agent = npAfter(s, b + 1, true);
    if (!agent) continue;
    const cue = s.slice(a, b + 1);
    // "…, which was first reported by …": the relative pronoun stands for what was reported
    if (s[subjectEnd - 1]!.lower === 'which' && s[subjectEnd - 2]?.text === ',') {
      return contentCandidate(ctx, [s[subjectEnd - 1]!], cue, s.slice(agent[0], agent[1]), {}, 1);
    }
    const from = /^(and|but|so)$/.test(s[0]!.lower) ? 1 : 0;
    const subject = s.slice(from, subjectEnd);
    if (subject.length > 10 || subject.some((t) => t.type !== 'word' || AUX.has(t.lower) || cueAt(s, s.indexOf(t)))) continue;
    return contentCandidate(ctx, subject, cue, s.slice(agent[0], agent[1]), {}, 1);
  }
  return null;
}

/** Verbs of (dis)owning a claim whose object may be a relative pronoun before their subject ("which he denied"). */
const OWNING = new Set(['deny', 'admit', 'acknowledge', 'concede', 'confirm']);

/**
 * "the charge, which he denied.", "a claim that the mayor has long denied", "which she conceded on
 * Monday": a verb of (dis)owning with nothing after it but an adjunct, whose subject follows a
 * relative pronoun: its object is the pronoun ("which") or the noun phrase before "that". Returns
 * that token range, or null.
 */
function ownedAntecedent(s: Token[], c: number, cue: CueAt, npIdx: [number, number]): [number, number] | null {
  if (!OWNING.has(cue.lemma) || (cue.form !== 'past' && cue.form !== 'third')) return null;
  let e = c + cue.length;
  while (e < s.length && s[e]!.type === 'word') e++;
  if (e < s.length && !/^[.,;:!?—–)]$/.test(s[e]!.text)) return null;
  if (!isAdjunctRun(s.slice(c + cue.length, e))) return null;
  const w = npIdx[0] - 1;
  const rel = s[w]?.lower ?? '';
  if (rel === 'which' && w > 0) return [w, w + 1];
  if (rel !== 'that') return null;
  // the noun phrase before "that": a determiner and one to three words ("a charge", "the same claim")
  for (let d = w - 1; d >= Math.max(0, w - 4); d--) {
    const t = s[d]!;
    if (t.type !== 'word' || AUX.has(t.lower) || cueAt(s, d)) return null;
    if (/^(a|an|the|this|that|his|her|their|its|one|another|any)$/.test(t.lower)) return d < w - 1 ? [d, w] : null;
  }
  return null;
}

/**
 * "…, a point the senator acknowledged on Monday.", "— something he has long denied.": a noun
 * phrase set off by a comma, dash or bracket, then the subject (npIdx) of a finite reporting verb
 * (active: not "a group known for …") with nothing after it but an adjunct; the noun phrase is its
 * object. Returns where that noun
 * phrase and the subject start (the subject ends with npIdx), or null.
 */
function bareOwnedObject(s: Token[], c: number, cue: CueAt, npIdx: [number, number]): [number, number] | null {
  if ((cue.form !== 'past' && cue.form !== 'third') || s.slice(npIdx[1], c).some((x) => /^(is|are|was|were|be|been|being)$/.test(x.lower))) return null;
  let e = c + cue.length;
  while (e < s.length && s[e]!.type === 'word') e++;
  if (e < s.length && !/^[.,;:!?—–)]$/.test(s[e]!.text)) return null;
  if (!isAdjunctRun(s.slice(c + cue.length, e))) return null;
  // the noun phrase: "something", or a determiner and up to three lower-case words ("a charge", "an old claim")
  const opens = (d: number) => /^[,(—–-]$|^--$/.test(s[d - 1]?.text ?? '');
  const head = (t: Token) => /^(a|an|another|something|everything|anything)$/.test(t.lower);
  for (let d = npIdx[0] - 1; d >= Math.max(1, npIdx[0] - 4); d--) {
    const t = s[d]!;
    if (t.type !== 'word') break;
    if (head(t)) return opens(d) && (d < npIdx[0] - 1 || /thing$/.test(t.lower)) && bareRelativeSubject(s, d, npIdx[1]) === npIdx[0] ? [d, npIdx[0]] : null;
    if (AUX.has(t.lower) || !bareNounWord(t) || /^(that|which|who|whom)$/.test(t.lower)) return null;
  }
  // (the subject's noun phrase may have swallowed it: "a point the senator")
  const p = opens(npIdx[0]) ? bareRelativeSubject(s, npIdx[0], npIdx[1]) : -1;
  return p > 0 ? [npIdx[0], p] : null;
}

/**
 * "…, a measure the governor says would cut costs", "— a step they believe will help": a noun set
 * off by a comma or dash, then a bare relative clause whose subject (npIdx, or its tail) reports a
 * clause with a gap for the noun. Returns where the noun and the subject start, or null.
 */
function bareGapNoun(s: Token[], npIdx: [number, number]): [number, number] | null {
  const opens = (d: number) => /^[,(—–-]$|^--$/.test(s[d - 1]?.text ?? '');
  // (the subject's noun phrase may have swallowed the noun: "a measure the governor")
  const p = opens(npIdx[0]) ? bareRelativeSubject(s, npIdx[0], npIdx[1]) : -1;
  if (p > 0) return [npIdx[0], p];
  for (let d = npIdx[0] - 1; d >= Math.max(1, npIdx[0] - 4); d--) {
    const t = s[d]!;
    if (t.type !== 'word') return null;
    if (/^(a|an|another)$/.test(t.lower)) return opens(d) && d < npIdx[0] - 1 && bareRelativeSubject(s, d, npIdx[1]) === npIdx[0] ? [d, npIdx[0]] : null;
    if (AUX.has(t.lower) || !bareNounWord(t) || /^(that|which|who|whom)$/.test(t.lower)) return null;
  }
  return null;
}

/** A word of the noun before a bare relative clause: no preposition, participle, conjunction or name ("a study by …", "a former Fed official"). */
function bareNounWord(t: Token): boolean {
  return /^[a-z]/.test(t.text) && !PREPOSITIONS.has(t.lower) && !/^[a-z]+(ed|ing)$/.test(t.text) && !/^(and|or|former|new|old|top|senior)$/.test(t.lower);
}

/**
 * "a point the senator", "something he", "a deal Lee": a noun phrase (a determiner and up to three
 * lower-case words, or "something") followed by the subject of a bare relative clause, within
 * s[from..to). Returns where the subject starts, or -1.
 */
function bareRelativeSubject(s: Token[], from: number, to: number): number {
  if (!/^(a|an|another|something|everything|anything)$/.test(s[from]?.text ?? '')) return -1;
  for (let p = from + 1; p < to && p <= from + 4; p++) {
    const t = s[p]!;
    if (t.type !== 'word' || AUX.has(t.lower)) return -1;
    const name = /^\p{Lu}/u.test(t.text) && s.slice(p, to).every((x) => /^\p{Lu}/u.test(x.text));
    if (/^(the|his|her|their|its|many|some|several|both|he|she|they|we|i)$/.test(t.lower) || name) return p > from + 1 || /thing$/.test(s[from]!.text) ? p : -1;
    // (the noun's own modifiers are no clause: "a study by the council", "a former Fed official")
    if (!bareNounWord(t)) return -1;
  }
  return -1;
}

/** "The mayor paused, then said C": a second verb after a comma and "then" shares the sentence's subject. */
function thenAfterComma(s: Token[], c: number): boolean {
  return s[c - 1]?.lower === 'then' && s[c - 2]?.text === ',' && (cueInfo(s[c]!.lower)?.form === 'past' || cueInfo(s[c]!.lower)?.form === 'third');
}

/** "struggled to show that C": a verb of speech or thought in the infinitive, with the clause it reports (outside any content). */
function infinitiveCue(s: Token[], c: number): CueAt | null {
  const info = s[c]?.type === 'word' && s[c - 1]?.lower === 'to' ? cueInfo(s[c]!.lower) : undefined;
  return info && info.form === 'base' && clauseAfterInfinitive(s, c, info) ? { ...info, index: c, length: 1 } : null;
}

/** Verbs that make their object the subject of the infinitive after it: "led critics to say …", "caused many to wonder …". */
const CAUSATIVE = /^(lead|leads|led|leading|cause|causes|caused|causing|prompt|prompts|prompted|prompting|force|forces|forced|forcing|drive|drives|drove|driving|leave|leaves|left|leaving|allow|allows|allowed|allowing|push|pushed|pushing|encourage|encouraged|encouraging|get|got|inspire|inspired|spur|spurred)$/;

/**
 * "struggled to show that C", "has to explain why C", "led critics to say that C": a verb of speech
 * or thought in the infinitive reports the clause after it ("that", or a question word after a verb
 * that embeds one). Its speaker is the subject of the sentence, or, after a causative verb, the
 * object before "to": returns the length of that object (0 for the sentence's subject), or null.
 */
function infinitiveClause(s: Token[], c: number, cue: CueAt): number | null {
  // ("went on to say": the subject before "went on" speaks, found by the main rule)
  if (cue.form !== 'base' || cue.length !== 1 || s[c - 1]?.lower !== 'to' || goOnTo(s, c - 1) > 0 || !clauseAfterInfinitive(s, c, cue)) return null;
  // the object of a causative verb: one to three words between it and "to"
  for (let j = c - 2; j >= Math.max(0, c - 5); j--) {
    const t = s[j]!;
    if (t.type !== 'word') break;
    if (CAUSATIVE.test(t.lower)) return j < c - 2 ? c - 2 - j : null;
  }
  return 0;
}

const COORD_ADVERBS = /^(also|later|then|since|now|still|even|again|further|once|instead|repeatedly|often|publicly|previously|recently|quickly|soon|ultimately|eventually|finally|separately|privately|reportedly|openly)$/;
const COORD_AUX = /^(has|have|had|will|would|could|can|may|might|should|must)$/;

/**
 * "X met the leaders and reportedly argued that …", "X opposes the plan, but has warned that …",
 * "X met the leaders and on Monday announced …": a finite verb of a second verb phrase that shares
 * the sentence's subject (after "and"/"but", over adverbs, a weekday and one auxiliary).
 */
function verbAfterAnd(s: Token[], c: number, cue: CueAt): boolean {
  let j = c - 1;
  let aux = false;
  while (j > 0 && c - j <= 4) {
    const w = s[j]!;
    if (w.type !== 'word') break;
    if (COORD_ADVERBS.test(w.lower) || (/^[a-z]{3,}ly$/.test(w.text) && !/^(only|early|family|ally|rally|daily|likely|holy)$/.test(w.lower))) { j--; continue; }
    if (WEEKDAYS.has(w.lower) && s[j - 1]?.lower === 'on') { j -= 2; continue; }
    if (!aux && COORD_AUX.test(w.lower)) { aux = true; j--; continue; }
    break;
  }
  if (j === c - 1) return false;
  // (a bare base form needs its auxiliary: "and will argue"; a past or present form needs none)
  const auxWord = s.slice(j + 1, c).find((t) => COORD_AUX.test(t.lower))?.lower ?? '';
  const perfect = /^(has|have|had)$/.test(auxWord);
  if (cue.form === 'base' ? !aux || perfect : cue.form === 'past' ? aux && !perfect : cue.form === 'third' ? aux : true) return false;
  const and = s[j];
  if (!and || !/^(and|but)$/.test(and.lower)) return false;
  const prev = and.text === 'and' || and.text === 'but' ? s[j - 1] : undefined;
  return !!prev && (prev.text === ',' ? s[j - 2]?.type === 'word' : prev.type === 'word' && /^[a-z\d]/.test(prev.text));
}

/** "X visited the plant and has since argued that …": a perfect coordinated with the sentence's verb (over adverbs). */
function perfectAfterAnd(s: Token[], c: number): boolean {
  let j = c - 1;
  while (j > 0 && c - j <= 3 && (/^(also|since|long|often|repeatedly|publicly|again|previously|recently)$/.test(s[j]!.lower) || /^[a-z]{3,}ly$/.test(s[j]!.text))) j--;
  // (the first verb's object may end in a name or a quotation: "praised Ms. Lane and has said …", "called it “Q” and has said …")
  const o = s[j - 2];
  return /^(has|have|had)$/.test(s[j]?.lower ?? '') && /^(and|but)$/.test(s[j - 1]?.lower ?? '') && !!o && ((o.type === 'word' && /^[\p{L}\d]/u.test(o.text)) || o.type === 'quote');
}

/** "The mayor, who has argued C, said …": the speaker is the noun phrase before its relative clause. */
function withoutRelativeAside(np: Token[]): Token[] {
  const at = np.findIndex((t, i) => i > 0 && t.text === ',' && /^(who|whom|whose|which)$/.test(np[i + 1]?.lower ?? ''));
  return at > 0 ? np.slice(0, at) : np;
}

/** "one lawmaker", "former employees", "someone": an anonymous mention of people (not of a document or a poll). */
function personLike(m: Mention): boolean {
  const head = m.head ?? '';
  return /^(someone|somebody)$/i.test(m.text.trim()) || (ROLE_NOUNS.has(head) && !/^(source|sources)$/.test(head)) || (ANONYMOUS_HEADS.has(head) && !DOCUMENT_HEADS.has(head)) || pluralAgentNoun(head);
}

const DOCUMENT_HEADS = new Set(['polls', 'surveys', 'studies', 'reports', 'documents', 'records', 'data', 'figures', 'numbers', 'statistics']);

/**
 * "… the plan, which she described as “a fraud”", "what critics have called a “scheme”": the index
 * of the relative pronoun standing for the object of the naming verb at `c`, right before its
 * subject, when quoted words follow the verb closely; or -1.
 */
export function relativeObject(s: Token[], c: number): number {
  const cue = cueAt(s, c);
  if (!cue || !NAMING_VERBS.has(cue.lemma) || cue.form === 'ing' || cue.form === 'base') return -1;
  if (!s.slice(c + 1, c + 5).some((t) => t.type === 'quote')) return -1;
  const np = npBefore(s, c, Math.max(0, c - 6));
  if (!np || np[0] < 1) return -1;
  return /^(which|whom|what)$/.test(s[np[0] - 1]!.lower) ? np[0] - 1 : -1;
}

/**
 * "Lee said the board dropped a plan that she said would save money", "… the vote, which Park says was
 * rigged, …": a finite verb right after the cue opens a reported clause whose subject is the gap of
 * the relative ("that", "which" or a bare noun before the speaker).
 */
function gapAfterCue(s: Token[], c: number, cue: CueAt): boolean {
  return finiteVerb(s[c + cue.length]);
}

/**
 * "Lee said she wrote to the council, and she said she hoped C", "… after the mayor suggested that C":
 * a clause of its own inside a content, opened by a conjunction before its subject (nb), whose verb of
 * speech reports a clause ("that" or a subject pronoun right after the cue).
 */
function conjoinedReport(s: Token[], nb: [number, number], c: number, cue: CueAt): boolean {
  const next = s[c + cue.length]?.lower ?? '';
  return /^(and|but|after|when|while|because|since)$/.test(s[nb[0] - 1]?.lower ?? '') && (next === 'that' || SUBJECT_PRONOUN.test(next));
}

/**
 * "Lee said the bill was opposed by the unions, who said it hurt them": a relative "who" whose verb
 * of speech (past or present) reports a clause of its own inside another statement's content.
 */
function nestedWho(s: Token[], c: number, cue: CueAt): boolean {
  return cue.strength === 'speech' && (cue.form === 'past' || cue.form === 'third') && relativeSubjectBefore(s, c, /^(who)$/) >= 1;
}

/**
 * "Lee said the board dropped a plan backed by the unions, who said …": the token where the content
 * holding the cue at c begins (the latest such statement), or c when none holds it.
 */
function outerContentStart(s: Token[], out: Candidate[], c: number): number {
  const outer = out.findLast((o) => o.start <= s[c]!.start && s[c]!.end <= o.spans[o.spans.length - 1]![1]);
  const k = outer ? s.findIndex((t) => t.start >= outer.start) : -1;
  return k >= 0 ? k : c;
}

/**
 * "what analysts said was a turning point, but the talks failed", "hackers who officials say were
 * paid and who …": the reported clause of a relative with a gap ends before a coordinated clause
 * with its own subject or a second relative. Where it ends, from k up to `end`.
 */
function relativeClauseEnd(s: Token[], k: number, end: number): number {
  for (let j = k + 1; j < end - 1; j++) {
    if (/^(and|but|or)$/.test(s[j]!.lower) && /^(who|which|that|whose)$/.test(s[j + 1]!.lower)) return s[j - 1]!.text === ',' ? j - 1 : j;
    if (s[j]!.text === ',' && /^(and|but|yet)$/.test(s[j + 1]!.lower) && clauseStart(s[j + 2]) && !/^(a|an)$/.test(s[j + 2]?.lower ?? '')) return j;
  }
  return end;
}

/**
 * "X, which she has said was a mistake, …": when the content opens with its finite verb and the
 * speaker follows "which" or "who" after a comma, the relative pronoun is the content's subject;
 * its index, or -1.
 */
function relativeGap(s: Token[], c: number, k: number, npIdx: [number, number] | null): number {
  if (!npIdx || k !== c + (cueAt(s, c)?.length ?? 1) || !finiteVerb(s[k])) return -1;
  const w = npIdx[0] - 1;
  if (/^(which|who)$/.test(s[w]?.lower ?? '') && s[w - 1]?.text === ',') return w;
  return restrictiveGap(s, w, npIdx, cueAt(s, c)!) ? w : -1;
}

/**
 * "a finish that he said defied the polls", "hackers who officials say were paid", "what analysts
 * said was a turning point": a relative pronoun at w with no comma before it, then a short subject
 * (npIdx) of the reporting verb; the pronoun is the subject of the reported clause.
 */
function restrictiveGap(s: Token[], w: number, npIdx: [number, number], cue: CueAt): boolean {
  const rel = s[w]?.lower ?? '';
  if (npIdx[1] - npIdx[0] > 4 || s.slice(npIdx[0], npIdx[1]).some((t) => t.type !== 'word' || /^(that|which|who|what)$/.test(t.lower))) return false;
  // ("what" opens a free relative anywhere, with a verb of speech or thought, not of hearing: "what voters heard was …")
  if (rel === 'what') return !/^(hear|learn)$/.test(cue.lemma);
  // ("that", "which" and "who" follow their noun; with a verb of thought the noun is as often the thinker's own matter)
  if (cue.strength !== 'speech') return false;
  // (not inside the sentence's opening subject: "The rule that officials said will start in May was dropped")
  if (!s.slice(0, w).some((t) => t.type !== 'word' || finiteVerb(t) || presentVerbAt(s, s.indexOf(t)))) return false;
  const prev = s[w - 1];
  return /^(that|which|who)$/.test(rel) && !!prev && prev.type === 'word' && !cueAt(s, w - 1) && !AUX.has(prev.lower) && !PREPOSITIONS.has(prev.lower) && !/^(and|but|or|so|said|says|say)$/.test(prev.lower);
}

/** "which … was a mistake": the relative pronoun is the first part of the content, joined with " … ". */
function withRelativeSubject(cand: Candidate, rel: Token) {
  cand.text = `${rel.text} … ${cand.text}`;
  cand.spans = [[rel.start, rel.end], ...cand.spans];
  cand.start = rel.start;
}

/** "which … as “a fraud”": the relative pronoun is the first part of the content, joined with " … ". */
function withRelativeObject(cand: Candidate, rel: Token) {
  if (cand.kind === 'direct') cand.quoted = [cand.text];
  cand.kind = 'partial';
  cand.text = `${rel.text} … ${cand.text}`;
  cand.spans = [[rel.start, rel.end], ...cand.spans];
  cand.start = rel.start;
}

/**
 * Where the content of a quoting verb ends ("called the plan “a disaster” after the vote",
 * "called it “reckless” and his party voted against it"): after its first quotation, a
 * subordinate clause, or a coordinated clause or aside with no quoted words left in it, is the writer's.
 */
/**
 * "X blasted Y over Z", "X defends Y amid Z", "X mocks Y after Z": a verb of judgement reports its
 * object; the reason or time adjunct after it is the writer's frame.
 */
function judgedObjectEnd(s: Token[], k: number, end: number): number {
  // only a short bare object: "blamed X for Y", "accused X of Y" report the charge with it, "described X during Y as “Q”" its words
  if (s.slice(k, end).some((t) => t.type === 'quote')) return end;
  for (let y = k + 1; y < end && y <= k + 5; y++) {
    const t = s[y]!;
    if (t.type !== 'word' || /^(for|of|as|to|on|with|in|who|that|which)$/.test(t.lower)) return end;
    if (/^(over|amid|after|during|before)$/.test(t.lower)) return y;
  }
  return end;
}

function quotedComplementEnd(s: Token[], k: number, end: number): number {
  const x = s.findIndex((t, i) => i >= k && i < end && t.type === 'quote');
  if (x < 0) return end;
  for (let y = x; y < end; y++) {
    const t = s[y]!;
    // (not when more quoted words follow: "called him a “fine speaker” when asked to “read a script”" goes on with the speaker's words)
    // ("decried the plan as a “giveaway” to the banks", "called it “a big step” in the fight": a phrase of the judgement goes on)
    if (y > x && x > k && t.type === 'word' && (/^(after|before|when|while|since|although|though|during|amid|despite|as|last|earlier|this)$/.test(t.lower) || WEEKDAYS.has(t.lower) || (/^(on|at|in)$/.test(t.lower) && !judgementPhraseAt(s, y))) && !s.slice(y, end).some((r) => r.type === 'quote')) {
      return s[y - 1]!.text === ',' ? y - 1 : y;
    }
    if (y > x && /^(and|but|,|;|—|–|-|\()$/.test(t.lower) && !s.slice(y, end).some((r) => r.type === 'quote') && !secondObjectAt(s, y)) return y;
    // "called her “weak” and said …": a second reporting verb starts a statement of its own
    if (y > x && /^(and|but)$/.test(t.lower)) {
      const next = cueAt(s, y + 1);
      if (next && next.strength !== 'weak' && (next.form === 'past' || next.form === 'third')) return y;
    }
    // “… the cut was only “temporary,” meaning …”: the comma closing the quoted words ends the complement
    // ("called the plan “a mistake,” because …": the reason given for the judgement goes on)
    if (t.type === 'quote' && /,$/.test(t.quote!.text) && y + 1 < end && s[y + 1]!.lower !== 'because' && !s.slice(y + 1, end).some((r) => r.type === 'quote')) return y + 1;
  }
  return end;
}

/**
 * "questioned the mayor's “city values” and his readiness to lead": after quoted words, "and" (no
 * comma before) and a determiner open a second object of the same verb, not a clause of its own.
 */
function secondObjectAt(s: Token[], y: number): boolean {
  if (s[y]!.lower !== 'and' || s[y - 1]?.text === ',' || !/^(his|her|their|its|the|a|an)$/.test(s[y + 1]?.lower ?? '')) return false;
  return !mainClauseAt(s, y + 1) && !s.slice(y + 1, y + 8).some((t, x) => finiteVerb(t) || cueAt(s, y + 1 + x));
}

/**
 * "… “turning its back” on the workers", "“a big step” in the fight against hunger": after a judgement in
 * quoted words, "on" / "at" / "in" before anything but a time or an occasion ("on Monday", "in an
 * interview") opens a phrase that completes the judgement.
 */
function judgementPhraseAt(s: Token[], y: number): boolean {
  const n = s[y + 1];
  // (a name is a place or a medium, "in Ohio", "on Fox", unless a possessive: "on America's workers")
  if (!n || n.type !== 'word' || adjunctAt(s, y) || (/^\p{Lu}/u.test(n.text) && !/['’]s$/.test(n.text))) return false;
  // (not "in an interview", "at a rally", "in his speech", "in response to …", "on the radio")
  if (/^(a|an|the|his|her|their|its)$/.test(n.lower) && (OCCASION_NOUNS.has(s[y + 2]?.lower ?? '') || /^(radio|air|trail|stump|floor|record|phone)$/.test(s[y + 2]?.lower ?? ''))) return false;
  return !/^(last|this|recent|response|part)$/.test(n.lower);
}

const CHARACTER_ADVERBS = /^(also|has|have|had|once|openly|repeatedly|often|frequently|previously|recently|even|later|then|publicly|again|further|since)$/;

/** Forms of the verbs that name or rate something with a complement: "called him a “Q”", "rated it “True”". */
const NAMING_FORMS = /^(call|calls|called|calling|dub|dubs|dubbed|dubbing|label|labels|labeled|labelled|labeling|labelling|brand|brands|branded|branding|term|terms|termed|terming|pronounce|pronounces|pronounced|pronouncing|rate|rates|rated|rating|nickname|nicknamed|nicknaming)$/;

/**
 * "… and called him a “fraud”", "…, calling the plan “a sham”", "… and he pronounced Lee “a partner”": a
 * naming verb that is not the first verb of its sentence; its object and the quoted complement are a partial
 * quotation of the sentence's subject (or of the name right before the verb).
 */
function namingComplement(ctx: SentenceCtx): Candidate | null {
  const s = ctx.tokens;
  for (let v = 2; v < s.length - 2; v++) {
    if (s[v]!.type !== 'word' || !NAMING_FORMS.test(s[v]!.text)) continue;
    // the object: a few words, then the quoted complement
    let q = v + 1;
    while (q < s.length && q <= v + 7 && s[q]!.type === 'word' && !/^(for|on|in|at|by|to|that|who|which|up|out|off|back|as|is|was|are|were)$/.test(s[q]!.lower)) q++;
    if (s[q]?.type !== 'quote' || q === v + 1 || s.slice(v + 1, q).every((t) => /^(a|an|the)$/.test(t.lower))) continue;
    const prev = s[v - 1]!;
    let np: Token[] | null = null;
    if (/^(he|she|they)$/.test(prev.lower) || (/^\p{Lu}/u.test(prev.text) && prev.type === 'word' && !/ing$/.test(s[v]!.text))) {
      let a = v - 1;
      while (a > 0 && s[a - 1]!.type === 'word' && /^\p{Lu}/u.test(s[a - 1]!.text) && /^\p{Lu}/u.test(prev.text)) a--;
      np = s.slice(a, v);
    } else if (prev.lower === 'and' || prev.text === ',' || (prev.lower === 'point' && /ing$/.test(s[v]!.text))) {
      if (!/(ed|ing|s)$/.test(s[v]!.text) || (prev.lower === 'and' && /ing$/.test(s[v]!.text))) continue;
      const subj = openingSubject(s);
      if (!subj || subj[1] >= v - 1) continue;
      np = s.slice(subj[0], subj[1]);
    } else continue;
    const m = parseMention(np);
    if (!m || !['name', 'pronoun', 'role', 'org'].includes(m.kind)) continue;
    // more quoted words joined to the first ("“weak” and “sad”")
    let end = q + 1;
    while (end < s.length && (s[end]!.type === 'quote' || ['and', 'or', ','].includes(s[end]!.lower)) && s.slice(end, end + 3).some((t) => t.type === 'quote')) end++;
    return contentCandidate(ctx, s.slice(v + 1, end), [s[v]!], np, {});
  }
  return null;
}

/**
 * "Trump admires Putin as a “strong leader”", "Reid dismissed the plan as “a con”": a named
 * subject characterising something in quoted words, with a verb the lexicon does not list.
 */
function characterisation(ctx: SentenceCtx): Candidate | null {
  const s = ctx.tokens;
  const qi = s.findIndex((t, i) => t.type === 'quote' && i >= 3 && (s[i - 1]!.lower === 'as' || (/^(a|an|the)$/.test(s[i - 1]!.lower) && s[i - 2]?.lower === 'as')));
  if (qi < 0) return null;
  const subj = openingSubject(s);
  if (!subj) return null;
  const [v0, subjectEnd] = subj;
  let v = subjectEnd;

  // auxiliaries and adverbs ("has often", "has been …ing")
  let progressive = false;
  while (v < s.length && s[v]!.type === 'word' && (CHARACTER_ADVERBS.test(s[v]!.lower) || /^[a-z]{3,}ly$/.test(s[v]!.text) || (/^(is|was|are|were|been)$/.test(s[v]!.lower) && /^[a-z]+ing$/.test(s[v + 1]?.text ?? '')))) {
    if (/^(is|was|are|were|been)$/.test(s[v]!.lower)) progressive = true;
    v++;
  }
  if (!s[v] || s[v]!.type !== 'word' || !(progressive ? /^[a-z]+ing$/ : /^[a-z]+(ed|s)$/).test(s[v]!.text) || v >= qi - 1) return null;
  // "X has built a campaign on Y, portraying Z as “Q”": a participle after a comma characterises for the subject
  const asAt = s[qi - 1]!.lower === 'as' ? qi - 1 : qi - 2;
  for (let j = asAt - 2; j > v + 1; j--) {
    if (s[j - 1]!.text === ',' && /^[a-z]+ing$/.test(s[j]!.text) && !s.slice(j + 1, asAt).some((t) => t.type === 'quote' || /^(that|who|which|is|are|was|were)$/.test(t.lower))) { v = j; break; }
  }
  const verb = s[v]!;
  const np = s.slice(v0, subjectEnd);
  const m = parseMention(np);
  if (!m || !['name', 'pronoun', 'role', 'org'].includes(m.kind)) return null;
  let end = qi + 1;
  while (end < s.length && (s[end]!.type === 'quote' || s[end]!.text === ',' || ['and', 'or', 'a', 'an'].includes(s[end]!.lower))) {
    if (s[end]!.type !== 'quote' && !s.slice(end).some((t, x) => x < 3 && t.type === 'quote')) break;
    end++;
  }
  // a particle belongs to the verb ("played down the plan as …", "summed up")
  const cue = /^(up|down|off|out)$/.test(s[v + 1]?.lower ?? '') && v + 2 < qi - 1 ? [verb, s[v + 1]!] : [verb];
  return contentCandidate(ctx, s.slice(v + cue.length, end), cue, np, {});
}
