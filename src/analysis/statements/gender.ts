/**
 * Grammatical gender of a person, for he/she resolution: from honorifics
 * (Mr., Mrs., Ms.) and a short list of common first names. Unknown is
 * compatible with both pronouns.
 */
export type Gender = 'm' | 'f' | null;

const FEMALE = new Set(
  `mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley
  kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen amy
  shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn janet
  ruth maria heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith megan cheryl
  andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean alice madison doris abigail julia
  judy grace denise amber marilyn beverly danielle theresa sophia marie diana brittany natalie isabella charlotte rose
  alexis kayla hillary michelle melania ivanka chelsea nancy elizabeth loretta condoleezza madeleine angela theresa
  kellyanne sarah huma donna jill tulsi kamala nikki betsy elaine susan claire kirsten dianne patty maxine debbie
  marsha lisa tammy jeanne amy tina sheila valerie marcia jennifer mika megyn katie gwen leslie melanie marine ursula
  christine federica jacinda sanna kaja annalena giorgia liz yulia svetlana olena anastasia natalia irina tatiana
  lena eva rosa rita clara elena carmen lucia paula sofia ines ingrid greta astrid nadia leila fatima aisha
  jane anne kate sue ellen beth jenny molly caroline marianne harriet wendy carly`.split(/\s+/),
);

const MALE = new Set(
  `james robert john michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald
  steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric
  jonathan stephen larry justin scott brandon benjamin samuel gregory frank alexander raymond patrick jack dennis jerry
  tyler aaron jose adam henry nathan douglas zachary peter kyle walter ethan jeremy harold keith christian roger noah
  gerald carl terry sean austin arthur lawrence jesse dylan bryan joe jordan billy bruce albert willie gabriel logan
  alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby philip johnny barack bernie mitch mike ted
  marco jeb rand chris newt rudy reince rick tim bill al dick hank vladimir dmitry sergei sergey volodymyr
  emmanuel olaf boris rishi keir xi recep benjamin bashar ali hassan mohammed muhammad ahmed omar ivan igor oleg
  nikolai viktor andrzej pedro luis carlos jorge miguel antonio francisco manuel javier diego fernando ricardo karl
  josh nick dan dave ben tom tony matt bob rob ed steve jon jeff greg doug ken ron don chuck hank mitt newt 
  hans klaus jens lars olav pierre jean-marc francois françois jacques nicolas ban kofi antonio abdullah salman jim
  andy charlie harry fred howard leonard stanley martin glenn phil bernard sheldon corey marvin`.split(/\s+/),
);

/** First names given to both men and women. */
const EITHER = new Set('terry jordan chris kelly jean leslie dana pat alex sam jamie robin lee tracy casey taylor morgan jesse ashley kim carol francis lynn marion shannon stacy'.split(' '));

/** Is this a common first name ("Ann", "Tom", "Jordan")? */
export function isGivenName(word: string): boolean {
  const w = word.toLowerCase();
  return FEMALE.has(w) || MALE.has(w) || EITHER.has(w);
}

export function genderOfName(name: string, mention?: string): Gender {
  // ("the lawyer leading Mrs. Lee's search": an honorific before another person's possessive tells nothing of this one)
  const m = (mention ?? '').replace(/\b(?:Mr|Mrs|Ms|Miss|Sir|Lord|Lady|King|Queen|Prince|Princess)\.?\s+(?:\p{Lu}[\p{L}-]*\s+)*\p{Lu}[\p{L}-]*['’]s?(?=\s|$)/gu, '').toLowerCase();
  if (/\b(mr|sir|lord|king|prince|mister|father|brother)\b\.?/.test(m)) return 'm';
  if (/\b(mrs|ms|miss|madam|lady|queen|princess|sister|mother|first lady)\b\.?/.test(m)) return 'f';
  const first = name.split(/\s+/)[0]!.toLowerCase();
  if (EITHER.has(first)) return null;
  if (FEMALE.has(first) && !MALE.has(first)) return 'f';
  if (MALE.has(first) && !FEMALE.has(first)) return 'm';
  return null;
}

/** The gender a role noun states ("spokeswoman", "businessman"), if any. */
export function roleGender(head: string): Gender {
  if (/woman$|^(mother|wife|daughter|sister|lady|queen|princess|actress|chairwoman)$/.test(head)) return 'f';
  if (/man$|^(father|husband|son|brother|king|prince|actor)$/.test(head)) return 'm';
  return null;
}

export function pronounGender(p: string): Gender {
  const l = p.toLowerCase();
  if (l === 'he' || l === 'him' || l === 'his') return 'm';
  if (l === 'she' || l === 'her' || l === 'hers') return 'f';
  return null;
}

export function compatible(a: Gender, b: Gender): boolean {
  return !a || !b || a === b;
}
