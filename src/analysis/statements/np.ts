/**
 * Reading the words around a cue: which tokens are cues, the speaker noun
 * phrase before or after a cue, and adjuncts ("on Monday", "in a statement").
 */
import { AUX_ADV, cueInfo, NOUN_MARKERS, NP_BOUNDARY, ROLE_NOUNS, TITLE_WORDS, WEEKDAYS, type CueInfo } from './cues.ts';
import { isGivenName } from './gender.ts';
import { COMPANY_HEADS } from './organisations.ts';
import { PLACES } from './speakers.ts';
import type { Token } from './tokens.ts';

export const PREPOSITIONS = new Set([
  'on', 'in', 'at', 'to', 'during', 'via', 'through', 'over', 'with', 'after', 'before', 'from', 'by', 'for', 'about',
  'of', 'into', 'onto', 'upon', 'amid', 'while', 'throughout', 'within', 'outside', 'inside', 'across', 'earlier',
  'late', 'last', 'this', 'next', 'recently', 'later', 'again', 'also', 'then', 'privately', 'publicly', 'repeatedly',
  'previously', 'once', 'often', 'flatly', 'bluntly', 'simply', 'separately', 'tuesday', 'monday', 'wednesday',
  'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight', 'morning', 'afternoon', 'evening',
  'night', 'week', 'month', 'year', 'weekend', 'under', 'against',
]);

const AUX_VERBS = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'must', 'may', 'might', 'do', 'does', 'did', "'s", "'re", "'ll", "'d", 'be', 'been']);

const ADJ_OK = new Set(['unnamed', 'retired', 'elected', 'appointed', 'unidentified', 'embattled', 'outgoing', 'incoming', 'leading', 'ranking', 'governing', 'ruling', 'sitting', 'acting', 'founding', 'presiding', 'visiting', 'longtime', 'self-described', 'so-called', 'unnamed', 'embattled', 'disgraced', 'renowned', 'celebrated', 'registered', 'undecided', 'senior', 'ousted', 'designated', 'anointed', 'presumptive', 'trusted', 'veteran']);

export interface CueAt extends CueInfo {
  index: number;
  /** Number of tokens of the cue ("according to" = 2, "pointed out" = 2). */
  length: number;
}

/**
 * "She had moved abroad years ago, per the Ledger.": "per" after a comma, before a source that closes
 * the sentence, stands for "according to" (not "$5 per share", "per capita").
 */
