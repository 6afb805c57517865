/**
 * Speaker resolution, in text order: names to the full name of the person
 * (first mention, surname, speakers.yaml), pronouns and role phrases to the
 * person they point to (anaphora, and cataphora for roles named later),
 * organisations as organisations, anonymous sources kept anonymous.
 * Floating quotations and participle clauses take the speaker of the
 * statement they follow; a quotation that continues a quote split around its
 * cue ("“Q1,” X said. “Q2.”") joins that statement.
 */
import type { SpeakerRef } from '../types.ts';
import type { Candidate } from './candidate.ts';
import type { SentenceCtx } from './index.ts';
import { continuedStatement, joinContinuation } from './direct.ts';
import { conjunctName, coordinatedNames, groupHead, joinedFirm, parseMention, PLACES, pluralAgentNoun, type Entity, type Mention, type Register } from './speakers.ts';
import { ANONYMOUS_HEADS, cueInfo, NOT_NAME_WORDS, ROLE_NOUNS, TITLE_WORDS } from './cues.ts';
import type { Token } from './tokens.ts';
import { compatible, isGivenName, pronounGender, roleGender, type Gender } from './gender.ts';
import { adverbialEnd, mainClauseStart } from './register.ts';
import { DOCUMENT_NOUNS, isPlaceLabel } from './np.ts';
import { COMPANY_HEADS, companyReferent, organisationEvidence } from './organisations.ts';

