/**
 * Speakers: reading a speaker mention (a noun phrase next to a cue), the
 * article's register of named people (full names, roles from titles and
 * appositions), resolution of surnames, pronouns and role phrases (anaphora
 * and cataphora), and the site-wide merge of speakers across articles.
 */
import type { SpeakerConfig, SpeakerRef, SpeakerType } from '../types.ts';
import { ANONYMOUS_HEADS, cueInfo, NOT_NAME_WORDS, ORG_WORDS, PRONOUNS, ROLE_NOUNS, TITLE_WORDS } from './cues.ts';
import type { Token } from './tokens.ts';
import { compatible, genderOfName, isGivenName, pronounGender, roleGender, type Gender } from './gender.ts';
import { isPlaceLabel, MADE_PARTICIPLES, MONTH_ABBREVIATION, POLL_HEADS, PRONOUN_SUBJECTS, SOURCE_MODIFIERS } from './np.ts';
import { escapeRegExp } from '../regexp.ts';
import { COMPANY_HEADS, CORPORATE_TAIL } from './organisations.ts';

export type MentionKind = 'name' | 'org' | 'pronoun' | 'role' | 'anonymous';

export interface Mention {
  text: string;
  start: number;
  end: number;
  kind: MentionKind;
  /** Name as written (names and organisations). */
  name: string | null;
  role: string | null;
  /** Head noun of a role or anonymous mention ("official"). */
  head: string | null;
  definite: boolean;
  plural: boolean;
  /** Lower-cased modifier words of a role mention ("senior", "russian"). */
  modifiers: string[];
}

