/**
 * Organisations named without an organisation word ("Acme said it would …"):
 * the article's own wording tells that a speaker typed as a person is a
 * company, a paper or an agency.
 */
import { escapeRegExp } from '../regexp.ts';
import { isGivenName } from './gender.ts';


/** Words a company's name ends with ("Acme Corp.", "Acme Financial"). */
const ORG_TAIL = String.raw`(?:Corp|Co|Inc|Ltd|Group|Financial|Airlines|Bancorp|Holdings|Industries|Motors|Systems|Communications)\b`;
/** What only an organisation has ("Acme's shares", "Acme's chief executive"). */
const ORG_POSSESSIONS = String.raw`(?:shares|stock|shareholders|stockholders|chief executive|chief financial officer|board of directors|subsidiary|earnings|net income|market share)`;
/** Nouns that name an organisation in an appositive ("Acme, the company"). */
const ORG_APPOSITIVES = String.raw`(?:company|firm|network|newspaper|paper|bank|airline|carrier|insurer|retailer|maker|agency|concern|publisher|broadcaster|utility|automaker|chain|conglomerate|manufacturer|lender|website|magazine|airframer|planemaker|carmaker|drugmaker|chipmaker)`;
/** Reporting verbs after which "it"/"its" refers back to the subject ("Acme said its profit rose"). */
const SAID = String.raw`(?:(?:has |have |had )?(?:said|reported|announced|added|noted|stated|claimed|disclosed|estimated|expected|confirmed|promised)|says|saying|reports|states|expects|confirms|promises)`
  // a time or source between verb and clause ("said Tuesday", "said in a statement")
  + String.raw`(?: (?:on |late |early |last )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)| in a (?:statement|filing|release))?`;

/**
 * Speed: does some occurrence of `literal` in `text` have text before (up to
 * `back` characters) and after (up to `ahead` characters) that `test` accepts?
 * Each rule below runs its whole-text regular expression only where this local
 * test, a necessary condition of the expression, holds somewhere.
 */
function someOccurrence(text: string, literal: string, back: number, ahead: number, test: (before: string, after: string) => boolean): boolean {
  if (!literal) return true;
  for (let i = text.indexOf(literal); i >= 0; i = text.indexOf(literal, i + 1)) {
    if (test(text.slice(Math.max(0, i - back), i), text.slice(i + literal.length, i + literal.length + ahead))) return true;
  }
  return false;
}

