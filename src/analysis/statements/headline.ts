/**
 * Headlines (paragraph 1) report in the present tense, often in title case and with no "that":
 *   X Says C  /  X Vows To V  /  X Calls For Y  /  X Endorses Y  /  X Slams Y  /  X to endorse Y
 *   Kicker: X urges Y to V  /  X chides Y and praises Z
 * A subject opening the headline (after a kicker and its colon) and a verb of the cue lexicons
 * (speech, judgement, belief, intention, stance) in the third person, in the base form after a
 * plural subject, or after "to" (a headline's future): the rest of the headline is what X said,
 * up to a break ("…; …", "… – …") or a second act of X ("…, Calls Y Z").
 * Used where the rules for running text found nothing in the headline, or in place of theirs when it
 * finds two acts of the subject.
 */
import type { Candidate } from './candidate.ts';
import { ANONYMOUS_HEADS, cueInfo, NOT_NAME_WORDS, ORG_WORDS, ROLE_NOUNS } from './cues.ts';
import type { SentenceCtx } from './index.ts';
import { contentCandidate } from './indirect.ts';
import { npBefore, PREPOSITIONS } from './np.ts';
import { parseMention, type Mention } from './speakers.ts';
import { CHARACTERISING, isStanceVerb } from './stance.ts';
import type { Token } from './tokens.ts';

/** Adverbs a headline puts between its subject and its verb ("X Now Says", "X Just Endorsed"). */
const HEADLINE_ADVERBS = /^(just|now|also|still|again|finally|even|quietly|openly|publicly|reportedly|suddenly|already|never)$/;
/** Prepositions that introduce what a verb of speech or stance is about ("Calls for", "Speaks Out on"): not part of it. */
const INTRODUCING = /^(for|on|at|about|against|of)$/;

type VerbForm = 'third' | 'base';

/**
 * Verbs of the lexicons that report only in a construction of their own ("takes a swipe at", "raises
 * questions about", "sees Y as Z") or as often name an act that is no statement ("takes Ohio", "raises $5M").
 */
const NOT_ALONE = new Set([
  'take', 'raise', 'heap', 'lavish', 'pour', 'draw', 'turn', 'pay', 'devote', 'offer', 'push', 'find', 'campaign', 'rule', 'charge', 'answer', 'know', 'issue', 'read', 'post',
  'show', 'continue', 'project', 'mean', 'bet', 'sing', 'cry', 'decide', 'learn', 'hear', 'reason', 'calculate',
  'determine', 'prove', 'demonstrate', 'understand', 'feel', 'realize', 'realise', 'recognize', 'recognise', 'imagine',
  'guess', 'express', 'voice', 'point', 'focus', 'talk', 'speak', 'lash', 'see', 'view', 'regard', 'consider',
  'refer', 'echo', 'reference', 'invite', 'persuade', 'convince', 'compare', 'liken', 'ensure', 'guarantee', 'state',
  // verbs of characterising report only with "as" ("casts the mayor as a crook"), which a headline rarely has
  ...CHARACTERISING,
]);

/** The form of a reporting or stance verb at token i, when it can be the finite verb of a headline. */
function verbForm(t: Token): VerbForm | null {
  if (t.type !== 'word' || !/^\p{L}+$/u.test(t.text)) return null;
  const info = cueInfo(t.lower);
  if (info) return (info.form === 'third' || info.form === 'base') && !NOT_ALONE.has(info.lemma) ? info.form : null;
  if (!isStanceVerb(t.lower) || /(ed|ing)$/.test(t.lower) || NOT_ALONE.has(t.lower)) return null;
  const form: VerbForm = /s$/.test(t.lower) ? 'third' : 'base';
  return NOT_ALONE.has(form === 'third' ? t.lower.replace(/e?s$/, '') : t.lower) || NOT_ALONE.has(t.lower.replace(/s$/, '')) ? null : form;
}

/** A mention that can hold a statement: a person, an organisation, a role, a group of people. */
function canSpeak(m: Mention): boolean {
  if (m.kind === 'name' || m.kind === 'org' || m.kind === 'role') return true;
  const head = m.head ?? '';
  return m.kind === 'anonymous' && (ROLE_NOUNS.has(head) || ANONYMOUS_HEADS.has(head) || ORG_WORDS.has(head));
}

/** Is the subject plural, so that a base form is its finite verb ("Democrats blast …", "Lee and Park back …")? */
function pluralSubject(np: Token[], m: Mention): boolean {
  return np.some((t) => t.lower === 'and' || t.text === ',') || (m.kind !== 'name' && (m.plural || /[a-z]s$/.test(np[np.length - 1]!.text)));
}

