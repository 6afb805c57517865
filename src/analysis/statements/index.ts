/**
 * Statement extraction: who said what. A pipeline of small steps over each
 * paragraph: quotations (quotes.ts) → tokens and sentences (tokens.ts) →
 * direct quotations attributed by their cue (direct.ts) → reported speech
 * and partial quotations (indirect.ts) → beliefs, intentions, stances and
 * evidence (stance.ts) → floating quotations → speaker
 * resolution (resolve.ts, speakers.ts, register.ts).
 */
import { statementId } from '../ids.ts';
import type { Paragraph, SpeakerConfig, SpeakerRef, Statement } from '../types.ts';
import { isGivenName } from './gender.ts';
import { findDirect } from './direct.ts';
import { findHeadline } from './headline.ts';
import { findIndirect, IRREGULAR_PAST, presentVerbAt } from './indirect.ts';
import { cueInfo, NOT_NAME_WORDS, ROLE_NOUNS, WEEKDAYS, WORK_NOUNS } from './cues.ts';
import { closingOnlyQuote, findQuotes, type Quote } from './quotes.ts';
import { findStance, isStanceVerb } from './stance.ts';
import { buildRegister } from './register.ts';
import { resolveSpeakers } from './resolve.ts';
import { organisationEvidence } from './organisations.ts';
import { sentencesOf, tokenize, type Token } from './tokens.ts';
import type { Candidate } from './candidate.ts';

export interface ExtractOptions {
  speakers?: SpeakerConfig[];
}

export interface SentenceCtx {
  paragraph: Paragraph;
  tokens: Token[];
  /** Index of the sentence in the paragraph. */
  index: number;
  /** Global sentence number in the article. */
  seq: number;
  /** The sentence before this one in the article. */
  prev?: SentenceCtx;
  /** The sentence after this one in the article. */
  next?: SentenceCtx;
}

