/**
 * First pass over an article: the register of named people and
 * organisations (full names, roles from titles and appositions), surname
 * mentions, and the people that indefinite role mentions in the opening
 * paragraphs introduce before naming them (cataphora).
 */
import type { SpeakerConfig } from '../types.ts';
import { cueInfo, NOT_NAME_WORDS, NP_BOUNDARY, ORG_WORDS, ROLE_NOUNS, TITLE_WORDS } from './cues.ts';
const DETS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'this', 'that', 'former', 'then']);
import { parseMention, participleClause, PLACES, Register, type Mention } from './speakers.ts';
import { genderOfName, isGivenName } from './gender.ts';
import type { Token } from './tokens.ts';

const isCap = (t: Token | undefined) => !!t && t.type === 'word' && /^\p{Lu}/u.test(t.text);
const NON_PERSON = new Set([
  'convention', 'conference', 'summit', 'debate', 'act', 'bill', 'law', 'day', 'street', 'avenue', 'city', 'county',
  'states', 'island', 'river', 'war', 'plan', 'street', 'square', 'hall', 'tower', 'building', 'airport', 'station',
  'park', 'road', 'hospital', 'church', 'prize', 'award', 'cup', 'games', 'olympics', 'festival', 'show', 'series',
  'kingdom', 'republic', 'emirates', 'nations', 'union', 'east', 'west', 'north', 'south', 'sea', 'ocean', 'gulf',
  'valley', 'mountains', 'forum', 'initiative', 'program', 'programme', 'project', 'care', 'security', 'reform',
  'amendment', 'treaty', 'accord', 'deal', 'agreement', 'order', 'era', 'age', 'revolution', 'crisis', 'movement',
  'america', 'carolina', 'dakota', 'virginia', 'jersey', 'york', 'hampshire', 'mexico', 'angeles', 'francisco', 'vegas',
  'korea', 'africa', 'arabia', 'zealand', 'lanka', 'rica', 'rico', 'salvador', 'aires', 'janeiro', 'paulo', 'town', 'coast',
]);
const ROLE_LEAD = new Set([...TITLE_WORDS, ...ROLE_NOUNS, 'senior', 'top', 'former', 'special', 'chief', 'deputy', 'foreign', 'longtime', 'veteran', 'then', 'current', 'new', 'outgoing', 'incoming', 'spokesman', 'spokeswoman', 'counterpart']);
const PERSON_ROLE_HEAD = /\b(official|spokesman|spokeswoman|spokesperson|envoy|minister|diplomat|ambassador|adviser|advisor|aide|secretary|director|chief|negotiator|commander|general|officer|executive|lawmaker|senator|governor|mayor|leader|analyst|strategist)$/;

/** Titles that stand only before a person's name ("Mr. Lee", "Senator Lee"). */
const PERSON_TITLE = /(^|\s)(mr|mrs|ms|miss|dr|sen|rep|gov|gen|rev|prof|president|senator|governor|congressman|congresswoman|judge|justice|mayor|secretary|minister|ambassador)\.?$/i;

/**
 * A name of one word that no full name in the article explains is a person
 * when a person's title stands before it ("Mr. Lee") or it is a common first
 * name ("Maria"), unless the article uses it as a place or a common word.
 */
function isSingleNamePerson(word: string, title: string, lowerWords: Set<string>): boolean {
  const w = word.toLowerCase();
  if (lowerWords.has(w) || NON_PERSON.has(w) || PLACES.has(w) || ORG_WORDS.has(w)) return false;
  return PERSON_TITLE.test(title) || genderOfName(word) !== null;
}

/** Words opening an adverbial or subordinate clause before the main clause ("When …, X said"; "In his reply, X …"). */
const CLAUSE_OPENERS = new Set(['when', 'while', 'after', 'before', 'although', 'though', 'as', 'if', 'because', 'since', 'once', 'despite', 'in', 'on', 'at', 'during', 'regarding', 'following', 'asked', 'speaking', 'with', 'for', 'unlike', 'like', 'amid', 'until', 'whereas']);

/**
 * Index of the token where the main clause starts: after the comma closing
 * an opening adverbial or subordinate clause ("When Ann Lee asked, Tom Roe
 * said …": Tom Roe is the subject), else 0.
 */
