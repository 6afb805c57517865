/**
 * Where a reported content ends when the reporting clause is not the main clause of its
 * sentence. Every text here was written for these tests.
 */
import { describe } from 'vitest';
import { table as rows, type Row } from './table.ts';

/** The texts here are not headlines: a headline line goes before each. */
const table = (r: Row[]) => rows(r, { headline: true });

describe('content of a subordinate or relative clause', () => {
  table([
    ['While X said C, MAIN: the content ends before the main clause', 'While the mayor has said she will not raise taxes, her budget office is drafting a new levy.', [
      { kind: 'indirect', text: 'she will not raise taxes', speaker: 'the mayor', cue: 'said' },
    ]],
    ['Although X argued that C, NP VERB …', 'Although the union argued that the cuts were unfair, most workers accepted the deal.', [
      { kind: 'indirect', text: 'the cuts were unfair', cue: 'argued' },
    ]],
    ['If X thought C, then …: "then" opens the main clause', 'If the council thought the bridge was safe, then it would have reopened it.', [
      { kind: 'indirect', text: 'the bridge was safe', speaker: 'council', cue: 'thought' },
    ]],
    ['X said that while A, B: a subordinate clause inside the content stays', 'Tom Lee said that while the port remains open, a deal would have to wait.', [
      { kind: 'indirect', text: 'while the port remains open, a deal would have to wait', speaker: 'Tom Lee' },
    ]],
    ['While X want A, MAIN: a stance in the opening subordinate clause ends before the main clause', 'While most residents want a new school, the council has voted to close two.', [
      { kind: 'indirect', text: 'a new school', speaker: 'most residents', cue: 'want' },
      { kind: 'indirect', text: 'to close two', speaker: 'council', cue: 'voted' },
    ]],
    ['And while X are expected to V, MAIN: the writer’s expectation ends before the main clause', 'And while many of the strikers are expected to return to work in May, the union has not changed its demands.', [
      { kind: 'indirect', text: 'many of the strikers … to return to work in May', speaker: null, cue: 'expected' },
    ]],
    ['X, who said C, VERB …: the main verb after the relative clause ends the content', 'Anna Berg, who said she would cut taxes, was elected in May.', [
      { kind: 'indirect', text: 'she would cut taxes', speaker: 'Anna Berg', cue: 'said' },
    ]],
    ['X, who argued that C, did not …', 'The mayor, who argued that the tunnel is too costly, did not attend the vote.', [
      { kind: 'indirect', text: 'the tunnel is too costly', speaker: 'the mayor', cue: 'argued' },
    ]],
    ['NP, which X said VERB …, MAIN-VERB: the relative pronoun is the content’s subject; the main verb ends it', 'The new rule, which officials said will take effect in May, will not apply to small firms.', [
      { kind: 'indirect', text: 'which … will take effect in May', speaker: 'officials', cue: 'said' },
    ]],
    ['NP, which X has said was …, was …', 'Her vote for the tunnel, which she has repeatedly said was a mistake, was a factor in her defeat.', [
      { kind: 'indirect', text: 'which … was a mistake', cue: 'said' },
    ]],
    ['Having V-ed that C, X VERB …: the main clause’s subject speaks, the content ends before it', 'Having announced that he would not raise fares, the mayor proceeded to cut bus routes.', [
      { kind: 'indirect', text: 'he would not raise fares', speaker: 'the mayor', cue: 'announced' },
    ]],
    ['Even as X V-ed that C, NOUNS VERB …: "even as" opens a clause of time', 'Even as the mayor announced that the bridge would reopen, crews closed two more lanes.', [
      { kind: 'indirect', text: 'the bridge would reopen', speaker: 'the mayor', cue: 'announced' },
    ]],
    ['Though X claimed that C, NP won …: an irregular past marks the main clause', 'Though the senator claimed that the era of cuts was over, the council won its vote by promising more.', [
      { kind: 'indirect', text: 'the era of cuts was over', speaker: 'the senator', cue: 'claimed' },
    ]],
  ]);
});

