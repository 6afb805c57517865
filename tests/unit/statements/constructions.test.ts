/**
 * Statement extraction, one table per construction of issue 3. Every text
 * here was written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { check, run, table } from './table.ts';

describe('direct quotations', () => {
  table([
    ['“Q,” X said.', '“We will open the bridge in May,” Anna Berg said.', [
      { kind: 'direct', text: 'We will open the bridge in May,', speaker: 'Anna Berg', mention: 'Anna Berg', cue: 'said' },
    ]],
    ['“Q,” said X.', '“The budget is balanced,” said Paul Novak.', [
      { kind: 'direct', text: 'The budget is balanced,', speaker: 'Paul Novak', cue: 'said' },
    ]],
    ['X said: “Q”', 'Mayor Lena Ortiz said: “Nobody will lose their home.”', [
      { kind: 'direct', text: 'Nobody will lose their home.', speaker: 'Lena Ortiz', role: 'Mayor' },
    ]],
    ['X said, “Q”', 'Tom Reyes said, “The plant will close next year.”', [
      { kind: 'direct', text: 'The plant will close next year.', speaker: 'Tom Reyes' },
    ]],
    ['“Q,” ROLE NAME said.', '“The budget is balanced,” city treasurer Paul Novak said.', [
      { kind: 'direct', text: 'The budget is balanced,', speaker: 'Paul Novak', role: 'city treasurer' },
    ]],
    ['“Q?” X asked. (a cue after a question mark stays in the sentence)', '“Who will pay for the new school?” Paul Novak asked.', [
      { kind: 'direct', text: 'Who will pay for the new school?', speaker: 'Paul Novak', cue: 'asked' },
    ]],
    ['straight double marks', '"The deal is done," Maria Costa told reporters.', [
      { kind: 'direct', text: 'The deal is done,', speaker: 'Maria Costa', cue: 'told' },
    ]],
    ['question mark and inverted cue with apposition', '“Who pays for this?” asked Omar Haddad, the union leader.', [
      { kind: 'direct', text: 'Who pays for this?', speaker: 'Omar Haddad' },
    ]],
    ['nested single quotes stay inside', '“They kept saying ‘trust us’ and then did nothing,” Lisa Chen said.', [
      { kind: 'direct', text: 'They kept saying ‘trust us’ and then did nothing,', speaker: 'Lisa Chen' },
    ]],
    ['name and colon', 'Jonas Weber: “We were never told.”', [
      { kind: 'direct', text: 'We were never told.', speaker: 'Jonas Weber' },
    ]],
    ['vox pop line with a dash', 'Rita Gomez ― “I will vote for the first time this year.”', [
      { kind: 'direct', text: 'I will vote for the first time this year.', speaker: 'Rita Gomez' },
    ]],
    ['vox pop line, name after the quotation', '“I will vote for the first time this year.” ― Rita Gomez', [
      { kind: 'direct', text: 'I will vote for the first time this year.', speaker: 'Rita Gomez' },
    ]],
    ['typewriter marks', "''We are not done yet,'' Omar Haddad said.", [
      { kind: 'direct', text: 'We are not done yet,', speaker: 'Omar Haddad' },
    ]],
  ]);

  it('a quotation split around one cue is one statement with two spans', () => {
    const body = '“The river is rising,” said Karl Lind, “and the dykes will not hold.”';
    const [s, ...rest] = run(body);
    expect(rest).toEqual([]);
    expect(s!.kind).toBe('direct');
    expect(s!.speaker?.name).toBe('Karl Lind');
    expect(s!.spans).toHaveLength(2);
    expect(s!.text).toBe('The river is rising, … and the dykes will not hold.');
  });

  it('“Q1,” X said. “Q2.” — the second sentence continues the quotation', () => {
    const body = '“Prices went up again,” Eva Stone said. “Families cannot keep up.”';
    const got = run(body);
    expect(got).toHaveLength(1);
    expect(got[0]!.text).toBe('Prices went up again, … Families cannot keep up.');
    expect(got[0]!.spans).toHaveLength(2);
  });

  it('two quotations with their own cues are two statements', () => {
    check('“We start on Monday,” Eva Stone said. “It will take a year,” she said.', [
      { kind: 'direct', text: 'We start on Monday,', speaker: 'Eva Stone' },
      { kind: 'direct', text: 'It will take a year,', speaker: 'Eva Stone', mention: 'she' },
    ]);
  });

  it('a quotation continued over several sentences and paragraphs', () => {
    const body = [
      'Rosa Klein said: “The first year was hard. We had no money and no help.',
      '“Then the town council listened. Now we have a school.”',
    ].join('\n\n');
    // a quotation left open at the end of a paragraph goes on in the next: one statement
    check(body, [
      { kind: 'direct', text: 'The first year was hard. We had no money and no help. … Then the town council listened. Now we have a school.', speaker: 'Rosa Klein' },
    ]);
  });

  it('a quotation paragraph right after “Q,” X said. continues that quotation', () => {
    const body = [
      '“The first year was hard,” Rosa Klein said.',
      '“Then the town council listened. Now we have a school.”',
    ].join('\n\n');
    check(body, [
      { kind: 'direct', text: 'The first year was hard, … Then the town council listened. Now we have a school.', speaker: 'Rosa Klein' },
    ]);
  });

  it('a quotation paragraph after X said: “Q.” stays a statement of its own', () => {
    const body = [
      'Rosa Klein said: “The first year was hard.”',
      '“Then the town council listened. Now we have a school.”',
    ].join('\n\n');
    check(body, [
      { kind: 'direct', text: 'The first year was hard.', speaker: 'Rosa Klein' },
      { kind: 'direct', text: 'Then the town council listened. Now we have a school.', speaker: 'Rosa Klein' },
    ]);
  });

  it('a quotation sentence after a statement with its cue after it continues it', () => {
    check('“We start on Monday,” Eva Stone said, adding that the crews were ready. “It will take a year.”', [
      { kind: 'direct', text: 'We start on Monday, … It will take a year.', speaker: 'Eva Stone' },
      { kind: 'indirect', text: 'the crews were ready', speaker: 'Eva Stone' },
    ]);
  });

  it('a clause with no reporting verb introduces a quotation with a colon: its subject speaks', () => {
    check('Nora Vance made one thing clear: “The mill will stay open.”', [
      { kind: 'direct', text: 'The mill will stay open.', speaker: 'Nora Vance' },
    ]);
  });

  it('a paragraph ending in a colon with no reporting verb introduces the quotation paragraph after it', () => {
    const body = ['Nora Vance released the following statement:', '“We thank everyone who helped us this winter.”'].join('\n\n');
    check(body, [
      { kind: 'direct', text: 'We thank everyone who helped us this winter.', speaker: 'Nora Vance' },
    ]);
  });

  it('“Q,” Name verb-ed.: a verb of manner attributes an open quotation', () => {
    check('“Sit down,” Nora Vance snapped.', [
      { kind: 'direct', text: 'Sit down,', speaker: 'Nora Vance', cue: 'snapped' },
    ]);
  });

  it('“Q?” Name verb-ed on Day.: a question and a verb of manner with an adjunct', () => {
    check('“Will the mill close?” Nora Vance pressed on Tuesday.', [
      { kind: 'direct', text: 'Will the mill close?', speaker: 'Nora Vance', cue: 'pressed' },
    ]);
  });

  it('“Q?” verb-ed Name.: an inverted verb of manner', () => {
    check('“Who will pay for it?” interjected Nora Vance.', [
      { kind: 'direct', text: 'Who will pay for it?', speaker: 'Nora Vance', cue: 'interjected' },
    ]);
  });

  it('As X put it, “Q”', () => {
    check('As the economist Olga Brandt put it, “Nobody saw the bill coming.”', [
      { kind: 'direct', text: 'Nobody saw the bill coming.', speaker: 'Olga Brandt', cue: 'put it' },
    ]);
  });

  it('“Q?” X asks as …: a writer’s clause after the attribution keeps one sentence', () => {
    check('“Who remembers the vote?” Olga Brandt asks as the crowd files out.', [
      { kind: 'direct', text: 'Who remembers the vote?', speaker: 'Olga Brandt', cue: 'asks' },
    ]);
  });

  it('X said, “Q,” when …: a writer’s clause after the closed quotation', () => {
    check('Nora Vance said, “We will see,” when asked about the vote.', [
      { kind: 'direct', text: 'We will see,', speaker: 'Nora Vance' },
    ]);
  });

  it('a quotation split around a long apposition of its speaker is one statement', () => {
    check('“The risk,” said Olga Brandt, an economist who teaches at the state college, “is that prices keep rising.”', [
      { kind: 'direct', text: 'The risk, … is that prices keep rising.', speaker: 'Olga Brandt' },
    ]);
  });

  it('a second cue before the second quotation makes two statements', () => {
    check('“The risk is real,” Olga Brandt said, adding, “Prices keep rising.”', [
      { kind: 'direct', text: 'The risk is real,', speaker: 'Olga Brandt' },
      { kind: 'direct', text: 'Prices keep rising.', speaker: 'Olga Brandt' },
    ]);
  });

  it('a sentence of mostly quoted words with no cue after “Q,” X said. continues it', () => {
    check('“The vote was fair,” Eva Stone said. But “the count took far too long, and nobody explained why.”', [
      { kind: 'partial', text: 'The vote was fair, … But “the count took far too long, and nobody explained why.”', speaker: 'Eva Stone' },
    ]);
  });

  it('a sentence of mostly quoted words with nothing to continue is left out', () => {
    expect(run('The hall was full. Critics “had never seen such a crowd in this small town.”')).toEqual([]);
  });

  it('a quotation sentence after “X said: Q” continues it', () => {
    check('Eva Stone said: “We start on Monday.” “It will take a year.”', [
      { kind: 'direct', text: 'We start on Monday. … It will take a year.', speaker: 'Eva Stone' },
    ]);
  });

  it('a quotation sentence after a partial quotation with its cue after it continues it', () => {
    check('The bridge “will open in May,” Eva Stone said on Monday. “Nobody will have to wait.”', [
      { kind: 'partial', text: 'The bridge “will open in May,” … Nobody will have to wait.', speaker: 'Eva Stone' },
    ]);
  });

  it('a quotation sentence after reported speech with a speech cue in the same paragraph continues it', () => {
    check('Ivan Petrov argued that the harbour was safe. “We checked every ship twice.”', [
      { kind: 'partial', text: 'the harbour was safe … We checked every ship twice.', speaker: 'Ivan Petrov', cue: 'argued' },
    ]);
    check('The plan “was rushed” from the start, Nora Vance said. “Nobody read the report.”', [
      { kind: 'partial', text: 'The plan “was rushed” from the start … Nobody read the report.', speaker: 'Nora Vance' },
    ]);
  });

  it('a sentence of mostly quoted words after reported speech with a speech cue continues it', () => {
    check('Ivan Petrov argued that the plan was sound. His critics “never read the full report, and they know it.”', [
      { kind: 'partial', text: 'the plan was sound … His critics “never read the full report, and they know it.”', speaker: 'Ivan Petrov' },
    ]);
  });

  it('a quotation sentence after a reported thought stays a statement of its own', () => {
    check('Ivan Petrov believes that the harbour is safe. “We checked every ship twice.”', [
      { kind: 'indirect', text: 'the harbour is safe', speaker: 'Ivan Petrov', cue: 'believes' },
      { kind: 'direct', text: 'We checked every ship twice.', speaker: 'Ivan Petrov' },
    ]);
  });

  it('a floating quotation in the next paragraph inherits the speaker', () => {
    const body = ['Ivan Petrov said on Tuesday that the harbour was safe.', '“We checked every ship twice.”'].join('\n\n');
    check(body, [
      { kind: 'indirect', text: 'the harbour was safe', speaker: 'Ivan Petrov' },
      { kind: 'direct', text: 'We checked every ship twice.', speaker: 'Ivan Petrov' },
    ]);
  });

  it('a cue ending the paragraph before introduces the quotation', () => {
    const body = ['At the hearing, Judge Mara Field said:', '“This court will not be rushed by anyone.”'].join('\n\n');
    check(body, [{ kind: 'direct', text: 'This court will not be rushed by anyone.', speaker: 'Mara Field' }]);
  });

  it('transcript lines: NAME: words', () => {
    const body = ['Mine jobs in the balance', 'BERG: Will the mine reopen next year, minister?', 'DUMAS: It will reopen in the spring, and we will hire locally.'].join('\n\n');
    check(body, [
      { kind: 'direct', text: 'Will the mine reopen next year, minister?', speaker: 'BERG', type: 'person' },
      { kind: 'direct', text: 'It will reopen in the spring, and we will hire locally', speaker: 'DUMAS', type: 'person' },
    ]);
  });

  it('a label and a list of names is no transcript line', () => {
    const body = ['Mine jobs in the balance', 'The panel met on Monday.', 'Ohio: Ann Lee, Bo Park, Cy Ruiz, Dee Stone and Eli Tran.', 'Contributing: Fay Hill and Gus Ward, Daily Courier'].join('\n\n');
    expect(run(body)).toEqual([]);
  });

  it('a headline “Name: ‘Quoted’ More Words” is a partial quotation', () => {
    const body = ['Nora Vance: ‘No Chance’ The Mill Will Close This Year', 'The mill opened in May.'].join('\n\n');
    check(body, [{ kind: 'partial', text: '‘No Chance’ The Mill Will Close This Year', speaker: 'Nora Vance' }]);
  });

  it('a headline “Name: claim” is a reported statement', () => {
    check('Ortiz: City Will Not Sell The Harbour', [{ kind: 'indirect', text: 'City Will Not Sell The Harbour', speaker: 'Ortiz' }]);
  });

  it('scare quotes and titles are not statements', () => {
    expect(run('The so-called “reform” passed on Tuesday.')).toEqual([]);
    expect(run('She starred in “The Long Night” last year.')).toEqual([]);
    expect(run('Berg, the star of the TV reality show “Hot Pans.”')).toEqual([]);
  });
});

describe('partial quotations and indirect speech', () => {
  table([
    ['X said that …', 'Anna Berg said that the bridge would open in May.', [
      { kind: 'indirect', text: 'the bridge would open in May', speaker: 'Anna Berg', cue: 'said' },
    ]],
    ['X said … (no that)', 'Anna Berg said the bridge would open in May.', [
      { kind: 'indirect', text: 'the bridge would open in May', speaker: 'Anna Berg' },
    ]],
    ['X told Y that …', 'Paul Novak told the council on Friday that the budget was balanced.', [
      { kind: 'indirect', text: 'the budget was balanced', speaker: 'Paul Novak', cue: 'told' },
    ]],
    ['X told Y … (a plain present verb in -s, no auxiliary)', 'The mayor told me his plan makes him nervous.', [
      { kind: 'indirect', text: 'his plan makes him nervous', mention: 'The mayor', cue: 'told' },
    ]],
    ['X warned …', 'Paul Novak warned that taxes could rise.', [
      { kind: 'indirect', text: 'taxes could rise', speaker: 'Paul Novak', cue: 'warned' },
    ]],
    ['X has insisted …', 'Paul Novak has repeatedly insisted that no jobs will go.', [
      { kind: 'indirect', text: 'no jobs will go', speaker: 'Paul Novak', cue: 'insisted' },
    ]],
    ['X claimed / asserted / indicated', 'Lena Ortiz claimed the figures were wrong.', [
      { kind: 'indirect', text: 'the figures were wrong', speaker: 'Lena Ortiz', cue: 'claimed' },
    ]],
    ['according to X, …', 'According to Lena Ortiz, the school will reopen in autumn.', [
      { kind: 'indirect', text: 'the school will reopen in autumn', speaker: 'Lena Ortiz', cue: 'According to' },
    ]],
    ['…, according to X', 'The school will reopen in autumn, according to Lena Ortiz.', [
      { kind: 'indirect', text: 'The school will reopen in autumn', speaker: 'Lena Ortiz' },
    ]],
    ['…, X said.', 'The talks had stalled over pensions, Omar Haddad said on Monday.', [
      { kind: 'indirect', text: 'The talks had stalled over pensions', speaker: 'Omar Haddad', cue: 'said' },
    ]],
    ['…, said X.', 'The talks had stalled over pensions, said Omar Haddad.', [
      { kind: 'indirect', text: 'The talks had stalled over pensions', speaker: 'Omar Haddad' },
    ]],
    ['speaking to reporters, X indicated …', 'Speaking to reporters on Sunday, Omar Haddad indicated that a strike was likely.', [
      { kind: 'indirect', text: 'a strike was likely', speaker: 'Omar Haddad', cue: 'indicated' },
    ]],
    ['partial quotation', 'Lisa Chen said the plan was “dead on arrival” in its current form.', [
      { kind: 'partial', text: 'the plan was “dead on arrival” in its current form', speaker: 'Lisa Chen' },
    ]],
    ['called X “Y”', 'Lisa Chen called the proposal “a gift to landlords” and “unworkable.”', [
      { kind: 'partial', text: 'the proposal “a gift to landlords” and “unworkable.”', speaker: 'Lisa Chen', cue: 'called' },
    ]],
    ['described X as “Y”, then the writer’s subordinate clause', 'Lisa Chen described the proposal as “a gift to landlords” after the vote on Tuesday.', [
      { kind: 'partial', text: 'the proposal as “a gift to landlords”', speaker: 'Lisa Chen', cue: 'described' },
    ]],
    ['called X Y “Q”: a noun that is also a cue inside the object is no cue', 'Lisa Chen called the tax credit “a gift to landlords.”', [
      { kind: 'partial', text: 'the tax credit “a gift to landlords.”', speaker: 'Lisa Chen', cue: 'called' },
    ]],
    ['called X “Q” and a new clause: the clause is the writer’s', 'Lisa Chen called the mayor “a fine neighbour” and the crowd cheered.', [
      { kind: 'partial', text: 'the mayor “a fine neighbour”', speaker: 'Lisa Chen', cue: 'called' },
    ]],
    ['called X “Q” – an aside: the aside is the writer’s', 'Lisa Chen called the senator “the next Lincoln” – a president she admires deeply.', [
      { kind: 'partial', text: 'the senator “the next Lincoln”', speaker: 'Lisa Chen', cue: 'called' },
    ]],
    ['which X described as “Q”: the relative pronoun is the object (and “backed” is a stance of its own)', 'Lisa Chen backed the new plan, which she described as “a fair deal for everyone.”', [
      { kind: 'indirect', text: 'the new plan', speaker: 'Lisa Chen', cue: 'backed' },
      { kind: 'partial', text: 'which … as “a fair deal for everyone.”', speaker: 'Lisa Chen', cue: 'described' },
    ]],
    ['called X “Q” and said …: two statements', 'Lisa Chen called the plan “weak” and said the council had “no answers.”', [
      { kind: 'partial', text: 'the plan “weak”', speaker: 'Lisa Chen', cue: 'called' },
      { kind: 'partial', text: 'the council had “no answers.”', speaker: 'Lisa Chen', cue: 'said' },
    ]],
    ['which X called “Q”: a partial with the relative pronoun, not a direct quotation', 'Lisa Chen spoke after the flood, which she called “a disaster for every family.”', [
      { kind: 'partial', text: 'which … a disaster for every family.', speaker: 'Lisa Chen', cue: 'called' },
    ]],
    ['referred to X as “Q”', 'A lawmaker referred to the mayor as “our best neighbour.”', [
      { kind: 'partial', text: 'the mayor as “our best neighbour.”', speaker: 'a lawmaker', cue: 'referred' },
    ]],
    ['X adverb-ly verb-ed Y as “Q”', 'Lisa Chen famously referred to the mayor as “our best neighbour.”', [
      { kind: 'partial', text: 'the mayor as “our best neighbour.”', speaker: 'Lisa Chen', cue: 'referred' },
    ]],
    ['an unnamed person characterising in quoted words', 'The vote was close; one lawmaker called the budget “a quiet disaster.”', [
      { kind: 'partial', text: 'the budget “a quiet disaster.”', speaker: 'one lawmaker', cue: 'called' },
    ]],
    ['blasted X for …“Q,” meaning …: the participle after the quoted words is the writer’s', 'Lisa Chen blasted the board for saying the cut was only “temporary,” meaning it could return next year.', [
      { kind: 'partial', text: 'the board for saying the cut was only “temporary,”', speaker: 'Lisa Chen', cue: 'blasted' },
    ]],
    ['the writer takes over after the quoted words (, but …)', 'Lisa Chen called the plan “reckless,” but voted for it anyway.', [
      { kind: 'partial', text: 'the plan “reckless,”', speaker: 'Lisa Chen', cue: 'called' },
    ]],
    ['C1, X said, C2 (attribution inside the sentence)', 'The new line, Paul Novak said, would carry twice as many passengers.', [
      { kind: 'indirect', text: 'The new line … would carry twice as many passengers', speaker: 'Paul Novak' },
    ]],
    ['a relative pronoun as subject', 'The radio host took calls from farmers who said the subsidies came too late.', [
      { kind: 'indirect', text: 'the subsidies came too late', speaker: 'farmers', type: 'anonymous' },
    ]],
    ['…, they say (present tense, plural)', 'The scheme has grown far beyond its purpose, critics say.', [
      { kind: 'indirect', text: 'The scheme has grown far beyond its purpose', speaker: 'critics', type: 'anonymous' },
    ]],
    ['no statement when a negated verb takes only an object', 'The ministry has not confirmed the meeting.', []],
    ['a noun that looks like a verb is not a cue', 'Several battleground states could decide the election.', []],
    ['two reporting verbs with one subject', 'Lena Ortiz says the mayor promised more money and said she would hold him to it.', [
      { kind: 'indirect', text: 'the mayor promised more money', speaker: 'Lena Ortiz', cue: 'says' },
      { kind: 'indirect', text: 'she would hold him to it', speaker: 'Lena Ortiz', cue: 'said' },
    ]],
    ['called for … a “Q” …: the quotation inside a longer content', 'Lisa Chen called for a doubling of efforts to switch to a “green power grid” by then.', [
      { kind: 'partial', text: 'a doubling of efforts to switch to a “green power grid” by then', speaker: 'Lisa Chen', cue: 'called' },
    ]],
    ['called for …', 'In May, the teachers’ union called for a freeze on school closures.', [
      { kind: 'indirect', text: 'a freeze on school closures', speaker: 'teachers’ union', type: 'organisation', cue: 'called' },
    ]],
    ['urged Y to …', 'Mayor Lena Ortiz urged residents to stay indoors during the storm.', [
      { kind: 'indirect', text: 'residents to stay indoors during the storm', speaker: 'Lena Ortiz', cue: 'urged' },
    ]],
    ['asked whether …', 'Paul Novak asked whether the contract had been signed.', [
      { kind: 'indirect', text: 'whether the contract had been signed', speaker: 'Paul Novak', cue: 'asked' },
    ]],
    ['vowed to …', 'Paul Novak vowed to reopen the clinic next year.', [
      { kind: 'indirect', text: 'to reopen the clinic next year', speaker: 'Paul Novak', cue: 'vowed' },
    ]],
    ['declined to comment is not a statement', 'The company declined to comment.', []],
    ['a stated belief', 'Lena Ortiz believes her plan will pass in the spring.', [
      { kind: 'indirect', text: 'her plan will pass in the spring', speaker: 'Lena Ortiz', cue: 'believes' },
    ]],
  ]);

  it('participle: “Q,” X said, adding that …', () => {
    check('“We are ready,” Karl Lind said, adding that the army had been told to stand by.', [
      { kind: 'direct', text: 'We are ready,', speaker: 'Karl Lind' },
      { kind: 'indirect', text: 'the army had been told to stand by', speaker: 'Karl Lind', cue: 'adding' },
    ]);
  });

  it('a reported clause then its source: the source is kept as `via`, not a second statement', () => {
    const got = run('Tom Reyes signalled on Monday that the plant would stay open, the local paper reported.');
    expect(got).toHaveLength(1);
    expect(got[0]!.speaker?.name).toBe('Tom Reyes');
    expect(got[0]!.text).toBe('the plant would stay open');
  });

  it('a that-clause is cut before a coordinated refusal', () => {
    check('Tom Reyes also said over the weekend that he expected a deal soon, but refused to give details.', [
      { kind: 'indirect', text: 'he expected a deal soon', speaker: 'Tom Reyes' },
    ]);
  });
});

describe('speakers', () => {
  it('surname-only mentions and pronouns resolve to the full name', () => {
    const body = ['City treasurer Anna Berg presented the accounts.', 'Berg said the deficit had shrunk.', 'She added that reserves were low.'].join('\n\n');
    check(body, [
      { kind: 'indirect', text: 'the deficit had shrunk', speaker: 'Anna Berg', mention: 'Berg', role: 'City treasurer' },
      { kind: 'indirect', text: 'reserves were low', speaker: 'Anna Berg', mention: 'She' },
    ]);
  });

  it('roles from titles and appositions', () => {
    check('Harbour master Ivan Petrov said the port was closed.', [
      { kind: 'indirect', text: 'the port was closed', speaker: 'Ivan Petrov', role: 'Harbour master' },
    ]);
    check('Ivan Petrov, the harbour master, said the port was closed.', [
      { kind: 'indirect', text: 'the port was closed', speaker: 'Ivan Petrov' },
    ]);
  });

  it('a role phrase refers back to the person (anaphora)', () => {
    const body = ['Deputy Health Minister Sara Lund visited the hospital on Friday.', 'The minister said more nurses would be hired.'].join('\n\n');
    check(body, [{ kind: 'indirect', text: 'more nurses would be hired', speaker: 'Sara Lund', mention: 'The minister' }]);
  });

  it('a role phrase before the name (cataphora)', () => {
    const body = [
      'The governor’s envoy told reporters that a ceasefire was close.',
      'Her special envoy to the region, Mark Doyle, said talks would resume.',
    ].join('\n\n');
    check(body, [
      { kind: 'indirect', text: 'a ceasefire was close', speaker: 'Mark Doyle', mention: 'The governor’s envoy' },
      { kind: 'indirect', text: 'talks would resume', speaker: 'Mark Doyle' },
    ]);
  });

  it('an indefinite role in the lede is the person named later', () => {
    const body = [
      'A senior French official said that the summit would go ahead.',
      'Paris’s Foreign Minister Claire Dumas confirmed the date on Tuesday.',
    ].join('\n\n');
    const got = run(body);
    expect(got[0]!.speaker?.name).toBe('Claire Dumas');
  });

  it('he/she agree with the speaker’s gender when it is known', () => {
    const body = [
      'Senator Maria Costa met Governor Paul Novak on Friday.',
      '“We agreed on the budget,” Costa said.',
      'Novak was less sure. He said the talks would go on.',
      'She said the deal was done.',
    ].join('\n\n');
    check(body, [
      { kind: 'direct', text: 'We agreed on the budget,', speaker: 'Maria Costa' },
      { kind: 'indirect', text: 'the talks would go on', speaker: 'Paul Novak', mention: 'He' },
      { kind: 'indirect', text: 'the deal was done', speaker: 'Maria Costa', mention: 'She' },
    ]);
  });

  it('several appositions before the cue: the name is the speaker', () => {
    check('Jean Roux, the foreign minister, a member of the council, said the test was a threat.', [
      { kind: 'indirect', text: 'the test was a threat', speaker: 'Jean Roux' },
    ]);
  });

  it('organisations speak as organisations', () => {
    check('The Kremlin said the report was false.', [
      { kind: 'indirect', text: 'the report was false', speaker: 'Kremlin', type: 'organisation' },
    ]);
  });

  it('anonymous sources stay anonymous', () => {
    const body = ['Mayor Lena Ortiz opened the bridge.', 'A source close to the council said the costs had doubled.', 'Officials said the bridge was safe.'].join('\n\n');
    check(body, [
      { kind: 'indirect', text: 'the costs had doubled', speaker: 'a source close to the council', type: 'anonymous' },
      { kind: 'indirect', text: 'the bridge was safe', speaker: 'Officials', type: 'anonymous' },
    ]);
  });

  it('speakers.yaml aliases are honoured', () => {
    const got = run('Bobby said the vote was rigged.', [{ name: 'Robert Vance', aliases: ['Bobby'], role: 'Senator' }]);
    expect(got[0]!.speaker).toEqual({ name: 'Robert Vance', role: 'Senator', type: 'person' });
    expect(got[0]!.speakerMention).toBe('Bobby');
  });
});

describe('improvement pass: clause boundaries, adjuncts, objects before quotations', () => {
  table([
    ['C1, and NP said C2: a coordinated report ends the first content', 'Most residents said the park was safe, and a few said the lights were too dim.', [
      { kind: 'indirect', text: 'the park was safe', speaker: 'Most residents' },
      { kind: 'indirect', text: 'the lights were too dim', speaker: 'a few' },
    ]],
    ['C1, while NP argued C2', 'Tom Reyes said the plant would stay open, while his rivals argued the jobs were already gone.', [
      { kind: 'indirect', text: 'the plant would stay open', speaker: 'Tom Reyes' },
      { kind: 'indirect', text: 'the jobs were already gone', speaker: 'his rivals' },
    ]],
    ['While NP said C1, NP said C2: a sentence-initial conjunction is not part of the speaker', 'While most members said the plan was fair, the chairman said it was rushed.', [
      { kind: 'indirect', text: 'the plan was fair', speaker: 'most members', mention: 'most members' },
      { kind: 'indirect', text: 'it was rushed', speaker: 'the chairman' },
    ]],
    ['X on DAY evening said …', 'Lena Ortiz on Tuesday evening said the budget was balanced.', [
      { kind: 'indirect', text: 'the budget was balanced', speaker: 'Lena Ortiz', mention: 'Lena Ortiz' },
    ]],
    ['X in a radio interview said …', 'Paul Novak in a radio interview said the vote had been rigged.', [
      { kind: 'indirect', text: 'the vote had been rigged', speaker: 'Paul Novak', mention: 'Paul Novak' },
    ]],
    ['A ROLE for Y did A and said …: the role subject speaks', 'A spokesman for the council rejected the claim and said the figures were correct.', [
      { kind: 'indirect', text: 'the claim', speaker: 'a spokesman for the council', cue: 'rejected' },
      { kind: 'indirect', text: 'the figures were correct', speaker: 'a spokesman for the council' },
    ]],
    ['X asked Y to “Q”: a partial with the object', 'Anna Berg asked the crowd to “keep the faith a little longer.”', [
      { kind: 'partial', text: 'the crowd to “keep the faith a little longer.”', speaker: 'Anna Berg', cue: 'asked' },
    ]],
    ['X urged Y to “Q”', 'Tom Reyes urged his neighbours to “stay calm and stay home.”', [
      { kind: 'partial', text: 'his neighbours to “stay calm and stay home.”', speaker: 'Tom Reyes', cue: 'urged' },
    ]],
    ['X told Y “Q”', 'Anna Berg told the audience “we are not going anywhere.”', [
      { kind: 'direct', text: 'we are not going anywhere.', speaker: 'Anna Berg', cue: 'told' },
    ]],
    ['ADVERBIAL, “Q,” X said: the lead-in belongs to the content', 'After three weeks of talks in the capital, “we finally have a deal,” Anna Berg said.', [
      { kind: 'partial', text: 'After three weeks of talks in the capital, “we finally have a deal,”', speaker: 'Anna Berg', cue: 'said' },
    ]],
    ['C ends before “, where …” after a name', 'Anna Berg said the trip was worth it for her campaign in Ohio, where she trails in most polls.', [
      { kind: 'indirect', text: 'the trip was worth it for her campaign in Ohio', speaker: 'Anna Berg' },
    ]],
    ['C ends before “, who …” after a name', 'Tom Reyes said he would stay with Lena Ortiz, who also held a rally that night.', [
      { kind: 'indirect', text: 'he would stay with Lena Ortiz', speaker: 'Tom Reyes' },
    ]],
    ['X accused Y of Z: a verb of judgement reports without quoted words', 'Lena Ortiz accused the council of wasting public money on the stadium.', [
      { kind: 'indirect', text: 'the council of wasting public money on the stadium', speaker: 'Lena Ortiz', cue: 'accused' },
    ]],
    ['X criticized Y', 'Tom Reyes criticized the new parking rules for small shops.', [
      { kind: 'indirect', text: 'the new parking rules for small shops', speaker: 'Tom Reyes', cue: 'criticized' },
    ]],
    ['X praised him: too short to report', 'Lena Ortiz praised him.', []],
    ['a passive judgement has no speaker and no statement', 'The new rules were criticized by many.', []],
    ['X called Y “Q,” accusing …: the participle starts a new act', 'Tom Reyes has called the plan “reckless and expensive,” accusing the council of hiding the costs.', [
      { kind: 'partial', text: 'the plan “reckless and expensive,”', speaker: 'Tom Reyes', cue: 'called' },
      { kind: 'indirect', text: 'the council of hiding the costs', speaker: 'Tom Reyes', cue: 'accusing' },
    ]],
    ['a participial opener is not the subject a participle inherits', 'Tom Reyes, the mayor, announced a tax plan.\n\nChastened by the reviews, as well as complaints over the costs, Reyes revised the plan, promising to focus its benefits on families.\n\n“The relief will go to the middle class,” he said.', [
      { kind: 'indirect', text: 'a tax plan', speaker: 'Tom Reyes' },
      { kind: 'indirect', text: 'to focus its benefits on families', speaker: 'Tom Reyes', mention: 'Reyes' },
      { kind: 'direct', text: 'The relief will go to the middle class,', speaker: 'Tom Reyes', mention: 'he' },
    ]],
    ['a capitalised common word opening a sentence is no person for a later pronoun', 'Anna Berg spoke to delegates on Monday.\n\nDelegates asked how the party could drop its pledge.\n\n“We made a promise,” she said.', [
      { kind: 'indirect', text: 'how the party could drop its pledge', speaker: 'Delegates', type: 'anonymous' },
      { kind: 'direct', text: 'We made a promise,', speaker: 'Anna Berg', mention: 'she' },
    ]],
    ['a pronoun picks up a person introduced with “, who …” since the last statement', 'Lena Ortiz said the vote was close.\n\nAt the front of the stage was Maria Reyes, who spoke warmly about her father. “I have seen him fight for this town,” she said.', [
      { kind: 'indirect', text: 'the vote was close', speaker: 'Lena Ortiz' },
      { kind: 'indirect', text: 'her father', speaker: 'Maria Reyes', cue: 'spoke' },
      { kind: 'direct', text: 'I have seen him fight for this town,', speaker: 'Maria Reyes', mention: 'she' },
    ]],
    ['…, accusing Y of Z: a verb of judgement after a comma takes the subject of the sentence', 'Mayor Ana Ruiz left the meeting early, accusing the council of wasting money.', [
      { kind: 'indirect', text: 'the council of wasting money', speaker: 'Ana Ruiz', cue: 'accusing' },
    ]],
    ['X is criticizing Y: a verb of judgement in the progressive', 'Senator Tom Ekberg is criticizing the governor over the budget.', [
      { kind: 'indirect', text: 'the governor', speaker: 'Tom Ekberg', cue: 'criticizing' },
    ]],
    ['not: a verb of judgement as a noun modifier', 'The criticizing voices grew louder.', []],
    ['X urged Y to Z and repeatedly said, “Q”: two statements of one speaker', 'Anna Berg urged her neighbours to stay inside and repeatedly said, “Do not open the door.”', [
      { kind: 'indirect', text: 'her neighbours to stay inside', speaker: 'Anna Berg', cue: 'urged' },
      { kind: 'direct', text: 'Do not open the door.', speaker: 'Anna Berg', cue: 'said' },
    ]],
    ['…, saying A but suggesting B: each participle reports its own content', 'Lena Ortiz rejected the offer, saying it was fair “on paper” but suggesting the terms would hurt new staff.', [
      { kind: 'indirect', text: 'the offer', speaker: 'Lena Ortiz', cue: 'rejected' },
      { kind: 'partial', text: 'it was fair “on paper”', speaker: 'Lena Ortiz', cue: 'saying' },
      { kind: 'indirect', text: 'the terms would hurt new staff', speaker: 'Lena Ortiz', cue: 'suggesting' },
    ]],
    ['X did A but told Y, “Q”: the subject of the first verb speaks', 'Anna Berg did not name her rivals but told her supporters, “our town deserves better.”', [
      { kind: 'direct', text: 'our town deserves better.', speaker: 'Anna Berg', cue: 'told' },
    ]],
    ['Asked about X, “Q,” X said: a question frame is not content', 'Asked about the delays at the port, “we are working on it,” Anna Berg said.', [
      { kind: 'direct', text: 'we are working on it,', speaker: 'Anna Berg' },
    ]],
  ]);
});

describe('direct quotations: sentence-initial cues, infinitive cues, nested marks, dashes', () => {
  table([
    ['Said X, who …, “Q.”: a sentence opening with its reporting verb', 'Said Tom Baker, who lives near the dam, “We were all very proud of the crew.”', [
      { kind: 'direct', text: 'We were all very proud of the crew.', speaker: 'Tom Baker', cue: 'Said' },
    ]],
    ['Added the ROLE: “Q”', 'Added the mayor: “We will rebuild every road in this town.”', [
      { kind: 'direct', text: 'We will rebuild every road in this town.', cue: 'Added', mention: 'the mayor' },
    ]],
    ['X went on to say, “Q”: the subject of the sentence speaks', 'Mayor Lena Ortiz went on to say, “Nobody in this town will be left behind.”', [
      { kind: 'direct', text: 'Nobody in this town will be left behind.', speaker: 'Lena Ortiz', cue: 'say' },
    ]],
    ['X took to Twitter to write: “Q”: not the place, the subject speaks', 'Senator Ana Ruiz took to Twitter to write: “This bill is a disgrace to the state.”', [
      { kind: 'direct', text: 'This bill is a disgrace to the state.', speaker: 'Ana Ruiz', cue: 'write' },
    ]],
    ['curly marks nested inside curly marks', 'Paul Novak wrote, “You must act even when “your own side” is at fault. Otherwise nothing changes.”', [
      { kind: 'direct', text: 'You must act even when “your own side” is at fault. Otherwise nothing changes.', speaker: 'Paul Novak', cue: 'wrote' },
    ]],
    ['X said, “Q” - apposition: a spaced hyphen closes the quotation’s clause', 'Coach Rita Gomez said, "We played for every family in this valley" - a first for the club.', [
      { kind: 'direct', text: 'We played for every family in this valley', speaker: 'Rita Gomez', cue: 'said' },
    ]],
    ['X says C “Q,” though …: the comma inside the closing mark ends the content before a contrast', 'Most voters say the plans of both parties are “about right,” though many find the tax plan too timid.', [
      { kind: 'partial', text: 'the plans of both parties are “about right,”', speaker: 'Most voters', cue: 'say' },
    ]],
    ['As X observed, …:¶“Q”: a finite cue further back in the paragraph before the colon', 'Of course, as Tom Baker of the Gazette observed, the real winner was not a candidate but the hall itself:\n\n“The clear winner of the night was the old theatre on Main Street.”', [
      { kind: 'direct', text: 'The clear winner of the night was the old theatre on Main Street.', speaker: 'Tom Baker', cue: 'observed' },
    ]],
    ['X confirmed it, reporting:¶“Q”: the participle takes the subject of its sentence', 'The Daily Ledger confirmed that account, reporting:\n\n“The plant will close in March and all of its workers will be moved.”', [
      { kind: 'direct', text: 'The plant will close in March and all of its workers will be moved.', speaker: 'Daily Ledger', cue: 'reporting' },
    ]],
    ['a misturned opening mark closing the quoted words', '“The plan is dead,“ said Tom Baker, a member of the board.', [
      { kind: 'direct', text: 'The plan is dead,', speaker: 'Tom Baker', cue: 'said' },
    ]],
    ['“Q,” X shot back.: an irregular past with its particle', '“Tom wants to look tough tonight,” Lena Ortiz shot back.', [
      { kind: 'direct', text: 'Tom wants to look tough tonight,', speaker: 'Lena Ortiz', cue: 'shot back' },
    ]],
    ['“Q!” beamed X of PLACE.: an inverted manner verb with a place after the name', '“This is wonderful!” beamed Tom Hartley of Dayton, Ohio.', [
      { kind: 'direct', text: 'This is wonderful!', speaker: 'Tom Hartley', cue: 'beamed' },
    ]],
    ['“Q.”¶- Name, note.: a quotation paragraph signed with a dash in the next paragraph', 'The council met on Monday.\n\n"Great speech. She is ready. She never quits."\n\n-Tom Baker, writing after the speech.', [
      { kind: 'direct', text: 'Great speech. She is ready. She never quits.', speaker: 'Tom Baker', cue: '-' },
    ]],
    ['X stated:¶"P1¶"P2¶"P3.": a quotation over three paragraphs, each opened and only the last closed', 'Lena Ortiz stated:\n\n"The river is not about politics anymore.\n\n"We have waited for years for the money.\n\n"The council will vote on the plan on Friday."\n\nThe vote is open to the public.', [
      { kind: 'direct', text: 'The river is not about politics anymore. … We have waited for years for the money. … The council will vote on the plan on Friday.', speaker: 'Lena Ortiz', cue: 'stated' },
    ]],
    ['not a direct quotation: X said ADJUNCT the SUBJECT “Q” (a reported clause, a partial)', 'Ortiz said on the radio the race “is a dead heat right now.”', [
      { kind: 'partial', text: 'the race “is a dead heat right now.”', speaker: 'Ortiz', cue: 'said' },
    ]],
    ['not: the title of a TV show after "show"', 'Anna Berg was once the host of the reality TV show “Best Kitchen.”', []],
    ['not: a newsletter rubric in capitals before a dash', 'NOW OPEN — "Harbor museum adds a new wing," by the Gazette’s Tom Lee.', []],
    ['HEADING - X: “Q”: a digest item quoting its author', 'TURNOUT ROSE, BUT NOT EVERYWHERE - Paul Novak: “Turnout rose in most counties, but not in the cities.”', [
      { kind: 'direct', text: 'Turnout rose in most counties, but not in the cities.', speaker: 'Paul Novak', cue: ':' },
    ]],
  ], { headline: true });
});

describe('partial quotations inside reported speech', () => {
  table([
    ['X vowed to “Q” …: a commitment whose verb is quoted', 'The senator vowed to “crush the hell” out of the cartel.', [
      { kind: 'partial', text: 'to “crush the hell” out of the cartel', cue: 'vowed' },
    ]],
    ['X promised to “Q” if …', 'Anna Berg promised to “be a loud voice for farmers” if elected.', [
      { kind: 'partial', text: 'to “be a loud voice for farmers” if elected', speaker: 'Anna Berg', cue: 'promised' },
    ]],
    ['X asked LONG ADDRESSEE to “Q”', 'The league has asked the campaign of the mayor of the northern city to “stop using” its logo.', [
      { kind: 'partial', text: 'the campaign of the mayor of the northern city to “stop using” its logo', mention: 'The league', cue: 'asked' },
    ]],
    ['an ad that urges Y to “Q”: a finite cue after "that" takes the noun before it', 'Paul Novak is releasing an ad that urges voters in the county to “send a message” to the banks.', [
      { kind: 'partial', text: 'voters in the county to “send a message” to the banks', mention: 'an ad', cue: 'urges' },
    ]],
    ['X said only that …“Q”', 'Tom Reyes said only that his “numbers do not add up.”', [
      { kind: 'partial', text: 'his “numbers do not add up.”', speaker: 'Tom Reyes', cue: 'said' },
    ]],
    ['X says if elected “Q”: the main clause opens with the quoted words', 'Lena Ortiz says if elected mayor “I will work closely with the council.”', [
      { kind: 'partial', text: 'if elected mayor “I will work closely with the council.”', speaker: 'Lena Ortiz', cue: 'says' },
    ]],
    ['X says A and calls her “Q”: a second act with a verb that is also a noun', 'Paul Novak says he respects the judge and calls her “a brilliant woman with a fine record.”', [
      { kind: 'indirect', text: 'he respects the judge', speaker: 'Paul Novak', cue: 'says' },
      { kind: 'partial', text: 'her “a brilliant woman with a fine record.”', speaker: 'Paul Novak', cue: 'calls' },
    ]],
    ['X, the host of the show “T,” said …“Q”: a quoted title inside the apposition', 'Omar Haddad, the host of the show “Big Money,” said his rival was “always fair and patient.”', [
      { kind: 'partial', text: 'his rival was “always fair and patient.”', speaker: 'Omar Haddad', cue: 'said' },
    ]],
    ['X said in a statement the SUBJECT was “Q”: a clause after a place adjunct', 'Jonas Weber said in a statement the plan was “a gift to the banks.”', [
      { kind: 'partial', text: 'the plan was “a gift to the banks.”', speaker: 'Jonas Weber', cue: 'said' },
    ]],
    ['X reported on DAY the SUBJECT had “Q”: a clause after a time adjunct', 'Several outlets reported on Friday the police had “more than one talk” with the owner.', [
      { kind: 'partial', text: 'the police had “more than one talk” with the owner', mention: 'Several outlets', cue: 'reported' },
    ]],
    ['… - he called her “Q” and said …: a spaced hyphen is a dash before the subject', 'Rita Gomez drew his ire - he called her “weak” and said she had “no friends” in the county.', [
      { kind: 'partial', text: 'her “weak”', mention: 'he', cue: 'called' },
      { kind: 'partial', text: 'she had “no friends” in the county', mention: 'he', cue: 'said' },
    ]],
    ['X went on to say …“Q”: the subject of "went on" speaks', 'Pence Howell went on to say he is “confident” the vote will pass.', [
      { kind: 'partial', text: 'he is “confident” the vote will pass', speaker: 'Pence Howell', cue: 'say' },
    ]],
    ['X was quick to add that …', 'Lena Ortiz was quick to add that the deal does not cover the bridge.', [
      { kind: 'indirect', text: 'the deal does not cover the bridge', speaker: 'Lena Ortiz', cue: 'add' },
    ]],
  ], { headline: true });
});

describe('participle clauses of a sentence whose subject is a plain noun phrase', () => {
  table([
    ['The ROLE VERBED …, claiming C: the noun phrase opening the sentence speaks', 'The retired teacher sued the district in May, claiming the new schedule broke her contract.', [
      { kind: 'indirect', text: 'the new schedule broke her contract', speaker: 'the retired teacher', mention: 'The retired teacher', cue: 'claiming' },
    ]],
    ['The ROLE later VERBED …, arguing that C: an adverb before the verb', 'The new owner later closed the plant, arguing that the market had collapsed.', [
      { kind: 'indirect', text: 'the market had collapsed', speaker: 'the new owner', mention: 'The new owner', cue: 'arguing' },
    ]],
    ['… after X left, saying C: a participle after a subordinate clause has no subject to take', 'The storm hit the coast after the governor left the state, saying the roads were safe.', []],
    ['The DOC includes NP, calling on X to V: a present verb told by the determiner after it', 'The new 40-page plan includes a pledge to cut fees, calling on towns to share costs.', [
      { kind: 'indirect', text: 'towns to share costs', mention: 'The new 40-page plan', cue: 'calling' },
    ]],
    ['The PEOPLE the X hired left, saying C: a relative clause without "that" hides the subject', 'The city officials the mayor hired left in May, saying the pay was low.', []],
  ], { headline: true });
});

describe('reduced relative clauses inside the subject', () => {
  table([
    ['A DOC obtained by X said C: the document with its agent is the subject', 'A memo obtained by the newspaper said the budget would run out in May.', [
      { kind: 'indirect', text: 'the budget would run out in May', speaker: 'a memo obtained by the newspaper', mention: 'A memo obtained by the newspaper', cue: 'said' },
    ]],
    ['A DOC published DAY by X said C: a time between the participle and its agent', 'A report published Friday by the watchdog said the budget would run out in May.', [
      { kind: 'indirect', text: 'the budget would run out in May', mention: 'A report published Friday by the watchdog', cue: 'said' },
    ]],
    ['PEOPLE representing X argued that C: the object of the participle is not the speaker', 'Lawyers representing the county argued that the ban was void.', [
      { kind: 'indirect', text: 'the ban was void', speaker: 'Lawyers', mention: 'Lawyers representing the county', cue: 'argued' },
    ]],
    ['PEOPLE supporting NAME said C: the name after the participle is not the speaker', 'Several delegates supporting Ann Lee said the vote was rigged.', [
      { kind: 'indirect', text: 'the vote was rigged', speaker: 'several delegates', mention: 'Several delegates supporting Ann Lee', cue: 'said' },
    ]],
  ], { headline: true });
});

describe('a quotation with a source or a time phrase after it', () => {
  table([
    ['“Q,” according to X: the quotation is the content, not an opening', '“The dam will hold through the winter,” according to the water board.', [
      { kind: 'direct', text: 'The dam will hold through the winter,', speaker: 'water board', mention: 'the water board', cue: 'according to' },
    ]],
    ['“Q,” according to NAME after another sentence', 'The river rose again. “We have sandbags for a week,” according to Mara Quill.', [
      { kind: 'direct', text: 'We have sandbags for a week,', speaker: 'Mara Quill', cue: 'according to' },
    ]],
    ['X said, “Q” until NP: a time phrase after the quotation', 'Jon Ferris said, “We have two weeks to go” until the county fair.', [
      { kind: 'direct', text: 'We have two weeks to go', speaker: 'Jon Ferris', cue: 'said' },
    ]],
    ['“Q” until PRONOUN VERB: a clause after the quotation is no speaker', 'Jon Ferris said, “We wait” until they say we can go.', [
      { kind: 'indirect', text: 'we can go', speaker: null, mention: 'they', cue: 'say' },
    ]],
    ['X anticipated that C: a verb of expecting with "that"', 'Dana Roe anticipated that the harvest would be late.', [
      { kind: 'indirect', text: 'the harvest would be late', speaker: 'Dana Roe', cue: 'anticipated' },
    ]],
  ], { headline: true });
});