export function mainClauseStart(s: Token[]): number {
  // ("But like Lee, Roe said …": a conjunction may stand before the opening clause)
  const lead = /^(but|and|yet|so)$/i.test(s[0]?.text ?? '') && s[1]?.type === 'word' ? 1 : 0;
  const first = s[lead];
  if (!first || first.type !== 'word' || !CLAUSE_OPENERS.has(first.lower)) return 0;
  for (let i = lead + 1; i < Math.min(s.length - 1, 30); i++) {
    if (s[i]!.type === 'quote' || /^[.;:!?]$/.test(s[i]!.text)) return 0;
    if (s[i]!.text === ',') return appositionEnd(s, adverbialEnd(s, i)) + 1;
  }
  return 0;
}

/**
 * "At the urging of his wife, Ann Lee, he …": a name set apart after the role closing the opening
 * clause is that role's apposition; the main clause starts after the comma closing it.
 */
function appositionEnd(s: Token[], comma: number): number {
  if (!ROLE_NOUNS.has(s[comma - 1]?.lower ?? '') || !/^[a-z]/.test(s[comma - 1]!.text)) return comma;
  let k = comma + 1;
  while (k < s.length && k < comma + 5 && isCap(s[k])) k++;
  return k > comma + 1 && s[k]?.text === ',' ? k : comma;
}

/**
 * "In Reno, Nevada, on Friday, Ann Lee said …": the comma closing an opening adverbial, from its
 * first comma `comma`, past a place set apart after a city (a state, a country, "Ore.") and the
 * time or place phrase that may follow it.
 */
export function adverbialEnd(s: Token[], comma: number): number {
  let c = comma;
  for (let n = 0; n < 3; n++) {
    const p = placeEnd(s, c);
    if (p < 0 || !/^(on|in|at|last|this|early|late|earlier|later|during|after|before|where|when)$/.test(s[p + 1]?.lower ?? '')) return p < 0 ? c : p;
    const next = s.findIndex((t, x) => x > p + 1 && x < p + 8 && t.text === ',');
    if (next < 0) return p;
    c = next;
  }
  return c;
}

/** "…, Nevada,", "…, Ore.,": the index of the comma closing a place name after the comma at `comma`, or -1. */
function placeEnd(s: Token[], comma: number): number {
  let k = comma + 1;
  while (k < s.length && k < comma + 4 && isCap(s[k])) k++;
  const last = s[k - 1]!;
  if (k === comma + 1 || s[k]?.text !== ',' || genderOfName(s[comma + 1]!.text) !== null) return -1;
  return PLACES.has(last.lower) || (k === comma + 2 && /^(\p{Lu}[a-z]{1,4}\.)+$/u.test(last.text)) ? k : -1;
}

/**
 * "Last year, Lee ran again", "Back in May, she said": a short phrase of common words closed by a
 * comma before a capitalised word or a pronoun is an adverbial, and the main clause's subject follows
 * it; the index after that comma, else 0. (Not "Lee, Roe and Ray said": a name opens that list.)
 */
function shortOpenerEnd(s: Token[], lowerWords: Set<string>): number {
  const comma = s.findIndex((t, x) => x < 6 && t.text === ',');
  if (comma < 2 || !s.slice(0, comma).every((t) => t.type === 'word' && (/^(\d+|[a-z]+)$/.test(t.text) || lowerWords.has(t.lower) || TIME_OPENER.test(t.lower) || MONTH_DAY.test(t.lower)))) return 0;
  const next = s[comma + 1];
  return next && (isCap(next) || /^(he|she|they|we|i)$/.test(next.lower)) ? comma + 1 : 0;
}
const TIME_OPENER = /^(last|earlier|later|back|this|next|on|in|at|by|during|since|after|before|that|every|each|two|three|four|five|several|many|some|years|months|weeks|days|hours|minutes|ago)$/;
const MONTH_DAY = /^(jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)[a-z]*\.?$|^(mon|tues|wednes|thurs|fri|satur|sun)day$/;

