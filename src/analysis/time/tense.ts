/**
 * Tense of the clause around a time expression: the nearest tense marker in
 * the sentence decides (future: will, 'll, shall, going to, plans/expects to,
 * is scheduled/due/set to, next; past: past-tense verbs, ago, had, last).
 * Used to resolve bare weekdays, months, seasons and quarters.
 */
export type Tense = 'past' | 'present' | 'future';

const FUTURE = new Set([
  'will', "'ll", '’ll', 'shall', 'wo', "won't", 'won’t', 'gonna', 'upcoming', 'scheduled', 'would', 'should', 'must',
  'plans', 'plan', 'planned', 'planning', 'intends', 'expects', 'expected', 'due', 'set', 'aims', 'hopes', 'forthcoming', 'tomorrow',
]);
const MODAL_FUTURE_PRECEDED = new Set(['going']); // going to
const PRESENT = new Set(['is', 'are', 'am', 'remains', 'says', 'say', 'has', 'have', "'s", '’s', 'does', 'do', 'begins', 'starts', 'opens', 'ends', 'meets', 'visits', 'takes', 'holds']);
const IRREGULAR_PAST = new Set([
  'was', 'were', 'had', 'did', 'said', 'told', 'went', 'came', 'made', 'took', 'gave', 'met', 'spoke', 'left', 'fell',
  'rose', 'won', 'lost', 'began', 'got', 'saw', 'knew', 'thought', 'found', 'became', 'brought', 'bought', 'sold',
  'held', 'kept', 'led', 'ran', 'sent', 'spent', 'stood', 'struck', 'took', 'wrote', 'hit', 'cut', 'put', 'set',
  'shot', 'fought', 'flew', 'drew', 'grew', 'threw', 'broke', 'chose', 'ate', 'paid', 'laid', 'built', 'felt',
  'heard', 'meant', 'read', 'slid', 'sank', 'swore', 'tore', 'wore', 'woke', 'won', 'quit', 'ago', 'last', 'earlier',
  'yesterday', 'previously', 'recently', 'dealt', 'sought', 'taught', 'caught', 'forgot', 'hid', 'let', 'lit', 'shut',
  'spread', 'sped', 'split', 'stuck', 'swept', 'underwent', 'overtook', 'withdrew', 'upheld', 'bid', 'beat', 'arose', 'fled',
]);
const NOT_PAST_ED = new Set(['need', 'seed', 'speed', 'feed', 'bed', 'red', 'shed', 'bred', 'wed', 'led', 'fled', 'embed', 'proceed', 'exceed', 'succeed', 'indeed', 'hundred', 'united', 'limited', 'based', 'related', 'red', 'ahead', 'instead', 'bread', 'dead', 'head', 'creed', 'greed', 'weed', 'deed', 'breed']);

const PASSIVE_AUX = new Set(['is', 'are', 'am', 'be', 'being', 'will', 'to']);
const NOT_PARTICIPLES = new Set(['ago', 'last', 'earlier', 'yesterday', 'previously', 'recently', 'was', 'were', 'had', 'did']);

const TOKEN = /[\p{L}’']+/gu;

const AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'am', 'has', 'have', 'had', 'been', 'be', 'being']);

