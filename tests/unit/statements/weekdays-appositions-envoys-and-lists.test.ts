/**
 * Faults found in a read of untuned news (sample five): speakers named by the wrong words of
 * their noun phrase, and a content running past the quotation that closes its sentence. Every
 * text here was written for these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('a weekday after a name is no part of the name', () => {
  table([
    ['the surname and a pronoun later take the full name', 'President Tomas Vell Thursday denounced the harbor blockade and vowed to rebuild the piers.\n\n"We will rebuild every pier," Vell said at the ceremony.\n\nVell met with his aides Wednesday in the palace.\n\nHe also asked for a "full list of the damaged piers."', [
      { kind: 'indirect', text: 'the harbor blockade', speaker: 'Tomas Vell', cue: 'denounced' },
      { kind: 'indirect', text: 'to rebuild the piers', speaker: 'Tomas Vell', cue: 'vowed' },
      { kind: 'direct', text: 'We will rebuild every pier,', speaker: 'Tomas Vell', cue: 'said' },
      { kind: 'direct', text: 'full list of the damaged piers.', speaker: 'Tomas Vell', cue: 'asked' },
    ]],
  ]);
});

describe('a name before an apposition whose closing comma is missing', () => {
  table([
    ['a first name not on any list', 'Dusty Pellow, the head of the Marsh Dockers Guild said his members would strike.', [
      { kind: 'indirect', text: 'his members would strike', speaker: 'Dusty Pellow', type: 'person', cue: 'said' },
    ]],
    ['not a place opening the sentence', 'In Dunmore, the head of the Marsh Dockers Guild said his members would strike.', [
      { kind: 'indirect', text: 'his members would strike', cue: 'said' },
    ]],
  ]);
});

describe('a town and its state inside a chain of appositions', () => {
  table([
    ['the state is no speaker', 'Professor Lina Ortmann, a surgeon at Kessel Hospital in Dayton, Ohio, and former head of the donor board, said the waiting list works well.', [
      { kind: 'indirect', text: 'the waiting list works well', speaker: 'Lina Ortmann', type: 'person', cue: 'said' },
    ]],
    ['not after a participle clause opening the sentence', 'Speaking in Dayton, Ohio, after the vote, Gov. Lina Ortmann said the count was fair.', [
      { kind: 'indirect', text: 'the count was fair', speaker: 'Lina Ortmann', cue: 'said' },
    ]],
  ]);
});

describe('a diplomat named by the country of the posting', () => {
  table([
    ['the country is not the speaker', 'The Freedonian ambassador to Norland said the embassy would stay open.', [
      { kind: 'indirect', text: 'the embassy would stay open', speaker: 'the Freedonian ambassador to Norland', type: 'anonymous', cue: 'said' },
    ]],
    ['nor another ambassador named before', 'Special ambassador Piet Harmel left on Monday for talks in the region.\n\nThe Freedonian ambassador to Norland said the embassy would stay open.', [
      { kind: 'indirect', text: 'the embassy would stay open', speaker: 'the Freedonian ambassador to Norland', type: 'anonymous', cue: 'said' },
    ]],
    ['a named ambassador keeps the name', 'Piet Harmel, the Freedonian ambassador to Norland, said the embassy would stay open.', [
      { kind: 'indirect', text: 'the embassy would stay open', speaker: 'Piet Harmel', type: 'person', cue: 'said' },
    ]],
    ['an Arabic article joined to the surname', "Karim Aziz al-Haddad, Freedonia's envoy to the League, said the vote was unfair.", [
      { kind: 'indirect', text: 'the vote was unfair', speaker: 'Karim Aziz al-Haddad', type: 'person', cue: 'said' },
    ]],
  ]);
});

describe('a quotation closing a sentence of the writer with a full stop', () => {
  table([
    ['the next sentence introduces its own quotation', 'Mr. Pellow defended the sales, saying they help the fund only when "the market is calm." He added, "Nobody here is worried."', [
      { kind: 'indirect', text: 'the sales', speaker: 'Pellow', cue: 'defended' },
      { kind: 'partial', text: 'they help the fund only when "the market is calm."', speaker: 'Pellow', cue: 'saying' },
      { kind: 'direct', text: 'Nobody here is worried.', speaker: 'Pellow', cue: 'added' },
    ]],
    ['a quotation standing alone still takes the attribution after it', '"We are finished here." Pellow added, "The sale is over."', [
      { kind: 'direct', text: 'We are finished here. … The sale is over.', speaker: 'Pellow', cue: 'added' },
    ]],
  ]);
});

describe('content boundaries: lists, comparisons and relative "that"', () => {
  table([
    ['a list after a comma goes on to its last item', 'The mill said its orders fell because of a glut of timber, a slow winter season and high freight costs.', [
      { kind: 'indirect', text: 'its orders fell because of a glut of timber, a slow winter season and high freight costs', cue: 'said' },
    ]],
    ['an apposition with a relative clause after "and" still ends the content', 'The mill said it hired Dora Quint, a lawyer and former judge who has advised the county.', [
      { kind: 'indirect', text: 'it hired Dora Quint', cue: 'said' },
    ]],
    ['", as do …" compares others of the same stance', 'The harbor board disapproves of the sale, as do the ferry crews that own most of the shares.', [
      { kind: 'indirect', text: 'the sale', cue: 'disapproves' },
    ]],
    ['a day between the verb and the preposition of its topic', 'Nell Arkwright, a spokeswoman for the council, commented today on the rise in fares that is described above.', [
      { kind: 'indirect', text: 'the rise in fares that is described above', speaker: 'Nell Arkwright', cue: 'commented' },
    ]],
    ['"that" before a verb after a comma is a relative, not the reported clause', 'However, as the Harbor Ledger has reported, ships that have left the port carried less cargo than planned.', [
      { kind: 'indirect', text: 'ships that have left the port carried less cargo than planned', speaker: 'Harbor Ledger', cue: 'reported' },
    ]],
    ['the second "that" opens the reported clause', 'Nell Arkwright said in a statement that was released late that the ferry would run again.', [
      { kind: 'indirect', text: 'the ferry would run again', speaker: 'Nell Arkwright', cue: 'said' },
    ]],
    ['not after a day: "said on Monday that"', 'Nell Arkwright said on Monday that the ferry would run again.', [
      { kind: 'indirect', text: 'the ferry would run again', speaker: 'Nell Arkwright', cue: 'said' },
    ]],
    ['the month May is no modal: "said on May 3 that"', 'Nell Arkwright said on May 3 that the ferry would run again.', [
      { kind: 'indirect', text: 'the ferry would run again', speaker: 'Nell Arkwright', cue: 'said' },
    ]],
    ['nor "disclosed in May that"', 'The Quay Board disclosed in May that the ferry had been sold.', [
      { kind: 'indirect', text: 'the ferry had been sold', cue: 'disclosed' },
    ]],
    ['a modal after "that" stays in the content', 'Nell Arkwright said on Monday that the ferry may run again.', [
      { kind: 'indirect', text: 'the ferry may run again', speaker: 'Nell Arkwright', cue: 'said' },
    ]],
  ]);
});