/** Do lower-case role words follow token j up to a capitalised name ("… campaign manager Tom Roe")? */
function namesRoleBeforeName(s: Token[], j: number): boolean {
  let k = j;
  while (k < s.length && k < j + 4 && s[k]!.type === 'word' && /^[a-z]/.test(s[k]!.text) && (TITLE_WORDS.has(s[k]!.lower) || ROLE_NOUNS.has(s[k]!.lower))) k++;
  // ("US secretary of state Ann Lee": a role with its "of" complement)
  if (k > j && s[k]?.lower === 'of' && s[k + 1]?.type === 'word' && /^[a-z]+$/.test(s[k + 1]!.text) && isCap(s[k + 2])) k += 2;
  return k > j && isCap(s[k]);
}

/** Role nouns that take an "of" complement inside a title: "secretary of state", "director of communications". */
const OF_ROLE_HEADS = /^(secretary|minister|director|chairman|chairwoman|chair|president|governor|ambassador|commissioner|head|chief|leader|speaker|attorney|editor|professor|founder)$/;

/** Where a role set apart before a name starts: after the segment's last clause word, verb or preposition ("while her rival" → "her rival"; not "and": "author and editor"). */
function appositionStart(seg: Token[]): number {
  const k = seg.findLastIndex((t, x) => x < seg.length - 1 && (/^[a-z]/.test(t.text) || (x === 0 && !/^(Will|May)$/.test(t.text))) && NP_BOUNDARY.has(t.lower) && !/^(and|or|of|in|on|at|with|for|from|by|about|over|under|against|into|through|like)$/.test(t.lower));
  // (and after "including": "…, including the mayor of Dover, Ann Lee," → "the mayor of Dover")
  const p = seg.findIndex((t, x) => (x === 0 && /^(at|in|on|during|after|before|with|from|by)$/i.test(t.text)) || (x < seg.length - 1 && t.lower === 'including'));
  return Math.max(k + 1, p + 1);
}