function perSource(s: Token[], i: number): boolean {
  const n = s[i + 1];
  if (s[i - 1]?.text !== ',' || !n || n.type !== 'word' || !(/^\p{Lu}/u.test(n.text) || /^(the|a|an|his|her|its|their|one|two|three|several|multiple|sources|officials|people)$/.test(n.lower))) return false;
  const rest = s.slice(i + 1);
  const end = rest.findIndex((x) => /^[.;!?)]$/.test(x.text));
  return (end < 0 ? rest.length : end) <= 10 && !rest.slice(0, end < 0 ? undefined : end).some((x) => x.type !== 'word' && !/^[.'’&-]$/.test(x.text));
}

/** "known Lee since …", "knew him for …", "known the Clintons for …": a person (a name or an object pronoun) and then "for"/"since". */
export function knownPerson(s: Token[], k: number): boolean {
  let j = k;
  if (/^(him|her|them|me|us)$/.test(s[j]?.lower ?? '')) j++;
  else {
    if (s[j]?.lower === 'the') j++;
    const from = j;
    while (j < from + 3 && s[j]?.type === 'word' && /^\p{Lu}/u.test(s[j]!.text)) j++;
    if (j === from) return false;
  }
  return /^(for|since)$/.test(s[j]?.lower ?? '');
}

/** Auxiliaries that carry a negation before a verb ("did not", "has never", "would not"). */
const NEGATED_AUX = /^(do|does|did|has|have|had|is|are|was|were|will|would|can|could|should|may|might|must)$/;
/** Adverbs that may stand between a negation and its verb ("has not yet confirmed", "did not immediately reply"). */
const NEGATED_ADVERB = /^(immediately|yet|publicly|ever|always|really|fully|explicitly|formally|openly)$/;
/** Light verbs that a "no" before a noun cue belongs to ("made no mention of", "has no plans to"). */
const NO_LIGHT_VERB = /^(made|makes|make|making|has|have|had|having|gave|gives|give|offered|offers|offer|showed|shows|show)$/;

/**
 * "has not confirmed C", "didn't support C", "did not immediately reply to C", "made no mention
 * of C": where the negation of the cue at c begins, with its auxiliary (or the light verb before
 * "no") and over one adverb, so that a cue never shows a denial as an assertion; c when there is none.
 */
export function negationStart(s: Token[], c: number): number {
  let j = c - 1;
  if (NEGATED_ADVERB.test(s[j]?.lower ?? '')) j--;
  const neg = s[j];
  if (j < 0 || !neg || neg.type !== 'word') return c;
  if (/^(not|never)$/.test(neg.lower)) return NEGATED_AUX.test(s[j - 1]?.lower ?? '') ? j - 1 : j;
  if (/n't$/.test(neg.lower) || neg.lower === 'cannot') return j;
  if (neg.lower === 'no' && j === c - 1 && s[j - 1]?.type === 'word' && NO_LIGHT_VERB.test(s[j - 1]!.lower)) return j - 1;
  return c;
}

/** Words that end a subject opened by "the"/"a"/"an": an auxiliary or an adverb of the verb ("The board has …", "The mayor also …"). */
const SUBJECT_END = /^(has|have|had|is|was|are|were|also|once|openly|repeatedly|often|frequently|previously|recently|even|later|then|publicly|again|further|since)$/;

/**
 * The subject opening a sentence, [start, end) of its tokens: "the"/"a"/"an" and up to three words
 * before a verb form, an auxiliary or an adverb ("The city council", "A spokeswoman"), a capitalised
 * run ("Sen. Ann Lee"), or a subject pronoun; null when the sentence opens otherwise.
 */
export function openingSubject(s: Token[]): [number, number] | null {
  let v = 0;
  if (s[0] && /^(the|a|an)$/.test(s[0].lower)) {
    v++;
    while (v < 4 && s[v]?.type === 'word' && !/^[a-z]+(ed|ing)$/.test(s[v]!.text) && !SUBJECT_END.test(s[v]!.lower) && !/^[a-z]{3,}ly$/.test(s[v]!.text)) v++;
  } else {
    while (v < s.length && s[v]!.type === 'word' && (/^\p{Lu}/u.test(s[v]!.text) || (v > 0 && /^(sen|rep|gov|mr|mrs|ms|dr)\.?$/.test(s[v]!.lower)))) v++;
    if (v === 0 && s[0] && /^(he|she|they|we|i)$/.test(s[0].lower)) v = 1;
  }
  return v === 0 ? null : [0, v];
}

/** Is token i a cue (a reporting verb used as a verb)? */
export function cueAt(s: Token[], i: number): CueAt | null {
  const t = s[i];
  if (!t || t.type !== 'word') return null;
  if (t.lower === 'according' && s[i + 1]?.lower === 'to') return { lemma: 'according to', strength: 'speech', form: 'ing', index: i, length: 2 };
  if (t.lower === 'per' && perSource(s, i)) return { lemma: 'according to', strength: 'speech', form: 'ing', index: i, length: 1 };
  if ((t.lower === 'pointed' || t.lower === 'points' || t.lower === 'pointing' || t.lower === 'point') && s[i + 1]?.lower === 'out') {
    return { lemma: 'point out', strength: 'speech', form: t.lower.endsWith('ing') ? 'ing' : 'past', index: i, length: 2 };
  }
  // "as the mayor put it, …", "…, as one aide put it in a memo": "put it" closing an as-clause
  if (t.lower === 'put' && s[i + 1]?.lower === 'it' && /^(,|:|\.|in|on|at|to|during|recently|once|then|later|earlier|last|this)$/.test(s[i + 2]?.lower ?? '.')) {
    return { lemma: 'put it', strength: 'speech', form: 'past', index: i, length: 2 };
  }
  if (/^\p{Lu}/u.test(t.text) && !t.title) return null;
  const info = cueInfo(t.lower);
  if (!info) return null;
  // "for health reasons", "one reason is", "for several reasons": "reason" is a noun unless a name or a pronoun reasons
  if (/^reasons?$/.test(t.lower) && !(isCapWord(s[i - 1]) || /^(he|she|they|we|i|you|it|also|then|now)$/.test(s[i - 1]?.lower ?? ''))) return null;
  const prev = s[i - 1];
  if (prev && prev.type === 'word' && NOUN_MARKERS.has(prev.lower) && !firstReported(s, i, info)) return null;
  if (nounState(s, i, info)) return null;
  if (namedThing(s, i, info)) return null;
  if (nounAfterArticle(s, i, info)) return null;
  if (participleAdjective(s, i, info)) return null;
  if (prev && prev.type === 'word' && /['’]s$/.test(prev.text) && info.form !== 'past' && info.form !== 'ing') return null;
  if (info.form === 'base') {
    // infinitives and bare forms after "to"/modals are not reports of what was said
    for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
      const w = s[k]!.lower;
      // ("went on to say", "was quick to add": the infinitive reports the subject's words)
      if (w === 'to' && goOnTo(s, k) > 0) break;
      // ("would not say whether …": a refusal to answer an embedded question, reported as the speaker's)
      if (withheldQuestion(s, i, k)) break;
      // ("may now ask whether …", "might wonder if …", "left some to question whether …": an open question, asked even under a modal)
      if (openQuestion(s, i, info)) break;
      if (w === 'to' || w === 'will' || w === 'would' || w === 'could' || w === 'might' || w === 'may' || w === 'should' || w === 'must' || w === "won't" || w === 'cannot' || w === "can't") return null;
      // only adverbs stand between "to"/a modal and its verb ("to publicly say"); "aides to the mayor say" is a subject
      if (s[k]!.type !== 'word' || !(AUX_ADV.has(w) || /^[a-z]+ly$/.test(w))) break;
    }
  }
  // "asked if she thought C", "asking whether they believe C": a question put to the subject, not their view
  if (prev && PRONOUN_SUBJECTS.test(prev.lower) && /^(if|whether)$/.test(s[i - 2]?.lower ?? '') && /^(asked|asking|ask|asks)$/.test(s[i - 3]?.lower ?? '')) return null;
  // passives: "was told", "is expected", "be shown"
  if (info.form === 'past' && prev && ['was', 'were', 'is', 'are', 'be', 'been', 'being', "'s"].includes(prev.lower)) return null;
  if (info.form === 'ing' && prev && ['is', 'are', 'was', 'were', 'be', 'been'].includes(prev.lower) && info.strength === 'weak' && !openQuestion(s, i, info)) return null;
  // "it is worth noting that …", "it goes without saying that …": the writer's own aside, no one's report
  if (info.form === 'ing' && (prev?.lower === 'worth' || (prev?.lower === 'without' && /^(goes|go|went|going)$/.test(s[i - 2]?.lower ?? '')))) return null;
  // "has known Lee for decades", "knew him since college": knowing a person, no report
  if (info.lemma === 'know' && knownPerson(s, i + 1)) return null;
  // "a contractor accused of spying", "men charged with fraud": a passive participle, with no object before its preposition
  if (info.form === 'past' && ((info.lemma === 'accuse' && s[i + 1]?.lower === 'of') || (info.lemma === 'charge' && s[i + 1]?.lower === 'with'))) return null;
  return { ...info, index: i, length: 1 };
}

/** Words for a share of a group: "a third say", "a majority believe" (a subject, not a modifier). */
const SHARE_WORDS = /^(third|quarter|half|fifth|tenth|majority|minority|number|handful|few|lot|dozen|score|plurality)$/;

/**
 * "gave a firm promise to …", "made an explicit pledge that …": a base form after "a"/"an" and one
 * lower-case modifier is a noun (not after a share: "a third say").
 */
function nounAfterArticle(s: Token[], i: number, info: CueInfo): boolean {
  const prev = s[i - 1];
  return info.form === 'base' && /^(a|an)$/.test(s[i - 2]?.lower ?? '') && prev?.type === 'word' && /^\p{Ll}/u.test(prev.text) && !SHARE_WORDS.test(prev.lower);
}

/**
 * "opened a shop called “Q”", "runs a group dubbed “Q”": a naming participle right after an
 * indefinite noun phrase ("a"/"an", at most two modifiers, a head that is no person or role) and
 * right before a quotation names that thing; the quotation is a name, not words someone said.
 */
function namedThing(s: Token[], i: number, info: CueInfo): boolean {
  if (info.form !== 'past' || !/^(call|name|dub|title|entitle|nickname)$/.test(info.lemma) || s[i + 1]?.type !== 'quote') return false;
  if (peopleNoun(s[i - 1])) return false;
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const t = s[k]!;
    if (t.type !== 'word' || !/^\p{Ll}/u.test(t.text)) return false;
    if (/^(a|an)$/.test(t.lower)) return k < i - 1;
  }
  return false;
}

/**
 * "as the paper first reported", "as first reported by the paper", "as she earlier said": in an
 * as-clause a past form after "first" or "earlier" is the verb, with the adverb before it (not "the first reported case").
 */
function firstReported(s: Token[], i: number, info: CueInfo): boolean {
  if (info.form !== 'past' || !/^(first|earlier)$/.test(s[i - 1]!.lower)) return false;
  for (let k = i - 2; k >= Math.max(0, i - 7); k--) {
    const t = s[k]!;
    if (t.lower === 'as') return k === i - 2 || !NOUN_MARKERS.has(s[i - 2]!.lower);
    if (t.type !== 'word') return false;
  }
  return false;
}

/** "ask whether …", "wondering if …", "question whether …": a verb of asking right before the question it asks. */
function openQuestion(s: Token[], i: number, info: CueInfo): boolean {
  return /^(ask|wonder|question)$/.test(info.lemma) && /^(whether|if)$/.test(s[i + 1]?.lower ?? '');
}

/** "would not say whether …", "won't explain why …": a modal at k, negated, before the verb at i that takes an embedded question. */
function withheldQuestion(s: Token[], i: number, k: number): boolean {
  const negated = /^(not|never)$/.test(s[i - 1]?.lower ?? '') ? k === i - 2 : /^(won't|wouldn't|can't|cannot|couldn't)$/.test(s[k]!.lower) && k === i - 1;
  return negated && /^(would|will|could|can|won't|wouldn't|can't|cannot|couldn't)$/.test(s[k]!.lower) && /^(whether|how|why|what|who)$/.test(s[i + 1]?.lower ?? '');
}

/**
 * "to say that C", "to explain why C": a verb of speech or thought in the infinitive followed by
 * the clause it reports ("that" opening a clause, or a question word). Not a verb that reports
 * only next to a quotation ("to call").
 */
export function clauseAfterInfinitive(s: Token[], i: number, info: CueInfo): boolean {
  if (info.strength === 'quoting' || /^(ensure|guarantee|mean|continue|rule|decide|post|charge|answer|bet|swear)$/.test(info.lemma)) return false;
  // "in order to show", "how to say": no one's report; "no evidence to suggest", "hard to say", "not to suggest": none either
  if (/^(order|how|whether|what|where|when|not|evidence|reason|nothing|something|little|enough|hard|difficult|easy|impossible|possible|fair|safe|tough|too)$/.test(s[i - 2]?.lower ?? '')) return false;
  const n = s[i + 1];
  if (info.strength === 'speech' && pronounClause(s, i + 1)) return true;
  if (n?.lower === 'that') return s[i + 2]?.type === 'word' && !/^(is|was|are|were|has|had|will|would|of|in|on|at|for|to|with|by|from|about|and|or)$/.test(s[i + 2]!.lower) && !/^[.,;]$/.test(s[i + 2]!.text);
  return /^(how|why|what|whether|who|if)$/.test(n?.lower ?? '') && /^(explain|reveal|say|tell|ask|wonder|show|determine|understand|know|decide|predict|clarify|disclose|describe|recall|acknowledge|admit|confirm|detail|argue|note|write)$/.test(info.lemma);
}

/**
 * "continued to insist she would win", "is poised to argue he's the one": a clause without "that"
 * whose subject is a personal pronoun, with a finite verb right after it (or contracted onto it).
 */
function pronounClause(s: Token[], j: number): boolean {
  const p = s[j]?.type === 'word' ? s[j]!.lower : '';
  if (/^(he|she|they|we|i)['’](s|d|ll|re|ve|m)$/.test(p)) return true;
  if (!/^(he|she|they|we|i)$/.test(p)) return false;
  const v = s[j + 1];
  return !!v && v.type === 'word' && (/^(is|was|are|were|am|has|had|have|will|would|can|could|should|might|may|must|did|does|do|shall)$/.test(v.lower) || /^[a-z]+n['’]t$/.test(v.lower) || /^[a-z]{3,}ed$/.test(v.text) || (/^(he|she)$/.test(p) && /^[a-z]{3,}s$/.test(v.text) && !/ss$/.test(v.text)));
}

/** "went on to", "was quick to": where the verb before the "to" at `to` starts (a phrase of continuing or hurrying), or -1. */
export function goOnTo(s: Token[], to: number): number {
  if (s[to - 1]?.lower === 'on' && /^(went|goes|go|going|gone)$/.test(s[to - 2]?.lower ?? '')) return to - 2;
  if (s[to - 1]?.lower === 'quick' && /^(was|were|is|are)$/.test(s[to - 2]?.lower ?? '')) return to - 2;
  return -1;
}

/**
 * "the 50 states holding primaries", "Ohio state senator": "state"/"states" is a noun far more
 * often than a verb; as a verb it introduces "that", a colon or a quotation ("the letter states that …")
 * or closes a quotation ("“…,” the memo states.").
 */
function nounState(s: Token[], i: number, info: CueInfo): boolean {
  if (info.lemma !== 'state' || (info.form !== 'base' && info.form !== 'third')) return false;
  const next = s[i + 1];
  if (!next) return true;
  const introduces = next.lower === 'that' || next.text === ':' || next.type === 'quote' || (next.text === ',' && s[i + 2]?.type === 'quote');
  // "“…,” the memo states.": a closing attribution after a quotation
  const closes = /^([.,]|in|on)$/.test(next.lower) && s.slice(Math.max(0, i - 8), i).some((t) => t.type === 'quote');
  return !(introduces || closes) || /^\d/.test(s[i - 1]?.text ?? '');
}

/**
 * "leads in pledged delegates", "the 270 pledged delegates": a past participle right after a
 * preposition, or between a number and a plural noun, modifies that noun; it is no finite verb of a report
 * ("pledged delegates" is such a noun phrase wherever it stands).
 */
function participleAdjective(s: Token[], i: number, info: CueInfo): boolean {
  if (info.form !== 'past') return false;
  // "more pledged delegates", "regular, pledged delegates": the name of a kind of delegate
  if (s[i]!.lower === 'pledged' && /^delegates?$/.test(s[i + 1]?.lower ?? '')) return true;
  const prev = s[i - 1];
  if (!prev || prev.type !== 'word') return false;
  if (/^(in|of|with|for|among|from|to|on|at|into|than)$/.test(prev.lower)) return true;
  // "the 270 pledged delegates": after a number, before a plural noun
  const next = s[i + 1];
  return /^\d[\d,.]*$/.test(prev.text) && !!next && /^[a-z]{3,}s$/.test(next.text) && !/^(this|thus|perhaps|unless|does|has|was|his|hers|its|less|yes|plus|across|towards)$/.test(next.text);
}

export const isWord = (t: Token | undefined) => !!t && t.type === 'word';
export const isCapWord = (t: Token | undefined) => !!t && t.type === 'word' && /^\p{Lu}/u.test(t.text);

function skipAdverbsBack(s: Token[], j: number, floor: number): number {
  while (j >= floor) {
    const t = s[j]!;
    if (t.type === 'word' && (AUX_ADV.has(t.lower) || (/^[a-z]+ly$/.test(t.text) && t.lower.length > 4 && !/^(only|family|ally|rally|italy|july|assembly|early|holly|kelly|reilly|daily)$/.test(t.lower)) || WEEKDAYS.has(t.lower))) { j--; continue; }
    if (t.type === 'word' && t.lower === 'on' && s[j + 1] && WEEKDAYS.has(s[j + 1]!.lower)) { j--; continue; }
    // ("the agency isn't recommending", "voters don't want": any negated auxiliary, not only those in AUX_ADV)
    if (t.type === 'word' && /^(is|are|was|were|has|have|had|do|does|did|wo|would|could|should|ca|must|might|need)n't$/.test(t.lower)) { j--; continue; }
    // ("editors almost universally say": a degree word before such an adverb)
    if (t.type === 'word' && t.lower === 'almost' && s[j + 1]?.type === 'word' && (AUX_ADV.has(s[j + 1]!.lower) || /^[a-z]+ly$/.test(s[j + 1]!.text))) { j--; continue; }
    if (t.type === 'word' && TIME_WORDS.has(t.lower)) { j--; continue; }
    // "X last year found": the determiner of a time noun just skipped
    if (t.type === 'word' && /^(last|this|next)$/.test(t.lower) && TIME_WORDS.has(s[j + 1]?.lower ?? '')) { j--; continue; }
    // a date between the subject and the verb: "the agency on June 18 called for …", "X on Aug. 2 said"
    if (/^\d{1,2}$/.test(s[j]!.text) && (MONTHS.has(s[j - 1]?.lower ?? '') || MONTH_ABBREVIATION.test(s[j - 1]?.text ?? '')) && s[j - 2]?.lower === 'on' && j - 3 >= floor && isWord(s[j - 3]) && !NP_BOUNDARY.has(s[j - 3]!.lower) && !AUX_VERBS.has(s[j - 3]!.lower) && !cueInfo(s[j - 3]!.lower) && !/^[a-z]+(ed|ing)$/.test(s[j - 3]!.text)) { j -= 3; continue; }
    // a short adjunct between the subject and the verb: "X in a statement said", "X on Thursday evening said"
    const pp = adjunctStart(s, j, floor);
    if (pp >= 0) { j = pp - 1; continue; }
    break;
  }
  return j;
}

const TIME_WORDS = new Set(['morning', 'afternoon', 'evening', 'night', 'week', 'weekend', 'month', 'year']);
const ADJUNCT_PREPS = new Set(['in', 'on', 'at', 'during', 'via', 'over', 'through', 'last', 'this', 'earlier', 'late']);
const ADJUNCT_WORD = /^(a|an|the|his|her|their|its|this|that|last|late|early|earlier|recent|new|televised|written|separate|brief|phone|telephone|radio|tv|television|interview|statement|speech|post|tweet|email|e-mail|letter|call|conference|briefing|appearance|rally|debate|event|op-ed|message|video|memo|press|news|town|hall|meeting|hearing|week|month|year|morning|afternoon|evening|night|weekend|day|time|recently|first|final|latest|opening|closing|own|announcement|acceptance|victory|concession|keynote|inaugural|address|remarks|comments|column|testimony|stump|commencement|farewell|annual|convention|floor)$/;

/** Start of a prepositional time or medium adjunct ending at token j ("in a statement", "on Twitter"), or -1. */
function adjunctStart(s: Token[], j: number, floor: number): number {
  for (let k = j; k >= Math.max(floor + 1, j - 6); k--) {
    const t = s[k]!;
    if (t.type !== 'word') return -1;
    if (k < j && ADJUNCT_PREPS.has(t.lower)) {
      const before = s[k - 1];
      // the adjunct must follow a noun phrase ("Spicer on Monday"), not a verb or a clause word
      if (!before || before.type !== 'word' || NP_BOUNDARY.has(before.lower) || AUX_VERBS.has(before.lower) || cueInfo(before.lower) || /^[a-z]+(ed|ing)$/.test(before.text)) return -1;
      // ("a report in the Quillan Ledger said": the outlet that printed an account is part of the subject)
      // (not a place: "a poll in Ohio found" is read as before)
      if (ACCOUNT_NOUNS.test(before.lower) && t.lower === 'in' && s.slice(k + 1, j + 1).some((x) => /^\p{Lu}/u.test(x.text) && !WEEKDAYS.has(x.lower) && !MONTHS.has(x.lower)) && !PLACES.has(s[j]!.lower)) return -1;
      return k;
    }
    if (!(ADJUNCT_WORD.test(t.lower) || WEEKDAYS.has(t.lower) || /^\p{Lu}/u.test(t.text))) return -1;
  }
  return -1;
}

/** Things that carry someone's words ("a statement", "the story", "a ruling"). */
const SPEAKING_THINGS = new Set(['story', 'stories', 'response', 'reply', 'interview', 'speech', 'remarks', 'post', 'column', 'book', 'study', 'poll', 'survey', 'reports', 'decision', 'opinion', 'order', 'board', 'panel', 'commission', 'committee']);
/** Verbs whose preposition takes a gerund with its own subject ("resulted in Acme reporting", "led to officials saying"). */
const GERUND_VERBS = /^(result|results|resulted|resulting|lead|leads|led|leading|object|objects|objected|insist|insists|insisted|count|counting|counted|depend|depends|depended|rely|relies|relied|contribute|contributes|contributed|point|points|pointed)$/;
/** Prepositions whose object is no subject of a participle after it. */
const PARTICIPLE_BLIND_PREPS = new Set(['in', 'at', 'on', 'around', 'near', 'to', 'into', 'onto', 'across', 'through', 'outside', 'inside', 'toward', 'towards', 'along', 'past', 'over', 'under', 'against']);

/**
 * "filed a suit in district court seeking C", "marched around the square chanting “Q”": the noun
 * phrase [np] before an -ing cue at `cue` is the object of a preposition, so the participle's subject
 * is the clause's subject, not that object. ("according to" is no participle of this kind.)
 */
export function prepositionObjectBefore(s: Token[], np: [number, number] | null, cue: CueInfo, c: number): boolean {
  // (the participle right after the noun phrase: not a gerund after a preposition, "held her in contempt for refusing to …")
  // (a day may stand between: "lodged papers in the appeals court on Friday arguing C")
  const dayBetween = !!np && np[1] < c && c - np[1] <= 2 && WEEKDAYS.has(s[c - 1]?.lower ?? '') && (c - np[1] === 1 || s[np[1]]?.lower === 'on') && np[1] - np[0] <= 3 && s.slice(np[0], np[1]).every((t) => t.type === 'word' && !PREPOSITIONS.has(t.lower));
  if (!np || (np[1] !== c && !dayBetween) || (!dayBetween && PREPOSITIONS.has(s[c - 1]?.lower ?? '')) || cue.form !== 'ing' || cue.lemma === 'according to') return false;
  // ("in the wake of the court ruling that …": an -ing noun of a decision or a finding, no participle)
  if (/^(ruling|finding|warning|hearing|briefing|understanding|reading)$/.test(s[c]?.lower ?? '')) return false;
  // (a document or report after the preposition speaks through its text: "in a statement saying", "in the story alleging")
  if (SPEAKING_THINGS.has(s[np[1] - 1]?.lower ?? '') || DOCUMENT_NOUNS.has(s[np[1] - 1]?.lower ?? '')) return false;
  // (the walk back may have taken the preposition in: "around the square")
  const at = PARTICIPLE_BLIND_PREPS.has(s[np[0]]?.lower ?? '') && np[1] - np[0] > 1 ? np[0] : np[0] - 1;
  const p = s[at];
  // (after a verb that takes a gerund's clause the noun phrase is the gerund's subject: "resulted in Acme reporting a loss")
  return !!p && p.type === 'word' && PARTICIPLE_BLIND_PREPS.has(p.lower) && at > 0 && !GERUND_VERBS.test(s[at - 1]!.lower);
}

/** Prepositions of place that pair up before one object ("in and around", "inside and outside"). */
const PAIRED_PREPS = new Set(['in', 'around', 'near', 'inside', 'outside', 'at', 'across', 'within', 'beyond']);
const DETERMINERS = /^(the|a|an)$/;

/**
 * Is the "and" at j a conjunction inside the speaker's noun phrase rather than between two clauses or
 * two noun phrases? The words after it up to the verb, [j + 1, to), open with no determiner; the words
 * before it run back over a few plain words to "of" after a noun ("a maker of boots and saddles") or to
 * a determiner that opens the sentence or follows a comma ("The Tulsa oil and gas concern", with two
 * or more words after the conjunction: "the house and neighbours said" is two clauses).
 * Returns where the first conjunct starts (after "of" or the determiner), or -1.
 */
function innerConjunction(s: Token[], j: number, from: number, to: number, floor: number): number {
  const next = s[j + 1];
  if (from !== j + 1 || !next || next.type !== 'word' || !/^[a-z]/.test(next.text) || DETERMINERS.test(next.lower) || /^(his|her|their|its|our|my|your|he|she|they|we|i|it|you|others?|those|these|this|that|some|many|most|all)$/.test(next.lower)) return -1;
  const plain = (t: Token | undefined) => !!t && t.type === 'word' && !NP_BOUNDARY.has(t.lower) && !verbLike(t) && !cueInfo(t.lower) && !/^[a-z]+ing$/.test(t.text) && !PRONOUN_SUBJECTS.test(t.lower);
  let k = j - 1;
  let words = 0;
  let item = 0;
  let series = false;
  // ("the paper, packaging and printing concern": before a company noun an -ing word is one of its lines of business)
  const ingNoun = (t: Token | undefined) => !!t && t.type === 'word' && /^[a-z]{3,}ing$/.test(t.text) && !cueInfo(t.lower);
  const companyHead = COMPANY_HEADS.test(s[to - 1]?.lower ?? '');
  while (k >= floor && words < 5) {
    const t = s[k]!;
    if (t.type === 'word' && (DETERMINERS.test(t.lower) || t.lower === 'of')) break;
    // a series of short items: "maker of tools, pumps and valves" (not "a wave of rural migrants, mayors and …")
    if (t.text === ',' && words > 0 && item <= 2 && (plain(s[k - 1]) || (companyHead && ingNoun(s[k - 1])))) { k--; item = 0; series = true; continue; }
    if (series && item >= 2) return -1;
    item++;
    // ("hiking boots": an -ing word before a noun modifies it)
    if (!plain(t) && !((words > 0 || companyHead) && ingNoun(t))) return -1;
    words++;
    k--;
  }
  if (k < floor || words === 0) return -1;
  const stop = s[k]!;
  if (stop.lower === 'of') {
    const noun = s[k - 1];
    return k - 1 >= floor && plain(noun) && /^[a-z]/.test(noun!.text) ? k + 1 : -1;
  }
  if (!DETERMINERS.test(stop.lower)) return -1;
  const before = s[k - 1];
  return to - (j + 1) >= 2 && (k === floor || !before || before.text === ',' || before.type === 'quote') ? k + 1 : -1;
}

/** A role noun, singular or plural ("minister", "ministers"). */
/** A role or kin noun ending a phrase that a person's name can follow in apposition ("his aide", "her son"). */
const personHead = (t: Token | undefined) => roleNounAt(t) || (!!t && /^(wife|husband|son|daughter|mother|father|brother|sister|friend|partner|widow|cousin|niece|nephew)$/.test(t.lower));
const roleNounAt = (t: Token | undefined) => !!t && t.type === 'word' && (ROLE_NOUNS.has(t.lower) || (/s$/.test(t.lower) && ROLE_NOUNS.has(t.lower.slice(0, -1))));
/** Plural nouns of reports that speak for their authors ("reports in the capital said"). */
const REPORT_HEADS = new Set(['reports', 'polls', 'surveys', 'studies', 'documents', 'records']);
/** Prepositions that open a modifier of a role noun in a speaker's noun phrase. */
const ROLE_MODIFIER_PREPS = new Set(['in', 'at', 'with', 'on', 'from', 'for', 'inside', 'within', 'across']);

/** Can these words between two commas describe the name before them ("the envoy", "who has …", "57")? */
function isApposition(seg: Token[]): boolean {
  for (const t of seg) {
    if (t.type !== 'word') continue;
    if (/^(who|whom|whose|which|that|where|when)('(s|d|ll|re|ve))?$/.test(t.lower)) return true;
    if (AUX_VERBS.has(t.lower) && !/^'(s|d)$/.test(t.lower)) return false;
  }
  return true;
}

/**
 * A party-and-state label or an abbreviated state between commas ("Ann Lee,
 * D-Ohio, said"; "a nurse from Dover, Del., said"): it describes the name
 * before it and is never the speaker.
 */
export function isPlaceLabel(seg: Token[]): boolean {
  const text = seg.map((t) => t.text).join('');
  return seg.length > 0 && seg.length <= 4 && /^([RDI]-?-?\p{Lu}[\p{L}.]*|(\p{Lu}[a-z]{0,4}\.)+|(\p{Lu}\.)+)$/u.test(text);
}

const DASHES = new Set(['—', '–', '-']);

/** “Big Talk,”: a short title in quotation marks (a show, a book) that may sit inside a speaker's apposition. */
function titleQuote(t: Token): boolean {
  const text = t.quote?.text ?? '';
  return t.type === 'quote' && /^\p{Lu}/u.test(text) && text.split(/\s+/).length <= 6 && !/[.!?]["”’]?$/.test(text);
}

/** Index of the opening dash of an aside "— … —" that ends at token j, or -1. */
function dashAsideStart(s: Token[], j: number, floor: number): number {
  if (!DASHES.has(s[j]!.text)) return -1;
  // ("Ann Lee -- who once ran for mayor -- said": a dash typed as two hyphens, the pair read as one dash;
  // a hyphen inside a word of the aside is no dash)
  const pair = (k: number) => s[k]?.text === '-' && s[k - 1]?.text === '-' && s[k - 1]!.end === s[k]!.start;
  if (pair(j)) {
    for (let k = j - 2, n = 0; k > floor + 1 && n < 30; k--, n++) {
      const t = s[k]!;
      if ((t.type === 'quote' && /[.!?]["”’]?$/.test(t.quote!.text)) || /^[.;:!?]$/.test(t.text)) return -1;
      if (pair(k)) return k > j - 4 || s[k - 2]!.type !== 'word' ? -1 : k - 1;
    }
    return -1;
  }
  // (the aside may quote a few words: "Ann Lee - who once vowed to “fight on” - said")
  for (let k = j - 1, n = 0; k > floor && n < 30; k--, n++) {
    const t = s[k]!;
    if ((t.type === 'quote' && /[.!?]["”’]?$/.test(t.quote!.text)) || /^[.;:!?]$/.test(t.text)) return -1;
    if (t.text === s[j]!.text) return k > j - 2 || s[k - 1]!.type !== 'word' ? -1 : k;
  }
  return -1;
}

/** Tokens [from, to) of a noun phrase read backwards from a cue, or null. */
export function npBefore(s: Token[], cue: number, floorIn = 0): [number, number] | null {
  const floor = Math.max(0, floorIn);
  return withoutFrontedAddition(s, namesListedBefore(s, phraseBefore(s, cue, floor), floor));
}

/**
 * "In addition to Lee, Roe and Day have said", "Besides Lee, two senators said", "Along with Lee, Roe said": a
 * fronted phrase of addition or comparison ending in a comma names someone other than the subject; the
 * subject starts after its comma.
 */
function withoutFrontedAddition(s: Token[], np: [number, number] | null): [number, number] | null {
  if (!np) return np;
  const [from, to] = np;
  const a = s[from]!.lower;
  const opens = /^(besides|unlike|alongside)$/.test(a) || (a === 'addition' && s[from + 1]?.lower === 'to' && s[from - 1]?.lower === 'in') || (/^(from|with|to)$/.test(s[from - 1]?.lower ?? '') && /^(apart|aside|along|as|together|addition|contrast)$/.test(s[from - 2]?.lower ?? ''));
  if (!opens) return np;
  const comma = s.slice(from, to).findIndex((t) => t.text === ',');
  if (comma < 0 || from + comma + 1 >= to || s.slice(from, from + comma).some((t) => t.type !== 'word' && t.text !== '.')) return np;
  return [from + comma + 1, to];
}

/** Words that open a clause with a comma of their own, never a name in a list: "Meanwhile,", "Friday,", "Separately,". */
const CLAUSE_OPENER = /^(meanwhile|however|still|separately|yesterday|today|tomorrow|earlier|later|now|then|also|instead|moreover|nevertheless|nonetheless|indeed|thus|here|there|overall|similarly|likewise|first|second|third|finally|again|jan\.?|feb\.?|march|april|may|june|july|aug\.?|sept?\.?|oct\.?|nov\.?|dec\.?|january|february|august|september|october|november|december)$/;

/**
 * "Acme, Vela and Dorn Inc. said", "Lee, Roe, and Day said": the names listed with commas before a
 * coordinated phrase of names belong to its noun phrase, when the list opens the clause (each item a
 * run of up to four capitalised words; not an opening adverbial or place: "In Dover, Lee and Roe said",
 * "Meanwhile, Lee and Roe said", "Friday, Lee and Roe said").
 */
function namesListedBefore(s: Token[], np: [number, number] | null, floor: number): [number, number] | null {
  if (!np) return np;
  const [from, to] = np;
  const phrase = s.slice(from, to);
  const and = phrase.findIndex((t) => t.lower === 'and');
  let k: number;
  if (and > 0 && s[from - 1]?.text === ',') k = from - 1;
  else if (and < 0 && s[from - 1]?.lower === 'and' && s[from - 2]?.text === ',') k = from - 2;
  else return np;
  const nameToken = (t: Token | undefined) => !!t && (isCapWord(t) || t.text === '.' || t.text === '&');
  if (!phrase.every((t) => nameToken(t) || t.lower === 'and')) return np;
  for (let items = 0; items < 4; items++) {
    let b = k - 1;
    while (b >= floor && k - b <= 4 && nameToken(s[b])) b--;
    if (b === k - 1) return np;
    if (b >= floor && s[b]!.text === ',') { k = b; continue; }
    if (b >= floor && !(s[b]!.type === 'quote' || /^[;:—–]$/.test(s[b]!.text))) return np;
    const start = b + 1;
    const first = s[start]!;
    return NP_BOUNDARY.has(first.lower) || CLAUSE_OPENER.test(first.lower) || WEEKDAYS.has(first.lower) || /^\p{Lu}\p{Ll}+ly$/u.test(first.text) ? np : [start, to];
  }
  return np;
}

function phraseBefore(s: Token[], cue: number, floor: number): [number, number] | null {
  if (nounCueUse(s, cue, floor)) return null;
  let j = skipAdverbsBack(s, cue - 1, floor);
  let to = j + 1;
  let asideAt = -1;
  let parenthetical = false;
  const dash = j >= floor ? dashAsideStart(s, j, floor) : -1;
  if (dash >= 0) {
    // "Ann Lee — a teacher from the valley — says": the aside belongs to the speaker's noun phrase
    // (between dashes typed as two hyphens, a relative or adverbial clause is left out of the mention, a name kept:
    // "The judge -- who ran twice -- said", "Lee -- as the paper noted -- said"; "A former candidate -- Tom Roe -- said")
    if (s[dash]!.text === '-' && s[dash + 1]?.text === '-') {
      const open = s[dash + 2];
      if (open && open.type === 'word' && (NP_BOUNDARY.has(open.lower) || /^(whom?|whose|which|including|[a-z]+ing)$/.test(open.text))) to = dash;
    }
    j = dash - 1;
    parenthetical = true;
  } else if (j >= floor && (s[j]!.text === ',' || (titleQuote(s[j]!) && /,$/.test(s[j]!.quote!.text) && s[j - 1]?.type === 'word'))) {
    // apposition or relative clause: "X, the Y of Z, said" / "X, who …, said"
    // (the comma may close a title inside its quotation marks: "X, the host of “Big Talk,” said")
    let k = s[j]!.type === 'quote' ? j : j - 1;
    if (k === j) j++;
    let n = 0;
    while (k >= floor && s[k]!.text !== ',' && (s[k]!.type !== 'quote' || titleQuote(s[k]!)) && !/^[.;:!?]$/.test(s[k]!.text) && n < 30) { k--; n++; }
    if (k < floor || s[k]!.text !== ',') {
      // "Keith Kellogg, the envoy, said" needs two commas; "X, said" has none
      const seg = s.slice(k + 1, j);
      if (!seg.length) return null;
      // only a bare name: "Keith Kellogg, told …" (never a clause: "The talks had stalled, said …")
      // (with a party label: "Sen. Ann Lee (D-Ohio), said")
      const label = seg.length > 3 && seg[seg.length - 1]!.text === ')' && seg[seg.length - 3]?.text === '(' ? 3 : 0;
      const name = seg.slice(0, seg.length - label);
      return name.every((t) => t.type === 'word' && /^\p{Lu}/u.test(t.text)) && name.length <= 4 && k < floor ? [k + 1, j] : null;
    }
    // an apposition has no verb of its own outside a relative clause: "…with voters, candidates have more room, said X" is a clause
    if (!isApposition(s.slice(k + 1, j))) return null;
    // "Ann Lee, for her part, said", "the mayor, in a radio interview, said": an aside, no part of the speaker's noun phrase
    if (ASIDE_OPENERS.has(s[k + 1]?.lower ?? '')) asideAt = k;
    let afterState = isPlaceLabel(s.slice(k + 1, j));
    // "…, the party's chairman, Tom Bell, said": a name set off after a role phrase that opens with a determiner
    const nameSeg = s.slice(k + 1, j);
    const nameLast = nameSeg.length > 0 && nameSeg.length <= 5 && isCapWord(nameSeg[0]) && nameSeg.every((t) => isCapWord(t) || t.text === '.');
    j = k - 1;
    parenthetical = true;
    // more appositions to the left: "Jean Roux, the foreign minister of France, a member of the council, said"
    // (each one starts with a lower-case word, "of" or a determiner; the head before them is a name)
    const segmentStart = (end: number) => {
      let b = end;
      let m = 0;
      while (b >= floor && s[b]!.text !== ',' && s[b]!.type !== 'quote' && !/^[.;:!?]$/.test(s[b]!.text) && m < 16) { b--; m++; }
      return b;
    };
    for (let round = 0; round < 4; round++) {
      const segStart = segmentStart(j);
      if (segStart < floor || s[segStart]!.text !== ',') break;
      const seg = s.slice(segStart + 1, j + 1);
      const first = seg[0];
      if (!first || first.type !== 'word') break;
      // "Ann Lee, 59, of Easton, Md., said": an age, and a home town with its state
      const leftStart = segmentStart(segStart - 1);
      // ("Acme Corp., Dover, Del., said": the town before its state, with the company's name before it)
      // ("…, a professor at Vale University in Dover, Ohio, and a former head of the board, said": a town after
      // "in"/"at"/"from"/"near" ending the apposition on the left, and its state or country)
      // (only inside an apposition, which opens with a lower-case word or a determiner: not "Speaking in Dover, Lee, …")
      const townOn = /^(the|a|an|[a-z].*)$/.test(s[leftStart + 1]?.text ?? '') && (() => { let b = segStart - 1; while (b > leftStart && isCapWord(s[b]!)) b--; return b < segStart - 1 && /^(in|at|from|near)$/.test(s[b]?.lower ?? ''); })();
      const state = (seg.length <= 2 && seg.every((t) => isCapWord(t)) && (s[leftStart + 1]?.lower === 'of' || townOn || (afterState && leftStart >= floor - 1 && leftStart < segStart - 1 && isCapWord(s[segStart - 1]!)))) || isPlaceLabel(seg);
      afterState = isPlaceLabel(seg);
      const appositive = /^[a-z]/.test(first.text) || /^(the|a|an|his|her|its|their)$/i.test(first.text) || (seg.length === 1 && /^\d{1,3}$/.test(first.text)) || state;
      // the segment we are in must itself be an apposition for the head to lie further left
      const cur = s.slice(j + 2, k);
      // "Tom Lee, whose firm, Acme, makes drones, said": a relative clause runs on over the name inside it
      const relStart = appositive ? -1 : segmentStart(segStart - 1);
      if (relStart >= floor && s[relStart]!.text === ',' && /^(whose|who|which)$/.test(s[relStart + 1]?.lower ?? '')) { j = relStart - 1; continue; }
      if (!appositive && !(cur[0] && /^[a-z]/.test(cur[0].text))) break;
      // (the role phrase before the name heads the speaker's noun phrase: nothing to its left belongs to it)
      if (round === 0 && nameLast && !afterState && !state && /^(the|a|an|his|her|its|their|our|my)$/i.test(first.text) && personHead(seg[seg.length - 1])) break;
      if (appositive) { j = segStart - 1; continue; }
      break;
    }
  }
  let from = j + 1;
  let n = 0;
  let reducedDone = false;
  while (j >= floor && n < 10) {
    const t = s[j]!;
    // "a report published Monday by the agency", "a group representing farmers": a reduced relative after the head noun
    // ("exit polls taken in Ohio found": the place was skipped back over as the verb's adjunct)
    if (from === to && n === 0 && MADE_PARTICIPLES.test(t.lower) && POLL_HEADS.test(s[j - 1]?.lower ?? '')) to = from = madeAdjunctEnd(s, to, cue);
    const modifierAt = reducedDone ? -1 : reducedRelativeAt(s, j, from, to, floor);
    if (modifierAt >= 0) {
      if (modifierAt === j && from === to) to = participleTimeEnd(s, to, cue);
      j = modifierAt - 1; from = modifierAt; n++; reducedDone = true; continue;
    }
    if (t.type === 'quote') break;
    if (t.type === 'punct') {
      if ((t.text === ')' || t.text === '(') && n === 0) { // "(R-Utah)"
        let k = j;
        while (k >= floor && s[k]!.text !== '(') k--;
        if (k < floor) break;
        j = k - 1;
        from = k;
        continue;
      }
      // (a hyphen between spaces is a dash: "drew his ire - he called her …")
      const spacedDash = t.text === '-' && s[j - 1] !== undefined && s[j - 1]!.end < t.start && s[j + 1] !== undefined && t.end < s[j + 1]!.start;
      if ((t.text === '-' && !spacedDash) || t.text === '.' || t.text === '&') { from = j; j--; continue; }
      break;
    }
    // (in a title-case headline a capital says nothing: "… Backs Lee And Denounces …" has a boundary at "And")
    const cap = /^\p{Lu}/u.test(t.text) && !t.title;
    // "Mr. Grassley and Mr. Leahy said": coordinated names
    // (never right before the verb: "… Backs Lee And Denounces Park")
    if (t.lower === 'and' && n > 0 && isCapWord(s[j + 1]) && isCapWord(s[j - 1])) { from = j; j--; n++; continue; }
    // "Ann Lee and other experts say", "Lee and others say", "he and other rivals complained": a named person (or a pronoun) and others like them
    if (t.lower === 'and' && from === j + 1 && (n > 1 || s[j + 1]?.lower === 'others') && /^others?$/.test(s[j + 1]?.lower ?? '') && (isCapWord(s[j - 1]) || /^(he|she)$/.test(s[j - 1]?.lower ?? ''))) { from = j; j--; n++; continue; }
    // "Ann Lee and her lawyers said": a named person and the people around them (the person speaks first)
    if (t.lower === 'and' && n > 1 && /^(his|her|their)$/.test(s[j + 1]?.lower ?? '') && isCapWord(s[j - 1])) { from = j; j--; n++; continue; }
    // "the Tulsa oil and gas concern said", "a maker of saddles and riding gear said": coordinated modifiers or
    // objects of "of" inside one noun phrase (the whole phrase speaks, not its last conjunct)
    const inner = (t.lower === 'and' || t.lower === 'or') && n > 0 ? innerConjunction(s, j, from, to, floor) : -1;
    if (inner >= 0) { n += j - inner + 1; from = inner; j = inner - 1; continue; }
    // "officials in and around the capital": two prepositions sharing one object
    if (!cap && n > 0 && /^(and|or)$/.test(s[j - 1]?.lower ?? '') && PAIRED_PREPS.has(t.lower) && PAIRED_PREPS.has(s[j - 2]?.lower ?? '') && roleNounAt(s[j - 3]) && j - 3 >= floor) { from = j - 3; j -= 4; n += 4; continue; }
    // "union members and leaders say": coordinated role nouns
    if (t.lower === 'and' && ROLE_NOUNS.has(s[j + 1]?.lower ?? '') && ROLE_NOUNS.has(s[j - 1]?.lower ?? '')) { from = j; j--; n++; continue; }
    // "officials in the city", "experts at the institute", "sources with knowledge of the talks": a role noun and its modifier
    if (!cap && n > 0 && ROLE_MODIFIER_PREPS.has(t.lower) && s[j - 1]?.type === 'word' && ROLE_NOUNS.has(s[j - 1]!.lower)) { from = j; j--; n++; continue; }
    // "ministers meeting in the capital", "analysts based in London": a role noun, a participle and its place
    // (the speakers are the role noun's phrase; the participle and its place are left out of the mention)
    if (!cap && n > 0 && /^(in|at|from)$/.test(t.lower) && /^([a-z]{3,}ing|based|gathered|stationed|assembled)$/.test(s[j - 1]?.text ?? '') && !cueInfo(s[j - 1]!.lower) && roleNounAt(s[j - 2]) && j - 2 >= floor) { to = j - 1; from = j - 2; j -= 3; n += 3; continue; }
    // "reports in the capital", "polls in three states": a report noun and its place (the noun itself is also a verb form, so taken here with it)
    if (!cap && n > 0 && ROLE_MODIFIER_PREPS.has(t.lower) && REPORT_HEADS.has(s[j - 1]?.lower ?? '') && j - 1 >= floor) { from = j - 1; j -= 2; n += 2; continue; }
    // "a report in the Quillan Ledger", "a poll from Vale University": an account and the named outlet or body that
    // made it (the name speaks for it)
    if (!cap && n > 0 && publishedIn(s, j, to)) { from = j - 1; j -= 2; n += 2; continue; }
    // "a person familiar with the talks", "officials close to the mayor", "people briefed on the plan"
    const sourceAt = !cap && n > 0 ? sourceModifierAt(s, j) : -1;
    if (sourceAt >= 0) { n += j - sourceAt + 1; from = sourceAt; j = sourceAt - 1; continue; }
    // "six in 10 said", "more than 4 in 10 say", "one out of five": a proportion of people
    if (!cap && proportionLink(s, j, to)) { from = j; j--; n++; continue; }
    if (!cap && ageLink(s, j, to)) { from = j; j--; n++; continue; }
    if (!cap && NP_BOUNDARY.has(t.lower)) break;
    // a sentence-initial conjunction or preposition is not part of the name: "While most voters said …"
    if (cap && NP_BOUNDARY.has(t.lower) && (j === 0 || s[j - 1]!.type !== 'word') && !/^(Will|May|Even|Said|Told)$/.test(t.text)) break;
    // "the report said", "each state say": a noun that is also a reporting verb, right before the verb
    // ("secretary of state Ann Lee": after "of" such a word is a noun, never a verb)
    const nounLike = ((n === 0 || (reducedDone && j === from - 1)) && (cueInfo(t.lower)?.form === 'base' || cueInfo(t.lower)?.form === 'third') && j > floor && s[j - 1]!.type === 'word') || (cueInfo(t.lower)?.form === 'base' && s[j - 1]?.lower === 'of' && j - 1 > floor);
    // "the planning for the summit", "the meeting organisers": an -ing word after a determiner is a noun
    if (!cap && determinedIngNoun(s, j, floor)) { from = j; j--; n++; continue; }
    // ("the paper, timber and printing company": an -ing word coordinated before a company noun is one of its modifiers)
    if (!cap && from === j + 1 && /^[a-z]{4,}ing$/.test(t.text) && /^(and|or)$/.test(s[j - 1]?.lower ?? '') && j - 1 > floor && COMPANY_HEADS.test(s[j + 1]?.lower ?? '')) { from = j; j--; n++; continue; }
    if (!cap && cueInfo(t.lower) && !ADJ_OK.has(t.lower) && !nounLike) break;
    if (!cap && AUX_VERBS.has(t.lower)) break;
    // "those surveyed say", "voters polled said": a participle after its noun belongs to the subject
    const reduced = n === 0 && /ed$/.test(t.lower) && (s[j - 1]?.lower === 'those' || ROLE_NOUNS.has(s[j - 1]?.lower ?? '') || (SURVEYED.test(t.lower) && peopleNoun(s[j - 1])));
    // ("the court filing said", "the judge's ruling said": a document noun in -ing heads the subject right before the verb)
    const documentHead = n === 0 && DOCUMENT_NOUNS.has(t.lower) && j > floor && s[j - 1]!.type === 'word';
    if (!cap && /(ed|ing)$/.test(t.lower) && t.lower.length > 5 && !ADJ_OK.has(t.lower) && !reduced && !documentHead) break;
    from = j;
    j--;
    n++;
  }
  // "the woman who hired the lawyer said", "tenants whose leases were cancelled say": the walk stopped inside a relative clause of the subject
  const head = !parenthetical && j >= floor ? relativeClauseHead(s, from, to, floor, s[cue]) : -1;
  if (head >= 0) return [head, to];
  const led = !parenthetical && j > floor ? participleSubjectStart(s, j, from, to, cue, floor) : -1;
  if (led >= 0) return [led, to];
  const home = !parenthetical && j > floor ? homeStateStart(s, j, from, to, floor) : -1;
  if (home >= 0) return [home, to];
  if (from >= to) return null;
  // "Ann Lee and the Harbour Board have argued", "The Acme campaign and some experts allege": two noun phrases
  // coordinated as the clause's subject; the first named speaks (and, for two names, the resolver splits them)
  const first = !parenthetical ? coordinatedSubjectStart(s, j, from, to, cue, floor) : null;
  if (first) return first;
  // "The Dover, Del., bank said": a town and its state between the article and the noun belong to the noun phrase
  const town = townBefore(s, from, floor);
  if (town >= 0) return [town, to];
  if (wordsBeforePronoun(s, from, to)) return [to - 1, to];
  const named = nameBeforeUnclosedApposition(s, from, to, floor);
  if (named >= 0) return [named, to];
  return issuerOfDocument(s, from, to, floor) ?? [from, asideAt > from ? asideAt : to];
}

/**
 * "Farmers hoping to win a bigger share of the fund say", "Activists clamoring to oust the chair said": the
 * walk back stopped at a participle (at j) whose object it had read; the noun phrase before the participle
 * heads the subject when it opens the clause and ends in a plural noun of people and the verb agrees with it
 * (the participle and its object are a reduced relative clause of that noun). The phrase's start, or -1.
 */
function participleSubjectStart(s: Token[], j: number, from: number, to: number, cue: number, floor: number): number {
  const t = s[j]!;
  if (from !== j + 1 || from >= to || t.type !== 'word' || !/^[a-z]{2,}ing$/.test(t.text) || /^(bring|thing|sting|swing|cling|fling|sling|during)$/.test(t.lower) || ING_NOUNS.test(t.lower) || cueInfo(s[cue]?.lower ?? '')?.form === 'third') return -1;
  // (a verb's own subject after the -ing word makes it a clause: "Keeps saying she opposed …")
  if (s.slice(to, cue + 1).some((x) => /^(has|is|was|does)$/.test(x.lower)) || PRONOUN_SUBJECTS.test(s[from]!.lower)) return -1;
  const prev = phraseBefore(s, j, floor);
  if (!prev || prev[1] !== j || prev[0] >= j) return -1;
  const last = s[j - 1]!;
  if (!peopleNoun(last) || /^(his|her|its|their|this|these|those|they|them|others)$/.test(last.lower)) return -1;
  let k = prev[0] - 1;
  while (k >= floor && s[k]!.type === 'word' && SUBJECT_OPENERS.test(s[k]!.lower)) k--;
  if (k >= floor && !(s[k]!.type === 'quote' || /^[,.;:!?—–]$/.test(s[k]!.text))) return -1;
  return prev[0];
}

/**
 * "Ann Lee of Dayton, Ohio says": a name, "of" or "from" and a town, and its state after a comma with no
 * closing comma before the verb; the walk back stopped at that comma (j) with the state [from, to) read.
 * The person before the town speaks, not the state. The start of the whole phrase, or -1.
 */
function homeStateStart(s: Token[], j: number, from: number, to: number, floor: number): number {
  if (s[j]!.text !== ',' || from !== j + 1 || to - from > 2 || !s.slice(from, to).every((t) => isCapWord(t) && !TITLE_WORDS.has(t.lower) && !NP_BOUNDARY.has(t.lower))) return -1;
  const prev = phraseBefore(s, j, floor);
  if (!prev || prev[1] !== j) return -1;
  // (the town: up to three capitalised words after "of" or "from", after a capitalised name)
  let k = j - 1;
  while (k > prev[0] && isCapWord(s[k]) && j - k <= 3) k--;
  if (k === j - 1 || !/^(of|from)$/.test(s[k]!.lower) || k - 1 < prev[0] || !isCapWord(s[k - 1]) || !isCapWord(s[prev[0]])) return -1;
  let b = prev[0] - 1;
  while (b >= floor && s[b]!.type === 'word' && SUBJECT_OPENERS.test(s[b]!.lower)) b--;
  return b < floor || s[b]!.type === 'quote' || /^[.;:!?—–]$/.test(s[b]!.text) ? prev[0] : -1;
}

/** Nouns of a written or broadcast account or a poll that its outlet or maker speaks through. */
const ACCOUNT_NOUNS = /^(report|reports|article|articles|story|stories|poll|polls|survey|surveys|study|studies|analysis|editorial|investigation)$/;
/**
 * Is the preposition at j the link between an account and the name of who made or printed it, the name
 * running up to `to` ("a report in the Quillan Ledger", "a poll from Vale University")? (After "by" the walk
 * already stops at the maker, who speaks.)
 */
function publishedIn(s: Token[], j: number, to: number): boolean {
  if (!/^(in|from)$/.test(s[j]!.lower) || !ACCOUNT_NOUNS.test(s[j - 1]?.lower ?? '')) return false;
  const a = s[j + 1]?.lower === 'the' ? j + 2 : j + 1;
  let k = a;
  while (k < to && (isCapWord(s[k]) || /^(of|for|and|&|\.|-)$/.test(s[k]!.lower))) k++;
  // (the name may be followed by the participle of a reduced relative: "a poll from Vale University released Monday")
  // (not where it was made: "a poll in Ohio", "exit polls in New Hampshire")
  if (s[j]!.lower === 'in' && PLACES.has(s[k - 1]?.lower ?? '')) return false;
  return k > a && isCapWord(s[a]) && isCapWord(s[k - 1]) && !WEEKDAYS.has(s[a]!.lower) && !MONTHS.has(s[a]!.lower) && (k === to || MADE_PARTICIPLES.test(s[k]!.lower));
}

/** Group nouns that follow the name of the one they serve as a speaker: "The Acme campaign", "Lee's team". */
const GROUP_OF_NAMED = /^(campaign|team|administration|government|committee|staff|camp|aides|advisers|allies|lawyers)$/;

/** Words that may open a clause before its subject: "But Lee and the board said", "And yet Lee and Roe said". */
const SUBJECT_OPENERS = /^(but|and|so|yet|now|still|however|meanwhile|instead|both|also)$/;

/**
 * A subject of two coordinated noun phrases whose walk back stopped at the "and" at j before the second,
 * [from, to): "Ann Lee and the Harbour Board have argued", "Acme and former chief executive Tom Roe said",
 * "The Acme campaign and some experts have alleged". The first conjunct must open the clause (after an opening
 * conjunction or adverb, a comma, a quotation or the floor) and the verb must be plural ("Acme and former anchor
 * Ann Lee has argued" is one person). Returns the whole phrase when the second conjunct is a name too (the
 * resolver credits the first and lists the other), else the first conjunct alone; null when not such a subject.
 */
function coordinatedSubjectStart(s: Token[], j: number, from: number, to: number, cue: number, floor: number): [number, number] | null {
  const and = s[j];
  if (j <= floor || !and || and.lower !== 'and' || from !== j + 1) return null;
  const open = s[from]!;
  if (open.type !== 'word' || !(/^(the|some|other|several|his|her|their|its|former|then|top|senior|both)$/.test(open.lower) || isCapWord(open))) return null;
  // (a singular verb: the phrase names one subject)
  const verbs = s.slice(to, cue + 1);
  if (verbs.some((t) => /^(has|is|was|does|says|believes|thinks|argues|claims|continues|wants)$/.test(t.lower)) || cueInfo(s[cue]?.lower ?? '')?.form === 'third') return null;
  const prev = phraseBefore(s, j, floor);
  if (!prev || prev[1] !== j || prev[0] >= j) return null;
  // (each conjunct names someone: the first ends in a name or in a group noun after one, "The Acme campaign",
  // "Lee's team"; not a title alone, "GOP contender and former surgeon Tom Roe said", nor a clause's words,
  // nor the first of a pair after "between": "The feud between Lee and the Roe family has …")
  const words = s.slice(prev[0], j);
  const last = words[words.length - 1];
  const named = isCapWord(last) ? !TITLE_WORDS.has(last!.text.replace(/\.$/, '')) : GROUP_OF_NAMED.test(last?.lower ?? '') && words.slice(0, -1).some((t) => isCapWord(t) && !/^(The|A|An|Both)$/.test(t.text));
  const clauseWord = (t: Token) => (t.type !== 'word' && !/^[.&'’-]$/.test(t.text)) || PRONOUN_SUBJECTS.test(t.lower) || /^(between|among|amid)$/.test(t.lower) || /^[a-z]+ing$/.test(t.text) || (t.type === 'word' && !isCapWord(t) && !!cueInfo(t.lower));
  if (!named || words.some(clauseWord) || s.slice(from, to).some(clauseWord)) return null;
  // (the first conjunct must open the clause: "Lee met Roe and the board said" has a clause before it)
  let k = prev[0] - 1;
  while (k >= floor && s[k]!.type === 'word' && SUBJECT_OPENERS.test(s[k]!.lower)) k--;
  if (k >= floor && !(s[k]!.type === 'quote' || /^[,.;:!?—–]$/.test(s[k]!.text))) return null;
  const second = s.slice(from, to).filter((t) => t.lower !== 'the');
  return second.length && second.every((t) => isCapWord(t) || /^[.&-]$/.test(t.text)) ? [prev[0], to] : [prev[0], j];
}

/**
 * "The Dover, Del., bank", "a Dover, Del., maker of valves": an article, a town of one or two
 * capitalised words and its abbreviated state set off by commas, before a lower-case noun phrase
 * starting at `from`. Returns the article's index, or -1.
 */
function townBefore(s: Token[], from: number, floor: number): number {
  if (!/^[a-z]/.test(s[from]?.text ?? '') || s[from - 1]?.text !== ',') return -1;
  let k = from - 2;
  while (k >= floor && s[k]!.text !== ',' && from - k < 6) k--;
  if (k < floor || s[k]!.text !== ',' || !isPlaceLabel(s.slice(k + 1, from - 1))) return -1;
  let a = k - 1;
  while (a >= floor && isCapWord(s[a]) && !/^(the|a|an)$/.test(s[a]!.lower) && k - a <= 2) a--;
  // (not the object of a preposition: "officials in the Dover, Del., area say" is read as before)
  if (/^(in|at|of|for|from|near|around|outside|inside|across|to|with|by|on|into)$/.test(s[a - 1]?.lower ?? '')) return -1;
  return a >= floor && a < k - 1 && /^(the|a|an)$/.test(s[a]!.lower) ? a : -1;
}

/**
 * "On Tuesday night he said", "Regarding the merger he said": a subject pronoun takes no modifier
 * before it, so a time, or a phrase that opens the sentence with a preposition and lacks its comma,
 * is no part of the speaker's noun phrase. (Not any words: in "the changes he wants to see" or
 * "…, to the rise he seeks in the tax" the noun before the pronoun heads a relative clause, and the
 * pronoun is no speaker of the main verb.)
 */
function wordsBeforePronoun(s: Token[], from: number, to: number): boolean {
  if (to - from < 2 || !/^(he|she|they|we|i)$/.test(s[to - 1]!.lower)) return false;
  const w = s[to - 2]!.lower;
  if (WEEKDAYS.has(w) || /^(night|morning|afternoon|evening|week|month|year|day|today|yesterday|tonight|later|earlier|then|now)$/.test(w)) return true;
  // (or a participle opening the sentence without its comma: "Listing the losses she added")
  return from === 0 && (FRONTED_PREPOSITIONS.test(s[from]!.lower) || /^\p{Lu}\p{Ll}{2,}ing$/u.test(s[from]!.text));
}

/**
 * "Ann Lee, the head of Acme announced …": a name that opens the sentence, then a comma and an apposition
 * whose closing comma is missing; the name is the speaker, not the noun at the end of the apposition.
 * Returns the name's start, or -1.
 */
function nameBeforeUnclosedApposition(s: Token[], from: number, to: number, floor: number): number {
  if (!/^(the|a|an)$/.test(s[from]!.lower) || !/^[a-z]/.test(s[from + 1]?.text ?? '') || s[from - 1]?.text !== ',') return -1;
  if (!s.slice(from, to).some((t) => t.lower === 'of' || t.lower === 'at') || !/^\p{Lu}/u.test(s[to - 1]!.text)) return -1;
  let i = from - 2;
  while (i >= floor && i > from - 6 && s[i]!.type === 'word' && /^\p{Lu}/u.test(s[i]!.text)) i--;
  const start = i + 1;
  if (start > from - 3 || (start !== floor && start !== 0 && s[start - 1]?.text !== ',')) return -1;
  // (a first name not on the list: a run of two or three plain capitalised words, none a title or a function word: "Buzz Hargrove")
  const plain = (t: Token) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && !NP_BOUNDARY.has(t.lower) && !TITLE_WORDS.has(t.lower) && !WEEKDAYS.has(t.lower) && !MONTHS.has(t.lower);
  return isGivenName(s[start]!.text) || s.slice(start, from - 1).every(plain) ? start : -1;
}

/** Prepositions (some of them -ing forms) that open a fronted phrase before the subject: "Regarding the deal he said" (not "to": "To the extent she …" opens a clause). */
const FRONTED_PREPOSITIONS = /^(regarding|concerning|following|despite|amid|amidst|among|towards?|throughout|beyond|upon|within|considering|given|for|of|after|before|during|in|on|at|with|about)$/;

/** The adjective or participle of an anonymous source and the preposition of its complement. */
export const SOURCE_MODIFIERS = new Map([['familiar', 'with'], ['close', 'to'], ['briefed', 'on'], ['involved', 'in'], ['knowledgeable', 'about'], ['aware', 'of'], ['privy', 'to']]);

/**
 * "a person familiar with the talks", "officials directly involved in the deal", "people briefed on the plan":
 * with the preposition at j, the index of the adjective after the role noun, or -1.
 */
function sourceModifierAt(s: Token[], j: number): number {
  const adj = s[j - 1]?.lower ?? '';
  if (SOURCE_MODIFIERS.get(adj) !== s[j]!.lower) return -1;
  // (an adverb may come between: "people directly involved in")
  const h = /^[a-z]{3,}ly$/.test(s[j - 2]?.text ?? '') ? j - 3 : j - 2;
  return ROLE_NOUNS.has(s[h]?.lower ?? '') ? j - 1 : -1;
}

/** Cue words that are far more often nouns ("opening remarks", "growing doubts"). */
const NOUN_CUES = /^(comments?|remarks?|claims?|notes?|reports?|calls?|promises?|vows?|pledges?|charges?|doubts?|hopes?|fears?|questions?|answers?|repl(y|ies)|responses?|warnings?|concerns?|statements?|views?|points?|findings?|suggestions?)$/;

/** Quantifiers before a plural noun: "several questions", "many promises". */
const NOUN_QUANTIFIERS = /^(several|many|few|other|more|most|some|numerous|various|two|three|four|five)$/;
/** Adjectives by their ending and a few common ones, which never head a subject themselves. */
const PREMODIFIER = /^([a-z]+(ous|ful|ive|ic|ical|ible|able|less|est)|[a-z]{4,}al|firm|sharp|strong|stern|harsh|fierce|blunt|good|clear|fresh|new|old|false|main|key|final|latest|original|clarion|repeated|frequent|recent)$/;
/** Nouns with such endings that do head a subject: "the official claims", "the public views". */
const PREMODIFIER_NOUNS = /^(official|general|rival|criminal|individual|professional|representative|executive|relative|detective|native|conservative|liberal|moderate|radical|hospital|capital|tribunal|arsenal|journal|festival|tribal|survival|collective|operative|local|principal|ethic|clinic|republic|public)$/;

/**
 * A noun use of a cue word that reads as a verb ("made several promises to", "his most explosive
 * claim is", "the congressional report found"): right after a quantifier, or after an adjective that
 * follows a determiner, a possessive or a degree word, the cue is the head noun, not the subject's verb.
 * This is a test of the subject's verb, for stance verbs as well as reports, within `floor`; `cueAt`
 * keeps its own narrower noun tests (after a noun marker, `nounAfterArticle`) because a cue word that
 * is a noun here may still be a cue for the paths that need no subject before it ("a few questions,
 * including “Q”"); read through `cueAt` or merged with its tests, it cost train matches.
 */
function nounCueUse(s: Token[], cue: number, floor: number): boolean {
  if (!NOUN_CUES.test(s[cue]?.lower ?? '')) return false;
  const prev = s[cue - 1];
  if (!prev || cue - 1 < floor || prev.type !== 'word') return false;
  if (NOUN_QUANTIFIERS.test(prev.text)) return true;
  if (!PREMODIFIER.test(prev.text) || PREMODIFIER_NOUNS.test(prev.text)) return false;
  let k = cue - 2;
  while (k >= floor && s[k]!.type === 'word' && (PREMODIFIER.test(s[k]!.text) || /^(most|more|very|so|too|less|least)$/.test(s[k]!.text))) k--;
  const d = s[k];
  return !!d && k >= floor && d.type === 'word' && (NOUN_DETERMINERS.test(d.lower) || NOUN_QUANTIFIERS.test(d.lower) || /['’]s?$/.test(d.text));
}

/** Determiners and quantifiers before a noun. */
const NOUN_DETERMINERS = /^(the|a|an|his|her|their|its|our|my|your|this|that|these|those|any|every|each|no)$/;

/**
 * "the planning for the summit", "the hearing officer", "Monday's meeting": an -ing word after a
 * determiner or a possessive is a noun inside the subject. Not before another determiner: in
 * "After the meeting the mayor said" the subject is "the mayor".
 */
function determinedIngNoun(s: Token[], j: number, floor: number): boolean {
  const t = s[j]!;
  const prev = s[j - 1];
  // (a short one only when it is a known noun: "the filing said", not "the dying said")
  if (!(/^[a-z]{4,}ing$/.test(t.text) || (/^[a-z]{3}ing$/.test(t.text) && DOCUMENT_NOUNS.has(t.lower))) || j - 1 < floor || !prev || prev.type !== 'word') return false;
  if (NOUN_DETERMINERS.test(s[j + 1]?.lower ?? '')) return false;
  // ("in her opening remarks", "the following comment": right before a verb form that is also a noun, the -ing word modifies that noun)
  if (NOUN_CUES.test(s[j + 1]?.lower ?? '')) return false;
  return NOUN_DETERMINERS.test(prev.lower) || (/['’]s$/.test(prev.text) && !/^(it|that|there|here|he|she|what|who|where|let)['’]s$/.test(prev.lower));
}

const CLAUSE_WORDS = /^(that|and|but|or|nor|while|as|when|because|if|although|though|after|before|since|where|so|than|which|what|why|how|whether|until|unless|whereas|yet|then|he|she|they|we|i|who|whom)$/;

/**
 * "the woman who hired the lawyer said", "officials whose offices were searched say": the walk back
 * from the verb ended at `from` inside a relative clause (no commas) of the subject. The start of the
 * subject's noun phrase before "who"/"whose", or -1. Only a clause whose verb follows "who" directly
 * ("the man who the police say …" has the cue as its verb).
 */
function relativeClauseHead(s: Token[], from: number, to: number, floor: number, verb: Token | undefined): number {
  let groups = 0;
  for (let k = from - 1; k >= Math.max(floor + 1, from - 12); k--) {
    const t = s[k]!;
    if (t.type !== 'word') return -1;
    if (t.lower === 'who' || t.lower === 'whose') {
      const next = s[k + 1];
      if (!next || next.type !== 'word') return -1;
      // ("a woman who has said …": "who" is the cue's own subject, not the end of a clause inside the speaker's)
      if (!s.slice(k + 1, to).some((x) => !(AUX_ADV.has(x.lower) || AUX_VERBS.has(x.lower) || /^[a-z]+ly$/.test(x.text)))) return -1;
      if (t.lower === 'who' && (NOUN_DETERMINERS.test(next.lower) || /^\p{Lu}/u.test(next.text) || PRONOUN_SUBJECTS.test(next.lower))) return -1;
      if (t.lower === 'whose' && !s.slice(k + 2, from).some((x) => AUX_VERBS.has(x.lower) || /^[a-z]{3,}ed$/.test(x.text))) return -1;
      // (one verb in the clause: in "others who have urged a tougher line expressed doubts" the walk began at a noun)
      for (let x = k + 1; x < from; x++) if (verbLike(s[x]!) && !verbLike(s[x - 1]!)) groups++;
      const head = npBefore(s, k, floor);
      return head && groups <= 1 && /^[a-z]/i.test(s[k - 1]!.text) && agrees(s[k - 1]!, verb) ? head[0] : -1;
    }
    if (CLAUSE_WORDS.test(t.lower) || cueInfo(t.lower)?.form === 'ing') return -1;
  }
  return -1;
}

/** An auxiliary or a past form ("has", "were", "filed"). */
function verbLike(t: Token): boolean {
  return t.type === 'word' && (AUX_VERBS.has(t.lower) || /^[a-z]{3,}ed$/.test(t.text));
}

/**
 * Can a head noun be the subject of the verb? A plural noun takes no verb in -s and a singular one
 * no bare form: "moderates who have led big states" has no verb, and in "a man who witnesses say
 * was driving" the verb belongs to the relative clause. A past form agrees with any head.
 */
function agrees(head: Token, verb: Token | undefined): boolean {
  // (a participle has no subject of its own: in "a man who lost his farm hoping …" the subject is the clause's)
  if (verb?.type === 'word' && /ing$/.test(verb.lower)) return false;
  const form = verb?.type === 'word' ? cueInfo(verb.lower)?.form : undefined;
  if (form !== 'third' && form !== 'base') return true;
  const plural = /^(people|police|others|many|several|few|both|men|women|children|those|some|all|most)$/.test(head.lower) || (/^[a-z]+[^s'’]s$/.test(head.text) && !/(us|is)$/.test(head.lower));
  const singular = !plural && /^[a-z]+$/.test(head.text);
  return form === 'third' ? !plural : !singular;
}

/** Personal pronouns that can be a clause's subject. */
export const PRONOUN_SUBJECTS = /^(he|she|they|we|i|it|you)$/;

/** Words opening an aside between a speaker and the verb ("for her part", "in a statement", "when asked"). */
const ASIDE_OPENERS = new Set(['for', 'in', 'on', 'at', 'during', 'after', 'before', 'when', 'while', 'speaking', 'writing', 'asked', 'however', 'meanwhile', 'though', 'too', 'also', 'instead', 'moreover', 'likewise', 'again', 'then']);

/** Verbs by which someone puts out a document ("issued a statement", "sent a letter"). */
const ISSUING_VERBS = new Set(['issued', 'issues', 'issue', 'released', 'releases', 'release', 'sent', 'sends', 'send', 'published', 'publishes', 'posted', 'posts', 'distributed', 'circulated', 'emailed', 'e-mailed']);
/** Documents that carry someone's words. */
export const DOCUMENT_NOUNS = new Set(['statement', 'statements', 'letter', 'letters', 'memo', 'memorandum', 'email', 'e-mail', 'release', 'report', 'note', 'message', 'video', 'notice', 'tweet', 'communique', 'communiqué', 'ad', 'photo', 'filing', 'lawsuit', 'complaint', 'affidavit', 'ruling', 'article', 'editorial', 'paper', 'document', 'platform']);

/**
 * "The mayor issued a statement Tuesday saying C", "the union sent a letter
 * saying C": the document before the cue is the object of a verb of
 * issuing; the one who speaks is that verb's subject, not the document.
 * (The verb may sit inside the words read back from the cue, as an
 * irregular past does: "The union sent a letter".)
 * Returns the subject's tokens [from, to), or null when [from, to) ends in no such document.
 */
function issuerOfDocument(s: Token[], from: number, to: number, floor: number): [number, number] | null {
  // ("sent a letter to the agency urging …": the addressee after the document, "to" and a short noun phrase without a verb)
  let end = to;
  for (let k = to - 2; k >= from && k >= to - 5; k--) {
    if (s[k]!.lower === 'to' && k > from && s.slice(k + 1, to).every((t) => t.type === 'word' && !AUX_VERBS.has(t.lower) && !cueInfo(t.lower))) { end = k; break; }
  }
  const doc = s[end - 1];
  if (!doc || !(DOCUMENT_NOUNS.has(doc.lower) || FILED_DOCUMENTS.has(doc.lower))) return null;
  // the determiner of the document: "a statement", "a brief written statement"
  // (a plural document may have none: "filed affidavits claiming …")
  let d = end - 2;
  // (not past the verb: in "The tenants filed complaints claiming …" the "The" is the subject's)
  while (d >= from - 1 && d > end - 5 && s[d]?.type === 'word' && !/^(a|an|the)$/.test(s[d]!.lower) && !FILING_VERBS.has(s[d]!.lower) && !ISSUING_VERBS.has(s[d]!.lower)) d--;
  if (!(d >= from - 1 && /^(a|an|the)$/.test(s[d]?.lower ?? ''))) {
    if (!/s$/.test(doc.lower) || !FILING_VERBS.has(s[end - 2]?.lower ?? '')) return null;
    d = end - 1;
  }
  // ("sent out a letter", "put out a statement": the verb with its particle)
  const putOut = s[d - 1]?.lower === 'out' && /^(put|puts)$/.test(s[d - 2]?.lower ?? '');
  const v = s[d - 1]?.lower === 'out' && (ISSUING_VERBS.has(s[d - 2]?.lower ?? '') || putOut) ? d - 2 : d - 1;
  if (v <= floor || !(ISSUING_VERBS.has(s[v]!.lower) || FILING_VERBS.has(s[v]!.lower) || putOut)) return null;
  // (the verb's auxiliaries and adverbs are no part of the subject: "the tenants have filed complaints …")
  let w = v;
  while (w - 1 > floor && s[w - 1]!.type === 'word' && (AUX_VERBS.has(s[w - 1]!.lower) || /^(also|then|later|earlier|already|jointly|recently|formally)$/.test(s[w - 1]!.lower))) w--;
  if (w > from) return [from, w];
  return npBefore(s, w, floor);
}

/** Verbs of lodging or writing a document ("filed a lawsuit alleging", "wrote a letter urging"). */
const FILING_VERBS = new Set(['filed', 'files', 'file', 'submitted', 'lodged', 'faxed', 'mailed', 'wrote', 'writes', 'signed']);
/** Documents lodged with a court or an office, and their plurals (with "filed", "lodged", "faxed"). */
const FILED_DOCUMENTS = new Set(['affidavits', 'complaints', 'lawsuits', 'suit', 'suits', 'filings', 'fax', 'faxes', 'petition', 'petitions', 'motion', 'motions', 'brief', 'briefs', 'memos', 'notes', 'messages', 'emails', 'e-mails', 'reports']);

/**
 * "A memo obtained by the paper said", "A report published Monday by the agency said", "A study
 * released last week found", "Lawyers representing the city argued": a participle after its head
 * noun, with its agent, a time or an object, is part of the subject. With the walk back from the
 * cue at token j (the agent or object read so far is [from, to)), the index of the participle, or -1.
 */
function reducedRelativeAt(s: Token[], j: number, from: number, to: number, floor: number): number {
  const t = s[j]!;
  const onlyTime = s.slice(from, to).every((x) => WEEKDAYS.has(x.lower) || /^(last|this|week|month|year|on|earlier)$/.test(x.lower));
  let p = -1;
  if (t.lower === 'by' && from < to && !onlyTime) {
    p = j - 1;
    for (let k = 0; k < 3 && p > floor && (WEEKDAYS.has(s[p]!.lower) || /^(on|last|this|week|month|year|earlier)$/.test(s[p]!.lower)); k++) p--;
    if (!pastParticiple(s[p])) return -1;
  } else if (/^(in|for|among|across|of|on|at|from|between|with)$/.test(t.lower) && from < to && MADE_PARTICIPLES.test(s[j - 1]?.lower ?? '') && POLL_HEADS.test(s[j - 2]?.lower ?? '')) {
    // "exit polls taken in Ohio found", "a survey conducted for the network shows": a poll and where or for whom it was made
    p = j - 1;
  } else if (pastParticiple(t) && onlyTime && /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|last|this|earlier|on)$/.test(s[j + 1]?.lower ?? '')) p = j;
  else if (/^([a-z]{4,}ing|citing)$/.test(t.text) && !ING_NOUNS.test(t.lower) && from < to && to - from <= 4 && (!cueInfo(t.lower) || citedBy(s, j)) && ((!ROLE_NOUNS.has(s[from]!.lower) && !TITLE_WORDS.has(s[from]!.lower)) || citedBy(s, j))) p = j;
  else return -1;
  return p > floor && headNoun(s[p - 1]) ? p : -1;
}
/**
 * "A poll released Monday found", "a study published last week shows": the time after a participle
 * ending the subject was skipped back over as the verb's adverb, but it belongs to the participle.
 * The end of the subject [.., to) taken over those time words.
 */
function participleTimeEnd(s: Token[], to: number, cue: number): number {
  let e = to;
  while (e < cue && s[e]!.type === 'word' && (WEEKDAYS.has(s[e]!.lower) || TIME_WORDS.has(s[e]!.lower) || /^(on|last|this|earlier)$/.test(s[e]!.lower))) e++;
  // (only a whole time: "released on Monday", not a dangling "on")
  while (e > to && /^(on|last|this|earlier)$/.test(s[e - 1]!.lower)) e--;
  return e;
}
/** Participles by which a poll or a study is made or put out ("conducted", "taken", "released"). */
export const MADE_PARTICIPLES = /^(taken|conducted|released|published|commissioned|sponsored|carried|done|issued|compiled|prepared)$/;
/** Nouns of a poll, a study or its results. */
export const POLL_HEADS = /^(poll|polls|polling|survey|surveys|study|studies|report|reports|analysis|data|figures|results|numbers|review|audit)$/;
/**
 * "Exit polls taken in Ohio found", "a survey conducted for the network last week shows": the words
 * after a participle of making a poll, read back over as the verb's adjuncts, belong to the subject.
 * The end of the subject, before any adverb of the verb ("… in Ohio also found").
 */
function madeAdjunctEnd(s: Token[], to: number, cue: number): number {
  let e = to;
  while (e < cue && (s[e]!.type === 'word' || /^[-/&.]$/.test(s[e]!.text)) && !AUX_ADV.has(s[e]!.lower) && !/^[a-z]+ly$/.test(s[e]!.text)) e++;
  return e;
}
/**
 * "a report citing officials", "a broadcast quoting diplomats": an account and the sources it cites
 * (the sources are the object of the participle, even a bare plural role noun; the account speaks).
 */
function citedBy(s: Token[], j: number): boolean {
  return /^(citing|quoting)$/.test(s[j]!.lower) && CITING_HEADS.test(s[j - 1]?.lower ?? '');
}
/** Nouns of a written or broadcast account that cites its sources ("a report citing officials"). */
const CITING_HEADS = /^(report|reports|story|stories|article|articles|memo|dispatch|broadcast|account|analysis|study|survey|poll|document|documents|letter|statement|review|audit)$/;
/** Nouns in -ing, not participles. */
const ING_NOUNS = /^(morning|evening|meeting|building|briefing|hearing|funding|spending|ruling|wedding|polling|bidding|something|nothing|anything|everything|sibling|offering|ceiling|feeling|setting|landing|opening|warning|timing|training|housing|clothing|shooting|bombing|killing|uprising|beijing|reading|hearing|ending|string|spring)$/;
/** A past participle: a word in -ed or -en, or a common irregular one. */
function pastParticiple(t: Token | undefined): boolean {
  return !!t && t.type === 'word' && (/^[a-z]{3,}(ed|en)$/.test(t.text) && !/^(often|seven|eleven|citizen|women|children|garden|golden|listen|even|open|kitchen)$/.test(t.lower) || /^(written|sent|held|made|taken|given|paid|led|signed|set|put|known|drawn|brought|built|sold|bought|won)$/.test(t.text));
}
/** A word that can head a noun phrase before its modifier: a noun, not an auxiliary, a pronoun or a determiner. */
function headNoun(t: Token | undefined): boolean {
  if (!t || t.type !== 'word' || AUX_VERBS.has(t.lower) || NP_BOUNDARY.has(t.lower) || /['’]s$/.test(t.text)) return false;
  if (/^(the|a|an|his|her|its|their|our|my|your|this|that|these|those|he|she|it|they|we|i|you|him|them|us|me|who|which|to|of|for|not|been|being|be|newly|recently|just)$/.test(t.lower) || /^[a-z]+ly$/.test(t.text)) return false;
  return /^[a-z-]+$/.test(t.text) || /^\p{Lu}/u.test(t.text);
}

/** Participles of polling after the people asked: "teachers polled said", "the senators surveyed". */
const SURVEYED = /^(polled|surveyed|interviewed|questioned|sampled)$/;
/** A plural noun for people ("senators", "men", "nurses"), or a role noun. */
function peopleNoun(t: Token | undefined): boolean {
  if (!t || t.type !== 'word') return false;
  return ROLE_NOUNS.has(t.lower) || /^(men|women|people|adults|children)$/.test(t.lower) || (/^[a-z-]{3,}s$/.test(t.lower) && !/(ss|us|is)$/.test(t.lower));
}
/**
 * Is token j the link of an age that ends the noun phrase at `to` ("men under 35 say", "voters over
 * 65 said", "adults aged 18 to 29 said")? The people noun before it is the head.
 */
function ageLink(s: Token[], j: number, to: number): boolean {
  if (!/^(under|over|aged)$/.test(s[j]!.lower) || !peopleNoun(s[j - 1])) return false;
  const rest = s.slice(j + 1, to);
  return rest.length >= 1 && rest.length <= 3 && /^\d{2}$/.test(rest[0]!.text) && rest.every((x) => /^(\d{2}|to|and)$/.test(x.lower));
}

const NUMBER_WORD = /^(\d+|one|two|three|four|five|six|seven|eight|nine|ten|half)$/i;

/**
 * Is token j the link of a proportion that ends the noun phrase at `to` ("six in 10 said", "one out
 * of five say", "more than 4 in 10 said")? With a noun after it ("4 in 10 voters") the noun is the head.
 */
function proportionLink(s: Token[], j: number, to: number): boolean {
  const t = s[j]!.lower;
  const numbers = (a: number) => a < to && s.slice(a, to).every((x) => NUMBER_WORD.test(x.text) || /^(in|of|out)$/.test(x.lower));
  // ("six in 10 voters said": the proportion of a noun, read back from the noun)
  if ((t === 'in' || t === 'of') && j + 2 <= to && NUMBER_WORD.test(s[j + 1]!.text) && NUMBER_WORD.test(s[j - 1]?.text ?? '') && (j + 2 === to || t === 'in')) return true;
  if (t === 'out' && j + 3 === to && s[j + 1]?.lower === 'of' && NUMBER_WORD.test(s[j + 2]!.text) && NUMBER_WORD.test(s[j - 1]?.text ?? '')) return true;
  return t === 'than' && /^(more|less|fewer)$/.test(s[j - 1]?.lower ?? '') && numbers(j + 1);
}

/** Tokens of a speaker noun phrase after a cue ("said Peskov, the Kremlin spokesman."). */
export function npAfter(s: Token[], start: number, stopAtComma = false): [number, number] | null {
  // a pronoun is a whole noun phrase: "said he would …" names no speaker after the cue
  if (s[start] && /^(he|she|they|we|i|it)$/.test(s[start]!.lower)) return [start, start + 1];
  let j = start;
  let n = 0;
  while (j < s.length && n < 16) {
    const t = s[j]!;
    if (stopAtComma && t.text === ',') break;
    if (t.type === 'quote') break;
    if (t.type === 'punct' && /^[.;:!?…—–]$/.test(t.text)) break;
    if (t.type === 'word' && !/^\p{Lu}/u.test(t.text)) {
      // "founder and CEO of …", "Grassley and Leahy": a conjunction inside a name or title
      if (t.lower === 'and' && s[j + 1] && (isCapWord(s[j + 1]) || TITLE_WORDS.has(s[j + 1]!.lower))) { j++; n++; continue; }
      // ("according to a report in the Quillan Ledger": the outlet of an account goes on with it)
      if (t.lower === 'in' && ACCOUNT_NOUNS.test(s[j - 1]?.lower ?? '') && (isCapWord(s[j + 1]) || (s[j + 1]?.lower === 'the' && isCapWord(s[j + 2])))) { j++; n++; continue; }
      if (['and', 'but', 'adding', 'saying', 'noting', 'as', 'because', 'when', 'while', 'in', 'on', 'at', 'during', 'after', 'before', 'referring', 'told', 'explaining', 'though', 'although', 'pointing', 'speaking', 'writing', 'that'].includes(t.lower)) break;
      if (/(ed|ing)$/.test(t.lower) && t.lower.length > 5 && !ADJ_OK.has(t.lower)) break;
      if (AUX_VERBS.has(t.lower)) break;
    }
    j++;
    n++;
  }
  // trailing commas
  while (j > start && s[j - 1]!.type === 'punct' && s[j - 1]!.text !== ')') j--;
  return j > start ? [start, j] : null;
}

/** Adjunct tokens after a cue that neither name the speaker nor report anything. */
export function isAdjunctRun(toks: Token[]): boolean {
  if (!toks.length) return true;
  if (toks.length > 14) return false;
  if (toks.some((t) => t.type === 'quote' || AUX_VERBS.has(t.lower) || ['that', 'he', 'she', 'they', 'we', 'i', 'it'].includes(t.lower))) return false;
  const f = toks[0]!;
  return PREPOSITIONS.has(f.lower) || WEEKDAYS.has(f.lower) || f.text === ',' || f.text === '(' ;
}

/**
 * "Lee leads Roe 46 to 40 percent, while Park trails by 12", "the city has raised $2 million, while
 * the county has raised $6 million": a clause after ", while" at `comma` that holds a figure, after a
 * content (from `from`) that holds one, compares two figures of one finding and goes on with it.
 */
export function figureComparison(s: Token[], from: number, comma: number): boolean {
  if (s[comma]?.text !== ',' || !/^(while|whereas)$/.test(s[comma + 1]?.lower ?? '')) return false;
  const figure = (t: Token) => t.type === 'word' && /\d/.test(t.text);
  let end = comma + 2;
  while (end < s.length && !/^[.;!?]$/.test(s[end]!.text) && s[end]!.type !== 'quote') end++;
  // (not a clause with a report of its own: "…, while rival groups reported spending $1 million")
  const report = (x: number) => { const c = cueAt(s, x); return !!c && c.strength !== 'weak' && (c.form === 'past' || c.form === 'third'); };
  if (s.slice(comma + 2, end).some((_, k) => report(comma + 2 + k))) return false;
  return s.slice(from, comma).some(figure) && s.slice(comma + 2, end).some(figure);
}

/** Does a share of people open at token i ("15 percent", "12%", "six in 10")? "… and 15 percent backed Lee" is a clause of its own. */
export function shareAt(s: Token[], from: number): boolean {
  let i = from;
  // "only 7 percent", "about 4 in 10", "more than 60 percent"
  while (i < from + 3 && /^(only|just|about|around|nearly|almost|roughly|some|over|under|more|fewer|less|than)$/.test(s[i]?.lower ?? '')) i++;
  const t = s[i];
  if (!t || t.type !== 'word') return false;
  if (/^\d[\d.]*%$/.test(t.text)) return true;
  const n = s[i + 1]?.lower ?? '';
  return /^(\d[\d.]*|[a-z]+(-[a-z]+)?)$/i.test(t.text) && (n === 'percent' || n === '%' || (n === 'in' && /^\d+$/.test(s[i + 2]?.text ?? '')));
}

/**
 * "Lee, who has long argued C", "voters who have in the past backed X": the index of the relative
 * pronoun standing for the subject of the cue at c, across auxiliaries, adverbs and a short time
 * adjunct ("in the past", "on Tuesday"), or -1.
 */
export function relativeSubjectBefore(s: Token[], c: number, pronouns: RegExp = /^(who|that)$/): number {
  let j = c - 1;
  while (j >= 0 && c - j <= 7) {
    const t = s[j]!;
    if (t.type !== 'word') return -1;
    // ("who’s called for", "who’ve argued": the pronoun with a contracted auxiliary)
    if (pronouns.test(t.lower) || pronouns.test(t.lower.replace(/['’](s|ve|d)$/, ''))) return j;
    // (not across a negation: "who has never endorsed X" reports no stance)
    if (/^(not|never|cannot)$|n['’]t$/.test(t.lower)) return -1;
    if (AUX_ADV.has(t.lower) || AUX_VERBS.has(t.lower) || (/^[a-z]{3,}ly$/.test(t.text) && !/^(only|family|ally|rally|early|daily)$/.test(t.lower))) { j--; continue; }
    // "in the past", "on Tuesday", "last year": a time adjunct before the verb
    if (t.lower === 'past' && s[j - 1]?.lower === 'the' && s[j - 2]?.lower === 'in') { j -= 3; continue; }
    if (WEEKDAYS.has(t.lower)) { j -= s[j - 1]?.lower === 'on' ? 2 : 1; continue; }
    if (/^(year|week|month)$/.test(t.lower) && /^(last|this)$/.test(s[j - 1]?.lower ?? '')) { j -= 2; continue; }
    return -1;
  }
  return -1;
}

/**
 * "Carl Oreby, a historian at Leeds, who said …": a noun phrase set apart by commas after a name,
 * opening with an article and a lower-case word, describes that name; the name is the better mention.
 * Returns the name's span, or `np` unchanged.
 */
export function namedBeforeApposition(s: Token[], np: [number, number], floor: number): [number, number] {
  const first = s[np[0]];
  if (!first || !/^(a|an|the)$/.test(first.lower) || !/^[a-z]/.test(s[np[0] + 1]?.text ?? '') || s[np[0] - 1]?.text !== ',') return np;
  const name = npBefore(s, np[0] - 1, floor);
  if (!name || name[1] !== np[0] - 1) return np;
  const words = s.slice(name[0], name[1]);
  return words.length && words.every((t) => t.type === 'word' && (/^\p{Lu}/u.test(t.text) || TITLE_WORDS.has(t.lower))) ? name : np;
}

/** "in February", "at a news conference": a time or occasion adjunct that ends an object noun phrase. */
export function adjunctAt(s: Token[], i: number): boolean {
  if (!/^(in|at|on|during|since)$/.test(s[i]?.lower ?? '')) return false;
  let n = s[i + 1];
  if (n && /^(a|an|the|his|her|their|its|early|late|mid)$/.test(n.lower)) n = s[i + 2];
  if (!n) return false;
  return MONTHS.has(n.lower) || WEEKDAYS.has(n.lower) || /^\d{4}$/.test(n.text) || OCCASIONS.has(n.lower) || /^(early|late|mid)$/.test(s[i + 1]!.lower);
}
export const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
/** "Aug.", "Sept.": an abbreviated month (with its point: "Jun" alone may be a name), which names a date and never a speaker. */
export const MONTH_ABBREVIATION = /^(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/;
const OCCASIONS = new Set(['interview', 'statement', 'speech', 'rally', 'debate', 'conference', 'news', 'press', 'video', 'tweet', 'letter', 'email', 'e-mail', 'op-ed', 'editorial', 'appearance', 'event', 'meeting', 'hearing', 'town', 'radio', 'television', 'tv', 'campaign', 'visit', 'trip', 'weekend', 'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'fall', 'spring', 'summer', 'winter']);

/** Words that open the writer's frame after the object of a verb of speaking: "discussed the plan before the vote". */
export const FRAME_STOP = new Set(['after', 'before', 'when', 'while', 'because', 'although', 'though', 'despite', 'amid', 'during', 'earlier', 'later', 'instead']);

/** Media through which one speaks: "on Facebook", "on Fox News", "on its Twitter page", "on the radio". */
const MEDIA = /^(facebook|twitter|instagram|youtube|radio|television|tv|cnn|msnbc|fox|abc|nbc|cbs|npr|pbs|c-span|air)(['’]s)?$/;

/** Does a medium of speaking ("Facebook", "the radio", "Fox News Channel's show") open the phrase at j (within three words)? */
export function mediaAt(s: Token[], j: number): boolean {
  for (let x = j; x < Math.min(s.length, j + 3); x++) {
    const t = s[x]!;
    if (t.type !== 'word') return false;
    if (MEDIA.test(t.lower)) {
      // (the medium heads the phrase, which closes the clause: not "a ban on Fox News ads")
      let y = x + 1;
      while (s[y]?.type === 'word' && (/^\p{Lu}/u.test(s[y]!.text) || /^(page|pages|show|program|programme|channel|account|feed|network|station)$/.test(s[y]!.lower))) y++;
      const n = s[y];
      return !n || n.type !== 'word' || FRAME_STOP.has(n.lower) || /^(on|in|at|last|this|that|to|and)$/.test(n.lower) || WEEKDAYS.has(n.lower);
    }
    if (!/^(the|a|his|her|their|its|\p{Lu}.*)$/u.test(t.text)) return false;
  }
  return false;
}
