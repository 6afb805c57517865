/**
 * Attributions whose cue is not a speech verb: beliefs, intentions, stances
 * and evidence (the PolNeAR notion of attribution), found after the speech
 * extractors and only where they found nothing.
 *   X believes/thinks/expects (that) C       belief: the clause C
 *   X sees/views Y as Z                      belief: "Y as Z"
 *   X wants/plans/seeks/hopes to V …         intention: "to V …"
 *   X wants/seeks/proposes NP                intention: the NP
 *   X supports/opposes/endorses/backs NP     stance: the NP
 *   a poll/the study/records show(s)/found C evidence: the clause C
 *   C, they believe. / C, polls show.        the clause before
 *   his claim that C, her plan to V           a noun of attitude and its possessor
 *   amid questions about C                    such a noun with no possessor: C, no speaker
 *   X is expected to V, X seems to V          the writer's view: "X … to V", no speaker
 *   X talked about/voted for/pointed to C     speaking of, acting on something: C
 *   X weighed in on/came out against/distanced himself from/sided with C, agreed with C, worried about C: C
 *   X went on the show to talk about/call for/vote against C   a purpose infinitive: C
 *   X cited/echoed/expressed C                 the object (a clause after "concern that")
 *   X discussed/mentioned/touted/demanded C     the object, up to the writer's time or occasion adjunct
 *   X compared/likened/linked Y to Z           "Y to Z"; X portrayed/cast Y as Z: "Y as Z"
 *   X took a swipe at C, raised questions about C, thanked Y for C, turned her attention to C
 *   X made no mention of C, did not respond to C   what was left out or unanswered: C
 *   X called Y Z (no quotation marks)         naming: "Y Z"
 *   NP known as NAME, X is known for C        the writer's naming: "NP … NAME", no speaker
 * The subject must be a real mention (a name, pronoun, role, organisation,
 * or for evidence a noun such as "poll"); questions, infinitives and noun
 * uses ("the show", "a plan") are not attributions.
 */
import { cueOf, type Candidate } from './candidate.ts';
import { ANONYMOUS_HEADS, cueInfo, NOUN_MARKERS, NP_BOUNDARY, ORG_WORDS, ROLE_NOUNS, TITLE_WORDS, WEEKDAYS } from './cues.ts';
import type { SentenceCtx } from './index.ts';
import { butAlsoAddition, clauseAfterAnd, EMPTY_CONTENT, evenIfCondition, frontedClauseEnd, IRREGULAR_PAST, mainClauseAt, mainVerbAt, newReport, nextActAfterObject, nextActAt, participlePairAt, presentVerbAt, subjectAside, verblessConcession } from './indirect.ts';
import { adjunctAt, figureComparison, knownPerson, FRAME_STOP, mediaAt, MONTHS, negationStart, npBefore, relativeSubjectBefore, shareAt } from './np.ts';
import { parseMention, type Mention } from './speakers.ts';
import { wordCount } from './quotes.ts';
import type { Token } from './tokens.ts';

type StanceClass = 'belief' | 'intention' | 'stance' | 'evidence' | 'topic' | 'naming';
type Form = 'base' | 'third' | 'past' | 'ing';

interface StanceCue {
  lemma: string;
  cls: StanceClass;
  form: Form;
}

/** Verbs of belief and cognition: they report a clause, with or without "that". */
const BELIEF = ['believe', 'think', 'expect', 'doubt', 'fear', 'suspect', 'reckon', 'feel', 'worry', 'hope', 'know', 'see', 'view', 'regard', 'consider'];
/** Verbs of intention and commitment: "to V …" or an object. */
const INTENTION = ['want', 'plan', 'seek', 'intend', 'aim', 'wish', 'prefer', 'propose', 'decide', 'agree', 'refuse', 'decline', 'offer', 'threaten', 'promise', 'vow', 'pledge'];
/** Verbs of stance toward an object: the object. */
const STANCE = ['support', 'oppose', 'endorse', 'back', 'favor', 'favour'];
/**
 * Verbs of speaking of, acting on or arguing for something, by the word that introduces what
 * they report ("" for a direct object): "talked about the economy", "voted against the bill",
 * "cited the report". The content is what follows that word.
 */
const TOPIC: Record<string, string[]> = {
  talk: ['about', 'of'], speak: ['about', 'of', 'out'], refer: ['to'], point: ['to'], focus: ['on'], push: ['for'],
  vote: ['for', 'against', 'to'], complain: ['about', 'of'], insist: ['on'], argue: ['for', 'against'],
  apologize: ['for'], apologise: ['for'], warn: ['of', 'against', 'about'], cite: [''], echo: [''], express: [''], voice: [''],
  take: ['noun'], raise: ['noun'], heap: ['noun'], lavish: ['noun'], pour: ['noun'], thank: ['object'],
  comment: ['on'], reflect: ['on'], dwell: ['on'], boast: ['about', 'of'], brag: ['about'], joke: ['about'], hint: ['at'],
  allude: ['to'], advocate: ['for'], approve: ['of'], disapprove: ['of'], campaign: ['for', 'against'], lobby: ['for', 'against'], rail: ['against'], lash: ['out'],
  discuss: [''], mention: [''], outline: [''], detail: [''], present: [''], tout: [''], promote: [''],
  explain: [''], list: [''], reiterate: [''], recount: [''], recall: [''], confirm: [''], predict: [''],
  compare: [''], liken: [''], link: [''], portray: [''], depict: [''], cast: [''], paint: [''], frame: [''], identify: [''], describe: [''], characterize: [''], characterise: [''],
  dispute: [''], demand: [''], defend: [''], question: [''], announce: [''], recommend: [''], praise: [''], criticize: [''],
  // "vouched for C", "touched on C", "weighed in on C", "opened up about C", "came out against C"
  vouch: ['for'], touch: ['on', 'upon'], weigh: ['in'], open: ['up'], come: ['out'],
  // "sided with C", "distanced himself from C"
  side: ['with'], distance: ['himself', 'herself', 'themselves', 'itself'],
  // "laid out a plan", "would not rule out a run", "spelled out the terms", "singled out the mayor": a particle, then the object
  lay: ['out'], rule: ['out'], spell: ['out'], single: ['out'],
  // "turned her attention to C"
  turn: ['noun'],
  // "did not respond to the council's letter": a refusal to answer reports what went unanswered
  respond: ['to'],
  // "threw her support behind C", "lent his support to C": backing given
  throw: ['noun'], lend: ['noun'],
};
/** Verbs whose particle takes a direct object after it ("laid out C"), not a preposition ("spoke out against C"). */
const PARTICLE_OBJECT = new Set(['lay', 'rule', 'spell', 'single']);
/** The prepositions after a verb's particle that bring what it reports: "spoke out against C", "weighed in on C". */
const PARTICLE_PREPS: Record<string, RegExp> = { out: /^(against|about|on|for|in|at)$/, in: /^on$/, up: /^about$/ };
/**
 * Verbs that report only with a noun of speech or judgement and its preposition: "took a swipe
 * at C", "took issue with C", "raised questions about C". The content is the object of the preposition.
 */
const TOPIC_NOUNS: Record<string, { nouns: Set<string>; preps: Set<string> }> = {
  take: { nouns: new Set(['shot', 'shots', 'swipe', 'swipes', 'aim', 'issue', 'jab', 'jabs', 'dig', 'digs', 'potshots', 'stance', 'stand', 'credit', 'exception', 'offense', 'offence']), preps: new Set(['at', 'with', 'against', 'on', 'for', 'to']) },
  // "heaped praise on C", "lavished praise on C", "poured scorn on C"
  heap: { nouns: new Set(['praise', 'scorn', 'criticism', 'blame', 'abuse', 'insults', 'ridicule']), preps: new Set(['on', 'upon']) },
  lavish: { nouns: new Set(['praise', 'attention']), preps: new Set(['on', 'upon']) },
  pour: { nouns: new Set(['scorn']), preps: new Set(['on', 'upon']) },
  // "turned her attention to C": what the subject now speaks of or acts on
  turn: { nouns: new Set(['attention', 'focus', 'fire', 'criticism', 'ire']), preps: new Set(['to', 'on']) },
  throw: { nouns: new Set(['support', 'weight']), preps: new Set(['behind', 'to']) },
  lend: { nouns: new Set(['support', 'voice']), preps: new Set(['to']) },
  raise: { nouns: new Set(['questions', 'question', 'concerns', 'concern', 'doubts', 'doubt', 'objections', 'alarm', 'fears', 'the', 'possibility', 'prospect', 'issue']), preps: new Set(['about', 'over', 'that', 'of', 'regarding', 'with']) },
};
/** Verbs that name or characterise an object without quotation marks: "called the plan a giveaway". */
const NAMING = ['call'];
/** Verbs by which evidence (a poll, a study, records) reports a finding. */
const EVIDENCE = ['show', 'find', 'suggest', 'indicate', 'reveal', 'confirm', 'demonstrate'];

const IRREGULAR: Record<string, Partial<Record<Form, string[]>>> = {
  think: { past: ['thought'] },
  feel: { past: ['felt'] },
  know: { past: ['knew', 'known'] },
  see: { past: ['saw', 'seen'] },
  seek: { past: ['sought'] },
  find: { past: ['found'] },
  show: { past: ['showed', 'shown'] },
  plan: { past: ['planned'], ing: ['planning'] },
  speak: { past: ['spoke', 'spoken'] },
  refer: { past: ['referred'], ing: ['referring'] },
  echo: { past: ['echoed'] },
  take: { past: ['took', 'taken'] },
  prefer: { past: ['preferred'], ing: ['preferring'] },
  cast: { past: ['cast'] },
  come: { past: ['came'] },
  lay: { past: ['laid'] },
  throw: { past: ['threw', 'thrown'] },
  lend: { past: ['lent'] },
};

function formsOf(lemma: string): [string, Form][] {
  const irr = IRREGULAR[lemma] ?? {};
  const third = /(s|sh|ch|x|z|o)$/.test(lemma) ? lemma + 'es' : /[^aeiou]y$/.test(lemma) ? lemma.slice(0, -1) + 'ies' : lemma + 's';
  const past = irr.past ?? [/e$/.test(lemma) ? lemma + 'd' : /[^aeiou]y$/.test(lemma) ? lemma.slice(0, -1) + 'ied' : lemma + 'ed'];
  const ing = irr.ing ?? [/[^e]e$/.test(lemma) ? lemma.slice(0, -1) + 'ing' : lemma + 'ing'];
  // ("cast": a past the same as the base form reads as the past, which agrees with any subject)
  const base: [string, Form][] = past.includes(lemma) ? [] : [[lemma, 'base']];
  return [...base, [third, 'third'], ...past.map((p): [string, Form] => [p, 'past']), ...ing.map((g): [string, Form] => [g, 'ing'])];
}

const LEXICON = new Map<string, StanceCue>();
for (const [list, cls] of [[BELIEF, 'belief'], [INTENTION, 'intention'], [STANCE, 'stance'], [EVIDENCE, 'evidence'], [Object.keys(TOPIC), 'topic'], [NAMING, 'naming']] as const) {
  for (const lemma of list) for (const [w, form] of formsOf(lemma)) if (!LEXICON.has(w)) LEXICON.set(w, { lemma, cls, form });
}

/** Is the word a form of a verb of belief, intention, stance or evidence ("endorses", "wants")? */
export const isStanceVerb = (lower: string): boolean => LEXICON.has(lower);

/** Nouns naming evidence that can "show" or "find" something. */
const EVIDENCE_NOUNS = new Set([
  'poll', 'polls', 'polling', 'survey', 'surveys', 'study', 'studies', 'report', 'reports', 'data', 'records', 'record',
  'documents', 'document', 'results', 'analysis', 'analyses', 'figures', 'numbers', 'statistics', 'video', 'videos',
  'footage', 'photos', 'photographs', 'images', 'emails', 'e-mails', 'research', 'review', 'audit', 'investigation',
  'count', 'tally', 'estimates', 'evidence', 'census', 'filings', 'memo', 'tests', 'test', 'experiments', 'findings',
  'probe', 'inquiry', 'returns', 'average', 'averages', 'model', 'models', 'projections', 'forecast', 'forecasts',
  // documents and pictures that show what they hold ("an email shows C", "a photo showed NP")
  'email', 'e-mail', 'photo', 'photograph', 'picture', 'pictures', 'image', 'paper', 'ledger', 'ledgers', 'tallies',
  'transcript', 'transcripts', 'clip', 'clips', 'post', 'posts', 'chart', 'charts',
]);

const MODALS = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'should', 'must', 'do', 'does', 'did', "won't", "wouldn't", "don't", "doesn't", "didn't", 'cannot', "can't", 'not', "n't", 'never', 'also', 'still', 'really', 'genuinely', 'strongly', 'firmly', 'clearly', 'now', 'even', 'openly', 'publicly', 'privately', 'reportedly', 'immediately', 'yet']);
const BE_HAVE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", 'am', 'has', 'have', 'had']);
const FINITE = new Set(['is', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'should', 'must', 'may', 'might', 'has', 'have', 'had', 'does', 'did', 'do', "'s", "'re", "'ll", "'d", "isn't", "wasn't", "won't", "wouldn't", "can't", "doesn't", "didn't", "hasn't", "haven't", 'am']);
const CLAUSE_STARTERS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'there', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'the', 'a', 'an', 'most', 'many', 'some', 'no', 'all', 'both', 'more', 'such']);
const WH = new Set(['whether', 'how', 'why', 'what', 'when', 'where', 'who', 'which', 'if']);
/** Words that end an object noun phrase: clause links and time adjuncts. */
const OBJECT_STOP = new Set([
  'because', 'after', 'before', 'when', 'while', 'as', 'since', 'during', 'despite', 'although', 'though', 'if', 'unless',
  'until', 'but', 'saying', 'so', 'than', 'yesterday', 'today', 'tonight', 'last', 'earlier', 'later', 'instead',
]);