/** "Acme's foreign minister, Tom Roe, said": a possessive before a role set apart from the name after it is not the subject. */
function possessiveBeforeApposition(s: Token[], j: number): boolean {
  if (!/['’]s?$/.test(s[j - 1]?.text ?? '') && !/^['’]s?$/.test(s[j]?.text ?? '')) return false;
  let k = /^['’]s?$/.test(s[j]?.text ?? '') ? j + 1 : j;
  const from = k;
  while (k < s.length && k < from + 4 && s[k]!.type === 'word' && /^[a-z-]+$/.test(s[k]!.text) && ROLE_LEAD.has(s[k]!.lower)) k++;
  return k > from && ROLE_NOUNS.has(s[k - 1]!.lower) && s[k]?.text === ',' && isCap(s[k + 1]);
}

export interface RegisterResult {
  register: Register;
  /** Person pinned on an indefinite role mention, by mention start offset. */
  cataphora: Map<number, string>;
}

export function buildRegister(sentences: Token[][], config: SpeakerConfig[]): RegisterResult {
  const register = new Register(config);
  const singles: { word: string; pos: number; title: string }[] = [];
  const indefinite: Mention[] = [];
  // words the article also writes in lower case ("delegates", "chastened") are not names when they open a sentence
  const lowerWords = new Set<string>();
  for (const s of sentences) for (const t of s) if (t.type === 'word' && /^[a-z]/.test(t.text)) lowerWords.add(t.text);
  register.commonWords = lowerWords;
  for (const s of sentences) {
    // the first name in a sentence, before its verb, is taken as its subject
    let subjectDone = false;
    const participle = openingParticiple(s);
    const mainFrom = mainClauseStart(s) || shortOpenerEnd(s, lowerWords) || (participle ? participleClauseEnd(s) : 0) || participlePhraseEnd(s);
    for (let i = 0; i < s.length; i++) {
      // names in an opening adverbial or subordinate clause are not the subject; the main clause's subject follows its comma
      if (i < mainFrom) subjectDone = true;
      else if (i === mainFrom && i > 0) subjectDone = false;
      if (!subjectDone && s[i]!.type === 'word' && /^[a-z]/.test(s[i]!.text) && !ROLE_LEAD.has(s[i]!.lower) && !DETS.has(s[i]!.lower) && !['of', 'for', 'to', 'and'].includes(s[i]!.lower) && !dayTime(s, i)) subjectDone = true;
      if (!isCap(s[i]) || (i === 0 && (NOT_NAME_WORDS.has(s[i]!.lower) || CLAUSE_OPENERS.has(s[i]!.lower) || openingReportVerb(s[i]!) || participle))) {
        // indefinite role mentions: "a senior Russian official"
        const t = s[i]!;
        if ((t.lower === 'a' || t.lower === 'an') && t.type === 'word') {
          let j = i + 1;
          while (j < s.length && j < i + 5 && s[j]!.type === 'word' && !PERSON_ROLE_HEAD.test(s[j]!.lower)) j++;
          if (j < s.length && PERSON_ROLE_HEAD.test(s[j]!.lower) && s.slice(i + 1, j).every((x) => x.type === 'word' && !['of', 'for', 'to', 'and', 'who'].includes(x.lower))) {
            const m = parseMention(s.slice(i, j + 1));
            if (m && m.kind === 'anonymous' && !m.plural && m.modifiers.length) indefinite.push(m);
          }
        }
        continue;
      }
      if (i === 0 && !isCap(s[1]) && (lowerWords.has(s[0]!.lower) || (/^\p{Lu}[a-z]+(ed|ing)$/u.test(s[0]!.text) && s[1]?.type === 'word'))) continue;
      // ("On Thursday evening Lee spoke": a day or month is no subject)
      if (!subjectDone && MONTH_DAY.test(s[i]!.lower) && !isCap(s[i + 1])) continue;
      let j = i + 1;
      while (j < s.length && (isCap(s[j]) || (s[j]!.type === 'word' && ['of', 'for', 'de', 'van', 'von', 'al', 'bin'].includes(s[j]!.lower) && isCap(s[j + 1])))) j++;
      const runToks = s.slice(i, j);
      const words = runToks.map((t) => t.text);
      const m = parseMention(runToks);
      const pos = runToks[0]!.start;
      // "…, Maria Reyes, who spoke about …": the subject of a relative clause is a topic a later pronoun may pick up
      const relSubject = (s[j]?.text === ',' && s[j + 1]?.lower === 'who') || s[j]?.lower === 'who';
      // "Lee campaign manager Tom Roe said": a name modifying a role before another name is not the subject
      // ("Acme News’ Dan Lee said": a plural possessive before a name is not the subject)
      const modifier = !subjectDone && (namesRoleBeforeName(s, j) || possessiveBeforeApposition(s, j) || (/^['’]$/.test(s[j]?.text ?? '') && /s$/.test(s[j - 1]!.text) && isCap(s[j + 1])));
      if (m && m.name) {
        const nameWords = m.name.split(/\s+/);
        const lastWord = nameWords[nameWords.length - 1]!.toLowerCase();
        if (m.kind === 'org') register.add(m.name, 'organisation', null, pos);
        else if (nameWords.length >= 2 && !nameWords.some((w, x) => NON_PERSON.has(w.toLowerCase()) && !firstName(w, x) && !surnameWord(nameWords, x)) && !TITLE_WORDS.has(lastWord) && !ROLE_NOUNS.has(lastWord) && !ORG_WORDS.has(lastWord) && nameWords.every((w) => /^\p{Lu}/u.test(w) || /^(de|van|von|al|bin)$/.test(w)) && !titleCaseLine(nameWords)) {
          // role: title words in the run, role words before it, apposition after it
          const roleParts: string[] = [];
          // (the mention's own role: titles before the name and an affiliation after it, "Sen. Ann Lee of Acme"; not the run's other words)
          const peeled = m.role ? [m.role] : [];
          let k = i - 1;
          const lead: string[] = [];
          const leadOk = (t: Token) => ROLE_LEAD.has(t.lower.replace(/'s$/, '')) || isCap(t) || /['’]s$/.test(t.text) || (/^[a-z-]+(er|or|ist|man|woman|ian|ent|ant|ary|ee|ive)$/.test(t.text) && !NP_BOUNDARY.has(t.lower) && !cueInfo(t.lower) && !DETS.has(t.lower));
          // ("secretary of state Ann Lee": a role word's "of" complement)
          // (only after a role's head noun: not "the campaign of candidate Ann Lee")
          const ofLink = (x: number) => s[x]!.lower === 'of' && lead.length > 0 && x > 0 && OF_ROLE_HEADS.test(s[x - 1]!.lower);
          while (k >= 0 && !(k === 0 && participle) && i - k <= 5 && s[k]!.type === 'word' && ((leadOk(s[k]!) && !NOT_NAME_WORDS.has(s[k]!.lower)) || ofLink(k))) {
            lead.unshift(s[k]!.text);
            k--;
          }
          // lower-case lead words count only after a determiner, a comma, a capitalised word or the sentence start
          while (lead.length && /^[a-z]/.test(lead[0]!) && !ROLE_LEAD.has(lead[0]!) && k >= 0 && !(DETS.has(s[k]!.lower) || s[k]!.text === ',' || isCap(s[k]))) { lead.shift(); k++; }
          if (lead.length || peeled.length) roleParts.push([...lead, ...peeled].join(' '));
          // apposition after: ", the ROLE ..." up to the next comma
          if (s[j]?.text === ',') {
            let e = j + 1;
            while (e < s.length && s[e]!.text !== ',' && s[e]!.type !== 'quote' && !/^[.;:!?]$/.test(s[e]!.text)) e++;
            const app = s.slice(j + 1, e);
            if (app.length && app.length <= 12 && ['the', 'a', 'an', 'his', 'her', 'its', 'their'].includes(app[0]!.lower) && app.some((t) => ROLE_NOUNS.has(t.lower) || TITLE_WORDS.has(t.lower)) && (s[e]?.text === ',' || e >= s.length || /^[.;!?]$/.test(s[e]!.text))) {
              roleParts.push(app.slice(1).map((t) => t.text).join(' '));
            }
          }
          // apposition before: "His special envoy to Ukraine, NAME,"
          if (s[i - 1]?.text === ',' && s[j]?.text === ',') {
            let b = i - 2;
            while (b >= 0 && s[b]!.text !== ',' && s[b]!.type !== 'quote') b--;
            // (after the last clause word or preposition in the segment: "…, while her rival, Tom Roe, won", "At the back was his aide, Tom Roe,")
            const app = s.slice(b + 1 + appositionStart(s.slice(b + 1, i - 1)), i - 1);
            const head = app.findIndex((t) => ROLE_NOUNS.has(t.lower));
            // (not a participle clause: "…, putting her ahead of her rival, Sen. Tom Roe,")
            if (app.length && app.length <= 10 && head >= 0 && app.every((t) => t.type === 'word') && !participleClause(app)) {
              roleParts.push(app.filter((t, x) => !(x === 0 && ['the', 'his', 'her', 'its', 'their', 'a', 'an'].includes(t.lower))).map((t) => t.text).join(' '));
            }
          }
          register.add(m.name, 'person', roleParts.filter(Boolean).join(', ') || null, pos);
          if ((!subjectDone && !modifier) || relSubject) register.subjects.add(pos);
        } else if (nameWords.length === 1) {
          singles.push({ word: m.name, pos, title: words.slice(0, -1).join(' ') });
          if ((!subjectDone && !modifier) || relSubject) register.subjects.add(pos);
        }
      }
      i = j - 1;
      if (!modifier) subjectDone = true;
    }
  }
  for (const s of singles) {
    if (!register.addSurnameMention(s.word, s.pos, s.title) && isSingleNamePerson(s.word, s.title, lowerWords)) register.addSingleName(s.word, s.pos, s.title);
  }
  // cataphora: each indefinite role mention introduces someone not yet introduced
  const cataphora = new Map<number, string>();
  const taken = new Set<string>();
  for (const m of indefinite) {
    const e = register.nextWithRole(m, m.start, taken);
    if (e && restates(sentences, m, e.first)) {
      cataphora.set(m.start, e.name);
      taken.add(e.name);
    }
  }
  return { register, cataphora };
}

/** Short words and reporting words that two sentences share without saying the same thing. */
const COMMON_CONTENT = /^(that|this|with|from|have|has|been|were|would|will|could|should|said|says|told|there|their|they|them|which|what|when|about|also|more|than|into|over|only|some|such|other|after|before|while|because|week|weeks|year|years|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|official|officials|spokesman|spokeswoman|president|minister|secretary)$/;
/**
 * "A senior Russian official said that while Moscow remains open to talks, … (later) Deputy Foreign
 * Minister Sergei Ryabkov signalled that while Russia remains open to dialogue, …": an unnamed source
 * ("a senior official", "an FBI official", "a White House spokesman") is the person named later with
 * a fitting role only when that name stands right after it, in apposition ("A Twitter spokesman, Tom
 * Lee, said"), or the sentence naming the person says again what the source said (two or more
 * content words in common). Otherwise the source is one the article does not name: anonymous
 * sources, by their nature, are not the officials quoted by name elsewhere.
 */
function restates(sentences: Token[][], m: Mention, first: number): boolean {
  if (first - m.end < 40) return true;
  const within = (pos: number) => sentences.find((s) => s.length && s[0]!.start <= pos && s[s.length - 1]!.end >= pos) ?? [];
  const words = (toks: Token[]) => new Set(toks.filter((t) => t.type === 'word' && t.lower.length >= 4 && /^[a-z]+$/.test(t.lower) && !COMMON_CONTENT.test(t.lower)).map((t) => t.lower));
  const said = words(within(m.start).filter((t) => t.start >= m.end || t.end <= m.start));
  let shared = 0;
  for (const w of words(within(first))) if (said.has(w)) shared++;
  return shared >= 2;
}

/** "Citing Ann Lee, Roe said …", "Using Lee as a foil …": a participle opening a sentence before a name is no part of that name. */
function openingParticiple(s: Token[]): boolean {
  const t = s[0];
  return !!t && t.type === 'word' && /^\p{Lu}[a-z]{2,}ing$/u.test(t.text) && !isGivenName(t.text) && isCap(s[1]);
}
/** "Citing Lee, Roe said …": the index after the comma closing an opening participle clause, else 0. */
function participleClauseEnd(s: Token[]): number {
  for (let i = 1; i < Math.min(s.length - 1, 30); i++) {
    if (s[i]!.type === 'quote' || /^[.;:!?]$/.test(s[i]!.text)) return 0;
    if (s[i]!.text === ',') return i + 1;
  }
  return 0;
}

/**
 * "Reached by the Courier, Lee said …", "Asked about the vote, Lee said …", "Speaking to reporters, Lee …":
 * a participle and its preposition opening a sentence; the index after the comma closing that phrase
 * when a name or pronoun follows it, else 0.
 */
function participlePhraseEnd(s: Token[]): number {
  const t = s[0];
  if (!t || t.type !== 'word' || !/^\p{Lu}[a-z]{2,}(ed|en|ing)$/u.test(t.text) || isGivenName(t.text)) return 0;
  if (s[1]?.type !== 'word' || !PARTICIPLE_LINKS.test(s[1].text)) return 0;
  const end = participleClauseEnd(s);
  return end && (isCap(s[end]) || /^(he|she|they|we|i)$/.test(s[end]?.lower ?? '')) ? end : 0;
}
const PARTICIPLE_LINKS = /^(by|about|on|at|in|for|to|with|from|if|whether|why|how|what|during|after|before|over|into|through|as|under|against|outside|inside)$/;

/** "On Thursday evening Lee spoke": a part of the day after a day's name, in a time phrase before the subject. */
const dayTime = (s: Token[], i: number) => /^(morning|afternoon|evening|night)$/.test(s[i]!.lower) && MONTH_DAY.test(s[i - 1]?.lower ?? '');

/** "Lee Speech Praised By Roe": a title-case headline's words, with a capitalised preposition, are no person's name. */
const titleCaseLine = (words: string[]) => words.length > 2 && words.some((w) => /^(By|To|For|The|In|On|With|At|From|Into|Over|After|Says|Said)$/.test(w));

/** "Bill Lee", "Day Roe": a full name's first word that is a known first name, not a thing ("Farm Bill", "Labor Day"). */
const firstName = (word: string, index: number) => index === 0 && genderOfName(word) !== null;
/** "Tom Day", "Ann Hall", "Ivo Park": after a given name, a word that names a day or a place is a surname. */
const SURNAME_WORDS = /^(day|hall|park|church|law|street|town|west|north|south|bill)$/;
const surnameWord = (words: string[], index: number) => index === words.length - 1 && words.length === 2 && SURNAME_WORDS.test(words[index]!.toLowerCase()) && genderOfName(words[0]!) !== null;

/** "Said Lee, …": a reporting verb opening a sentence before its speaker is no part of the name. */
function openingReportVerb(t: Token): boolean {
  const info = cueInfo(t.lower);
  return !!info && info.strength === 'speech' && (info.form === 'past' || info.form === 'third') && /^\p{Lu}\p{Ll}+$/u.test(t.text);
}
