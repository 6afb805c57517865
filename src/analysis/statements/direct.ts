/**
 * Direct quotations attributed by a cue next to them:
 *   “Q,” X said.  /  “Q,” said X.  /  X said: “Q”  /  X said, “Q”  /  X: “Q”
 * A quotation that is a whole sentence with no cue is floating (it takes the
 * speaker of the statement before it); a short quotation inside a sentence
 * with no cue is a scare quote or a title and is left alone.
 */
import { cueOf, type Candidate } from './candidate.ts';
import { ADDRESSEE_VERBS, cueInfo, NAMING_VERBS, NOT_NAME_WORDS, ORG_WORDS } from './cues.ts';
import type { SentenceCtx } from './index.ts';
import { cueAt, isAdjunctRun, namedBeforeApposition, npAfter, npBefore, openingSubject, prepositionObjectBefore, PREPOSITIONS, PRONOUN_SUBJECTS, relativeSubjectBefore, type CueAt } from './np.ts';
import { wordCount } from './quotes.ts';
import { relativeObject } from './indirect.ts';
import { parseMention, type Mention } from './speakers.ts';
import type { Token } from './tokens.ts';

/** "“Q” until the caucuses", "“Q” ahead of the vote": a short phrase of time after the quotation, no clause of its own. */
function timeLimitTail(toks: Token[]): boolean {
  if (!/^(until|till|ahead)$/.test(toks[0]?.lower ?? '')) return false;
  return toks.slice(1).every((t) => t.type === 'word' && !cueInfo(t.lower) && !/^(is|are|was|were|be|been|has|have|had|will|would|can|could)$/.test(t.lower) && !PRONOUN_SUBJECTS.test(t.lower));
}