describe('content split around its attribution', () => {
  table([
    ['A, and B, X said, C: the attribution inside the last conjunct reports only that one', 'The vote was delayed twice, and the new budget, the mayor said, will be smaller than planned.', [
      { kind: 'indirect', text: 'the new budget … will be smaller than planned', speaker: 'the mayor', cue: 'said' },
    ]],
    ['A, but B, according to X, C', 'The river is high, but the dykes, according to the engineers, will hold for another week.', [
      { kind: 'indirect', text: 'the dykes … will hold for another week', cue: 'according to' },
    ]],
  ]);
});

describe('a second report coordinated with the first', () => {
  table([
    ['X vowed A, and Y is promising B: a progressive reporting verb with its own subject', 'Tom Lee has vowed to restore the old rail line, and Anna Berg is promising to build a new airport.', [
      { kind: 'indirect', text: 'to restore the old rail line', speaker: 'Tom Lee', cue: 'vowed' },
      { kind: 'indirect', text: 'to build a new airport', speaker: 'Anna Berg', cue: 'promising' },
    ]],
    ['X said A and Y say B (no comma)', 'The mayor said taxes would rise and most residents say they will move away.', [
      { kind: 'indirect', text: 'taxes would rise', speaker: 'the mayor', cue: 'said' },
      { kind: 'indirect', text: 'they will move away', speaker: 'most residents', cue: 'say' },
    ]],
    ['X said A and B argued …: a coordinated subject inside the content is no second report', 'Tom Lee said the mayor and her aides argued for hours.', [
      { kind: 'indirect', text: 'the mayor and her aides argued for hours', speaker: 'Tom Lee', cue: 'said' },
    ]],
  ]);
});

describe('the writer takes over after the content', () => {
  table([
    ['“A,” X said. “B.” NAME VERB-ed.: after a full stop inside the marks the writer’s sentence starts', '“We will win,” Ann Roe said. “The polls are wrong.” Tom Lee disagreed.', [
      { kind: 'direct', text: 'We will win, … The polls are wrong.', speaker: 'Ann Roe', cue: 'said' },
    ]],
    ['“Q?” NAME VERB-ed.: a verb of manner after a question attributes it', '“Where is the money?” Ortiz pressed.', [
      { kind: 'direct', text: 'Where is the money?', speaker: 'Ortiz', cue: 'pressed' },
    ]],
    ['“Q?” NAME said DAY.: a day closing the attribution', '“Where is the money?” Ortiz said Friday.', [
      { kind: 'direct', text: 'Where is the money?', speaker: 'Ortiz', cue: 'said' },
    ]],
    ['“Q?” NAME asked reporters.: the addressee closing the attribution', '“Where is the money?” Ortiz asked reporters.', [
      { kind: 'direct', text: 'Where is the money?', speaker: 'Ortiz', cue: 'asked' },
    ]],
    ['X said C, but she VERB-ed …: a new clause about the speaker in the past', 'Anna Berg said there had been some progress, but she pressed the council to do more.', [
      { kind: 'indirect', text: 'there had been some progress', speaker: 'Anna Berg', cue: 'said' },
    ]],
    ['X said C – even though …: a concessive clause after a dash is the writer’s', 'Tom Lee said the team would win – even though he picked its rival last week.', [
      { kind: 'indirect', text: 'the team would win', speaker: 'Tom Lee', cue: 'said' },
    ]],
    ['X said C -- but …: the same after a double hyphen', 'Anna Berg said the budget was balanced -- but the auditors found a gap in May.', [
      { kind: 'indirect', text: 'the budget was balanced', speaker: 'Anna Berg', cue: 'said' },
    ]],
    ['X admitted that A -- even on …-- B: a dash pair around an aside stays in the content', 'The mayor admitted that the budget -- even on a generous reading -- would not be enough.', [
      { kind: 'indirect', text: 'the budget -- even on a generous reading -- would not be enough', speaker: 'the mayor', cue: 'admitted' },
    ]],
    ['…, one that …: a closing apposition with a pronoun head is the writer’s comment', 'Tom Reyes said there is a long debate ahead on the plan, one that will split the council.', [
      { kind: 'indirect', text: 'there is a long debate ahead on the plan', speaker: 'Tom Reyes', cue: 'said' },
    ]],
  ]);
});