/** A plural noun of people as the head of a subject ("relatives", "traders", "endorsers"; not a verb in -ites or -ents). */
function peopleHeadWord(t: Token): boolean {
  return /^[a-z]+$/.test(t.text) && !DOCUMENT_WORDS.test(t.lower) && (ANONYMOUS_HEADS.has(t.lower) || (pluralAgentNoun(t.lower) && !/(ites|ents|ics|ials)$/.test(t.lower)));
}
/** The verb right after a subject: a past form, an auxiliary or modal, or a verb of saying. */
function verbAfterHead(t: Token | undefined): boolean {
  return !!t && t.type === 'word' && (/^[a-z]{2,}ed$/.test(t.text) || /^(have|had|are|were|will|would|can|could|may|might|should|must|do|did|also|say|said|told|tell|fear|believe|think|argue|insist|warn|claim)$/.test(t.text));
}
/** "A spokeswoman for Acme", "the spokesman of the ministry": an unnamed spokesperson for an organisation. */
const SPOKESWOMAN_FOR = /^(?:an?|the)\s+spokeswoman\s+(?:for|of|at)\s/i;
const SPOKESMAN_FOR = /^(?:an?|the)\s+spokesman\s+(?:for|of|at)\s/i;
/** Plural heads that name papers and figures, not people. */
const DOCUMENT_WORDS = /^(polls|surveys|studies|reports|documents|records|data|figures|numbers|statistics|many|some|several|few|others|they)$/;
/** The subject at the start of a sentence: a name or a pronoun before the first lower-case verb. */
const OPENING_PREPOSITION = /^(in|on|at|by|beyond|after|before|during|since|despite|with|without|for|from|under|over|throughout|amid|until|within|besides)$/i;
function sentenceSubject(all: Token[]): Mention | null {
  let i = 0;
  // a dateline opening the article ("BOSTON —", "ROME, May 2 (AP) —") is not the subject
  let toks = all.slice(datelineEnd(all));
  // a label opening the paragraph ("Editor’s note:", "Update:") is not the subject
  if (/^(editor['’]?s|editors['’]?)$/.test(toks[0]?.lower ?? '') && toks[1]?.lower === 'note' && toks[2]?.text === ':') toks = toks.slice(3);
  else if (/^(update|correction|clarification)$/.test(toks[0]?.lower ?? '') && toks[1]?.text === ':') toks = toks.slice(2);
  // "Then he …", "But the mayor …": a connective adverb before the subject
  while (toks.length > 1 && /^(then|but|and|so|still|later|now|instead|yet|also)$/i.test(toks[0]!.text) && toks[1]!.type === 'word') toks.shift();
  // skip an opening adverbial up to its comma ("On Friday, …")
  const firstComma = toks.findIndex((t) => t.text === ',');
  // (past a place after a city: "In Reno, Nevada, on Friday, …")
  const comma = firstComma > 0 ? adverbialEnd(toks, firstComma) : firstComma;
  const afterComma = toks[comma + 1];
  const main = mainClauseStart(toks);
  // (a longer opening prepositional phrase with no verb: "By the end of the day, …")
  const longOpener = firstComma < 9 && OPENING_PREPOSITION.test(toks[0]?.text ?? '') && toks.slice(0, firstComma).every((t) => t.type === 'word' && !cueInfo(t.lower) && !/^(is|are|was|were|has|have|had|will|would|can|could|who|which|that)$/.test(t.lower));
  if (comma > 0 && (firstComma < 6 || longOpener) && afterComma && (/^\p{Lu}/u.test(afterComma.text) || PRONOUN_SUBJECTS.has(pronounOf(afterComma.lower))) && !placeLabelAfter(toks, comma)) i = comma + 1;
  // after a longer opening adverbial or subordinate clause ("When the vote was over, …")
  else if (main > 0) i = main;
  // a participial opener ("Chastened by the polls, …", "Speaking on Monday, …") is not the subject
  // (also after an adverb: "Quietly courting donors, …"; not "Kelly responded": a name ending in -ly)
  else if (/^\p{Lu}[a-z]+(ed|ing|en)$/u.test(toks[0]?.text ?? '') && toks[1]?.type === 'word' && /^[a-z]/.test(toks[1].text) && !nameBeforeVerb(toks) || (/^\p{Lu}[a-z]+ly$/u.test(toks[0]?.text ?? '') && /^[a-z]+ing$/.test(toks[1]?.text ?? '') && toks[2]?.type === 'word')) {
    // (the participle clause ends at a comma, or at the closing dash of an aside: "…, ― much as before ― Lee said")
    const c = toks.findIndex((t, x) => x < 30 && /^[,―—–]$/.test(t.text) && !!toks[x + 1] && (/^\p{Lu}/u.test(toks[x + 1]!.text) || PRONOUN_SUBJECTS.has(toks[x + 1]!.lower)));
    if (c < 0) return null;
    i = adverbialEnd(toks, c) + 1;
  }
  const np: Token[] = [];
  for (; i < toks.length && np.length < 8; i++) {
    const t = toks[i]!;
    if (t.type !== 'word') break;
    if (/^\p{Lu}/u.test(t.text) || PRONOUN_SUBJECTS.has(pronounOf(t.lower)) || (np.length && /^[a-z-]+$/.test(t.text) && (ROLE_NOUNS.has(t.lower) || TITLE_WORDS.has(t.lower)))) np.push(t);
    // ("Secretary of State Ann Lee", "the Bank of Dover": an "of" between capitalised words goes on with the name)
    else if (np.length && t.lower === 'of' && /^\p{Lu}/u.test(np[np.length - 1]!.text) && toks[i + 1]?.type === 'word' && /^\p{Lu}/u.test(toks[i + 1]!.text)) np.push(t);
    else if (!np.length && (/^(the|a|an|his|her|their|many|some|most|several|few|both|all)$/.test(t.lower) || ROLE_NOUNS.has(t.lower))) np.push(t);
    // ("The Dover relatives applied …, saying": a plural noun of people after capitalised words is the head; they speak, not "Dover")
    // (only before the verb: a past form, an auxiliary or a verb of saying, "… relatives applied", "… traders have said")
    else if (np.length && /^\p{Lu}/u.test(np[np.length - 1]!.text) && !/['’]s?$/.test(np[np.length - 1]!.text) && !/^(both|all|some|many|most|several|few|other|each|these|those)$/i.test(np[np.length - 1]!.text) && peopleHeadWord(t) && verbAfterHead(toks[i + 1])) { np.push(t); i++; break; }
    else break;
  }
  if (!np.length) return null;
  // "Still, it is important to note …": an empty "it" before a copula and an adjective of judgement stands for no one
  if (np.length === 1 && emptyItAt(toks, i - 1)) return null;
  // "Tom Roe's relatives have fought …, saying": the possessor names whose people they are; the noun after it is the subject
  // ("Tom Roe's Denver relatives": a capitalised modifier came along with the name)
  if (/['’]s?$/.test(np[np.length - 1]!.text) || (np.length > 1 && /['’]s$/.test(np[np.length - 2]!.text) && /^\p{Lu}/u.test(np[np.length - 1]!.text))) {
    let k = i;
    while (k < toks.length && k - i < 2 && toks[k]!.type === 'word' && /^[a-z]+$/.test(toks[k]!.text) && !cueInfo(toks[k]!.lower) && !/^(and|or|but|in|of|at|for|from|with|on|to|has|have|had|is|are|was|were|will|would|can|could|may|might|should|who|which|that)$/.test(toks[k]!.lower) && !/(ed|ing|ly)$/.test(toks[k]!.lower)) k++;
    // (only kin or a plural people noun: "relatives", "parents", "loyalists"; "Lee's win", "Lee's remarks" leave the name)
    if (k > i && (groupHead(toks[k - 1]!.lower) || /^(relatives|parents|neighbors|neighbours|family|families|children|sons|daughters|siblings|grandparents)$/.test(toks[k - 1]!.lower))) np.push(...toks.slice(i, k));
  }
  const m = parseMention(np);
  // (a role noun's plural too: "Attorneys for Lee appeared to …, saying")
  return m && (m.kind !== 'anonymous' || ANONYMOUS_HEADS.has(m.head ?? '') || ROLE_NOUNS.has(m.head ?? '') || (m.plural && ROLE_NOUNS.has((m.head ?? '').slice(0, -1))) || groupHead(m.head ?? '') || pluralAgentNoun(m.head ?? '')) ? m : null;
}
/**
 * "The court overruled the panel and said C", "The panel met, then said C": the subject of a
 * sentence whose second, finite verb reports, when it is a plain noun phrase (a determiner and
 * up to three words) opening the sentence. Only after "and", "but" or "then" (not for an
 * infinitive or a participle, whose subject may lie elsewhere).
 */
function commonNounSubject(toks: Token[], c: Candidate): Mention | null {
  const cueAt = toks.findIndex((t) => t.start === c.cue?.start);
  // (after an opening conjunction: "But the court overruled and said …")
  const lead = datelineEnd(toks);
  let at = /^(but|and|so|yet)$/.test(toks[lead]?.lower ?? '') ? lead + 1 : lead;
  // ("Beyond the footage, the court … and said C": past an opening prepositional phrase and its comma)
  if (OPENING_PREPOSITION.test(toks[at]?.text ?? '')) {
    const comma = toks.findIndex((t, x) => x > at + 1 && x < at + 10 && t.text === ',');
    if (comma > 0 && toks.slice(at, comma).every((t) => t.type === 'word' && !cueInfo(t.lower) && !/^(is|are|was|were|has|have|had|will|would|can|could)$/.test(t.lower))) at = comma + 1;
  }
  // ("No one was hurt, but the crews closed the road and said C": the subject of the clause after ", but" or ", and")
  if (!/^(the|a|an|this|that|these|those|his|her|their|its)$/.test(toks[at]?.lower ?? '')) {
    const join = toks.findLastIndex((t, x) => x > at && x < cueAt - 4 && t.text === ',' && /^(but|and|yet|so)$/.test(toks[x + 1]?.lower ?? ''));
    if (join > 0) at = join + 2;
  }
  const first = toks[at];
  // (or a bare plural noun of people: "…, but firefighters closed the road and said C")
  const bare = !!first && at > lead && peopleHeadWord(first) && finiteAfterSubject(toks[at + 1] ?? null);
  if (cueAt < 3 || !first || (!bare && !/^(the|a|an|this|that|these|those|his|her|their|its)$/.test(first.lower))) return null;
  // (a finite second verb: "and said", "and then argued", not "to explain" nor ", saying")
  const cue = toks[cueAt]!;
  let b = cueAt - 1;
  while (b > 0 && /^(also|then|later|now|again|quickly|soon)$/.test(toks[b]!.lower)) b--;
  if (!/^(and|but|then)$/.test(toks[b]!.lower) && !/^(then)$/.test(toks[cueAt - 1]!.lower) || !(/^[a-z]+(ed|s)$/.test(cue.text) || /^(past|third)$/.test(cueInfo(cue.lower)?.form ?? ''))) return null;
  const from = toks.indexOf(first);
  let i = from + 1;
  while (i < toks.length && i < from + 4 && toks[i]!.type === 'word' && /^[\p{L}-]+$/u.test(toks[i]!.text) && !FUNCTION_WORDS.has(toks[i]!.lower) && !/^[a-z]+ed$/.test(toks[i]!.text)) i++;
  if (bare) i = from + 1;
  else if (i === from + 1 || i >= cueAt) return null;
  const m = parseMention(toks.slice(from, i));
  return m && m.kind !== 'pronoun' ? m : null;
}
/**
 * "The retired teacher sued in May, claiming C": the subject of a sentence whose participle clause
 * reports, when a plain noun phrase (a determiner and one to four words) opens the sentence and its
 * finite verb follows at once. Not across a subordinate or relative clause, whose own subject the
 * participle may share ("… after the mayor left, saying …").
 */
function participleClauseSubject(toks: Token[], c: Candidate): Mention | null {
  const cueAt = toks.findIndex((t) => t.start === c.cue?.start);
  if (cueAt < 4 || toks[cueAt - 1]!.text !== ',' || !/^[a-z]+ing$/.test(toks[cueAt]!.text)) return null;
  const lead = datelineEnd(toks);
  const from = /^(but|and|so|yet)$/.test(toks[lead]?.lower ?? '') ? lead + 1 : lead;
  if (!/^(the|a|an|this|that)$/.test(toks[from]?.lower ?? '')) return null;
  // the noun phrase: content words up to the first finite verb (an adverb may stand between)
  let v = from + 1;
  while (v < cueAt && v < from + 6 && !(v > from + 1 && (finiteAfterSubject(toks[v]!) || presentBeforeObject(toks, v))) && toks[v]!.type === 'word' && /^[\p{L}\d-]+$/u.test(toks[v]!.text) && !FUNCTION_WORDS.has(toks[v]!.lower) && !/^(the|a|an|his|her|their|its|this)$/.test(toks[v]!.lower)) v++;
  let end = v;
  while (end > from + 1 && SUBJECT_ADVERBS.test(toks[end - 1]!.lower)) end--;
  if (end === from + 1 || !(finiteAfterSubject(toks[v] ?? null) || presentBeforeObject(toks, v))) return null;
  // nothing between the verb and the participle opens a clause of its own
  if (toks.slice(v + 1, cueAt - 1).some((t) => t.type === 'quote' || /^[;:—–(]$/.test(t.text) || CLAUSE_OPENERS.has(t.lower))) return null;
  const m = parseMention(toks.slice(from, end));
  return m && m.kind !== 'pronoun' ? m : null;
}
/** Adverbs between a subject and its verb ("The nurse later sued"). */
const SUBJECT_ADVERBS = /^(also|then|later|now|again|quickly|soon|already|once|never|still|[a-z]{3,}ly)$/;
/** Words that open a subordinate or relative clause, whose subject may be someone else. */
const CLAUSE_OPENERS = new Set(['after', 'before', 'when', 'while', 'because', 'since', 'as', 'if', 'until', 'where', 'who', 'whom', 'which', 'that', 'whose', 'than', 'although', 'though']);
/** "The agreement includes a pledge": a verb in -s, told from a plural noun by the determiner after it. */
function presentBeforeObject(toks: Token[], v: number): boolean {
  return /^[a-z]{3,}s$/.test(toks[v]?.text ?? '') && !/(ss|us|is)$/.test(toks[v]!.text) && !ROLE_NOUNS.has(toks[v]!.lower) && !ANONYMOUS_HEADS.has(toks[v]!.lower) && /^(the|a|an|his|her|its|their|no)$/.test(toks[v + 1]?.lower ?? '');
}
/** The finite verb after a sentence's subject: a past form in -ed, an auxiliary or a modal. */
function finiteAfterSubject(t: Token | null): boolean {
  return !!t && t.type === 'word' && (/^[a-z]{2,}ed$/.test(t.text) || /^(is|are|was|were|has|have|had|will|would|can|could|may|might|should|must|did|does)$/.test(t.text));
}
/**
 * "Cohen needled the reporter", "Reed didn't seem impressed": a word shaped like a participle
 * ("Shaken by …", "Pressed on …") is a name when a finite verb follows it.
 */
function nameBeforeVerb(toks: Token[]): boolean {
  const next = toks[1];
  if (!next || next.type !== 'word') return false;
  // (not "Having reviewed the case, …": a participle in -ing takes a past participle)
  const ing = /ing$/.test(toks[0]!.text);
  if ((finiteAfterSubject(next) && !(ing && /ed$/.test(next.text))) || /^(said|says|told|tells|wrote|writes|didn['’]t|doesn['’]t|wasn['’]t|isn['’]t|hasn['’]t|won['’]t|wouldn['’]t|also|then|later)$/.test(next.lower)) return true;
  // (a verb in -s only after -ed/-en: "Citing reports" is a participle with its object)
  return !ing && /^[a-z]{3,}s$/.test(next.text) && !/(ss|us|is)$/.test(next.text);
}
/** Words that end the noun phrase opening a sentence: auxiliaries, verbs' companions, prepositions. */
const FUNCTION_WORDS = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'should', 'must', 'did', 'does', 'do', 'of', 'in', 'on', 'at', 'for', 'to', 'from', 'with', 'by', 'and', 'or', 'but', 'that', 'which', 'who', 'also', 'then', 'not', 'never']);

/**
 * "BOSTON — Ann Lee said …", "ROME, May 2 (AP) — …": an article's dateline (a place
 * in capitals, maybe a date and an agency, then a dash) before the first sentence's
 * subject. Returns the index after the dash, or 0.
 */
function datelineEnd(toks: Token[]): number {
  // (a dash set apart by spaces, "MIAMI - …", is a dash too; a place in title case needs its agency: "Miami (AP) – …")
  const dash = toks.findIndex((t, i) => i < 12 && /^(—|–|--|-)$/.test(t.text));
  if (dash <= 0 || !toks.slice(0, dash).every((t) => t.type !== 'quote' && !/^[.;:!?]$/.test(t.text))) return 0;
  const agency = toks[dash - 1]?.text === ')' && /^(AP|AFP|UPI|Reuters|CNN|Bloomberg)$/.test(toks[dash - 2]?.text ?? '');
  return /^\p{Lu}[\p{Lu}.'’-]{2,}$/u.test(toks[0]?.text ?? '') || (agency && /^\p{Lu}/u.test(toks[0]?.text ?? '')) ? dash + 1 : 0;
}
/** A subject pronoun with its auxiliary contracted onto it ("he’s", "she'd") is that pronoun. */
const pronounOf = (lower: string) => lower.replace(/['’](s|d|ll|re|ve|m)$/, '');
/** "Sen. Ann Lee, D-Ohio, …": the comma opens a party-and-state label, not the main clause after an opening adverbial. */
function placeLabelAfter(toks: Token[], comma: number): boolean {
  const next = toks.findIndex((t, x) => x > comma && t.text === ',');
  return next > comma && isPlaceLabel(toks.slice(comma + 1, next));
}
const PRONOUN_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);

/**
 * A statement whose speaker phrase could not be read ("X sent tweets early
 * Friday saying that …"): the subject at the start of its sentence speaks,
 * when it comes before the cue.
 */
function subjectBeforeCue(c: Candidate, sentences: SentenceCtx[]): Mention | null {
  const sent = sentences[c.seq];
  const subj = sent ? sentenceSubject(sent.tokens) : null;
  return subj && c.cue && subj.end <= c.cue.start ? subj : null;
}

/**
 * A definite role phrase no registered role explains ("the New York
 * businessman said") points back to the person last named as the subject of
 * a sentence, in this paragraph or the two before it, of the role's gender.
 */
function roleAnaphor(m: Mention, register: Register, sentences: SentenceCtx[], paragraph: number): SpeakerRef | null {
  // "the mayor's spokesman", "his aide", "the officer": someone else, beside the person named
  if (POSSESSED.test(m.text) || ASSISTING_ROLES.has(m.head ?? '')) return null;
  // "a Republican", "the Democrat": a party's member could be anyone in it
  if (/^(republican|democrat|independent|libertarian|conservative|liberal|progressive)s?$/.test(m.head ?? '')) return null;
  const g = roleGender(m.head ?? '');
  const from = sentences.find((x) => x.paragraph.index >= paragraph - 2)?.paragraph.start ?? 0;
  // (one the article gives another office is not meant: "Jo Lake, a teacher, … the mayor said")
  const e = register.lastPerson(m.start, g, from - 1, true, [], (x) => !officeConflict(x.role, m));
  return e ? { name: e.name, role: e.role, type: 'person' } : null;
}

/** Titles of a head of state or of government ("President", "Prime Minister", "King"). */
const HEAD_OF_STATE = /\b(president|prime minister|premier|chancellor|king|queen|emperor|sultan|emir|shah)\b/i;

/**
 * "President Ann Lee … The Freedonian leader said": a leader described by a nationality or a
 * country is the person the article, before the phrase, gives the title of a head of state or of
 * government (the one whose title names that country, or the only such one); null when there is none.
 */
function nationalLeader(m: Mention, register: Register): Entity | null {
  if (m.head !== 'leader' || m.plural) return null;
  // (the nationality or country: a capitalised word right before "leader", "the Freedonian leader", "Freedonia's leader")
  const x = /^(?:the\s+)?(\p{Lu}[\p{L}.-]*?)(?:['’]s)?\s+leader$/iu.exec(m.text.trim());
  const land = x?.[1];
  if (!land || !/^\p{Lu}/u.test(land) || /^(the|a|an|his|her|their|its|party|opposition|rebel|union|team|group|former|majority|minority|senate|house)$/i.test(land)) return null;
  const heads = register.entities.filter((e) => e.type === 'person' && !!e.role && HEAD_OF_STATE.test(e.role) && !/\b(former|ex|vice|deputy|of)\b/i.test(e.role) && e.first < m.start);
  const stem = land.toLowerCase().slice(0, Math.min(4, land.length));
  const own = heads.filter((e) => e.role!.toLowerCase().split(/\s+/).some((w) => w.startsWith(stem)));
  if (own.length === 1) return own[0]!;
  // (the only one, when its title names no other country: "President Ann Lee", not "Ruritanian President Ann Lee")
  return heads.length === 1 && !heads[0]!.role!.replace(new RegExp(HEAD_OF_STATE.source, 'gi'), '').split(/\s+/).some((w) => /^\p{Lu}/u.test(w)) ? heads[0]! : null;
}

/**
 * Offices and callings one person does not hold together, each with the words
 * that name it: "the mayor" does not describe one the article calls a teacher,
 * nor "the governor" a senator. Descriptions that go with any of them
 * (businessman, nominee, candidate, leader, Republican) are not here.
 */
const OFFICES: string[][] = [
  ['mayor'], ['governor', 'gov.'], ['senator', 'sen.'],
  ['representative', 'rep.', 'congressman', 'congresswoman', 'congressperson'],
  ['president'], ['minister', 'premier'], ['chancellor'], ['secretary'],
  ['spokesman', 'spokeswoman', 'spokesperson', 'press secretary'], ['ambassador', 'envoy'],
  ['judge', 'justice'], ['prosecutor', 'district attorney', 'attorney general'], ['lawyer', 'attorney', 'counsel'],
  ['teacher'], ['professor'], ['doctor', 'physician'], ['coach'], ['student'],
  ['journalist', 'reporter', 'columnist', 'correspondent'],
];
/** (each office word as a whole word, compiled once) */
const OFFICE_PATTERNS: RegExp[][] = OFFICES.map((g) => g.map((w) => new RegExp(`(^|[^a-z.])${w.replace('.', '\\.')}([^a-z]|$)`)));
const officeWords = (text: string): number[] =>
  OFFICE_PATTERNS.flatMap((g, i) => g.some((re) => re.test(text)) ? [i] : []);

/**
 * The role the article gives a person names an office, and the role phrase
 * another one ("the mayor" for "Jo Lake, a teacher"). A past office on
 * either side ("the former senator") is a description of one's career, kept.
 */
export function officeConflict(role: string | null, m: Mention): boolean {
  if (!role || !m.head) return false;
  const r = role.toLowerCase();
  const head = officeWords(m.head);
  if (head.length !== 1 || /\b(former|ex|onetime|then)\b/i.test(m.text) || /\b(former|ex|onetime)\b/.test(r)) return false;
  const held = officeWords(r);
  return held.length > 0 && !held.includes(head[0]!);
}

/**
 * "Gov. Ann Lee … (paragraphs later) Tom Roe defended his plan. “…,” the
 * governor said.": when the last holder of the role was named more than two
 * paragraphs back, the subject named in this paragraph or the one before, whose role
 * the article does not give, is the one the role phrase means.
 */
function staleRoleHolder(e: Entity, m: Mention, register: Register, sentences: SentenceCtx[], paragraph: number): Entity | null {
  const from = sentences.find((x) => x.paragraph.index >= paragraph - 2)?.paragraph.start ?? 0;
  const here = sentences.find((x) => x.paragraph.index >= paragraph)?.paragraph.start ?? 0;
  // (the subject of the role phrase's own paragraph, its holder not named there, is meant too: "Roe stopped by …. Walking in, the senator said …")
  if (e.positions.some((x) => x >= here && x < m.start)) return null;
  // (named in an earlier sentence: in the role's own sentence a name is what the statement or the role is about)
  const sentStart = sentences.find((x) => x.tokens[0]!.start <= m.start && x.tokens[x.tokens.length - 1]!.end >= m.end)?.tokens[0]!.start ?? m.start;
  const own = register.lastPerson(sentStart, roleGender(m.head ?? ''), here - 1, true);
  if (own && own !== e && !own.role) return own;
  if (e.positions.some((x) => x >= from && x < m.start)) return null;
  const near = sentences.find((x) => x.paragraph.index >= paragraph - 1)?.paragraph.start ?? 0;
  const subj = register.lastPerson(m.start, roleGender(m.head ?? ''), near - 1, true);
  return subj && subj !== e && !subj.role ? subj : null;
}

const POSSESSED = /['’]s?\s|^(his|her|their|its|our)\s/i;
/** Roles of people whose words are those of the one they speak for. */
const SPEAKING_FOR = /^(spokesman|spokeswoman|spokesperson|spokespeople|spokesmen|spokeswomen|representative|representatives)$/;

/**
 * "Lee’s spokesman said", "the ministry's spokeswoman said": an unnamed spokesperson speaks for
 * the one named before the role, and the statement is credited to that one, as "a spokesman for
 * Lee" is (the role says through whom).
 */
function possessorSpokenFor(m: Mention, register: Register): SpeakerRef | null {
  if (!SPEAKING_FOR.test(m.head ?? '')) return null;
  const x = /^(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}-]*)['’]s?\s+(.+)$/u.exec(m.text);
  if (!x) return possessorRoleSpokenFor(m, register);
  const canon = register.canonical(x[1]!.split(/\s+/).filter((w) => !TITLE_WORDS.has(w.toLowerCase())).join(' ') || x[1]!);
  const e = register.get(canon.name);
  return { name: canon.name, role: x[2]!, type: e?.type ?? canon.type ?? 'organisation' };
}

/** "the governor's spokesman said": the person last named who holds the role before the possessive. */
function possessorRoleSpokenFor(m: Mention, register: Register): SpeakerRef | null {
  const x = /^(?:[Tt]he)\s+((?:[a-z-]+\s+){0,2}[a-z-]+)['’]s?\s+(.+)$/u.exec(m.text);
  const words = x?.[1]!.split(/\s+/) ?? [];
  const head = words[words.length - 1];
  if (!x || !head || !ROLE_NOUNS.has(head) || SPEAKING_FOR.test(head)) return null;
  const role: Mention = { ...m, text: `the ${x[1]}`, head, role: x[1]!, modifiers: words.slice(0, -1), end: m.start + 4 + x[1]!.length };
  const e = register.lastWithRole(role, m.start);
  return e ? { name: e.name, role: x[2]!, type: 'person' } : null;
}

/**
 * "She asked Roe what …", "he told Lee that …": the person named right after the cue, as its
 * object, when that is the one the pronoun was resolved to.
 */
function addressedPerson(c: Candidate, speaker: SpeakerRef, register: Register): Entity | null {
  const e = register.get(speaker.name);
  if (!e || !c.cue) return null;
  const cueEnd = c.cue.end;
  return e.positions.some((x) => x > cueEnd && x <= cueEnd + 2) ? e : null;
}

/**
 * "A spokesman for Acme said … The spokesman added …", "A senior official said … The official,
 * who …, said": a definite role phrase takes the speaker of the last statement, in this paragraph
 * or the two before, whose speaker phrase holds the same role noun.
 */
function sameRoleBefore(m: Mention, out: Candidate[], paragraph: number): SpeakerRef | null {
  if (!m.definite || m.plural || !m.head || POSSESSED.test(m.text) || !/^(the|this|that)\s/i.test(m.text)) return null;
  const head = new RegExp(`\\b${m.head}\\b`, 'i');
  for (let i = out.length - 1; i >= 0; i--) {
    const o = out[i]!;
    if (o.paragraph < paragraph - 2) break;
    if (o.speaker && o.mention && o.mention.start < m.start && head.test(o.mention.text) && o.mention.text !== m.text) return o.speaker;
  }
  return null;
}
/** "ambassador to Vela", "the envoy to the talks": a diplomat and where they are posted. */
const DIPLOMAT_POSTED = /\b(ambassador|ambassadors|envoy|envoys|emissary|emissaries)\s+to\s/i;
/** Roles of people who speak for, assist or serve someone else. */
const ASSISTING_ROLES = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'aide', 'aides', 'adviser', 'advisor', 'assistant', 'staffer', 'official',
  'officer', 'member', 'lawyer', 'attorney', 'physician', 'doctor', 'secretary', 'general', 'manager', 'strategist',
  'director', 'representative', 'source', 'agent', 'deputy', 'counsel', 'surrogate', 'volunteer', 'organizer',
]);


/**
 * "Sen. Ann Lee identified the issue. “Q.”": a quotation standing alone
 * after a sentence of the same paragraph that names a person as its subject
 * and holds no statement belongs to that person.
 */
function introducingSubject(c: Candidate, prev: Candidate | undefined, sentences: SentenceCtx[]): Mention | null {
  // the quotation's own sentence when writer's words open it, else the sentence before
  const own = sentences[c.seq];
  const opensOwn = !!own && own.tokens[0]!.start < c.start && own.tokens[0]!.type !== 'quote';
  const before = opensOwn ? own : sentences[c.seq - 1];
  if (!before || before.paragraph.index !== c.paragraph || (prev && prev.seq >= before.seq)) return null;
  const subj = sentenceSubject(before.tokens);
  return subj && subj.kind === 'name' ? subj : null;
}

/**
 * "While the unions push for a raise, Ann Lee has won voters by promising C": a statement in the
 * subordinate clause opening the sentence has its own subject; a participle of the main clause
 * after it does not take that statement's speaker.
 */
function inOpeningClause(prev: Candidate, c: Candidate, sentences: SentenceCtx[]): boolean {
  const toks = sentences[c.seq]?.tokens ?? [];
  const main = mainClauseStart(toks);
  const at = toks[main]?.start ?? -1;
  return main > 0 && !!prev.cue && !!c.cue && prev.cue.start < at && c.cue.start > at;
}

/**
 * "Since Ann Lee's speech in May, she has …", "When Tom Roe took the stage, he said …": a pronoun
 * opening the main clause stands for the person named first in the subordinate clause before it.
 */
function openingClausePerson(m: Mention, sentences: SentenceCtx[], register: Register, g: Gender): Entity | null {
  const toks = sentences.find((x) => x.tokens[0]!.start <= m.start && x.tokens[x.tokens.length - 1]!.end >= m.end)?.tokens ?? [];
  const main = mainClauseStart(toks);
  if (main <= 0 || toks[main]!.start !== m.start || !/^(when|while|after|before|although|though|as|because|since|once|in)$/.test(toks[0]!.lower) || main < 4) return null;
  // ("After Lee attacked him, he said …": another person the clause points to may be meant)
  if (toks.slice(1, main).some((t) => t.type === 'word' && pronounGender(t.lower) !== null && compatible(pronounGender(t.lower), g))) return null;
  return register.lastPerson(toks[4]!.start, g, toks[1]!.start - 1);
}

/**
 * "Acme hired Mr. Roe as its adviser. He said …", "The board asked Ann Lee to stay. She agreed …": a
 * he/she opening a sentence stands for the one person of that gender the sentence before it (in the same
 * paragraph) names, when that person is not its subject and no pronoun of that gender stands in it.
 */
function personBesideSubject(m: Mention, c: Candidate, sentences: SentenceCtx[], register: Register, g: Gender, accept: (e: Entity) => boolean): Entity | null {
  const sent = sentences[c.seq]?.tokens.some((t) => t.start === m.start) ? sentences[c.seq]! : sentences.find((x) => x.tokens.some((t) => t.start === m.start));
  if (!sent || !g) return null;
  const lead = /^(but|and|yet|so|then|later|still)$/i.test(sent.tokens[0]?.text ?? '') ? 1 : 0;
  if (sent.tokens[lead]?.start !== m.start) return null;
  const prev = sent.prev;
  if (!prev || prev.paragraph !== sent.paragraph || !prev.tokens.length) return null;
  const from = prev.tokens[0]!.start, to = prev.tokens[prev.tokens.length - 1]!.end;
  if (prev.tokens.some((t) => t.type === 'word' && pronounGender(t.lower) === g)) return null;
  const inPrev = (e: Entity) => e.positions.filter((p) => p >= from && p < to);
  const people = register.entities.filter((e) => e.type === 'person' && e.gender === g && accept(e) && inPrev(e).length);
  if (people.length !== 1 || inPrev(people[0]!).some((p) => register.subjects.has(p))) return null;
  // (nor when a person of another gender or no known gender is the sentence's subject: "Lee told Mr. Roe …")
  const subjectPerson = register.entities.some((e) => e.type === 'person' && accept(e) && inPrev(e).some((p) => register.subjects.has(p)));
  if (subjectPerson) return null;
  // (only one whom a verb of asking set to act: "asked Mr. Roe to stay", "urged Ann Lee to run"; another named
  // in passing is a topic, and the speaker before goes on)
  const toks = prev.tokens;
  const controlled = inPrev(people[0]!).some((p) => {
    let a = toks.findIndex((t) => t.start === p);
    let b = a;
    while (b < toks.length && /^\p{Lu}/u.test(toks[b]!.text)) b++;
    if (/^(mr|mrs|ms|dr)\.?$/i.test(toks[a - 1]?.text ?? '')) a--;
    return a > 0 && OBJECT_CONTROL.test(toks[a - 1]!.lower) && toks[b]?.lower === 'to';
  });
  return controlled ? people[0]! : null;
}
const OBJECT_CONTROL = /^(asked|told|urged|invited|persuaded|pressed|encouraged|convinced|begged|implored|called|hired|named|appointed|chose|picked|tapped|wanted|allowed|ordered|directed|instructed)$/;

/**
 * "Although he called the market tough, Mr. Roe forecast gains": a he/she right after the word opening a
 * subordinate clause points ahead to the person named first in the main clause.
 */
function cataphoricPerson(m: Mention, sentences: SentenceCtx[], register: Register, g: Gender): Entity | null {
  const toks = sentences.find((x) => x.tokens[0]!.start <= m.start && x.tokens[x.tokens.length - 1]!.end >= m.end)?.tokens ?? [];
  if (toks[1]?.start !== m.start || !/^(when|while|after|before|although|though|as|because|since|once|if)$/.test(toks[0]!.lower)) return null;
  // the comma closing the clause (a quotation's own comma may close it: 'called it "tough," Mr. Roe …'),
  // then the name opening the main clause (a title may stand before it)
  for (let i = 3; i < Math.min(toks.length - 1, 40); i++) {
    const t = toks[i]!;
    if (/^[.;:!?]$/.test(t.text)) return null;
    if (t.text !== ',' && !(t.type === 'quote' && /,\P{L}*$/u.test(t.text))) continue;
    const from = toks[i + 1]!.start;
    const to = toks[Math.min(toks.length - 1, i + 3)]!.start;
    return register.entities.find((x) => x.type === 'person' && compatible(x.gender, g) && x.positions.some((p) => p >= from && p <= to)) ?? null;
  }
  return null;
}

/**
 * "The Lee campaign", "Lee’s campaign", "Mrs. Lee's presidential campaign": a candidate's campaign
 * is named after the candidate's full name, one name for all the ways of writing it
 * ("Ann Lee campaign").
 */
function campaignName(label: string, register: Register): string | null {
  const m = /^(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}?\p{Lu}[\p{L}'’-]*?)(?:['’]s?)?\s+(?:presidential\s+|reelection\s+|re-election\s+)?campaign$/u.exec(label);
  if (!m) return null;
  const words = m[1]!.split(/\s+/).filter((w) => !TITLE_WORDS.has(w.toLowerCase()));
  if (!words.length) return null;
  const canon = register.canonical(words.join(' '));
  const e = register.get(canon.name);
  return e && e.type === 'person' ? `${e.name} campaign` : null;
}

function anonymous(m: Mention): SpeakerRef {
  // ("The Tilbury, Vt., creamery": the town's state is dropped, the town stays a modifier of the noun)
  const text = m.text.replace(/^((?:[Tt]he|[Aa]n?)(?: \p{Lu}[\p{L}'’-]*){1,2}), (?:\p{Lu}[a-z]{0,4}\.)+, (?=[a-z])/u, '$1 ');
  const name = groupLabel(text).replace(/^(The|A|An|Some|Several|Many|Other|Two|Three)\b/, (w) => w.toLowerCase());
  return { name, role: null, type: 'anonymous' };
}

/**
 * The name under which a group or an organisation is listed: its noun phrase
 * without the apposition, relative clause or participle that the mention may
 * carry ("an official, speaking on condition of anonymity" → "an official";
 * "the campaign, which has been …" → "the campaign"). The whole mention stays
 * in `speakerMention`.
 */
function groupLabel(text: string): string {
  const words = text.replace(/^[\s,;:—–-]+/, '').replace(/,$/, '').split(/\s+/);
  let end = words.length;
  // ("maker of tools, pumps and valves": a comma of a series of plain words before "and" cuts nothing)
  const series = (i: number) => /^[a-z][a-z-]*,$/.test(words[i - 1]!) && words.slice(i, i + 4).some((w, x) => x > 0 && /^(and|or)$/.test(w) && words.slice(i, i + x).every((v) => /^[a-z][a-z-]*,?$/.test(v) && !/^(who|which|that|whose|whom)$/.test(v)));
  // ("Democrats trying to …": a plural noun alone before a participle)
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if (series(i)) continue;
    if (/[,(—–]$/.test(words[i - 1]!) || /^[(—–]/.test(w) || (/^(who|which|that|whose|whom|while|including|because|after|when)$/i.test(w) && !/^of$/i.test(words[i - 1]!)) || ((i >= 2 || (i === 1 && /^\p{Lu}?[a-z-]{2,}s$/u.test(words[0]!) && !/(ss|us|is)$/.test(words[0]!))) && /^[a-z]+ing$/.test(w) && !/^(during|according)$/.test(w) && !(i === words.length - 1 && DOCUMENT_NOUNS.has(w)) && !/^(the|a|an|his|her|their|its|and|or)$|['’]s$/i.test(words[i - 1]!))) {
      end = i;
      break;
    }
  }
  return words.slice(0, end).join(' ').replace(/[,(—–]+$/, '').trim() || text;
}

/**
 * “P1¶“P2,” X said.: a quotation with no cue left open at the end of its paragraph goes on in the
 * quotation opening the next paragraph; when that one names its speaker after it, the quotation is
 * one statement of that speaker's over both paragraphs (over several: “P1¶“P2¶“P3,” X said.).
 * Not when the open quotation itself goes on from an attributed one left open before it
 * (X said: “P0¶“P1¶…): that run is joined forward, in resolveSpeakers.
 */
/** The opening mark of the quotation that opens the statement's paragraph ('“', '"'), or null when the paragraph opens otherwise. */
function paragraphOpeningMark(c: Candidate, sentences: SentenceCtx[]): string | null {
  const sent = sentences[c.seq];
  const first = sent?.tokens[0];
  // (the statement's last part is in the sentence `seq`; an earlier part may have been joined before it)
  if (!sent || sent.index !== 0 || first?.type !== 'quote' || first.start > c.spans[c.spans.length - 1]![0]) return null;
  return sent.paragraph.text[first.start - sent.paragraph.start] ?? null;
}

export function joinOpenQuotationsBackward(cands: Candidate[], sentences: SentenceCtx[]): Candidate[] {
  const out = [...cands];
  for (let i = out.length - 2; i >= 0; i--) {
    const c = out[i]!;
    const d = out[i + 1]!;
    if (!c.floating || c.kind !== 'direct' || !c.unclosed || c.mention) continue;
    if (d.kind !== 'direct' || !d.cueAfter || d.paragraph !== (c.lastParagraph ?? c.paragraph) + 1) continue;
    // (each quotation opens its paragraph, with the same mark: one after other words of its paragraph goes on from
    // those, and a stray straight mark before a curly one is no quotation going on)
    // (or the one after closes it with no opening mark: “P1¶P2,” X said.)
    const mark = paragraphOpeningMark(c, sentences);
    if (!mark || (mark !== paragraphOpeningMark(d, sentences) && !d.continuesOpen)) continue;
    // (back over open quotations with no cue, paragraph by paragraph: an attributed one left open starts the run)
    let k = i - 1;
    let para = c.paragraph;
    while (k >= 0 && out[k]!.kind === 'direct' && out[k]!.unclosed && (out[k]!.lastParagraph ?? out[k]!.paragraph) === para - 1 && out[k]!.floating && !out[k]!.mention) para = out[k--]!.paragraph;
    const head = out[k];
    if (head && head.kind === 'direct' && head.unclosed && (head.lastParagraph ?? head.paragraph) === para - 1) continue;
    out[i + 1] = { ...d, spans: [...c.spans, ...d.spans], text: `${c.text} … ${d.text}`, start: c.start, paragraph: c.paragraph, lastParagraph: d.lastParagraph ?? d.paragraph };
    out.splice(i, 1);
  }
  return out;
}

/** The index where a sentence's subject may start: past an opening connective and its comma ("Still, Acme …"). */
function pastConnective(toks: Token[]): number {
  return /^(still|however|moreover|meanwhile|also|separately|but|and)$/i.test(toks[0]?.text ?? '') ? (toks[1]?.text === ',' ? 2 : 1) : 0;
}

/** "the company", "the Dover maker of valves", "the thrift": a definite description of one company, with no name of its own. */
function companyDescription(m: Mention, before: string): boolean {
  // (also after a town and its state that the mention left out: "The Dover, Del., maker of valves said")
  if (!m.head || !COMPANY_HEADS.test(m.head) || m.plural || !(/^the\s/i.test(m.text) || (/^[a-z]/.test(m.text) && /(?:^|\s)[Tt]he (?:\p{Lu}[\p{L}.-]*\s)*\p{Lu}[\p{L}.-]*, (?:\p{Lu}[\p{L}.]*\s)*\p{Lu}[\p{L}.]*, $/u.test(before)))) return false;
  return m.kind === 'anonymous' || (m.kind === 'org' && /^[a-z]/.test(m.name!.split(/\s+/).pop() ?? ''));
}

/**
 * "Acme fell 2 to 31.", "Acme Medical rose after …": a name opening a sentence before its verb, which may
 * name a company: no person the article knows (no first name, no title), no place, no word the article also
 * writes in lower case, no plural; its name as written, else null.
 */
function companySubject(toks: Token[], register: Register): { name: string; pos: number } | null {
  // (after a connective and its comma: "Still, Acme's profit fell")
  let i = pastConnective(toks);
  const from = i;
  while (i < toks.length && i < from + 4 && toks[i]!.type === 'word' && /^\p{Lu}/u.test(toks[i]!.text)) i++;
  const next = toks[i];
  // (its verb after it, or "Acme, which …")
  const verbNext = next?.type === 'word' && /^[a-z]/.test(next.text) && !/^(of|with|in|and|or|to|for|at|on|from|by|as|who|which|that|whose|the|a|an)$/.test(next.lower);
  if (i === from || !(verbNext || (next?.text === ',' && toks[i + 1]?.lower === 'which'))) return null;
  const words = toks.slice(from, i).map((t) => t.text);
  const first = toks[from]!;
  if ((i === from + 1 ? NOT_NAME_WORDS.has(first.lower) : /^(the|a|an|this|that|these|those|his|her|its|their|our|in|on|at|for|with|by|from|after|before|when|while|if|as)$/.test(first.lower)) || TITLE_WORDS.has(first.lower.replace(/\.$/, '')) || isGivenName(words[0]!) || /ly$/.test(first.lower) && i === from + 1) return null;
  if (words.some((w) => PLACES.has(w.toLowerCase())) || (i === from + 1 && (register.commonWords.has(first.lower) || /[^'’]s$/.test(words[0]!)))) return null;
  // (nor a word of time: "Early this week, the firm wrote …")
  if (i === from + 1 && /^(late|early|earlier|later|last|next|recently|today|yesterday|tonight|now|then|meanwhile|overall)$/i.test(first.text)) return null;
  const name = words.join(' ').replace(/['’]s?$/u, '');
  const canon = register.canonical(name).name;
  const e = register.get(canon);
  // (a person's surname: "Ann Lee … Lee worked at Acme")
  if (e?.type === 'person' && (e.gender || isGivenName(e.name.split(/\s+/)[0]!) || canon !== name)) return null;
  return { name, pos: first.start };
}

/** The capitalised names of a sentence (runs of capitalised words, without a possessive), which may name companies. */
function capitalisedRuns(toks: Token[], register: Register): string[] {
  const runs: string[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (toks[i]!.type !== 'word' || !/^\p{Lu}/u.test(toks[i]!.text)) continue;
    let j = i;
    while (j < toks.length && toks[j]!.type === 'word' && /^\p{Lu}/u.test(toks[j]!.text)) j++;
    const words = toks.slice(i, j).map((t) => t.text);
    if (!(words.length === 1 && (NOT_NAME_WORDS.has(toks[i]!.lower) || register.commonWords.has(toks[i]!.lower)))) runs.push(words.join(' ').replace(/['’]s?$/u, ''));
    i = j - 1;
  }
  return runs;
}

/**
 * "Black Lives Matter", "Safety Check": a name taken for a person's that is more likely a group's or a thing's (no
 * gender known, no known first name, and its first and last words ones the article also writes in lower case) is not
 * what "he" or "she" stands for.
 */
function pronounAntecedent(e: Entity | undefined, register: Register): boolean {
  if (!e || e.gender) return true;
  const words = e.name.split(/\s+/);
  return words.length < 2 || isGivenName(words[0]!) || !register.commonWords.has(words[0]!.toLowerCase()) || !register.commonWords.has(words[words.length - 1]!.toLowerCase());
}

/**
 * "… rubbished Roe's claim to C": a statement whose speaker is named by a possessive that does not open its
 * sentence (the possessor is a topic there, not the subject).
 */
function possessedInside(o: Candidate, sentenceStarts: Set<number>): boolean {
  return !!o.mention && (o.mention.kind === 'name' || o.mention.kind === 'org') && /['’]s?$/.test(o.mention.text.trim()) && !sentenceStarts.has(o.mention.start);
}

/**
 * "The vote prompted Tom Roe to drop his objection to C", "The crowd booed Lee as she argued C": a pronoun
 * after the main clause's subject picks up a person of its gender named before it in that clause, the
 * subject first, else the nearest one, rather than the speaker of an earlier sentence (names in an opening
 * adverbial, in the statement itself or in an earlier statement of the sentence do not count).
 */
function sentencePerson(m: Mention, c: Candidate, out: Candidate[], sentences: SentenceCtx[], register: Register, g: Gender): Entity | null {
  const sent = sentences[c.seq]?.tokens.some((t) => t.start === m.start) ? sentences[c.seq]! : sentences.find((x) => x.tokens.some((t) => t.start === m.start));
  if (!sent) return null;
  const toks = sent.tokens;
  const at = toks.findIndex((t) => t.start === m.start);
  const main = mainClauseStart(toks);
  const from = toks[Math.max(0, main)]!.start;
  if (at <= Math.max(0, main)) return null;
  // (not when the clause's subject is the pronoun itself, a role or a pronoun, "The senator thanked Lee, but he said …",
  // nor after a pronoun of the same gender in the clause, which the later one goes on from)
  const subj = sentenceSubject(toks);
  if (subj && (subj.start === m.start || subj.kind === 'pronoun' || subj.kind === 'role')) return null;
  if (toks.slice(Math.max(0, main), at).some((t) => t.type === 'word' && /^(he|she|him|her|his)$/.test(t.lower) && pronounGender(t.lower) === g)) return null;
  const skip: [number, number][] = [...c.spans];
  for (const o of out) if (o.seq === c.seq || (o.start >= toks[0]!.start && o.start < m.start)) skip.push(...o.spans);
  const ok = (e: Entity) => pronounAntecedent(e, register);
  // (one named only by a word alone, its gender unknown, may be no person: "One of his sons is a Marine")
  return register.lastPerson(m.start, g, from - 1, true, skip, ok) ?? register.lastPerson(m.start, g, from - 1, false, skip, (e) => ok(e) && (!!e.gender || /\s/.test(e.name)));
}

/**
 * "Ann Lee and other experts", "Mr. Lee and others", "he and other rivals": a person, named or
 * meant by "he" or "she", coordinated with others like them; the person, read as the mention (its text and
 * span still the whole phrase's), else null.
 */
function leadBeforeOthers(m: Mention, c: Candidate, sentences: SentenceCtx[], register: Register): Mention | null {
  if (!/\sand\s+others?(\s|$)/i.test(m.text)) return null;
  const sent = sentences[c.seq]?.tokens.some((t) => t.start === m.start) ? sentences[c.seq]! : sentences.find((x) => x.tokens.some((t) => t.start === m.start));
  const toks = sent?.tokens.filter((t) => t.start >= m.start && t.end <= m.end) ?? [];
  const and = toks.findIndex((t) => t.lower === 'and');
  if (and <= 0 || !/^others?$/.test(toks[and + 1]?.lower ?? '')) return null;
  const first = parseMention(toks.slice(0, and));
  if (!first || !(first.kind === 'name' || (first.kind === 'pronoun' && (first.head === 'he' || first.head === 'she')))) return null;
  // (a word alone is a person's name only when the article knows that person: "Investors and others" are no one named)
  if (first.kind === 'name' && !/\s/.test(first.name!) && !first.role && register.get(register.canonical(first.name!).name)?.type !== 'person') return null;
  return { ...first, text: m.text, start: m.start, end: m.end };
}

/** "the senior Lee adviser", "a Roe campaign aide": a role of serving someone, with that one's name among its modifiers. */
function servesNamed(m: Mention): boolean {
  if (!ASSISTING_ROLES.has(m.head ?? '')) return false;
  const words = m.text.trim().split(/\s+/);
  return words.slice(1, -1).some((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !TITLE_WORDS.has(w.toLowerCase()) && !/^(Republican|Democratic|Democrat|White|State|Senate|House|National|Federal|Justice|Defense|Treasury|Pentagon|Congressional|Trade|Foreign|Press)$/.test(w));
}

export function resolveSpeakers(candidates: Candidate[], register: Register, cataphora: Map<number, string>, sentences: SentenceCtx[]): Candidate[] {
  const out: Candidate[] = [];
  const cands = joinOpenQuotationsBackward(candidates, sentences);
  const paragraphs = [...new Set(sentences.map((s) => s.paragraph))];
  // (where sentences start, past a connective and its comma: "Still, Acme …")
  const sentenceStarts = new Set(sentences.map((s) => s.tokens[pastConnective(s.tokens)]?.start ?? -1));
  // the company a description ("the company said", "the Dover maker of valves") refers back to, of those the article
  // has named before it: its own capitalised names (a corporate word ends the name, or its wording shows a company),
  // organisations in the register and the speakers so far
  const companyMemo = new Map<string, boolean>();
  const company = (mention: Mention, c: Candidate): SpeakerRef | null => {
    // ("the big paper, timber and printing company": a series of modifiers, split at its commas, ends in the head;
    // a nationality may open it, and a stray comma may close it, "the Danish paper, packaging and printing concern, said")
    const series = /^[Tt]he(?: [A-Za-z][a-z-]*)+(?:, [a-z][a-z-]*(?: [a-z][a-z-]*)*)+,? (?:and|or) (?:[a-z][a-z-]* )*([a-z]+)$/.exec(mention.text.replace(/,$/, ''));
    const m = series && mention.kind === 'anonymous' ? { ...mention, head: series[1]!, plural: false } : mention;
    // (the head word first: most organisation mentions are names, and finding the sentence costs a scan)
    if (!m.head || !COMPANY_HEADS.test(m.head) || m.plural) return null;
    const sent = sentences.find((s) => s.tokens.some((t) => t.start === m.start));
    if (!sent || !companyDescription(m, sent.paragraph.text.slice(Math.max(0, m.start - sent.paragraph.start - 60), m.start - sent.paragraph.start))) return null;
    const names = [...register.entities.filter((e) => e.type === 'organisation').map((e) => e.name), ...out.map((o) => o.speaker?.type !== 'anonymous' ? o.speaker?.name ?? '' : '').filter(Boolean)];
    for (const s of sentences) if (s.seq <= sent.seq) names.push(...capitalisedRuns(s.tokens.filter((t) => t.start < m.start), register));
    // the subjects of the sentences of its paragraph, where they name no person ("Acme fell 2 to 31.")
    const subjects: { name: string; pos: number }[] = [];
    const near = paragraphs[Math.max(0, paragraphs.indexOf(sent.paragraph) - 2)]!;
    for (const s of sentences) {
      if (s.paragraph !== sent.paragraph || s.seq > sent.seq) continue;
      const subj = companySubject(s.tokens, register);
      if (subj && subj.pos < m.start) subjects.push(subj);
    }
    const name = companyReferent(m.start, { sentence: sent.tokens[0]!.start, paragraph: sent.paragraph.start, near: near.start }, paragraphs, names, subjects, sentenceStarts, c.spans, out.map((o) => o.speaker?.name ?? ''), companyMemo);
    return name ? { name, role: null, type: 'organisation' } : null;
  };
  // ("Acme's chief, Ann Lee, … She said": "he" and "she" stand for people, never for a name the article shows to be an organisation's)
  const articleText = paragraphs.map((p) => p.text).join('\n');
  const firmMemo = new Map<string, boolean>();
  const firm = (name: string) => {
    let v = firmMemo.get(name);
    if (v === undefined) firmMemo.set(name, (v = organisationEvidence(name, articleText)));
    return v;
  };
  const antecedent = (e: Entity | undefined) => pronounAntecedent(e, register) && (!e || !firm(e.name));
  // (of the gender a role gives: "the businessman" is not the woman who spoke last)
  const lastPersonStatement = (para: number, maxBack: number, g: Gender = null, role: Mention | null = null): SpeakerRef | null => {
    for (let i = out.length - 1; i >= 0; i--) {
      const c = out[i]!;
      if (c.paragraph < para - maxBack) break;
      // (a speaker the article gives another office is passed over: "the mayor" after a teacher's statement)
      if (c.speaker && c.speaker.type === 'person' && role && officeConflict(c.speaker.role ?? register.get(c.speaker.name)?.role ?? null, role)) continue;
      if (c.speaker && c.speaker.type === 'person') return compatible(register.genderOf(c.speaker.name), g) ? c.speaker : null;
    }
    return null;
  };
  const person = (name: string, role: string | null): SpeakerRef => {
    const canon = register.canonical(name, role ?? '');
    const e = register.get(canon.name);
    return { name: canon.name, role: role ?? canon.role ?? e?.role ?? null, type: canon.type ?? 'person' };
  };
  // a name or an organisation's name
  const named = (m: Mention, c: Candidate): SpeakerRef => {
    if (m.kind === 'name') {
      // "Delegates asked …": a common word capitalised at the start of a sentence names no one
      // (not the surname of a full name the article gave: "Tom Day … Day said"; or of an earlier speaker's full name the
      // register did not take, "“…,” said Kiri Day. … Day said")
      if (!/\s/.test(m.text.trim()) && register.commonWords.has(m.text.trim().toLowerCase()) && !register.hasSurname(m.text.trim())) {
        const word = m.text.trim();
        const full = [...new Set(out.filter((o) => o.speaker?.type === 'person' && o.speaker.name.split(/\s+/).length > 1 && o.speaker.name.split(/\s+/).pop() === word).map((o) => o.speaker!.name))];
        return full.length === 1 ? person(full[0]!, m.role) : anonymous(m);
      }
      return person(m.name!, m.role);
    }
    // ("Bond traders said", "The Miami relatives …, saying": a word the article also writes in lower case, or a place,
    // capitalised before a plural noun of people, names no organisation; the people speak)
    const parts = m.text.replace(/^(the|The)\s+/, '').split(/\s+/);
    // (or a word capitalised only because it opens the sentence, which the article never writes again: "Fund managers said")
    const once = () => sentenceStarts.has(m.start) && sentences.reduce((n, s) => n + s.tokens.filter((x) => x.text === parts[0]).length, 0) === 1;
    if (parts.length === 2 && /^\p{Lu}\p{Ll}+$/u.test(parts[0]!) && /^[a-z]+$/.test(parts[1]!) && (pluralAgentNoun(parts[1]!) || ANONYMOUS_HEADS.has(parts[1]!)) && !DOCUMENT_WORDS.test(parts[1]!) && (((register.commonWords.has(parts[0]!.toLowerCase()) || PLACES.has(parts[0]!.toLowerCase())) && !register.get(parts[0]!)) || once())) {
      return anonymous({ ...m, kind: 'anonymous', head: parts[1]!, plural: true, definite: /^the\s/i.test(m.text) });
    }
    const co = company(m, c);
    if (co) return co;
    const canon = register.canonical(m.name!);
    // ("the Obama …" cut short: a name after "the" that the article gives a person is that person)
    if (m.definite && register.get(canon.name)?.type === 'person') return person(canon.name, null);
    const label = groupLabel(canon.name);
    return { name: campaignName(label, register) ?? label, role: null, type: 'organisation' };
  };
  for (const c of cands) {
    let m = c.mention;
    let speaker: SpeakerRef | null = null;
    if (c.inherit === 'previous' && !m) {
      const prev = out[out.length - 1];
      // a continuation of a quotation split around its cue joins it
      const continued = continuedStatement(out, c);
      if (continued) {
        joinContinuation(continued, c);
        continue;
      }
      if (c.continuationOnly) continue;
      // a floating quotation right after a sentence about a named person that reports nothing is that person's
      const introduced = introducingSubject(c, prev, sentences);
      if (introduced && prev && prev.paragraph >= c.paragraph - 1 && prev.speaker) {
        c.speaker = person(introduced.name!, introduced.role);
        c.mention = null;
        out.push(c);
        continue;
      }
      // a floating quotation takes the speaker of the statement before it; with no one to take it from, it is left out
      if (prev && prev.paragraph >= c.paragraph - 1 && prev.speaker) {
        c.speaker = prev.speaker;
        if (prev.coSpeakers) c.coSpeakers = prev.coSpeakers;
        c.mention = null;
        out.push(c);
      }
      continue;
    }
    if (c.inherit === 'main' && !m) {
      const prev = out[out.length - 1];
      // (one with no speaker, "Lee didn't seem impressed, telling reporters …", leaves it to the sentence's subject)
      if (prev && prev.seq === c.seq && !inOpeningClause(prev, c, sentences) && (prev.speaker || prev.mention)) {
        c.speaker = prev.speaker ?? null;
        if (prev.coSpeakers) c.coSpeakers = prev.coSpeakers;
        c.mention = prev.mention;
        out.push(c);
        continue;
      }
      // no statement before it in the sentence: the subject of the sentence speaks
      const sent = sentences[c.seq];
      const subj = (sent ? sentenceSubject(sent.tokens) ?? commonNounSubject(sent.tokens, c) ?? participleClauseSubject(sent.tokens, c) : null) ?? c.fallback ?? null;
      c.inherit = undefined;
      // ("It is important to note that C": the writer's own aside, kept with no speaker)
      if (!subj && sent && sent.tokens.some((_t, x) => x < 4 && emptyItAt(sent.tokens, x))) {
        c.mention = null;
        out.push(c);
        continue;
      }
      // a quotation stays even when its speaker cannot be found
      if (!subj && c.kind !== 'direct') continue;
      c.mention = subj;
      m = subj;
    }
    if (!m && !c.inherit && !c.unattributed && c.cue) {
      m = subjectBeforeCue(c, sentences);
      c.mention = m;
    }
    // ("Urging Kelbo directors to act, Vantor said C": a reporting participle opening the sentence, read with its object
    // as the speaker; the subject of the main clause after the participle clause speaks)
    if (m && c.cue && m.start <= c.cue.start && c.cue.start < m.end && /^\p{Lu}\p{Ll}{2,}ing$/u.test(c.cue.text ?? '')) {
      const toks = sentences[c.seq]?.tokens ?? [];
      const after = c.spans[c.spans.length - 1]![1];
      let i = toks.findIndex((t) => t.start >= after);
      while (i >= 0 && i < toks.length && toks[i]!.type !== 'word') i++;
      let j = i;
      while (i >= 0 && j < toks.length && j < i + 4 && toks[j]!.type === 'word' && /^\p{Lu}/u.test(toks[j]!.text)) j++;
      const subj = i >= 0 && j > i && /^[a-z]+$/.test(toks[j]?.text ?? '') ? parseMention(toks.slice(i, j)) : null;
      m = subj && (subj.kind === 'name' || subj.kind === 'org') ? subj : null;
      c.mention = m;
    }
    // "Lee and Roe said C": the first of coordinated names is the speaker, the others speak with it
    let others: Mention[] = [];
    if (m && (m.kind === 'name' || m.kind === 'org')) {
      const split = coordination(m, c, sentences, register);
      if (split) {
        m = split.first;
        c.mention = m;
        others = split.others;
      }
    }
    // "Ann Lee and other experts say C", "Lee and others say C", "he and other rivals complained": the one named first speaks
    if (m && m.kind !== 'name' && m.kind !== 'org') {
      const lead = leadBeforeOthers(m, c, sentences, register);
      if (lead) {
        m = lead;
        c.mention = m;
      }
    }
    if (m) {
      switch (m.kind) {
        case 'name':
        case 'org':
          speaker = named(m, c);
          break;
        case 'pronoun': {
          if (m.head === 'he' || m.head === 'she') {
            const g = pronounGender(m.head);
            const fits = (sp: SpeakerRef | null) => !!sp && sp.type === 'person' && compatible(register.genderOf(sp.name), g) && pronounAntecedent(register.get(sp.name), register) && !firm(sp.name);
            // the speaker of the statement before, unless someone else was named since
            // ("Lee scoffed at Roe's claim to C. “Q,” he said": one whose noun of speech an earlier sentence's subject
            // talks about, named by a possessive inside that sentence, is not who the pronoun picks up)
            let prev: Candidate | null = null;
            for (let i = out.length - 1; i >= 0; i--) {
              const o = out[i]!;
              if (o.paragraph < c.paragraph - 3) break;
              if (fits(o.speaker ?? null) && !(o.seq < c.seq && possessedInside(o, sentenceStarts))) { prev = o; break; }
            }
            const since = prev ? Math.max(prev.spans[prev.spans.length - 1]![1], prev.mention?.end ?? 0, prev.cue?.end ?? 0) : -1;
            // the people the statement itself talks about are not its speaker ("Lee isn't ready, he said")
            // (when the one named since is an organisation's name, a person named since elsewhere in the sentence)
            const named = register.lastPerson(m.start, g, since, true, c.spans, antecedent)
              ?? (register.lastPerson(m.start, g, since, true, c.spans) ? register.lastPerson(m.start, g, since, false, c.spans, antecedent) : null);
            const prevParaStart = sentences.find((x) => x.paragraph.index >= c.paragraph - 1)?.paragraph.start ?? 0;
            const opening = openingClausePerson(m, sentences, register, g) ?? cataphoricPerson(m, sentences, register, g);
            // ("A spokeswoman for Acme said C. She said D": the unnamed spokeswoman spoke for the organisation
            // both times, when no one of her gender is named in between)
            const last = out[out.length - 1];
            const spokes = last && last.paragraph >= c.paragraph - 1 && last.speaker?.type === 'organisation' && last.mention
              && (m.head === 'she' ? SPOKESWOMAN_FOR : SPOKESMAN_FOR).test(last.mention.text)
              && !register.lastPerson(m.start, g, Math.max(last.spans[last.spans.length - 1]![1], last.mention.end), true, c.spans);
            // ("A company spokeswoman said C. She said D": the same unnamed spokeswoman, when no one of her gender is named in between)
            const unnamed = !spokes && !!last && last.paragraph >= c.paragraph - 1 && last.speaker?.type === 'anonymous' && /^an?\s/i.test(last.speaker.name) && !!last.mention
              && !last.mention.plural && (last.mention.kind === 'role' || last.mention.kind === 'anonymous') && !!g && roleGender(last.mention.head ?? '') === g
              && !register.lastPerson(m.start, g, Math.max(last.spans[last.spans.length - 1]![1], last.mention.end), true, c.spans, (e) => !firm(e.name));
            const inSentence = opening || spokes || unnamed ? null : sentencePerson(m, c, out, sentences, register, g);
            const object = opening || spokes || unnamed || inSentence ? null : personBesideSubject(m, c, sentences, register, g, antecedent);
            if ((spokes || unnamed) && !opening) speaker = last.speaker ?? null;
            else if (opening) speaker = { name: opening.name, role: opening.role, type: 'person' };
            else if (inSentence) speaker = { name: inSentence.name, role: inSentence.role, type: 'person' };
            else if (object) speaker = { name: object.name, role: object.role, type: 'person' };
            else if (named && (!prev || Math.max(...named.positions.filter((x) => x < m.start && !c.spans.some(([a, b]) => x >= a && x < b))) >= prevParaStart) && (!prev || prev.speaker!.name !== named.name)) {
              speaker = { name: named.name, role: named.role, type: 'person' };
            } else if (prev) {
              speaker = prev.speaker!;
            } else {
              const e = register.lastPerson(m.start, g, -1, false, c.spans, antecedent);
              if (e) speaker = { name: e.name, role: e.role, type: 'person' };
            }
            // "She asked Roe what …": the one the verb addresses is not its subject
            const addressed = speaker ? addressedPerson(c, speaker, register) : null;
            if (addressed) {
              const other = register.entities.filter((e) => e !== addressed && e.type === 'person' && compatible(e.gender, g))
                .map((e) => [e, Math.max(-1, ...e.positions.filter((x) => x < m.start))] as const)
                .filter(([, p]) => p >= (sentences.find((x) => x.paragraph.index >= c.paragraph)?.paragraph.start ?? 0))
                .sort((a, b) => b[1] - a[1])[0]?.[0];
              if (other) speaker = { name: other.name, role: other.role, type: 'person' };
            }
          } else if (m.head === 'they' || m.head === 'we' || m.head === 'it') {
            const prev = out[out.length - 1];
            // ("Lee and Roe said C. They added D": "they" and "we" are the speakers of a statement made together)
            const together = m.head !== 'it' && !!prev?.coSpeakers?.length;
            if (prev && prev.paragraph >= c.paragraph - 1 && prev.speaker && (prev.speaker.type !== 'person' || together)) {
              speaker = prev.speaker;
              if (together) c.coSpeakers = prev.coSpeakers;
            }
            // "Inspectors looked at the dam. By noon, they had called it safe …": a plural group that opens
            // this sentence before the pronoun, or the sentence before it, is who "they" are
            else if (m.head === 'they' && m.text.toLowerCase() === 'they') {
              const plural = (x: Mention | null) => !!x && x.kind === 'anonymous' && x.plural && x.head !== 'they' && !/^(some|many|others|few|several|both|all)$/.test(x.head ?? '');
              const own = sentences[c.seq] ? pluralOpeningSubject(sentences[c.seq]!.tokens) : null;
              const before = sentences[c.seq - 1] && sentences[c.seq - 1]!.paragraph.index >= c.paragraph - 1 ? pluralOpeningSubject(sentences[c.seq - 1]!.tokens) : null;
              const earlier = !!own && own.end <= m.start && own.start !== m.start;
              const group = earlier ? (plural(own) ? own : null) : plural(before) ? before : null;
              if (group) speaker = anonymous(group);
            }
            // ("The Acme campaign pressed on with its attacks, saying C", "The Dover growers were blunt in their criticism of C":
            // a possessive pronoun takes the subject opening its own sentence, an organisation for "its", people for "their")
            else if (/^(its|their)$/.test(m.text.toLowerCase())) {
              const toks = sentences[c.seq]?.tokens.some((t) => t.start === m.start) ? sentences[c.seq]!.tokens : null;
              const own = toks ? (m.head === 'they' ? pluralOpeningSubject(toks) : null) ?? sentenceSubject(toks) : null;
              if (own && own.end <= m.start && !c.spans.some(([a, b]) => own.start >= a && own.start < b)) {
                if (m.head === 'it' && own.kind === 'org') speaker = named(own, c);
                else if (m.head === 'they' && own.kind === 'anonymous' && own.plural && !/^(some|many|others|few|several|both|all)$/.test(own.head ?? '')) speaker = anonymous(own);
              }
            }
          }
          break;
        }
        case 'role': {
          // ("the Freedonian ambassador to Vela": a diplomat described by the country of the posting is someone the
          // article names with that role or no one; not the last person or speaker, whatever their office)
          const posted = DIPLOMAT_POSTED.test(m.text);
          // "the spokesman added", "the official said": the same one as in a statement just before
          const same = posted ? null : sameRoleBefore(m, out, c.paragraph);
          if (same) { speaker = same; break; }
          // (the people the statement itself talks about are not its speaker: "Lee is wrong, the senator said")
          let e = register.lastWithRole(m, m.start, c.spans) ?? register.nextWithRole(m, m.start, new Set());
          // a holder of the role named only paragraphs back yields to the person the text is about now, whose role is not given
          const recent = e && !m.plural ? staleRoleHolder(e, m, register, sentences, c.paragraph) : null;
          if (recent) e = recent;
          // ("Lee's spokesman said", no spokesman named: the one spoken for)
          const spokenFor = e ? null : possessorSpokenFor(m, register);
          if (e) speaker = { name: e.name, role: e.role, type: 'person' };
          else if (spokenFor) speaker = spokenFor;
          else if (posted) speaker = { name: m.text.replace(/^(The|His|Her|Their|Its)\s+/i, 'the '), role: m.role, type: 'anonymous' };
          else if (!m.plural) {
            // ("Lee's father said", no father named: someone beside the one named, not the last speaker)
            // ("the senior Lee adviser said", "a Roe aide said": one who serves the person named in the role, not the last speaker)
            const kin = /^(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}-]*['’]s?\s/u.test(m.text) || servesNamed(m);
            const ruler = kin ? null : nationalLeader(m, register);
            const prev = kin ? null : ruler ? { name: ruler.name, role: ruler.role, type: 'person' as const } : roleAnaphor(m, register, sentences, c.paragraph) ?? lastPersonStatement(c.paragraph, 2, roleGender(m.head ?? ''), m);
            speaker = prev ?? { name: m.text.replace(/^(The|His|Her|Their|Its)\s+/i, 'the '), role: m.role, type: 'anonymous' };
          }
          break;
        }
        case 'anonymous': {
          const pinned = cataphora.get(m.start);
          const co = pinned ? null : company(m, c);
          if (co) speaker = co;
          else if (pinned) {
            const e = register.get(pinned);
            speaker = { name: pinned, role: e?.role ?? null, type: 'person' };
          } else speaker = anonymous(m);
          break;
        }
      }
    }
    c.speaker = speaker;
    if (speaker && others.length) {
      const co: SpeakerRef[] = [];
      for (const o of others) {
        const sp = named(o, c);
        if (sp.type !== 'anonymous' && sp.name !== speaker.name && !co.some((x) => x.name === sp.name)) co.push(sp);
      }
      if (co.length) c.coSpeakers = co;
      // ("Vela, Dorn Capital and Acme Corp. say": a bare name listed with organisations, or one the article gives no
      // person before, is a firm's short name: news introduces a person by full name before the surname alone)
      if (speaker.type === 'person' && m?.kind === 'name' && !m.role && !/\s/.test(speaker.name) && !speaker.role && !isGivenName(speaker.name) && co.length === others.length && (co.every((x) => x.type === 'organisation') || (!register.hasSurname(speaker.name) && co.every((x) => !x.role)))) {
        speaker = { name: speaker.name, role: null, type: 'organisation' };
        c.speaker = speaker;
      }
    }
    out.push(c);
  }
  return out;
}

/** Does the article write this word, capitalised, before `pos` (a name of its own: "Lee … Lee and Tom Roe said")? */
function namedBefore(word: string, pos: number, sentences: SentenceCtx[]): boolean {
  return sentences.some((s) => (s.tokens[0]?.start ?? Infinity) < pos && s.tokens.some((t) => t.start < pos && t.text === word));
}

/**
 * "Ann Lee and Tom Roe said", "according to Acme and Vela": a speaker mention that coordinates
 * names (see coordinatedNames). The first conjunct read as the mention (its text and span still
 * the whole phrase's), and the names of the others; null for a mention of one speaker.
 */
function coordination(m: Mention, c: Candidate, sentences: SentenceCtx[], register: Register): { first: Mention; others: Mention[] } | null {
  if (!/\band\b/.test(m.text)) return null;
  const own = sentences[c.seq];
  const sent = own && own.tokens.some((t) => t.start === m.start) ? own : sentences.find((s) => s.tokens.some((t) => t.start === m.start));
  if (!sent) return null;
  const toks = sent.tokens.filter((t) => t.start >= m.start && t.end <= m.end);
  // ("Smith and Wesson said": one firm's name)
  const firm = joinedFirm(toks);
  if (firm) return { first: { ...m, kind: 'org', name: firm, role: null }, others: [] };
  const parts = coordinatedNames(toks, register.commonWords);
  const first = parts ? parseMention(parts[0]!) : null;
  if (!parts || !first || (first.kind !== 'name' && first.kind !== 'org')) return null;
  const others: Mention[] = [];
  for (const p of parts.slice(1)) {
    const words = conjunctName(p);
    const o = words ? parseMention(words) : null;
    if (o && (o.kind === 'name' || o.kind === 'org')) others.push(o);
  }
  // ("Treasurer and General Counsel Ann Lee": an office word alone before a second, titled conjunct is
  // one person's first title, when the article names no one by that word)
  const word = first.kind === 'name' && !first.role && !/\s/.test(first.name!) ? first.name! : '';
  const titled = others.length === 1 && others[0]!.kind === 'name' && !!others[0]!.role && /^\p{Lu}\p{Ll}+$/u.test(others[0]!.role!.split(/\s+/)[0]!) ? others[0]! : null;
  if (word && titled && /^\p{Lu}\p{Ll}{3,}(er|or|ary|ent|ant|ist)$/u.test(word) && !isGivenName(word) && !register.hasSurname(word) && !namedBefore(word, m.start, sentences)) {
    return { first: { ...titled, role: `${word} and ${titled.role}`, text: m.text, start: m.start, end: m.end }, others: [] };
  }
  // ("Engineers Ann Lee and Tom Roe said": a plural noun of people before the names is the role of each)
  const lead = first.kind === 'name' ? first.name!.split(/\s+/) : [];
  if (lead.length >= 3 && !first.role && /^\p{Lu}\p{Ll}+s$/u.test(lead[0]!) && !isGivenName(lead[0]!) && pluralAgentNoun(lead[0]!.toLowerCase()) && isGivenName(lead[1]!)) {
    const role = lead[0]!.toLowerCase().replace(/s$/, '');
    first.name = lead.slice(1).join(' ');
    first.role = role;
    for (const o of others) if (o.kind === 'name' && !o.role) o.role = role;
  }
  // ("Ann and Tom Roe said": a first name alone before a full name shares its surname)
  const last = others[others.length - 1];
  const surname = last?.kind === 'name' ? last.name!.split(/\s+/) : [];
  if (first.kind === 'name' && !/\s/.test(first.name!) && !first.role && isGivenName(first.name!) && surname.length === 2 && isGivenName(surname[0]!) && !register.hasSurname(first.name!) && !namedBefore(first.name!, m.start, sentences)) first.name = `${first.name} ${surname[1]}`;
  return { first: { ...first, text: m.text, start: m.start, end: m.end }, others };
}

/**
 * "Investigators have searched …", "The Dover nurses had kept quiet …": a plural noun phrase opening a
 * sentence (a determiner, up to three modifiers, a plural noun) right before its finite verb.
 */
function pluralOpeningSubject(all: Token[]): Mention | null {
  const toks = all.slice(datelineEnd(all));
  let i = /^(the|these|those)$/.test(toks[0]?.lower ?? '') ? 1 : 0;
  const from = i;
  while (i < toks.length && i < from + 4 && toks[i]!.type === 'word' && /^[\p{L}-]+$/u.test(toks[i]!.text) && !FUNCTION_WORDS.has(toks[i]!.lower) && !/^[a-z]+(ed|ing|ly)$/.test(toks[i]!.text) && !finiteAfterSubject(toks[i]!)) i++;
  const head = toks[i - 1];
  if (i === from || !head || !/^[\p{L}-]{3,}s$/u.test(head.text) || /(ss|us|is)$/.test(head.lower) || !finiteAfterSubject(toks[i] ?? null)) return null;
  const m = parseMention(toks.slice(0, i));
  return m && m.kind === 'anonymous' && m.plural ? m : null;
}

/** "it is important to …", "it's worth …": an empty "it" (at x) before a copula and an adjective of judgement, standing for no one. */
function emptyItAt(toks: Token[], x: number): boolean {
  return toks[x]?.lower === 'it' && /^(is|was|'s|’s|remains|seems)$/.test(toks[x + 1]?.lower ?? '') && /^(important|worth|interesting|fair|necessary|useful|crucial|essential|vital|notable|noteworthy|safe|helpful|instructive|significant)$/.test(toks[x + 2]?.lower ?? '');
}
