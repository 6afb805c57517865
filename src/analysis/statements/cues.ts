/**
 * The cue lexicon: general English reporting verbs (speech, writing,
 * assertion, and a few cognition/evidence verbs that take a that-clause),
 * expanded to their inflected forms, plus the word lists used to read the
 * words around a cue.
 */

/** Verbs that report speech; they may introduce a clause without "that". */
const SPEECH = [
  'say', 'tell', 'add', 'note', 'claim', 'assert', 'insist', 'warn', 'signal', 'indicate', 'argue', 'explain',
  'write', 'tweet', 'announce', 'state', 'declare', 'acknowledge', 'admit', 'contend', 'maintain', 'reply', 'respond',
  'recall', 'predict', 'promise', 'pledge', 'vow', 'emphasize', 'emphasise', 'stress', 'concede', 'complain', 'allege',
  'caution', 'boast', 'brag', 'joke', 'quip', 'lament', 'reiterate', 'reveal', 'testify', 'counter', 'retort',
  'speculate', 'hint', 'suggest', 'confirm', 'deny', 'conclude', 'assure', 'insist', 'tweet', 'write', 'report',
];

/** Verbs that report only with an explicit "that" (or next to a quotation). */
const WEAK = [
  'believe', 'think', 'feel', 'hope', 'fear', 'worry', 'expect', 'anticipate', 'know', 'find', 'show', 'reckon', 'understand',
  'learn', 'hear', 'guess', 'wonder', 'doubt', 'calculate', 'project', 'determine', 'demonstrate', 'prove',
  'recognize', 'recognise', 'realize', 'realise', 'imagine', 'continue', 'post', 'charge', 'answer',
  'reason', 'agree', 'ask', 'urge', 'demand', 'propose', 'recommend', 'accuse', 'tout', 'threaten', 'remind',
  'advise', 'inform', 'comment', 'mention', 'observe', 'remark', 'muse', 'disclose', 'affirm', 'reaffirm', 'proclaim', 'recount',
  'estimate', 'forecast', 'posit', 'concur', 'exclaim', 'confide', 'elaborate', 'specify', 'clarify', 'repeat',
  'stipulate', 'underline', 'underscore', 'protest', 'grumble', 'whisper', 'shout', 'yell', 'imply', 'rule',
  'decide', 'acknowledge', 'emphasize', 'swear', 'bet', 'ensure', 'guarantee', 'mean',
];

/** Verbs that report words only when a quotation follows them (“called it ‘a disaster’”). */
const QUOTING = [
  'call', 'describe', 'label', 'brand', 'dub', 'term', 'deride', 'decry', 'slam', 'blast', 'criticize', 'criticise',
  'praise', 'dismiss', 'attack', 'accuse', 'mock', 'ridicule', 'condemn', 'denounce', 'hail', 'tout', 'characterize',
  'characterise', 'question', 'challenge', 'reject', 'encourage', 'invite', 'applaud', 'laud', 'thank', 'blame',
  'credit', 'welcome', 'defend', 'lambaste', 'rip', 'knock', 'chide', 'scold', 'compare', 'liken', 'refer', 'vow',
  'pledge', 'promise', 'urge', 'demand', 'tweet', 'write', 'ask', 'announce', 'declare', 'joke', 'boast', 'quip',
  'tell', 'mention', 'cite', 'quote', 'recall', 'warn', 'predict', 'insist', 'argue', 'admit', 'concede', 'sing',
  'chant', 'shout', 'yell', 'scream', 'cry', 'proclaim', 'offer', 'issue', 'vow', 'express', 'voice', 'raise',
  'exhort', 'implore', 'beg', 'plead', 'instruct', 'caution', 'remind', 'reference', 'dub', 'nickname',
  'refuse', 'decline', 'persuade', 'convince', 'wonder', 'read', 'mock', 'taunt', 'insult', 'slam', 'bash', 'assail', 'chastise', 'rebuke', 'berate', 'castigate', 'lament',
];

/** Verbs that name or characterise their object with the quoted words: “called the plan ‘a disaster’”. */
export const NAMING_VERBS = new Set(['call', 'describe', 'label', 'brand', 'dub', 'term', 'nickname', 'refer', 'liken', 'compare', 'characterize', 'characterise', 'deride', 'hail', 'mock', 'dismiss']);

