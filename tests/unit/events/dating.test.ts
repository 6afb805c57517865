/** Statement dating: one case per rule (see the header of src/analysis/dating.ts). */
import { describe, expect, it } from 'vitest';
import { dateStatements, quoteRanges } from '../../../src/analysis/dating.ts';
import type { Statement, TimeExpression } from '../../../src/analysis/types.ts';
import { doc, statement, time, type Doc } from './helpers.ts';

const MON = '2025-02-10';
const SUN = '2025-02-09';

interface Case {
  name: string;
  paragraphs: string[];
  /** [text, value, within?] */
  times: [string, string, string?][];
  statements: (d: Doc) => Statement[];
  /** expected date value per statement, in the order given */
  dates: (string | null)[];
}

const T = { speaker: 'Donald Trump', role: 'US President' };
const filler = 'The talks have been stalled for months.';

const cases: Case[] = [
  {
    name: 'rule 1: introductory participial phrase',
    paragraphs: ['Speaking to reporters on Sunday, Trump indicated that he had been in touch with Putin.'],
    times: [['on Sunday', SUN]],
    statements: (d) => [statement(d, { ...T, mention: 'Trump', cue: 'indicated', content: 'he had been in touch with Putin' })],
    dates: [SUN],
  },
  {
    name: 'rule 1: introductory adverbial',
    paragraphs: ['Earlier this year, Putin said Ukraine must drop its NATO ambitions.'],
    times: [['Earlier this year', '2025']],
    statements: (d) => [statement(d, { speaker: 'Vladimir Putin', mention: 'Putin', cue: 'said', content: 'Ukraine must drop its NATO ambitions' })],
    dates: ['2025'],
  },
  {
    name: 'rule 1: between cue and content',
    paragraphs: ['The envoy told media on Monday that he is putting together a peace plan.'],
    times: [['on Monday', MON]],
    statements: (d) => [statement(d, { speaker: 'Keith Kellogg', mention: 'The envoy', cue: 'told', content: 'he is putting together a peace plan' })],
    dates: [MON],
  },
  {
    name: 'rule 1: after the cue of a direct quotation',
    paragraphs: ['“We are making progress,” Trump told reporters on Monday.'],
    times: [['on Monday', MON]],
    statements: (d) => [statement(d, { ...T, kind: 'direct', mention: 'Trump', cue: 'told', content: 'We are making progress,' })],
    dates: [MON],
  },
  {
    name: 'rule 1: between speaker and cue',
    paragraphs: ['Trump on Monday said he would meet Putin.'],
    times: [['on Monday', MON]],
    statements: (d) => [statement(d, { ...T, mention: 'Trump', cue: 'said', content: 'he would meet Putin' })],
    dates: [MON],
  },
  {
    name: 'rule 1: an expression in the content dates the content, not the saying',
    paragraphs: ['Trump said that talks would start on Monday.'],
    times: [['on Monday', MON]],
    statements: (d) => [statement(d, { ...T, mention: 'Trump', cue: 'said', content: 'talks would start on Monday' })],
    dates: [null],
  },
  {
    name: 'rule 1: an expression in a relative clause after the content',
    paragraphs: ['Trump has asserted that he can end the hostilities, which began three years ago.'],
    times: [['three years ago', '2022']],
    statements: (d) => [statement(d, { ...T, mention: 'Trump', cue: 'asserted', content: 'he can end the hostilities' })],
    dates: [null],
  },
  {
    name: 'rule 1: an expression in a relative clause on the speaker',
    paragraphs: ['Trump, who met Putin on Monday, said the talks went well.'],
    times: [['on Monday', MON]],
    statements: (d) => [statement(d, { ...T, mention: 'Trump', cue: 'said', content: 'the talks went well' })],
    dates: [null],
  },
  {
    name: 'rule 1: an expression in a "Following …" phrase dates another event',
    paragraphs: ['Following a claim over the weekend by Trump, Peskov said the Kremlin had nothing to add.'],
    times: [['over the weekend', '2025-W06-WE']],
    statements: (d) => [statement(d, { speaker: 'Dmitry Peskov', mention: 'Peskov', cue: 'said', content: 'the Kremlin had nothing to add' })],
    dates: [null],
  },
  {
    name: 'rule 1: an expression in a coordinated clause',
    paragraphs: ['On Monday the talks collapsed, and Trump said he was disappointed.'],
    times: [['On Monday', MON]],
    statements: (d) => [statement(d, { ...T, mention: 'Trump', cue: 'said', content: 'he was disappointed' })],
    dates: [null],
  },
  {
    name: 'rule 1: an expression inside a quotation never dates the saying',
    paragraphs: ['“We met on Tuesday,” Trump said.'],
    times: [['on Tuesday', '2025-02-04']],
    statements: (d) => [statement(d, { ...T, kind: 'direct', mention: 'Trump', cue: 'said', content: 'We met on Tuesday,' })],
    dates: [null],
  },
  {
    name: 'rule 1: "as" makes the saying simultaneous',
    paragraphs: ['“We will not stop,” Jones said as the march crossed the city early on Sunday.'],
    times: [['Sunday', SUN]],
    statements: (d) => [statement(d, { speaker: 'Quinn Jones', kind: 'direct', mention: 'Jones', cue: 'said', content: 'We will not stop,' })],
    dates: [SUN],
  },
  {
    name: 'rule 1: a short quoted title between cue and date',
    paragraphs: ['On this weekend’s broadcast of “Fox News Sunday,” Pence said the tweet was a joke.'],
    times: [['this weekend', '2025-W06-WE']],
    statements: (d) => [statement(d, { speaker: 'Mike Pence', mention: 'Pence', cue: 'said', content: 'the tweet was a joke' })],
    dates: ['2025-W06-WE'],
  },
  {
    name: 'rule 1: a setting noun phrase dates the saying',
    paragraphs: ['In a March 2016 meeting with editors, Trump said that NATO was obsolete.'],
    times: [['March 2016', '2016-03']],
    statements: (d) => [statement(d, { ...T, mention: 'Trump', cue: 'said', content: 'NATO was obsolete' })],
    dates: ['2016-03'],
  },
  {
    name: 'rule 1: a date modifying a noun does not',
    paragraphs: ['Data from the 2014 survey show that women hold 41 percent of the jobs.'],
    times: [['2014', '2014']],
    statements: (d) => [statement(d, { speaker: 'Survey', mention: 'Data from the 2014 survey', cue: 'show', content: 'women hold 41 percent of the jobs' })],
    dates: [null],
  },
  {
    name: 'rule 1: nor a date in an apposition after the cue',
    paragraphs: ['“It is different this time,” said David Plouffe, the architect of Obama’s 2008 campaign.'],
    times: [['2008', '2008']],
    statements: (d) => [statement(d, { speaker: 'David Plouffe', kind: 'direct', mention: 'David Plouffe', cue: 'said', content: 'It is different this time,' })],
    dates: [null],
  },
  {
    name: 'rule 1: nor the topic of the saying',
    paragraphs: ['“It’s finished,” she said of the 2016 presidential election.'],
    times: [['2016', '2016']],
    statements: (d) => [statement(d, { speaker: 'Jane Doe', kind: 'direct', mention: 'she', cue: 'said', content: 'It’s finished,' })],
    dates: [null],
  },
  {
    name: 'rule 1: the cue in the same relative clause as the date',
    paragraphs: ['Obama has had a frosty relationship with McConnell, who in 2010 said the GOP’s goal was to defeat him.'],
    times: [['2010', '2010']],
    statements: (d) => [statement(d, { speaker: 'Mitch McConnell', mention: 'who', cue: 'said', content: 'the GOP’s goal was to defeat him' })],
    dates: ['2010'],
  },
  {
    name: 'rule 1: a statement nested in another one’s content still has its own date',
    paragraphs: ['According to Yahoo News, spokesman Jesse Lehrich said Friday that she would sign the bill.'],
    times: [['Friday', '2025-02-07']],
    statements: (d) => [
      statement(d, { speaker: 'Yahoo News', mention: 'Yahoo News', cue: 'According to', content: 'spokesman Jesse Lehrich said Friday that she would sign the bill' }),
      statement(d, { speaker: 'Jesse Lehrich', mention: 'spokesman Jesse Lehrich', cue: 'said', content: 'she would sign the bill' }),
    ],
    dates: [null, '2025-02-07'],
  },
  {
    name: 'rule 1: never after the publication date',
    paragraphs: ['Dedicating the museum on Saturday, Obama said it would tell an American story.'],
    times: [['on Saturday', '2025-02-15']],
    statements: (d) => [statement(d, { speaker: 'Barack Obama', mention: 'Obama', cue: 'said', content: 'it would tell an American story' })],
    dates: [null],
  },
  {
    name: 'no date in the text: null, not the publication date',
    paragraphs: ['Trump said he would end the war.'],
    times: [],
    statements: (d) => [statement(d, { ...T, mention: 'Trump', cue: 'said', content: 'he would end the war' })],
    dates: [null],
  },
  {
    name: 'rule 2: a perfect cue does not inherit',
    paragraphs: ['Trump said on Sunday that he had spoken to Putin.', 'Trump has asserted that he can end the war.'],
    times: [['on Sunday', SUN]],
    statements: (d) => [
      statement(d, { ...T, mention: 'Trump', cue: 'said', content: 'he had spoken to Putin' }),
      statement(d, { ...T, mention: 'Trump', cue: 'asserted', content: 'he can end the war' }),
    ],
    dates: [SUN, null],
  },
  {
    name: 'rule 2: a habitual cue does not inherit',
    paragraphs: ['Trump said on Sunday that he had spoken to Putin. He repeatedly claimed that he would end the war.'],
    times: [['on Sunday', SUN]],
    statements: (d) => [
      statement(d, { ...T, mention: 'Trump', cue: 'said', content: 'he had spoken to Putin' }),
      statement(d, { ...T, mention: 'He', cue: 'claimed', content: 'he would end the war' }),
    ],
    dates: [SUN, null],
  },
  {
    name: 'rule 3: same speaker, same paragraph',
    paragraphs: ['“If we are talking, I won’t tell you,” Trump said on Sunday. “We are making progress,” he said.'],
    times: [['on Sunday', SUN]],
    statements: (d) => [
      statement(d, { ...T, kind: 'direct', mention: 'Trump', cue: 'said', content: 'If we are talking, I won’t tell you,' }),
      statement(d, { ...T, kind: 'direct', within: '“We are', mention: 'he', cue: 'said', content: 'We are making progress,' }),
    ],
    dates: [SUN, SUN],
  },
  {
    name: 'rule 4: a round of statements in one paragraph shares its date',
    paragraphs: ['The envoy told media on Monday that he is putting together a peace plan. However, a senior Russian official said that a settlement must meet Putin’s demands.'],
    times: [['on Monday', MON]],
    statements: (d) => [
      statement(d, { speaker: 'Keith Kellogg', mention: 'The envoy', cue: 'told', content: 'he is putting together a peace plan' }),
      statement(d, { speaker: 'Sergei Ryabkov', mention: 'a senior Russian official', cue: 'said', content: 'a settlement must meet Putin’s demands' }),
    ],
    dates: [MON, MON],
  },
  {
    name: 'rule 5: same speaker two paragraphs on',
    paragraphs: ['Speaking to reporters on Sunday, Trump indicated that he had been in touch with Putin.', filler, 'Trump said: “I’ve had it.”'],
    times: [['on Sunday', SUN]],
    statements: (d) => [
      statement(d, { ...T, mention: 'Trump', cue: 'indicated', content: 'he had been in touch with Putin' }),
      statement(d, { ...T, kind: 'direct', within: 'Trump said:', mention: 'Trump', cue: 'said', content: 'I’ve had it.' }),
    ],
    dates: [SUN, SUN],
  },
  {
    name: 'rule 5: not beyond two paragraphs',
    paragraphs: ['Speaking to reporters on Sunday, Trump indicated that he had been in touch with Putin.', filler, filler, 'Trump said: “I’ve had it.”'],
    times: [['on Sunday', SUN]],
    statements: (d) => [
      statement(d, { ...T, mention: 'Trump', cue: 'indicated', content: 'he had been in touch with Putin' }),
      statement(d, { ...T, kind: 'direct', within: 'Trump said:', mention: 'Trump', cue: 'said', content: 'I’ve had it.' }),
    ],
    dates: [SUN, null],
  },
  {
    name: 'rule 5: another speaker’s date in between does not shift the context; dates chain',
    paragraphs: [
      'Ryabkov signalled on Monday that Russia remains open to dialogue.',
      'The official said all of Putin’s conditions must be met.',
      'Earlier this year, Putin said Ukraine must drop its NATO ambitions.',
      'Ryabkov said the West must understand.',
    ],
    times: [['on Monday', MON], ['Earlier this year', '2025']],
    statements: (d) => [
      statement(d, { speaker: 'Sergei Ryabkov', mention: 'Ryabkov', cue: 'signalled', content: 'Russia remains open to dialogue' }),
      statement(d, { speaker: 'Sergei Ryabkov', mention: 'The official', cue: 'said', content: 'all of Putin’s conditions must be met' }),
      statement(d, { speaker: 'Vladimir Putin', mention: 'Putin', cue: 'said', within: 'Earlier', content: 'Ukraine must drop its NATO ambitions' }),
      statement(d, { speaker: 'Sergei Ryabkov', mention: 'Ryabkov', within: 'Ryabkov said', cue: 'said', content: 'the West must understand' }),
    ],
    dates: [MON, MON, '2025', MON],
  },
  {
    name: 'rule 5: another speaker’s date does not carry across paragraphs',
    paragraphs: ['Trump said on Sunday that he had spoken to Putin.', 'Zelensky said Ukraine must be at the table.'],
    times: [['on Sunday', SUN]],
    statements: (d) => [
      statement(d, { ...T, mention: 'Trump', cue: 'said', content: 'he had spoken to Putin' }),
      statement(d, { speaker: 'Volodymyr Zelensky', within: 'Zelensky', mention: 'Zelensky', cue: 'said', content: 'Ukraine must be at the table' }),
    ],
    dates: [SUN, null],
  },
  {
    name: 'rule 5: a dated mention of the speaker is a context',
    paragraphs: ['On Monday, Ryabkov met US officials in Riyadh.', 'Ryabkov said the West must understand.'],
    times: [['On Monday', MON]],
    statements: (d) => [statement(d, { speaker: 'Sergei Ryabkov', mention: 'Ryabkov', within: 'Ryabkov said', cue: 'said', content: 'the West must understand' })],
    dates: [MON],
  },
  {
    name: 'rule 4: only from the same or the previous sentence, and not for a present-tense cue',
    paragraphs: [
      'The envoy told media on Monday that he is putting together a peace plan. The talks have stalled. Analysts said the plan was vague.',
      'Trump said on Sunday that Clinton backed the deal. Clinton now says she opposes it.',
    ],
    times: [['on Monday', MON], ['on Sunday', SUN]],
    statements: (d) => [
      statement(d, { speaker: 'Keith Kellogg', mention: 'The envoy', cue: 'told', content: 'he is putting together a peace plan' }),
      statement(d, { speaker: 'Analysts', within: 'Analysts', mention: 'Analysts', cue: 'said', content: 'the plan was vague' }),
      statement(d, { ...T, within: 'Trump said on Sunday', mention: 'Trump', cue: 'said', content: 'Clinton backed the deal' }),
      statement(d, { speaker: 'Hillary Clinton', within: 'Clinton now', mention: 'Clinton', cue: 'says', content: 'she opposes it' }),
    ],
    dates: [MON, null, SUN, null],
  },
  {
    name: 'rule 5: a chain of inherited dates stops 3 paragraphs from its expression',
    paragraphs: [
      'In June, Graham said Republicans should drop Trump.',
      '“This is the off-ramp,” Graham said.',
      'Graham said the party would recover.',
      '“He may change,” Graham said.',
      'Graham said voters were tired.',
    ],
    times: [['In June', '2024-06']],
    statements: (d) => {
      const G = { speaker: 'Lindsey Graham', mention: 'Graham', cue: 'said' };
      return [
        statement(d, { ...G, within: 'In June', content: 'Republicans should drop Trump' }),
        statement(d, { ...G, within: '“This', kind: 'direct', content: 'This is the off-ramp,' }),
        statement(d, { ...G, within: 'Graham said the party', content: 'the party would recover' }),
        statement(d, { ...G, within: '“He may', kind: 'direct', content: 'He may change,' }),
        statement(d, { ...G, within: 'Graham said voters', content: 'voters were tired' }),
      ];
    },
    dates: ['2024-06', '2024-06', '2024-06', '2024-06', null],
  },
  {
    name: 'rule 5: a possessive mention is not a dated context',
    paragraphs: ['China was swayed by Obama’s announcement in 2014 of new rules.', '“By locking in China, we moved India,” Obama said.'],
    times: [['in 2014', '2014']],
    statements: (d) => [statement(d, { speaker: 'Barack Obama', within: '“By', kind: 'direct', mention: 'Obama', cue: 'said', content: 'By locking in China, we moved India,' })],
    dates: [null],
  },
  {
    name: 'rule 6: the same exchange reported further on (dated mention by role)',
    paragraphs: [
      'A Kremlin spokesman refused on Monday to confirm or deny that a phone call had taken place.',
      filler, filler, filler, filler,
      'Asked about the suggestion that a phone call had taken place, Kremlin spokesman Dmitry Peskov said: “I can neither confirm nor deny it.”',
    ],
    times: [['on Monday', MON]],
    statements: (d) => [
      statement(d, { speaker: 'Dmitry Peskov', kind: 'direct', mention: 'Kremlin spokesman Dmitry Peskov', cue: 'said', content: 'I can neither confirm nor deny it.' }),
    ],
    dates: [MON],
  },
  {
    name: 'rule 6: far away and about something else: null',
    paragraphs: [
      'A Kremlin spokesman refused on Monday to confirm or deny that a phone call had taken place.',
      filler, filler, filler, filler,
      'Kremlin spokesman Dmitry Peskov said: “Sanctions will not work.”',
    ],
    times: [['on Monday', MON]],
    statements: (d) => [
      statement(d, { speaker: 'Dmitry Peskov', kind: 'direct', mention: 'Kremlin spokesman Dmitry Peskov', cue: 'said', content: 'Sanctions will not work.' }),
    ],
    dates: [null],
  },
];

