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
export const CORPORATE_TAIL = /^(?:Corp|Co|Cos|Inc|Ltd|PLC|plc|AG|SA|S\.A|N\.V|GmbH|LLC)\.?$/u;
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
const FULL_NAME_AFTER = /^(?:['’]s|-\p{Lu}[\p{L}-]*)?(?: (?:&|and|amp|\p{Lu}[\p{L}&'’-]*\.?)){0,4}? (?:Corp|Co|Cos|Inc|Ltd|Limited|PLC|plc|AG|SA|S\.A|N\.V|GmbH|LLC|L\.P|Partnership|Bank|Bancorp)\b/u;
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
  for (const m of text.matchAll(new RegExp(`(\\p{Lu}\\p{Ll}+) ${escapeRegExp(name)}\\b`, 'gu'))) if (isGivenName(m[1]!)) return true;
  return false;
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