/** Verbs taking an addressee before the reported clause (X told Y that …). */
export const ADDRESSEE_VERBS = new Set(['tell', 'assure', 'inform', 'remind', 'warn', 'advise', 'promise', 'ask', 'urge', 'caution', 'convince', 'persuade']);

const IRREGULAR: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  write: ['write', 'writes', 'wrote', 'writing', 'written'],
  think: ['think', 'thinks', 'thought', 'thinking'],
  feel: ['feel', 'feels', 'felt', 'feeling'],
  know: ['know', 'knows', 'knew', 'knowing', 'known'],
  find: ['find', 'finds', 'found', 'finding'],
  show: ['show', 'shows', 'showed', 'showing', 'shown'],
  understand: ['understand', 'understands', 'understood', 'understanding'],
  hear: ['hear', 'hears', 'heard', 'hearing'],
  learn: ['learn', 'learns', 'learned', 'learnt', 'learning'],
  prove: ['prove', 'proves', 'proved', 'proven', 'proving'],
  forecast: ['forecast', 'forecasts', 'forecasting', 'forecasted'],
  swear: ['swear', 'swears', 'swore', 'swearing', 'sworn'],
  bet: ['bet', 'bets', 'betting'],
  mean: ['mean', 'means', 'meant'],
  read: ['read', 'reads', 'reading'],
  sing: ['sing', 'sings', 'sang', 'sung', 'singing'],
  cry: ['cry', 'cries', 'cried', 'crying'],
  rip: ['rip', 'rips', 'ripped', 'ripping'],
  refer: ['refer', 'refers', 'referred', 'referring'],
  dub: ['dub', 'dubs', 'dubbed', 'dubbing'],
  label: ['label', 'labels', 'labeled', 'labelled', 'labeling', 'labelling'],
  issue: ['issue', 'issues', 'issued', 'issuing'],
};

function inflect(v: string): string[] {
  if (IRREGULAR[v]) return IRREGULAR[v]!;
  const forms = [v];
  // third person
  if (/(s|sh|ch|x|z)$/.test(v)) forms.push(v + 'es');
  else if (/[^aeiou]y$/.test(v)) forms.push(v.slice(0, -1) + 'ies');
  else forms.push(v + 's');
  // past and -ing
  if (/e$/.test(v)) {
    forms.push(v + 'd', v.slice(0, -1) + 'ing');
  } else if (/[^aeiou]y$/.test(v)) {
    forms.push(v.slice(0, -1) + 'ied', v + 'ing');
  } else if (v === 'quip' || v === 'admit' || v === 'rebut' || v === 'commit' || /^[^aeiou]*[aeiou][bdgmnprt]$/.test(v)) {
    // a final consonant after one short vowel doubles: "slammed", "jabbed", "snapping"
    forms.push(v + v.at(-1) + 'ed', v + v.at(-1) + 'ing');
  } else if (v === 'signal') {
    forms.push('signalled', 'signaled', 'signalling', 'signaling');
  } else {
    forms.push(v + 'ed', v + 'ing');
  }
  return forms;
}

export interface CueInfo {
  lemma: string;
  /** Speech verbs may take a clause without "that"; weak ones need "that". */
  strength: 'speech' | 'weak' | 'quoting';
  form: 'base' | 'third' | 'past' | 'ing' | 'participle';
}

const CUE_FORMS = new Map<string, CueInfo>();
for (const [list, strength] of [[QUOTING, 'quoting'], [WEAK, 'weak'], [SPEECH, 'speech']] as const) {
  for (const lemma of list) {
    for (const f of inflect(lemma)) {
      const form: CueInfo['form'] = f === lemma ? 'base' : f.endsWith('ing') ? 'ing' : f.endsWith('s') && !f.endsWith('ss') ? 'third' : 'past';
      CUE_FORMS.set(f, { lemma, strength, form });
    }
  }
}

export function cueInfo(lower: string): CueInfo | undefined {
  return CUE_FORMS.get(lower);
}

/** Words that make the following cue word a noun ("the claim", "his warning"). */
export const NOUN_MARKERS = new Set([
  'a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those', 'such', 'any', 'no',
  'every', 'each', 'some', 'new', 'latest', 'recent', 'earlier', 'of', 'whose', 'first', 'last', 'final', 'own',
]);