describe('dateStatements', () => {
  it.each(cases)('$name', (c) => {
    const d = doc(...c.paragraphs);
    const times: TimeExpression[] = c.times.map(([text, value, within]) =>
      time(d, text, value, within ? { within } : value === '2025' && text === 'Earlier this year' ? { range: { start: '2025-01-01', end: '2025-02-10' } } : {}),
    );
    const statements = c.statements(d);
    dateStatements(statements, times, d.paragraphs, MON);
    expect(statements.map((s) => s.date?.value ?? null)).toEqual(c.dates);
  });

  it('copies the full time value (granularity and range)', () => {
    const d = doc('Trump also said over the weekend that he believed the US was making progress.');
    const times = [time(d, 'over the weekend', '2025-W06-WE')];
    const [s] = [statement(d, { ...T, mention: 'Trump', cue: 'said', content: 'he believed the US was making progress' })];
    dateStatements([s!], times, d.paragraphs, MON);
    expect(s!.date).toEqual({ value: '2025-W06-WE', granularity: 'weekend', range: { start: '2025-02-08', end: '2025-02-09' } });
  });

  it('ignores durations, sets and references', () => {
    const d = doc('Since the invasion, Trump has said every week that he would end the war.');
    const times = [
      time(d, 'Since the invasion', 'PAST_REF', { range: null, granularity: 'ref' }),
      time(d, 'every week', 'XXXX-WXX', { range: null, type: 'SET', granularity: 'set' }),
    ];
    const s = statement(d, { ...T, mention: 'Trump', cue: 'said', content: 'he would end the war' });
    dateStatements([s], times, d.paragraphs, MON);
    expect(s.date).toBeNull();
  });
});

describe('quoteRanges', () => {
  it.each([
    ['Trump said: “We met on Tuesday.” Then he left.', ['“We met on Tuesday.”']],
    ['He said: "We met." She said: "No."', ['"We met."', '"No."']],
    ["Not paying taxes ''makes me smart,'' Trump said.", ["''makes me smart,''"]],
    ['Trump said: ‘I’ve had it, and Putin’s people know it.’ Then he left.', ['‘I’ve had it, and Putin’s people know it.’']],
    ['“The quotation goes on in the next paragraph.', ['“The quotation goes on in the next paragraph.']],
  ])('%s', (text, quotes) => {
    const d = doc(text);
    expect(quoteRanges(d.paragraphs[0]!).map(([a, b]) => d.body.slice(a, b))).toEqual(quotes);
  });
});