/** Is token i a cue of this module, used as a verb? */
function stanceCueAt(s: Token[], i: number): StanceCue | null {
  const t = s[i];
  if (!t || t.type !== 'word') return null;
  if (/^\p{Lu}/u.test(t.text) && !t.title) return null;
  const cue = LEXICON.get(t.lower);
  if (!cue) return null;
  const prev = s[i - 1];
  if (!prev) return null;
  if (prev.type !== 'word') return prev.text === ')' || prev.text === ',' ? cue : null;
  // noun uses: "the show", "his plans", "Trump's support", "their backing"
  if (NOUN_MARKERS.has(prev.lower)) return null;
  if (/['’]s?$/.test(prev.text) && prev.text.length > 2) return null;
  // a passive participle: "a plan backed by the council", "the bill proposed by Lee"
  if (cue.form === 'past' && s[i + 1]?.lower === 'by') return null;
  // "hit back", "buy back": the adverb after another verb
  // (after a share of people it is the verb: "44 percent back the plan", "six in 10 back it")
  if (cue.lemma === 'back' && !(MODALS.has(prev.lower) || /^(who|that|he|she|they|we|i|you)$/.test(prev.lower) || /^\p{Lu}/u.test(prev.text) || /^(percent|majority|plurality|half|thirds|quarters|fifths|\d+%?)$/.test(prev.lower))) return null;
  if (cue.lemma === 'back' && /^(up|down|off|away|out|again|in|on|to|into|from)$/.test(s[i + 1]?.lower ?? '')) return null;
  // infinitives ("to support") belong to the verb before them
  // (not a gerund after a verb of turning: "pivoted to talking about C")
  if (prev.lower === 'to' && !(cue.form === 'ing' && cue.cls === 'topic' && aspectLeadAt(s, i) >= 0)) return null;
  // passives and perfect of the wrong form: "was expected", "has plans"
  if ((cue.form === 'past' || cue.form === 'third' || cue.form === 'base') && ['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", 'am'].includes(prev.lower)) return null;
  // (but "come" is its own participle: "has come out against C")
  if ((cue.form === 'third' || cue.form === 'base') && ['has', 'have', 'had'].includes(prev.lower) && !(cue.lemma === 'come' && t.lower === 'come')) return null;
  return cue;
}

/** Verbs of starting, going on or turning to an activity, before its gerund: "began talking about C", "kept speaking of C". */
const ASPECT_VERBS = /^(begin|begins|began|beginning|start|starts|started|starting|keep|keeps|kept|keeping|continue|continues|continued|continuing|resume|resumes|resumed)$/;
/** Verbs of opening or closing a speech, before "by" and a gerund: "opened by talking about C". */
const ASPECT_BY = /^(begin|begins|began|start|starts|started|open|opens|opened|close|closes|closed|end|ends|ended)$/;
/** Verbs of turning to an activity, before "to" and a gerund: "pivoted to talking about C". */
const ASPECT_TO = /^(pivot|pivots|pivoted|turn|turns|turned|switch|switches|switched|move|moves|moved|return|returns|returned|shift|shifts|shifted)$/;

/**
 * "Lee began talking about C", "Lee opened by talking about C", "Lee swiftly pivoted to talking
 * about C", "who spent long hours talking about C": a verb of starting, going on, turning or spending
 * time before a gerund of speaking of something. Where the subject ends (the verb or the adverbs
 * before it), or -1.
 */
function aspectLeadAt(s: Token[], c: number): number {
  let j = c - 1;
  const link = s[j]?.lower;
  if (link === 'by' || link === 'to') j--;
  const v = s[j];
  if (!v || v.type !== 'word') return -1;
  let ok = link === 'by' ? ASPECT_BY.test(v.lower) : link === 'to' ? ASPECT_TO.test(v.lower) : ASPECT_VERBS.test(v.lower);
  // ("spent long hours talking about C", "spent much of the campaign railing against C")
  if (!ok && link !== 'by' && link !== 'to') {
    for (let k = j; k > Math.max(0, c - 7); k--) {
      const w = s[k]!;
      if (w.type !== 'word') break;
      if (/^(spend|spends|spent|spending)$/.test(w.lower) && k < j && /^(time|day|days|week|weeks|month|months|year|years|hours|campaign|speech|remarks|interview|evening|morning|afternoon|night)$/.test(s[j]!.lower)) { j = k; ok = true; break; }
    }
  }
  if (!ok) return -1;
  while (j > 1 && s[j - 1]!.type === 'word' && /^[a-z]{3,}ly$/.test(s[j - 1]!.text)) j--;
  return j;
}

/** Words that open a clause inside the sentence (so its subject need not be the sentence's). */
const SUBORDINATE_OPENER = /^(and|but|or|after|before|when|while|because|since|although|though|if|unless|who|whom|whose|which|that|as|where|until)$/;

/** Does a finite verb stand between the last clause opener and the comma at k ("Lee said of her rival, …"), so the clause before it is whole? */
function clauseBeforeComma(s: Token[], k: number): boolean {
  for (let j = k - 1; j >= 0; j--) {
    const t = s[j]!;
    if (t.type === 'word' && SUBORDINATE_OPENER.test(t.lower)) return false;
    if (t.type === 'word' && (/^[a-z]{3,}ed$/.test(t.text) || /^(said|says|told|tells|wrote|writes|is|are|was|were|has|have|had)$/.test(t.lower))) return true;
  }
  return false;
}

/**
 * "Lee, who has often struggled, won the race by talking about C": the finite verb (with its
 * auxiliaries and adverbs) of the clause before the preposition at p, within a few words and no
 * punctuation, or -1.
 */
function verbBeforeAdverbial(s: Token[], p: number): number {
  for (let k = p - 1; k >= Math.max(1, p - 8); k--) {
    const t = s[k]!;
    if (t.type !== 'word') return -1;
    if (!/^[a-z]{3,}ed$/.test(t.text) && !/^(won|made|built|ran|began|spent|took|kept|went|came|got|led|rose|sought|fought)$/.test(t.lower)) continue;
    let v = k;
    while (v > 1 && s[v - 1]!.type === 'word' && (/^(has|have|had|is|are|was|were|will|would|could|can|may|might|often|also|never|not|just|repeatedly|again|long|since)$/.test(s[v - 1]!.lower) || /^[a-z]{3,}ly$/.test(s[v - 1]!.text))) v--;
    return v;
  }
  return -1;
}

/** Is the sentence a question (a "?" closes it)? */
const isQuestion = (s: Token[]) => s.some((t) => t.text === '?');

/** Does a clause (a subject and a finite verb) start at token k? "that …", "he will …", "voters are …", "it's …" */
function clauseAt(s: Token[], k: number): boolean {
  const f = s[k];
  if (!f || f.type !== 'word') return false;
  // "that …", "it's …", "somebody's …" (a contraction, not a possessive name)
  if (f.lower === 'that' || /^[a-z]+'(s|re|ll|d|ve|m)$/.test(f.text.replace(/’/g, "'"))) return true;
  if (NOT_SUBJECT.has(f.lower) || FINITE.has(f.lower) || (/^[a-z]+(ly|ing|ed)$/.test(f.text) && !CLAUSE_STARTERS.has(f.lower))) return false;
  for (let j = k + 1; j < Math.min(s.length, k + 9); j++) {
    const t = s[j]!;
    // ("that the port “is finished”": quoted words may hold the verb)
    if (t.type === 'quote') return FINITE.has(/^[\p{L}'’]+/u.exec(t.quote!.text)?.[0].toLowerCase().replace(/’/g, "'") ?? '');
    if (t.type !== 'word') return t.text === '-' || t.text === '%' || t.text === '$';
    if (FINITE.has(t.lower) || /^[a-z]+n't$/.test(t.lower)) return true;
    if (/^[a-z]+ed$/.test(t.text) && s[j - 1]!.type === 'word' && !NOUN_MARKERS.has(s[j - 1]!.lower)) return true;
    if (j === k + 1 && /^(he|she|it|they|we|i|you)$/.test(f.lower) && /^[a-z]+$/.test(t.text)) return true;
  }
  return false;
}

/**
 * "his claims that his fortune tops $10 billion", "her claim that the firm owns the land": a clause whose
 * verb is a plain present or an irregular past, after a short subject (within six words).
 */
function presentClauseAt(s: Token[], k: number): boolean {
  const f = s[k];
  if (!f || f.type !== 'word' || NOT_SUBJECT.has(f.lower) || FINITE.has(f.lower) || /^[a-z]+(ly|ing|ed)$/.test(f.text)) return false;
  for (let j = k + 1; j < Math.min(s.length, k + 7); j++) {
    const t = s[j]!;
    if (t.type !== 'word' || NOT_SUBJECT.has(t.lower)) return false;
    if (presentVerbAt(s, j) || (IRREGULAR_PAST.has(t.text) && !DETERMINERS.has(s[j - 1]!.lower))) return true;
  }
  return false;
}

/** Words that cannot open or continue the subject of a clause. */
const NOT_SUBJECT = new Set(['to', 'for', 'of', 'in', 'on', 'at', 'by', 'with', 'from', 'about', 'as', 'so', 'because', 'if', 'whether', 'when', 'while', 'than', 'that', 'which', 'who', 'and', 'or', 'but', 'not', 'also', 'too', 'only']);

/** Where a clause content starting at `from` ends (exclusive): at a semicolon or a clause of the writer's after a comma. */
/** "her claim that “the port is closing”": a quotation of a few words opens the clause after "that". */
function quotedClauseAt(s: Token[], k: number): boolean {
  const q = s[k];
  return !!q && q.type === 'quote' && wordCount(q.quote!.text) >= 3;
}

function clauseEnd(s: Token[], from: number): number {
  for (let i = from; i < s.length; i++) {
    const t = s[i]!;
    if (t.text === ';') return i;
    if (/^[.!?]$/.test(t.text) && i === s.length - 1) return i;
    // "declined to be named and is not …", "vowed to fight and took the stage": the subject's next act
    if (nextActAfterObject(s, from, i)) return i;
    // "decided not to run and she won …": a clause of the writer's after "and"
    if (clauseAfterAnd(s, from, i)) return i;
    // (a quotation may hold the comma: "her claim that “the port is closing,” one official said …")
    const quotedComma = t.type === 'quote' && /,$/.test(t.quote!.text);
    if (t.text !== ',' && !quotedComma) continue;
    const n = s[i + 1];
    if (quotedComma) {
      if (n && commaEndsClause(s, i, n)) return i + 1;
      continue;
    }
    // "believe the fund, which holds the bonds, is safe": an aside inside the clause before its verb
    if (n && subjectAside(s, from, i)) continue;
    // "found Lee ahead 46 to 40 percent, while Park trails by 12": a second figure of the same finding
    if (figureComparison(s, from, i) && !newReport(s, i + 2)) continue;
    if (!n || commaEndsClause(s, i, n)) return i;
  }
  return s.length;
}

/** "…, but that the cost is high": a second that-clause of the same report after ", but" at j (not "but that is …", a demonstrative). */
function secondThatClause(s: Token[], j: number): boolean {
  const f = s[j + 2];
  return s[j]?.lower === 'but' && s[j + 1]?.lower === 'that' && !!f && f.type === 'word' && !FINITE.has(f.lower) && (CLAUSE_STARTERS.has(f.lower) || /^\p{Lu}/u.test(f.text));
}

/** Does the comma at i (or the quotation at i that holds it) close the clause before n ("…, saying …", "…, he said")? */
function commaEndsClause(s: Token[], i: number, n: Token): boolean {
  // ", saying …", ", according to …": a report of its own
  const cue = cueInfo(n.lower);
  if (cue && cue.form === 'ing' && cue.strength !== 'weak') return true;
  if (/^(according|although|though|whereas|even|unless|but|while)$/.test(n.lower) && !verblessConcession(s, i + 1) && !evenIfCondition(s, i + 1) && !butAlsoAddition(s, i + 1) && !secondThatClause(s, i + 1)) return true;
  // "…, which …" and "… Ms. Lee, who …": the writer's aside
  if (n.lower === 'which' || (/^(who|where)$/.test(n.lower) && /^\p{Lu}/u.test(s[i - 1]?.text ?? ''))) return true;
  // "…, both of whom …", "…, some of which …": the same on a part of a set
  if (/^(both|all|neither|none|some|many|most|each|several)$/.test(n.lower) && s[i + 2]?.lower === 'of' && /^(whom|which)$/.test(s[i + 3]?.lower ?? '')) return true;
  // "…, putting him ahead", "…, meaning he will …": a participle of result, the writer's gloss
  if (/^(putting|meaning)$/.test(n.lower) && s[i + 2]?.type === 'word') return true;
  // ", he said." / ", officials said": an attribution closing the sentence
  for (let j = i + 1; j < Math.min(s.length, i + 7); j++) {
    const c = cueInfo(s[j]!.lower);
    if (c && c.strength === 'speech' && (c.form === 'past' || c.form === 'third')) return true;
    if (s[j]!.type !== 'word') break;
  }
  return false;
}

/** Where an object noun phrase starting at `from` ends (exclusive). */
function objectEnd(s: Token[], from: number): number {
  let i = from;
  for (; i < s.length && i < from + 25; i++) {
    const t = s[i]!;
    if (t.type === 'quote') continue;
    if (t.type === 'punct') {
      if (t.text === '&' || t.text === '.' && i < s.length - 1 && s[i + 1]!.type === 'word') continue;
      // "backed a ban on all weapons, including rifles": the examples belong to the object
      // ("opposed the tax, but also the fee": so does an addition with "but also")
      if (t.text === ',' && (s[i + 1]?.lower === 'including' || butAlsoAddition(s, i + 1)) && i > from) continue;
      break;
    }
    // "countries such as …", "taxes as well as …": a list goes on
    if (t.lower === 'as' && (s[i - 1]?.lower === 'such' || (s[i + 1]?.lower === 'well' && s[i + 2]?.lower === 'as'))) { if (s[i + 1]?.lower === 'well') i += 2; continue; }
    // "backs Lee as a delegate", "wants her as president": a role of the object
    if (t.lower === 'as' && i > from && (/^(a|an)$/.test(s[i + 1]?.lower ?? '') || /^(president|chairman|chair|speaker|leader|nominee)$/.test(s[i + 1]?.lower ?? ''))) continue;
    if ((OBJECT_STOP.has(t.lower) && !butAlsoAddition(s, i)) || WEEKDAYS.has(t.lower) || adjunctAt(s, i)) break;
    // "opposes him on the council", "backed her by a wide margin": after a lone object pronoun, a phrase of
    // place, time or measure is the writer's frame (the pronoun is the whole object)
    if (i === from + 1 && /^(him|her|them|it)$/.test(s[from]!.lower) && /^(in|on|at|during|from|by)$/.test(t.lower) && s[i + 1]?.type === 'word') break;
    // "… Ms. Lee who …": the writer's aside about a name
    if (/^(who|which)$/.test(t.lower) && /^\p{Lu}/u.test(s[i - 1]?.text ?? '')) break;
    // a finite verb after the object: "supporters backing Lee voted …"
    // (not in a relative clause of the object: "proposed a law that would cap rents")
    if (i > from && FINITE.has(t.lower) && !relativeThatAt(s, i - 1, from)) break;
    if (t.lower === 'on' && WEEKDAYS.has(s[i + 1]?.lower ?? '')) break;
    if (/^(this|next)$/.test(t.lower) && /^(week|month|year|morning|afternoon|evening|spring|summer|fall|winter)$/.test(s[i + 1]?.lower ?? '')) break;
    // "23 percent favored Lee and 15 percent backed Roe": a second share and its verb
    if (t.lower === 'and' && shareAt(s, i + 1)) break;
    // "X endorsed Y and has campaigned …": a second verb phrase
    // "echoed the theme and took the stage": an irregular past with its own object
    if (t.lower === 'and' && i > from && s[i - 1]!.text !== ',' && nextActAt(s, i)) break;
    // "backing the bill and courting the unions": a second participle after a participle cue
    if (participlePairAt(s, from, i) || clauseAfterAnd(s, from, i, true)) break;
    if ((t.lower === 'and' || t.lower === 'or') && s[i + 1] && (BE_HAVE.has(s[i + 1]!.lower) || MODALS.has(s[i + 1]!.lower) || /^[a-z]+ed$/.test(s[i + 1]!.text) || LEXICON.has(s[i + 1]!.lower) || reportingVerb(s[i + 1]!))) break;
  }
  return i;
}

/** "a law that would …", "rules that are …": a relative "that" at j right after a lower-case noun of the object. */
function relativeThatAt(s: Token[], j: number, from: number): boolean {
  const n = s[j - 1];
  return j > from && s[j]?.lower === 'that' && !!n && n.type === 'word' && /^[a-z]+$/.test(n.text) && !DETERMINERS.has(n.lower) && !NOT_SUBJECT.has(n.lower) && !FINITE.has(n.lower);
}

/** "X backs Y and denounces Z": a reporting verb in the third person or the past after the object. */
function reportingVerb(t: Token): boolean {
  const info = cueInfo(t.lower);
  return !!info && info.strength !== 'weak' && (info.form === 'third' || info.form === 'past');
}

/** The subject mention of the cue at c, or null: the noun phrase before it (through a relative "who"). */
function subjectOf(s: Token[], c: number, cls: StanceClass): Subject | null {
  let at = c;
  let relative = false;
  // "voters who want …", "Lee, who supports …": the relative pronoun stands for the noun before it
  // ("Lee, who has long backed …", "voters who have in the past opposed …": across auxiliaries and adverbs)
  // ("the Rifle Club, which has endorsed Lee": "which" after a comma stands for an organisation)
  const rel = relativeSubjectBefore(s, c, /^(who|that|which)$/);
  const which = rel >= 1 && s[rel]!.lower === 'which';
  if (which && s[rel - 1]!.text !== ',') return null;
  if (rel >= 1 && (s[rel]!.lower === 'who' || which || (rel === c - 1 && s[rel - 1]!.type === 'word'))) {
    at = s[rel - 1]?.text === ',' ? rel - 1 : rel;
    relative = true;
  }
  if (cls === 'evidence') {
    const ev = evidenceSubject(s, at);
    // ("the records, which showed she was fit": after a comma the main clause came before, and the content is a clause of its own)
    if (ev) return { ...ev, relative, nonRestrictive: relative && s[at]?.text === ',' };
  }
  const q = quantifierSubject(s, at);
  if (q) return { ...q, relative };
  const idx = npBefore(s, at, 0);
  if (!idx) return null;
  // "… handed money to a group backing X": the subject is the noun phrase after the last preposition
  // (not inside an apposition or a relative clause: "Lee, who has promised to cut taxes, opposed …")
  const head = s.slice(idx[0], idx[1]);
  const comma = head.findIndex((t) => t.text === ',');
  const cut = (comma >= 0 ? head.slice(0, comma) : head).findLastIndex((t) => /^(to|for|from|with|against|among|toward|towards|than|into|onto|over|like)$/.test(t.text));
  if (cut >= 0) idx[0] += cut + 1;
  if (idx[0] >= idx[1]) return null;
  // "The mayor, who has argued C, opposed …": the speaker is the noun phrase before its relative clause
  const full = s.slice(idx[0], idx[1]);
  const asideAt = full.findIndex((t, i) => t.text === ',' && /^(who|whom|whose|which)$/.test(full[i + 1]?.lower ?? ''));
  const np = asideAt > 0 ? full.slice(0, asideAt) : full;
  // the subject of a subordinate clause ("if you want", "whether they support") is a condition, not an attribution
  const before = s[idx[0] - 1];
  if (before && /^(if|whether|unless)$/.test(before.lower)) return null;
  // "what people want": a free relative
  if (before && /^(what|whatever)$/.test(before.lower)) return null;
  const m = parseMention(np);
  if (!m) return null;
  if (which && !organisation(m)) return null;
  return { np, mention: m, relative, aside: asideAt > 0 };
}

const QUANTIFIERS = new Set(['most', 'many', 'some', 'all', 'both', 'few', 'several', 'others', 'none', 'half']);

/** "Most oppose the tax", "all of whom backed the bill", "many of them want …": a quantifier as the subject. */
function quantifierSubject(s: Token[], c: number): { np: Token[]; mention: Mention } | null {
  let from = c - 1;
  if (/^(them|whom|us|those)$/.test(s[from]?.lower ?? '') && s[from - 1]?.lower === 'of') from -= 2;
  const q = s[from];
  if (!q || !QUANTIFIERS.has(q.lower) || (from > 0 && s[from - 1]!.type === 'word' && !/^(and|but|while|so|yet|,)$/.test(s[from - 1]!.lower))) return null;
  const np = s.slice(from, c);
  const last = np[np.length - 1]!;
  return { np, mention: { text: np.map((t) => t.text).join(' '), start: q.start, end: last.end, kind: 'anonymous', name: null, role: null, head: q.lower, definite: false, plural: true, modifiers: [] } };
}

interface Subject {
  np: Token[];
  mention: Mention;
  /** Reached through a relative pronoun ("voters who want …"): the main clause's verb ends the content. */
  relative: boolean;
  /** A relative clause stood between the subject and the cue ("Lee, who has promised C, opposed …"). */
  aside?: boolean;
  /** Reached through ", which" after evidence: the main clause came before the cue. */
  nonRestrictive?: boolean;
}

/**
 * "a poll for the Herald and the Post", "exit polls conducted for the Press and television networks":
 * an "and" at j between a name and another noun phrase inside the evidence noun phrase.
 */
function namesLinked(s: Token[], j: number): boolean {
  const prev = s[j - 1];
  const next = s[j + 1];
  return s[j]!.lower === 'and' && !!prev && !!next && j > 1 && prev.type === 'word' && /^\p{Lu}/u.test(prev.text) && next.type === 'word' && !FINITE.has(next.lower) && s.slice(Math.max(0, j - 8), j).some((t) => /^(for|by|of|from|in)$/.test(t.lower));
}

/**
 * The evidence noun phrase before a cue, read back over its modifiers: "a poll of likely voters
 * released on Tuesday", "a review by the paper", "a rolling poll".
 */
function evidenceSubject(s: Token[], c: number): Omit<Subject, 'relative'> | null {
  let head = -1;
  // ("polls have consistently shown C": a perfect's auxiliary and adverbs before the participle)
  let v = c;
  if (/^(shown|found|suggested|indicated|revealed|confirmed|demonstrated)$/.test(s[c]?.lower ?? '')) {
    while (v > 1 && s[v - 1]!.type === 'word' && (/^[a-z]{3,}ly$/.test(s[v - 1]!.text) || /^(also|all|both|long|now|repeatedly)$/.test(s[v - 1]!.lower))) v--;
    if (/^(have|has|had)$/.test(s[v - 1]?.lower ?? '')) v--;
    else v = c;
  }
  // ("polling is showing C": a progressive's auxiliary)
  if (/ing$/.test(s[c]?.lower ?? '') && /^(is|are|was|were)$/.test(s[c - 1]?.lower ?? '')) v = c - 1;
  for (let j = v - 1; j >= Math.max(0, v - 16); j--) {
    const t = s[j]!;
    if (t.type === 'quote' || (t.type === 'punct' && !/^[-/&().]$/.test(t.text))) break;
    // ("whether he found it": a pronoun or a question word before the verb opens a clause of its own)
    if (t.type === 'word' && (FINITE.has(t.lower) || /^(that|which|who|and|but|while|because|as|when|if|than|whether|why|how|he|she|they|we|you)$/.test(t.lower)) && !namesLinked(s, j)) break;
    if (t.type === 'word' && EVIDENCE_NOUNS.has(t.lower)) head = j;
  }
  if (head < 0) return null;
  // ("polling averages", "exit poll results": the last noun of a compound heads it)
  let last = head;
  while (last + 1 < c && s[last + 1]!.type === 'word' && EVIDENCE_NOUNS.has(s[last + 1]!.lower)) last++;
  // the start of the noun phrase: back over modifiers and names to a determiner
  let from = head;
  while (from > 0) {
    const t = s[from - 1]!;
    if (t.type === 'quote' || (t.type === 'punct' && !/^[-/&.]$/.test(t.text))) break;
    if (t.type === 'word' && (FINITE.has(t.lower) || NP_BOUNDARY.has(t.lower) || (cueInfo(t.lower) && !/^\p{Lu}/u.test(t.text)))) break;
    from--;
    if (/^(the|a|an|this|these|those|its|his|her|their|our)$/.test(t.lower)) break;
  }
  const np = s.slice(from, c);
  // the whole noun phrase names the source when a modifier follows the head ("research conducted by
  // the institute", "exit polls taken in Ohio"), up to the verb's auxiliary and adverbs
  let to = v;
  while (to > last + 1 && s[to - 1]!.type === 'word' && (/^[a-z]{3,}ly$/.test(s[to - 1]!.text) || /^(also|all|both|now|still|even|only|long|repeatedly)$/.test(s[to - 1]!.lower))) to--;
  const headMention = parseMention(s.slice(from, last + 1));
  const whole = to > last + 1 && s.slice(last + 1, to).every((t) => t.type === 'word' || /^[-/&.]$/.test(t.text)) ? parseMention(s.slice(from, to)) : null;
  // (the head's number still decides the verb's agreement: "polls in Ohio show")
  const m = whole && whole.kind !== 'pronoun' ? { ...whole, plural: headMention?.plural ?? /s$/.test(s[last]!.lower) } : headMention;
  const p = s[from]!;
  const mention: Mention = m ?? { text: s.slice(from, last + 1).map((t) => t.text).join(' '), start: p.start, end: s[last]!.end, kind: 'anonymous', name: null, role: null, head: s[last]!.lower, definite: /^(the|this|that|these|those)$/.test(p.lower), plural: /s$/.test(s[last]!.lower), modifiers: [] };
  return { np, mention };
}

/**
 * Does the verb form fit its subject? A bare form ("support", "plan") is a verb after I/we/you/they,
 * a plural or a modal; after a singular name it is a noun ("Lee support rose").
 */
function agrees(s: Token[], c: number, cue: StanceCue, subj: Subject): boolean {
  const m = subj.mention;
  const prev = s[c - 1]!.lower;
  const nonThird = m.kind === 'pronoun' && /^(i|we|you|they)$/.test(m.head ?? '');
  if (cue.form === 'third') return !nonThird;
  if (cue.form !== 'base') return true;
  if (MODALS.has(prev) || prev === 'who' || prev === 'that') return true;
  // ("has come out against C": a participle the same as the base form)
  if (cue.lemma === 'come' && /^(has|have|had)$/.test(prev)) return true;
  if (pluralPeople(m)) return true;
  return nonThird || m.plural || subj.np.some((t) => t.lower === 'and') || (m.kind !== 'pronoun' && /[a-z]s$/.test(m.text) && !/(ss|us)$/.test(m.text));
}

/** "the niche he sees", "the plan they want": a pronoun after a noun is the subject of a relative clause without "that". */
function objectGap(np: Token[], m: Mention): boolean {
  return m.kind === 'pronoun' && np.length > 1 && np[np.length - 2]!.type === 'word' && !/^(and|but|so|then|now|yet)$/.test(np[np.length - 2]!.lower);
}

/** "he may seek …", "they could back …": a possible attitude, not one held. */
function hedged(s: Token[], m: Mention, c: number): boolean {
  // (not inside an aside between the subject and the cue: "Lee, who could lose her seat, opposed …")
  return s.some((t, i) => i < c && t.start >= m.end && /^(may|might|could)$/.test(t.lower) && !s.slice(i, c).some((x) => x.text === ','));
}

/** Nouns for a body of people that holds views: "the leadership", "the public". */
const COLLECTIVES = new Set(['leadership', 'establishment', 'public', 'majority', 'minority', 'plurality', 'electorate', 'base', 'camp', 'side', 'family', 'community', 'industry', 'firm', 'regime', 'state', 'country', 'nation', 'city', 'county', 'legislature', 'jury', 'panel', 'delegation', 'caucus', 'bloc', 'movement', 'network', 'outlet', 'paper', 'newspaper', 'website', 'site', 'group', 'organization', 'organisation', 'pac', 'lobby', 'industry', 'company', 'agency', 'party', 'opposition']);

/** A mention that may hold a belief or a stance: a person, a group, an organisation. */
function isAgent(m: Mention, cls: StanceClass): boolean {
  if (m.kind === 'name' || m.kind === 'org' || m.kind === 'role') return true;
  // "it wants", "it backs": an organisation or a country named before; "it thinks" is rare outside idioms
  if (m.kind === 'pronoun') return m.head !== 'one' && (m.head !== 'it' || cls !== 'belief');
  return ANONYMOUS_HEADS.has(m.head ?? '') || ROLE_NOUNS.has(m.head ?? '') || ORG_WORDS.has(m.head ?? '') || COLLECTIVES.has(m.head ?? '') || m.plural || pluralPeople(m) || partitive(m);
}

/** "young men want …", "women under 35 back …": a plural of people without -s. */
const pluralPeople = (m: Mention): boolean => /^(men|women|people|children|police)$/.test(m.head ?? '');

/** "All of the candidates", "a growing number of senators": a quantity of people, named by the plural after "of". */
function partitive(m: Mention): boolean {
  const of = / of (the |these |those |their |its |our )?(.+)$/.exec(m.text);
  if (!of || !/^(all|most|many|some|few|several|none|both|half|each|number|rest|handful|dozens|hundreds|thousands|millions|majority|minority)$/.test(m.head ?? '')) return false;
  const last = of[2]!.split(' ').at(-1)!.toLowerCase();
  return ANONYMOUS_HEADS.has(last) || ROLE_NOUNS.has(last) || ROLE_NOUNS.has(last.replace(/s$/, '')) || /^(men|women|children|\p{L}+ers|\p{L}+ists|\p{L}+ans|\p{L}+ates)$/u.test(last);
}

/** An organisation or a body of people ("the Rifle Club", "the union", "Acme"), which a relative "which" may stand for. */
const organisation = (m: Mention): boolean => m.kind === 'org' || m.kind === 'name' || COLLECTIVES.has(m.head ?? '') || ORG_WORDS.has(m.head ?? '');

/** Is the mention a share of people ("40 percent of voters", "a majority", "six in 10")? */
const isShare = (m: Mention): boolean => m.kind === 'anonymous' && m.plural && /^(percent|majority|majorities|plurality|minority|half|thirds?|quarters?|fifths?|share|fraction|in)$/.test(m.head ?? '');

/** Nouns of a quantity of documents: "a batch of emails", "a series of polls". */
const QUANTITY_NOUNS = /^(batch|batches|series|number|pair|set|trove|cache|handful|couple|string|slew|raft|stack|pile|collection)$/;

/** Does a subject noun phrase name evidence ("a new poll", "records from the agency")? */
function isEvidence(np: Token[]): boolean {
  // (not an "of" inside a name, "a University of Maine poll", nor after a noun of quantity, "a batch of emails")
  const cut = np.findIndex((t, i) => i > 0 && (t.text === ',' || (/^(of|by|from|in|for|with)$/.test(t.lower) && !(t.lower === 'of' && ((/^\p{Lu}/u.test(np[i - 1]!.text) && /^\p{Lu}/u.test(np[i + 1]?.text ?? '')) || QUANTITY_NOUNS.test(np[i - 1]!.lower))))));
  return (cut > 0 ? np.slice(0, cut) : np).some((t) => EVIDENCE_NOUNS.has(t.lower));
}

/** Content of the cue at c for its class: [start, end) token indices, or null. */
function contentOf(s: Token[], c: number, cue: StanceCue): [number, number] | null {
  let k = c + 1;
  // "strongly supports X": an adverb after the cue
  while (k < s.length && s[k]!.type === 'word' && /^[a-z]+ly$/.test(s[k]!.text) && s[k]!.text.length > 4 && s[k]!.lower !== 'only') k++;
  const n = s[k];
  if (!n) return null;
  switch (cue.cls) {
    case 'belief': {
      if (['see', 'view', 'regard', 'consider'].includes(cue.lemma)) {
        // "sees the vote as a test": object + "as"
        if (n.lower === 'that' && cue.lemma !== 'view') return [k + 1, clauseEnd(s, k + 1)];
        const e = clauseEnd(s, k);
        const as = s.slice(k, e).findIndex((t, x) => x > 0 && x < 10 && t.lower === 'as');
        return as > 0 && cue.lemma !== 'consider' ? [k, e] : null;
      }
      if (n.lower === 'that') return [k + 1, clauseEnd(s, k + 1)];
      if (cue.lemma === 'hope' && n.lower === 'to') return [k, clauseEnd(s, k)];
      // "worried about C", "hoping for C": a feeling's topic, as for a verb of speaking of something
      if ((cue.lemma === 'worry' && n.lower === 'about') || (cue.lemma === 'hope' && n.lower === 'for')) return prepositionObject(s, k + 1);
      if (cue.lemma === 'expect') {
        const e = expectedInfinitive(s, k, cue);
        if (e >= 0) return [k, clauseEnd(s, e)];
      }
      if (cue.lemma === 'know' && WH.has(n.lower) && n.lower !== 'if') return [k, clauseEnd(s, k)];
      // "has known Lee since the 1980s", "knew him for years": knowing a person, no belief
      if (cue.lemma === 'know' && knownPerson(s, k)) return null;
      // "feel stung", "feel good": a clause only when a pronoun or a determiner opens it
      if (cue.lemma === 'feel' && !CLAUSE_STARTERS.has(n.lower)) return null;
      if (clauseAt(s, k)) return [k, clauseEnd(s, k)];
      return null;
    }
    case 'intention': {
      // "declined to comment": a refusal to speak reports nothing
      if ((cue.lemma === 'decline' || cue.lemma === 'refuse') && /^(comment|respond|elaborate|speculate|say|answer|discuss|talk|confirm|reply|specify)$/.test(s[k + 1]?.lower ?? '')) return null;
      if (n.lower === 'to' && /^[a-z]+$/.test(s[k + 1]?.text ?? '')) return [k, clauseEnd(s, k)];
      // "decided not to run", "promised not to raise taxes": a negated infinitive is the intention
      if (n.lower === 'not' && s[k + 1]?.lower === 'to' && /^[a-z]+$/.test(s[k + 2]?.text ?? '')) return [k, clauseEnd(s, k)];
      if (n.lower === 'that' && cue.lemma === 'propose') return [k + 1, clauseEnd(s, k + 1)];
      // "agreed with C": whom or what the subject sides with
      if (cue.lemma === 'agree' && n.lower === 'with') return prepositionObject(s, k + 1);
      if (cue.lemma === 'seek' && soughtOffice(s, k)) return null;
      if (['want', 'seek', 'prefer', 'propose'].includes(cue.lemma) && (n.type === 'word' || n.type === 'quote') && !OBJECT_STOP.has(n.lower) && !/^(to|for|it|this|that|more|out|in|on|at|up|nothing|anything)$/.test(n.lower)) {
        const e = objectEnd(s, k);
        // "want the council to act": an object and its infinitive
        if (cue.lemma !== 'propose' && s[e]?.lower === 'to' && /^[a-z]+$/.test(s[e + 1]?.text ?? '') && e - k <= 6) return [k, clauseEnd(s, e)];
        return [k, e];
      }
      return null;
    }
    case 'stance': {
      if (n.type !== 'word' && n.type !== 'quote') return null;
      // ("45 percent support among voters": a noun)
      if (OBJECT_STOP.has(n.lower) || /^(to|for|off|up|out|down|away|in|on|at|from|into|of|with|among|and|or|nothing|anything)$/.test(n.lower)) return null;
      return [k, objectEnd(s, k)];
    }
    case 'topic':
      // ("did not respond to C" only: an answer given is reported by what it said)
      if (cue.lemma === 'respond' && !negatedVerb(s, c)) return null;
      return topicOf(s, k, cue.lemma);
    case 'naming':
      return namingOf(s, k);
    case 'evidence': {
      if (n.lower === 'that') return [k + 1, shareContrastEnd(s, clauseEnd(s, k + 1))];
      if (n.type !== 'word' && n.type !== 'quote') return null;
      if (/^(to|for|off|up|out|in|on|at|from|into|of|with|and|or|itself|themselves)$/.test(n.lower)) return null;
      return [k, shareContrastEnd(s, clauseEnd(s, k))];
    }
  }
}

/** "did not respond", "has not yet responded", "didn't immediately respond": a negation before the verb at c, over one adverb. */
function negatedVerb(s: Token[], c: number): boolean {
  return negationStart(s, c) < c;
}

/**
 * "expect to win", "expect the council to act": the infinitive an expectation holds, with the object
 * before it; the index of its "to", or -1 (not "expected to V", most often a passive).
 */
function expectedInfinitive(s: Token[], k: number, cue: StanceCue): number {
  const n = s[k]!;
  // ("Lee, expected to win", "the states expected to matter": "expected to" is most often a passive)
  if (n.lower === 'to') return cue.form !== 'past' && /^[a-z]+$/.test(s[k + 1]?.text ?? '') ? k : -1;
  if ((n.type !== 'word' && n.type !== 'quote') || OBJECT_STOP.has(n.lower) || /^(for|it|this|that|more|nothing|anything|much|little)$/.test(n.lower)) return -1;
  for (let e = k + 1; e < s.length && e <= k + 6; e++) {
    const t = s[e]!;
    if (t.lower === 'to') return /^[a-z]+$/.test(s[e + 1]?.text ?? '') ? e : -1;
    if (t.type !== 'word' || FINITE.has(t.lower) || OBJECT_STOP.has(t.lower) || /^(that|and|or|who|which)$/.test(t.lower)) return -1;
  }
  return -1;
}

/**
 * "seeking reelection", "sought the nomination", "seeks a third term", "a request seeking comment": a
 * race for an office or a reporter's request is no intention the writer attributes as a statement.
 */
function soughtOffice(s: Token[], k: number): boolean {
  const words: string[] = [];
  for (let x = k; x < s.length && words.length < 4 && s[x]!.type === 'word'; x++) words.push(s[x]!.lower);
  const head = words.find((w) => !/^(the|a|an|his|her|their|its|second|third|fourth|fifth|sixth|full|new|another|republican|democratic|party's|party’s|white)$/.test(w));
  return !!head && /^(comment|comments|reelection|re-election|nomination|presidency|house|term|seat|seats|office)$/.test(head);
}

/** Verbs of characterising that report only an object with "as": "portrayed the mayor as a crook", "cast himself as an outsider". */
export const CHARACTERISING = new Set(['present', 'portray', 'depict', 'cast', 'paint', 'frame', 'identify', 'describe', 'characterize', 'characterise']);

/**
 * Is there an "as" of characterisation shortly after the object starting at k ("portrayed the
 * mayor as a crook")? Not "known as", "such as", nor "as" opening a clause ("as he spoke").
 */
function characterisingAs(s: Token[], k: number): boolean {
  const e = Math.min(k + 10, topicEnd(s, k));
  return s.some((t, i) => i > k && i < e && t.lower === 'as' && !/^(known|such|well|same|so|just)$/.test(s[i - 1]!.lower) && !/^(he|she|they|it|we|i|you|well|of|to)$/.test(s[i + 1]?.lower ?? ''));
}

/** Nouns of feeling that a verb of expression takes with a clause: "expressed concern that C". */
const FEELING_THAT = new Set(['concern', 'concerns', 'confidence', 'doubt', 'doubts', 'hope', 'fear', 'fears', 'skepticism', 'scepticism', 'optimism', 'frustration', 'disappointment', 'regret', 'surprise', 'worry', 'worries', 'dismay']);

/** "in favor of C", "in support of C", "in opposition to C", "in defense of C" at i: where C starts, or null. */
function inStanceOf(s: Token[], i: number): number | null {
  if (s[i]?.lower !== 'in') return null;
  const noun = s[i + 1]?.lower ?? '';
  const prep = s[i + 2]?.lower ?? '';
  if (!((/^(favor|favour|support|defense|defence)$/.test(noun) && prep === 'of') || (noun === 'opposition' && prep === 'to'))) return null;
  const o = s[i + 3];
  return o && (o.type === 'word' || o.type === 'quote') && !OBJECT_STOP.has(o.lower) ? i + 3 : null;
}

/** Nouns of a feeling toward something that a verb of expression reports by its object alone: "expressed concern about C". */
const FEELING_TOWARD = new Set(['concern', 'concerns', 'interest', 'enthusiasm', 'sympathy', 'condolences', 'outrage', 'displeasure', 'discomfort']);

/**
 * Where the object of such a feeling starts, the object of expression being at k: "expressed
 * (his) (deep) concern about the plan" gives "the plan"; null for other objects.
 */
function feelingObjectAt(s: Token[], k: number): number | null {
  let j = k;
  while (j < k + 3 && /^(his|her|their|its|our|my|a|an|the|some|no|little|deep|deepest|strong|serious|great|growing|sincere|grave|heartfelt|renewed|keen)$/.test(s[j]?.lower ?? '')) j++;
  if (!FEELING_TOWARD.has(s[j]?.lower ?? '') || !/^(about|over|for|in|at|with|regarding|toward|towards)$/.test(s[j + 1]?.lower ?? '')) return null;
  const o = s[j + 2];
  return o && (o.type === 'word' || o.type === 'quote') && !OBJECT_STOP.has(o.lower) ? j + 2 : null;
}

/**
 * The object of a preposition that brings what a verb or adjective reports, from k to its natural
 * end ("worried about C", "agreed with C", "to talk about C"); null when no noun phrase or clause opens there.
 */
function prepositionObject(s: Token[], k: number): [number, number] | null {
  const o = s[k];
  if (!o || (o.type !== 'word' && o.type !== 'quote') || OBJECT_STOP.has(o.lower) || PREPOSITIONS_AFTER.has(o.lower)) return null;
  const e = topicEnd(s, k);
  return e > k ? [k, e] : null;
}

/**
 * The content of a verb of speaking of or acting on something (TOPIC), the word after it at k:
 * "talked about C", "spoke out against C", "voted to V …", "cited C", "expressed concern that C".
 */
function topicOf(s: Token[], k: number, lemma: string): [number, number] | null {
  const n = s[k]!;
  const preps = TOPIC[lemma]!;
  // ("commented today on C", "spoke Monday about C": a day between the verb and the preposition of its topic)
  if (!preps.includes('') && WEEKDAYS.has(n.lower) && preps.includes(s[k + 1]?.lower ?? '')) return topicOf(s, k + 1, lemma);
  let from = k;
  if (preps[0] === 'noun') return nounPhraseTopic(s, k, TOPIC_NOUNS[lemma]!);
  if (preps[0] === 'object') return thanksTopic(s, k);
  if (preps.includes('')) {
    if (n.type !== 'word' && n.type !== 'quote') return null;
    // ("compared well with", "presents badly": an adverb, no object)
    if (OBJECT_STOP.has(n.lower) || PREPOSITIONS_AFTER.has(n.lower) || /^(well|badly|better|worse)$/.test(n.lower)) return null;
    // "praised him.": a bare pronoun is too little to report
    if (OBJECT_PRONOUNS.has(n.lower) && !/^[\p{L}\d-]/u.test(s[k + 1]?.text ?? '')) return null;
    // "presented the accounts", "cast a ballot": these report a characterisation only with "as" ("portrayed her as a reformer")
    if (CHARACTERISING.has(lemma) && !characterisingAs(s, k)) return null;
    // "expressed concern that C": the clause
    if (FEELING_THAT.has(n.lower) && s[k + 1]?.lower === 'that' && clauseAt(s, k + 2)) return [k + 2, clauseEnd(s, k + 2)];
    // "expressed deep concern about C", "voiced interest in C": the object of the feeling's preposition
    if (lemma === 'express' || lemma === 'voice') from = feelingObjectAt(s, k) ?? from;
  } else {
    // "spoke to reporters about C", "talked with voters at a diner about C": past an audience or an occasion
    if ((lemma === 'talk' || lemma === 'speak') && /^(to|with|at|before)$/.test(n.lower)) {
      const about = s.findIndex((t, i) => i > k + 1 && i < k + 9 && t.lower === 'about');
      if (about < 0 || s.slice(k, about).some((t) => t.type !== 'word' || FINITE.has(t.lower))) return null;
      const e = topicEnd(s, about + 1);
      return e > about + 1 ? [about + 1, e] : null;
    }
    // "voted in favor of C", "spoke out in support of C", "argued in opposition to C": the object of the stance phrase
    const stanced = inStanceOf(s, n.lower === 'out' ? k + 1 : k);
    // (then cut as any topic is: "came out in support of Lee, the mayor's pick")
    if (stanced && preps.some((p) => p === 'for' || p === 'against' || p === 'out')) from = stanced;
    else {
      if (!preps.includes(n.lower)) return null;
      from = k + 1;
      // "spoke out against C", "spoke out on C", "weighed in on C", "opened up about C" ("came out" only against a thing)
      // "distanced herself from C"
      if (lemma === 'distance') {
        if (s[from]?.lower !== 'from') return null;
        from++;
      }
      const particle = PARTICLE_PREPS[n.lower];
      if (particle && !(n.lower === 'in' && lemma !== 'weigh') && !PARTICLE_OBJECT.has(lemma)) {
        if (!particle.test(s[from]?.lower ?? '') || (lemma === 'come' && s[from]!.lower !== 'against')) return null;
        from++;
      }
      // "voted to V …": the infinitive
      if (n.lower === 'to' && lemma === 'vote') return /^[a-z]+$/.test(s[from]?.text ?? '') && !/^(the|a|an|his|her|their|its)$/.test(s[from]!.lower) ? [k, clauseEnd(s, k)] : null;
      const o = s[from];
      if (!o || (o.type !== 'word' && o.type !== 'quote') || OBJECT_STOP.has(o.lower) || PREPOSITIONS_AFTER.has(o.lower)) return null;
    }
  }
  let e = preps.includes('') ? spokenObjectEnd(s, from) : topicEnd(s, from);
  // "talked about the plan and took questions": a second verb phrase is the writer's
  const second = s.findIndex((t, i) => i > from && i < e && /^(and|but)$/.test(t.lower) && (/^[a-z]+ed$/.test(s[i + 1]?.text ?? '') || (t.lower === 'and' && plainObject(s, from, i) && nextActAt(s, i))));
  if (second > 0) e = s[second - 1]!.text === ',' ? second - 1 : second;
  // "referred to Tom Lee, the chief negotiator": an apposition after a name the content is about is the writer's gloss
  const gloss = s.findIndex((t, i) => i > from && i < e && t.text === ',' && nameBefore(s, from, i) && /^(a|an|the|his|her|their|its)$/.test(s[i + 1]?.lower ?? ''));
  if (gloss > 0) e = gloss;
  // "came out against the deal -- and the two …": a spaced dash closes the topic
  // (not a pair of dashes around an aside: "flowed through -- and was set back by -- the rulings")
  const spacedDash = (i: number) => /^(—|–|--|-)$/.test(s[i]!.text) && s[i]!.start > s[i - 1]!.end;
  const dash = s.findIndex((_, i) => i > from && i < e && spacedDash(i));
  if (dash > 0 && !s.some((_, i) => i > dash && i < e && spacedDash(i))) e = dash;
  // "approve of Lee, and 30 percent disapprove …": a second share and its verb
  const share = s.findIndex((t, i) => i > from && i < e && t.lower === 'and' && shareAt(s, i + 1));
  if (share > 0) e = s[share - 1]!.text === ',' ? share - 1 : share;
  // "voted for Lee, followed by …", "would vote for Lee for mayor": whom a vote goes to is the candidate alone
  if (lemma === 'vote' && s[from - 1]?.lower !== 'to') {
    const cut = s.findIndex((t, i) => i > from && i < e && (t.text === ',' || (t.lower === 'for' && !/^\p{Lu}/u.test(s[i + 1]?.text ?? '')) || (t.lower === 'and' && shareAt(s, i + 1))));
    if (cut > 0) e = cut;
  }
  return e > from ? [from, e] : null;
}
/** Is s[from, i) a person's name of two or more capitalised words, with an optional title ("Secretary of State John Kerry")? */
function nameBefore(s: Token[], from: number, i: number): boolean {
  const w = s.slice(from, i);
  return w.length >= 1 && w.every((t) => t.type === 'word' && (/^\p{Lu}/u.test(t.text) || t.lower === 'of') || t.text === '.') && /^\p{Lu}/u.test(w[w.length - 1]!.text);
}

/**
 * Is s[from, i) an object with no clause of its own (no finite verb, relative or wh-word, no
 * dash)? "similar themes" is; "a bill which had support" and "how the fight went" are not.
 */
function plainObject(s: Token[], from: number, i: number): boolean {
  return s.slice(from, i).every((t) => !FINITE.has(t.lower) && !WH.has(t.lower) && !/^(that|whose|whom|--|—|–)$/.test(t.lower) && !/^[a-z]+ed$/.test(t.text));
}


/** Nouns of an occasion of speaking, singular or plural: "speech", "interviews", "rally". */
const OCCASION_NOUN = /^(speech|speeches|interview|interviews|statement|statements|rally|rallies|remarks|debate|debates|ad|ads|tweet|tweets|post|posts|op-ed|editorial|letter|appearance|appearances|event|events|hearing|hearings|conference|town hall|address)$/;

/** "in his speech", "at a rally", "on Sunday": an occasion adjunct (not "in 1995", which may date a noun in the object). */
function occasionAt(s: Token[], i: number): boolean {
  if (!/^(in|at|on|during)$/.test(s[i]?.lower ?? '')) return false;
  if (s[i]!.lower === 'on' && mediaAt(s, i + 1)) return true;
  // ("at the start of …", "at the end of …": the occasion follows)
  if (/^(the)$/.test(s[i + 1]?.lower ?? '') && /^(start|end|beginning|close|outset)$/.test(s[i + 2]?.lower ?? '') && s[i + 3]?.lower === 'of') return true;
  // (a determiner and up to three modifiers before the noun: "in several recent commencement speeches")
  let j = i + 1;
  while (j < i + 5 && s[j]?.type === 'word' && /^[a-z][a-z'’-]*$/.test(s[j]!.text) && !OCCASION_NOUN.test(s[j]!.lower) && !/^(of|for|to|with|by|from|about|and|or|that|which|who)$/.test(s[j]!.lower)) j++;
  const n = s[j]?.lower ?? '';
  return WEEKDAYS.has(n) || OCCASION_NOUN.test(n);
}

/**
 * Where the direct object of a verb of speaking of something ends ("discussed the plan on
 * Monday", "touted his record in a speech, before …"): as the object of any such verb
 * (a clause in it runs on), but a time or occasion adjunct, a subordinate clause or a second
 * verb phrase ("mentioned the plan but also had …") is the writer's frame. "as Y" and "for Z"
 * stay: "presented herself as a doctor", "praised the mayor for her work".
 */
function spokenObjectEnd(s: Token[], from: number): number {
  const e = topicEnd(s, from);
  for (let i = from + 1; i < e; i++) {
    const t = s[i]!;
    if (t.type !== 'word') continue;
    // (a clause inside the object keeps its own adjuncts: "the progress the panel has made since May")
    if (FINITE.has(t.lower) || /^(who|which|that|whose|whom)$/.test(t.lower) || /^[a-z]+ed$/.test(t.text)) return e;
    if (FRAME_STOP.has(t.lower) || occasionAt(s, i)) return s[i - 1]!.text === ',' ? i - 1 : i;
    // "… since the Monday debate", "… on Tuesday": back over the words that open the time adjunct
    if (WEEKDAYS.has(t.lower)) {
      let a = i;
      while (a > from + 1 && /^(on|since|by|until|the|last|this|next|late|early)$/.test(s[a - 1]!.lower)) a--;
      return s[a - 1]!.text === ',' ? a - 1 : a;
    }
    const n = s[i + 1];
    if (/^(and|but)$/.test(t.lower) && n && (/^(also|then|later|still|has|have|had|is|was|will|would)$/.test(n.lower) || /^[a-z]+ed$/.test(n.text))) return s[i - 1]!.text === ',' ? i - 1 : i;
  }
  return e;
}

/** "took a swipe at C", "raised serious questions about C", "raised concerns that C": the content after the noun's preposition. */
function nounPhraseTopic(s: Token[], k: number, lex: { nouns: Set<string>; preps: Set<string> }): [number, number] | null {
  let j = k;
  // a determiner and adjectives before the noun: "a firm stance", "several sharp jabs"
  while (j < k + 4 && s[j]?.type === 'word' && !lex.nouns.has(s[j]!.lower) && !NOT_SUBJECT.has(s[j]!.lower) && /^[a-z-]+$/.test(s[j]!.text)) j++;
  if (!lex.nouns.has(s[j]?.lower ?? '')) return null;
  // "raised the possibility that C", "raised the issue of C"
  if (s[j]!.lower === 'the') j++;
  if (!lex.nouns.has(s[j]?.lower ?? '') || s[j]!.lower === 'the') return null;
  const p = s[j + 1];
  if (!p || !lex.preps.has(p.lower)) return null;
  if (p.lower === 'that') return clauseAt(s, j + 2) ? [j + 2, topicEnd(s, j + 2)] : null;
  const e = topicEnd(s, j + 2);
  return e > j + 2 ? [j + 2, e] : null;
}

/** "thanked the volunteers for their work": the one thanked and the reason. */
function thanksTopic(s: Token[], k: number): [number, number] | null {
  // "thanks to C": a preposition, not a verb
  if (NOT_SUBJECT.has(s[k]!.lower)) return null;
  const f = s.findIndex((t, i) => i > k && i < k + 7 && t.lower === 'for');
  if (f < 0 || s.slice(k, f).some((t) => t.type !== 'word' || FINITE.has(t.lower))) return null;
  const e = topicEnd(s, f + 1);
  return e > f + 1 ? [k, e] : null;
}

/**
 * Where the object of a verb of speaking of something ends: a noun phrase ends as objects do
 * ("voted for Lee, a lawyer" → "Lee"), but a clause in it runs to the end of its clause
 * ("talked about how the plan would work", "the workers who have lost jobs").
 */
function topicEnd(s: Token[], from: number): number {
  const e = clauseEnd(s, from);
  // "…, trying to …": a participle after a comma is the writer's addition
  // (not a list of adjectives: "a kind, loving and generous man")
  // (nor the examples of a noun: "discussed several topics, including taxes")
  // (an adverb may stand before it: "…, falsely claiming …")
  const ing = s.findIndex((t, i) => i > from && i < e && t.text === ',' && (/^[a-z]+ing$/.test(s[i + 1]?.text ?? '') && s[i + 1]!.lower !== 'including' && !/^(and|or|,)$/.test(s[i + 2]?.text ?? '') || /^[a-z]{3,}ly$/.test(s[i + 1]?.text ?? '') && /^[a-z]{3,}ing$/.test(s[i + 2]?.text ?? '')));
  // "calling them liars and vowing to …", "called him a fraud, and urged him to quit": a second report of the subject
  const next = s.findIndex((t, i) => i > from && i < e && /^(and|but)$/.test(t.lower) && secondAct(s[i + 1]));
  // "lashed out at the mayor after he spoke", "railed against the plan as the vote neared": after a plain object,
  // a time or cause clause with its own subject and verb tells when or why, in the writer's words
  // ("as" only before a subject pronoun: "described him as a man who …" characterises; "even as he …" from "even")
  let frame = s.findIndex((t, i) => i > from && i < e && /^(after|as|when|because|since|before)$/.test(t.lower) && s[i - 1]!.type === 'word' && !/^(as|so|much)$/.test(s[i - 1]!.lower)
    && (t.lower === 'as' ? /^(he|she|they|it|we|i)$/.test(s[i + 1]?.lower ?? '') : clauseAt(s, i + 1)) && plainObject(s, from, i));
  if (frame > 0 && s[frame - 1]!.lower === 'even') frame--;
  // "talked about taxes in a speech", "lashed out at Lee during the debate": the occasion after a plain object
  const occasion = s.findIndex((_, i) => i > from + 1 && i < e && s[i - 1]!.type !== 'punct' && occasionAt(s, i) && !WEEKDAYS.has(s[i + 1]!.lower) && !WEEKDAYS.has(s.slice(i + 1, i + 6).find((t) => OCCASION_NOUN.test(t.lower) || WEEKDAYS.has(t.lower))?.lower ?? '') && plainObject(s, from, i));
  // "Lee, who talked about taxes, left early": inside a relative clause set off by commas, a comma before the main verb ends it
  const main = relativeOpening(s, from) ? s.findIndex((t, i) => i > from && i < e && t.text === ',' && mainVerbAt(s, i + 1)) : -1;
  // "objects to the sale, as do the ferry crews": a comparison with others of the same stance, in the writer's words
  const alike = s.findIndex((t, i) => i > from && i < e && t.text === ',' && s[i + 1]?.lower === 'as' && /^(do|does|did|has|have|had|is|are|was|were)$/.test(s[i + 2]?.lower ?? ''));
  return Math.min(...[ing, next, frame, occasion, main, alike, e].filter((x) => x > 0));
}

/** Does a relative clause set off by a comma (", who …", ", which …") open the clause that holds token `from`? */
function relativeOpening(s: Token[], from: number): boolean {
  for (let i = from - 1; i > 0; i--) {
    if (s[i]!.type === 'punct' && s[i]!.text !== '-') return s[i]!.text === ',' && /^(who|which)$/.test(s[i + 1]?.lower ?? '');
  }
  return false;
}

/** A reporting verb in -ing, -ed or -s ("vowing", "urged"): the second act of a chain after "and". */
function secondAct(t: Token | undefined): boolean {
  const cue = t && t.type === 'word' ? cueInfo(t.lower) : undefined;
  return !!cue && cue.form !== 'base' && (cue.strength !== 'weak' || /^(urge|ask|demand|accuse|threaten|propose|recommend|remind|advise|answer)$/.test(cue.lemma));
}
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'it', 'himself', 'herself', 'themselves', 'itself', 'me', 'us', 'you', 'this', 'that']);
const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those']);
/** Words after an object that make "called" a call, not a naming: "called him on Monday", "called her back". */
const NOT_PREDICATE = new Set([...OBJECT_STOP, 'of', 'on', 'in', 'at', 'for', 'to', 'from', 'with', 'by', 'about', 'back', 'up', 'out', 'off', 'over', 'again', 'and', 'or', 'twice', 'once', 'repeatedly', 'every', 'each', 'last', 'next', 'this', 'that', 'into', 'around', 'ago']);
const TIME_NOUNS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'time', 'times', 'hour', 'hours', 'minute', 'minutes', 'morning', 'night', 'evening', 'afternoon', 'later', 'ago']);

/**
 * "called the deal a disaster", "calling him reckless", "calls herself a moderate": a verb of
 * naming with an object and a predicate, without quotation marks. The content is both; the
 * object is a pronoun, a name or a short noun phrase with a determiner, and the predicate opens
 * with a determiner or (after a pronoun or a name) an adjective.
 */
function namingOf(s: Token[], k: number): [number, number] | null {
  const o = s[k];
  if (!o || o.type !== 'word') return null;
  let p = k;
  if (OBJECT_PRONOUNS.has(o.lower)) p = k + 1;
  else if (/^\p{Lu}/u.test(o.text) && !DETERMINERS.has(o.lower)) {
    while (p < s.length && s[p]!.type === 'word' && (/^\p{Lu}/u.test(s[p]!.text) || (/^(of|de|van|von)$/.test(s[p]!.lower) && /^\p{Lu}/u.test(s[p + 1]?.text ?? '')))) p++;
  } else if (DETERMINERS.has(o.lower)) {
    p = k + 1;
    while (p < s.length && p < k + 5 && s[p]!.type === 'word' && !DETERMINERS.has(s[p]!.lower) && !NOT_PREDICATE.has(s[p]!.lower)) p++;
    if (!DETERMINERS.has(s[p]?.lower ?? '')) return null;
  } else return null;
  const q = s[p];
  if (!q || q.type !== 'word' || p === k) return null;
  if (NOT_PREDICATE.has(q.lower) && !DETERMINERS.has(q.lower) || WEEKDAYS.has(q.lower) || MONTHS.has(q.lower) || FINITE.has(q.lower) || !/^[a-z]/.test(q.text)) return null;
  if (/^(this|that)$/.test(q.lower) && p > k) return null;
  if (DETERMINERS.has(q.lower) && TIME_NOUNS.has(s[p + 1]?.lower ?? '')) return null;
  const e = topicEnd(s, p);
  return e > p ? [k, e] : null;
}

/** Words that cannot open the object of a verb of speaking of something. */
const PREPOSITIONS_AFTER = new Set(['to', 'for', 'off', 'up', 'out', 'down', 'away', 'in', 'on', 'at', 'from', 'into', 'of', 'with', 'and', 'or', 'by', 'about', 'it', 'this', 'that', 'nothing', 'anything', 'something']);

/**
 * "Senators who want to attend the convention could …": after a relative subject, the main
 * clause's finite verb ends the content (unless a clause of the content's own holds it).
 */
function mainVerbBefore(s: Token[], a: number, b: number): number {
  for (let i = a + 1; i < b; i++) {
    const t = s[i]!;
    if (t.text === ',' || /^(that|which|who|if|whether|because|since|although|though|when|what|how|where|why|and|or|but|he|she|they|we|i|it|you|there)$/.test(t.lower)) return b;
    if (FINITE.has(t.lower)) return i;
  }
  return b;
}

/** "Lee, who has promised to cut taxes, opposed …": a relative clause set off by commas ends at the comma before the main verb. */
function relativeContentEnd(s: Token[], a: number, b: number): number {
  for (let i = a + 1; i < b; i++) {
    if (s[i]!.text !== ',') continue;
    let j = i + 1;
    while (s[j]?.type === 'word' && /^(also|then|still|now|later|never|not|quickly|soon)$|^[a-z]{3,}ly$/.test(s[j]!.lower)) j++;
    const v = s[j];
    if (v && v.type === 'word' && /^[a-z]/.test(v.text) && (FINITE.has(v.lower) || /^[a-z]{3,}ed$/.test(v.text) || ['third', 'past'].includes(cueInfo(v.lower)?.form ?? LEXICON.get(v.lower)?.form ?? ''))) return i;
  }
  return b;
}

/** "C, they believe." / "C, polls show." / "A, they believe, B": the content around a cue set off by commas. */
function postposed(s: Token[], c: number, npStart: number): [number, number][] | null {
  if (npStart < 3 || s[npStart - 1]?.text !== ',') return null;
  let a = 0;
  while (a < npStart && (s[a]!.type === 'punct' || /^(and|but|so|yet|or)$/.test(s[a]!.lower))) a++;
  const after = s[c + 1];
  if (!after || (/^[.!]$/.test(after.text) && c + 2 >= s.length)) return [[a, npStart - 1]];
  if (after.text === ',' && c + 2 < s.length) return [[a, npStart - 1], [c + 2, clauseEnd(s, c + 2)]];
  return null;
}

/** Verbs by which the writer reports how things look: "the plan seems to work". */
const SEEMING = new Set(['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared']);

/**
 * "The council is expected to approve the plan", "the plan seems to work": an expectation or an
 * impression the writer reports, with no one named to hold it. The content is the subject and
 * the infinitive ("The council … to approve the plan").
 */
function writerViewAt(s: Token[], c: number): { cue: Token; parts: Token[][] } | null {
  const t = s[c];
  if (!t) return null;
  // "it seems (that) C", "it appears C"
  if (SEEMING.has(t.lower) && s[c - 1]?.lower === 'it' && s[c + 1]?.lower !== 'to') {
    const k = s[c + 1]?.lower === 'that' ? c + 2 : c + 1;
    if (!clauseAt(s, k) && s[c + 1]?.lower !== 'that') return null;
    return { cue: t, parts: [s.slice(k, clauseEnd(s, k))] };
  }
  // "the aide seemed irritated", "the team seemed unsure": an adjective after a verb of seeming
  const adj = /^(seems|seemed|seem)$/.test(t.lower) && s[c + 1]?.type === 'word' && /^[a-z]+$/.test(s[c + 1]!.text) && !/^(to|that|like|as|in|on|at|for|with|from|about|by|so|more|less|most|a|an|the|this|it|him|her|them)$/.test(s[c + 1]!.lower);
  if (!adj && (s[c + 1]?.lower !== 'to' || !/^[a-z]+$/.test(s[c + 2]?.text ?? ''))) return null;
  let v = c;
  if (SEEMING.has(t.lower)) {
    // "to appear", "makes him seem": an infinitive or a causative, not the writer's impression
    if (/^(to|him|her|them|me|us|you|make|makes|made|making|let|lets)$/.test(s[c - 1]?.lower ?? '')) return null;
    // "has seemed", "may also appear"
    while (v > 0 && /^(has|have|had|also|still|now|may|might|can|could|would|does|did|do|not|never|only|just|often|always|sometimes|increasingly|suddenly|already)$/.test(s[v - 1]!.lower)) v--;
  } else if (t.lower === 'expected' || t.lower === 'said' || t.lower === 'reported') {
    // "is expected", "are widely expected", "was not expected"; "is said to", "was reported to" (hearsay)
    v = c - 1;
    while (v > 0 && /^(widely|not|also|still|generally|now|broadly|originally|initially|necessarily|largely)$/.test(s[v]!.lower)) v--;
    // "isn't expected", "had been expected", "might be expected"
    const be = s[v]?.lower ?? '';
    if (/^(been|be)$/.test(be) && t.lower === 'expected') {
      if (!(be === 'been' ? /^(has|have|had|'s|'d)$/ : /^(will|would|could|can|may|might|must|should)$/).test(s[v - 1]?.lower ?? '')) return null;
      v--;
    } else if (!/^(is|are|was|were|'s|'re)$/.test(be) && !(t.lower === 'expected' && /^(isn't|aren't|wasn't|weren't)$/.test(be))) return null;
  } else return null;
  // the subject: back to the start of its clause
  const a = viewSubjectStart(s, v, /^(but|while|as|because|that|when|although|though|if|since|where|so|which|who|whereas)$/, /^[-().&]$/);
  if (a >= v) return null;
  if (inConditional(s, c)) return null;
  return { cue: t, parts: [s.slice(a, v), s.slice(c + 1, viewEnd(s, c + 1))] };
}

/**
 * Participles of a view or a judgement in the passive, by the word that must follow them: "is seen
 * as", "was considered" (a noun phrase), "has been accused of", "was criticized for".
 */
const PASSIVE_VIEW: Record<string, RegExp> = {
  seen: /^as$/, viewed: /^as$/, regarded: /^as$/, perceived: /^as$/,
  considered: /^(a|an|the|one|among|too|more|less|most|likely|unlikely|crucial|essential|vital|key)$/,
  accused: /^of$/, criticized: /^(for|as)$/, criticised: /^(for|as)$/, praised: /^(for|as)$/, blamed: /^for$/,
};
/** Auxiliaries and adverbs between a subject and the "be" of a passive: "has long been", "could also be". */
const PASSIVE_LEAD = /^(has|have|had|will|would|could|can|may|might|must|should|not|also|still|long|often|sometimes|widely|generally|increasingly|now|already|never|repeatedly|largely|broadly|frequently|publicly|sharply|roundly|nonetheless|even|been|be|being)$/;

/**
 * "The plan is widely seen as a gamble", "the mayor has been criticized for the delay", "she was
 * accused of lying": a view or judgement in the passive with no one named to hold it. The content
 * is the subject and what follows the participle ("The plan … as a gamble"), no speaker.
 */
function passiveViewAt(s: Token[], c: number): { cue: Token; parts: Token[][] } | null {
  const t = s[c];
  const next = PASSIVE_VIEW[t?.lower ?? ''];
  if (!t || !next || !next.test(s[c + 1]?.lower ?? '') || !/^[a-z]+$/.test(s[c + 2]?.text ?? '')) return null;
  let v = c - 1;
  while (v > 0 && /^(widely|not|also|still|generally|now|broadly|increasingly|often|sometimes|long|largely|repeatedly|sharply|roundly|publicly|frequently|nonetheless|even|once)$/.test(s[v]!.lower)) v--;
  if (!/^(is|are|was|were|'s|'re|be|been|being)$/.test(s[v]?.lower ?? '')) return null;
  // "be" after a modal, "been" after "has", "being" after "is": no infinitive ("to be seen as") or gerund ("risk being seen as")
  const before = s[v - 1]?.lower ?? '';
  if (s[v]!.lower === 'be' && !/^(will|would|could|can|may|might|must|should|not|also|still|never|likely)$/.test(before)) return null;
  if (s[v]!.lower === 'being' && !/^(is|are|was|were|'s|'re|been|also|still|now|already)$/.test(before)) return null;
  while (v > 0 && PASSIVE_LEAD.test(s[v - 1]!.lower)) v--;
  const a = viewSubjectStart(s, v, /^(but|while|as|because|that|when|although|though|if|since|where|so|which|who|whose|what|whereas|and|or)$/, /^[-.&]$/);
  if (a >= v) return null;
  if (inConditional(s, c)) return null;
  return { cue: t, parts: [s.slice(a, v), s.slice(c + 1, viewEnd(s, c + 1))] };
}

/**
 * Where the subject of a writer's view starts, back from its verb group at `v`: the start of its
 * clause ("The plan is expected to …"); a relative pronoun standing for it ("…, which is expected
 * to draw crowds" → "which … to draw crowds"); or, past an aside set off by commas, the noun
 * phrase before it ("The bank, which has held rates low, is expected to act"). `v` when none.
 */
function viewSubjectStart(s: Token[], v: number, stopWords: RegExp, passPunct: RegExp): number {
  const walk = (from: number) => {
    let a = from;
    while (a > 0) {
      const x = s[a - 1]!;
      if (x.type === 'quote' || (x.type === 'punct' && !passPunct.test(x.text))) break;
      if (x.type === 'word' && stopWords.test(x.lower)) break;
      a--;
    }
    return a;
  };
  const a = walk(v);
  if (a < v) return a;
  const before = s[v - 1];
  if (!before) return v;
  if (before.type === 'word' && /^(which|who|that)$/.test(before.lower)) return v - 1;
  if (before.text === ',') {
    let j = v - 2;
    while (j > 0 && s[j]!.type !== 'quote' && !/^[,;:—–()]$/.test(s[j]!.text)) j--;
    if (j > 0 && j < v - 2 && s[j]!.text === ',' && s[j - 1]!.type === 'word') {
      const b = walk(j);
      if (b < j) return b;
    }
  }
  return v;
}

/** "If the plan seems to work, …", "Unless it appears …": an impression inside an opening condition is hypothetical. */
function inConditional(s: Token[], c: number): boolean {
  let i = 0;
  while (i < c && (s[i]!.type === 'punct' || /^(and|but|so|or)$/.test(s[i]!.lower))) i++;
  return /^(if|unless)$/.test(s[i]?.lower ?? '') && s.slice(c + 1).some((t) => t.text === ',');
}

/**
 * Where the infinitive of a writer's view ends: "X seems to V, despite Y", "X appeared to V, and
 * Z …", "X seemed to V even if Y", "X is expected to V — Y": an adjunct or a clause set off after
 * the infinitive is the writer's narration, not part of the impression (unless quoted words follow).
 */
function viewEnd(s: Token[], from: number): number {
  const end = clauseEnd(s, from);
  let dashes = 0;
  for (let i = from; i < end; i++) {
    const t = s[i]!;
    // (after a colon the view goes on with a clause of its own: "X seems clear: C")
    if (t.text === ':') return end;
    const dash = /^[—–-]$/.test(t.text);
    if (dash) dashes++;
    // (quoted words further on belong to the view: "X seems to V — “Q”")
    if (i < from + 2 || s.slice(i, end).some((q) => q.type === 'quote')) continue;
    // (a pair of dashes sets off an aside inside the view: "X seems to V — for now — in Y")
    if (dash && dashes % 2 === 1 && !s.slice(i + 1, end).some((d) => d.text === t.text)) return i;
    if (t.text === '(') return i;
    const n = s[i + 1]?.lower ?? '';
    if (t.text === ',' && /^(despite|particularly|especially|even|as|after|before|because|since|when|while|with|including|and|but|only|although|though|if|which|who|where|so|yet|amid|in|on|at|a|an|the)$/.test(n)) return i;
    if ((t.lower === 'even' && /^(if|though|as)$/.test(n)) || t.lower === 'despite') return i;
  }
  return end;
}


/** Words between a noun phrase and "known as/for": "is best known for", "was once widely known as". */
const KNOWN_LEAD = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'became', 'become', 'also', 'best', 'better', 'well', 'widely', 'now', 'once', 'often', 'perhaps', 'long', 'still', 'commonly', 'popularly', 'locally', 'derisively', 'affectionately', 'formerly', 'sometimes', 'not']);

/** Where a name after "known as" ends: a run of capitalised words ("Super Tuesday"), or an object noun phrase. */
function nameEnd(s: Token[], from: number): number {
  const f = s[from]!;
  if (!/^\p{Lu}/u.test(f.text)) return objectEnd(s, from);
  let e = from;
  while (e < s.length && ((s[e]!.type === 'word' && (/^\p{Lu}/u.test(s[e]!.text) || (/^(of|the|and|or|de)$/.test(s[e]!.lower) && /^\p{Lu}/u.test(s[e + 1]?.text ?? '')))))) e++;
  return e;
}

/**
 * "the tax known as the levy", "Lee is best known for her novels", "the group, also known as
 * the Front, …": the name or reputation the writer reports, held by no one in particular. The
 * content is the thing and its name ("the tax … the levy"); after a comma, the name alone.
 */
function knownAsAt(s: Token[], c: number): { cue: Token; parts: Token[][] } | null {
  const t = s[c];
  if (!t || t.lower !== 'known' || !/^(as|for)$/.test(s[c + 1]?.lower ?? '')) return null;
  const y = s[c + 2];
  // (a name in quotation marks is a quotation's business: "known as “the Boss”")
  if (!y || y.type !== 'word') return null;
  const yEnd = s[c + 1]!.lower === 'as' ? nameEnd(s, c + 2) : topicEnd(s, c + 2);
  if (yEnd <= c + 2) return null;
  const name = s.slice(c + 2, yEnd);
  let v = c;
  while (v > 0 && KNOWN_LEAD.has(s[v - 1]!.lower)) v--;
  if (s[v - 1]?.text === ',') return { cue: t, parts: [name] };
  const idx = npBefore(s, v, 0);
  if (!idx || idx[1] !== v) return null;
  // the subject of its own clause: "… for years he was known as …"
  let a = idx[0];
  const cut = s.slice(a, v).findLastIndex((x) => /^(to|for|from|with|against|among|by|than|in|on|at)$/.test(x.lower));
  if (cut >= 0) a += cut + 1;
  // "the string of contests known as …": the head noun before "of"
  if (s[a]?.lower === 'of') a = npBefore(s, a, 0)?.[0] ?? a;
  if (a >= v || s[a]!.lower === 'of') return null;
  return { cue: t, parts: [s.slice(a, v), name] };
}

/** Nouns of a poll whose findings "in …" reports: "in a new poll", "in the survey". */
const POLL_NOUNS = new Set(['poll', 'polls', 'polling', 'survey', 'surveys']);
/** Words that cannot stand before a poll noun after "in": prepositions, links and other heads. */
const POLL_STOP = new Set(['of', 'for', 'to', 'about', 'after', 'before', 'as', 'at', 'on', 'by', 'with', 'from', 'and', 'or', 'that', 'which', 'who', 'average', 'averages']);

/**
 * Index of the poll noun heading the noun phrase that starts at `from` (the words after "in"):
 * "a new Gallup poll", "Monday's survey", "the latest polls" — but not "the polls" alone (an
 * election's or a race's standing, far more often than a survey's finding) nor "polling places".
 */
function pollHead(s: Token[], from: number): number {
  for (let j = from; j < Math.min(s.length, from + 8); j++) {
    const t = s[j]!;
    if (t.type === 'word' && POLL_NOUNS.has(t.lower)) {
      if (j === from + 1 && t.lower === 'polls' && s[from]!.lower === 'the') return -1;
      const n = s[j + 1];
      // "polling places", "poll workers": the noun modifies another
      if (n && n.type === 'word' && /^[a-z]+$/.test(n.text) && !/^(of|by|from|for|in|on|conducted|released|taken|published|out|last|this|earlier|late|early|done|the)$/.test(n.lower)) return -1;
      return j;
    }
    if (t.type !== 'word' && !/^[-/&.]$/.test(t.text)) return -1;
    if (t.type === 'word' && (FINITE.has(t.lower) || POLL_STOP.has(t.lower) || NP_BOUNDARY.has(t.lower))) return -1;
  }
  return -1;
}

/** A share opened by a word that limits or rounds it ("just 8 percent", "only a third", "nearly half"): the subject of a poll's finding. */
function limitedShare(s: Token[], k: number): boolean {
  if (!/^(just|only|nearly|almost|about|roughly|around|barely|approximately)$/.test(s[k]?.lower ?? '')) return false;
  const n = s[k + 1];
  return !!n && (/^\d/.test(n.text) || /^(half|a|one|two|three|four|five|six|seven|eight|nine|ten)$/.test(n.lower));
}

/** Can this token open a clause's subject ("Lee", "she", "the mayor", "40 percent")? */
const clauseOpener = (t: Token): boolean => t.type === 'word' && (/^[\p{Lu}\d]/u.test(t.text) || CLAUSE_STARTERS.has(t.lower));

/** A finite verb as a poll reports standings: "leads", "held", "is", "trailed". */
const verbLike = (t: Token): boolean => t.type === 'word' && /^[a-z]/.test(t.text) && (FINITE.has(t.lower) || /^[a-z]{3,}ed$/.test(t.text) || /^(leads|led|trails|holds|held|gets|got|wins|won|remains|stays|runs|ran|tops|receives|takes|took|finishes|rose|rises|fell|falls|gains|lost|beats|beat|draws|drew|earns|scores|sits|sat|stands|stood|enjoys)$/.test(t.lower));

/**
 * "In a new poll, C." and "C in the latest survey.": a poll reports C (the PolNeAR evidence
 * attribution with the cue "in"). Opening the sentence, the poll phrase runs to its comma and C is
 * the clause after it; after C, one poll with a determiner must close the sentence or a clause
 * ("… in a poll released Monday, …") — "voters in the poll said …" is a subject's modifier — and
 * C runs back to the start of its clause.
 */
function pollAdjunctAt(s: Token[], c: number): { cue: Token; np: Token[]; parts: Token[][]; opening: boolean } | null {
  const t = s[c];
  if (!t || t.lower !== 'in') return null;
  const head = pollHead(s, c + 1);
  if (head < 0) return null;
  // the rest of the poll phrase: "released Monday", "of likely voters", "conducted in May"
  let e = head + 1;
  // (a verb ends it: "voters in a poll released Monday support …")
  while (e < s.length && e < head + 12 && (s[e]!.type === 'word' || /^[-/&()]$/.test(s[e]!.text)) && !FINITE.has(s[e]!.lower) && cueInfo(s[e]!.lower)?.strength !== 'speech' && !(LEXICON.has(s[e]!.lower) && !/ed$/.test(s[e]!.lower))) e++;
  const opening = c === 0 || (c === 1 && /^(but|and|yet)$/.test(s[0]!.lower));
  if (opening) {
    if (s[e]?.text !== ',') return null;
    // "In the poll, conducted in May, C": a participle set off after the poll; ", however, C"
    let k = e + 1;
    if (/^(conducted|released|taken|published|done|carried)$/.test(s[k]?.lower ?? '')) {
      while (k < s.length && s[k]!.text !== ',') k++;
      k++;
    }
    while (s[k] && (/^(however|though|meanwhile|too|also|moreover)$/.test(s[k]!.lower) || s[k]!.text === ',')) k++;
    const f = s[k];
    // ("In exit polls, voters …": a plain plural of people opens the finding too)
    if (!f || !(clauseOpener(f) || ANONYMOUS_HEADS.has(f.lower) || limitedShare(s, k))) return null;
    return { cue: t, np: s.slice(c + 1, e), parts: [s.slice(k, pollContrastEnd(s, pollFindingEnd(s, k)))], opening };
  }
  // after its clause, only one poll with a determiner: "in a new poll", "in Monday's survey" ("in national polls", "in polling" tell a standing)
  if (!/^(poll|survey)$/.test(s[head]!.lower) || !(/^(a|an|the|this|that|its|their)$/.test(s[c + 1]!.lower) || /['’]s$/.test(s[c + 1]!.text))) return null;
  if (e < s.length && !/^[.;,!?:—–]$/.test(s[e]!.text)) return null;
  // "the voters surveyed in the poll": the poll belongs to the participle
  if (/^(surveyed|polled|interviewed|questioned|asked|included|sampled|participated)$/.test(s[c - 1]?.lower ?? '')) return null;
  // the clause before "in": back to a comma, semicolon or dash that opens a clause (a capital, a pronoun, a determiner)
  // or to a conjunction that opens one ("…, although C in a poll")
  let a = c;
  while (a > 0) {
    const x = s[a - 1]!;
    if (x.type === 'quote' || /^[;:—–]$/.test(x.text) || /^(although|though|while|whereas|because|but)$/.test(x.lower)) break;
    if (x.text === ',' && clauseOpener(s[a]!)) break;
    a--;
  }
  while (a < c && (s[a]!.type !== 'word' || /^(and|but|so|yet|while|as|because|although|though|since|when|whereas)$/.test(s[a]!.lower))) a++;
  const clause = s.slice(a, c);
  if (clause.length < 3 || !clauseOpener(clause[0]!) || !clause.some(verbLike)) return null;
  // "Lee, who is third in the poll, …": a relative clause inside a sentence
  if (clause.some((x) => /^(who|whom|which|whose|where)$/.test(x.lower))) return null;
  return { cue: t, np: s.slice(c + 1, e), parts: [clause], opening };
}

/** Nouns of a point of view after "in" and a possessor: "in her view", "in the mayor's eyes". */
const VIEW_NOUNS = new Set(['view', 'mind', 'eyes', 'opinion', 'estimation', 'judgment', 'judgement', 'words', 'reckoning', 'telling']);
/** Object pronouns naming whose view "To …," gives, with the subject pronoun they stand for. */
const OBJECT_PRONOUN_OF: Record<string, string> = { him: 'he', her: 'she', them: 'they' };

/** A pronoun mention for a token that stands for the subject pronoun `head` ("his" → he, "them" → they). */
const pronounMention = (t: Token, head: string): Mention => ({ text: t.text, start: t.start, end: t.end, kind: 'pronoun', name: null, role: null, head, definite: false, plural: head === 'they' || head === 'we', modifiers: [] });

/** Nouns of a count or a judgement whose maker "by" names: "by the agency's count", "by some estimates". */
const TALLY_NOUNS = new Set(['tally', 'count', 'estimate', 'measure', 'reckoning', 'calculation', 'account', 'argument']);

/**
 * The holder named by a possessive before a noun of view ("her" in "her view", "the governor's"
 * in "the governor's eyes"), without its possessive ending; not "my" or "our", which stand in the
 * quotation that holds them.
 */
function possessorOf(np: Token[]): Mention | null {
  // ("her own view", "Lee's own count")
  if (np[np.length - 1]?.lower === 'own') np = np.slice(0, -1);
  const p = np[np.length - 1];
  if (!p) return null;
  const pron = POSSESSIVE_PRONOUNS[p.lower];
  if (pron) return np.length === 1 && pron !== 'i' && pron !== 'we' ? pronounMention(p, pron) : null;
  const ending = p.text.match(/['’]s?$/u)?.[0].length ?? 0;
  if (!ending || p.text.length <= 2) return null;
  const bare = { ...p, text: p.text.slice(0, -ending), lower: p.lower.slice(0, -ending), end: p.end - ending };
  return parseMention([...np.slice(0, -1), bare]);
}

/** Can a viewpoint's holder ("To many voters, …", "To the senator, …") hold a view: a person, a group, an organisation? */
function holdsView(m: Mention): boolean {
  if (m.kind === 'name' || m.kind === 'org' || m.kind === 'role' || m.kind === 'pronoun') return true;
  const head = m.head ?? '';
  // ("to a person": every one of them, an idiom)
  return head !== 'person' && (m.plural || ANONYMOUS_HEADS.has(head) || ROLE_NOUNS.has(head));
}

/**
 * "To many voters, the deal was a betrayal.", "In the senator's view, the plan is doomed.", "In her
 * words, the bill is a disgrace.", "By the agency's count, Lee leads.": an adjunct opening the sentence
 * names whose view (or count) the clause after its comma gives (PolNeAR's cue "To"/"In"/"By"). The holder must be a person, a group or an organisation
 * ("To date, …", "To the surprise of many, …", "To win, …" name none); "In my view" is left to the
 * quotation that holds it.
 */
function viewpointAt(s: Token[], c: number): { cue: Token; mention: Mention; parts: Token[][] } | null {
  const t = s[c];
  if (!t || !/^(to|in|by)$/.test(t.lower)) return null;
  // opening the sentence, after "But"/"And", or after a semicolon ("To many, C; to others, D")
  let a = c - 1;
  while (a >= 0 && (s[a]!.type === 'punct' && s[a]!.text !== ';' || /^(but|and|yet)$/.test(s[a]!.lower))) a--;
  if (a >= 0 && s[a]!.text !== ';') return null;
  const comma = s.findIndex((x, i) => i > c && i <= c + 9 && x.text === ',');
  if (comma < c + 2) return null;
  const np = s.slice(c + 1, comma);
  // (a phrase with a clause of its own names no holder: "To the extent she agrees, …")
  if (np.some((x, i) => (x.type !== 'word' && !/^[.'’-]$/.test(x.text)) || (i > 0 && (FINITE.has(x.lower) || /^(he|she|they|we|i|you|it)$/.test(x.lower))))) return null;
  let mention: Mention | null = null;
  if (t.lower === 'to') {
    const f = np[0]!;
    const obj = OBJECT_PRONOUN_OF[f.lower];
    if (obj && np.length === 1) mention = pronounMention(f, obj);
    // (a lower-case word other than a determiner or a quantifier opens an infinitive: "To win, …", "To date, …")
    else if (/^\p{Lu}/u.test(f.text) || /^(the|a|an|his|her|their|its|many|some|most|others|those|these|several|few|both|all)$/.test(f.lower)) mention = parseMention(np);
  } else if (t.lower === 'in') {
    if (!VIEW_NOUNS.has(np[np.length - 1]!.lower) || np.length < 2) return null;
    mention = possessorOf(np.slice(0, -1));
  } else {
    // "By the agency's count, C", "By some estimates, C", "By most accounts, C"
    const head = np[np.length - 1]!.lower.replace(/s$/, '');
    if (!TALLY_NOUNS.has(head) || np.length < 2) return null;
    mention = possessorOf(np.slice(0, -1)) ?? (/^(one|some|most|many|several|all|two|three|other|independent)$/.test(np[0]!.lower) ? parseMention(np) : null);
  }
  if (!mention || !holdsView(mention)) return null;
  // the clause after the comma: a subject and a verb ("the deal was …", "it's a step too far")
  const k = comma + 1;
  if (/^(who|whom|which)$/.test(s[k]?.lower ?? '')) return null;
  const end = clauseEnd(s, k);
  const clause = s.slice(k, end);
  const pronounSubject = /^(he|she|it|they|we|i|you)$/.test(clause[0]?.lower ?? '') && /^[a-z]/.test(clause[1]?.text ?? '');
  if (clause.length < 3 || !clauseOpener(clause[0]!) || !(pronounSubject || clause.some((x) => verbLike(x) || /['’](s|re)$/.test(x.text)))) return null;
  // (the cue is the noun of the view or count when there is one: "view", "words", "count")
  return { cue: t.lower === 'to' ? t : np[np.length - 1]!, mention, parts: [trimEnd(clause)] };
}

/**
 * Where the clause that holds token c starts: at the sentence's start, or after a comma before a
 * clause opener, a semicolon, a colon, a dash, a parenthesis or quoted words; -1 inside a relative
 * clause ("Lee, who …").
 */
function clauseStartBefore(s: Token[], c: number): number {
  let a = c;
  while (a > 0) {
    const x = s[a - 1]!;
    if (x.type === 'quote' || /^[;:—–(]$/.test(x.text)) break;
    if (x.text === ',' && clauseOpener(s[a]!)) break;
    if (/^(who|whom|which)$/.test(x.lower)) return -1;
    a--;
  }
  return a;
}

/**
 * "The firm has reportedly hired lawyers.", "Reportedly, he left early.": "reportedly" marks its
 * clause as reported by unnamed others — a statement without a speaker, whose content is the
 * clause around the adverb (in two parts when the adverb stands inside it). A clause that reports
 * speech itself ("Lee reportedly said C") is left to the speech verb.
 */
function reportedlyAt(s: Token[], c: number): { cue: Token; parts: Token[][] } | null {
  const t = s[c];
  if (!t || t.lower !== 'reportedly') return null;
  if (cueInfo(s[c + 1]?.lower ?? '')?.strength === 'speech') return null;
  // (", reportedly winning …": a participle phrase about the subject, not a clause)
  if (s[c - 1]?.text === ',' && /^[a-z]+ing$/.test(s[c + 1]?.text ?? '')) return null;
  // "Reportedly, C": the clause after the comma
  if (c === sentenceStart(s) && s[c + 1]?.text === ',') {
    const end = clauseEnd(s, c + 2);
    return end - (c + 2) >= 3 && clauseOpener(s[c + 2]!) ? { cue: t, parts: [trimEnd(s.slice(c + 2, end))] } : null;
  }
  let a = clauseStartBefore(s, c);
  // ("Lee, who reportedly …": a relative clause about a name is the writer's aside)
  if (a < 0) return null;
  const opener = a;
  while (a < c && (s[a]!.type !== 'word' || /^(and|but|so|yet|while|as|because|although|though|since|when|whereas|with)$/.test(s[a]!.lower))) a++;
  if (a >= c || !clauseOpener(s[a]!)) return null;
  // ("With the mayor reportedly weighing a run, C": a subordinate phrase ends at its comma)
  const comma = s.findIndex((x, i) => i > c && x.text === ',');
  let end = a > opener && comma > 0 ? Math.min(comma, clauseEnd(s, c + 1)) : clauseEnd(s, c + 1);
  // (the writer's own addition ends it: ", leaving …", "… as it nears …", a closing parenthesis)
  for (let i = c + 2; i < end; i++) {
    const x = s[i]!;
    if ((x.text === ',' && /^[a-z]+ing$/.test(s[i + 1]?.text ?? '')) || (x.text === ')' && s.slice(a, c).every((y) => y.text !== '(')) || (x.lower === 'as' && /^(he|she|it|they|we)$/.test(s[i + 1]?.lower ?? ''))) { end = i; break; }
  }
  if (end - (c + 1) < 2) return null;
  return { cue: t, parts: [s.slice(a, c), trimEnd(s.slice(c + 1, end))] };
}

/**
 * "A poll found that 40 percent back Lee, while 35 percent back Park": a contrast with another share
 * of the same poll after ", while" continues its finding. The end of the finding that `end` (where
 * its clause ends) would close.
 */
function shareContrastEnd(s: Token[], end: number): number {
  while (s[end]?.text === ',' && /^(while|whereas)$/.test(s[end + 1]?.lower ?? '') && shareAt(s, end + 2)) end = clauseEnd(s, end + 2);
  return end;
}

/**
 * "In the new poll, 60 percent backed the plan, although fewer would pay for it.": after an opening
 * poll, a contrasting clause after the finding's comma is part of what the poll found.
 */
function pollContrastEnd(s: Token[], end: number): number {
  while (s[end]?.text === ',' && /^(but|although|though|whereas)$/.test(s[end + 1]?.lower ?? '') && s.slice(end + 2, clauseEnd(s, end + 2)).some(verbLike)) end = clauseEnd(s, end + 2);
  return end;
}

/**
 * Where a poll's finding that starts at `from` ends: where its clause ends, or earlier at the
 * writer's gloss after a comma — a comparison ("…, up four points from May", "…, compared with
 * 40 percent"), a reason ("…, largely because …") or an apposition ("…, a sharp swing").
 */
function pollFindingEnd(s: Token[], from: number): number {
  const end = shareContrastEnd(s, clauseEnd(s, from));
  for (let i = from + 1; i < end; i++) {
    if (s[i]!.lower === 'compared' && /^(to|with)$/.test(s[i + 1]?.lower ?? '')) return i;
    if (s[i]!.text !== ',') continue;
    const n = s[i + 1]?.lower ?? '';
    if (/^(up|down|compared|largely|partly|mostly|chiefly|because|a|an|his|her|its|their|the|which|well|far|roughly|nearly|about)$/.test(n)) return i;
  }
  return end;
}

/**
 * "55 percent said yes", "a majority said no", "half said so", "30 percent said the same": a
 * share of a poll's respondents and its answer. The answer word is the content; only a share of
 * people answers so ("he said so" is an aside about something said before).
 */
function answerAt(s: Token[], c: number): { cue: Token; subject: Subject; answer: Token[] } | null {
  const t = s[c];
  if (!t || !/^(said|say|says|answered|answer|replied)$/.test(t.lower)) return null;
  const n = s[c + 1];
  if (!n) return null;
  const len = /^(yes|no|so)$/.test(n.lower) ? 1 : n.lower === 'the' && s[c + 2]?.lower === 'same' ? 2 : 0;
  if (!len || s[c + 1 + len]?.type === 'word' && !/^(in|on|at|last|this|when|while|after|before|but|and|compared)$/.test(s[c + 1 + len]!.lower)) return null;
  const subject = subjectOf(s, c, 'stance');
  if (!subject || !isShare(subject.mention)) return null;
  return { cue: t, subject, answer: s.slice(c + 1, c + 1 + len) };
}

/** Participles of a stance in the passive with a share of people as its agent: "was backed by 40 percent". */
const PASSIVE_STANCE = new Set(['supported', 'backed', 'favored', 'favoured', 'opposed', 'endorsed', 'rejected', 'preferred', 'chosen', 'named', 'picked', 'trusted', 'distrusted']);

/**
 * "Lee was supported by 42 percent of those polled", "the plan was rejected by 64 percent of
 * voters": a stance of a share of people, in the passive. The content is the subject (what
 * they back); the share is the speaker. Other agents ("was backed by the mayor") are left to
 * the rules for names.
 */
function passiveShareAt(s: Token[], c: number): { cue: Token; subject: Token[]; mention: Mention; end: number } | null {
  const t = s[c];
  if (!t || !PASSIVE_STANCE.has(t.lower) || s[c + 1]?.lower !== 'by') return null;
  let v = c - 1;
  while (v > 0 && /^(also|still|only|narrowly|overwhelmingly|strongly|widely|not|even|now)$/.test(s[v]!.lower)) v--;
  if (!/^(is|are|was|were|be|been|being)$/.test(s[v]?.lower ?? '')) return null;
  if (/^(been|be)$/.test(s[v]!.lower) && /^(has|have|had|will|would|could|might|may)$/.test(s[v - 1]?.lower ?? '')) v--;
  const end = objectEnd(s, c + 2);
  const agent = end > c + 2 ? parseMention(s.slice(c + 2, end)) : null;
  if (!agent || !isShare(agent)) return null;
  const idx = npBefore(s, v, 0);
  if (!idx || s.slice(idx[1], v).some((x) => !/^(also|still|only|now|even)$/.test(x.lower))) return null;
  return { cue: t, subject: s.slice(idx[0], idx[1]), mention: agent, end };
}

/** The mention of a poll phrase ("a new Gallup poll released Monday"): its pollster's name, or the phrase itself. */
function pollMention(np: Token[]): Mention {
  const head = np.findIndex((t) => POLL_NOUNS.has(t.lower));
  const first = np[0]!;
  const last = np[np.length - 1]!;
  const text = np.map((t) => t.text).join(' ');
  const m = parseMention(np.slice(0, head + 1));
  if (m) return { ...m, text, end: last.end };
  return { text, start: first.start, end: last.end, kind: 'anonymous', name: null, role: null, head: np[head]?.lower ?? 'poll', definite: /^(the|this|that|these|those)$/.test(first.lower), plural: /s$/.test(np[head]?.lower ?? ''), modifiers: [] };
}

/** Tokens without the punctuation that closes them (a closing parenthesis and "%" stay). */
const trimEnd = (toks: Token[]): Token[] => {
  let b = toks.length;
  while (b > 0 && toks[b - 1]!.type === 'punct' && toks[b - 1]!.text !== ')' && toks[b - 1]!.text !== '%') b--;
  return toks.slice(0, b);
};

/** Nouns of attitude or speech, by the complement that carries their content. */
const NOUN_THAT = new Set(['claim', 'claims', 'remark', 'remarks', 'comment', 'comments', 'statement', 'declaration', 'admission', 'boast', 'vow', 'pledge', 'belief', 'beliefs', 'view', 'fear', 'fears', 'hope', 'hopes', 'warning', 'warnings', 'argument', 'insistence', 'suggestion', 'assertion', 'contention', 'conviction', 'assurance', 'assurances', 'promise', 'prediction', 'allegation', 'allegations', 'charge', 'accusation', 'complaint', 'complaints', 'criticism', 'concern', 'concerns', 'worry', 'worries']);
const NOUN_TO = new Set(['claim', 'plan', 'plans', 'hope', 'hopes', 'promise', 'promises', 'pledge', 'pledges', 'vow', 'vows', 'decision', 'bid', 'refusal', 'threat', 'threats', 'call', 'calls', 'intention', 'desire', 'wish', 'proposal', 'offer', 'determination', 'refusal', 'reluctance', 'unwillingness', 'attempt', 'effort', 'efforts']);
const NOUN_PREP: Record<string, string> = { call: 'for', calls: 'for', support: 'for', push: 'for', demand: 'for', demands: 'for', criticism: 'of', criticisms: 'of', attack: 'on against', attacks: 'on against', opposition: 'to', endorsement: 'of for', praise: 'for', questions: 'about', doubts: 'about', concerns: 'about', accusations: 'of', allegations: 'of', critique: 'of', thoughts: 'on', assault: 'on', proposal: 'for', embrace: 'of', comments: 'on', remarks: 'about', assessment: 'of', claim: 'about', condemnation: 'of', denunciation: 'of', rejection: 'of', tirade: 'against', broadside: 'against',
  // "her views on C", "his dim view of C", "their enthusiasm for C", "her preference for C"
  views: 'on of about', view: 'of on', enthusiasm: 'for', passion: 'for', preference: 'for' };
/** Does the noun take its content after this preposition ("support for X")? A noun may take several ("attacks on/against X"). */
const nounPrep = (noun: string, prep: string): boolean => !!NOUN_PREP[noun]?.split(' ').includes(prep);
const POSSESSIVE_PRONOUNS: Record<string, string> = { his: 'he', her: 'she', their: 'they', its: 'it', our: 'we', my: 'i' };

/**
 * "his claim that C", "their call for X", "Lee's plan to V": a noun of attitude or speech
 * whose possessor holds it. The content is the complement; the possessor is the speaker.
 */
function nounCueAt(s: Token[], c: number): { cue: Token; mention: Mention | null; span: [number, number]; object?: boolean } | null {
  const t = s[c];
  if (!t || t.type !== 'word' || !/^[a-z]+$/.test(c === sentenceStart(s) ? t.lower : t.text)) return null;
  const light = lightVerbNounCue(s, c);
  if (light) return light;
  const n = s[c + 1];
  if (!n) return null;
  let span: [number, number] | null = null;
  let prepObject = false;
  if (n.lower === 'that' && NOUN_THAT.has(t.lower) && (clauseAt(s, c + 2) || quotedClauseAt(s, c + 2) || presentClauseAt(s, c + 2))) span = [c + 2, clauseEnd(s, c + 2)];
  else if (n.lower === 'to' && NOUN_TO.has(t.lower) && /^[a-z]+$/.test(s[c + 2]?.text ?? '') && !/^(the|a|an|his|her|their|its)$/.test(s[c + 2]!.lower) && (s[c + 2]!.lower !== 'be' || /^(claims?|promises?|pledges?|vows?)$/.test(t.lower))) span = [c + 1, clauseEnd(s, c + 1)];
  // (a negated infinitive keeps its "not": "her decision not to run")
  else if (n.lower === 'not' && s[c + 2]?.lower === 'to' && NOUN_TO.has(t.lower) && /^[a-z]+$/.test(s[c + 3]?.text ?? '')) span = [c + 1, clauseEnd(s, c + 2)];
  // (a clause runs to its end: "questions about whether the plan would work")
  else if (nounPrep(t.lower, n.lower) && s[c + 2]?.type === 'word') { span = [c + 2, WH.has(s[c + 2]!.lower) ? topicEnd(s, c + 2) : objectEnd(s, c + 2)]; prepObject = true; }
  else if ((n.lower === 'from' || n.lower === 'by') && (NOUN_THAT.has(t.lower) || NOUN_PREP[t.lower])) return agentNounCue(s, c);
  // ("his claim in May that C", "her assertion during the debate that C": a time or occasion between noun and clause)
  else if ((NOUN_THAT.has(t.lower) || t.lower === 'statement') && /^(in|on|at|during|last|earlier|this|among)$/.test(n.lower)) span = thatAfterAdjunct(s, c + 1) ?? copularContent(s, c);
  // ("Their argument: C", "Her verdict: C": the words after a colon)
  else if (n.text === ':' && (NOUN_COPULA.has(t.lower) || NOUN_COLON.has(t.lower)) && t.lower !== 'case' && (s[c + 2]?.type === 'word' || s[c + 2]?.type === 'quote')) span = [c + 2, clauseEnd(s, c + 2)];
  // ("In her view, C": the clause after the comma)
  else if (/^(view|opinion|estimation|judgment|judgement)$/.test(t.lower) && n.text === ',' && clauseAt(s, c + 2)) span = [c + 2, clauseEnd(s, c + 2)];
  else span = copularContent(s, c);
  if (!span || span[1] <= span[0]) return null;
  // (a quotation opening the clause needs a possessor who said it: "her remark that “Q”", not "and claims that “Q”")
  const quotedThat = s[span[0]]!.type === 'quote' && s[span[0] - 1]?.lower === 'that';
  const p = possessorAt(s, c);
  if (n.text === ',' && !inViewOpening(s, p)) return null;
  const q = s[p];
  if (!q || q.type !== 'word') return quotedThat ? null : unpossessedNounCue(s, c, span);
  const pron = POSSESSIVE_PRONOUNS[q.lower];
  if (pron) return { cue: t, span: prepObject && verbObject(s, p) ? [p, span[1]] : subjectContent(s, p, span), mention: { text: q.text, start: q.start, end: q.end, kind: 'pronoun', name: null, role: null, head: pron, definite: false, plural: pron === 'they' || pron === 'we', modifiers: [] } };
  if (!/['’]s?$/.test(q.text) || q.text.length < 3) return quotedThat ? null : unpossessedNounCue(s, c, span);
  const idx = npBefore(s, p + 1, 0);
  // (an opening participle is no part of the possessor: "Reflecting Lee's wish to V, …")
  if (idx && idx[0] === 0 && idx[1] - idx[0] > 1 && openingParticiple(s, c)) idx[0]++;
  const m = idx ? parseMention(possessorPhrase(s, idx[0], p, idx[1])) : null;
  return m && (m.kind === 'name' || m.kind === 'org' || m.kind === 'role') ? { cue: t, span: prepObject && verbObject(s, idx![0]) ? [idx![0], span[1]] : subjectContent(s, idx![0], span), mention: m } : null;
}

const POSSESSOR_DETERMINERS = /^(the|a|an)$/;

/**
 * Where the possessor's own noun phrase starts, inside the phrase found before its possessive:
 * never at the verb or preposition that governs it ("in response to Lee's plan" → "Lee's",
 * "held up Mr. Lee's plan" → "Mr. Lee's"). A capitalised possessive keeps the names, titles and
 * role words before it and one determiner ("the Acme chief Ann Lee's").
 */
function possessorStart(s: Token[], from: number, p: number): number {
  if (!/^\p{Lu}/u.test(s[p]!.text)) return from;
  let j = p - 1;
  while (j >= from) {
    const t = s[j]!;
    const nameWord = t.type === 'word' && /^\p{Lu}/u.test(t.text) && !(j === sentenceStart(s) && NP_BOUNDARY.has(t.lower));
    const link = (t.text === '.' || t.text === '-' || t.text === '&') && j > from;
    if (nameWord || link || (t.type === 'word' && /^[a-z]/.test(t.text) && (TITLE_WORDS.has(t.lower) || ROLE_NOUNS.has(t.lower)))) { j--; continue; }
    if (t.type === 'word' && POSSESSOR_DETERMINERS.test(t.lower)) return j;
    break;
  }
  return j + 1;
}

/**
 * The phrase naming who holds a possessed noun of stance: the possessor's own noun phrase, or,
 * when a named subject and its past-tense verb stand before it, that subject, whose reaction the
 * sentence reports ("Ann Lee and her allies hailed the court's decision to V" → "Ann Lee and her allies").
 */
function possessorPhrase(s: Token[], from: number, p: number, to: number): Token[] {
  const start = possessorStart(s, from, p);
  const verb = start - 1;
  if (verb > from && /^[a-z]{3,}ed$/.test(s[verb]!.text) && /^\p{Lu}/u.test(s[from]!.text) && s[from]!.type === 'word') return s.slice(from, verb);
  return s.slice(start, to);
}

/**
 * Nouns of an appeal, argument, verbal attack, judgement or commitment that a light verb makes, with
 * the preposition of their content ('' for a that-clause only): "made a call for C", "made the case
 * for C", "launched an attack on C", "delivered a defense of C", "made a promise to V".
 */
const LIGHT_NOUNS: Record<string, string> = {
  call: 'for', calls: 'for', plea: 'for', pleas: 'for', appeal: 'for', appeals: 'for', case: 'for', pitch: 'for', push: 'for', demand: 'for', demands: 'for', argument: 'for about', attack: 'on against', attacks: 'on against', counterattack: 'on against', broadside: 'against', tirade: 'against',
  // "delivered a spirited defense of C", "sounded a wary note about C", "offered an opinion on C", "made a reference to C"
  defense: 'of', defence: 'of', critique: 'of', opinion: 'on about of', note: 'about', reference: 'to', endorsement: 'of', mention: 'of',
  // "gave a firm promise to V": an infinitive
  promise: 'to', pledge: 'to', commitment: 'to', vow: 'to',
  // "unveiled a proposal to V", "issued a detailed plan to V"
  plan: 'to for', proposal: 'to for',
  // "made the point that C", "made the observation that C": a clause only
  point: '', observation: '', suggestion: '', prediction: '', assertion: '', admission: '',
  // "made kind comments about C", "made mixed statements about C", "offered warm congratulations to C", "makes no apologies for C"
  comments: 'about on', comment: 'about on', statements: 'about on', remarks: 'about on', apologies: 'for', apology: 'for', congratulations: 'to', praise: 'for', words: 'for about',
  // "had strong views on C", "had no doubts about C", "has a favorable opinion of C"
  views: 'on about of', view: 'of on', doubts: 'about', misgivings: 'about', reservations: 'about',
};
/** The nouns above of comment, apology, judgement and opinion, which may stand after a possessive, a quantifier or no determiner. */
const ADDED_LIGHT: Record<string, true> = Object.fromEntries(['comments', 'comment', 'statements', 'remarks', 'apologies', 'apology', 'congratulations', 'praise', 'words', 'views', 'view', 'doubts', 'misgivings', 'reservations', 'opinion'].map((w) => [w, true]));
/** Nouns that "have" makes a light verb of: "had kind words for C", "has doubts about C", "had a dim view of C". */
const HAVE_NOUNS = new Set(['words', 'praise', 'views', 'opinion', 'doubts', 'misgivings', 'reservations']);
/** Light-verb nouns whose content may be a that-clause: "made the case that C", "made the point that C". */
const LIGHT_THAT = new Set(['case', 'argument', 'point', 'observation', 'suggestion', 'prediction', 'assertion', 'admission', 'promise', 'pledge', 'commitment', 'vow']);
/** Light verbs that, with such a noun, report speech: "made", "issued", "renewed", "sounded", "delivered", "launched". */
const LIGHT_VERBS_HAVE = /^(make|makes|made|making|offer|offers|offered|offering|has|have|had|having)$/;
const LIGHT_VERBS = /^(has|have|had|having|make|makes|made|making|issue|issues|issued|issuing|renew|renews|renewed|renewing|repeat|repeats|repeated|reiterate|reiterates|reiterated|deliver|delivers|delivered|offer|offers|offered|give|gives|gave|giving|sound|sounds|sounded|launch|launches|launched|launching|unveil|unveils|unveiled|unveiling|mount|mounts|mounted|mounting|unleash|unleashes|unleashed|unleashing)$/;

/**
 * "Lee made an impassioned call for unity", "the mayor has been making the case for a new tax",
 * "Lee opened with a call for C": a noun of appeal after a light verb and an article. The subject
 * of the light verb is the speaker; the content is the noun's object.
 */
function lightVerbNounCue(s: Token[], c: number): { cue: Token; mention: Mention; span: [number, number]; object: true } | null {
  const preps = LIGHT_NOUNS[s[c]!.lower];
  if (preps === undefined) return null;
  // ("made the case that C", "has been making the case for weeks that C": an argument's content is a clause)
  const argued = LIGHT_THAT.has(s[c]!.lower) ? thatClauseAfter(s, c + 1) : null;
  if (!argued && (!preps || !preps.split(' ').includes(s[c + 1]?.lower ?? '') || s[c + 2]?.type !== 'word')) return null;
  let d = c - 1;
  for (let words = 0; words < 2 && d > 0 && s[d]!.type === 'word' && /^[a-z]+(-[a-z]+)*$/.test(s[d]!.text) && !NOT_PREMODIFIER.has(s[d]!.lower) && !LIGHT_VERBS.test(s[d]!.lower); words++) d--;
  // ("made no mention of C", "made no reference to C": what the subject left out is reported too)
  const noun = s[c]!.lower;
  const added = noun in ADDED_LIGHT;
  if (added && s[d]?.lower === 'but' && s[d - 1]?.lower === 'nothing') d--;
  // ("made the following comment about C": the words quoted next are the statement)
  if (added && s.slice(d, c).some((t) => t.lower === 'following')) return null;
  // (the added nouns: also after a possessive or a quantifier, "offered warm congratulations to C", "had nothing but praise for C",
  // or with no determiner at all, "made kind comments about C")
  const bare = added && LIGHT_VERBS_HAVE.test(s[d]?.lower ?? '') && (/s$/.test(noun) || noun === 'praise') && d < c;
  if (!/^(a|an|the)$/.test(s[d]?.lower ?? '') && !(s[d]?.lower === 'no' && (/^(mention|reference)$/.test(noun) || added)) && !(added && /^(his|her|their|its|our|my|some|several|nothing|any)$/.test(s[d]?.lower ?? '')) && !bare) return null;
  // ("has the full support of C", "had a view from the window": "have" only with a noun of opinion)
  let v = bare ? d : d - 1;
  if (/^(has|have|had|having)$/.test(s[v]?.lower ?? '') && !HAVE_NOUNS.has(noun)) return null;
  // ("made remarks on Tuesday", "made comments on Twitter": a time or a medium is no topic)
  if (added && s[c + 1]!.lower === 'on' && (WEEKDAYS.has(s[c + 2]!.lower) || MONTHS.has(s[c + 2]!.lower) || mediaAt(s, c + 2))) return null;
  // ("opened with a call for C": the verb of an occasion, then "with")
  if (v === d && bare) { /* the light verb stands right before the noun's premodifiers */ }
  else if (s[v]?.lower === 'with' && /^(open|opens|opened|opening|close|closes|closed|closing|begin|begins|began|end|ends|ended)$/.test(s[v - 1]?.lower ?? '')) v--;
  else if (!LIGHT_VERBS.test(s[v]?.lower ?? '')) return null;
  let k = v;
  while (k > 0 && (BE_HAVE.has(s[k - 1]!.lower) || MODALS.has(s[k - 1]!.lower) || /^(been|be)$/.test(s[k - 1]!.lower))) k--;
  const subj = subjectOf(s, k, 'stance');
  if (!subj || !isAgent(subj.mention, 'stance')) return null;
  // ("some Democrats who have had doubts about C": the holder of an opinion in a relative clause is left alone)
  if (subj.relative && /^(has|have|had|having)$/.test(s[v]!.lower)) return null;
  if (argued) return { cue: s[c]!, mention: subj.mention, span: argued, object: true };
  if (/attack/.test(s[c]!.lower) && armedAttack(s, c + 2, subj.mention)) return null;
  // (an infinitive keeps its "to": "a promise to cut taxes")
  const infinitive = s[c + 1]!.lower === 'to' && s[c]!.lower !== 'reference' && !added;
  if (infinitive) return !/^(the|a|an|his|her|their|its|be)$/.test(s[c + 2]!.lower) && /^[a-z]+$/.test(s[c + 2]!.text) ? { cue: s[c]!, mention: subj.mention, span: [c + 1, clauseEnd(s, c + 1)], object: true } : null;
  const end = WH.has(s[c + 2]!.lower) ? topicEnd(s, c + 2) : objectEnd(s, c + 2);
  return end > c + 2 ? { cue: s[c]!, mention: subj.mention, span: [c + 2, end], object: true } : null;
}

/** Armed attackers and targets: "troops launched an attack on the town" is no verbal attack. */
const ARMED = new Set(['army', 'armies', 'military', 'troops', 'forces', 'militants', 'rebels', 'insurgents', 'soldiers', 'fighters', 'gunmen', 'gunman', 'terrorists', 'militia', 'militias', 'jets', 'police']);
const TARGETS = new Set(['city', 'town', 'village', 'base', 'bases', 'embassy', 'compound', 'convoy', 'building', 'positions', 'camp', 'camps', 'checkpoint', 'airport', 'port', 'border', 'capital', 'stronghold', 'outpost', 'garrison', 'troops', 'forces', 'civilians']);
/** Is the attack at hand an armed one: by an armed group, or on a place or force (within the object's first words)? */
function armedAttack(s: Token[], from: number, attacker: Mention): boolean {
  if (ARMED.has(attacker.head ?? '')) return true;
  for (let i = from; i < s.length && i < from + 5 && s[i]!.type === 'word' && !/^(of|in|with|by|for|that|who|which)$/.test(s[i]!.lower); i++) if (TARGETS.has(s[i]!.lower)) return true;
  return false;
}

/** The clause after "that" at k, or after a span of time and "that" ("for weeks that C"), or null. */
function thatClauseAfter(s: Token[], k: number): [number, number] | null {
  if (s[k]?.lower === 'for' && TIME_NOUNS.has(s[k + 1]?.lower ?? '')) k += 2;
  return s[k]?.lower === 'that' && clauseAt(s, k + 1) ? [k + 1, clauseEnd(s, k + 1)] : null;
}

/**
 * "They reaffirmed their opposition to the plan", "she cheered Lee's attacks on the mayor": a
 * possessed noun of stance with its object, standing as the object of a verb that reports or
 * judges a stance, is reported whole (the stance as the verb's object), not only the noun's object.
 * (After a verb that only voices the stance, the noun is part of the act: "offered his thoughts on C".)
 * Is the word before the noun phrase starting at `np` such a verb?
 */
function verbObject(s: Token[], np: number): boolean {
  const v = s[np - 1];
  if (!v || v.type !== 'word' || !/^[a-z]+$/.test(v.text)) return false;
  const stem = v.lower.replace(/(ed|d|es|s)$/, '');
  return STANCE_OBJECT_VERBS.has(v.lower) || STANCE_OBJECT_VERBS.has(stem) || STANCE_OBJECT_VERBS.has(v.lower.replace(/ed$/, 'e')) || STANCE_OBJECT_VERBS.has(v.lower.replace(/s$/, ''));
}
/** Verbs that report, repeat, take back or judge a stance named by their object ("reaffirmed her support for C"). */
const STANCE_OBJECT_VERBS = new Set(['reaffirm', 'reiterate', 'affirm', 'rescind', 'withdraw', 'withdrew', 'retract', 'cheer', 'applaud', 'welcome', 'praise', 'criticize', 'criticise', 'defend', 'dismiss', 'announce', 'declare', 'confirm', 'deny', 'pronounce', 'restate', 'renounce', 'explain', 'justify']);

/**
 * "Her plan to widen the road is popular", "Lee's decision to run has surprised many": a noun
 * phrase that opens the sentence is its subject, so an infinitive content ends before the main
 * verb. So does a noun's object ("His view of the plan angered …") and a that-clause, at its second verb.
 * `np` is where the possessor's phrase starts.
 */
function subjectContent(s: Token[], np: number, span: [number, number]): [number, number] {
  let a = sentenceStart(s);
  while (a < np && /^(but|and|yet|so|still)$/.test(s[a]!.lower)) a++;
  // (after a copula the content closes the sentence: "Lee's answer was that C")
  if (a !== np || /^(is|was|been|remains|remained)$/.test(s[span[0] - 2]?.lower ?? '')) return span;
  if (s[span[0]]?.lower === 'to' || s[span[0]]?.lower === 'not') return [span[0], Math.min(mainVerbBefore(s, span[0], span[1]), infinitiveVerbEnd(s, span[0], span[1]))];
  // (a that-clause ends at the second verb: "Lee's claim that the mayor lied was false")
  const clause = s[span[0] - 1]?.lower === 'that';
  let verbs = 0;
  // (a verb after "and", "if", "which", … belongs to a clause of the content's own)
  let inner = false;
  for (let i = span[0] + 1; i < span[1]; i++) {
    if (clause && /^(and|or|but|that|which|who|if|because|when|while|although|since|,)$/.test(s[i]!.lower)) inner = true;
    // ("Lee's claim that the port needs dredging angered …": a plain present verb is the clause's own)
    const verb = verbAfterNoun(s, i) || (clause && ((FINITE.has(s[i]!.lower) && s[i - 1]!.type === 'word' && !FINITE.has(s[i - 1]!.lower)) || presentVerbAt(s, i) || (IRREGULAR_PAST.has(s[i]!.text) && verbAfterNoun(s, i, false, true))));
    if (!verb) continue;
    if (inner) inner = false;
    else if (++verbs > (clause ? 1 : 0)) return [span[0], i];
  }
  return span;
}

/**
 * "Her decision to leave the party angered …", "his refusal to raise taxes made …", "Lee's plan not to
 * run inevitably raises …": after an infinitive and its object, a verb in the third person or the past
 * (perhaps after an adverb in -ly) is the sentence's main verb, where a subject's content ends.
 */
function infinitiveVerbEnd(s: Token[], a: number, b: number): number {
  const to = s[a]!.lower === 'not' ? a + 1 : a;
  for (let i = to + 2; i < b; i++) {
    const t = s[i]!;
    if (t.type !== 'word' || /^(that|which|who|whom|if|whether|because|when|after|before|since|until|while|as|where|and|or|but|he|she|they|we|i|you|it)$/.test(t.lower)) return b;
    // (a participle with its agent modifies a noun: "the papers required by the state")
    if (s[i + 1]?.lower === 'by') continue;
    if (/^[a-z]{3,}ly$/.test(t.text) && i + 1 < b && (verbAfterNoun(s, i + 1, true) || IRREGULAR_PAST.has(s[i + 1]!.text))) return i;
    // (not a modifier before a noun: "personal attacks", "11 million undocumented people")
    // (after such a word, a verb needs its object's determiner: "the cooperative inflamed his rivals")
    if (/^(\d[\d,.]*|hundred|thousand|million|billion|trillion)$/.test(s[i - 1]!.lower)) continue;
    if ((ADJECTIVE.test(s[i - 1]!.lower) || /-/.test(s[i - 1]!.text)) && !/^(him|them|us|me|it)$/.test(s[i + 1]?.lower ?? '') && !DETERMINERS.has(s[i + 1]?.lower ?? '')) continue;
    if (i > to + 2 && pastAfterNoun(s, i)) return i;
  }
  return b;
}

/**
 * A verb in the past after a noun ("… the roads helped", "… taxes made"), or in the present before a
 * determiner ("… the firm reflects a shift"): a plural noun in -s may look like a present verb ("cut costs").
 */
function pastAfterNoun(s: Token[], i: number): boolean {
  const t = s[i]!;
  if (IRREGULAR_PAST.has(t.text)) return verbAfterNoun(s, i, false, true);
  const form = cueInfo(t.lower)?.form ?? LEXICON.get(t.lower)?.form;
  return verbAfterNoun(s, i) && (/^[a-z]{3,}ed$/.test(t.text) || form === 'past' || (form === 'third' && DETERMINERS.has(s[i + 1]?.lower ?? '')));
}

/** A verb in the third person or the past after a noun: "… the world shapes", "… the judge angered". */
function verbAfterNoun(s: Token[], i: number, adverb = false, irregular = false): boolean {
  const t = s[i]!, prev = s[i - 1]!;
  if (t.type !== 'word' || !/^[a-z]+$/.test(t.text) || prev.type !== 'word' || DETERMINERS.has(prev.lower) || (!adverb && /ly$/.test(prev.lower)) || NOT_SUBJECT.has(prev.lower) || FINITE.has(prev.lower) || BE_HAVE.has(prev.lower)) return false;
  const form = cueInfo(t.lower)?.form ?? LEXICON.get(t.lower)?.form;
  return irregular || form === 'third' || form === 'past' || /^[a-z]{3,}ed$/.test(t.text);
}

/** Adjectives by their ending, and a few common ones: "personal", "massive", "long" (a comma may stand between two of them). */
const ADJECTIVE = /^([a-z]+(ed|al|ful|ous|ive|ent|ant|est|er|ic|ible|able|less)|long|strong|stern|harsh|sharp|fierce|blunt|firm|open|fresh|new|old|full|clear|vocal|public|past|early|false|strident)$/;
/** Particles of phrasal verbs, which end a run of modifiers: "dialing back plans". */
const PARTICLES = new Set(['back', 'off', 'up', 'down', 'out', 'away', 'over', 'around', 'again', 'together', 'apart']);

/** The that-clause after a short time or occasion adjunct that starts at `k`: "in May that C", "at a rally on Friday that C". */
function thatAfterAdjunct(s: Token[], k: number): [number, number] | null {
  for (let i = k + 1; i < s.length && i <= k + 8; i++) {
    const t = s[i]!;
    if (t.type !== 'word') return null;
    if (t.lower === 'that') return clauseAt(s, i + 1) || quotedClauseAt(s, i + 1) ? [i + 1, clauseEnd(s, i + 1)] : null;
    if (FINITE.has(t.lower) || /^(who|which|and|or|but)$/.test(t.lower)) return null;
  }
  return null;
}

/** Does "in" open the sentence before the possessor of "view" ("In Lee's view, C", "But in their opinion, C")? */
function inViewOpening(s: Token[], p: number): boolean {
  const q = s[p];
  if (!q || q.type !== 'word' || !(POSSESSIVE_PRONOUNS[q.lower] || /['’]s?$/.test(q.text))) return false;
  let a = sentenceStart(s);
  while (/^(but|and|yet|so)$/.test(s[a]?.lower ?? '')) a++;
  const i = s.findIndex((t, k) => k >= a && k < p && t.lower === 'in');
  return i === a && p - i <= 5 && s.slice(i + 1, p).every((t) => t.type === 'word');
}

/** Nouns of speech or thought whose content a copula gives: "her answer was that C". */
const NOUN_COPULA = new Set([...NOUN_THAT, 'response', 'answer', 'reply', 'point', 'message', 'impression', 'explanation', 'conclusion', 'assessment', 'position', 'theory', 'thinking', 'sense', 'suspicion', 'expectation', 'feeling', 'pitch', 'case']);

/** Nouns that give their content after a colon too: "Their goal: C", "His advice: C". */
const NOUN_COLON = new Set(['goal', 'advice', 'verdict', 'take', 'plea', 'request', 'demand', 'slogan', 'motto', 'mantra', 'refrain', 'rationale', 'reasoning', 'diagnosis', 'prescription']);

/**
 * "Lee's answer was that C", "her point has long been that C", "their fear is that C": a noun of
 * speech or thought whose content follows a copula as a that-clause.
 */
function copularContent(s: Token[], c: number): [number, number] | null {
  if (!NOUN_COPULA.has(s[c]!.lower)) return null;
  let k = shortAdjunctEnd(s, c + 1);
  while (s[k] && /^(long|always|still|now|often|also|simply)$|^[a-z]{3,}ly$/.test(s[k]!.text)) k++;
  if (/^(has|had|have)$/.test(s[k]?.lower ?? '')) {
    k++;
    while (s[k] && /^(long|always|still|now|often|also)$|^[a-z]{3,}ly$/.test(s[k]!.text)) k++;
    if (s[k]?.lower !== 'been') return null;
  } else if (!/^(is|was|remains|remained)$/.test(s[k]?.lower ?? '')) return null;
  return s[k + 1]?.lower === 'that' && (clauseAt(s, k + 2) || quotedClauseAt(s, k + 2) || presentClauseAt(s, k + 2)) ? [k + 2, clauseEnd(s, k + 2)] : null;
}

/** After a short time or place adjunct at k ("on Sunday", "at the rally", "in May"), or k itself: "her argument on Sunday was that C". */
function shortAdjunctEnd(s: Token[], k: number): number {
  if (!/^(on|in|at|during|last|this)$/.test(s[k]?.lower ?? '')) return k;
  for (let i = k + 1; i < s.length && i <= k + 4; i++) {
    const t = s[i]!;
    if (t.type !== 'word' || FINITE.has(t.lower) || NOT_SUBJECT.has(t.lower)) return /^(is|was|has)$/.test(t.lower) && i > k + 1 ? i : k;
  }
  return k;
}

/** Words that cannot modify a noun between its possessor and it: "his [long, public] support" but not "his team has a plan". */
const NOT_PREMODIFIER = new Set([...DETERMINERS, ...CLAUSE_STARTERS, ...NOT_SUBJECT, ...FINITE, ...BE_HAVE, ...MODALS, 'been', 'being', 'own']);

/**
 * Where a noun's possessor would stand: before the noun, or before up to four words that modify it
 * ("his repeated calls", "the senator's plan", "her highly personal, sharply worded attacks",
 * "his hard-line opposition").
 */
function possessorAt(s: Token[], c: number): number {
  let p = c - 1;
  for (let words = 0; p > 0 && words < 4; p--) {
    const t = s[p]!;
    // (a comma between two adjectives: "her long, public support")
    if (t.text === ',' && words > 0 && ADJECTIVE.test(s[p - 1]?.text ?? '')) continue;
    // (a degree word may stand before an adjective: "his most surprising claim")
    const degree = /^(most|more|least|less|very)$/.test(t.lower) && words > 0;
    if (!degree && (t.type !== 'word' || !/^[a-z]+(-[a-z]+)*$/.test(t.text) || NOT_PREMODIFIER.has(t.lower) || PARTICLES.has(t.lower) || POSSESSIVE_PRONOUNS[t.lower])) break;
    // (a participle only right before the noun: "his growing support", not "dialing back plans")
    if (words > 0 && /ing$/.test(t.lower)) break;
    words++;
  }
  return s[p]?.text === ',' ? c - 1 : p;
}

/**
 * "complaints from the union that C", "criticism by Lee of C": a noun of speech whose holder
 * follows it with "from" or "by", before the noun's own complement.
 */
function agentNounCue(s: Token[], c: number): { cue: Token; mention: Mention | null; span: [number, number] } | null {
  const t = s[c]!;
  let e = c + 3;
  while (e < s.length && e < c + 14 && !/^(that|for|of|on|about|to|with|over|against|in|at)$/.test(s[e]!.lower) && !/^[.;:?!]$/.test(s[e]!.text)) e++;
  const agent = e < s.length ? parseMention(trimEnd(s.slice(c + 2, e))) : null;
  if (!agent || agent.kind === 'pronoun' || !isAgent(agent, 'stance')) return null;
  const k = s[e];
  let span: [number, number] | null = null;
  if (k?.lower === 'that' && NOUN_THAT.has(t.lower) && clauseAt(s, e + 1)) span = [e + 1, clauseEnd(s, e + 1)];
  else if (k && nounPrep(t.lower, k.lower) && s[e + 1]?.type === 'word') span = [e + 1, WH.has(s[e + 1]!.lower) ? topicEnd(s, e + 1) : objectEnd(s, e + 1)];
  return span && span[1] > span[0] ? { cue: t, mention: agent, span } : null;
}

/**
 * Where a noun's content ends inside the sentence: before the main clause after a fronted clause
 * or phrase ("While fears that C grew, the board …", "Despite complaints that C, the board …").
 */
function nounContentEnd(s: Token[], span: [number, number], c: number, fronted: number, object = false): [number, number] {
  let [a, b] = span;
  b = complementEnd(s, a, b, object);
  if (fronted >= 0 && c < fronted) b = Math.min(b, fronted);
  // ("Reflecting his desire to cut taxes, the plan …": an opening participle phrase, too)
  // (not when the opening phrase has closed before the noun: "In this state, Lee made a promise to A, B and C")
  else if ((/^(despite|amid|after|with|following|given|among|in|for|contrary|unlike|like|under|beyond|besides|before|since)$/.test(s[0]?.lower ?? '') && !s.slice(1, c).some((t) => t.text === ',')) || openingParticiple(s, c)) {
    // (a quotation may hold the comma: "Despite his claim that it was ''a hoax,'' the board …")
    const comma = s.findIndex((t, i) => i > c && (t.text === ',' || (t.type === 'quote' && /,\W*$/.test(t.text))));
    if (comma > a) b = Math.min(b, s[comma]!.type === 'quote' ? comma + 1 : comma);
  }
  return [a, b];
}

/**
 * Where a noun's complement ends before what the writer adds: a spaced dash ("his plan to V - a
 * plan that …"), an appositive after a comma ("her vow to V, a promise that …"), a main clause after a
 * comma ("Like Lee's decision to V, the mayor's …"), or, after an infinitive, the main verb
 * ("the plan to V the roads helped …"; not when the noun is the object of a light verb, `object`:
 * "unveiled a plan to create an office tasked with …").
 */
function complementEnd(s: Token[], a: number, b: number, object = false): number {
  if (!object && (s[a]?.lower === 'to' || s[a]?.lower === 'not')) b = Math.min(b, infinitiveVerbEnd(s, a, b));
  for (let i = a + 1; i < b; i++) {
    const t = s[i]!;
    if (t.type !== 'punct') continue;
    if (/^(—|–|--)$/.test(t.text) || (t.text === '-' && t.start > s[i - 1]!.end)) return i;
    if (t.text !== ',') continue;
    if (/^(a|an)$/.test(s[i + 1]?.lower ?? '') && s[i + 2]?.type === 'word') return i;
    if (mainClauseAt(s, i + 1)) return i;
  }
  return b;
}

/** Does a participle open the sentence with no comma before the noun at c ("Reflecting his desire to V, …"; not "During …")? */
function openingParticiple(s: Token[], c: number): boolean {
  return /^[A-Z][a-z]{2,}ing$/.test(s[0]?.text ?? '') && !/^(during|according|regarding|concerning|including|notwithstanding|nothing|something|everything|anything)$/.test(s[0]!.lower) && !s.slice(1, c).some((t) => t.text === ',');
}

/** Nouns of speech or judgement that report something even with no one holding them: "questions about C", "allegations that C". */
const UNPOSSESSED = new Set(['questions', 'concerns', 'allegations', 'accusations', 'criticism', 'calls', 'complaints', 'claims']);

/** Nouns of stance that report something unpossessed only when they open the sentence: "Opposition to the deal grew." */
const OPENING_STANCE = new Set(['support', 'opposition']);

/** The first word of a sentence, after opening punctuation. */
const sentenceStart = (s: Token[]): number => {
  let a = 0;
  while (a < s.length && s[a]!.type !== 'word') a++;
  return a;
};

/** Adjectives before an unpossessed noun of speech: "new questions", "growing concerns". */
const UNPOSSESSED_ADJ = new Set(['new', 'fresh', 'growing', 'mounting', 'lingering', 'persistent', 'serious', 'renewed', 'ongoing', 'continuing', 'widespread', 'public', 'repeated', 'more', 'many', 'some', 'any', 'no', 'few', 'several', 'broader', 'deep', 'deeper', 'similar']);

/**
 * "amid questions about C", "despite allegations that C", "criticism of C grew": a noun of speech
 * or judgement with no possessor reports C in no one's name (the writer's report, no speaker).
 */
function unpossessedNounCue(s: Token[], c: number, span: [number, number]): { cue: Token; mention: null; span: [number, number] } | null {
  const t = s[c]!;
  // (a stance opening the sentence is the writer's report too: "Support for the levy has grown")
  if (!UNPOSSESSED.has(t.lower) && !(c === sentenceStart(s) && OPENING_STANCE.has(t.lower))) return null;
  // (after "raise" or "take" the noun is the verb's business, with the verb's subject: "raised questions about C")
  let p = c - 1;
  if (s[p] && UNPOSSESSED_ADJ.has(s[p]!.lower)) p--;
  const q = s[p];
  if (q && q.type === 'word' && TOPIC_NOUNS[LEXICON.get(q.lower)?.lemma ?? '']) return null;
  return { cue: t, mention: null, span };
}

/** Attributions with a cue of belief, intention, stance or evidence in one sentence, not overlapping `found`. */
export function findStance(ctx: SentenceCtx, found: Candidate[]): Candidate[] {
  const s = ctx.tokens;
  if (isQuestion(s)) return [];
  const taken: [number, number][] = found.flatMap((c) => [...c.spans, ...(c.cue ? [[c.cue.start, c.cue.end] as [number, number]] : [])]);
  const overlaps = (a: number, b: number) => taken.some(([x, y]) => a < y && x < b);
  const out: Candidate[] = [];
  const fronted = frontedClauseEnd(s);
  // first, as they frame what the rules below might read inside: "remained skeptical that C", "made it clear that C"
  for (let c = 0; c < s.length; c++) {
    const adj = adjectiveStanceAt(s, c);
    if (!adj) continue;
    const [a, b] = adj.span;
    const parts = [trimEnd(s.slice(a, b))].filter((x) => x.length);
    const cand = candidate(ctx, beforeMainClause(parts, s, c, fronted), s[c]!, adj.mention, s[c + 1]?.lower === 'that' ? 'belief' : 'stance');
    if (!cand || overlaps(Math.min(adj.mention.start, s[c]!.start), s[b - 1]!.end)) continue;
    out.push(cand);
    taken.push([adj.mention.start, s[b - 1]!.end]);
    c = b - 1;
  }
  for (let c = 0; c < s.length; c++) {
    const exp = writerViewAt(s, c) ?? passiveViewAt(s, c) ?? knownAsAt(s, c);
    if (exp) {
      const cand = candidate(ctx, beforeMainClause(exp.parts, s, c, fronted), exp.cue, null, exp.cue.lower === 'known' ? 'naming' : 'belief');
      if (cand) cand.unattributed = true;
      const start = exp.parts[0]![0]!.start;
      const last = exp.parts[exp.parts.length - 1]!;
      const end = last[last.length - 1]!.end;
      if (cand && !overlaps(start, end)) {
        out.push(cand);
        taken.push([start, end]);
      }
      continue;
    }
    const passive = passiveShareAt(s, c);
    if (passive) {
      const cand = candidate(ctx, [passive.subject], passive.cue, passive.mention, 'stance');
      const start = passive.subject[0]!.start;
      if (cand && !overlaps(start, s[passive.end - 1]!.end)) {
        out.push(cand);
        taken.push([start, s[passive.end - 1]!.end]);
      }
      continue;
    }
    const answer = answerAt(s, c);
    if (answer) {
      const cand = candidate(ctx, [answer.answer], answer.cue, answer.subject.mention, 'stance');
      if (cand && !overlaps(answer.subject.mention.start, cand.spans[0]![1])) {
        out.push(cand);
        taken.push([answer.subject.mention.start, cand.spans[0]![1]]);
      }
      continue;
    }
    const poll = pollAdjunctAt(s, c);
    if (poll) {
      const cand = candidate(ctx, poll.parts.map(trimEnd).filter((x) => x.length), poll.cue, pollMention(poll.np), 'evidence');
      const part = poll.parts[0]!;
      // (opening the sentence, the poll frames what follows even where a speech verb of its own reports it: "In a poll, 40 percent said C")
      if (cand && (poll.opening ? !restates(found, cand) : !overlaps(part[0]!.start, part[part.length - 1]!.end))) {
        out.push(cand);
        // (the finding after an opening poll stays open to attributions of its own: "In a poll, 40 percent back the plan")
        if (!poll.opening) taken.push([part[0]!.start, poll.cue.end]);
      }
      continue;
    }
    const view = viewpointAt(s, c);
    if (view) {
      const cand = candidate(ctx, view.parts, view.cue, view.mention, 'belief');
      const part = view.parts[0]!;
      if (cand && !overlaps(part[0]!.start, part[part.length - 1]!.end)) {
        out.push(cand);
        taken.push([Math.min(view.cue.start, part[0]!.start), Math.max(view.cue.end, part[part.length - 1]!.end)]);
      }
      continue;
    }
    const reported = reportedlyAt(s, c);
    if (reported) {
      const cand = candidate(ctx, reported.parts, reported.cue, null, 'belief');
      const first = reported.parts[0]![0]!;
      const last = reported.parts[reported.parts.length - 1]!;
      if (cand && !overlaps(first.start, last[last.length - 1]!.end)) {
        cand.unattributed = true;
        out.push(cand);
        taken.push([first.start, last[last.length - 1]!.end]);
      }
      continue;
    }
    const noun = nounCueAt(s, c);
    if (noun) {
      const [a, b] = nounContentEnd(s, noun.span, c, fronted, noun.object);
      const cand = candidate(ctx, [s.slice(a, b)], noun.cue, noun.mention, 'stance');
      const start = noun.mention?.start ?? noun.cue.start;
      if (cand && !overlaps(start, s[b - 1]!.end)) {
        if (!noun.mention) cand.unattributed = true;
        out.push(cand);
        taken.push([start, s[b - 1]!.end]);
        c = b - 1;
      }
      continue;
    }
    const purpose = purposeSpeechAt(s, c);
    if (purpose) {
      const [a, b] = purpose;
      const cand = candidate(ctx, [trimEnd(s.slice(a, b))].filter((x) => x.length), s[c + 1]!, null, 'stance');
      if (cand && !overlaps(s[c]!.start, s[b - 1]!.end)) {
        cand.inherit = 'main';
        out.push(cand);
        taken.push([s[c]!.start, s[b - 1]!.end]);
        c = b - 1;
      }
      continue;
    }
    const choice = shareChoiceAt(s, c);
    if (choice) {
      const cand = candidate(ctx, [s.slice(c + 1, choice.end)], s[c]!, choice.subject.mention, 'stance');
      const start = choice.subject.mention.start;
      if (cand && !overlaps(start, s[choice.end - 1]!.end)) {
        out.push(cand);
        taken.push([start, s[choice.end - 1]!.end]);
        c = choice.end - 1;
      }
      continue;
    }
    const estimate = estimateAt(s, c);
    if (estimate) {
      const cand = candidate(ctx, [s.slice(estimate.content[0], estimate.content[1])], s[c]!, estimate.subject.mention, 'evidence');
      const start = Math.min(estimate.subject.mention.start, s[c]!.start);
      const end = s[estimate.content[1] - 1]!.end;
      if (cand && !overlaps(start, end)) {
        out.push(cand);
        taken.push([start, end]);
        c = estimate.content[1] - 1;
      }
      continue;
    }
    const agent = agentStanceAt(s, c);
    if (agent) {
      const [a, b] = agent.span;
      const cand = candidate(ctx, beforeMainClause([trimEnd(s.slice(a, b))].filter((x) => x.length), s, c, fronted), s[c]!, agent.mention, 'stance');
      if (cand && !overlaps(Math.min(agent.mention.start, s[c]!.start), s[b - 1]!.end)) {
        out.push(cand);
        taken.push([agent.mention.start, s[b - 1]!.end]);
        c = b - 1;
      }
      continue;
    }
    const cue = stanceCueAt(s, c);
    if (!cue) continue;
    // ", hoping to V …", ", seeking X": a participle after a comma takes the subject of the sentence
    // ("won the race by talking about C", "After talking about C, Lee …": a gerund of speaking of something after a
    // preposition of manner or time takes the subject of the sentence too)
    const adverbialTopic = cue.form === 'ing' && cue.cls === 'topic' && /^(by|after|before)$/.test(s[c - 1]?.lower ?? '') && s[c - 1]?.type === 'word';
    // (so does one after a comma, "…, before taking aim at C", or in a sentence of a single clause: "Lee will likely win donors by citing C")
    // (not a gerund set off after a bare subject: "when Lee, after talking about C, …")
    const mainAdverbial = adverbialTopic && (c === 1 || (s[c - 2]?.text === ',' && clauseBeforeComma(s, c - 2)) || s.slice(0, c - 1).every((t) => t.type === 'word' && !SUBORDINATE_OPENER.test(t.lower)));
    if (cue.form === 'ing' && (s[c - 1]?.text === ',' || mainAdverbial) && cue.cls !== 'evidence') {
      const span = contentOf(s, c, cue);
      // (an opening "After talking about C, …" ends at its comma, before the main clause)
      const comma = span && c === 1 ? s.findIndex((t, x) => x > span[0] && x < span[1] && t.text === ',') : -1;
      if (span && comma > 0) span[1] = comma;
      const cand = span && candidate(ctx, [s.slice(span[0], span[1])], s[c]!, null, cue.cls);
      if (cand && !overlaps(s[c]!.start, cand.spans[0]![1])) {
        cand.inherit = 'main';
        out.push(cand);
        taken.push([s[c]!.start, cand.spans[0]![1]]);
        c = span[1] - 1;
      }
      continue;
    }
    // ("Lee began talking about C": the subject of the verb of starting)
    let lead = cue.form === 'ing' && cue.cls === 'topic' ? aspectLeadAt(s, c) : -1;
    // (in a clause after another: the subject of the verb before the preposition, "…, and Lee won them over by citing C")
    if (lead < 0 && adverbialTopic) {
      lead = verbBeforeAdverbial(s, c - 1);
      if (lead < 0) continue;
    }
    const subj = subjectOf(s, lead >= 0 ? lead : c, cue.cls);
    if (!subj) {
      // "Lee thanked the crowd and endorsed Park": a second verb of the sentence's subject
      const span = coordinatedVerb(s, c, cue) ? contentOf(s, c, cue) : null;
      const cand = span && candidate(ctx, beforeMainClause([s.slice(span[0], span[1])], s, c, fronted), s[c]!, null, cue.cls);
      if (cand && !overlaps(s[c]!.start, cand.spans[cand.spans.length - 1]![1])) {
        cand.inherit = 'main';
        out.push(cand);
        taken.push([s[c]!.start, cand.spans[cand.spans.length - 1]![1]]);
        c = span[1] - 1;
      }
      continue;
    }
    if (cue.cls === 'evidence' ? !isEvidence(subj.np) : !isAgent(subj.mention, cue.cls)) continue;
    if (subj.relative && cue.cls === 'stance' && describesSpeaker(found, subj.mention)) continue;
    // ("clubs in the county that threw support to her": whom a relative's backing belongs to is unsure)
    if (subj.relative && (cue.lemma === 'throw' || cue.lemma === 'lend')) continue;
    // "a group called …": a participle after an indefinite noun names it
    if (cue.cls === 'naming' && cue.form === 'past' && /^(a|an)$/.test(subj.np[0]!.lower)) continue;
    if (!agrees(s, c, cue, subj) || objectGap(subj.np, subj.mention) || hedged(s, subj.mention, c)) continue;
    if (cue.form === 'ing' && cue.cls !== 'topic' && cue.cls !== 'naming' && !/^(supporting|backing|opposing|showing|seeking|hoping|planning|wanting|endorsing|favoring|favouring)$/.test(s[c]!.lower)) continue;
    const post = cue.cls === 'belief' || cue.cls === 'evidence' ? postposed(s, c, s.indexOf(subj.np[0]!)) : null;
    const span = post ?? [contentOf(s, c, cue)].filter((x) => !!x) as [number, number][];
    if (!span.length) continue;
    if (subj.relative) span[0]![1] = relativeContentEnd(s, span[0]![0], subj.nonRestrictive ? span[0]![1] : mainVerbBefore(s, span[0]![0], span[0]![1]));
    const parts = span.map(([a, b]) => {
      while (b > a && s[b - 1]!.type === 'punct' && s[b - 1]!.text !== ')' && s[b - 1]!.text !== '%') b--;
      return s.slice(a, b);
    }).filter((x) => x.length);
    if (!parts.length) continue;
    const cand = candidate(ctx, beforeMainClause(parts, s, c, fronted), s[c]!, subj.mention, cue.cls);
    if (!cand) continue;
    // (a subject with an aside between commas may hold a statement of its own: "Lee, who has promised C, opposed …")
    const start = Math.min(cand.spans[0]![0], subj.aside ? s[c]!.start : subj.mention.start);
    const end = Math.max(cand.spans[cand.spans.length - 1]![1], s[c]!.end);
    if (overlaps(start, end)) continue;
    out.push(cand);
    taken.push([start, end]);
    c = Math.max(c, span[span.length - 1]![1] - 1);
  }
  // where the rules above found nothing: "by attacking C", "a group backing C"
  for (let c = 0; c < s.length; c++) {
    const gerund = gerundStanceAt(s, c);
    // (not inside the speaker's noun phrase of a statement found: "delegates backing Lee said C")
    if (!gerund || found.some((f) => f.mention && f.mention.start <= s[c]!.start && s[c]!.end <= f.mention.end)) continue;
    const [a, b] = gerund.span;
    const m = gerund.np && parseMention(gerund.np);
    const cand = candidate(ctx, beforeMainClause([trimEnd(s.slice(a, b))].filter((x) => x.length), s, c, fronted), s[c]!, m && isAgent(m, 'stance') ? m : null, 'stance');
    if (!cand || overlaps(s[c]!.start, s[b - 1]!.end)) continue;
    if (!cand.mention) cand.inherit = 'main';
    out.push(cand);
    taken.push([s[c]!.start, s[b - 1]!.end]);
    c = b - 1;
  }
  return out;
}

/** Verbs by which the people asked in a poll would choose someone or something: "would choose Lee". */
const CHOICE_VERBS = new Set(['choose', 'pick', 'select', 'name', 'trust']);

/**
 * "Forty percent would choose Lee", "a majority would pick the mayor": a share of the people asked
 * would choose (a poll's answer); the object is the content. Other subjects choose without speaking.
 */
function shareChoiceAt(s: Token[], c: number): { subject: Subject; end: number } | null {
  const t = s[c];
  // (a hypothetical choice, the poll's question: "would choose"; a past "chose" reports a vote or a result)
  if (!t || !CHOICE_VERBS.has(t.lower) || t.type !== 'word' || !/^(would|will)$/.test(s[c - 1]?.lower ?? '')) return null;
  const n = s[c + 1];
  if (!n || n.type !== 'word' || /^(to|as|by|for|out|up|after|it|them|him|her)$/.test(n.lower)) return null;
  const subject = subjectOf(s, c, 'stance');
  if (!subject || !isShare(subject.mention)) return null;
  let end = objectEnd(s, c + 1);
  // ("would choose Lee as mayor", "picked Lee to be the next mayor": the role they choose for it)
  if (end > c + 1 && /^(as|to)$/.test(s[end]?.lower ?? '')) end = clauseEnd(s, end);
  return end > c + 1 ? { subject, end } : null;
}

/** Words that may open a figure after "at": "at 49 percent", "at $3 billion", "at about 40 percent". */
const FIGURE_OPENERS = /^(about|around|roughly|nearly|almost|just|only|some|more|less|fewer|over|under|between|least|an|a)$/;

/**
 * "The poll puts her approval at 48 percent", "Forbes put his net worth at $4 billion", "Estimates
 * put the cost at about $2 million": a poll, a study or an organisation gives a figure with "put …
 * at". The content is the object with its figure, to the end of the clause.
 */
function estimateAt(s: Token[], c: number): { subject: Subject; content: [number, number] } | null {
  const t = s[c];
  if (!t || !/^(put|puts)$/.test(t.text)) return null;
  // the object, then "at" and a figure
  let at = -1;
  for (let j = c + 1; j < Math.min(s.length, c + 16); j++) {
    const x = s[j]!;
    if (x.type !== 'word' || FINITE.has(x.lower) || /^(and|but|that|which|who|to|on|in|into|out|up|down|off|forward|together|away|back)$/.test(x.lower) && j === c + 1) break;
    if (x.lower === 'at' && j > c + 1) { at = j; break; }
  }
  if (at < 0) return null;
  let f = at + 1;
  while (f < at + 3 && FIGURE_OPENERS.test(s[f]?.lower ?? '') && s[f]!.lower !== 'least') f++;
  if (s[f]?.lower === 'least') f++;
  if (!/^[$£€]?\d/.test(s[f]?.text ?? '') && s[f]?.text !== '$') return null;
  const subj = subjectOf(s, c, 'evidence');
  if (!subj || subj.relative) return null;
  // (a poll or a study; an organisation or a person by name)
  if (!isEvidence(subj.np) && !(subj.mention.kind === 'org' || subj.mention.kind === 'name')) return null;
  return { subject: subj, content: [c + 1, clauseEnd(s, c + 1)] };
}

/**
 * "Lee thanked the crowd and endorsed Park", "… and has long opposed the tax": a finite verb
 * coordinated with the verb before it (after "and"/"but", auxiliaries and adverbs), whose subject is
 * the subject of the sentence.
 */
function coordinatedVerb(s: Token[], c: number, cue: StanceCue): boolean {
  if (cue.cls === 'evidence' || (cue.form !== 'past' && cue.form !== 'third')) return false;
  let j = c - 1;
  while (j > 0 && c - j <= 3 && s[j]!.type === 'word' && (/^(has|have|had|also|then|later|again|once|long|still|now|even)$/.test(s[j]!.lower) || /^[a-z]{3,}ly$/.test(s[j]!.text))) j--;
  if (!/^(and|but)$/.test(s[j]?.lower ?? '')) return false;
  // a verb phrase before it ("thanked the crowd"), not a noun phrase ("Lee and Park")
  const prev = s[j - 1];
  return !!prev && prev.type === 'word' && /^[a-z]/.test(prev.text) && j >= 3;
}

/** Verbs of stance and judgement whose -ing form reports its object after a preposition or a noun: "by attacking the plan", "ads backing Lee". */
const STANCE_GERUND = new Set(['supporting', 'backing', 'endorsing', 'opposing', 'favoring', 'favouring', 'criticizing', 'criticising', 'praising', 'attacking', 'denouncing', 'condemning', 'blasting', 'slamming', 'decrying', 'defending', 'questioning', 'dismissing', 'touting', 'championing', 'rejecting', 'applauding', 'hailing', 'mocking', 'challenging', 'assailing', 'lambasting', 'bashing']);
/** Common irregular past forms that may end the clause before a reduced relative: "ran ads backing Lee". */
const PAST_VERBS = new Set([...IRREGULAR_PAST, 'had', 'put', 'set', 'told', 'said', 'left', 'sat']);
/** Prepositions before an -ing form whose agent is the subject of the sentence: "won by attacking C", "after backing C". */
const GERUND_PREPS = new Set(['by', 'before', 'after', 'while', 'besides', 'in', 'since', 'for', 'of', 'on', 'from', 'through']);

/**
 * "She won the seat by attacking the plan", "after backing Lee", "ads attacking the mayor",
 * "voters supporting Lee": an -ing form of a verb of stance or judgement after a preposition
 * (the subject of the sentence holds it) or after a noun (a reduced relative: the noun holds it).
 * The content is the object. Returns the content span and the noun phrase before, if any.
 */
function gerundStanceAt(s: Token[], c: number): { span: [number, number]; np: Token[] | null } | null {
  const t = s[c];
  const prev = s[c - 1];
  if (!t || !prev || t.type !== 'word' || !STANCE_GERUND.has(t.text) || prev.type !== 'word') return null;
  const k = c + 1;
  const n = s[k];
  if (!n || (n.type !== 'word' && n.type !== 'quote')) return null;
  if (OBJECT_STOP.has(n.lower) || PREPOSITIONS_AFTER.has(n.lower) || /^(up|out|down|off|away|back|nothing|anything|late|early|again|now|soon|too|yet)$/.test(n.lower)) return null;
  // "defending his seat": an incumbent's race, not a stance
  const head = DETERMINERS.has(n.lower) ? s[k + 1] : n;
  if (t.text === 'defending' && /^(seats?|titles?|crown|majority)$/.test(head?.lower ?? '')) return null;
  if (OBJECT_PRONOUNS.has(n.lower) && !/^[\p{L}\d-]/u.test(s[k + 1]?.text ?? '')) return null;
  // adjectives: "the most challenging race", "on opposing sides"
  if (/^(most|more|less|very|so|too|quite|increasingly)$/.test(prev.lower) || (t.text === 'opposing' && /^(sides?|views?|camps?|teams?|forces|parties|party|ends|viewpoints)$/.test(n.lower))) return null;
  let np: Token[] | null = null;
  if (!GERUND_PREPS.has(prev.lower)) {
    // a reduced relative after a noun: "a group backing Lee", "ads attacking the mayor" (not "is backing", "was not attacking")
    if (!/^\p{L}+$/u.test(prev.text) || FINITE.has(prev.lower) || BE_HAVE.has(prev.lower) || MODALS.has(prev.lower) || NP_BOUNDARY.has(prev.lower) || NOUN_MARKERS.has(prev.lower) || /^[a-z]{3,}ly$/.test(prev.text) || /^(to|and|or|but|without|against|at|as|like|keep|keeps|kept|start|started|stop|stopped|began|begin|continue|continued|spent|spend|avoid|avoided|been|being)$/.test(prev.lower)) return null;
    np = subjectOf(s, c, 'stance')?.np ?? [prev];
    // ("the party ran ads attacking C": the noun phrase after the verb before it)
    const verb = np.findLastIndex((x) => /^[a-z]{3,}ed$/.test(x.text) || PAST_VERBS.has(x.text));
    if (verb >= 0) np = np.slice(verb + 1);
  }
  let e = spokenObjectEnd(s, k);
  e = secondPhraseCut(s, k, e);
  // "voters backing Lee turned out": the main verb after the object ends it
  // (not inside a relative clause of the object: "attacking a rival who is far behind")
  if (np) {
    const main = s.findIndex((x, i) => i > k && i < e && x.type === 'word' && (FINITE.has(x.lower) || PAST_VERBS.has(x.text) || (/^[a-z]{3,}ed$/.test(x.text) && !NOUN_MARKERS.has(s[i - 1]!.lower))));
    if (main > 0 && !s.slice(k, main).some((x) => /^(who|which|that|whom|whose)$/.test(x.lower))) e = s[main - 1]!.text === ',' ? main - 1 : main;
  }
  return e > k ? { span: [k, e], np: np?.length ? np : null } : null;
}

/**
 * Where the object of an -ing form (k … e) ends: "after backing Lee, the mayor …", "denouncing the
 * press, the old arbiter …" (a comma); "touting her record and pounding him on …", "backing Lee but
 * later …" (a second verb phrase is the writer's); a subordinate clause ("as", not "dismissing him as C").
 */
function secondPhraseCut(s: Token[], k: number, e: number): number {
  const cut = s.findIndex((x, i) => i > k && i < e && (/^[,;:—–-]$/.test(x.text) || (OBJECT_STOP.has(x.lower) && !(x.lower === 'as' && OBJECT_PRONOUNS.has(s[i - 1]!.lower))) || (/^(and|or)$/.test(x.lower) && /^(that|as|then|later|also|now|still)$|^[a-z]+(ing|ed)$/.test(s[i + 1]?.text ?? '')) || (/^(and|or)$/.test(x.lower) && (FINITE.has(s[i + 1]?.lower ?? '') || MODALS.has(s[i + 1]?.lower ?? '')))));
  return cut > 0 ? cut : e;
}

/** Adjectives of belief or feeling that report a that-clause ("confident that C") or, some, a topic ("worried about C"). */
const STANCE_ADJECTIVES = new Set(['skeptical', 'sceptical', 'confident', 'convinced', 'optimistic', 'pessimistic', 'worried', 'concerned', 'hopeful', 'certain', 'sure', 'afraid', 'fearful', 'doubtful', 'adamant']);
const ABOUT_ADJECTIVES = new Set(['skeptical', 'sceptical', 'confident', 'optimistic', 'pessimistic', 'worried', 'concerned', 'hopeful', 'doubtful']);
/** Adjectives of judgement or feeling toward something, by the prepositions that bring it: "critical of C", "angry at C". */
const TOWARD_ADJECTIVES: Record<string, RegExp> = {
  critical: /^of$/, confident: /^in$/, skeptical: /^of$/, sceptical: /^of$/, wary: /^of$/, supportive: /^of$/, dismissive: /^of$/,
  mistrustful: /^of$/, distrustful: /^of$/, angry: /^(at|about|over|with)$/, furious: /^(at|about|over|with)$/,
};
/** Verbs linking a subject to such an adjective: "is", "remained", "grew", "seem". */
const LINKING = /^(is|are|was|were|be|been|being|'s|'re|am|remain|remains|remained|seem|seems|seemed|appear|appears|appeared|grew|grow|grows|growing|became|become|becomes|feel|feels|felt|stay|stays|stayed)$/;

/**
 * "The mayor remained skeptical that C", "aides are confident that C", "voters are worried about C":
 * a subject, a linking verb and an adjective of belief or feeling with its clause or topic.
 */
function adjectiveStanceAt(s: Token[], c: number): { span: [number, number]; mention: Mention } | null {
  const t = s[c];
  if (!t || t.type !== 'word') return null;
  if (/^(made|make|makes|making)$/.test(t.text)) return madeClearAt(s, c);
  const toward = TOWARD_ADJECTIVES[t.text];
  if (!STANCE_ADJECTIVES.has(t.text) && !toward) return null;
  const k = c + 1;
  let span: [number, number] | null = null;
  if (s[k]?.lower === 'that' && clauseAt(s, k + 1)) span = [k + 1, clauseEnd(s, k + 1)];
  else if (s[k]?.lower === 'about' && ABOUT_ADJECTIVES.has(t.text) && s[k + 1]?.type === 'word') span = [k + 1, secondPhraseCut(s, k + 1, topicEnd(s, k + 1))];
  else if (toward?.test(s[k]?.lower ?? '') && s[k + 1]?.type === 'word') span = [k + 1, secondPhraseCut(s, k + 1, topicEnd(s, k + 1))];
  if (!span || span[1] <= span[0]) return null;
  // back over adverbs ("increasingly", "very") to the linking verb, then over auxiliaries to the subject
  let j = c - 1;
  while (j > 0 && s[j]!.type === 'word' && (/^[a-z]{3,}ly$/.test(s[j]!.text) || /^(very|so|more|most|less|still|also|quite|too|all|both|now|fairly|pretty)$/.test(s[j]!.lower))) j--;
  if (!LINKING.test(s[j]?.lower ?? '')) return null;
  while (j > 0 && s[j - 1]!.type === 'word' && (BE_HAVE.has(s[j - 1]!.lower) || MODALS.has(s[j - 1]!.lower) || /^[a-z]{3,}ly$/.test(s[j - 1]!.text)) && !/^(not|never)$|n't$/.test(s[j - 1]!.lower)) j--;
  if (/^(not|never)$|n't$/.test(s[j - 1]?.lower ?? '')) return null;
  const subj = subjectOf(s, j, 'belief');
  if (!subj || !isAgent(subj.mention, 'belief') || objectGap(subj.np, subj.mention)) return null;
  return { span, mention: subj.mention };
}

/** Nouns of a person by the stance taken toward something, by the prepositions that bring it: "a supporter of C", "an advocate for C". */
const STANCE_AGENTS: Record<string, RegExp> = {
  supporter: /^of$/, supporters: /^of$/, backer: /^of$/, backers: /^of$/, proponent: /^of$/, proponents: /^of$/,
  advocate: /^(of|for)$/, advocates: /^(of|for)$/, champion: /^(of|for)$/, champions: /^(of|for)$/,
  defender: /^of$/, defenders: /^of$/, critic: /^of$/, critics: /^of$/, opponent: /^of$/, opponents: /^of$/, detractor: /^of$/, detractors: /^of$/,
};

/**
 * "The senator is a vocal supporter of C", "Lee has long been an outspoken critic of C", "voters were
 * supporters of C": a subject, a linking verb and a noun naming the subject by its stance toward C.
 */
function agentStanceAt(s: Token[], c: number): { span: [number, number]; mention: Mention } | null {
  const t = s[c];
  const prep = t && t.type === 'word' ? STANCE_AGENTS[t.text] : undefined;
  if (!prep || !prep.test(s[c + 1]?.lower ?? '') || s[c + 2]?.type !== 'word') return null;
  // (an inverted sentence has its subject after the verb: "Leading the drive are backers of C")
  if (openingParticiple(s, c)) return null;
  const k = c + 2;
  const span: [number, number] = [k, secondPhraseCut(s, k, topicEnd(s, k))];
  // (a concession after it is the writer's: "… of C even though D")
  const even = s.findIndex((x, i) => i > k && i < span[1] && x.lower === 'even' && /^(though|if|as|when|after|before|while)$/.test(s[i + 1]?.lower ?? ''));
  if (even > 0) span[1] = even;
  if (span[1] <= span[0]) return null;
  // back over up to three modifiers ("a fervent", "an early and vocal", "the most outspoken") to the article
  let j = c - 1;
  for (let n = 0; n < 3 && j > 0 && s[j]!.type === 'word' && /^[a-z]+(-[a-z]+)*$/.test(s[j]!.text) && !NOT_PREMODIFIER.has(s[j]!.lower) && !LINKING.test(s[j]!.lower); n++) j--;
  const plural = /s$/.test(t!.text);
  if (/^(a|an)$/.test(s[j]?.lower ?? '') && !plural) j--;
  // ("the best advocate for C", "the leading critic of C": a superlative or a ranking after "the")
  else if (s[j]?.lower === 'the' && j < c - 1 && /^(most|best|leading|chief|top|foremost|biggest|staunchest|loudest|fiercest|strongest|harshest|sharpest|earliest|main|principal)$/.test(s[j + 1]!.lower)) j--;
  else if (!plural) return null;
  if (!LINKING.test(s[j]?.lower ?? '') || /^(seem|seems|seemed|appear|appears|appeared|feel|feels|felt|grew|grow|grows|growing)$/.test(s[j]!.lower)) return null;
  // back over adverbs and auxiliaries ("has long been", "remains") to the subject; not a negated one ("is not a fan of")
  while (j > 0 && s[j - 1]!.type === 'word' && (BE_HAVE.has(s[j - 1]!.lower) || MODALS.has(s[j - 1]!.lower) || /^[a-z]{3,}ly$/.test(s[j - 1]!.text) || /^(long|also|still|once|always)$/.test(s[j - 1]!.lower)) && !/^(not|never)$|n't$/.test(s[j - 1]!.lower)) j--;
  if (/^(not|never|to)$|n't$/.test(s[j - 1]?.lower ?? '')) return null;
  const subj = subjectOf(s, j, 'stance');
  if (!subj) return null;
  // ("… on Iraq -- he has been a critic of C": the subject starts after a dash)
  const dash = subj.np.findLastIndex((x, i) => /^(—|–|--)$/.test(x.text) || (x.text === '-' && (subj.np[i + 1]?.text === '-' || x.start > (subj.np[i - 1]?.end ?? x.start))));
  const mention = dash >= 0 ? parseMention(subj.np.slice(dash + 1)) : subj.mention;
  if (!mention || !isAgent(mention, 'stance') || objectGap(subj.np.slice(dash + 1), mention) || hedged(s, mention, c)) return null;
  return { span, mention };
}

/** "The senator made (it) clear (that) C": the clause, held by the subject. */
function madeClearAt(s: Token[], c: number): { span: [number, number]; mention: Mention } | null {
  let k = c + 1;
  if (s[k]?.lower === 'it') k++;
  if (s[k]?.lower !== 'clear') return null;
  k++;
  if (s[k]?.lower === 'that') k++;
  if (!clauseAt(s, k)) return null;
  let j = c;
  while (j > 0 && s[j - 1]!.type === 'word' && (BE_HAVE.has(s[j - 1]!.lower) || MODALS.has(s[j - 1]!.lower) || /^[a-z]{3,}ly$/.test(s[j - 1]!.text)) && !/^(not|never)$|n't$/.test(s[j - 1]!.lower)) j--;
  if (/^(not|never)$|n't$/.test(s[j - 1]?.lower ?? '')) return null;
  const subj = subjectOf(s, j, 'belief');
  if (!subj || !isAgent(subj.mention, 'belief') || objectGap(subj.np, subj.mention)) return null;
  return { span: [k, clauseEnd(s, k)], mention: subj.mention };
}

/** Verbs of speech or stance that a purpose infinitive reports: "went on the radio to defend the plan". */
const PURPOSE_SPEECH = new Set(['discuss', 'declare', 'defend', 'assail', 'attack', 'criticize', 'criticise', 'endorse', 'announce', 'highlight', 'tout', 'promote', 'urge', 'denounce', 'praise', 'argue', 'explain', 'blast', 'condemn', 'warn', 'insist', 'address', 'question', 'acknowledge', 'accuse', 'reiterate', 'mock', 'thank', 'congratulate']);

/** Verbs of speaking of something that a purpose infinitive reports with their preposition: "came on the show to talk about C". */
const PURPOSE_TOPIC: Record<string, RegExp> = { talk: /^about$/, speak: /^about$/, call: /^for$/, vote: /^(for|against)$/ };

/**
 * "Lee appeared on the show to defend the plan", "she met donors to discuss the budget": an
 * infinitive of purpose with a verb of speech reports what the subject of the sentence said.
 * The content is the verb's object or that-clause; the span runs from "to".
 */
function purposeSpeechAt(s: Token[], c: number): [number, number] | null {
  if (s[c]?.lower !== 'to' || c < 2) return null;
  // "to talk about C", "to call for C": a verb of speaking of something and its preposition
  const topic = PURPOSE_TOPIC[s[c + 1]?.text ?? '']?.test(s[c + 2]?.lower ?? '') ?? false;
  if (!topic && !PURPOSE_SPEECH.has(s[c + 1]?.text ?? '')) return null;
  // (speaking "on condition of anonymity to discuss X" gives a source's reason, not what it said)
  if (s[c - 1]!.lower === 'anonymity') return null;
  const k = topic ? c + 3 : c + 2;
  if (topic) return prepositionObject(s, k);
  if (s[k]?.type !== 'word') return null;
  if (s[c + 1]!.text === 'address' && audienceAt(s, k)) return null;
  if (s[k]!.lower === 'that') return clauseAt(s, k + 1) ? [k + 1, clauseEnd(s, k + 1)] : null;
  const e = WH.has(s[k]!.lower) ? topicEnd(s, k) : objectEnd(s, k);
  return e > k ? [k, e] : null;
}

/** Nouns of an audience or a gathering: "to address the nation", "to address a conference of pastors" is to speak to it, saying nothing yet. */
const AUDIENCE = /^(nation|country|convention|conference|gala|crowd|crowds|rally|audience|supporters|delegates|congress|assembly|students|graduates|gathering|dinner|luncheon|breakfast|summit|meeting|session|forum|event|legislature|parliament|members|lawmakers|troops|graduation|ceremony)$/;

/** Does an audience open the object at token k (within its first few words)? */
function audienceAt(s: Token[], k: number): boolean {
  for (let x = k; x < Math.min(s.length, k + 4) && s[x]!.type === 'word'; x++) {
    if (AUDIENCE.test(s[x]!.text)) return true;
    if (!/^(the|a|an|his|her|their|its|joint|annual|national|party|black-tie|crowd|large)$/.test(s[x]!.lower)) break;
  }
  return false;
}

/**
 * "…,” said Ann Cole, an aide who has endorsed Lee.", "Ann Cole, who backs Lee, said …": a relative clause
 * about the speaker of a statement in the sentence introduces that speaker; its stance is background, not reported.
 */
function describesSpeaker(found: Candidate[], m: Mention): boolean {
  return found.some((f) => f.mention && f.mention.start <= m.start && m.start <= f.mention.end + 2);
}

/** Does a statement already found say most of what the candidate says ("In a poll, Lee found that C": "C" by "found")? */
function restates(found: Candidate[], cand: Candidate): boolean {
  const [a, b] = [cand.spans[0]![0], cand.spans[cand.spans.length - 1]![1]];
  return found.some((f) => f.spans.reduce((n, [x, y]) => n + Math.max(0, Math.min(b, y) - Math.max(a, x)), 0) >= 0.6 * (b - a));
}

/** "While most voters want A, the mayor …": a content inside a subordinate clause that opens the sentence ends before the main clause. */
function beforeMainClause(parts: Token[][], s: Token[], c: number, fronted: number): Token[][] {
  if (fronted < 0 || c > fronted) return parts;
  const end = s[fronted]!.start;
  return parts.map((p) => p.filter((t) => t.start < end)).filter((p) => p.length);
}

/** A candidate for content parts: indirect, partial when they hold quoted words, direct when they are one quotation. */
function candidate(ctx: SentenceCtx, parts: Token[][], cueTok: Token, mention: Mention | null, cls: StanceClass): Candidate | null {
  const toks = parts.flat();
  const words = toks.filter((t) => t.type === 'word').length;
  const quotes = toks.filter((t) => t.type === 'quote');
  if (!words && !quotes.length) return null;
  // ("echo again and again"): adverbs alone are no content
  if (!quotes.length && toks.every((t) => t.type !== 'word' || EMPTY_CONTENT.test(t.lower))) return null;
  if ((cls === 'belief' || cls === 'evidence') && words + quotes.length < 3) return null;
  const p = ctx.paragraph;
  // ("did not support C", "made no mention of C": the negation is part of the cue)
  const negation = negationStart(ctx.tokens, ctx.tokens.indexOf(cueTok));
  const first = ctx.tokens[negation] ?? cueTok;
  const cue = first !== cueTok ? { text: p.text.slice(first.start - p.start, cueTok.end - p.start), start: first.start, end: cueTok.end } : cueOf(cueTok);
  const base = { paragraph: p.index, seq: ctx.seq, cue, mention };
  if (quotes.length === 1 && !words) {
    const q = quotes[0]!.quote!;
    return { ...base, kind: 'direct', text: q.text, spans: [[q.start, q.end]], start: q.start };
  }
  const spans = parts.map((x): [number, number] => [x[0]!.start, x[x.length - 1]!.end]);
  return {
    ...base,
    kind: quotes.length ? 'partial' : 'indirect',
    text: spans.map(([a, b]) => p.text.slice(a - p.start, b - p.start)).join(' … '),
    spans,
    start: spans[0]![0],
    ...(quotes.length ? { quoted: quotes.map((q) => q.quote!.text) } : {}),
  };
}