describe('an aside inside the subject of the content', () => {
  table([
    ['X said that NP, who …, VERB: a relative aside before the content’s verb stays', 'The auditor said that the mayor, who chairs the transit board, had ignored the warnings.', [
      { kind: 'indirect', text: 'the mayor, who chairs the transit board, had ignored the warnings', speaker: 'the auditor', cue: 'said' },
    ]],
    ['X warned that NP, even as …, had …: an adverbial aside before the verb stays', 'Anna Berg warned that the council, even as a caretaker body, had raised fares twice.', [
      { kind: 'indirect', text: 'the council, even as a caretaker body, had raised fares twice', speaker: 'Anna Berg', cue: 'warned' },
    ]],
    ['X says NP, while …, was …: a bare clause after "says" keeps its aside', 'Tom Lee says the flood, while costly, was handled well by the city.', [
      { kind: 'indirect', text: 'the flood, while costly, was handled well by the city', speaker: 'Tom Lee', cue: 'says' },
    ]],
    ['X said that NP, NAME, VERB-ed: an apposition before the verb stays', 'The report said that the head of the port, Ella Moss, approved the contract.', [
      { kind: 'indirect', text: 'the head of the port, Ella Moss, approved the contract', cue: 'said' },
    ]],
  ]);
});

describe('an object that runs on over its examples', () => {
  table([
    ['X supported NP, including …: the examples after "including" belong to the object', 'The senator supported a ban on most forms of gambling, including games played online.', [
      { kind: 'indirect', text: 'a ban on most forms of gambling, including games played online', speaker: 'the senator', cue: 'supported' },
    ]],
    ['X cited NP, including …: the same after a verb of speaking of something', 'Organisers cited several reasons for the small crowd, including the cold and the early hour.', [
      { kind: 'indirect', text: 'several reasons for the small crowd, including the cold and the early hour', speaker: 'Organisers', cue: 'cited' },
    ]],
    ['X proposed NP that would …: a relative clause of the object runs on over its verb', 'The governor proposed a new law that would cap the rent of small shops.', [
      { kind: 'indirect', text: 'a new law that would cap the rent of small shops', speaker: 'the governor', cue: 'proposed' },
    ]],
    ['X supports NP such as …: an object runs on over "such as"', 'The mayor supports new taxes on imports from countries such as Peru and Chile.', [
      { kind: 'indirect', text: 'new taxes on imports from countries such as Peru and Chile', speaker: 'the mayor', cue: 'supports' },
    ]],
    ['X supports NP as a …: a role of the object runs on with it', 'The council supports the new levy as a way to fund the parks.', [
      { kind: 'indirect', text: 'the new levy as a way to fund the parks', speaker: 'council', cue: 'supports' },
    ]],
    ['X opposes NP as well as NP: an object runs on over "as well as"', 'Anna Berg opposes the new toll as well as the higher fee for parking.', [
      { kind: 'indirect', text: 'the new toll as well as the higher fee for parking', speaker: 'Anna Berg', cue: 'opposes' },
    ]],
  ]);
});

describe('a concession with no clause of its own stays in the content', () => {
  table([
    ['X said C, even PREP …: a concession opened by a preposition qualifies the content', 'The mayor said the new bonuses could be justified, even during a deep recession.', [
      { kind: 'indirect', text: 'the new bonuses could be justified, even during a deep recession', speaker: 'the mayor', cue: 'said' },
    ]],
    ['X said C, though not …: an elided concession qualifies the content', 'Tom Lee said he backs the plan, though not its cost.', [
      { kind: 'indirect', text: 'he backs the plan, though not its cost', speaker: 'Tom Lee', cue: 'said' },
    ]],
    ['X said C, even if CLAUSE: a condition with "even if" bounds the claim and stays in it', 'Tom Lee said he can still win the race, even if he loses Ohio.', [
      { kind: 'indirect', text: 'he can still win the race, even if he loses Ohio', speaker: 'Tom Lee', cue: 'said' },
    ]],
    ['X said C, even though CLAUSE: a concession without a cue stays the speaker’s (shortcontent.test.ts)', 'Anna Berg said the tax is fair, even though most voters dislike it.', [
      { kind: 'indirect', text: 'the tax is fair, even though most voters dislike it', speaker: 'Anna Berg', cue: 'said' },
    ]],
  ]);
});