export function extractStatements(paragraphs: Paragraph[], options: ExtractOptions = {}): Statement[] {
  const sentences: SentenceCtx[] = [];
  let leftOpen = false;
  for (const p of paragraphs) {
    // (a quotation left open in the paragraph before may close in this one with no opening mark)
    const closing: Quote | null = leftOpen ? closingOnlyQuote(p) : null;
    const quotes: Quote[] = closing ? [closing] : findQuotes(p);
    leftOpen = quotes.length > 0 && !quotes[quotes.length - 1]!.closed;
    const tokens = tokenize(p, quotes);
    // (the headline, and subheadings in title case: a line of one short sentence)
    if (p.index === 1 || (p.text.length <= 120 && !/[.!?]["”’]?\s+\S/.test(p.text.trim()))) markTitleCase(tokens);
    sentencesOf(tokens).forEach((s, index) => sentences.push({ paragraph: p, tokens: s, index, seq: sentences.length, prev: sentences[sentences.length - 1] }));
  }
  sentences.forEach((s, i) => { s.next = sentences[i + 1]; });
  const { register, cataphora } = buildRegister(sentences.filter((s) => !s.tokens[0]?.title).map((s) => s.tokens), options.speakers ?? []);
  const candidates: Candidate[] = [];
  let wholeParagraph = -1;
  for (const s of sentences) {
    if (s.paragraph.index === wholeParagraph || (s.index === 0 && editorsNote(s.paragraph))) continue;
    // one odd sentence must never stop a site build: a sentence the rules trip over yields no statement
    try {
      const direct = findDirect(s);
      if (direct.some((d) => d.colon)) wholeParagraph = s.paragraph.index;
      // (the quoted title of a work leaves its verb free: "C, Lee said in her book, “Open Water.”")
      const indirect = findIndirect(s, direct.filter((d) => !titleQuotation(s.tokens, d)));
      const speech = [...direct, ...indirect.filter((c) => !direct.includes(c))];
      // a headline's own forms, where the rules for running text found nothing or missed a second act ("X Says C, Calls Y Z")
      const headline = findHeadline(s);
      if (headline.length > 1 || (headline.length && !speech.length)) speech.splice(0, speech.length, ...headline);
      const found = withoutReportsInSourcedClause([...speech, ...findStance(s, speech)]);
      // (marked, not dropped: a statement may still take its speaker from one of these, "…, praising X as “Q”")
      for (const c of found) if (reportsNothing(s.tokens, c)) c.reportsNothing = true;
      candidates.push(...found);
    } catch (error) {
      // (DATELINE_STRICT=1, set for the unit tests and usable with `npm run eval`, makes such a slip an error)
      if (process.env.DATELINE_STRICT) throw error;
      continue;
    }
  }
  candidates.sort((a, b) => a.start - b.start);
  const resolved = resolveSpeakers(candidates, register, cataphora, sentences);
  retypeOrganisations(resolved, paragraphs);
  const byIndex = new Map(paragraphs.map((p) => [p.index, p]));
  return resolved.filter((c) => !c.reportsNothing && !stateVote(c)).map((c) => toStatement(c, byIndex));
}

/**
 * "Editor's note: Ana Lee is a former client of this paper, who has pledged …": the sentence that opens with
 * the label of a note of the publication to its readers (a disclosure, a standing comment on a candidate, a
 * correction) is the paper's own voice, outside the news it reports. (A long note's later sentences may
 * report the news again: "Officials said C." in a correction is kept.)
 */
function editorsNote(p: Paragraph): boolean {
  const m = /^[\s*_]*editors?['’]?s?['’]? note\W*/i.exec(p.text);
  // (a correction, which names a previous version of the story and what it reported, is kept)
  return !!m && !/^(?:an?|the|this) (?:(?:earlier|previous|online) )*(?:version of (?:this|the|an?) )?(?:article|story|report|headline|column|obituary|picture caption|caption)\b/i.test(p.text.slice(m[0].length));
}

/**
 * Speakers typed as people whom the article shows to be organisations ("Acme said its profit rose"),
 * and the co-speakers of an organisation ("Acme and Vela said"): a name coordinated with an
 * organisation's that has no role and opens with no given name is an organisation too.
 */
function retypeOrganisations(resolved: Candidate[], paragraphs: Paragraph[]): void {
  const text = paragraphs.map((p) => p.text).join('\n');
  const memo = new Map<string, boolean>();
  const retype = (sp: SpeakerRef): SpeakerRef => {
    if (sp.type !== 'person') return sp;
    if (!memo.has(sp.name)) memo.set(sp.name, organisationEvidence(sp.name, text));
    return memo.get(sp.name) ? { ...sp, type: 'organisation' } : sp;
  };
  for (const c of resolved) {
    if (c.speaker) c.speaker = retype(c.speaker);
    if (!c.speaker || !c.coSpeakers) continue;
    const all = [c.speaker, ...c.coSpeakers.map(retype)];
    const firm = (sp: SpeakerRef) => sp.type === 'person' && !sp.role && !isGivenName(sp.name.split(/\s+/)[0]!) ? { ...sp, type: 'organisation' as const } : sp;
    const typed = all.some((sp) => sp.type === 'organisation') ? all.map(firm) : all;
    c.speaker = typed[0]!;
    c.coSpeakers = typed.slice(1);
  }
}

function toStatement(c: Candidate, byIndex: Map<number, Paragraph>): Statement {
  let mentionText = c.mention?.text ?? null;
  if (c.mention) {
    const p = [...byIndex.values()].find((x) => c.mention!.start >= x.start && c.mention!.end <= x.end);
    if (p) mentionText = p.text.slice(c.mention.start - p.start, c.mention.end - p.start);
  }
  return {
    id: statementId(c.text),
    kind: c.kind,
    speaker: c.speaker ?? null,
    ...(c.speaker && c.coSpeakers?.length ? { coSpeakers: c.coSpeakers } : {}),
    speakerMention: mentionText,
    speakerSpan: c.mention ? [c.mention.start, c.mention.end] : null,
    cue: c.cue?.text ?? null,
    cueSpan: c.cue ? [c.cue.start, c.cue.end] : null,
    text: c.text,
    ...(c.quoted?.length ? { quoted: c.quoted } : {}),
    spans: c.spans,
    start: c.spans[0]![0],
    end: c.spans[c.spans.length - 1]![1],
    paragraph: c.paragraph,
    date: null,
  };
}

/**
 * "According to the report, the mayor said C" / "In a new poll, 60 percent said C": a source that
 * opens the sentence reports its whole clause, the report inside it included. That clause is one
 * statement (the source's); a statement found inside it is no statement of its own.
 */
function withoutReportsInSourcedClause(found: Candidate[]): Candidate[] {
  const end = (c: Candidate) => c.spans[c.spans.length - 1]![1];
  const sourced = found.filter((c) => c.cue && /^(according to|in)$/i.test(c.cue.text) && c.cue.end <= c.start);
  const inside = (c: Candidate, o: Candidate) => o !== c && o.start <= c.start && end(c) <= end(o) && end(c) - c.start < end(o) - o.start;
  return found.filter((c) => !sourced.some((o) => inside(c, o)));
}

/** A candidate that looks like a report but is none (a noun, an adjective, a title, an adverbial …). */
function reportsNothing(s: Token[], c: Candidate): boolean {
  return nounCueBeforeVerb(s, c) || adjectiveCue(s, c) || noReportingSense(s, c) || frontedAdverbial(s, c) || titleQuotation(s, c) || namingKnown(s, c) || bodilyAct(s, c) || pronounSaid(s, c) || precinctsReporting(s, c) || timeOnlyContent(c) || relativeSeemsAdjective(c) || clientAdvised(s, c) || documentWritten(s, c) || heldOrWon(s, c) || phoneCall(s, c) || tooSoonToSay(s, c) || broadcastShow(s, c);
}

/** The token of a candidate's cue (its last word: "did not boast" gives "boast"), or -1. */
function cueIndex(s: Token[], c: Candidate): number {
  if (!c.cue) return -1;
  return s.findIndex((t) => t.end === c.cue!.end);
}

/**
 * "Ana Ruiz, 52, known online as “Vex,” was charged …", "a charity once known for its links to …", "an account
 * known to its readers as @tally": "known as/for" names or describes the noun phrase before it; nobody
 * knows a clause, so the words around it report nothing.
 */
function namingKnown(s: Token[], c: Candidate): boolean {
  if (c.kind === 'direct' || !c.mention) return false;
  const k = cueIndex(s, c);
  if (k < 0 || s[k]!.lower !== 'known') return false;
  // (not "we have known since 2010 that C": an active perfect is a belief)
  if (/^(have|has|had|['’]ve|['’]d)$/.test(s[k - 1]?.lower ?? '') || /['’](ve|d)$/.test(s[k - 1]?.lower ?? '')) return false;
  for (let i = k + 1; i <= k + 6 && i < s.length; i++) {
    const w = s[i]!.lower;
    if (w === 'as' || (w === 'for' && i === k + 1)) return true;
    if (i === k + 1 && !/^(online|widely|locally|publicly|to)$/.test(w)) return false;
    if (s[i]!.type !== 'word' || /^(that|whether|if|how|what|why)$/.test(w)) return false;
  }
  return false;
}

/**
 * "protesters who had linked arms", "the two men shook hands": a verb whose object is a part of the body
 * names a gesture, not a report.
 */
function bodilyAct(s: Token[], c: Candidate): boolean {
  if (c.kind === 'direct') return false;
  const k = cueIndex(s, c);
  if (k < 0) return false;
  let j = k + 1;
  if (/^(their|his|her|our|my|your)$/.test(s[j]?.lower ?? '')) j++;
  return /^(arms|hands|fists|elbows)$/.test(s[j]?.lower ?? '') && s[j]!.start >= c.start && /^(link|links|linked|linking|lock|locks|locked|locking|join|joins|joined|joining|raise|raises|raised|raising|shake|shakes|shook|shaking|clasp|clasped|hold|held|holding)$/.test(s[k]!.lower);
}

/**
 * "with 61 percent of wards reporting, Lee led by nine points": precincts (or counties, wards)
 * "reporting" hand in their vote counts; an election-night absolute phrase, never a report of words.
 */
function precinctsReporting(s: Token[], c: Candidate): boolean {
  if (c.kind === 'direct') return false;
  const k = cueIndex(s, c);
  return k > 0 && /^(reporting|reported)$/.test(s[k]!.lower) && /^(precincts?|counties|wards|districts|townships)$/.test(s[k - 1]!.lower);
}

/**
 * "a tariff that seems unfair to growers", "a goal that seems out of reach": "seem" with an adjective in a
 * relative clause on "that" describes the noun before it, the writer's modifier; no impression is reported.
 * (With an infinitive, "that seems to V", the clause is kept.)
 */
function relativeSeemsAdjective(c: Candidate): boolean {
  if (c.kind !== 'indirect' || !c.cue || c.spans.length !== 2 || !/^(seem|seems|seemed)$/i.test(c.cue.text)) return false;
  const [subject, rest] = c.text.split(' … ');
  return subject === 'that' && rest !== undefined && !/^to\b/.test(rest);
}

/**
 * "a pollster who advises the Acme PAC", "the bank is advising Corex on its sale": "advise" with a
 * plain object and no infinitive ("advised him to wait") or clause names a client, not advice given.
 */
function clientAdvised(s: Token[], c: Candidate): boolean {
  if (c.kind !== 'indirect') return false;
  const k = cueIndex(s, c);
  if (k < 0 || !/^(advise|advises|advised|advising)$/.test(s[k]!.lower) || s[k + 1]?.start !== c.start) return false;
  const end = c.spans[0]![1];
  for (let j = k + 1; j < s.length && s[j]!.end <= end; j++) {
    const t = s[j]!;
    if (t.type === 'quote') return false;
    if (t.type === 'punct') break;
    // ("advised them to wait", "advised her that C", "advised him on how to …")
    if (/^(that|how|whether|what|why|against)$/.test(t.lower) || FINITE_AUX.test(t.lower) || /^(he|she|they|we|i|it)(['’](s|d|ll|re|ve|m))?$/.test(t.lower)) return false;
    if (t.lower === 'to' && (/^[a-z]+$/.test(s[j + 1]?.text ?? '') || (t.text === 'To' && s[j + 1]?.type === 'word')) && !/^(the|a|an|his|her|their|its|our|my|this|that|these|those)$/.test(s[j + 1]!.lower)) return false;
  }
  return true;
}

/**
 * "she claimed 41 percent of the vote", "the army claims more territory", "a firm claiming residency in
 * Ireland", "the party must defend 24 seats": to claim a share of the vote, land or a residence is to
 * take it, and to defend seats is to hold them in an election; no words are reported.
 */
function heldOrWon(s: Token[], c: Candidate): boolean {
  if (c.kind !== 'indirect') return false;
  const k = cueIndex(s, c);
  if (k < 0 || s[k + 1]?.start !== c.start) return false;
  const w = s[k]!.lower;
  const next = s.slice(k + 1, k + 12).filter((t) => t.type === 'word').map((t) => t.lower).join(' ');
  if (/^(claim|claims|claimed|claiming)$/.test(w)) {
    return /^(?:\S+ ){0,3}(?:percent|%) of the (?:vote|votes|ballots)\b/.test(next) || /^(?:(?:more|new|some|the|its|their|large|vast) ){0,2}(?:territory|residency|ground)\b/.test(next);
  }
  if (/^(defend|defends|defended|defending)$/.test(w)) {
    return /^(?:\S+ ){0,6}?(?:seats|seat|majority|majorities|title|crown)\b/.test(next) && !/\b(that|decision|vote|votes|record)\b/.test(next.split(/\b(?:seats|seat|majority|majorities|title|crown)\b/)[0]!);
  }
  return false;
}

/**
 * "It is too early to predict whether C", "it is hard to tell how C": an impersonal "it" that finds the
 * question open reports nobody's words; the writer only says that no answer is given yet.
 */
function tooSoonToSay(s: Token[], c: Candidate): boolean {
  if (c.kind !== 'indirect') return false;
  const k = cueIndex(s, c);
  if (k < 2 || !/^(say|tell|predict|know|judge)$/.test(s[k]!.lower) || s[k - 1]!.lower !== 'to') return false;
  const before = s[k - 2]!.lower;
  const open = /^(soon|early|hard|difficult|impossible|premature)$/.test(before);
  return open && (!c.mention || /^it$/i.test(c.mention.text));
}

/**
 * "Ana Lee, a host of the TV show “Open Line,”", "the network's talk show Night Desk": "show" after a word of
 * broadcasting is the noun, a programme; what follows is its title, not what anything shows.
 */
function broadcastShow(s: Token[], c: Candidate): boolean {
  const k = cueIndex(s, c);
  return k > 0 && /^(show|shows)$/.test(s[k]!.lower) && /^(tv|television|talk|radio|reality|quiz|chat|cooking|variety|comedy|morning|late-night)$/.test(s[k - 1]!.lower);
}

/** The states of the United States, by the last word of their names. */
const US_STATES = new Set(['alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida', 'georgia',
  'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland', 'massachusetts', 'michigan',
  'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska', 'nevada', 'ohio', 'oklahoma', 'oregon', 'pennsylvania', 'tennessee', 'texas',
  'utah', 'vermont', 'virginia', 'wisconsin', 'wyoming', 'york', 'jersey', 'carolina', 'dakota', 'hampshire', 'mexico', 'island']);

/**
 * "Vermont, which has backed the party for decades", "Ohio's support for Reagan",
 * "Ohio voted for Clinton": a state that supports, backs or votes is its electorate at the polls; a result,
 * not anyone's statement. (Its government speaks through a person or an office: "the governor said C".)
 */
function stateVote(c: Candidate): boolean {
  if (c.kind !== 'indirect' || !c.cue || !c.mention) return false;
  if (!/^(support|supports|supported|supporting|back|backs|backed|backing|vote|votes|voted|voting|favor|favors|favored|favoring|favour|favours|favoured)$/i.test(c.cue.text)) return false;
  const words = c.mention.text.replace(/['’]s?$/, '').split(/\s+/);
  return words.length <= 2 && /^\p{Lu}/u.test(words[0]!) && US_STATES.has(words[words.length - 1]!.toLowerCase()) && !/^(the|new|rhode|north|south|west)$/i.test(words[words.length - 1]!)
    && (words.length === 1 || /^(new|rhode|north|south|west)$/i.test(words[0]!));
}

/** After "called X": a time, a phone, or a courtesy that makes the call a telephone call. */
const CALL_AFTER_PERSON = /^(?:him|her|them|me|us|(?:(?:the|his|her|their|my|our|both|a|an|\p{Lu}[\p{L}.'’-]*|\p{L}+['’]s)\s+){0,4}(?:\p{Lu}[\p{L}.'’-]*|candidates|friends|mother|father|wife|husband|son|daughter|brother|sister|reporters|leaders|officials|voters|supporters))\s+(?:shortly|soon|later|earlier|briefly|personally|privately|today|tonight|yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|last|this|on (?:the|his|her|their|my|our) (?:phone|cellphones?|telephones?)|by (?:phone|telephone)|to (?:congratulate|concede|thank|apologize|offer|wish|check))\b/u;

/**
 * "Lee called Ruiz shortly after the polls closed", "the president called both men Tuesday night", "she called
 * Ruiz to congratulate him": "call" with a person and then a time, a phone or a courtesy is a telephone call,
 * not naming ("called him a fraud") or urging ("called for …").
 */
function phoneCall(s: Token[], c: Candidate): boolean {
  if (c.kind !== 'indirect' || c.spans.length !== 1) return false;
  const k = cueIndex(s, c);
  if (k < 0 || !/^(call|calls|called|calling|phoned|phones|phoning)$/.test(s[k]!.lower) || s[k + 1]?.start !== c.start) return false;
  return CALL_AFTER_PERSON.test(c.text);
}

/** Things a person writes that are a piece of work, not words reported ("wrote a book", "wrote the letter"). */
const WRITTEN_WORKS = /^(letter|letters|book|books|dissertation|thesis|introduction|foreword|speech|speeches|memoir|memoirs|novel|novels|biography|autobiography|essay|essays|screenplay|chapter|column|columns)$/;

/**
 * "she wrote a children's book", "he wrote the letter in May": "write" with a piece of work as its object
 * names the work, not what it says. (Kept: "wrote a letter urging …", "wrote a letter saying that C",
 * "the speech delivered by …": the words after the work report its content.)
 */
function documentWritten(s: Token[], c: Candidate): boolean {
  if (c.kind !== 'indirect') return false;
  const k = cueIndex(s, c);
  if (k < 0 || !/^(write|writes|wrote|writing|written)$/.test(s[k]!.lower) || s[k + 1]?.start !== c.start) return false;
  if (!/^(a|an|the|his|her|their|its|my|our|one|another)$/.test(s[k + 1]!.lower)) return false;
  const end = c.spans[0]![1];
  let head = -1;
  for (let j = k + 2; j < k + 7 && j < s.length && s[j]!.end <= end; j++) {
    if (s[j]!.type !== 'word') break;
    if (WRITTEN_WORKS.test(s[j]!.lower)) { head = j; break; }
  }
  if (head < 0) return false;
  let comma = false;
  for (let j = head + 1; j < s.length && s[j]!.end <= end; j++) {
    const t = s[j]!;
    if (t.type === 'quote') return false;
    // (past a comma too, with a participle in -ing: "wrote a letter to the mayor, demanding C" reports what the letter says)
    if (t.type === 'punct') { if (t.text !== ',') break; comma = true; continue; }
    if (/^(that|which|who|saying|calling|asking|urging)$/.test(t.lower) || (comma ? /^[a-z]+ing$/ : /^[a-z]+(ing|ed)$/).test(t.text)) return false;
  }
  return true;
}

/**
 * "a plan she has pushed for months", "he was endorsed the day before by X": a content that is only a span
 * of time is an adverbial of the verb; nothing is reported.
 */
function timeOnlyContent(c: Candidate): boolean {
  if (c.kind !== 'indirect' || c.spans.length !== 1) return false;
  // (a counted span is kept only with "ago": "talked about two hours" may name a topic)
  const t = c.text.trim();
  return /^(?:(?:the|those|these|that|this) )?(?:days?|weeks?|months?|years?|hours?|nights?|decades?)(?: (?:before|after|earlier|later|ago))?$/i.test(t)
    || /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many) (?:days|weeks|months|years|hours|decades) ago$/i.test(t);
}

/**
 * "she took back her words a day after she said them, but not before …": "say" with a personal pronoun as
 * its whole object repeats the words already reported; it reports no new content.
 */
function pronounSaid(s: Token[], c: Candidate): boolean {
  if (c.kind !== 'indirect') return false;
  const k = cueIndex(s, c);
  if (k < 0 || !/^(say|says|said|saying)$/.test(s[k]!.lower)) return false;
  const first = s[k + 1];
  return !!first && first.start === c.start && /^(them|him|her|me|us)$/.test(first.lower) && !/^(to|be|was|were|is|are|as)$/.test(s[k + 2]?.lower ?? '') && (s[k + 2]?.type !== 'word' || /^(but|and|or)$/.test(s[k + 2]!.lower));
}

/** Reporting words that are as often nouns: "the Paris attacks", "a set of rules", "the court term", "a Treasury note". */
const NOUN_HOMOGRAPHS = new Set(['attack', 'attacks', 'rule', 'rules', 'state', 'states', 'question', 'questions', 'note', 'notes', 'report', 'reports', 'term', 'terms', 'stress', 'claims', 'calls', 'comments', 'remarks', 'protests', 'charges', 'warnings', 'promises', 'pledges', 'threats', 'show', 'shows']);
const FINITE_AUX = /^(is|are|was|were|has|have|had|will|would|can|could|should|shall|must|may|might|do|does|did)$/;

/**
 * "The Paris attacks may compel voters …", "a Treasury note fell to 2 percent", "the audit report could not
 * confirm it": a reporting word that is a noun here, since the words right after it open with a verb: a
 * reported clause has a subject, so nothing is reported.
 */
function nounCueBeforeVerb(s: Token[], c: Candidate): boolean {
  if (c.kind !== 'indirect' || !c.cue) return false;
  const k = cueIndex(s, c);
  if (k < 0 || !NOUN_HOMOGRAPHS.has(s[k]!.lower)) return false;
  const first = s.findIndex((t) => t.start === c.start);
  if (first !== k + 1) return false;
  const v = s[first];
  return !!v && v.type === 'word' && (FINITE_AUX.test(v.text) || IRREGULAR_PAST.has(v.text));
}

/** Words before a participle that make it an adjective: "a promising start", "the most damning", "gave added weight". */
const ADJECTIVE_MARKERS = /^(a|an|the|most|more|very|less|least|so|quite|too|other|such|give|gives|gave|given|giving)$/;

/**
 * "one of the most promising paths to victory", "other promising news", "has given added fuel to the
 * critics": a participle of a reporting verb after an article or a degree word modifies the noun after it.
 */
function adjectiveCue(s: Token[], c: Candidate): boolean {
  if (c.kind !== 'indirect' || !c.cue) return false;
  const k = cueIndex(s, c);
  return k > 0 && /(ing|ed)$/.test(s[k]!.lower) && ADJECTIVE_MARKERS.test(s[k - 1]!.lower) && s[k + 1]?.start === c.start;
}

/**
 * "Many voters left, thanks to the mayor": "thanks to" is a preposition of cause; "The county boasts 9,000
 * residents": a possession; "The early vote means that the race is set by September": a thing, not a
 * person, that "means" a clause states a consequence.
 */
function noReportingSense(s: Token[], c: Candidate): boolean {
  if (c.kind !== 'indirect' || !c.cue) return false;
  const k = cueIndex(s, c);
  if (k < 0) return false;
  if (s[k]!.lower === 'thanks' && s[k + 1]?.lower === 'to') return true;
  // ("The county boasts 108,000 residents", "she boasts a 40-point lead": to boast a thing is to have it)
  if (/^(boast|boasts|boasted|boasting)$/.test(s[k]!.lower) && s[k + 1]?.start === c.start && /^(a|an|\d[\d,.]*|more|nearly|about|roughly|some|one|two|three|several|many)$/.test(s[k + 1]!.lower)) return true;
  // ("The storm claimed at least 40 lives", "the crash claimed the lives of six": to claim lives is to kill)
  if (/^(claim|claims|claimed|claiming)$/.test(s[k]!.lower) && /^(?:(?:at least|more than|nearly|about|almost|some|over|another|the|\S*\d\S*|\w+ty|\w+teen|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|many|several|scores) )*(?:of )?(?:lives|victims|the lives)\b/.test(s.slice(k + 1, k + 9).map((t) => t.text).join(' '))) return true;
  const w = s[k]!.lower;
  // ("denied the rebels a victory", "denies him access": to deny someone something is to withhold it)
  if (/^(deny|denies|denied|denying)$/.test(w) && withheldObject(s, k + 1)) return true;
  // ("she took the stand for four hours": a witness takes the stand; it reports nothing)
  if (/^(take|takes|took|taking|taken)$/.test(w) && s[k + 1]?.lower === 'the' && s[k + 2]?.lower === 'stand') return true;
  const m = c.mention;
  // (not "powers meant to ensure that C": a purpose)
  return /^(mean|means|meant)$/.test(s[k]!.lower) && s[k + 1]?.lower !== 'to' && (!m || (m.kind === 'anonymous' && !ROLE_NOUNS.has(m.head ?? '')));
}

/** After "deny": a person and then the thing withheld ("the dictator an opportunity", "him access", "Kim a seat"). */
function withheldObject(s: Token[], i: number): boolean {
  let j = i;
  if (/^(him|her|them|us|me|you|it)$/.test(s[j]?.lower ?? '')) j++;
  else {
    if (/^(the|his|her|their|its)$/.test(s[j]?.lower ?? '')) j++;
    const from = j;
    while (j < from + 2 && s[j]?.type === 'word' && !/^(a|an|the|any|that|and|or|to|of|in|on|at|by|for|with|through|from|after|before|during|over|under|via|as|when|while|because|since|he|she|it|they|was|is|had|has)$/.test(s[j]!.lower)) j++;
    if (j === from) return false;
  }
  return /^(a|an|any|access|entry|permission|bail|visas?|passage|admission|the (?:right|chance|opportunity|use|benefit|satisfaction)|(?:his|her|their) (?:right|chance|seat))$/.test([s[j]?.lower, s[j + 1]?.lower].slice(0, /^(the|his|her|their)$/.test(s[j]?.lower ?? '') ? 2 : 1).join(' '));
}

/** Words that open a fronted adverbial: "In the final week, …", "Speaking at a rally, …", "At the same time, …". */
const ADVERBIAL_OPENERS = /^(in|on|at|during|after|before|since|while|when|with|from|for|but|and|though|although|appearing|speaking|weighing|asked|addressing|writing)$/;

/**
 * "In the last week of his tour, held near the border, the bishop told the story of …": words before
 * the speaker that open with a preposition or a participle and hold no finite verb are an adverbial
 * of the sentence, not the reported clause (which has a verb).
 */
function frontedAdverbial(s: Token[], c: Candidate): boolean {
  if (c.kind !== 'indirect' || !c.mention || !c.cue || c.spans.length !== 1 || c.spans[0]![1] > c.mention.start) return false;
  const toks = s.filter((t) => t.start >= c.start && t.end <= c.spans[0]![1]);
  const first = toks.find((t) => t.type === 'word');
  // (a dateline in capitals opens such an adverbial too: "CITY, State - On Friday, …")
  if (!first || !(ADVERBIAL_OPENERS.test(first.lower) || /^\p{Lu}{3,}$/u.test(first.text))) return false;
  // (a participle after a comma is no finite verb: "…, held near the border"; a subject pronoun or a
  // contracted auxiliary opens a clause: "But he runs it differently", "when she isn't there")
  return !toks.some((t, j) => t.type === 'word' && (FINITE_AUX.test(t.lower) || /^(he|she|they|we|i|you)$|n't$|['’](s|re|ve|ll|d)$/.test(t.lower) || ((IRREGULAR_PAST.has(t.lower) || /^[a-z]+ed$/.test(t.text)) && toks[j - 1]?.type === 'word') || presentVerbAt(toks, j)));
}

/** Roles a quoted title may precede: "the “Late Night” host". */
const TITLE_ROLES = new Set(['host', 'star', 'creator', 'author', 'anchor', 'actor', 'actress', 'producer', 'writer']);

/**
 * "X said in his 2012 book, “A Long Road.”", "she said on NBC's “Morning Call.”", "he wrote under the
 * pseudonym “Carlos Nieve,”", "“Late Night” host Tom Reyes joked …": a short quotation in title case
 * that names a work or a pseudonym, not words of the speaker.
 */
function titleQuotation(s: Token[], c: Candidate): boolean {
  if (c.kind !== 'direct' || !c.cue) return false;
  const q = s.findIndex((t) => t.type === 'quote' && t.start <= c.start && c.spans[c.spans.length - 1]![1] <= t.end);
  if (q < 0) return false;
  const words = c.text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  if (!words.length || words.length > 6 || !words.every((w) => w.length <= 3 || /^[\p{Lu}\p{N}]/u.test(w))) return false;
  const cue = s.find((t) => t.start === c.cue!.start);
  if (cue && WORK_NOUNS.has(cue.lower)) return false;
  const b = s[q - 1]?.text === ',' ? q - 2 : q - 1;
  const before = s[b];
  if (before?.type === 'word' && WORK_NOUNS.has(before.lower)) return true;
  // ("on NBC's “Morning Call”": a programme of a network)
  if (before?.type === 'word' && /['’]s$/.test(before.text) && s[b - 1]?.lower === 'on') return true;
  const after = s[q + 1];
  return after?.type === 'word' && TITLE_ROLES.has(after.lower);
}

/** A headline in title case ("Christie Calls Clinton ‘A Disgrace’"): its verbs are capitalised too. */
function markTitleCase(tokens: Token[]) {
  const words = tokens.filter((t) => t.type === 'word' && /^\p{L}/u.test(t.text) && t.text.length > 3);
  if (words.length < 3) return;
  const caps = words.filter((t) => /^\p{Lu}/u.test(t.text)).length;
  if (caps / words.length < 0.8) return;
  // a headline capitalises common words too ("… Calls Clinton ‘A Disgrace’ Over …"); a lede full of names does not
  const all = tokens.filter((t) => t.type === 'word' && /^\p{Lu}\p{Ll}*$/u.test(t.text));
  const verb = (t: Token) => !!cueInfo(t.lower) || (isStanceVerb(t.lower) && /s$/.test(t.lower));
  const common = all.filter((t) => NOT_NAME_WORDS.has(t.lower) && !WEEKDAYS.has(t.lower) || verb(t) || (t.text.length <= 3 && /^(On|In|To|Of|For|At|By|As|Is|Be|His|Her|Its|And|But|Or|Not|Why|How|Who|Can|Has|Was|Are|With|From|Over|Into|Will|May|Says)$/.test(t.text)));
  if (common.length < 2 && !words.some((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && verb(t))) return;
  for (const t of tokens) if (t.type === 'word') t.title = true;
}