/** Auxiliaries and adverbs that may sit between a speaker and the cue. */
export const AUX_ADV = new Set([
  'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'shall', 'must', 'did', 'does', 'do',
  'is', 'was', 'are', 'were', 'be', 'been', 'being', 'also', 'then', 'later', 'again', 'once', 'further', 'often', 'never',
  'already', 'still', 'even', 'just', 'not', "n't", 'previously', 'recently', 'repeatedly', 'reportedly', 'publicly',
  'privately', 'flatly', 'simply', 'long', 'first', 'earlier', 'now', 'yet', 'too', 'however', 'only', 'always',
  'ever', 'frequently', 'separately', 'subsequently', 'initially', 'originally', 'specifically', 'explicitly',
  'cannot', "didn't", "doesn't", "hasn't", "haven't", "wouldn't", "won't", 'quickly', 'immediately', 'finally',
]);

export const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight']);

/** Words that end a noun phrase read backwards from a cue. */
export const NP_BOUNDARY = new Set([
  'that', 'and', 'but', 'while', 'as', 'when', 'because', 'if', 'although', 'though', 'after', 'before', 'since', 'where',
  'so', 'or', 'than', 'which', 'who', 'whom', 'whose', 'what', 'why', 'how', 'whether', 'until', 'unless', 'whereas',
  'where', 'once', 'nor', 'yet', 'then', 'also', 'however', 'meanwhile', 'instead', 'asked', 'is', 'was', 'are', 'were',
  'has', 'have', 'had', 'did', 'does', 'do', 'will', 'would', 'said', 'says', 'told', 'tells', 'in', 'on', 'at', 'during',
  'with', 'about', 'by', 'from', 'over', 'into', 'against', 'under', 'without', 'through', 'like', 'not', 'even',
]);

export const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you', 'one']);

/** Nouns that name a person by a role. */
export const ROLE_NOUNS = new Set([
  'official', 'spokesman', 'spokeswoman', 'spokesperson', 'envoy', 'minister', 'president', 'secretary', 'senator', 'governor',
  'mayor', 'candidate', 'nominee', 'chairman', 'chairwoman', 'chair', 'director', 'adviser', 'advisor', 'aide', 'diplomat',
  'ambassador', 'leader', 'lawmaker', 'congressman', 'congresswoman', 'representative', 'chief', 'head', 'manager',
  'strategist', 'pollster', 'analyst', 'expert', 'economist', 'professor', 'lawyer', 'attorney', 'judge', 'prosecutor',
  'officer', 'commander', 'general', 'source', 'businessman', 'businesswoman', 'billionaire', 'mogul', 'executive',
  'ceo', 'founder', 'author', 'writer', 'journalist', 'reporter', 'columnist', 'editor', 'host', 'anchor', 'commentator',
  'activist', 'campaigner', 'voter', 'resident', 'witness', 'man', 'woman', 'person', 'member', 'veteran', 'mother',
  'father', 'wife', 'husband', 'daughter', 'son', 'chancellor', 'premier', 'king', 'queen', 'prince', 'pope', 'speaker',
  'negotiator', 'supporter', 'critic', 'opponent', 'rival', 'challenger', 'incumbent', 'contender', 'hopeful',
  'surrogate', 'operative', 'consultant', 'counsel', 'deputy', 'vice', 'democrat', 'republican', 'conservative',
  'liberal', 'candidate', 'nominee', 'investigator', 'researcher', 'scientist', 'doctor', 'physician', 'student',
  'teacher', 'worker', 'employee', 'owner', 'insider', 'observer', 'organizer', 'organiser', 'staffer', 'partner',
  'friend', 'colleague', 'coach', 'player', 'survivor', 'victim', 'officials', 'sources', 'aides', 'advisers', 'advisors',
  'experts', 'analysts', 'critics', 'observers', 'residents', 'witnesses', 'people', 'lawmakers', 'leaders', 'diplomats',
  'insiders', 'voters', 'supporters', 'members', 'democrats', 'republicans', 'economists', 'investigators', 'researchers',
  'scientists', 'prosecutors', 'authorities', 'police', 'officers', 'staffers', 'others', 'many', 'some', 'several', 'few',
  'opponents', 'rivals', 'allies', 'ally', 'conservatives', 'liberals', 'activists', 'protesters', 'demonstrators',
  'organizers', 'veterans', 'citizens', 'americans', 'users', 'participants', 'respondents', 'economist',
]);