/** Cue words that, as nouns right before a quotation, name it as a title ("the show “Q”", "his remarks “Q”"). */
const TITLE_NOUNS = new Set(['show', 'remark']);
const ENDS_OPEN = /[,?!—–-]['’"]*$/;
const NAME_LINK = new Set(['de', 'van', 'von', 'der', 'del', 'la', 'le', 'da', 'bin', 'al', 'and']);

function directCandidate(ctx: SentenceCtx, q: Token, cue: Token[] | null, np: Token[] | null, extra: Partial<Candidate>): Candidate {
  const quote = q.quote!;
  return {
    kind: 'direct',
    paragraph: ctx.paragraph.index,
    seq: ctx.seq,
    text: quote.text,
    spans: [[quote.start, quote.end]],
    start: quote.start,
    ...(quote.closed ? {} : { unclosed: true }),
    ...(quote.continuesOpen ? { continuesOpen: true } : {}),
    cue: cue ? cueOf(cue) : null,
    mention: np && np.length ? parseMention(np) : null,
    ...extra,
  };
}

const LABELS = new Set(['clarification', 'update', 'updated', 'editor', "editor's", 'note', 'watch', 'video', 'photo', 'photos', 'related', 'source', 'sources', 'credit', 'read', 'see', 'also', 'correction', 'disclosure', 'breaking', 'exclusive', 'live', 'analysis', 'opinion', 'caption', 'image', 'listen', 'advertisement', 'subscribe', 'follow', 'contact', 'email', 'tags', 'filed', 'posted', 'by', 'reporting', 'additional', 'q', 'a', 'question', 'answer', 'contributing', 'contributors']);

/**
 * "NAME: words" opening a paragraph: a transcript line (direct) or, in a
 * headline, a reported claim (indirect, or partial when quoted words occur).
 */
function colonLine(ctx: SentenceCtx): Candidate | null {
  if (ctx.index !== 0) return null;
  const s = ctx.tokens;
  const colon = s.findIndex((t) => t.text === ':');
  if (colon < 1 || colon > 4) return null;
  // "X on Y: C" (a headline): X speaks on the topic Y
  const on = ctx.paragraph.index === 1 ? s.findIndex((t, i) => i > 0 && i < colon - 1 && t.lower === 'on') : -1;
  const np = s.slice(0, on > 0 ? on : colon);
  // (a headline writes a speaker's group or role in lower case: "Ann Lee camp: …")
  const capitalised = (t: Token) => t.type === 'word' && /^\p{Lu}/u.test(t.text);
  if (!(ctx.paragraph.index === 1 ? capitalised(np[0]!) && np.every((t) => t.type === 'word' && (capitalised(t) || !NOT_NAME_WORDS.has(t.lower))) : np.every(capitalised)) || LABELS.has(np[0]!.lower) || NOT_NAME_WORDS.has(np[0]!.lower)) return null;
  if (ctx.paragraph.index === 1 && headlineKicker(np)) return null;
  const m = parseMention(np);
  if (!m || (m.kind !== 'name' && m.kind !== 'org')) return null;
  // transcript speakers are written in capitals ("PENCE:"), which is not an acronym here
  if (m.kind === 'org' && np.length <= 3 && np.every((t) => /^[A-Z]{2,}$/.test(t.text) && !ORG_WORDS.has(t.lower)) && /^[A-Z]{3,}$/.test(np[np.length - 1]!.text) && ctx.paragraph.index > 1) m.kind = 'name';
  const p = ctx.paragraph;
  const from = s[colon + 1];
  if (!from || from.type === 'quote') return null;
  const start = from.start;
  let end = p.end;
  while (end > start && /[\s.]/.test(p.text[end - p.start - 1]!)) end--;
  const text = p.text.slice(start - p.start, end - p.start);
  if (wordCount(text) < 3 || isNameList(text)) return null;
  const headline = p.index === 1;
  const quotes = findQuotesIn(ctx, start, end);
  const kind: Candidate['kind'] = headline ? (quotes.length ? 'partial' : 'indirect') : 'direct';
  return {
    kind, paragraph: p.index, seq: ctx.seq, text, spans: [[start, end]], start,
    ...(kind === 'partial' ? { quoted: quotes } : {}),
    cue: cueOf(s[colon]!), mention: m, colon: true,
  };
}

/** Words of a headline kicker before a colon: an exclamation or a rubric, not a speaker. */
const KICKER_WORDS = new Set(['wow', 'boom', 'bombshell', 'busted', 'revealed', 'look', 'just', 'finally', 'shocking', 'alert', 'latest', 'update', 'notice', 'paid', 'recap', 'explainer', 'roundup', 'preview', 'review', 'transcript', 'timeline', 'obituary', 'obituaries', 'deaths', 'win', 'loss', 'is', 'are', 'was', 'were']);

/** "NOW OPEN — “Q”": a newsletter's rubric in capitals before a dash, not a speaker (a speaker's dash line is not in capitals). */
function dashRubric(np: Token[], mark: Token): boolean {
  return mark.text !== ':' && np.every((t) => t.type !== 'word' || !/\p{Ll}/u.test(t.text));
}

/**
 * "Wow: …", "Weekly Update: …", "Deal Is Done: …": a kicker opening a headline names no speaker (it
 * holds a rubric, an exclamation or a verb).
 */
function headlineKicker(np: Token[]): boolean {
  return np.some((t) => KICKER_WORDS.has(t.lower));
}

/** "Ann Lee, Bo Park, Cy Ruiz, …": a list of names (credits, panel members), not words someone said. */
function isNameList(text: string): boolean {
  const words = text.match(/[\p{L}][\p{L}'’.-]*/gu) ?? [];
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return (text.match(/,/g) ?? []).length >= 2 && caps >= 0.75 * words.length;
}

/**
 * "After the vote, “Q,” X said.": the words before the quotation belong to the
 * reported sentence, which is then a partial quotation.
 */
function leadIn(ctx: SentenceCtx, qi: number, c: Candidate) {
  const s = ctx.tokens;
  // (also after a conjunction: "The fund grew and “we are proud,” Lee said"; and with quoted words before:
  // "Taxes are “too high” and “unfair,” Lee said")
  if (qi < 4 || !(s[qi - 1]!.text === ',' || /^(and|but)$/.test(s[qi - 1]!.lower))) return;
  const before = s.slice(0, qi - 1);
  if (before.some((t, i) => (t.type !== 'quote' && /^[.;:!?()]$/.test(t.text)) || (t.type !== 'quote' && !!cueAt(s, i)))) return;
  // (quoted words count with the writer's: "Taxes are “too high” and “unfair,” Lee said")
  const unquoted = before.filter((t) => t.type === 'word').length;
  if (unquoted < 2 || unquoted + before.reduce((n, t) => n + (t.type === 'quote' ? wordCount(t.quote!.text) : 0), 0) < 3) return;
  // "Asked about X, “Q,” he said" / "Speaking at the rally, …": the writer's frame, not the speaker's words
  if (/^(asked|pressed|told|questioned|but|and|so|yet)$/.test(before[0]!.lower) || /ing$/.test(before[0]!.lower)) return;
  const p = ctx.paragraph;
  const q = s[qi]!;
  const start = before[0]!.start;
  c.kind = 'partial';
  c.quoted = [...before.filter((t) => t.type === 'quote').map((t) => t.quote!.text), q.quote!.text];
  c.text = p.text.slice(start - p.start, q.end - p.start);
  c.spans = [[start, q.end]];
  c.start = start;
}

/**
 * “Q1,” said X, who …, “Q2.”: the statement of this sentence whose quotation ended open (in a
 * comma or dash) before its attribution, when only that attribution (no other quotation or cue,
 * no sentence or clause break) stands between it and the quotation at `qi`, which follows a comma.
 */
function splitQuotationBefore(ctx: SentenceCtx, out: Candidate[], qi: number): Candidate | null {
  const s = ctx.tokens;
  if (qi < 3 || s[qi - 1]!.text !== ',') return null;
  const earlier = out[out.length - 1];
  if (!earlier || !earlier.cueAfter || earlier.seq !== ctx.seq || !/[,—–-]$/.test(earlier.text)) return null;
  const from = s.findIndex((t) => t.type === 'quote' && t.quote!.end === earlier.spans[earlier.spans.length - 1]![1]);
  if (from < 0) return null;
  const between = s.slice(from + 1, qi - 1);
  if (between.some((t) => t.type === 'quote' || /^[.;:!?()]$/.test(t.text))) return null;
  // “Q1,” X said, adding, “Q2.”: a second cue makes the second quotation a statement of its own
  if (between.some((t, i) => t.start !== earlier.cue?.start && !!cueAt(s, from + 1 + i))) return null;
  return earlier;
}

/**
 * “X called the plan a ‘sham’”, “X described her plan as ‘a fantasy’”: the index of a naming verb
 * whose object stands between it and the quotation at `qi` (one to eight words, no clause break), or -1.
 */
function namingVerbBefore(s: Token[], qi: number): number {
  for (let c = qi - 2; c >= Math.max(0, qi - 9); c--) {
    const t = s[c]!;
    if (t.type !== 'word') return -1;
    if (/^(said|says|told|who|which|and|but)$/.test(t.lower)) return -1;
    const cue = cueAt(s, c);
    if (cue && NAMING_VERBS.has(cue.lemma)) return c;
  }
  return -1;
}

/**
 * “Q” …, endorsed Sen. Ann Lee, urging … / “Q,” stars an actor who promises …: words after a
 * quotation that open with a verb and its object are the writer's clause, not a speaker.
 */
function verbBeforeObject(np: Token[]): boolean {
  const [v, o] = np.filter((t) => t.type === 'word');
  if (!v || !o || !/^[a-z]{3,}(ed|[^s]s)$/.test(v.text) || /^(this|these|those|always|perhaps|sometimes|various|numerous|famous|anonymous|previous|serious|nervous|jealous|generous|furious)$/.test(v.text) || /^(retired|former|decorated|celebrated|acclaimed|embattled|disgraced|elected|appointed|indicted|others|officials|aides|voters|analysts|experts|critics|supporters|sources)$/.test(v.text)) return false;
  return /^(a|an|the|his|her|their|its|our)$/.test(o.lower) || /^\p{Lu}/u.test(o.text);
}

/** The subject opening a sentence (`openingSubject`), when it names someone: a name, a pronoun, an organisation or a role. */
function openingSpeaker(s: Token[]): Mention | null {
  const subj = openingSubject(s);
  const m = subj ? parseMention(s.slice(subj[0], subj[1])) : null;
  return m && ['name', 'pronoun', 'org', 'role'].includes(m.kind) ? m : null;
}

/** "said Ann Lee, an aide who worked for the mayor": the speaker's mention ends before a relative pronoun. */
function withoutRelative(np: Token[]): Token[] {
  const rel = np.findIndex((t, i) => i > 0 && /^(who|whose|whom)$/.test(t.lower));
  if (rel < 0) return np;
  let e = rel;
  while (e > 0 && np[e - 1]!.type === 'punct') e--;
  return e > 0 ? np.slice(0, e) : np;
}

/**
 * X said, “We’ll see,” when asked …  /  X declared “What a night!” and left: the quotation closes
 * its own words (in a comma, ! or ?) and a subordinate or coordinated clause of the writer follows.
 */
function closedBeforeNextClause(quoted: string, after: Token[]): boolean {
  const next = after[0]?.text === ',' ? after[1] : after[0];
  if (!next || next.type !== 'word') return false;
  const closed = /[,!?]$/.test(quoted) || after[0]?.text === ',';
  return closed && /^(when|as|and|but|who|which|before|after|while|because|since|though|although)$/.test(next.lower);
}

/** X joked, “Q,” drawing jeers: after a quotation set off by a comma or colon, a participle after its comma opens an adjunct. */
function participleAfter(s: Token[], qi: number): boolean {
  const q = s[qi]!;
  const next = s[qi + 1]?.text === ',' ? s[qi + 2] : s[qi + 1];
  const closed = /,$/.test(q.quote!.text) || s[qi + 1]?.text === ',';
  return closed && /^[,:]$/.test(s[qi - 1]?.text ?? '') && !!next && /^[a-z]{2,}ing$/.test(next.text) && next.lower !== 'according';
}

/** Nouns naming words someone uses: "the phrase", "a new slogan". */
const PHRASE_NOUNS = new Set(['word', 'words', 'phrase', 'term', 'slogan', 'expression', 'motto', 'catchphrase']);
/** Verbs of using, coining or running on words ("used the phrase “Q”", "ran on the slogan “Q”"). */
const PHRASE_VERBS = /^(use|used|uses|coin|coined|coins|utter|uttered|utters|invoke|invoked|invokes|adopt|adopted|adopts|repeat|repeated|repeats|embrace|embraced|embraces|borrow|borrowed|borrows)$/;

/**
 * Lee used the words, “Not yet,” …/ Lee has coined a new phrase, “ferry first” / Lee ran on the slogan
 * “Go Lee”: the subject of a verb of using words speaks the quoted words, wherever the clause goes on.
 */
function phraseUsed(ctx: SentenceCtx, qi: number): Candidate | null {
  const s = ctx.tokens;
  let n = qi - 1;
  if (/^[,:]$/.test(s[n]?.text ?? '')) n--;
  if (!PHRASE_NOUNS.has(s[n]?.lower ?? '')) return null;
  let d = n - 1;
  if (/^(new|same|famous|exact|very|old|now-famous)$/.test(s[d]?.lower ?? '')) d--;
  if (!/^(the|a|an|his|her|their|its|this|that)$/.test(s[d]?.lower ?? '')) return null;
  let v = d - 1;
  // ("ran on the slogan", "campaigned on the phrase")
  const on = s[v]?.lower === 'on' && /^(ran|run|runs|campaigned|campaigns)$/.test(s[v - 1]?.lower ?? '');
  if (on) v--;
  if (!on && !PHRASE_VERBS.test(s[v]?.lower ?? '')) return null;
  // ("his refusal to use the words": an infinitive reports no use)
  if (/^(to|not)$/.test(s[v - 1]?.lower ?? '')) return null;
  let b = v;
  while (b > 0 && /^(has|have|had|all|also|often|repeatedly|frequently|since|both|even|once)$/.test(s[b - 1]!.lower)) b--;
  const np = npBefore(s, b);
  if (!np) return null;
  const mention = s.slice(np[0], np[1]);
  const m = parseMention(mention);
  if (!m || m.kind === 'anonymous') return null;
  return directCandidate(ctx, s[qi]!, s.slice(v, n + 1), mention, {});
}

/**
 * "drawing loud jeers and “Q” chants", "amid “Q” cries": words a crowd chants or cries, named by the noun of the chant
 * right after the quotation that ends the sentence (the candidate has no mention of its own).
 */
function crowdCry(ctx: SentenceCtx, qi: number): Candidate | null {
  const s = ctx.tokens;
  const end = s.slice(qi + 2).every((t) => t.type === 'punct' && /^[.!?]$/.test(t.text));
  if (end && s[qi + 1]?.type === 'word' && /^(chants?|cries|shouts)$/.test(s[qi + 1]!.lower)) return directCandidate(ctx, s[qi]!, [s[qi + 1]!], null, {});
  return null;
}

/** Adverbs in -ly that are adjectives or nouns, not a manner of speaking. */
const NOT_MANNER = /^(only|early|daily|weekly|monthly|yearly|family|rally|ally|italy|july|reply|supply|apply|likely|holy|ugly|friendly|lonely|elderly|costly|deadly|lovely|silly|bully|fly|assembly|anomaly|monopoly|jelly|belly|hilly|curly)$/;

/**
 * "replied calmly, “Q”", "concluded so warmly and briefly, “Q”", "said quietly on Monday, “Q”": manner
 * adverbs in -ly (joined by "and", raised by "so" or "very") right after the cue, then an adjunct run or nothing.
 */
function mannerRun(toks: Token[]): boolean {
  let i = 0;
  let adverb = false;
  while (i < toks.length && toks[i]!.type === 'word') {
    const w = toks[i]!.lower;
    if (/^[a-z]{3,}ly$/.test(w) && !NOT_MANNER.test(w)) adverb = true;
    else if (!/^(so|very|and|quite|rather)$/.test(w)) break;
    i++;
  }
  return adverb && /ly$/.test(toks[i - 1]!.lower) && isAdjunctRun(toks.slice(i));
}

/**
 * Ortiz snapped, “Go home.” / She shot back: “No.”: a named or pronoun subject opening the sentence and
 * a past-tense verb (with "back" or another particle) right before the comma or colon attribute the
 * quotation that ends the sentence, even when the verb is not a reporting verb of the lexicon.
 */
function mannerBefore(ctx: SentenceCtx, qi: number): Candidate | null {
  const s = ctx.tokens;
  if (!/^[,:]$/.test(s[qi - 1]?.text ?? '')) return null;
  let v = qi - 2;
  const particle = s[v]?.type === 'word' && /^(back|in|up|out|off)$/.test(s[v]!.lower);
  if (particle) v--;
  const verb = s[v];
  if (!verb || verb.type !== 'word' || !(/^[a-z]{3,}ed$/.test(verb.text) || (particle && /^(shot|hit|struck|wrote|writes|fires|hits|shoots)$/.test(verb.text)))) return null;
  const np = s.slice(0, v);
  if (!np.length || np.length > 5 || !np.every((t) => t.type === 'word')) return null;
  const m = parseMention(np);
  if (!m || (m.kind !== 'name' && m.kind !== 'pronoun')) return null;
  return directCandidate(ctx, s[qi]!, s.slice(v, qi - 1), np, {});
}

/**
 * “Go home,” Ortiz snapped. / “No,” she shot back and left. / “Why?” reacted Ortiz.: after a quotation that ends open, a
 * name or a subject pronoun and a past-tense verb that close the sentence (or go on with "and …")
 * attribute the quotation even when the verb is not a reporting verb of the lexicon.
 */
function mannerAttribution(ctx: SentenceCtx, qi: number, j: number): Candidate | null {
  const s = ctx.tokens;
  // inverted: “Q?” reacted Ortiz.
  if (s[j]?.type === 'word' && /^[a-z]{3,}ed$/.test(s[j]!.text)) {
    let n = j + 1;
    while (n < s.length && n < j + 5 && s[n]!.type === 'word' && /^\p{Lu}/u.test(s[n]!.text)) n++;
    const m = n > j + 1 && (!s[n] || /^[.!?]$/.test(s[n]!.text) || placeOrApposition(s, n)) ? parseMention(s.slice(j + 1, n)) : null;
    return m && m.kind === 'name' ? directCandidate(ctx, s[qi]!, [s[j]!], s.slice(j + 1, n), { cueAfter: true }) : null;
  }
  let v = j;
  while (v < s.length && v < j + 4 && s[v]!.type === 'word' && /^\p{Lu}/u.test(s[v]!.text)) v++;
  if (v === j && /^(he|she|they)$/.test(s[j]?.lower ?? '')) v = j + 1;
  const verb = s[v];
  // "shot back", "hit back": an irregular past with its particle
  const irregular = !!verb && /^(shot|hit|struck)$/.test(verb.text) && s[v + 1]?.lower === 'back';
  if (v === j || !verb || verb.type !== 'word' || (!/^[a-z]+ed$/.test(verb.text) && !irregular)) return null;
  let e = v + 1;
  if (s[e]?.type === 'word' && /^(back|in|up|out|off)$/.test(s[e]!.lower)) e++;
  const next = s[e];
  const rest = s.slice(e).filter((t, i, a) => !(t.type === 'punct' && i === a.length - 1));
  if (next && !/^[.!?]$/.test(next.text) && next.lower !== 'and' && !(rest.length <= 6 && isAdjunctRun(rest))) return null;
  const np = s.slice(j, v);
  const m = parseMention(np);
  if (!m || (m.kind !== 'name' && m.kind !== 'pronoun')) return null;
  return directCandidate(ctx, s[qi]!, s.slice(v, e), np, { cueAfter: true });
}

/**
 * “Q!” beamed Tom Lee of Dayton, Ohio. / … beamed Tom Lee, a delegate.: after an inverted name,
 * a place ("of" and capitalised words) or a comma and an apposition run to the end of the sentence.
 */
function placeOrApposition(s: Token[], n: number): boolean {
  const rest = s.slice(n).filter((t, i, a) => !(t.type === 'punct' && i === a.length - 1));
  if (s[n]?.text === ',') return rest.length >= 2 && rest.length <= 10 && !rest.some((t) => t.type === 'quote' || /^[;:!?]$/.test(t.text));
  return s[n]?.lower === 'of' && rest.length <= 6 && rest.slice(1).every((t) => t.text === ',' || (t.type === 'word' && /^\p{Lu}/u.test(t.text)));
}

/**
 * “Q1,” X said. But “Q2 …” / … X said. The mayor “misread the room,” and …: a sentence with no cue of its
 * own, mostly quoted words, opening with its quotation or close to it, after a statement in the same
 * paragraph: a continuation of that statement (dropped when there is none to continue).
 */
function quotedContinuation(ctx: SentenceCtx): Candidate | null {
  const s = ctx.tokens;
  if (ctx.index === 0) return null;
  const qi = s.findIndex((t) => t.type === 'quote');
  if (qi < 0 || qi > 3 || s.some((_, i) => !!cueAt(s, i))) return null;
  if (s.length === 2 && s[1]!.type === 'punct' && qi === 0) return null;
  const quoted = s.filter((t) => t.type === 'quote').reduce((n, t) => n + wordCount(t.quote!.text), 0);
  const plain = s.filter((t) => t.type === 'word').length;
  if (quoted < 3 || quoted < plain) return null;
  const first = s[0]!;
  let last = s.length - 1;
  while (last > 0 && s[last]!.type === 'punct') last--;
  const p = ctx.paragraph;
  const start = first.type === 'quote' ? first.quote!.start : first.start;
  const lastTok = s[last]!;
  const end = lastTok.type === 'quote' && s.length === 1 ? lastTok.quote!.end : lastTok.end;
  const text = p.text.slice(start - p.start, end - p.start);
  return {
    kind: 'partial', paragraph: p.index, seq: ctx.seq, text, spans: [[start, end]], start,
    quoted: s.filter((t) => t.type === 'quote').map((t) => t.quote!.text),
    cue: null, mention: null, inherit: 'previous', floating: true, continuationOnly: true,
  };
}

/** "Name: ‘Quoted Words’ And More Words" (a headline): the claim after the colon, with its quoted words, is a partial quotation. */
function colonClaim(ctx: SentenceCtx, qi: number, np: Token[]): Candidate {
  const s = ctx.tokens;
  const p = ctx.paragraph;
  let last = s.length - 1;
  while (last > qi && s[last]!.type === 'punct') last--;
  const start = s[qi]!.start;
  const end = s[last]!.end;
  return {
    kind: 'partial', paragraph: p.index, seq: ctx.seq, text: p.text.slice(start - p.start, end - p.start), spans: [[start, end]], start,
    quoted: findQuotesIn(ctx, start, end), cue: cueOf(s[qi - 1]!), mention: parseMention(np),
  };
}

/** "As X put it, “Q”" / "As X puts it: “Q”": the quotation is X's words. */
function asXPutIt(ctx: SentenceCtx, qi: number): Candidate | null {
  const s = ctx.tokens;
  if (qi < 5 || !/^[,:]$/.test(s[qi - 1]!.text) || s[qi - 2]!.lower !== 'it' || !/^(put|puts)$/.test(s[qi - 3]!.lower)) return null;
  let a = qi - 4;
  while (a >= 0 && s[a]!.lower !== 'as' && s[a]!.type === 'word') a--;
  if (a < 0 || s[a]!.lower !== 'as' || a === qi - 4) return null;
  const np = s.slice(a + 1, qi - 3);
  const m = parseMention(np);
  return m && m.kind !== 'anonymous' ? directCandidate(ctx, s[qi]!, s.slice(qi - 3, qi - 1), np, {}) : null;
}

/**
 * "Said Lee, who coached the team, “Q.”" / "Added the mayor: “Q”": a sentence opening with its
 * reporting verb, the speaker after it (perhaps with an apposition), and the quotation closing it.
 */
function openingCue(ctx: SentenceCtx, qi: number): Candidate | null {
  const s = ctx.tokens;
  const verb = s[0]!;
  const info = verb.type === 'word' && /^\p{Lu}\p{Ll}+$/u.test(verb.text) ? cueInfo(verb.lower) : undefined;
  if (!info || info.strength !== 'speech' || (info.form !== 'past' && info.form !== 'third')) return null;
  if (qi < 3 || !/^[,:]$/.test(s[qi - 1]!.text) || !s.slice(qi + 1).every((t) => t.type === 'punct')) return null;
  let e = 1;
  while (e < qi - 1 && s[e]!.type === 'word') e++;
  const between = s.slice(e, qi - 1);
  if (between.some((t) => t.type === 'quote' || /^[.;!?]$/.test(t.text))) return null;
  const m = parseMention(s.slice(1, e));
  if (!m || !['name', 'pronoun', 'role', 'org'].includes(m.kind)) return null;
  return directCandidate(ctx, s[qi]!, [verb], s.slice(1, e), {});
}

/**
 * Verbs after which "to" + a reporting verb reports the subject's own words: "proceeded to say",
 * "took to Twitter to write". ("went on to say" and "was quick to add" are read by `cueAt`, see `goOnTo`.)
 */
const CATENATIVE = /^(proceeded|continued|hastened|rushed|went|paused|stopped|took|takes|turned)$/;

/**
 * "X proceeded to say, “Q”" / "X took to Twitter to write: “Q”": a reporting verb in the
 * infinitive after a verb of going on; the subject of the sentence speaks.
 */
function infinitiveReport(s: Token[], c: number): CueAt | null {
  const t = s[c]!;
  const info = t.type === 'word' && /^[a-z]+$/.test(t.text) ? cueInfo(t.lower) : undefined;
  if (!info || info.form !== 'base' || info.strength !== 'speech' || s[c - 1]?.lower !== 'to') return null;
  // "took to Twitter to say": the place of the act stands between the verb and the infinitive
  let v = c - 2;
  if (s[v]?.type === 'word' && /^\p{Lu}/u.test(s[v]!.text) && s[v - 1]?.lower === 'to' && /^(took|takes|turned)$/.test(s[v - 2]?.lower ?? '')) v -= 2;
  const w = s[v]?.lower ?? '';
  if (!CATENATIVE.test(w)) return null;
  if (/^(took|takes|turned|went)$/.test(w) && v === c - 2) return null;
  return { ...info, index: c, length: 1 };
}

/**
 * "POLLS MISSED THE LATE SHIFT - Ann Lee and Tom Park: “Q”": in a digest, a heading in capitals, a
 * dash, the author's name and a colon before the quoted excerpt; the name speaks.
 */
function headingDashName(ctx: SentenceCtx, qi: number): Candidate | null {
  const s = ctx.tokens;
  let d = qi - 2;
  while (d >= 0 && s[d]!.type === 'word') d--;
  if (d < 1 || !/^([-―—–]|--)$/.test(s[d]!.text) || qi - 1 - (d + 1) > 7 || qi - 1 === d + 1) return null;
  const heading = s.slice(0, d).filter((t) => t.type === 'word');
  if (!heading.length || heading.some((t) => /\p{Ll}/u.test(t.text))) return null;
  const np = s.slice(d + 1, qi - 1);
  const m = parseMention(np);
  return m && (m.kind === 'name' || m.kind === 'org') ? directCandidate(ctx, s[qi]!, [s[qi - 1]!], np, {}) : null;
}

/**
 * “Q.”¶— Lena Ortiz, on Twitter.: a paragraph that is one quotation, signed in the next paragraph
 * with a dash and a name (perhaps with a comma and a note): the dash and the name's tokens, or null.
 */
function signatureAfter(ctx: SentenceCtx): Token[] | null {
  const next = ctx.next;
  if (!next || next.paragraph.index !== ctx.paragraph.index + 1 || next.index !== 0 || ctx.tokens[ctx.tokens.length - 1]!.end < ctx.paragraph.end - 2) return null;
  const s = next.tokens;
  if (!/^([-―—–]|--)$/.test(s[0]?.text ?? '') || next.next?.paragraph.index === next.paragraph.index) return null;
  let e = 1;
  while (e < s.length && e < 7 && s[e]!.type === 'word' && (/^\p{Lu}/u.test(s[e]!.text) || NAME_LINK.has(s[e]!.lower))) e++;
  if (e === 1 || (s[e] && !/^[.,]$/.test(s[e]!.text))) return null;
  const m = parseMention(s.slice(1, e));
  return m && (m.kind === 'name' || m.kind === 'role') ? s.slice(0, e) : null;
}

/** "on the radio the race": a determiner opening a new noun phrase after an adjunct's object (the subject of a reported clause). */
function subjectAfterAdjunct(between: Token[]): boolean {
  return between.some((t, i) => i > 1 && /^(the|a|an|his|her|their|its|this|these|those)$/.test(t.lower) && between[i - 1]!.type === 'word' && !PREPOSITIONS.has(between[i - 1]!.lower) && !/^(the|a|an|of|and|or)$/.test(between[i - 1]!.lower));
}

/**
 * "said, “Q” about her record", "said, “Q” for second place": after a quotation that opens right
 * after its cue's comma, a phrase opening with a preposition of what the words are about or
 * against (not of time or place; no verb, no clause) that goes on
 * to the end of the sentence or its next mark; the end of that phrase (exclusive), or -1.
 */
function quotedTail(s: Token[], qi: number): number {
  const words = s[qi]!.quote!.text.split(/\s+/);
  // (not quoted words closed by their own comma, nor a title: "his book, “Lost Harbor,” with …")
  if (/[,;:]$/.test(s[qi]!.quote!.text) || words.length < 3 || words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(a|an|the|of|and|in|on|for|to|at)$/.test(w))) return -1;
  const first = s[qi + 1];
  // (not a phrase of time or place, the writer's: "on Monday", "in an interview", "at the rally")
  if (!first || first.type !== 'word' || !/^(about|for|between|despite|against|over|with|of|toward|towards|among)$/.test(first.text)) return -1;
  let e = qi + 2;
  while (e < s.length && s[e]!.type === 'word' && e < qi + 14) {
    const t = s[e]!;
    if (cueAt(s, e) || /^(is|are|was|were|has|have|had|will|would|can|could|should|said|says|that|which|who)$/.test(t.lower) || PRONOUN_SUBJECTS.test(t.lower)) return -1;
    e++;
  }
  if (e >= qi + 14 || (e < s.length && s[e]!.type === 'quote')) return -1;
  return e;
}

function findQuotesIn(ctx: SentenceCtx, start: number, end: number): string[] {
  return ctx.tokens.filter((t) => t.type === 'quote' && t.start >= start && t.end <= end).map((t) => t.quote!.text);
}

export function findDirect(ctx: SentenceCtx): Candidate[] {
  const s = ctx.tokens;
  const out: Candidate[] = [];
  const line = colonLine(ctx);
  if (line) return [line];
  for (let qi = 0; qi < s.length; qi++) {
    const q = s[qi]!;
    if (q.type !== 'quote') continue;
    const quote = q.quote!;
    const words = wordCount(quote.text);
    // 1. cue after the quotation: “Q,” X said / “Q,” said X
    let j = qi + 1;
    while (j < s.length && (s[j]!.text === ',' || s[j]!.text === '—' || s[j]!.text === '–')) j++;
    let found: Candidate | null = null;
    const openEnd = ENDS_OPEN.test(quote.text) || s[qi + 1]?.text === ',' || s[qi + 1]?.text === '—';
    // the quotation must open its clause: “Q,” X said (not: … currently “Q”, X reported)
    const prevTok = s[qi - 1];
    const opensClause = !prevTok || /^[,:;—–(]$/.test(prevTok.text) || ['and', 'but'].includes(prevTok.lower) || prevTok.type === 'quote';
    if ((openEnd || j === qi + 1) && opensClause) {
      for (let c = j; c < Math.min(s.length, j + 26); c++) {
        const t = s[c]!;
        if (t.type === 'quote' || /^[.;:!?]$/.test(t.text)) break;
        const cue = cueAt(s, c);
        if (!cue || cue.lemma === 'according to') continue;
        if (c === j) {
          const np = npAfter(s, c + cue.length);
          if (np) found = directCandidate(ctx, q, s.slice(c, c + cue.length), withoutRelative(s.slice(np[0], np[1])), { cueAfter: true });
        } else {
          const np = s.slice(j, c).filter((t) => !(t.type === 'word' && /^(also|then|later|again|once|further|simply|just|quickly|has|had|have|would|will|recently|previously|repeatedly|reportedly)$/.test(t.lower)));
          const m = np.length <= 24 && np.every((t) => t.type !== 'quote') ? parseMention(np) : null;
          // not a speaker when it starts like a clause or a phrase ("against what …", "and encouraged …")
          const lowerStart = /^(against|for|as|and|or|but|that|which|who|with|in|on|at|by|from|of|to|after|before|because|while|when|if|about|over|into|like|than|so|then|what|how|why|where|until|unless|since|although|though|once|whether)$/.test(np[0]?.lower ?? "");
          if (m && !lowerStart && !verbBeforeObject(np) && (openEnd || m.kind === 'name' || m.kind === 'pronoun')) {
            found = directCandidate(ctx, q, s.slice(c, c + cue.length), np, { cueAfter: true });
          }
        }
        break;
      }
    }
    // 1z. As X put it, “Q”
    if (!found) found = asXPutIt(ctx, qi);
    // 1y. Said X, “Q”
    if (!found) found = openingCue(ctx, qi);
    // 1a. “Q,” Name barked.  (a verb of manner the lexicon does not list, right after an open quotation)
    if (!found && openEnd && opensClause) found = mannerAttribution(ctx, qi, j);
    // 1b. “Q” ― Name (a byline-style attribution after a dash)
    if (!found && /^[―—–-]$/.test(s[qi + 1]?.text ?? '')) {
      const rest = s.slice(qi + 2).filter((t, i, a) => !(t.type === 'punct' && i === a.length - 1));
      if (rest.length && rest.length <= 6 && rest.every((t) => t.type === 'word' && (/^\p{Lu}/u.test(t.text) || NAME_LINK.has(t.lower)))) {
        found = directCandidate(ctx, q, [s[qi + 1]!], rest, {});
      }
    }
    // 1c. a transcript line inside a quotation: "NAME: words
    if (!found && qi === 0) {
      const m = /^([A-Z][A-Za-z.'’-]+(?: [A-Z][A-Za-z.'’-]+){0,2}):\s+/.exec(quote.text);
      if (m && !LABELS.has(m[1]!.toLowerCase()) && wordCount(quote.text) > m[1]!.split(' ').length + 2) {
        const start = quote.start + m[0].length;
        const c = directCandidate(ctx, q, null, null, {});
        c.text = quote.text.slice(m[0].length);
        c.spans = [[start, quote.end]];
        c.start = start;
        c.cue = { text: ':', start: quote.start + m[1]!.length, end: quote.start + m[1]!.length + 1 };
        const name = m[1]!;
        c.mention = { text: name, start: quote.start, end: quote.start + name.length, kind: 'name', name, role: null, head: null, definite: true, plural: false, modifiers: [] };
        found = c;
      }
    }
    // 1d. “Q1,” said X, a long apposition …, “Q2.” — the second part of a quotation split around its attribution
    if (!found) {
      const earlier = splitQuotationBefore(ctx, out, qi);
      if (earlier) {
        earlier.spans.push([quote.start, quote.end]);
        earlier.text = `${earlier.text} … ${quote.text}`;
        continue;
      }
    }
    // "“Q” chants": a crowd's words, named by its chant (no speaker of its own)
    if (!found) found = crowdCry(ctx, qi);
    // Lee used the words, “Q” (the quoted words are the object of a verb of using words)
    if (!found && qi > 1) found = phraseUsed(ctx, qi);
    // “X called the plan on Monday a ‘sham’”: the quotation completes a naming verb's object (a partial, found with reported speech)
    if (!found && namingVerbBefore(s, qi) >= 0) continue;
    // 2. cue before the quotation: X said: “Q” / X said, “Q” / X told Y: “Q”
    if (!found && qi > 0) {
      let k = qi - 1;
      const colon = s[k]!.text === ':' || /^[―—–]$/.test(s[k]!.text);
      if (s[k]!.text === ':' || s[k]!.text === ',') k--;
      // the quotation must end its clause
      const after = s.slice(qi + 1);
      const afterWords = after.filter((t, i) => !(t.type === 'punct' && i === after.length - 1));
      const endsClause = after.every((t) => t.type === 'punct') || (afterWords.length <= 6 && (isAdjunctRun(afterWords) || timeLimitTail(afterWords)) && afterWords[0]?.text !== ',') || /^([;—–]|--?)$/.test(after[0]?.text ?? '') || (after[0]?.text === ',' && after.length > 1 && ['he', 'she', 'they', 'adding', 'saying', 'but', 'and'].includes(after[1]!.lower)) || closedBeforeNextClause(quote.text, after) || participleAfter(s, qi);
      // X said, “Q” about her record: the quoted words run on into a phrase of the sentence (a partial quotation)
      const tail = /^[,:]$/.test(s[qi - 1]!.text) ? quotedTail(s, qi) : -1;
      for (let c = k; c >= Math.max(0, k - 10) && (endsClause || tail > 0); c--) {
        const t = s[c]!;
        if (t.type === 'quote' || /^[.;!?]$/.test(t.text)) break;
        if (t.lower === 'that' || t.lower === 'if' || t.lower === 'whether') break;
        const cue = cueAt(s, c) ?? infinitiveReport(s, c);
        if (!cue) continue;
        if (cue.lemma === 'according to') break;
        // "… which he called “a disgrace”": the relative pronoun is the object; a partial, found with reported speech
        if (relativeObject(s, c) >= 0) break;
        // "the reality show “Q”", "his remarks “Q”": a noun naming a work or words before its title
        if (c === qi - 1 && (cue.form === 'base' || cue.form === 'third') && TITLE_NOUNS.has(cue.lemma)) break;
        // “Q1,” said X, “Q2.” — the cue of the quotation before
        const earlier = out.find((o) => o.cue && o.cue.start === s[c]!.start && o.seq === ctx.seq);
        if (earlier) {
          earlier.spans.push([quote.start, quote.end]);
          earlier.text = `${earlier.text} … ${quote.text}`;
          found = earlier;
          break;
        }
        const between = s.slice(c + cue.length, k + 1);
        const shortObject = between.length <= 5 && between.every((x) => x.type === 'word' && !['he', 'she', 'they', 'we', 'i', 'it', 'has', 'have', 'is', 'was', 'are', 'were', 'will', 'would'].includes(x.lower));
        // "asked the crowd to “Q”": the quotation continues a clause after the cue's object (a partial, found with reported speech)
        if (between.length && !colon && s[qi - 1]!.type === 'word' && !isAdjunctRun(between)) break;
        // "said on the radio the race “is close”": a subject after the adjunct opens a reported clause (a partial, found with reported speech)
        if (!colon && s[qi - 1]!.type === 'word' && subjectAfterAdjunct(between)) break;
        // "called for a move to a “Q”": a quotation inside the phrase after a determiner or preposition is part of a longer content
        if (between.length > 2 && !colon && /^(a|an|the|to|of|for|on|his|her|their|its|our|this|that)$/.test(s[qi - 1]!.lower)) break;
        // "said Wednesday on MSNBC’s “Morning Joe.”", "told CBS’s “Face the Nation”": a programme's short title after a possessive in the adjunct
        if (between.length >= 2 && !colon && /['’]s$/.test(s[qi - 1]!.text) && between.some((x) => /^(on|to)$/.test(x.lower)) && /^\p{Lu}/u.test(quote.text) && wordCount(quote.text) <= 5) break;
        if (!(between.length === 0 || isAdjunctRun(between) || mannerRun(between) || (ADDRESSEE_VERBS.has(cue.lemma) && between.length <= 8 && between.every((x) => x.type === 'word' || x.text === ',')) || (colon && shortObject))) break;
        // "X went on to say": the sentence's subject speaks, not a noun before "to"
        // (", telling reporters: “Q”": a participle after a comma belongs to the sentence's subject, not to the clause before it)
        // (also after quoted words whose comma sits inside the closing mark: "on the show “Morning Talk,” adding, “Q”")
        const afterComma = s[c - 1]?.text === ',' || (s[c - 1]?.type === 'quote' && /,$/.test(s[c - 1]!.quote!.text));
        let np = (cue.form === 'base' && s[c - 1]?.lower === 'to') || (cue.form === 'ing' && afterComma) ? null : npBefore(s, c);
        // ("marched around the square chanting “Q”": the place is no chanter; the clause's subject is)
        const objectBefore = prepositionObjectBefore(s, np, cue, c);
        if (objectBefore) np = null;
        // "… from Carl Oreby, who said, “Q”": the relative pronoun stands for the name before it
        if (!np && cue.form !== 'ing') {
          const rel = relativeSubjectBefore(s, c, /^who$/);
          const head = rel >= 1 ? npBefore(s, s[rel - 1]!.text === ',' ? rel - 1 : rel) : null;
          if (head) np = namedBeforeApposition(s, head, 0);
        }
        const mention = np ? s.slice(np[0], np[1]) : null;
        if (!mention && cue.form === 'ing' && c > 0 && (afterComma || objectBefore || /^(before|after|while|by|when|without)$/.test(s[c - 1]!.lower))) {
          found = directCandidate(ctx, q, s.slice(c, c + cue.length), null, { inherit: 'main' });
        } else if (mention || cue.form !== 'ing') {
          // "X did A and later said: “Q”": the subject of the first verb speaks
          let b = c - 1;
          while (b > 0 && s[b]!.type === 'word' && (/^(also|then|later|again|once|finally|simply|just|often)$/.test(s[b]!.lower) || /^[a-z]{3,}ly$/.test(s[b]!.text))) b--;
          const coordinated = !mention && b > 0 && /^(and|but)$/.test(s[b]!.lower);
          found = directCandidate(ctx, q, s.slice(c, c + cue.length), mention, coordinated ? { inherit: 'main' } : {});
        }
        break;
      }
      if (found && tail > 0 && found.kind === 'direct' && !out.includes(found)) {
        const end = s[tail - 1]!.end;
        const p = ctx.paragraph;
        found.kind = 'partial';
        found.quoted = [quote.text];
        found.text = p.text.slice(q.start - p.start, end - p.start);
        found.spans = [[q.start, end]];
        found.start = q.start;
      }
      // X verb-ed: “Q” (any verb right before the colon: "echoed:", "tweeted:", "reads:")
      if (!found && s[qi - 1]!.text === ':' && qi >= 3 && endsClause) {
        const v = s[qi - 2]!;
        if (v.type === 'word' && /^[a-z]+$/.test(v.text) && !NOT_NAME_WORDS.has(v.lower) && /(ed|s)$/.test(v.lower)) {
          const np = npBefore(s, qi - 2);
          const mention = np ? s.slice(np[0], np[1]) : null;
          const m = mention ? parseMention(mention) : null;
          if (m && m.kind !== 'anonymous') found = directCandidate(ctx, q, [v], mention, {});
        }
      }
      // Name verb-ed, “Q” / Name shot back, “Q” (a verb of manner the lexicon does not list)
      if (!found && endsClause) found = mannerBefore(ctx, qi);
      // HEADING - X: “Q” (a digest's item: a heading, a dash, the author and a colon)
      if (!found && s[qi - 1]!.text === ':' && endsClause) found = headingDashName(ctx, qi);
      // X did something: “Q” (a clause introducing the quotation with a colon: its subject speaks)
      if (!found && s[qi - 1]!.text === ':' && endsClause && words >= 3) {
        const before = s.slice(0, qi - 1);
        if (before.length >= 3 && before.every((t) => t.type !== 'quote') && before.some((t) => t.type === 'word' && /^[a-z]/.test(t.text)) && !LABELS.has(before[0]!.lower)) {
          found = directCandidate(ctx, q, [s[qi - 1]!], null, { inherit: 'main' });
        }
      }
      // X: “Q” (a name and a colon)
      if (!found && colon && qi >= 2 && qi <= 9) {
        // "X Slams Y: ‘Q’" (a headline): X, the subject of the verb, speaks
        const verb = ctx.paragraph.index === 1 ? s.findIndex((t, i) => i > 0 && i < qi - 2 && cueInfo(t.lower)?.form === 'third') : -1;
        const np = s.slice(0, verb > 0 ? verb : qi - 1);
        if (np.every((t) => t.type === 'word' || t.text === '.' || t.text === ',' || t.text === '-') && /^\p{Lu}/u.test(np[0]!.text) && !LABELS.has(np[0]!.lower) && !dashRubric(np, s[qi - 1]!)) {
          const m = parseMention(np);
          if (m && (m.kind === 'name' || m.kind === 'org')) found = endsClause ? directCandidate(ctx, q, [s[qi - 1]!], np, {}) : colonClaim(ctx, qi, np);
        }
      }
    }
    if (found && out.includes(found)) continue;
    if (found && found.cueAfter && !out.length) leadIn(ctx, qi, found);
    if (found) {
      // “Q1,” X said, “Q2.” — one statement around one cue
      const same = out.find((o) => o.cue && found!.cue && o.cue.start === found!.cue.start && o !== found);
      if (same) {
        same.spans.push(...found.spans);
        same.text = `${same.text} … ${found.text}`;
        continue;
      }
      out.push(found);
      continue;
    }
    // 3. the paragraph before ends with "X said:" and this one opens with the quotation
    if (ctx.index === 0 && qi === 0 && ctx.prev && ctx.prev.paragraph.index === ctx.paragraph.index - 1) {
      const ps = ctx.prev.tokens;
      if (ps[ps.length - 1]?.text === ':') {
        for (let c = ps.length - 2; c >= 0; c--) {
          const cue = cueAt(ps, c);
          if (!cue) continue;
          const np = npBefore(ps, c);
          // "As X observed, the winner was not …:" — a cue further back speaks only with its own subject
          if (c < ps.length - 10 && (!np || cue.strength === 'quoting' || (cue.form !== 'past' && cue.form !== 'third'))) continue;
          // "X confirmed it, reporting:" — a participle's speaker is the subject of its sentence
          const participle = !np && cue.form === 'ing' && ps[c - 1]?.text === ',' ? openingSpeaker(ps) : null;
          const extra: Partial<Candidate> = np ? {} : participle ? { inherit: 'main', fallback: participle } : { inherit: 'previous' };
          out.push(directCandidate(ctx, q, ps.slice(c, c + cue.length), np ? ps.slice(np[0], np[1]) : null, extra));
          found = out[out.length - 1]!;
          break;
        }
        // "The family released the following statement:" / "X echoed:": the subject of that sentence speaks
        if (!found && words >= 3) {
          const subject = openingSpeaker(ps);
          if (subject) {
            found = directCandidate(ctx, q, [ps[ps.length - 1]!], null, { inherit: 'main', fallback: subject });
            out.push(found);
          }
        }
        if (found) continue;
      }
    }
    // 4. floating: the quotation is the sentence
    const others = s.filter((t, i) => i !== qi && t.type !== 'punct');
    if (!others.length && words >= 3) {
      const signed = signatureAfter(ctx);
      out.push(signed ? directCandidate(ctx, q, [signed[0]!], signed.slice(1), {}) : directCandidate(ctx, q, null, null, { floating: true, inherit: 'previous' }));
    }
  }
  if (!out.length) {
    const continuation = quotedContinuation(ctx);
    if (continuation) out.push(continuation);
  }
  return out;
}

/**
 * “Q1,” X said. “Q2.” / X said: “Q1.” “Q2.” — the statement a floating quotation continues: the
 * last direct quotation of the sentence before in the same paragraph (a clause such as ", adding
 * that …" may come after it); a quotation attributed by a cue after it at the end of the paragraph
 * before (“Q1,” X said.¶“Q2.”); or a quotation left open at the end of the paragraph before.
 */
/** “… the plan “will fail,” she said.”: a partial quotation whose words end in quoted words and come before its cue. */
function endsInQuotationBeforeCue(p: Candidate): boolean {
  const lastQuote = p.quoted?.[p.quoted.length - 1];
  const end = p.spans[p.spans.length - 1]![1];
  return p.kind === 'partial' && !!lastQuote && !!p.cue && p.cue.start >= end && p.text.replace(/[”"’'»]+$/u, '').endsWith(lastQuote);
}

/** Join a continuation to the statement it continues (the parts joined with " … "). */
export function joinContinuation(continued: Candidate, c: Candidate) {
  continued.spans.push(...c.spans);
  continued.text = `${continued.text} … ${c.text}`;
  continued.seq = c.seq;
  continued.unclosed = c.unclosed;
  continued.lastParagraph = c.paragraph;
  // X argued that the plan would fail. “Q.”: the reported words and the quotation make a partial quotation
  if (continued.kind === 'indirect' && c.kind === 'direct') {
    continued.kind = 'partial';
    continued.quoted = [c.text];
  }
  if (c.kind === 'partial') {
    if (continued.kind === 'direct') continued.quoted = [continued.text.split(' … ')[0]!];
    continued.kind = 'partial';
    continued.quoted = [...(continued.quoted ?? []), ...(c.quoted ?? [])];
  }
}

export function continuedStatement(before: Candidate[], c: Candidate): Candidate | null {
  const last = before[before.length - 1];
  if (!c.floating || !last || last.seq < c.seq - 2) return null;
  // a quotation left open at the end of its paragraph goes on in the next one
  // (over several paragraphs: “P1¶“P2¶“P3.”)
  if ((last.lastParagraph ?? last.paragraph) === c.paragraph - 1 && last.kind === 'direct' && last.unclosed) return last;
  const nextParagraph = last.paragraph === c.paragraph - 1 && last.seq === c.seq - 1 && !c.unclosed && !c.continuationOnly;
  if (last.paragraph !== c.paragraph && !nextParagraph) return null;
  for (let i = before.length - 1; i >= 0 && before[i]!.seq === last.seq; i--) {
    const p = before[i]!;
    if (nextParagraph ? (p.kind === 'direct' && p.cueAfter) || endsInQuotationBeforeCue(p) : p.kind === 'direct' || endsInQuotationBeforeCue(p)) return p;
  }
  if (!nextParagraph && reportThenQuotation(last, c)) return last;
  return null;
}

/**
 * X argued that the plan would fail. “Q.” / The deal “is dead,” X said. “Q.”: a whole-sentence (or mostly quoted)
 * quotation right after a reported (indirect or partial) statement with a speech cue, in the same
 * paragraph, goes on with the words reported in the sentence before it.
 */
function reportThenQuotation(last: Candidate, c: Candidate): boolean {
  return (c.kind === 'direct' || !!c.continuationOnly) && last.seq === c.seq - 1 && (last.kind === 'indirect' || last.kind === 'partial') && isSpeechCue(last.cue);
}

/** A cue whose verb reports speech ("said", "argues", "wrote"), not a thought, a wish or a question. */
function isSpeechCue(cue: Candidate['cue']): boolean {
  const verb = cue?.text.split(' ')[0]?.toLowerCase();
  return !!verb && cueInfo(verb)?.strength === 'speech';
}