const isCap = (t: Token) => t.type === 'word' && /^[\p{Lu}]/u.test(t.text);
const stripPoss = (s: string) => s.replace(/['’]s?$/u, '');
const isPossessive = (t: Token) => /['’]s?$/u.test(t.text) && t.text.length > 2;
const bare = (s: string) => s.toLowerCase().replace(/\.$/, '').replace(/’/g, "'");
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'this', 'that', 'these', 'those', 'one', 'some', 'two', 'three', 'several', 'many', 'other', 'another']);
/** Indefinite pronouns and numerals for people: "Anyone", "Neither", "Hundreds" name no one. */
const INDEFINITE_PEOPLE = new Set(['anyone', 'anybody', 'everyone', 'everybody', 'nobody', 'neither', 'either', 'none', 'hundreds', 'thousands', 'dozens', 'millions', 'scores']);

/**
 * A word for people that names no one, capitalised only because it opens the
 * sentence: an indefinite pronoun ("Anyone said …") or the plural of a group
 * noun by its ending ("Strategists", "Millennials", "Hispanics", "Proponents";
 * not "-ments", where surnames such as "Clements" end).
 */
function groupWord(word: string): boolean {
  return INDEFINITE_PEOPLE.has(word.toLowerCase()) || (/^\p{Lu}\p{Ll}+$/u.test(word) && groupHead(word.toLowerCase()) && !isGivenName(word));
}

/** The plural head noun of such a group, lower-cased ("strategists", "millennials"). */
export function groupHead(head: string): boolean {
  return /(ists|ians|ics|ials|ents|ites)$/.test(head) && !/ments$/.test(head);
}

/**
 * "advocates", "commentators", "historians", "protesters": a plural noun naming people by what they
 * do or believe (-ers, -ors, -ists, -ians, and a few common ones), not things ("numbers", "rumors").
 */
export function pluralAgentNoun(head: string): boolean {
  if (AGENT_PLURALS.has(head)) return true;
  return (/^[a-z]{3,}(ers|ors|ists|ians)$/.test(head) || groupHead(head)) && !NON_AGENT_PLURALS.has(head);
}
const AGENT_PLURALS = new Set(['women', 'men', 'advocates', 'candidates', 'delegates', 'parents', 'students', 'immigrants', 'protestants', 'catholics', 'evangelicals', 'moderates', 'progressives', 'independents', 'clergy', 'families', 'fans', 'groups', 'unions', 'governments', 'agencies', 'companies', 'firms', 'campaigns', 'parties', 'nations', 'countries', 'states', 'donors', 'allies', 'elites', 'pundits', 'hawks', 'doves', 'liberals', 'conservatives', 'libertarians', 'socialists']);
const NON_AGENT_PLURALS = new Set(['numbers', 'papers', 'letters', 'orders', 'matters', 'centers', 'answers', 'offers', 'powers', 'borders', 'chambers', 'headquarters', 'corners', 'computers', 'markers', 'posters', 'layers', 'waters', 'fingers', 'quarters', 'barriers', 'filters', 'meters', 'characters', 'factors', 'doors', 'floors', 'errors', 'sectors', 'motors', 'mirrors', 'colors', 'colours', 'rumors', 'rumours', 'honors', 'favors', 'flavors', 'corridors', 'tremors', 'indicators', 'monitors', 'others', 'ethers', 'cancers', 'flowers', 'towers', 'covers', 'filers', 'folders', 'headers', 'chapters', 'dollars', 'orders', 'shares', 'counters', 'banners', 'stickers', 'trailers', 'fliers', 'flyers', 'mailers', 'members']);
const INDEFINITE = new Set(['a', 'an', 'one', 'some', 'two', 'three', 'four', 'several', 'many', 'other', 'another', 'few', 'most', 'numerous', 'multiple', 'various']);
const MONTHS_DAYS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday']);
const NAME_LINKS = new Set(['of', 'for', 'on', 'de', 'van', 'von', 'der', 'al', 'bin', 'la', 'le', 'du', 'da']);
const ACRONYM = /^[A-Z]{2,6}$/;
/** Places that are never a person (a lone place name as speaker is an organisation: a government, a city hall). */
export const PLACES = new Set([
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida', 'georgia',
  'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland',
  'massachusetts', 'michigan', 'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska', 'nevada', 'ohio',
  'oklahoma', 'oregon', 'pennsylvania', 'tennessee', 'texas', 'utah', 'vermont', 'virginia', 'wisconsin', 'wyoming',
  'york', 'jersey', 'carolina', 'dakota', 'hampshire', 'chicago', 'tulsa', 'boston', 'atlanta', 'houston', 'dallas',
  'miami', 'detroit', 'philadelphia', 'seattle', 'denver', 'phoenix', 'baltimore', 'cleveland', 'charlotte',
  'ferguson', 'brooklyn', 'manhattan', 'africa', 'asia', 'europe', 'america', 'syria', 'iraq', 'afghanistan',
  'pakistan', 'india', 'canada', 'mexico', 'cuba', 'venezuela', 'brazil', 'japan', 'korea', 'vietnam', 'burma',
  'myanmar', 'haiti', 'egypt', 'libya', 'yemen', 'saudi', 'qatar', 'turkey', 'greece', 'italy', 'spain', 'poland',
  'hungary', 'sweden', 'norway', 'denmark', 'finland', 'estonia', 'latvia', 'lithuania', 'belarus', 'georgia',
  'crimea', 'gaza', 'jerusalem', 'kabul', 'baghdad', 'damascus', 'cairo', 'tokyo', 'seoul', 'delhi', 'ottawa',
  'korea', 'arabia', 'zealand', 'states', 'kingdom', 'emirates', 'rica', 'lanka', 'africa', 'guinea', 'sudan',
  'angeles', 'francisco', 'diego', 'vegas', 'orleans', 'antonio', 'louis', 'paul', 'city', 'county',
]);

/** A subject pronoun with its auxiliary contracted onto it ("he’s", "she'd", "they’ll") is that pronoun. */
function pronounOf(lower: string): string {
  return lower.replace(/['’](s|d|ll|re|ve|m)$/, '');
}

/** Sentence adverbs that may open a sentence before a name without a comma: "Certainly Ann Lee has said …". */
const SENTENCE_ADVERBS = new Set([
  'certainly', 'clearly', 'obviously', 'apparently', 'surely', 'frankly', 'recently', 'previously', 'similarly',
  'unfortunately', 'fortunately', 'ironically', 'initially', 'eventually', 'ultimately', 'originally', 'subsequently',
  'currently', 'notably', 'privately', 'publicly', 'undoubtedly', 'evidently', 'presumably', 'reportedly', 'allegedly',
  'interestingly', 'admittedly', 'naturally', 'accordingly', 'consequently', 'additionally', 'likewise', 'therefore',
]);

/** Does a short capitalised run at i end in the word of a public body or association (not a company's tail: "Ford and Acme Corp." are two)? */
function linkedBody(toks: Token[], i: number): boolean {
  let k = i;
  while (k < toks.length && k < i + 3 && isCap(toks[k]!)) k++;
  if (k === i || isGivenName(toks[i]!.text)) return false;
  return /^(service|services|department|association|commission|administration|agency|bureau|board|council|committee|authority|institute|society|foundation|league|office|ministry|loan|loans)$/.test(bare(toks[k - 1]!.text).toLowerCase());
}

const WEEKDAY = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** Split an NP into capitalised runs (names, titles, organisations). */
function capRuns(toks: Token[]): [number, number][] {
  const runs: [number, number][] = [];
  let i = 0;
  while (i < toks.length) {
    if (isCap(toks[i]!) && !(i === 0 && (NOT_NAME_WORDS.has(toks[i]!.lower) || (SENTENCE_ADVERBS.has(toks[i]!.lower) && !!toks[i + 1] && isCap(toks[i + 1]!))))) {
      let j = i + 1;
      while (j < toks.length) {
        const t = toks[j]!;
        // ("President Ann Lee Thursday condemned": a weekday after a name dates the verb; it ends the name)
        if (isCap(t) && WEEKDAY.test(t.lower)) break;
        if (isCap(t)) { j++; continue; }
        // ("Abdul Amir al-Anbari", "Omar el-Sayed": an Arabic article joined to a surname by a hyphen goes on with the name)
        if (t.type === 'word' && /^(al|el|ad|ash|as|az|at)-\p{Lu}\p{Ll}+$/u.test(t.text)) { j++; continue; }
        if (t.type === 'word' && NAME_LINKS.has(t.lower) && toks[j + 1] && isCap(toks[j + 1]!) && !isPossessive(toks[j - 1]!)) { j += 2; continue; }
        // "Alliance to Save Our Parks", "Committee to Protect Reporters": an organisation's name goes on after "to"
        if (t.type === 'word' && t.lower === 'to' && ORG_WORDS.has(bare(toks[j - 1]!.text)) && toks[j + 1] && isCap(toks[j + 1]!)) { j += 2; continue; }
        if (t.type === 'punct' && t.text === '-' && toks[j + 1] && isCap(toks[j + 1]!)) { j += 2; continue; }
        // "Tann & Ellis", "Dorn amp Keller": an ampersand between capitalised words joins one name (a firm's)
        if ((t.text === '&' || t.lower === 'amp') && toks[j + 1] && isCap(toks[j + 1]!) && !isPossessive(toks[j - 1]!)) { j += 2; continue; }
        // "Fisheries and Wildlife Service", "Harbor Savings & Loan Association": "and" inside the name of a body
        if (/^(and|&|amp)$/.test(t.lower) && j - i <= 2 && toks.slice(i, j).every((w) => isCap(w) && !isGivenName(w.text) && !isPossessive(w)) && linkedBody(toks, j + 1)) { j += 2; continue; }
        break;
      }
      // a possessive ends a run ("Moscow's Deputy …" keeps going: the title words are peeled later)
      runs.push([i, j]);
      i = j;
    } else i++;
  }
  return runs;
}

/**
 * "Ann Lee and Tom Roe said": of two coordinated names the first heads the
 * mention (not so in "Lee and Roe supporters", where a noun follows).
 */
function firstOfCoordinatedNames(seg: Token[], runs: [number, number][], run: [number, number]): boolean {
  if (seg[run[1]]?.lower !== 'and') return false;
  const second = runs.find((r) => r[0] === run[1] + 1);
  if (!second) return false;
  const after = seg[second[1]];
  if (after && after.type === 'word' && !isCap(after) && !/^(and|or|of|from|at|in|with)$/.test(after.lower)) return false;
  // "Parks and Recreation Department", "Ohio Gov. and Party Chairman Ann Lee": one organisation, one person ("Mr. King" is a name)
  const words = (r: [number, number]) => seg.slice(r[0], r[1]).map((t) => t.text);
  const last = bare(seg[run[1] - 1]!.text);
  const honorific = /^(mr|mrs|ms|dr)\.?$/i.test(seg[run[0]]!.text);
  return !isOrgName(words(run)) && !isOrgName(words(second)) && (honorific || !TITLE_WORDS.has(last));
}

function isOrgName(words: string[]): boolean {
  if (words.length === 0) return false;
  const last = bare(stripPoss(words[words.length - 1]!));
  if (words.length > 1 && !words.some((w) => TITLE_WORDS.has(bare(w)) || /['’]s$/.test(w)) && words.some((w) => ORG_WORDS.has(bare(w)))) return true;
  if (PLACES.has(last)) return true;
  // ("Tann & Ellis": a name of two joined by an ampersand is a firm's)
  // (not a person of such a firm: "Tom Roe of Tann & Ellis")
  const amp = words.findIndex((w, i) => i > 0 && i < words.length - 1 && (w === '&' || w === 'amp'));
  if (amp > 0 && !words.slice(0, amp).includes('of')) return true;
  // "Department of Harbour Security", "Ministry of Inland Affairs": an organisation word and its "of" phrase, title words and all
  // (not when a name runs on after it: "the Office of Trade Affairs Lee had proposed")
  if (words.length > 2 && ORG_WORDS.has(bare(words[0]!)) && words[1] === 'of' && !/['’]s$/.test(words[0]!) && (TITLE_WORDS.has(last) || ORG_WORDS.has(last) || PLACES.has(last) || /s$/.test(last))) return true;
  // ("JAKE TAPPER:" in a transcript is a person's name in capitals: a first name opens it)
  if (words.some((w) => ACRONYM.test(stripPoss(w)) && !['US', 'UK', 'USA', 'II', 'III', 'JR'].includes(stripPoss(w))) && !(words.length >= 2 && words.every((w) => /^\p{Lu}+$/u.test(stripPoss(w))) && isGivenName(words[0]!))) return true;
  // "F.B.I.", "U.S.", "N.C.": an abbreviation alone is an organisation or a place, never a person
  if (words.length === 1 && /^(\p{Lu}\.){2,}$/u.test(stripPoss(words[0]!))) return true;
  if (words.length === 1 && /^(US|UK|USA)$/.test(stripPoss(words[0]!))) return true;
  // "Factcheck.org", "Politico.com": a name with a web domain is a site, never a person
  if (/\.(org|com|net|gov|edu)$/i.test(stripPoss(words[words.length - 1]!))) return true;
  if (ORG_WORDS.has(last)) return true;
  if (words.length === 1 && ORG_WORDS.has(bare(stripPoss(words[0]!)))) return true;
  return false;
}

/**
 * "Sen. Ann Lee of Ohio", "Tom Roe of Dayton": a person's full name followed by
 * "of" and the place they come from or represent is the person; the place is
 * not their name (nor makes them an organisation). "Ann Lee of Acme Capital",
 * "FBI Director Tom Roe of the bureau": the same with an organisation, which becomes
 * part of the person's role. Returns [person words, affiliation words].
 */
function homePlaceDropped(words: string[]): [string[], string[]] {
  const of = words.indexOf('of');
  if (of < 2) return [words, []];
  const person = words.slice(0, of);
  const after = words.slice(of + 1);
  const [, name] = peelTitles(person);
  // ("Mr. Roe of Roe & Ellis", "Tom Roe of Tann amp Ellis": a firm's name joined by an ampersand after "of" is the person's firm)
  const firm = after.length > 2 && after.some((w) => w === '&' || w === 'amp') && isOrgName(after) && person.every((w) => personNameWord(w) || HONORIFIC.test(w));
  // ("Mr. Leon of Bear Stearns", "Dr. Ruiz of the clinic": an honorific and a surname are a person, too)
  const honorific = person.length === 2 && /^(mr|mrs|ms|dr)\.?$/i.test(person[0]!) && personNameWord(person[1]!);
  if ((name.length < 2 && !firm && !honorific) || TITLE_WORDS.has(bare(person[of - 1]!))) return [words, []];
  const titled = honorific || titledPerson(person) !== null;
  if (PLACES.has(bare(stripPoss(words[words.length - 1]!)))) {
    return titled || (!isOrgName(person) && !person.some((w) => ORG_WORDS.has(bare(w)))) ? [person, []] : [words, []];
  }
  // an organisation after "of" only when the person part is clearly a person's name ("Ann" is a first name, or a title precedes it)
  const given = !isOrgName(person) && person.length <= 3 && isGivenName(person[0]!);
  // ("Nora Pell of Dayton": two name words, a first name not on the list, and a one- or two-word home town)
  const plainPair = person.length === 2 && person.every((w) => personNameWord(w) && !ORG_WORDS.has(bare(w))) && !isOrgName(person) && after.length <= 2 && after.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !ORG_WORDS.has(bare(w)));
  return (given || titled || firm || plainPair) && after.length && !TITLE_WORDS.has(bare(after[0]!)) ? [person, after] : [words, []];
}

/** Titles of courtesy, which give no role: "Mr.", "Mrs.", "Ms.", "Dr.". */
const HONORIFIC = /^(mr|mrs|ms|miss|dr)\.?$/i;

/** Titles of several people at once ("Sens. Ann Lee and Tom Roe", "Presidents Ann Lee of Acme and Tom Roe of Vela"). */
const PLURAL_TITLES = new Set(['sens', 'sens.', 'reps', 'reps.', 'govs', 'govs.', 'drs', 'drs.', 'messrs', 'messrs.', 'presidents', 'senators', 'governors', 'ministers', 'mayors', 'ambassadors', 'chancellors', 'premiers', 'congressmen', 'congresswomen', 'representatives', 'secretaries', 'commissioners', 'generals']);

/** Title words that head a person's title (not modifiers such as "former", "state", "national"). */
const PERSON_TITLES = new Set([...TITLE_WORDS].filter((w) => !/^(former|democratic|republican|gop|democrat|independent|state|house|senate|majority|minority|presidential|vice-presidential|running|ex|acting|interim|campaign|press|communications|national|security|homeland|treasury|labor|labour|interior|health|finance|economy|trade|commerce|education|energy|agriculture|transportation|veterans|affairs|first|special|foreign|defense|defence|prime|vice|deputy|u\.s\.|us|u\.s|uk)$/.test(w)));

/** A word of a person's name: "Ann", "O’Neill", an initial "B." or "G.K.", a suffix "Jr.". */
function personNameWord(w: string): boolean {
  if (/^(\p{Lu}\.)+$/u.test(w) || /^(Jr\.?|Sr\.?|II|III|IV)$/.test(w)) return true;
  // ("Secretary-General", "Vice-President": a title of hyphenated title words is no name)
  if (w.includes('-') && bare(w).split('-').every((p) => TITLE_WORDS.has(p) || /^(in|at|of)$/.test(p))) return false;
  return /^\p{Lu}[\p{Ll}’']*\p{Ll}(-\p{Lu}\p{Ll}+)?$/u.test(stripPoss(w)) && !TITLE_WORDS.has(bare(w)) && !PLURAL_TITLES.has(bare(w)) && !ORG_WORDS.has(bare(w)) && !ROLE_NOUNS.has(bare(w));
}

/** Is this word a person's title ("Director", "Sen.", "Editor-in-Chief", "Secretary-Treasurer")? */
function personTitle(w: string): boolean {
  return PERSON_TITLES.has(bare(w)) || PLURAL_TITLES.has(bare(w)) || ROLE_NOUNS.has(bare(w)) || w.split('-').some((p) => PERSON_TITLES.has(bare(p)));
}

/** Words in -er/-or/-ent that are no occupation ("Neither", "Wherever", "Whatever"). */
const NOT_OCCUPATION = /^(neither|either|wherever|whenever|whatever|whoever|however|never|ever|rather|together|whether|other|another|after|under|over|latter|later|earlier|per|current|recent|different|present|absent|ardent|silent|important)$/;

/**
 * "FBI Director Ann Lee", "Acme CEO Tom Roe", "GOP Sen. Ann B. Lee", "RNC Chief of Staff
 * Tom Roe": an organisation's name before a person's title and name. The run as a whole
 * looks like an organisation (it holds an acronym or an organisation word), but the title
 * says a person follows: [organisation and title, name] when what follows is a full name.
 */
function titledPerson(words: string[]): [string[], string[]] | null {
  let n = words.length;
  while (n > 0 && personNameWord(words[n - 1]!)) n--;
  // ("Comedian Ann Lee", "Novelist Tom Roe": a noun of occupation capitalised before a first name is no name)
  const occupation = (i: number) => /^\p{Lu}\p{Ll}+(ian|er|or|ist|ess|ant|ent|man|woman)$/u.test(words[i]!) && !NOT_OCCUPATION.test(words[i]!.toLowerCase()) && !NOT_NAME_WORDS.has(words[i]!.toLowerCase()) && !isGivenName(words[i]!) && isGivenName(words[i + 1] ?? '');
  const job = words.findIndex((_, i) => i >= n && i < words.length - 2 && occupation(i));
  if (job >= 0) n = job + 1;
  const name = words.slice(n);
  if (n < 1 || name.length < 2 || !name.some((w) => !/\.$/.test(w)) || isOrgName(name)) return null;
  // the title is the word before the name, or a title with its "of" phrase ("Chief of Staff", "Director of Policy")
  const title = words.slice(0, n);
  const head = title.findLastIndex((w, i) => personTitle(w) || (i === n - 1 && occupation(i)));
  if (head < 0) return null;
  const tail = title.slice(head + 1);
  if (tail.length && (!/^(of|for)$/.test(tail[0]!) || tail.length > 4)) return null;
  // "Director of Coastal Intelligence Ann Lee", "Commissioner for Trade Tom Roe": the title's
  // "of"/"for" phrase runs into the name; the name starts at its first name, or is the last two words
  if (tail.length && name.length > 2 && !isGivenName(name[0]!)) {
    const given = name.findIndex((w, i) => i > 0 && i < name.length - 1 && isGivenName(w));
    const start = given > 0 ? given : /\.$/.test(name[name.length - 2]!) ? name.length - 3 : name.length - 2;
    if (start > 0) return [[...title, ...name.slice(0, start)], name.slice(start)];
  }
  return [title, name];
}

/**
 * "Deputy Director of the Harbor Board for Planning Ann Lee": a title with its "of" or "for" phrase
 * run straight into a person's name. The name is the last two or three words, opening with a known
 * given name after a capitalised word of the phrase; the index where it starts, or -1.
 */
function nameAfterOfPhrase(words: string[]): number {
  if (words.length < 4 || !words.some((w) => w === 'of' || w === 'for')) return -1;
  for (let i = Math.max(2, words.length - 3); i <= words.length - 2; i++) {
    const name = words.slice(i);
    const prev = words[i - 1]!;
    if (!isGivenName(words[i]!) || NAME_LINKS.has(prev) || !/^\p{Lu}/u.test(prev) || !words.slice(0, i).some((w) => w === 'of' || w === 'for')) continue;
    if (!name.every((w) => /^\p{Lu}[\p{L}’'.-]*$/u.test(w) && !ORG_WORDS.has(bare(stripPoss(w))) && !TITLE_WORDS.has(bare(stripPoss(w))) && !PLACES.has(bare(stripPoss(w))))) continue;
    return i;
  }
  return -1;
}

/** Peel leading titles from a capitalised run: [role words, name words]. */
function peelTitles(words: string[]): [string[], string[]] {
  // "NBC’s Ann Lee", "the agency’s director Tom Roe": the name follows the possessive
  const poss = words.findLastIndex((w, i) => i < words.length - 1 && /['’]s$/.test(w));
  // "Hudson's Bay Co.", "Dunmore's Market Inc.": a founder's possessive inside a company's name, which ends in a corporate tail
  if (poss === 0 && CORPORATE_TAIL.test(words[words.length - 1]!)) return [[], words];
  if (poss >= 0 && !isOrgName(words.slice(poss + 1))) {
    const [role, name] = peelTitles(words.slice(poss + 1));
    return [[...words.slice(0, poss + 1), ...role], name];
  }
  const titled = titledPerson(words);
  if (titled) return titled;
  const tail = nameAfterOfPhrase(words);
  if (tail > 0) return [words.slice(0, tail), words.slice(tail)];
  if (isOrgName(words)) return [[], words];
  let k = 0;
  // the last title word (or possessive) before the remaining name
  for (let i = 0; i < words.length - 1; i++) {
    const w = bare(words[i]!);
    if (TITLE_WORDS.has(w) || PLURAL_TITLES.has(w) || /['’]s$/.test(words[i]!) || (ORG_WORDS.has(w) && TITLE_WORDS.has(bare(words[i + 1]!)))) k = i + 1;
    // "Korean-born Ann Lee", "Ohio-based Tom Roe": a birthplace or base before the name describes the person
    if (/\p{L}-(born|based|bred|raised)$/u.test(words[i]!) && i < words.length - 1) k = i + 1;
  }
  // demonym/organisation words directly before a title ("Kremlin Spokesman", "US President")
  return [words.slice(0, k), words.slice(k)];
}

/** Words that name a share of a group: "40 percent", "a majority", "two-thirds", "half". */
const SHARE_HEADS = /^(percent|per|%|majority|majorities|plurality|minority|half|third|thirds|quarter|quarters|fifth|fifths|share|fraction)$/;
const NUMBER = /^(\d[\d.,]*%?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(-[a-z]+)*$/i;
/** Nouns of a whole of people after "of": "of the public", "of those polled", "of them". */
const PEOPLE_WHOLES = new Set(['those', 'them', 'us', 'whom', 'public', 'electorate', 'population', 'country', 'nation', 'respondents', 'people', 'adults', 'men', 'women', 'children']);
/** Plural nouns of things that a share is often of: "half of the funds", "a third of the seats". */
const THING_WHOLES = new Set(['votes', 'ballots', 'funds', 'dollars', 'seats', 'cases', 'sales', 'costs', 'jobs', 'homes', 'units', 'assets', 'shares', 'profits', 'revenues', 'taxes', 'loans', 'emissions', 'imports', 'exports', 'deaths', 'births', 'acres', 'miles', 'hours', 'days', 'years', 'months', 'weeks', 'points', 'items', 'goods', 'products', 'services', 'programs', 'projects', 'bills', 'laws', 'rules', 'documents', 'records', 'files', 'pages', 'words', 'posts', 'ads', 'calls', 'cars', 'vehicles', 'buildings', 'roads', 'schools', 'hospitals', 'companies', 'firms', 'businesses', 'banks']);

/**
 * "40 percent of voters", "a majority of Republicans", "two-thirds", "six in 10 Americans", "nearly
 * half": a share of a group of people as a subject (a poll's respondents), read as one anonymous,
 * plural mention whose head is the share word ("percent", "majority", "in"). Not a share of
 * something else ("30 percent of the budget"): an "of" must name people, or the share is of "things".
 */
function shareOfPeople(toks: Token[]): string | null {
  let i = 0;
  while (i < toks.length && /^(about|around|nearly|almost|roughly|some|only|just|over|under|fully|a|an|the|full|mere|at|least|most|more|fewer|less|than|as|many|vast|large|slim|narrow|clear|solid|strong|overwhelming|bare|small|growing|sizable|sizeable|whopping|paltry|staggering|scant)$/.test(toks[i]!.lower)) i++;
  const w = toks[i];
  if (!w || w.type !== 'word') return null;
  let head: string | null = null;
  let j = i;
  if (/-(thirds?|quarters?|fifths?|half)$/i.test(w.text) || (NUMBER.test(w.text) && /%$/.test(w.text))) { head = w.lower.replace(/^.*-/, '').replace(/^.*%$/, 'percent'); j = i + 1; }
  else if (SHARE_HEADS.test(w.lower) && w.lower !== 'per' && w.lower !== '%') { head = w.lower; j = i + 1; }
  else if (NUMBER.test(w.text)) {
    const n = toks[i + 1];
    if (n && (n.lower === 'percent' || n.text === '%' || /^(thirds?|quarters?|fifths?)$/.test(n.lower))) { head = n.lower === '%' ? 'percent' : n.lower; j = i + 2; }
    // "six in 10", "one out of five", "three of four"
    else if (n && /^(in|of|out)$/.test(n.lower)) {
      const k = n.lower === 'out' && toks[i + 2]?.lower === 'of' ? i + 3 : i + 2;
      if (toks[k] && NUMBER.test(toks[k]!.text)) { head = 'in'; j = k + 1; }
    }
  }
  if (!head) return null;
  if (j >= toks.length) return head;
  const rest = toks.slice(j);
  // "six in 10 voters", "40 percent of voters", "half the senators", "a third of those polled"
  const of = rest[0]!.lower === 'of' ? rest.slice(1) : head === 'in' || head === 'half' ? rest : null;
  if (!of) return null;
  // the whole's head: the last word before a preposition, a participle or a relative ("of voters in Ohio", "of those polled")
  const cut = of.findIndex((t, i) => i > 0 && (t.type !== 'word' || /^(in|on|at|from|across|who|that|which|polled|surveyed|asked|interviewed)$/.test(t.lower) || /^[a-z]+ing$/.test(t.text)));
  const whole = (cut > 0 ? of.slice(0, cut) : of).filter((t) => t.type === 'word');
  const noun = whole[whole.length - 1]?.lower;
  if (!noun) return 'things';
  const people = PEOPLE_WHOLES.has(noun) || ANONYMOUS_HEADS.has(noun) || ROLE_NOUNS.has(noun) || (/[a-z](s|men|people)$/.test(noun) && !/(ss|us|is)$/.test(noun) && !THING_WHOLES.has(noun));
  return people ? head : 'things';
}

/** Plural heads that are not a group of people ("many of Lee's ...", documents that cite someone). */
const NOT_GROUP_HEADS = new Set(['others', 'many', 'some', 'several', 'few', 'they', 'polls', 'surveys', 'studies', 'reports', 'documents', 'records', 'data', 'figures', 'numbers', 'statistics', 'news', 'series', 'thousands', 'hundreds', 'millions', 'dozens', 'tens']);

/** Plural nouns for groups of people: agent nouns ("backers", "lobbyists", "residents", "officials", "relatives") and a few others. */
const GROUP_OF_PEOPLE = /^([a-z]{2,}(ers|ors|ists|ants|ents|ians|ives|als|ees)|friends|fans|allies|staffers|families|colleagues|loyalists|surrogates|donors|lawyers|attorneys)$/;

/**
 * "supporters of Ann Lee", "aides to Mr. Roe", "lawmakers in Ohio", "people close to Lee":
 * a plural group of people named after the person, organisation or place that follows
 * its preposition. The group speaks, not the one it is named after, so the name run
 * (at run) does not head the mention.
 */
function groupNamedAfter(seg: Token[], run: [number, number]): boolean {
  // ("Supporters of Sen. Ann Lee": a capitalised group word opening the phrase joins the name's run)
  if (run[0] === 0 && run[1] > 2 && ANONYMOUS_HEADS.has(seg[0]!.lower) && !NOT_GROUP_HEADS.has(seg[0]!.lower) && /^(of|for)$/.test(seg[1]!.lower)) return true;
  let p = run[0] - 1;
  // ("supporters of Lee and Roe": the second of coordinated names belongs to the same group)
  while (p >= 1 && /^(and|or)$/.test(seg[p]!.lower) && isCap(seg[p - 1]!)) {
    p--;
    while (p >= 1 && (isCap(seg[p - 1]!) || NAME_LINKS.has(seg[p - 1]!.lower))) p--;
    p--;
  }
  if (p >= 0 && DETERMINERS.has(seg[p]!.lower)) p--;
  if (p < 1 || !/^(of|to|for|in|at|from|with|around|near|inside|outside)$/.test(seg[p]!.lower)) return false;
  // ("officials in and around Dover": two prepositions share the place)
  if (p >= 3 && /^(and|or)$/.test(seg[p - 1]!.lower) && /^(in|at|around|near|inside|outside)$/.test(seg[p - 2]!.lower)) p -= 2;
  let g = p - 1;
  if (seg[p]!.lower === 'to' && /^(close|loyal|near)$/.test(seg[g]!.lower)) g--;
  const group = seg[g];
  // ("reports in Ohio", "polls in three states": a place after a report noun is where it came out, not who wrote it; "reports from Reuters" name their author)
  if (group && seg[p]!.lower === 'in' && /^(reports|polls|surveys|studies|documents|records)$/.test(group.lower)) return true;
  if (!group || group.type !== 'word' || (isCap(group) && g > 0) || NOT_GROUP_HEADS.has(group.lower)) return false;
  return ANONYMOUS_HEADS.has(group.lower) || GROUP_OF_PEOPLE.test(group.lower);
}

/** Small words a title-case headline capitalises: inside a noun phrase they show it is a clause or a phrase, not a name ("Clinton Wades In", "Pressure To Repudiate General"). */
const TITLE_CASE_SMALL = /^(a|an|the|in|on|to|for|at|by|with|from|into|over|is|are|was|were|be|has|have|had|will|would|can|could|let|like|not|don[’']t|doesn[’']t|won[’']t|this|that|why|how|what)$/;

/**
 * In a title-case headline every word is capitalised, so a run of capitalised words may
 * be a whole clause ("Rival Pays A Heavy Price For"). A mention there with a small word
 * after its first word, or a reporting verb in the third person, is no noun phrase.
 */
function titleCaseJunk(toks: Token[]): boolean {
  if (!toks.every((t) => t.title || t.type !== 'word')) return false;
  const words = toks.filter((t) => t.type === 'word');
  return words.some((t, i) => i > 0 && (TITLE_CASE_SMALL.test(t.lower) || cueInfo(t.lower)?.form === 'third'));
}

/** Numbers and quantifiers that count a group ("two", "many", "most"). */
const QUANTIFIERS = /^(two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|\d+|many|more|most|some|several|few|fewer|other|all|both|numerous|various|no)$/;

/**
 * "Two Democrats", "many more Latinos", "Most Britons": a number or quantifier before a
 * capitalised plural (a party, a people) counts a group; the plural is no one's name.
 */
function quantifiedPeople(seg: Token[], run: [number, number]): boolean {
  const last = seg[run[1] - 1]!.text;
  if (!/^\p{Lu}\p{Ll}+s$/u.test(last) || /(ss|us|is)$/.test(last) || seg[run[1]]?.type === 'word' && /^\p{Lu}/u.test(seg[run[1]]!.text)) return false;
  const first = seg[run[0]]!.lower;
  if (run[1] - run[0] === 2 && QUANTIFIERS.test(first)) return true;
  return run[1] - run[0] === 1 && run[0] > 0 && QUANTIFIERS.test(seg[run[0] - 1]!.lower);
}

/** Read a speaker mention from the tokens of a noun phrase. */
/** "Lee and her aides", "Roe and his lawyers": a name before the people around that person heads the mention. */
function namedWithOwnPeople(seg: Token[], run: [number, number]): boolean {
  return seg[run[1]]?.lower === 'and' && /^(his|her|their)$/.test(seg[run[1] + 1]?.lower ?? '');
}

/** Adverbs that may stand between a pronoun subject and its verb ("he often says"). */
const MENTION_ADVERB = /^(often|sometimes|now|soon|also|later|then|still|never|always|once|again|even|just|only|already|too|repeatedly|frequently|recently|previously|quickly|finally|[a-z]+ly)$/;
/** A time phrase in a subject's place: "the past few days", "the last two weeks", "the decades", "recent years". */
const TIME_STRETCH = /^(the |these |those |recent |past |last |next |coming )*((past|last|next|coming|recent|few|several|many|two|three|four|five|six|couple|of) )*(past|days?|weeks?|months?|years?|decades?|hours?|weekends?)$/;

/** Particles and "to" that end a verb phrase before a name: "held up", "to watch". */
const LEAD_BREAKS = /^(to|up|out|down|off)$/;
/** Clause words that end whatever came before a name's role: "When the mayor", "while Gov." (not "and": "author and editor"). */
const LEAD_CLAUSE_WORDS = /^(that|but|while|as|when|because|if|although|though|after|before|since|where|so|than|which|who|whom|whose|what|why|how|whether|until|unless|whereas|once|nor|yet|then|however|meanwhile|instead|is|was|are|were|has|have|had|did|does|do|will|would|said|says|told|tells)$/;

/**
 * Where a role before a name may start: after the last clause word, verb particle or "to" and its
 * verb ("When the mayor", "held up Mr.", "is fun to watch Mr." keep only "mayor" / "Mr.").
 */
function roleLeadStart(lead: Token[]): number {
  let start = 0;
  for (let i = 0; i < lead.length; i++) {
    const t = lead[i]!;
    if (t.type !== 'word' || !/^[a-z]/.test(t.text)) continue;
    if (t.lower === 'to' && lead[i + 1] && /^[a-z]+$/.test(lead[i + 1]!.text) && !TITLE_WORDS.has(lead[i + 1]!.lower)) start = i + 2;
    else if (LEAD_CLAUSE_WORDS.test(t.lower) || LEAD_BREAKS.test(t.lower)) start = i + 1;
  }
  return start;
}

/** Participles that modify a role noun as adjectives: "ranking member", "acting director". */
const ROLE_PARTICIPLES = /^(acting|ranking|leading|founding|presiding|visiting|outgoing|incoming|governing|ruling|sitting|managing|reigning|retiring|serving|longstanding)$/;

/** A participle clause after a name, no apposition and no role: "Ann Lee, wearing a red hat," / "Lee, echoing her rival,". */
export function participleClause(seg: Token[]): boolean {
  const [v, next] = seg;
  return !!v && /^[a-z]+ing$/.test(v.text) && !ROLE_PARTICIPLES.test(v.lower) && (!next || /^[a-z]/.test(next.text));
}

/** An apposition's role without the preposition its quoted title followed: "the author of “Big Book”" → "author". */
function withoutDanglingPreposition(role: string): string {
  return role.replace(/\s+(known as|of|for|to|in|on|at|by|with|from|as)$/i, '');
}

/**
 * The phrase without a "for" after a name, which belongs to a gerund cue, not to the speaker's
 * phrase ("Critics faulted Gov. Ann Lee for suggesting …" → "Gov. Ann Lee"), and without a
 * contracted "who's" opening a relative clause ("Ann Lee, who's running, said" → "Ann Lee").
 */
function withoutGerundFor(all: Token[]): Token[] {
  const n = all.length;
  if (n > 2 && /^who[’']s$/i.test(all[n - 1]!.text)) return all.slice(0, all[n - 2]!.text === ',' ? -2 : -1);
  return n > 1 && all[n - 1]!.text === 'for' && isCap(all[n - 2]!) ? all.slice(0, -1) : all;
}

/** Conjunctions and sentence adverbs before a speaker's phrase, no part of it: "But Lee", "Now the mayor", "When Lee". */
const LEADING_CLAUSE_WORDS = /^(so|but|and|or|then|perhaps|also|yet|still|now|thus|indeed|however|meanwhile|instead|nonetheless|later|earlier|when|while|as|where|here[’']s)$/;

export function parseMention(phrase: Token[]): Mention | null {
  let all = withoutGerundFor(phrase);
  // drop bracketed parts ("(R-Utah)") and edge punctuation
  const toks: Token[] = [];
  let depth = 0;
  for (const t of all) {
    if (t.text === '(' || t.text === '[') depth++;
    else if (t.text === ')' || t.text === ']') depth = Math.max(0, depth - 1);
    else if (!depth && t.type !== 'quote') toks.push(t);
  }
  while (toks.length && toks[0]!.type === 'punct') toks.shift();
  while (toks.length && toks[toks.length - 1]!.type === 'punct') toks.pop();
  if (!toks.length) return null;
  if (titleCaseJunk(toks)) return null;
  // "it's worth pointing out that …": "worth" and its gerund are the writer's aside; "it" stands for no one
  if (toks[toks.length - 1]!.lower === 'worth') return null;
  // "he often says", "She soon learned": adverbs after a pronoun are no part of the mention;
  // "I remember feeling", "it means admitting": a pronoun and its own verb are a clause, no mention
  if (toks.length > 1 && PRONOUN_SUBJECTS.test(toks[0]!.lower) && toks[1]!.type === 'word' && !/^(and|or|himself|herself|themselves|itself|myself|ourselves|alone|both|all)$/.test(toks[1]!.lower)) {
    if (!toks.slice(1).every((t) => t.type === 'word' && MENTION_ADVERB.test(t.lower))) return null;
    toks.splice(1);
  }
  // "the past few days", "the last two weeks": a stretch of time names no one
  // (not a lone capitalised singular, which may be a surname: "Day said"; "Hours after …" is still time)
  if (TIME_STRETCH.test(toks.map((t) => t.lower).join(' ')) && !(toks.length === 1 && isCap(toks[0]!) && !/s$/.test(toks[0]!.lower))) return null;
  // "Aug. 13", "Sept. 4, 1998", "May 5": a date names no one
  if (toks.length <= 4 && (MONTH_ABBREVIATION.test(toks[0]!.text) || MONTHS_DAYS.has(toks[0]!.lower)) && toks.slice(1).every((t) => t.text === ',' || /^\d{1,4}$/.test(t.text)) && (toks.length > 1 || MONTH_ABBREVIATION.test(toks[0]!.text))) return null;
  const first = all.find((t) => t === toks[0]) ?? toks[0]!;
  const last = toks[toks.length - 1]!;
  const base = { text: '', start: first.start, end: last.end, name: null, role: null, head: null, definite: false, plural: false, modifiers: [] as string[] };
  while (toks.length > 1 && LEADING_CLAUSE_WORDS.test(toks[0]!.lower)) toks.shift();
  if (toks.length > 1 && PRONOUNS.has(toks[toks.length - 1]!.lower) && toks[toks.length - 1]!.lower !== 'one' && (toks[toks.length - 2]!.text === ',' || toks.length <= 3)) toks.splice(0, toks.length - 1);
  // (the mention starts where the kept words start: "Now Ann Lee" → "Ann Lee", "Still he" → "he")
  // (not after "of": "many of you" is a share of the people addressed)
  if (toks[0] !== first && all.includes(toks[0]!) && all[all.indexOf(toks[0]!) - 1]?.lower !== 'of') {
    base.start = toks[0]!.start;
    all = all.slice(all.indexOf(toks[0]!));
  }
  // "She and her aides": the pronoun heads the mention
  if (toks.length > 3 && /^(he|she)$/.test(toks[0]!.lower) && toks[1]!.lower === 'and' && /^(his|her)$/.test(toks[2]!.lower)) toks.splice(1);
  if (toks.length === 1 && PRONOUNS.has(pronounOf(toks[0]!.lower))) {
    const l = pronounOf(toks[0]!.lower);
    return { ...base, text: toks[0]!.text, kind: 'pronoun', head: l, plural: l === 'they' || l === 'we' };
  }
  const share = shareOfPeople(toks);
  // (a share of things, "half of the funds", holds no view: its head is "things")
  if (share) return { ...base, text: toks.map((t) => t.text).join(' ').replace(/ ([,.’'])/g, '$1'), kind: 'anonymous', head: share, plural: share !== 'things' };
  // the main part: up to the first comma (appositions follow)
  const commaIdx = toks.findIndex((t) => t.text === ',');
  const segments: Token[][] = [];
  if (commaIdx >= 0) {
    let cur: Token[] = [];
    for (const t of toks) {
      if (t.text === ',') { if (cur.length) segments.push(cur); cur = []; } else cur.push(t);
    }
    if (cur.length) segments.push(cur);
  } else segments.push(toks);
  // "Of Roe, Lee said": a phrase saying whom the words are about opens the mention
  if (segments.length > 1 && /^(Of|About|On|Regarding)$/.test(segments[0]![0]!.text)) segments.shift();
  let townModifier = false;
  // "The Dover, Del., bank said": a town and its state modify the noun after them ("the Dover bank"), never the speaker
  if (segments.length >= 3 && isPlaceLabel(segments[1]!) && /^(the|a|an)$/.test(segments[0]![0]!.lower) && segments[0]!.length <= 4 && segments[0]!.slice(1).every((t) => t.type === 'word' && isCap(t)) && segments[2]![0]!.type === 'word' && /^[a-z]/.test(segments[2]![0]!.text) && !DETERMINERS.has(segments[2]![0]!.lower) && !/^(who|which|whose|whom|where|when|of|in|at|from|and|or|said|says)$/.test(segments[2]![0]!.lower)) {
    segments.splice(0, 3, [...segments[0]!, ...segments[2]!]);
    townModifier = true;
  }
  // "Rep. Tom Dale who represents Green Bay": a relative clause without a comma ends the segment
  for (let k = 0; k < segments.length; k++) {
    const rel = segments[k]!.findIndex((t, i) => i > 0 && /^(who|whose|whom|who[’']s)$/.test(t.lower));
    if (rel > 0) segments[k] = segments[k]!.slice(0, rel);
    // ("superdelegates supporting Lee": the name after a participle is its object, not the speaker)
    const ing = segments[k]!.findIndex((t, i) => /ing$/.test(t.text) && reducedRelative(segments[k]!, i));
    if (ing > 0) segments[k] = segments[k]!.slice(0, ing);
  }
  // relative clauses are not part of the mention
  // nor are party-and-state labels and abbreviated states ("Ann Lee, D-Ohio,"; "of Dover, Del.,")
  // (and the town before such a state: "Acme Corp., Dover, Del., said")
  const town = (s: Token[], i: number) => i > 0 && s.length <= 2 && s.every((t) => t.type === 'word' && isCap(t)) && !!segments[i + 1] && isPlaceLabel(segments[i + 1]!);
  const segs = segments.filter((s, i) => !['who', 'which', 'whose', 'whom', 'where', 'when', 'who’s', "who's"].includes(s[0]!.lower) && !(segments.length > 1 && isPlaceLabel(s)) && !town(s, i));
  // a segment with a person name wins; otherwise the first segment
  let best: { seg: Token[]; run: [number, number]; words: string[]; role: string[] } | null = null;
  let groupSkipped = false;
  for (const seg of segs) {
    // "Lee, an analyst for Roe Capital Partners,": a name inside an apposition describes the person named before it
    if (best && best.seg === segs[0] && seg !== segs[0] && /^[a-z]/.test(seg[0]!.text) && !isOrgName(best.words)) break;
    // ("officials in Ohio, the state that …": an apposition after a group describes what the group is named after)
    if (!best && seg !== segs[0] && groupSkipped && !(isCap(seg[0]!) && !DETERMINERS.has(seg[0]!.lower))) break;
    const runs = capRuns(seg);
    for (const run of runs) {
      // ("Urging Kelbo directors to …": a reporting participle opening the sentence is no part of the name after it)
      if (run[0] === 0 && run[1] > 1 && /^\p{Lu}\p{Ll}{2,}ing$/u.test(seg[0]!.text) && !isGivenName(seg[0]!.text) && cueInfo(seg[0]!.lower)) run[0] = 1;
      const words = seg.slice(run[0], run[1]).map((t) => t.text);
      // a run modifying a following lower-case noun is not the head ("Kremlin spokesman")
      const next = seg[run[1]];
      if (groupNamedAfter(seg, run)) { if (seg === segs[0]) groupSkipped = true; continue; }
      // ("the Freedonian ambassador to Norland", "an envoy to the summit": where a diplomat is sent is not whom the diplomat speaks for)
      if (run[0] >= 2 && seg[run[0] - 1]!.lower === 'to' && /^(ambassador|ambassadors|envoy|envoys|emissary|emissaries)$/.test(seg[run[0] - 2]!.lower)) continue;
      // ("Responding to critics, …": a participle opening the sentence, capitalised only for that, is no name)
      if (run[1] - run[0] === 1 && run[0] === 0 && next && next.type === 'word' && /^[a-z]/.test(next.text) && /^\p{Lu}\p{Ll}{2,}ing$/u.test(words[0]!) && !isGivenName(words[0]!)) continue;
      const modifier = next && next.type === 'word' && !isCap(next) && !NAME_LINKS.has(next.lower) && !/^(to|at|in|on|from|with)$/.test(next.lower) && !firstOfCoordinatedNames(seg, runs, run) && !namedWithOwnPeople(seg, run) && !(MADE_PARTICIPLES.test(next.lower) && madeBy(seg, run));
      // "…, Ann Lee attacked the plan for …, saying": a name opening a segment before a past-tense verb is the subject of a clause, the one who speaks
      if (modifier && run[0] === 0 && /^[a-z]{3,}ed$/.test(next.text) && !isPossessive(seg[run[1] - 1]!) && !isOrgName(words)) {
        const [roleW, nameW] = peelTitles(words);
        if (nameW.length) { best = { seg, run, words: nameW, role: roleW }; break; }
      }
      if (modifier) continue;
      if (isPossessive(seg[run[1] - 1]!) && run[1] < seg.length) continue;
      const [person, affiliation] = homePlaceDropped(words);
      const [titleW, nameW] = peelTitles(person);
      const ownTitle = titleW.filter((w) => !HONORIFIC.test(w));
      const roleW = affiliation.length ? [...ownTitle, ...(ownTitle.length ? ['of'] : []), ...affiliation] : titleW;
      if (!nameW.length) continue;
      // ("the Prime Minister", "the Attorney General": a title of title words names no one; "Mr. King", "Sen. King" do)
      if (nameW.length === 1 && titleW.length && TITLE_WORDS.has(bare(nameW[0]!)) && titleW.every((w) => TITLE_WORDS.has(bare(w)) || /['’]s$/u.test(w)) && !titleW.some((w) => /\.$|^(mr|mrs|ms|dr|sen|rep|gov|gen)$/i.test(w))) continue;
      // ("Lawyers for the family said": a role noun's plural, capitalised only because it opens the sentence, names a group)
      if (nameW.length === 1 && !roleW.length && (ANONYMOUS_HEADS.has(nameW[0]!.toLowerCase()) || ROLE_NOUNS.has(nameW[0]!.toLowerCase()) || (/^\p{Lu}\p{Ll}+s$/u.test(nameW[0]!) && ROLE_NOUNS.has(nameW[0]!.toLowerCase().slice(0, -1))))) continue;
      // ("Proponents, including the Acme Trust,": the group speaks; the names after it are its members)
      // (not a quantity of a group named after it: "Dozens of women" is read as before)
      if (nameW.length === 1 && !roleW.length && groupWord(nameW[0]!) && next?.lower !== 'of') { if (seg === segs[0]) groupSkipped = true; continue; }
      if (quantifiedPeople(seg, run)) continue;
      if (nameW.every((w) => MONTHS_DAYS.has(w.toLowerCase()) || MONTH_ABBREVIATION.test(w))) continue;
      const cand: { seg: Token[]; run: [number, number]; words: string[]; role: string[] } = { seg, run, words: nameW, role: roleW };
      // people before organisations; then the earliest segment; then the longest run
      // ("Deputy Warden of the Port Board for Safety Ann Lee": a run ending in a title word is a role, below a full name)
      const rank = (c: typeof cand) => (isOrgName(c.words) ? 0 : c.words.length > 1 && !TITLE_WORDS.has(bare(c.words[c.words.length - 1]!)) ? 2 : 1);
      if (!best || rank(cand) > rank(best) || (rank(cand) === rank(best) && best.seg === seg && nameW.length > best.words.length)) best = cand;
    }
  }
  const text = all.map((t) => t.text).join(' ').replace(/ ([,.’'])/g, '$1').replace(/\s+/g, ' ').trim();
  if (best) {
    const nameWords = best.words.map((w, i) => (i === best!.words.length - 1 ? stripPoss(w) : w));
    const name = nameWords.join(' ').replace(/ - /g, '-');
    // ("the Register", "the Air Force": a capitalised name after "the" and without a title names an organisation)
    const definiteName = best.run[0] > 0 && best.seg[best.run[0] - 1]!.lower === 'the' && !best.role.length && !nameWords.some((w) => TITLE_WORDS.has(w.toLowerCase()));
    // ("the party daily Verdad", "the weekly Stern", "the news agency Tass": a name after a noun of a newspaper or a broadcaster is the outlet's)
    const outlet = best.run[0] > 0 && /^(newspaper|paper|daily|weekly|tabloid|magazine|broadsheet|agency|broadcaster|channel|network)$/.test(best.seg[best.run[0] - 1]!.lower) && !best.role.length;
    // ("Kilo, a weekly newspaper run by …": an apposition whose head is a newspaper or a company says the name is an organisation's)
    const orgApposition = !best.role.length && ((k) => k >= 0 && [segs[k + 1], segs[k + 1]?.[0]?.lower === 'or' ? segs[k + 2] : undefined].some((s) => !!s && /^(a|an)$/.test(s[0]!.lower) && APPOSED_ORG_HEAD.test(appositionHead(s))))(segs.indexOf(best.seg));
    const org = orgApposition || isOrgName(best.words) || (nameWords.length === 1 && ORG_WORDS.has(bare(nameWords[0]!))) || definiteName || outlet;
    // role: words before the run in its segment (without determiners) plus title words and other segments
    // (an opening preposition or adverb is no role: "Besides Lee", "Neither Lee nor Roe")
    const lead = best.seg.slice(0, best.run[0]);
    let open = 0;
    while (open < lead.length && (lead[open]!.type !== 'word' || (NOT_NAME_WORDS.has(lead[open]!.lower) && !TITLE_WORDS.has(lead[open]!.lower)))) open++;
    // (after a preposition the name is its object, "a spokesman for Ann Lee", "the rise of Lee": no role of the name's)
    const object = lead.length > 0 && /^(of|for|to|with|from|at|by|on|in|about|against|like|than|as)$/.test(lead[lead.length - 1]!.lower);
    const before = object ? [] : lead.slice(Math.max(open, roleLeadStart(lead))).filter((t) => !DETERMINERS.has(t.lower) && t.type === 'word').map((t) => t.text);
    const roleParts = [[...before, ...best.role].join(' ')];
    for (const seg of segs) if (seg !== best.seg && !capRuns(seg).length && !participleClause(seg)) roleParts.push(withoutDanglingPreposition(seg.filter((t, i) => !(i === 0 && DETERMINERS.has(t.lower))).map((t) => t.text).join(' ')));
    for (const seg of segs) if (seg !== best.seg && capRuns(seg).length && seg[0] && DETERMINERS.has(seg[0].lower)) roleParts.push(seg.slice(1).map((t) => t.text).join(' '));
    const role = roleParts.filter((r) => r && /\p{L}/u.test(r)).join(', ') || null;
    // ("Dover, Del.-based Acme Corp.": where an organisation is based describes it; the name is the rest)
    const orgName = org || !best.role.length ? name.replace(/^(?:\S+\s+)?\S*\p{L}\.?-based\s+(?=\p{Lu})/u, '') : name;
    return { ...base, text, kind: org ? 'org' : 'name', name: orgName, role: org ? null : role, ...(definiteName ? { definite: true } : {}) };
  }
  // no name: a role, anonymous or collective mention
  const seg = segs[0] ?? toks;
  const words = seg.filter((t) => t.type === 'word');
  if (!words.length) return null;
  // not a noun phrase at all ("perhaps", "for", "a few", "around the country")
  // ("a poll released Monday": the last word before a reduced relative, whose time is no head)
  const relative = words.findIndex((_t, i) => i > 0 && reducedRelative(words, i));
  const lastWord = words[(relative > 0 ? relative : words.length) - 1]!.lower;
  if (!ROLE_NOUNS.has(lastWord) && !ANONYMOUS_HEADS.has(lastWord) && !(INDEFINITE_PEOPLE.has(lastWord) && isCap(words[0]!)) && !(/[a-z]{3,}s$/.test(lastWord) && !/(ss|us|is)$/.test(lastWord)) && (words.length === 1 || NOT_NAME_WORDS.has(lastWord) || /^(the|a|an|few|for|to|and|or|but|perhaps|early|late|when|while|after|before|country|world|time|day|week|year|month)$/.test(lastWord))) return null;
  if (/^(when|while|after|before|as|if|because|although|though|since|around|during|in|on|at|of|for|with|from)$/.test(words[0]!.lower)) return null;
  // (after the head: a preposition, an age "under 35", or a participle of polling "surveyed")
  const preps = words.findIndex((t, i) => i > 0 && ((/^(of|for|to|at|with|in|from|on|inside|within|near|who|under|over|aged)$/.test(t.lower) || SOURCE_MODIFIERS.has(t.lower)) || (i === words.length - 1 && /^(polled|surveyed|interviewed|questioned|sampled)$/.test(t.lower)) || reducedRelative(words, i)));
  const headWords = preps > 0 ? words.slice(0, preps) : words;
  const headTok = headWords[headWords.length - 1]!;
  const head = headTok.lower.replace(/['’]s?$/, '');
  const det = words[0]!.lower;
  const pollHead = /^(poll|polls|polling|survey|surveys|study|studies|analysis|index|tracker|results|data|average|averages|estimates)$/.test(head);
  const definite = !INDEFINITE.has(det) && (DETERMINERS.has(det) || isPossessive(words[0]!) || (isCap(words[0]!) && !(pollHead && POLL_ADJECTIVES.has(det))));
  const plural = /s$/.test(head) && !/(ss|us)$/.test(head) || ['people', 'police', 'many', 'some', 'several', 'others', 'few'].includes(head);
  const lastPoss = headWords.findLastIndex((t, i) => i < headWords.length - 1 && isPossessive(t));
  const modifiers = headWords.slice(lastPoss + 1, -1).map((t) => t.lower.replace(/['’]s$/, '')).filter((w) => !DETERMINERS.has(w));
  // an organisation named by a common noun: "the teachers’ union", "the campaign", "the ministry"
  if (definite && ORG_WORDS.has(head) && !['white', 'house', 'post', 'times', 'news', 'today', 'daily', 'press', 'staff', 'team', 'statement', 'report'].includes(head)) {
    const own = townModifier ? seg.filter((t) => t.type === 'word').map((t) => t.text).join(' ') : text;
    return { ...base, text, kind: 'org', name: own.replace(/^(the|its|their|his|her)\s+/i, ''), head };
  }
  // "a YouGov poll of voters", "the Pew survey": a poll or study is its pollster's
  const pollster = headWords.filter((t, i) => isCap(t) && !(pollHead && (t === headTok || (i === 0 && POLL_ADJECTIVES.has(t.lower))))).map((t) => stripPoss(t.text)).filter((w) => !NOT_NAME_WORDS.has(w.toLowerCase()));
  if (pollHead && pollster.length) {
    return { ...base, text, kind: 'org', name: pollster.join(' '), head };
  }
  if (ANONYMOUS_HEADS.has(head) || (groupWord(headTok.text) && isCap(words[0]!)) || INDEFINITE.has(det) || (plural && !definite) || (plural && isCap(headTok) && ROLE_NOUNS.has(head.slice(0, -1)))) {
    return { ...base, text, kind: 'anonymous', head, definite, plural, modifiers };
  }
  if (ROLE_NOUNS.has(head)) return { ...base, text, kind: 'role', head, definite: true, plural, modifiers, role: text.replace(/^(the|his|her|their|its)\s+/i, '') };
  // an organisation named by a common noun ("the campaign", "the agency")
  const capMod = (pollHead ? pollster : headWords.filter(isCap).map((t) => stripPoss(t.text)));
  // ("Cuban exiles", "Arab countries", "New evidence", "Spontaneous applause": a nationality or an adjective that opens
  // the phrase names no organisation; the phrase is a group or a thing)
  if (capMod.length === 1 && isCap(words[0]!) && words[0]!.text === capMod[0] && headWords.length > 1 && COMMON_CAPITALS.test(capMod[0]!) && !isGivenName(capMod[0]!) && !/^(news|media|press|television|tv|radio|newspapers?|papers?|reports?|agency|agencies)$/.test(head)) return { ...base, text, kind: 'anonymous', head, definite: false, plural, modifiers };
  // ("Tom Roe's stepmother", "the Roe family": a name before a noun of kin names whose relatives they are; they speak, not the name)
  if (capMod.length && !isCap(headTok) && KIN_HEAD.test(head)) return { ...base, text, kind: 'anonymous', head, definite, plural, modifiers };
  // ("the Dover, Del., jury": the town names where the body sits; the body is "Dover jury")
  if (capMod.length && !NOT_NAME_WORDS.has(capMod[0]!.toLowerCase())) return { ...base, text, kind: 'org', name: townModifier ? headWords.filter((t) => !DETERMINERS.has(t.lower)).map((t) => t.text).join(' ') : capMod.join(' '), head };
  return { ...base, text, kind: 'anonymous', head, definite, plural, modifiers };
}

/** Nouns of kin and of a household ("stepmother", "sister-in-law", "family", "relatives"). */
const KIN_HEAD = /^((step|grand|great-?grand)?(mother|father|sister|brother|son|daughter|parent|child)s?|(mother|father|sister|brother|son|daughter)s?-in-law|wife|wives|husbands?|widows?|widowers?|cousins?|nieces?|nephews?|aunts?|uncles?|family|families|relatives|children|grandchildren|siblings|fiancee?s?|girlfriends?|boyfriends?|in-laws)$/;

/** Firms whose one name joins two with "and" ("Smith and Wesson"), when not written with "&". */
const JOINED_FIRMS = /^(smith and wesson|procter and gamble|johnson and johnson|ernst and young|standard and poor['’]?s?|marks and spencer|barnes and noble|at and t|black and decker|arm and hammer|crabtree and evelyn|dolce and gabbana|simon and schuster|harland and wolff)$/;
/** A dash that sets off an apposition before the names it explains ("the two bidders -- Acme and Vela"). */
const DASHES = /^(—|–|--)$/;

/**
 * "Ann Lee and Tom Roe", "Acme, Vela Corp. and Dorn Inc.", "Lee and Roe, both lawyers,", "Sen.
 * Ann Lee and Gov. Tom Roe", "Tom Roe and his wife, Ann,": a speaker phrase that coordinates the
 * names of several speakers. Returns the tokens of each conjunct, in order (an apposition after
 * the list belongs to none of them), or null when the phrase names one speaker: a name with "and"
 * or "&" inside ("Harbor Savings and Loan Association", "Procter & Gamble", "Smith and Wesson"),
 * two titles of one person ("the president and chief counsel, Ann Lee", "Chairwoman and Chief
 * Counsel Ann Lee"), coordinated modifiers of one noun ("U.S. and Dover officials", "Lee and Roe
 * supporters"), or anything else that is not a list of names. A conjunct after the first may be
 * someone's relation ("his wife", "her lawyers"); it is returned, with the name an apposition
 * gives it ("his wife, Ann"), and named or not is the resolver's to judge (see relationConjunct).
 */
export function coordinatedNames(phrase: Token[], commonWords: Set<string> = new Set()): Token[][] | null {
  let depth = 0;
  let toks: Token[] = [];
  for (const t of phrase) {
    if (t.text === '(' || t.text === '[') depth++;
    else if (t.text === ')' || t.text === ']') depth = Math.max(0, depth - 1);
    else if (!depth && t.type !== 'quote') toks.push(t);
  }
  while (toks.length && toks[0]!.type === 'punct') toks.shift();
  while (toks.length && toks[toks.length - 1]!.type === 'punct') toks.pop();
  while (toks.length > 1 && LEADING_CLAUSE_WORDS.test(toks[0]!.lower)) toks.shift();
  const and = toks.findIndex((t) => t.lower === 'and');
  if (and <= 0) return null;
  // ("the two bidders -- Acme and Vela": the names after a dash)
  const dash = toks.findLastIndex((t, i) => i < and && DASHES.test(t.text));
  if (dash >= 0) toks = toks.slice(dash + 1);
  const segs: Token[][] = [[]];
  for (const t of toks) {
    if (t.text === ',') segs.push([]);
    else segs[segs.length - 1]!.push(t);
  }
  const k = segs.findIndex((s) => s.some((t) => t.lower === 'and'));
  const seg = segs[k]!;
  const a = seg.findIndex((t) => t.lower === 'and');
  // ("Fisheries and Wildlife Service": an "and" inside a body's capitalised name is the name's own)
  if (k > 3 || capRuns(seg).some(([i, j]) => i < a && a < j)) return null;
  // ("Lee, Roe, and Day": a comma before the "and" of a list of three or more)
  if (a === 0 && k < 2) return null;
  const parts = [...segs.slice(0, k), ...(a > 0 ? [seg.slice(0, a)] : []), seg.slice(a + 1)];
  if (parts.some((p) => !p.length || p.some((t) => t.lower === 'and' || DASHES.test(t.text)))) return null;
  if (JOINED_FIRMS.test(parts.map((p) => p.map((t) => t.text).join(' ')).join(' and ').toLowerCase())) return null;
  if (oneBody(parts)) return null;
  // ("Tom Roe and his wife, Ann,": the one name after a relation is the relation's)
  const after = segs[k + 1];
  const last = parts[parts.length - 1]!;
  if (RELATION_OWNERS.test(last[0]!.lower) && after && after.length <= 4 && after.every((t) => isCap(t) && personNameWord(t.text))) last.push(...after);
  return parts.every((p, i) => namingConjunct(p, i > 0, commonWords)) ? parts : null;
}

/**
 * "Smith and Wesson said", "the National Parks and Wildlife Federation said": the name of one firm
 * or body that joins two names with "and" (a firm of JOINED_FIRMS; after "the", a name whose first
 * part is no organisation's and whose last word is an organisation word), or null.
 */
export function joinedFirm(phrase: Token[]): string | null {
  let toks = phrase.filter((t) => t.type !== 'quote');
  const comma = toks.findIndex((t) => t.text === ',');
  if (comma > 0) toks = toks.slice(0, comma);
  const and = toks.findIndex((t) => t.lower === 'and');
  if (and > 0 && toks.every((t) => t.lower === 'and' || t.lower === 'the' || t.lower === 'of' || isCap(t)) && oneBody([toks.slice(0, and), toks.slice(and + 1)])) return toks.slice(1).map((t) => t.text).join(' ');
  if (toks[0]?.lower === 'the') toks = toks.slice(1);
  const name = toks.map((t) => t.text).join(' ');
  return JOINED_FIRMS.test(name.toLowerCase()) ? name : null;
}

/** ("the National Parks and Wildlife Federation": one body's name after "the", its organisation word at the end) */
function oneBody(parts: Token[][]): boolean {
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  return first[0]!.lower === 'the' && last[0]!.lower !== 'the' && !isOrgName(first.slice(1).map((t) => t.text)) && ORG_WORDS.has(bare(stripPoss(last[last.length - 1]!.text)));
}

/** The possessives that open a relation of the one named before ("his wife", "their lawyers"). */
const RELATION_OWNERS = /^(his|her|their|its)$/;

/**
 * One conjunct of a list of speakers: a capitalised name, maybe with its titles and "the"
 * ("Gov. Ann Lee", "the Acme Corp.", "Bank of Dover"), or after the first a relation of the one
 * named before ("his wife", "her lawyer Tom Roe"). Not a title alone ("Chief Executive"), a
 * capitalised modifier of a common noun ("Dover officials"), nor one common word the article also
 * writes in lower case ("Health and Harbour Affairs Minister Ann Lee"), nor a lone letter ("AT and T").
 */
function namingConjunct(p: Token[], later: boolean, commonWords: Set<string>): boolean {
  if (later && RELATION_OWNERS.test(p[0]!.lower)) return p.length > 1 && p.length <= 6 && p.slice(1).every((t) => t.type === 'word');
  const words = p[0]!.lower === 'the' ? p.slice(1) : p;
  if (!words.length || !isCap(words[0]!)) return false;
  if (!words.every((t) => (t.type === 'word' && (isCap(t) || NAME_LINKS.has(t.lower) || t.lower === 'amp')) || t.text === '&' || t.text === '-')) return false;
  const caps = words.filter((t) => isCap(t));
  if (caps.every((t) => TITLE_WORDS.has(bare(t.text)) || ROLE_NOUNS.has(bare(t.text)) || PERSON_TITLES.has(bare(t.text)))) return false;
  if (caps.length === 1 && (commonWords.has(caps[0]!.lower) || stripPoss(caps[0]!.text).length < 2 || NOT_NAME_WORDS.has(caps[0]!.lower) || PRONOUN_SUBJECTS.test(caps[0]!.lower))) return false;
  return true;
}

/**
 * The words that name a conjunct's speaker: the conjunct itself, or for a relation of the one
 * named before it the name it is given ("his wife Ann", "his wife, Ann"); null for a relation
 * that names no one ("his wife", "her aides").
 */
export function conjunctName(p: Token[]): Token[] | null {
  if (!RELATION_OWNERS.test(p[0]!.lower)) return p;
  const at = p.findIndex((t, i) => i > 1 && isCap(t));
  return at > 0 && p.slice(at).every((t) => isCap(t) && personNameWord(t.text)) ? p.slice(at) : null;
}

/** Head nouns of an apposition that describes an organisation: "a weekly newspaper", "a Dover maker of valves", "an Italian chemicals company". */
const APPOSED_ORG_HEAD = /^(newspaper|paper|daily|weekly|tabloid|magazine|broadsheet|journal|agency|broadcaster|company|firm|maker|manufacturer|producer|supplier|retailer|insurer|lender|bank|conglomerate|group|concern|subsidiary|unit|chain|airline|carrier|utility)$/;

/** The head noun of an apposition: its last word before a preposition, a participle or a relative pronoun ("a daily owned by the party" → "daily"). */
function appositionHead(seg: Token[]): string {
  const end = seg.findIndex((t, i) => i > 0 && (t.type !== 'word' || /^(of|for|in|at|on|with|by|from|that|which|who|whose|owned|based|run|controlled|backed|and|or)$/.test(t.lower) || /^[a-z]+(ed|ing)$/.test(t.text)));
  const head = seg.slice(0, end > 0 ? end : seg.length).filter((t) => t.type === 'word');
  return head.length > 1 ? head[head.length - 1]!.lower : '';
}

/** Nationalities and adjectives that are capitalised before a common noun without naming anyone: "Cuban exiles", "New evidence". */
const COMMON_CAPITALS = /^(?:\p{Lu}\p{Ll}+(?:ian|ean|can|ban|ese|ish|ous|ive|ful|ical|able|ible)|\p{Lu}\p{Ll}+[^aeiouy\s]i|Arab|Thai|Swiss|French|Dutch|Greek|Czech|Welsh|German|Slovak|Polish|New|Latest|Recent|Early|Initial|Preliminary|Further|Fresh|Additional|Other|Some|Many|Several)$/u;

/**
 * Adjectives of a poll, capitalised only because they open the sentence ("Exit polls taken …",
 * "Recent surveys", "Early results of …", "Internal polling"): no pollster's name.
 */
const POLL_ADJECTIVES = new Set(['exit', 'entrance', 'early', 'recent', 'new', 'latest', 'internal', 'national', 'statewide', 'public', 'private', 'online', 'independent', 'separate', 'several', 'multiple', 'previous', 'earlier', 'initial', 'preliminary', 'final', 'subsequent', 'later', 'opinion', 'polling', 'partial', 'unofficial', 'official', 'two', 'three', 'four', 'five']);

/**
 * "a poll from Vale University released Monday", "a Gallup Poll taken last week": a name that made a poll or
 * an account (after "from", "in" or "by", or ending in the poll's noun), before the participle of its making.
 */
function madeBy(seg: Token[], run: [number, number]): boolean {
  const before = seg[run[0] - 1]?.lower === 'the' ? run[0] - 2 : run[0] - 1;
  return /^(from|in|by)$/.test(seg[before]?.lower ?? '') || POLL_HEADS.test(seg[run[1] - 1]!.lower);
}

/** Function words, which never head the noun phrase a participle modifies. */
const NOT_A_HEAD = /^(in|of|for|to|by|on|at|with|from|about|into|and|or|but|is|was|are|were|be|been|being|has|have|had|not|also|then|who|which|that|the|a|an)$/;
/** "a report published by the agency", "a group representing farmers": a participle after the head noun (at i) opens a reduced relative clause. */
function reducedRelative(words: Token[], i: number): boolean {
  const t = words[i]!;
  const prev = words[i - 1]!;
  // ("critics of the spending": an -ing word after a determiner is a noun)
  if (prev && /^(the|a|an|his|her|their|its)$/.test(prev.lower)) return false;
  // ("Democrats trying to …", "voters going to …": a plural noun, even a capitalised one or the first word, heads the phrase)
  const pluralHead = !!prev && /^[a-z]{2,}ing$/.test(t.text) && /^\p{Lu}?[a-z-]{2,}s$/u.test(prev.text) && !/(ss|us|is)$/.test(prev.lower) && prev.lower !== 'news';
  if ((i < 2 && !pluralHead) || /['’]s$/.test(prev.text) || (!/^[a-z-]+$/.test(prev.text) && !pluralHead) || /^[a-z]+ly$/.test(prev.text) || NOT_A_HEAD.test(prev.lower)) return false;
  const next = words.slice(i + 1, i + 4).map((w) => w.lower);
  // ("policy planning director": a compound before a role noun, not a participle)
  if (ROLE_NOUNS.has(next[0] ?? '') || TITLE_WORDS.has(next[0] ?? '')) return false;
  // ("the giant brewing company", "a mining concern": an -ing word before the company noun that ends the phrase is part of that noun)
  if (next.length === 1 && COMPANY_HEADS.test(next[0]!)) return false;
  // ("exit polls taken in Ohio", "a survey conducted for the network")
  if (MADE_PARTICIPLES.test(t.lower) && POLL_HEADS.test(prev.lower) && next.length > 0) return true;
  if (/^[a-z]{3,}(ed|en)$/.test(t.text)) return next.includes('by') || /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|last|this|on|earlier)$/.test(next[0] ?? '');
  return (/^[a-z]{4,}ing$/.test(t.text) || (pluralHead && /^[a-z]{2,}ing$/.test(t.text) && !/^(bring|thing|sting|swing|cling|fling|sling|during)$/.test(t.lower))) && next.length > 0;
}

/** A named person or organisation registered in an article. */
export interface Entity {
  name: string;
  type: SpeakerType;
  role: string | null;
  /** Body offsets where the entity is mentioned (full name or surname). */
  positions: number[];
  first: number;
  gender: Gender;
}

const PLACE_GROUPS: string[][] = [
  ['russia', 'russian', 'moscow', 'kremlin'],
  ['us', 'u.s.', 'american', 'washington', 'white', 'america', 'pentagon'],
  ['ukraine', 'ukrainian', 'kyiv', 'kiev'],
  ['china', 'chinese', 'beijing'],
  ['uk', 'british', 'britain', 'london', 'downing'],
  ['france', 'french', 'paris', 'elysee', 'élysée'],
  ['germany', 'german', 'berlin'],
  ['eu', 'european', 'brussels', 'europe'],
  ['iran', 'iranian', 'tehran'],
  ['israel', 'israeli', 'jerusalem'],
  // American states, with their abbreviations ("the Ohio governor" is not "Gov. Ann Lee, R-Fla.")
  ...`alabama ala.|alaska|arizona ariz.|arkansas ark.|california calif.|colorado colo.|connecticut conn.|delaware del.|florida fla.|georgia ga.|hawaii|idaho|illinois ill.|indiana ind.|iowa|kansas kan.|kentucky ky.|louisiana la.|maine|maryland md.|massachusetts mass.|michigan mich.|minnesota minn.|mississippi miss.|missouri mo.|montana mont.|nebraska neb.|nevada nev.|jersey n.j.|mexico n.m.|york n.y.|carolina n.c. s.c.|dakota n.d. s.d.|ohio|oklahoma okla.|oregon ore.|pennsylvania pa.|rhode r.i.|tennessee tenn.|texas tex.|utah|vermont vt.|virginia va. w.va.|washington wash.|wisconsin wis.|wyoming wyo.`
    .split('|').map((g) => g.split(' ')),
];
const PARTY_GROUPS: string[][] = [['republican', 'gop', 'conservative'], ['democratic', 'democrat', 'liberal'], ['libertarian'], ['green']];
const placeGroup = (w: string) => PLACE_GROUPS.findIndex((g) => g.includes(w));

const SYNONYMS: Record<string, string[]> = {
  senator: ['sen.', 'senator'],
  representative: ['rep.', 'representative', 'congressman', 'congresswoman'],
  congressman: ['rep.', 'congressman', 'representative'],
  congresswoman: ['rep.', 'congresswoman', 'representative'],
  governor: ['gov.', 'governor'],
  official: ['official', 'minister', 'secretary', 'spokesman', 'spokeswoman', 'envoy', 'ambassador', 'diplomat', 'adviser', 'aide', 'director', 'deputy', 'commissioner'],
  spokesman: ['spokesman', 'spokeswoman', 'spokesperson', 'press secretary'],
  spokeswoman: ['spokesman', 'spokeswoman', 'spokesperson', 'press secretary'],
  nominee: ['nominee', 'candidate'],
  candidate: ['nominee', 'candidate'],
  businessman: ['businessman', 'billionaire', 'mogul', 'developer'],
};

/**
 * Full names that differ only by middle names or initials ("Ann Lee",
 * "Ann B. Lee") are one person: the longest stands for them all.
 */
function oneNameVariants(names: string[]): string[] {
  if (names.length < 2) return names;
  const key = (n: string) => { const w = n.toLowerCase().split(/\s+/); return `${w[0]} ${w[w.length - 1]}`; };
  if (!names.every((n) => n.includes(' ') && key(n) === key(names[0]!))) return names;
  return [names.reduce((a, b) => (b.length > a.length ? b : a))];
}

/** Is this modifier of a role mention written capitalised inside the mention, as a name ("the Acme spokesman")? */
function namedModifier(text: string, mod: string): boolean {
  return text.split(/\s+/).slice(1).some((w) => w.toLowerCase().replace(/['’]s?$/, '') === mod && /^\p{Lu}\p{Ll}/u.test(w));
}

/**
 * "World Bank President Ann Lee", "former President Tom Roe", "Vice President Ann Lee": a role
 * whose head is qualified by "former", "vice" or an organisation's name is not what a bare
 * "the president" means (the mention must carry the qualifier too: "the former president").
 */
function qualifiedRole(role: string, heads: string[], m: Mention): boolean {
  const words = role.split(/[\s,]+/);
  const at = words.findIndex((w) => heads.includes(w.toLowerCase()));
  const prev = words[at - 1];
  if (at <= 0 || !prev) return false;
  const q = prev.toLowerCase().replace(/['’]s$/, '');
  if (m.modifiers.includes(q)) return false;
  if (/^(former|vice|ex|onetime|then)$/.test(q)) return true;
  // (an organisation's president: a country's president is "the president" of a news story about it)
  return m.head === 'president' && /^\p{Lu}\p{Ll}+$/u.test(prev) && !/['’]s$/.test(prev) && !TITLE_WORDS.has(q) && placeGroup(q) < 0 && !PARTY_GROUPS.some((g) => g.includes(q)) && !PLACES.has(q) && !/(an|ish|ese|ic)$/.test(q);
}

/** A role's head word as a whole word (compiled once per head). */
const HEAD_PATTERNS = new Map<string, RegExp>();
function headPattern(h: string): RegExp {
  let re = HEAD_PATTERNS.get(h);
  if (!re) HEAD_PATTERNS.set(h, (re = new RegExp(`(^|[^a-z])${h.replace('.', '\\.')}([^a-z]|$)`)));
  return re;
}

/** Does an entity's role fit a role mention? */
export function roleFits(role: string | null, m: Mention): boolean {
  if (!role || !m.head) return false;
  const r = role.toLowerCase();
  const heads = SYNONYMS[m.head] ?? [m.head];
  if (!heads.some((h) => headPattern(h).test(r))) return false;
  if (qualifiedRole(role, heads, m)) return false;
  // place modifiers must agree ("a senior Russian official" is not Washington's envoy)
  for (const mod of m.modifiers) {
    const pg = PARTY_GROUPS.findIndex((g) => g.includes(mod));
    if (pg >= 0 && !PARTY_GROUPS[pg]!.some((w) => r.includes(w))) return false;
    const g = placeGroup(mod);
    if (g >= 0 && !PLACE_GROUPS[g]!.some((w) => r.split(/[^a-z.é]+/).includes(w.replace(/'s$/, '')))) return false;
    // a name modifying the role ("a Twitter spokesman", "the Acme chairman") must be in the role too
    if (pg < 0 && g < 0 && namedModifier(m.text, mod) && !r.split(/[^a-z.é-]+/).includes(mod)) return false;
  }
  return true;
}

/** "joseph r. biden jr." → "biden": the last word of a full name, before a generational suffix. */
function surnameOf(lowerName: string): string {
  const words = lowerName.split(/\s+/);
  while (words.length > 2 && /^(jr|sr|ii|iii|iv)\.?,?$/.test(words[words.length - 1]!)) words.pop();
  return words[words.length - 1]!.replace(/,$/, '');
}

/** "President Lee", "Former Gov. Lee": the role a title before a one-word name gives (not "Mr.", "Dr."). */
function titleRole(title: string): string | null {
  const words = title.split(/\s+/).filter((w) => w && !/^(mr|mrs|ms|miss|dr|prof)\.?$/i.test(w));
  return words.length && words.every((w) => TITLE_WORDS.has(w.toLowerCase()) || ROLE_NOUNS.has(w.toLowerCase())) ? words.join(' ') : null;
}

/** The people and organisations named in an article, with their roles. */
export class Register {
  entities: Entity[] = [];
  /** Offsets of names in subject position (first name of a sentence, before its verb). */
  subjects = new Set<number>();
  /** Words the article also writes in lower case: a capitalised one opening a sentence is a common word. */
  commonWords = new Set<string>();
  private bySurname = new Map<string, Entity[]>();
  private config: SpeakerConfig[];
  constructor(config: SpeakerConfig[] = []) {
    this.config = config;
  }

  /** Canonical name of a written name: config aliases, then the article's full names. */
  canonical(name: string, title = ''): { name: string; role: string | null; type: SpeakerType | null } {
    const lower = name.toLowerCase();
    for (const c of this.config) {
      if (c.name.toLowerCase() === lower || (c.aliases ?? []).some((a) => a.toLowerCase() === lower)) {
        return { name: c.name, role: c.role ?? null, type: c.type ?? null };
      }
    }
    const words = name.split(/\s+/);
    if (words.length === 1) {
      const cands = (this.bySurname.get(lower) ?? []).filter((e) => e.name.split(/\s+/).length > 1);
      const uniq = oneNameVariants([...new Set(cands.map((e) => e.name))]);
      if (uniq.length === 1) return this.canonical(uniq[0]!);
      const shared = this.sharedSurnameHolder(cands, title);
      if (shared) return this.canonical(shared.name);
      // config: unique full name with that surname
      const conf = this.config.filter((c) => c.name.toLowerCase().split(/\s+/).pop() === lower);
      if (conf.length === 1) return { name: conf[0]!.name, role: conf[0]!.role ?? null, type: conf[0]!.type ?? null };
    }
    return { name, role: null, type: null };
  }

  add(name: string, type: SpeakerType, role: string | null, pos: number): Entity {
    const key = name.toLowerCase();
    let e = this.entities.find((x) => x.name.toLowerCase() === key);
    if (!e) {
      e = { name, type, role, positions: [], first: pos, gender: null };
      this.entities.push(e);
      const sur = surnameOf(key);
      const list = this.bySurname.get(sur) ?? [];
      list.push(e);
      this.bySurname.set(sur, list);
    }
    if (role && (!e.role || e.role.length < role.length)) e.role = role;
    if (type === 'person' && !e.gender) e.gender = genderOfName(name, role ?? '');
    e.positions.push(pos);
    e.first = Math.min(e.first, pos);
    return e;
  }

  /** Add a surname-only mention to the entity it abbreviates (after all full names are known). */
  addSurnameMention(word: string, pos: number, title = ''): boolean {
    const cands = this.bySurname.get(word.toLowerCase()) ?? [];
    const uniq = oneNameVariants([...new Set(cands.filter((e) => e.type === 'person').map((e) => e.name))]);
    if (uniq.length === 1) {
      const e = cands.find((x) => x.name === uniq[0])!;
      e.positions.push(pos);
      if (!e.gender && title) e.gender = genderOfName(e.name, title);
      if (!e.role) e.role = titleRole(title);
    } else this.sharedSurnameHolder(cands, title, pos)?.positions.push(pos);
    return cands.length > 0;
  }

  /**
   * "Ann Roe … Tom Roe … Mr. Roe said": two people of the article share a surname; a
   * title's gender tells which one the surname stands for (without one it stays open).
   */
  private sharedSurnameHolder(cands: Entity[], title: string, pos = -1): Entity | null {
    const g = title ? genderOfName('', title) : null;
    if (!g) return null;
    const fit = cands.filter((e) => e.type === 'person' && e.name.includes(' ') && e.gender === g);
    if (fit.length === 1) return fit[0]!;
    // ("Tom Roe … Phyllis Roe … Mrs. Roe": the one full name whose gender is not known, the others' being the other one)
    const open = cands.filter((e) => e.type === 'person' && e.name.includes(' ') && !e.gender);
    if (!fit.length && open.length === 1) {
      open[0]!.gender = g;
      return open[0]!;
    }
    // ("Ann Roe … Mary Roe … Mrs. Roe": the one of that gender the article named first, before the title)
    const before = fit.filter((e) => Math.min(...e.positions) < pos).sort((a, b) => Math.min(...a.positions) - Math.min(...b.positions));
    return before[0] ?? null;
  }

  /** A person the article names by one word only ("Mr. Lee", "Maria"), never by a full name. */
  addSingleName(word: string, pos: number, title = '') {
    const known = this.get(word);
    const e = this.add(word, 'person', titleRole(title), pos);
    // a lone word is more often a surname, even one that is also a first name ("Ms. Warren"): only a title tells the gender
    if (!known) e.gender = title ? genderOfName('', title) : null;
  }

  genderOf(name: string): Gender {
    return this.get(name)?.gender ?? genderOfName(name);
  }

  /** Is some full name (two words or more) in the register ending with this word? */
  hasSurname(word: string): boolean {
    return (this.bySurname.get(word.toLowerCase()) ?? []).some((e) => e.name.includes(' '));
  }

  get(name: string): Entity | undefined {
    return this.entities.find((e) => e.name.toLowerCase() === name.toLowerCase());
  }

  /** The person most recently mentioned before `pos` whose role fits. */
  lastWithRole(m: Mention, pos: number, skip: [number, number][] = []): Entity | null {
    let best: Entity | null = null;
    let bestPos = -1;
    for (const e of this.entities) {
      if (e.type !== 'person' || !roleFits(e.role, m) || !compatible(e.gender, roleGender(m.head ?? ''))) continue;
      const p = Math.max(-1, ...e.positions.filter((x) => x < pos && !skip.some(([a, b]) => x >= a && x < b)));
      if (p > bestPos) { best = e; bestPos = p; }
    }
    return best;
  }

  /** The first person introduced after `pos` whose role fits (cataphora). */
  nextWithRole(m: Mention, pos: number, exclude: Set<string>): Entity | null {
    let best: Entity | null = null;
    for (const e of this.entities) {
      if (e.type !== 'person' || exclude.has(e.name) || !roleFits(e.role, m) || !compatible(e.gender, roleGender(m.head ?? ''))) continue;
      if (e.first > pos && (!best || e.first < best.first)) best = e;
    }
    return best;
  }

  /** The person most recently mentioned before `pos` (after `from`), of a compatible gender. */
  lastPerson(pos: number, gender: Gender = null, from = -1, subjectOnly = false, skip: [number, number][] = [], accept: (e: Entity) => boolean = () => true): Entity | null {
    let best: Entity | null = null;
    let bestPos = from;
    for (const e of this.entities) {
      if (e.type !== 'person' || !compatible(e.gender, gender)) continue;
      const p = Math.max(-1, ...e.positions.filter((x) => x < pos && (!subjectOnly || this.subjects.has(x)) && !skip.some(([a, b]) => x >= a && x < b)));
      // (`accept` last: it may read the whole article, "is this name an organisation's?")
      if (p > bestPos && accept(e)) { best = e; bestPos = p; }
    }
    return best;
  }
}

const NAME_SUFFIX = /^(jr\.?|sr\.?|ii|iii|iv)$/i;

/**
 * Written forms of one person's full name across a site: "Donald J. Trump" and
 * "Donald Trump", "Hillary Rodham Clinton" and "Hillary Clinton", "Ann LEE" and
 * "Ann Lee". Forms with the same first name, surname and suffix are one person
 * when their middle names agree (by initial) or one of them has none; when two
 * forms differ in their middle names ("George H.W. Bush", "George W. Bush") they
 * are different people, and a form without a middle name stays apart from both.
 * A suffix is part of the identity ("Tom Roe Jr." is not "Tom Roe").
 * Returns a map from each form to the most frequent form of its person.
 */
export function nameVariants(counts: Map<string, number>): Map<string, string> {
  const groups = new Map<string, { name: string; middle: string; n: number }[]>();
  for (const [name, n] of counts) {
    const words = name.split(/\s+/);
    const suffix = NAME_SUFFIX.test(words[words.length - 1]!) ? words.pop()!.toLowerCase().replace(/\.$/, '') : '';
    if (words.length < 2) continue;
    const key = `${words[0]!.toLowerCase()} ${words[words.length - 1]!.toLowerCase()} ${suffix}`;
    // the middle names by their initials: "J." → "j", "H.W." → "hw", "Rodham" → "r"
    const middle = words.slice(1, -1).map((w) => w.split('.').filter(Boolean).map((p) => p[0]!.toLowerCase()).join('')).join('');
    const group = groups.get(key) ?? [];
    group.push({ name, middle, n });
    groups.set(key, group);
  }
  const out = new Map<string, string>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const middles = new Set(group.map((g) => g.middle).filter(Boolean));
    // one middle name (or none) among the forms: all of them are one person; else only forms with the same middle
    const sets = middles.size <= 1 ? [group] : [...middles].map((m) => group.filter((g) => g.middle === m));
    for (const set of sets) {
      const top = set.reduce((a, b) => (b.n > a.n ? b : a));
      for (const g of set) out.set(g.name, top.name);
    }
  }
  return out;
}

/**
 * Site-wide speaker merge. Every article-level name maps to one canonical
 * speaker: names from speakers.yaml (name or alias) map to the configured
 * entry; written forms of one full name ("Donald J. Trump", "Donald Trump")
 * map to the most frequent form (see nameVariants); a lone surname maps to the
 * unique full name seen anywhere on the site with that surname; other full
 * names map to themselves. Anonymous speakers are kept as they are. Returns a
 * Map from article-level name to canonical speaker.
 */
export function siteSpeakerMap(perArticle: SpeakerRef[][], config: SpeakerConfig[] = []): Map<string, SpeakerRef> {
  const out = new Map<string, SpeakerRef>();
  const alias = new Map<string, SpeakerConfig>();
  for (const c of config) {
    alias.set(c.name.toLowerCase(), c);
    for (const a of c.aliases ?? []) alias.set(a.toLowerCase(), c);
  }
  const all = perArticle.flat();
  const counts = new Map<string, number>();
  for (const s of all) if (s.type === 'person' && !alias.has(s.name.toLowerCase())) counts.set(s.name, (counts.get(s.name) ?? 0) + 1);
  const variant = nameVariants(counts);
  const fullBySurname = new Map<string, Set<string>>();
  const best = new Map<string, SpeakerRef>();
  for (const s of all) {
    if (s.type === 'anonymous') continue;
    const sur = s.type === 'person' ? fullNameSurname(s.name) : null;
    if (sur) {
      const set = fullBySurname.get(sur) ?? new Set();
      set.add(variant.get(s.name) ?? s.name);
      fullBySurname.set(sur, set);
    }
    const prev = best.get(s.name);
    if (!prev || (!prev.role && s.role)) best.set(s.name, s);
  }
  for (const c of config) {
    const sur = fullNameSurname(c.name);
    if (sur) {
      const set = fullBySurname.get(sur) ?? new Set();
      set.add(c.name);
      fullBySurname.set(sur, set);
    }
  }
  const canon = (s: SpeakerRef): SpeakerRef => {
    if (s.type === 'anonymous') return s;
    const c = alias.get(s.name.toLowerCase());
    if (c) return { name: c.name, role: c.role ?? best.get(c.name)?.role ?? s.role, type: c.type ?? s.type };
    const words = s.name.split(/\s+/);
    if (words.length === 1 && s.type === 'person') {
      const set = fullBySurname.get(words[0]!.toLowerCase());
      if (set && set.size === 1) {
        const full = [...set][0]!;
        const c2 = alias.get(full.toLowerCase());
        if (c2) return { name: c2.name, role: c2.role ?? s.role, type: c2.type ?? 'person' };
        const b = best.get(full);
        return { name: full, role: b?.role ?? s.role, type: 'person' };
      }
    }
    const v = s.type === 'person' ? variant.get(s.name) : undefined;
    if (v && v !== s.name) return { name: v, role: best.get(v)?.role ?? s.role, type: 'person' };
    const b = best.get(s.name);
    return { name: s.name, role: s.role ?? b?.role ?? null, type: s.type };
  };
  for (const s of all) if (!out.has(s.name)) out.set(s.name, canon(s));
  return out;
}

/** The surname of a full name, lower-cased, a suffix left out ("Tom Roe Jr." → "roe"); null for one word. */
function fullNameSurname(name: string): string | null {
  const words = name.split(/\s+/).filter((w) => !NAME_SUFFIX.test(w.replace(/,$/, '')));
  return words.length > 1 ? surnameOf(name.toLowerCase()) : null;
}

/** What one article tells about its speakers: its text, and the words each speaker was mentioned by. */
export interface ArticleSpeakerContext {
  text: string;
  /** article-level speaker name → the mentions of its statements ("Mrs. Roe", "she") */
  mentions: Map<string, string[]>;
}

/** Share of the site's statements a full name must hold among a surname's candidates to take a lone surname by default. */
const DOMINANT_SHARE = 0.8;

/**
 * A full name that can stand for a lone surname: not a title or a stray word
 * taken into the name ("Mr. Roe", "Maybe Roe"), and, when seen only once on
 * the site, opening with a known first name.
 */
function plausibleBearer(c: { name: string; n: number }): boolean {
  const first = c.name.split(/\s+/)[0]!;
  const bare = first.toLowerCase().replace(/\.$/, '');
  if (!/^\p{Lu}/u.test(first) || TITLE_WORDS.has(bare) || TITLE_WORDS.has(`${bare}.`) || NOT_NAME_WORDS.has(bare)) return false;
  return c.n > 1 || isGivenName(first);
}

/**
 * A lone surname ("Roe") in an article that never writes the full name, when
 * the site knows several people of that surname ("Ann Roe", "Tom Roe"): the
 * article decides where it can, else the site's usual bearer of the name.
 * Candidates of the other gender go (by the article's "Mrs. Roe" / "she" and
 * the candidates' first names); a candidate whose first name the article
 * writes ("Ann" alone, "Ann's") wins; else one candidate holding at least
 * DOMINANT_SHARE of the candidates' statements on the site. Else null: the
 * surname stays a speaker of its own rather than being pinned on the wrong person.
 */
export function loneSurnameChoice(candidates: { name: string; n: number }[], ctx: { text: string; mentions: string[] }, name: string): string | null {
  const votes = new Set<Gender>(ctx.mentions.map((m) => (PRONOUNS.has(m.toLowerCase()) ? pronounGender(m) : genderOfName(name, m))).filter((g) => g !== null));
  const gender: Gender = votes.size === 1 ? [...votes][0]! : null;
  let left = candidates.filter((c) => plausibleBearer(c) && compatible(genderOfName(c.name), gender));
  const named = left.filter((c) => new RegExp(`(^|[^\\p{L}])${escapeRegExp(c.name.split(/\s+/)[0]!)}(?![\\p{L}])`, 'u').test(ctx.text));
  if (new Set(named.map((c) => c.name.split(/\s+/)[0])).size === 1) left = named;
  if (left.length === 1) return left[0]!.name;
  const total = left.reduce((t, c) => t + c.n, 0);
  const top = left.reduce<{ name: string; n: number } | null>((a, c) => (!a || c.n > a.n ? c : a), null);
  return top && total > 0 && top.n / total >= DOMINANT_SHARE ? top.name : null;
}

/**
 * The same merge as a function: give it an article-level speaker (and the
 * index of its article in `perArticle`), get the canonical site-wide speaker
 * (names not seen in `perArticle` are resolved on the fly with the same
 * rules). With `contexts`, a lone surname the site cannot pin on one person
 * is resolved per article by loneSurnameChoice.
 */
export function resolveSiteSpeakers(perArticle: SpeakerRef[][], config: SpeakerConfig[] = [], contexts?: ArticleSpeakerContext[]): (s: SpeakerRef, article?: number) => SpeakerRef | null {
  const map = siteSpeakerMap(perArticle, config);
  // full names by surname, with their statement counts (forms of one name counted together)
  const bySurname = new Map<string, Map<string, number>>();
  for (const s of perArticle.flat()) {
    if (s.type !== 'person') continue;
    const canon = map.get(s.name) ?? s;
    const sur = fullNameSurname(canon.name);
    if (!sur || canon.type !== 'person') continue;
    const m = bySurname.get(sur) ?? new Map<string, number>();
    m.set(canon.name, (m.get(canon.name) ?? 0) + 1);
    bySurname.set(sur, m);
  }
  const memo = new Map<string, SpeakerRef>();
  return (s: SpeakerRef, article?: number) => {
    const site = map.get(s.name) ?? siteSpeakerMap([...perArticle, [s]], config).get(s.name) ?? s;
    const ctx = article === undefined ? undefined : contexts?.[article];
    if (!ctx || s.type !== 'person' || site.name !== s.name || /\s/.test(s.name)) return site;
    const candidates = bySurname.get(s.name.toLowerCase());
    if (!candidates || candidates.size < 2) return site;
    const key = `${article}\u0000${s.name}`;
    if (!memo.has(key)) {
      const choice = loneSurnameChoice([...candidates].map(([name, n]) => ({ name, n })), { text: ctx.text, mentions: ctx.mentions.get(s.name) ?? [] }, s.name);
      memo.set(key, choice ? (map.get(choice) ?? { name: choice, role: null, type: 'person' }) : site);
    }
    return memo.get(key)!;
  };
}