function classify(word: string, prev: string | undefined, next: string | undefined, next2?: string): Tense | null {
  const w = word.toLowerCase();
  // an auxiliary before a verb form lets that verb decide ("were planning to", "was expected")
  if (AUXILIARIES.has(w) && next && next !== 'to' && (/ing$/.test(next) || classify(next, w, next2) !== null)) {
    if (w === 'had') return 'past';
    // present perfect: a state that still holds ("has kept markets closed until Friday")
    if ((w === 'has' || w === 'have') && classify(next, w, next2) === 'past') return 'present';
    if (/ing$/.test(next) && classify(next, w, next2) === null) return w === 'was' || w === 'were' ? 'past' : w === 'is' || w === 'are' || w === 'am' ? 'present' : null;
    return null;
  }
  if (FUTURE.has(w)) {
    if ((w === 'set' || w === 'due') && next !== 'to') return null;
    // "plans to", "intends to": future; "the plan", "announced plans" are nouns
    if (['plan', 'plans', 'planning', 'intends', 'aims', 'hopes', 'expects'].includes(w) && next !== 'to') return null;
    if (w === 'planned' && next !== 'to' && !['is', 'was', 'are', 'were', 'be', 'been'].includes(prev ?? '')) return null;
    if (w === 'expected' && (prev === 'had' || prev === 'been' || prev === 'as' || prev === 'than')) return 'past';
    return 'future';
  }
  if (MODAL_FUTURE_PRECEDED.has(w) && next === 'to') return 'future';
  if ((w === 'is' || w === 'are' || w === 'was' || w === 'were') && next === 'to') return 'future'; // "is to resume"
  if (w.endsWith("'ll") || w.endsWith('’ll')) return 'future';
  // an irregular participle after a present or future auxiliary is a passive, not a past tense ("is heard", "will be held")
  if (IRREGULAR_PAST.has(w)) return PASSIVE_AUX.has(prev ?? '') && !NOT_PARTICIPLES.has(w) ? null : 'past';
  if (w.length > 3 && w.endsWith('ed') && !NOT_PAST_ED.has(w)) {
    // "has/have/had been + -ed" and passive after is/are are not past
    if (prev === 'is' || prev === 'are' || prev === 'be' || prev === 'will' || prev === 'being' || prev === 'to' || prev === 'am') return null;
    // participles used as adjectives: "a still unspecified date", "the slated visit"
    if (prev === 'a' || prev === 'an' || prev === 'the' || prev === 'still' || prev === 'its' || prev === 'their' || prev === 'his' || prev === 'her') return null;
    // "remain closed", "stay locked", "seemed tired": adjectival participles
    if (['remain', 'remains', 'stay', 'stays', 'seem', 'seems', 'appear', 'appears', 'become', 'becomes', 'get', 'gets', 'been'].includes(prev ?? '')) return null;
    return 'past';
  }
  if (PRESENT.has(w)) return 'present';
  return null;
}

/**
 * Tense of the clause around [start, end) in `sentence` (offsets relative to
 * the sentence). Nearest marker wins; markers before the expression win ties.
 */
const REPORTING = new Set(['said', 'says', 'told', 'added', 'announced', 'reported', 'stated', 'noted', 'explained', 'according']);

export function tenseAt(sentence: string, start: number, end: number): Tense | null {
  const lead = sentence.slice(Math.max(0, start - 16), start);
  if (/\bas (soon|early) as\s+$/i.test(lead)) return 'future';
  const words: { w: string; s: number; e: number }[] = [];
  for (const m of sentence.matchAll(TOKEN)) words.push({ w: m[0].toLowerCase(), s: m.index!, e: m.index! + m[0].length });
  let best: { t: Tense; d: number } | null = null;
  for (let i = 0; i < words.length; i++) {
    const { w, s, e } = words[i]!;
    if (s >= start && e <= end) continue; // the expression itself
    let t = classify(w, words[i - 1]?.w, words[i + 1]?.w, words[i + 2]?.w);
    // pluperfect plans ("had been due / scheduled to expire Friday") were overtaken: past
    if (t === 'future' && words[i - 1]?.w === 'been' && words[i - 2]?.w === 'had') t = 'past';
    // future in the past ("was to arrive on Monday", "were to gather on Friday"): a plan reported
    // from a past vantage point, so the day is read back from the publication date
    if (t === 'future' && (w === 'was' || w === 'were') && words[i + 1]?.w === 'to') t = 'past';
    if (!t) continue;
    // distance in characters, a little favour for markers before the expression
    let d = e <= start ? start - e : s - end + 3;
    // a clause boundary between the marker and the expression weakens it
    const between = e <= start ? sentence.slice(e, start) : sentence.slice(end, s);
    if (/[;:—–]|,\s*(and|but|while|although|as|which|who|when)\b|\b(that|which|who|because|after|before|when|while|but)\b/.test(between)) d += 40;
    if (t === 'present') d += 15;
    if (w === 'would') d += 10;
    // a reporting verb after the expression, across a comma or quote, belongs to the report, not to the reported clause
    if (REPORTING.has(w) && s >= end && /[,"”'’]/.test(between)) d += 60;
    if (s >= end) {
      // a marker after a subject pronoun is in a new clause ("told them this weekend he would …"),
      // and one after a reporting verb is in the reported content ("…on Saturday, said it would …")
      if (/^\s*(?:he|she|they|we|i|you)\b/i.test(between)) d += 40;
      else if (/\b(?:said|says|say|told|added|announced|reported|stated|noted|explained)\b/i.test(between)) d += 60;
    }
    if (!best || d < best.d) best = { t, d };
  }
  return best?.t ?? null;
}