/** Heads of an anonymous or collective mention: never pinned on a named person. */
export const ANONYMOUS_HEADS = new Set([
  'source', 'sources', 'officials', 'aides', 'advisers', 'advisors', 'experts', 'analysts', 'critics', 'observers',
  'residents', 'witnesses', 'people', 'lawmakers', 'leaders', 'diplomats', 'insiders', 'voters', 'supporters', 'members',
  'democrats', 'republicans', 'economists', 'investigators', 'researchers', 'scientists', 'prosecutors', 'authorities',
  'police', 'officers', 'staffers', 'others', 'many', 'some', 'several', 'few', 'opponents', 'rivals', 'allies',
  'conservatives', 'liberals', 'activists', 'protesters', 'demonstrators', 'organizers', 'veterans', 'citizens',
  'americans', 'users', 'participants', 'respondents', 'person', 'someone', 'somebody', 'insider', 'observers', 'they',
  'polls', 'surveys', 'studies', 'reports', 'documents', 'records', 'data', 'figures', 'numbers', 'statistics',
  // plural roles: 'Foreign ministers said', 'Senior executives said' name no one
  'ministers', 'senators', 'governors', 'mayors', 'executives', 'negotiators', 'regulators', 'spokesmen', 'judges',
  'commanders', 'envoys', 'ambassadors', 'delegates', 'legislators',
  // kin and friends: "Tom Roe's relatives said" speak for themselves, not for the man they are named after
  'relatives', 'parents', 'neighbors', 'neighbours',
]);

/** Words that make a capitalised name an organisation. */
export const ORG_WORDS = new Set([
  'house', 'department', 'ministry', 'committee', 'campaign', 'party', 'times', 'post', 'news', 'agency', 'kremlin',
  'pentagon', 'commission', 'council', 'union', 'bank', 'inc', 'inc.', 'corp', 'corp.', 'association', 'office',
  'bureau', 'court', 'senate', 'congress', 'administration', 'government', 'fbi', 'cia', 'nato', 'un', 'eu', 'nsa',
  'institute', 'foundation', 'center', 'centre', 'university', 'college', 'school', 'group', 'company', 'network',
  'journal', 'press', 'reuters', 'ap', 'afp', 'bloomberg', 'cnn', 'nbc', 'abc', 'cbs', 'fox', 'msnbc', 'bbc', 'npr',
  'politico', 'breitbart', 'police', 'army', 'navy', 'command', 'service', 'services', 'board', 'authority', 'federation',
  'organization', 'organisation', 'coalition', 'alliance', 'league', 'club', 'society', 'trust', 'fund', 'gop', 'dnc',
  'rnc', 'council', 'parliament', 'cabinet', 'ministry', 'embassy', 'consulate', 'mission', 'tribunal', 'fed',
  'reserve', 'treasury', 'commission', 'poll', 'survey', 'study', 'report', 'statement', 'magazine', 'newspaper',
  'tribune', 'herald', 'gazette', 'examiner', 'inquirer', 'chronicle', 'daily', 'weekly', 'today', 'media', 'tv',
  'radio', 'corporation', 'llc', 'ltd', 'staff', 'team', 'white', 'moscow', 'washington', 'beijing', 'kyiv', 'kiev',
  'london', 'paris', 'berlin', 'brussels', 'tehran', 'russia', 'ukraine', 'china', 'iran', 'israel', 'britain',
  'france', 'germany', 'japan', 'india', 'turkey', 'syria', 'iraq', 'mexico', 'canada', 'america', 'europe',
  'twitter', 'facebook', 'google', 'apple', 'microsoft', 'amazon',
  // words a company's name ends with ("Acme Motors", "General Dynamics")
  'motors', 'airlines', 'airways', 'holdings', 'industries', 'technologies', 'dynamics', 'electric',
  'pharmaceuticals', 'laboratories', 'securities', 'enterprises', 'systems', 'assembly',
]);