/** The corporate word a company's name may end with: "Acme Trust Co.", "Norton Corp.", "Vela S.A.". */
export const CORPORATE_TAIL = /^(?:Corp|Co|Cos|Inc|Ltd|PLC|plc|AG|SA|S\.A|N\.V|S\.p\.A|B\.V|GmbH|LLC)\.?$/u;
const WHICH_AFTER = /^, which\b/u;
const SENTENCE_START = /(?:^|[.!?] |\n)$/u;
const SAID_AFTER = new RegExp(`^,? (?:also )?${SAID}`, 'u');
const POSSESSION_AFTER = /^['’]s /u;
const APPOSITIVE_AFTER = /^, (?:the|a|an) /u;
const TAIL_AFTER = new RegExp(`^ ${ORG_TAIL}`, 'u');
/** "Acme recently cut its dividend", "Acme has sold its stake": a sentence opening with the name makes it the owner of the "its" right after the verb. */
const SENTENCE_OPENING = /(?:^|[.!?]["”’]? |\n)$/u;
const OWN_ITS_AFTER = /^(?: (?:\p{Ll}+ly|also|has|had|will|would))* (?:\p{Ll}{2,}(?:ed|es|s)|cut|put|set|sold|bought|made|won|lost|kept|held|took|gave|paid|raised) its\b/u;
/** "Acme chief executive Ann Lee", "Acme shares closed up": a company's officer or shares after the name, with or without a possessive. */
const COMPANY_NOUN_AFTER = /^(?:['’]s?)? (?:chief executive|chief financial officer|chief operating officer|shares (?:rose|fell|closed|gained|dropped|jumped|slid|eased|were|traded))\b/u;
/** "the Acme 717", "an Acme A290": a maker's name before a product's model number (three digits: never a year, "Lee 2016") */
const MODEL_AFTER = /^ (?:\p{Lu}{1,2}-?)?\d{3}(?![\d.,:%]| (?:percent|per cent|times|points|years|days|people|votes|million|billion|[a-z]+s)\b)/u;
/** A company's full name, begun by the name: "Roe Industrial Holdings PLC", "Vela's Inc.", "Dorn-Keller Co.", "Tann amp Ellis Bank". */
const FULL_NAME_AFTER = /^(?:['’]s|-\p{Lu}[\p{L}-]*)?(?: (?:&|and|amp|\p{Lu}[\p{L}&'’-]*\.?)){0,4}? (?:Corp|Co|Cos|Inc|Ltd|Limited|PLC|plc|AG|SA|S\.A|N\.V|S\.p\.A|B\.V|GmbH|LLC|L\.P|Partnership|Bank|Bancorp)\b/u;
const NOUN_BEFORE = new RegExp(`${ORG_APPOSITIVES},? $`, 'u');
const TITLE_BEFORE = /(?:Mr|Mrs|Ms|Dr)\.? $/u;
/** (a lower-case letter, or half of a surrogate pair, ends the word before) */
const LOWER_BEFORE = /[\p{Ll}\uD800-\uDFFF] $/u;

/** "Acme said its profit rose", "Acme, saying it will buy shares": the report refers back to its subject as "it". */
function refersBackAsIt(n: string, text: string): boolean {
  if (new RegExp(`${n},? (?:also )?${SAID},? (?:that )?its\\b`, 'u').test(text)) return true;
  // (not a dummy "it": "Lee said it was clear", "Lee said it would be wrong")
  return new RegExp(`${n},? (?:also )?${SAID},? (?:that )?it (?!is\\b|was\\b|isn|wasn|would(?: not|n['’]t)? be\\b|will(?: not)? be\\b|could be\\b|might be\\b|may be\\b|seem|appear|remain|make|made|mean|meant|take|took|felt|feels|'s\\b|’s\\b|had been\\b|has been\\b)`, 'u').test(text);
}

/** Is the name written after a first name somewhere in the text ("Ann Roe" for "Roe")? */
function givenNameBefore(name: string, text: string): boolean {
  if (!someOccurrence(text, name, 3, 0, (before) => LOWER_BEFORE.test(before))) return false;
  if (!name) return [...text.matchAll(/(\p{Lu}\p{Ll}+) \b/gu)].some((m) => isGivenName(m[1]!));
  // (speed: the matches of /(\p{Lu}\p{Ll}+) NAME\b/gu, found from each occurrence of the name rather than from
  // every capital letter of the text; like that expression's matches, none overlaps the one before it)
  let lastEnd = 0;
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    const end = i + name.length;
    if (text[i - 1] !== ' ' || isAsciiWordChar(text[end - 1]) === isAsciiWordChar(text[end])) continue;
    const word = capitalisedWordBefore(text, i - 1);
    if (!word || i - 1 - word.length < lastEnd) continue;
    if (isGivenName(word)) return true;
    lastEnd = end;
  }
  return false;
}

/** A word character of `\b` in a regular expression with the `u` flag and without `i` ([A-Za-z0-9_]). */
function isAsciiWordChar(c: string | undefined): boolean {
  return c !== undefined && /^\w$/.test(c);
}

const LOWER_LETTER = /^\p{Ll}$/u;
const UPPER_LETTER = /^\p{Lu}$/u;

/** The character (a whole surrogate pair, where one ends there) that ends at `end`. */
function charBefore(text: string, end: number): string {
  const low = text.charCodeAt(end - 1);
  const high = text.charCodeAt(end - 2);
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? text.slice(end - 2, end) : text.slice(end - 1, end);
}

/**
 * The word of a capital letter and one or more lower-case letters that ends right at `end` (where
 * /(\p{Lu}\p{Ll}+)X/u would capture it, before an X at `end`): "Roe" in "Ann Roe" for the space's
 * index, "Cain" in "McCain". Null when none ends there.
 */
export function capitalisedWordBefore(text: string, end: number): string | null {
  let j = end;
  while (j > 0) {
    const c = charBefore(text, j);
    if (!LOWER_LETTER.test(c)) break;
    j -= c.length;
  }
  if (j === end || j === 0) return null;
  const c = charBefore(text, j);
  return UPPER_LETTER.test(c) ? text.slice(j - c.length, end) : null;
}

/** Evidence in the article text that `name` names an organisation. */
export function organisationEvidence(name: string, text: string): boolean {
  const words = name.split(/\s+/);
  // "Acme Trust Co.", "Norton Corp.": the name itself ends with a company word (whatever its first word)
  if (words.length > 1 && CORPORATE_TAIL.test(words[words.length - 1]!)) return true;
  if (isGivenName(words[0]!) && words.length > 1) return false;
  // "Acme, which makes valves, said": a sentence that opens with the name and "which" speaks of a thing, never a person
  if (someOccurrence(text, name, 2, 8, (before, after) => WHICH_AFTER.test(after) && SENTENCE_START.test(before)) && new RegExp(`(?:^|[.!?] |\\n)${escapeRegExp(name)}, which\\b`, 'u').test(text)) return true;
  const last = words[words.length - 1]!;
  // a person: "Mr. Roe", "Ms. Roe", "Ann Roe" (though "the Roe Group" names a firm)
  const titled = someOccurrence(text, last, 5, 0, (before) => TITLE_BEFORE.test(before));
  if ((titled && new RegExp(`\\b(?:Mr|Mrs|Ms|Dr)\\.? ${escapeRegExp(last)}\\b`, 'u').test(text)) || givenNameBefore(name, text)) return false;
  const n = `\\b${escapeRegExp(name)}`;
  const after = (re: RegExp) => someOccurrence(text, name, 0, 80, (_, a) => re.test(a));
  return (after(SAID_AFTER) && refersBackAsIt(n, text))
    || (after(POSSESSION_AFTER) && new RegExp(`${n}['’]s (?:[a-z-]+ )?${ORG_POSSESSIONS}\\b`, 'u').test(text))
    || (after(APPOSITIVE_AFTER) && new RegExp(`${n}, (?:the|a|an) (?:[\\w-]+ ){0,3}${ORG_APPOSITIVES}(?=[,.;]| (?:that|which|based|whose|in|of|with|for|founded|owned|run|led|created)\\b)`, 'u').test(text))
    || (after(TAIL_AFTER) && new RegExp(`${n} ${ORG_TAIL}`, 'u').test(text))
    || someOccurrence(text, name, 1, 80, (b, a) => !/[\p{L}\p{N}-]$/u.test(b) && FULL_NAME_AFTER.test(a))
    || someOccurrence(text, name, 3, 60, (b, a) => SENTENCE_OPENING.test(b) && OWN_ITS_AFTER.test(a))
    || someOccurrence(text, name, 1, 60, (b, a) => !/[\p{L}\p{N}-]$/u.test(b) && COMPANY_NOUN_AFTER.test(a))
    || someOccurrence(text, name, 1, 12, (b, a) => !/[\p{L}\p{N}-]$/u.test(b) && MODEL_AFTER.test(a))
    || (someOccurrence(text, name, 40, 0, (before) => NOUN_BEFORE.test(before)) && nounBefore(name, text));
}

/** "Japanese automaker Acme", "rival carrier Acme": the name after a lower-case organisation noun (not "the company Roe founded"). */
function nounBefore(name: string, text: string): boolean {
  const re = new RegExp(`(?:^|[^\\p{L}])(\\p{L}+),? ${ORG_APPOSITIVES},? ${escapeRegExp(name)}\\b`, 'gu');
  for (const m of text.matchAll(re)) if (!/^(the|a|an|that|this|which|whose|one|said)$/i.test(m[1]!)) return true;
  return false;
}

/**
 * Head nouns of a definite description that refers back to a company the article has named:
 * "the company said", "the Dover maker of valves said", "the thrift said", "the valve concern".
 */
export const COMPANY_HEADS = /^(?:company|firm|concern|maker|manufacturer|producer|retailer|thrift|airline|carrier|airframer|planemaker|automaker|carmaker|insurer|lender|utility|publisher|operator|provider|distributor|conglomerate|brewer|supplier)$/;
/** Words of a public body, a place or a market, never a company's name ("the Federal Reserve", "the Justice Department"). */
const NOT_A_COMPANY = /\b(?:Central|Department|Ministry|Agency|Commission|Council|Court|Reserve|Exchange|Administration|Army|Force|Navy|Police|Party|Nations|Government|Congress|Senate|Parliament|House|Office|Bureau|Authority|Union|States|Kingdom|Republic|Committee|University|School|Church|Embassy)\b/u;
/** The corporate words a company's name may end with, written out ("Acme Airlines", "Acme Motors", "Acme Bank"). */
const COMPANY_TAIL_WORD = /^(?:Corp|Corporation|Co|Cos|Company|Inc|Ltd|Limited|PLC|plc|AG|SA|S\.A|N\.V|S\.p\.A|B\.V|GmbH|LLC|Group|Financial|Airlines|Airways|Bancorp|Holdings|Industries|Motors|Systems|Communications|Bank|Association|Technologies|Electronics|Entertainment|Computer)\.?$/u;

/** (speed: a necessary condition of companyLike's last expression, tested before the name) */
const NOUN_GIANT_BEFORE = new RegExp(`\\b(?:giant|${ORG_APPOSITIVES.slice(3, -1)}) $`, 'u');
const LETTER_FIRST = /^\p{L}/u;

/** Does the article name a company by `name` (a corporate word ends the name, or its wording shows a company)? */
function companyLike(name: string, text: string): boolean {
  const words = name.split(/\s+/);
  if (!/^\p{Lu}/u.test(name) || NOT_A_COMPANY.test(name) || /^(?:U\.?S\.?A?|U\.?K\.?|E\.?U\.?|U\.?N\.?)$/u.test(name)) return false;
  if (words.length > 1 && COMPANY_TAIL_WORD.test(words[words.length - 1]!)) return true;
  // ("Japan's Nikkei": a possessive inside the phrase makes it something the possessor has, not a company's name;
  // "The Dover Times": a paper's title, which "the company" seldom means)
  if ((isGivenName(words[0]!) && words.length > 1) || words.slice(0, -1).some((w) => /['’]s?$/u.test(w)) || /^(?:Times|Post|Journal|News|Tribune|Herald|Magazine|Gazette)$/u.test(words[words.length - 1]!)) return false;
  // ("the oil giant Acme", "the maker Acme": a company's noun before the name)
  return organisationEvidence(name, text) || (someOccurrence(text, name, 20, 2, (b, a) => NOUN_GIANT_BEFORE.test(b) && !LETTER_FIRST.test(a)) && new RegExp(`\\b(?:giant|${ORG_APPOSITIVES.slice(3, -1)}) ${escapeRegExp(name)}(?![\\p{L}])`, 'u').test(text));
}

/** A company's name without its corporate word, as the article goes on to write it ("Acme Corp." → "Acme"). */
function shortName(name: string): string {
  const words = name.replace(/,/g, '').split(/\s+/);
  if (words.length > 1 && CORPORATE_TAIL.test(words[words.length - 1]!)) words.pop();
  return words.join(' ');
}

/** "Dover Savings amp Loan Association", "Acme Rent-A-Car & Truck Corp.": the whole name where a name was cut at its "&". */
function wholeName(name: string, text: string): string {
  const cap = String.raw`\p{Lu}[\p{L}.'’-]*`;
  const n = escapeRegExp(name);
  const m = text.match(new RegExp(`(?<![\\p{L}])(?:${cap} )+(?:amp|&) ${n}(?![\\p{L}])`, 'u')) ?? text.match(new RegExp(`(?<![\\p{L}])${n} (?:amp|&)(?: ${cap})+`, 'u'));
  return m ? m[0] : name;
}

/**
 * "Acme Corp. said … The company said C", "Acme fell 2 to 31. The valve concern said C": the
 * company a definite description at `at` refers back to. A company named before it in its own sentence
 * comes first (the nearest), then the subject of a sentence before it in its paragraph (`subjects`,
 * the nearest), then a company opening a sentence in the two paragraphs before (the nearest), then the
 * company the article has named most often so far (on a tie, the last speaker among them, then the one
 * named last). Mentions inside the statement's own words (`exclude`) do not count. The name is the
 * fullest the article gives ("Acme" → "Acme Corp."). Null when the article has named no company before it.
 */
export function companyReferent(at: number, from: { sentence: number; paragraph: number; near: number }, paragraphs: { text: string; start: number }[], names: string[], subjects: { name: string; pos: number }[], sentenceStarts: Set<number>, exclude: [number, number][], lastSpeakers: string[], memo: Map<string, boolean> = new Map()): string | null {
  const text = paragraphs.map((p) => p.text).join('\n');
  const seen = new Map<string, { name: string; positions: number[] }>();
  // (each name is tested once per article: `memo` keeps the answers across the descriptions of one article)
  const like = (name: string) => {
    let v = memo.get(name);
    if (v === undefined) memo.set(name, (v = companyLike(name, text)));
    return v;
  };
  for (const name of new Set(names)) {
    const key = shortName(name);
    if (!key || seen.has(key) && seen.get(key)!.name.length >= name.length) continue;
    if (!like(name) && !like(key)) continue;
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(key)}(?![\\p{L}\\p{N}])`, 'gu');
    const positions: number[] = [];
    for (const p of paragraphs) {
      if (p.start >= at) break;
      for (const m of p.text.matchAll(re)) {
        const pos = p.start + m.index!;
        if (pos < at && !exclude.some(([a, b]) => pos >= a && pos < b)) positions.push(pos);
      }
    }
    if (positions.length) seen.set(key, { name, positions });
  }
  const cands = [...seen.values()];
  const last = (c: { positions: number[] }) => Math.max(...c.positions);
  // (by its full name where the article gives one: "Acme" → "Acme Corp.")
  const full = (name: string) => wholeName(names.filter((n) => n.startsWith(`${name} `) && CORPORATE_TAIL.test(n.split(/\s+/).pop()!)).sort((a, b) => a.length - b.length)[0] ?? name, text);
  // named before it in its sentence ("Lee said Acme would win, with the firm promising C")
  const inSentence = cands.filter((c) => last(c) >= from.sentence).sort((a, b) => last(b) - last(a))[0];
  if (inSentence) return full(inSentence.name);
  // the subject of a sentence before it in its paragraph ("Acme fell 2. The company said …")
  const subject = subjects.filter((x) => x.pos >= from.paragraph && x.pos < at && !exclude.some(([a, b]) => x.pos >= a && x.pos < b) && !NOT_A_COMPANY.test(x.name)).sort((a, b) => b.pos - a.pos)[0];
  if (subject) return full(subject.name);
  // a company opening a sentence in the two paragraphs before ("Acme stock closed at $15.¶The company noted …")
  const opening = (c: { positions: number[] }) => Math.max(-1, ...c.positions.filter((x) => x >= from.near && sentenceStarts.has(x)));
  const opener = cands.filter((c) => opening(c) >= 0).sort((a, b) => opening(b) - opening(a))[0];
  if (opener) return full(opener.name);
  if (!cands.length) return null;
  const spoke = (c: { name: string }) => lastSpeakers.map(shortName).lastIndexOf(shortName(c.name));
  return full(cands.sort((a, b) => b.positions.length - a.positions.length || spoke(b) - spoke(a) || last(b) - last(a))[0]!.name);
}