describe('"but also" adds to the content', () => {
  table([
    ['X said C not only A, but also B: the addition stays in the content', 'The mayor said the threats came not only from gangs, but also from people in power.', [
      { kind: 'indirect', text: 'the threats came not only from gangs, but also from people in power', speaker: 'the mayor', cue: 'said' },
    ]],
    ['X says C “Q,” but also …: after quoted words too', 'Anna Berg says voters are “right to be angry,” but also hungry for what she calls “real answers.”', [
      { kind: 'partial', text: 'voters are “right to be angry,” but also hungry for what she calls “real answers.”', speaker: 'Anna Berg', cue: 'says' },
    ]],
    ['X opposes NP, but also NP: an object runs on over "but also"', 'Anna Berg opposes the new toll, but also the fee for parking.', [
      { kind: 'indirect', text: 'the new toll, but also the fee for parking', speaker: 'Anna Berg', cue: 'opposes' },
    ]],
    ['X praised A, but also urged B: "but also" before a second act still ends the first', 'Tom Lee praised the plan on Monday, but also urged the council to delay it.', [
      { kind: 'indirect', text: 'the plan on Monday', speaker: 'Tom Lee', cue: 'praised' },
      { kind: 'indirect', text: 'the council to delay it', speaker: 'Tom Lee', cue: 'urged' },
    ]],
  ]);
});

describe('a hedged consequence stays in the content', () => {
  table([
    ['X said C, possibly V-ing …: a hedge before a participle does not hand over to the writer', 'Tom Lee said the scandal is hurting the hotels, possibly giving the city a legal case.', [
      { kind: 'indirect', text: 'the scandal is hurting the hotels, possibly giving the city a legal case', speaker: 'Tom Lee', cue: 'said' },
    ]],
  ]);
});

describe('the subject’s next act after an object or an infinitive', () => {
  table([
    ['X denied OBJ and accused …: a coordinated past tense is a second act', 'The mayor denied the charges and accused her rival of lying.', [
      { kind: 'indirect', text: 'the charges', speaker: 'the mayor', cue: 'denied' },
    ]],
    ['X vowed to V and celebrated …: the infinitive ends before the next act', 'Anna Berg vowed to keep the clinic open and celebrated the ruling on Monday.', [
      { kind: 'indirect', text: 'to keep the clinic open', speaker: 'Anna Berg', cue: 'vowed' },
    ]],
    ['X urged OBJ to V and tried to …: the same after an object and its infinitive', 'The senator urged the party to unite behind him and tried to calm his donors.', [
      { kind: 'indirect', text: 'the party to unite behind him', speaker: 'the senator', cue: 'urged' },
    ]],
    ['X praised OBJ in an interview: the occasion of speaking after an object is the writer’s frame', 'The mayor praised the new budget in an interview on Monday.', [
      { kind: 'indirect', text: 'the new budget', speaker: 'the mayor', cue: 'praised' },
    ]],
    ['X encouraged OBJ at a rally to V: the occasion between an addressee and its infinitive stays', 'Anna Berg encouraged her supporters at a rally to vote early.', [
      { kind: 'indirect', text: 'her supporters at a rally to vote early', speaker: 'Anna Berg', cue: 'encouraged' },
    ]],
    ['X said S V in a statement: a clause content keeps the occasion', 'The senator said the vote was close in a statement.', [
      { kind: 'indirect', text: 'the vote was close in a statement', speaker: 'the senator', cue: 'said' },
    ]],
    ['X praised OBJ as he V-ed …: a time clause after an object content is the writer’s', 'The governor praised the volunteers as he toured the flooded town.', [
      { kind: 'indirect', text: 'the volunteers', speaker: 'the governor', cue: 'praised' },
    ]],
    ['X urged OBJ to V, but NP were …: a clause with its own subject after an object content is the writer’s', 'The coach urged the fans to stay calm, but many of them were already on the field.', [
      { kind: 'indirect', text: 'the fans to stay calm', speaker: 'the coach', cue: 'urged' },
    ]],
    ['X said S V, and S2 V2: a clause content is left as it was', 'Anna Berg said the port would reopen, and the ferries would run again.', [
      { kind: 'indirect', text: 'the port would reopen, and the ferries would run again', speaker: 'Anna Berg', cue: 'said' },
    ]],
    ['X said S V-ed A and has …: a clause content keeps its second verb', 'Tom Lee said the town needed a bridge and had asked for one twice.', [
      { kind: 'indirect', text: 'the town needed a bridge and had asked for one twice', speaker: 'Tom Lee', cue: 'said' },
    ]],
  ]);
});