/** Titles and role words that may precede a name in a capitalised run. */
export const TITLE_WORDS = new Set([
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'prof', 'prof.', 'sen', 'sen.', 'rep', 'rep.', 'gov', 'gov.',
  'gen', 'gen.', 'lt', 'lt.', 'col', 'col.', 'maj', 'maj.', 'capt', 'capt.', 'sgt', 'sgt.', 'adm', 'adm.', 'rev', 'rev.',
  'hon', 'hon.', 'pres', 'pres.', 'amb', 'amb.', 'sec', 'sec.', 'atty', 'atty.', 'president', 'vice', 'senator',
  'governor', 'secretary', 'minister', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'director',
  'mayor', 'judge', 'justice', 'chief', 'general', 'deputy', 'foreign', 'defense', 'defence', 'prime', 'speaker',
  'leader', 'representative', 'congressman', 'congresswoman', 'attorney', 'ambassador', 'commissioner', 'prosecutor',
  'candidate', 'nominee', 'former', 'democratic', 'republican', 'gop', 'democrat', 'independent', 'state', 'house',
  'senate', 'majority', 'minority', 'presidential', 'vice-presidential', 'running', 'mate', 'ex', 'acting', 'interim',
  'envoy', 'adviser', 'advisor', 'aide', 'manager', 'campaign', 'press', 'communications', 'national', 'security',
  'homeland', 'treasury', 'labor', 'labour', 'interior', 'health', 'finance', 'economy', 'trade', 'commerce',
  'education', 'energy', 'agriculture', 'transportation', 'veterans', 'affairs', 'first', 'lady', 'king', 'queen',
  'prince', 'princess', 'pope', 'sheriff', 'officer', 'detective', 'lawyer', 'councilman', 'councilwoman', 'councillor', 'councilor', 'assemblyman',
  'assemblywoman', 'delegate', 'chancellor', 'premier', 'host', 'anchor', 'correspondent', 'editor', 'ceo', 'founder',
  'professor', 'coach', 'superintendent', 'commander', 'admiral', 'lieutenant', 'colonel', 'major', 'captain',
  'sergeant', 'chair', 'co-chair', 'cochair', 'whip', 'pastor', 'bishop', 'cardinal', 'rabbi', 'imam', 'strategist',
  'pollster', 'economist', 'analyst', 'special', 'counsel', 'surgeon', 'inspector', 'u.s.', 'us', 'u.s', 'uk',
]);

/** First words of a sentence that are not names even when capitalised. */
export const NOT_NAME_WORDS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'it', 'he',
  'she', 'they', 'we', 'i', 'you', 'but', 'and', 'or', 'so', 'yet', 'however', 'meanwhile', 'still', 'also', 'in',
  'on', 'at', 'for', 'with', 'by', 'from', 'after', 'before', 'when', 'while', 'as', 'if', 'although', 'though',
  'since', 'because', 'speaking', 'asked', 'earlier', 'later', 'last', 'next', 'then', 'now', 'today', 'yesterday',
  'there', 'here', 'what', 'who', 'why', 'how', 'where', 'which', 'both', 'many', 'some', 'several', 'most', 'other',
  'others', 'one', 'no', 'not', 'all', 'every', 'each', 'such', 'according', 'despite', 'during', 'under', 'over',
  'officials', 'sources', 'critics', 'experts', 'analysts', 'police', 'people', 'aides', 'advisers', 'observers',
  'mr', 'mrs', 'ms', 'dr', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january',
  'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'instead', 'indeed', 'moreover', 'furthermore', 'nonetheless', 'nevertheless', 'thus', 'yes', 'well', 'oh', 'even',
  'only', 'just', 'again', 'first', 'second', 'finally', 'separately', 'elsewhere', 'overall', 'unlike', 'like',
  'among', 'amid', 'against', 'about', 'into', 'through', 'until', 'unless', 'whether', 'once', 'to', 'of',
  'besides', 'absent', 'beyond', 'without', 'aside', 'except', 'alongside', 'behind', 'toward', 'towards', 'across',
  'via', 'plus', 'upon', 'within', 'throughout', 'maybe', 'perhaps',
]);

/** Nouns of a work or a name that a quoted title follows: "in his book, “Title.”", "under the pseudonym “Name”". */
export const WORK_NOUNS = new Set(['book', 'memoir', 'memoirs', 'autobiography', 'biography', 'novel', 'show', 'program', 'programme', 'film', 'movie', 'series', 'song', 'album', 'documentary', 'column', 'podcast', 'pseudonym', 'titled', 'entitled']);