/** Where the content starting at `from` ends: a break (";", ":", a dash) or a second act of the subject. */
function headlineContentEnd(s: Token[], from: number): number {
  for (let i = from; i < s.length; i++) {
    const t = s[i]!;
    if (/^[;:?!—–-]$/.test(t.text) || t.text === '|') return i;
    // "X Chides Y And Praises Z", "X Says C, Calls Y Z": a second verb of the subject
    if (i > from && (t.text === ',' || /^(and|but)$/.test(t.lower)) && s[i + 1] && verbForm(s[i + 1]!) === 'third') return i;
  }
  return s.length;
}

/** Adjectives that take an infinitive and open a headline with no subject of their own ("Ready to back …", "Eager to win …"). */
const FRONTED_ADJECTIVES = /^(ready|eager|keen|poised|set|willing|unwilling|determined|anxious|desperate|quick|happy|reluctant|loath|unable|able|prepared|free|hoping|looking|seeking|vowing|aiming)$/;

/** "Ready To Back Lee, Roe Works To Unite Party": the content runs from after the verb to the comma, the subject is the one after it. */
function frontedAdjective(ctx: SentenceCtx, v: number): Candidate[] {
  const s = ctx.tokens;
  const verb = s[v];
  if (!verb || !verbForm(verb)) return [];
  const comma = s.findIndex((t, i) => i > v && t.text === ',');
  if (comma < 0) return [];
  let e = comma + 1;
  // (up to its verb: "Roe Works", "Roe To Meet")
  while (e < s.length && s[e]!.type === 'word' && !verbForm(s[e]!) && s[e]!.lower !== 'to' && !(e > comma + 1 && /^[a-z]+s$/.test(s[e]!.lower) && !/ss$/.test(s[e]!.lower))) e++;
  const subject = s.slice(comma + 1, e);
  const m = subject.length ? parseMention(subject) : null;
  if (!m || !canSpeak(m)) return [];
  const cand = contentCandidate(ctx, s.slice(v + 1, comma), [s[v - 1]!, verb], subject, {}, 1);
  return cand ? [cand] : [];
}

/** The statements of a headline read as "Subject Verb-s Content" (see the module comment). */
export function findHeadline(ctx: SentenceCtx): Candidate[] {
  if (ctx.paragraph.index !== 1 || ctx.index !== 0) return [];
  const s = ctx.tokens;
  // a kicker and its colon ("The Latest: …", "Breaking: …") open no subject
  const colon = s.findIndex((t) => t.text === ':');
  const from = colon > 0 && colon <= 4 ? colon + 1 : 0;
  const first = s[from];
  if (!first || first.type !== 'word' || !/^[\p{Lu}\p{N}]/u.test(first.text) || NOT_NAME_WORDS.has(first.lower)) return [];
  // "Ready To Back Lee, Roe Works …": an adjective and its infinitive, fronted; the subject follows the comma
  if (FRONTED_ADJECTIVES.test(first.lower) && s[from + 1]?.lower === 'to') return frontedAdjective(ctx, from + 2);
  for (let v = from + 1; v < Math.min(s.length, from + 9); v++) {
    const t = s[v]!;
    if (t.type !== 'word') return [];
    const form = verbForm(t);
    if (!form) continue;
    const future = s[v - 1]!.lower === 'to' && form === 'base';
    let e = future ? v - 1 : v;
    while (e > from + 1 && HEADLINE_ADVERBS.test(s[e - 1]!.lower)) e--;
    // "Got More Votes", "The Most Calls": a quantity before the word makes it a noun
    if (/^(more|most|less|fewer|many|few|no|the|a|an|his|her|their|its)$/.test(s[e - 1]!.lower)) continue;
    const np = npBefore(s, e, from);
    if (!np || np[0] !== from || np[1] !== e) continue;
    const subject = s.slice(np[0], np[1]);
    // "Clinton sharpens focus …": a verb inside the subject; "Voters in nine states …": a phrase, the verb is further on
    if (subject.slice(0, -1).some((x) => /^[a-z]+s$/.test(x.text) && !/ss$/.test(x.text)) || subject.some((x) => PREPOSITIONS.has(x.text))) continue;
    const m = parseMention(subject);
    if (!m || !canSpeak(m)) continue;
    if (form === 'base' && !future && !pluralSubject(subject, m)) continue;
    const out: Candidate[] = [];
    let k = v + 1;
    for (;;) {
      if (s[k] && INTRODUCING.test(s[k]!.lower) && s[k + 1]?.type !== 'punct') k++;
      const end = headlineContentEnd(s, k);
      const cand = contentCandidate(ctx, s.slice(k, end), [s[v]!], subject, {}, 1);
      if (!cand) break;
      out.push(cand);
      // a second act of the same subject: "…, Praises Z"
      const next = s[end];
      if (!next || !(next.text === ',' || /^(and|but)$/.test(next.lower)) || !s[end + 1] || verbForm(s[end + 1]!) !== 'third') break;
      v = end + 1;
      k = v + 1;
    }
    return out;
  }
  return [];
}
