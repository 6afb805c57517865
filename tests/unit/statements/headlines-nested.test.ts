/**
 * Statement extraction: headlines (paragraph 1, often in title case) and
 * statements next to or inside the content of another. Every text here was
 * written for these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('a coordinated clause with its own subject and reporting verb ends the content before it', () => {
  table([
    ['…, and N in 10 said C', 'Most of the tenants said they were worried about rents, and more than 4 in 10 said the landlord should sell.', [
      { kind: 'indirect', text: 'they were worried about rents', mention: 'Most of the tenants' },
      { kind: 'indirect', text: 'the landlord should sell', mention: 'more than 4 in 10', cue: 'said' },
    ]],
    ['…, but six in 10 said C', 'Ada Marsh said the levy was fair, but six in 10 said they want the council to drop it.', [
      { kind: 'indirect', text: 'the levy was fair', mention: 'Ada Marsh' },
      { kind: 'indirect', text: 'they want the council to drop it', mention: 'six in 10' },
    ]],
    ['…, while N percent of X say C (a bare verb after a plural subject)', 'About 70 percent of farmers say the new rules are too strict, while only 30 percent of traders say the same of the tariff.', [
      { kind: 'indirect', text: 'the new rules are too strict', mention: '70 percent of farmers' },
      { kind: 'indirect', text: 'the same of the tariff', mention: 'only 30 percent of traders', cue: 'say' },
    ]],
    ['one out of five said C', 'The survey was small, and one out of five said the park should close.', [
      { kind: 'indirect', text: 'the park should close', mention: 'one out of five' },
    ]],
    // a proportion with a noun after it: the whole share of people is the mention
    ['N in 10 voters want C: the share of voters is the mention', 'Only about 4 in 10 voters in each county want the bridge to be rebuilt.', [
      { kind: 'indirect', text: 'the bridge to be rebuilt', mention: '4 in 10 voters in each county' },
    ]],
    // negative: a bare verb after a singular subject is no new report
    ['…, and the mayor say …: no agreement, no new report', 'Ada Marsh said the levy was fair, and the town say nothing about it.', [
      { kind: 'indirect', text: 'the levy was fair, and the town say nothing about it', mention: 'Ada Marsh' },
    ]],
  ]);
});

describe('a second report joined by "and" or a dash ends the content before it', () => {
  table([
    ['… and others have said C', 'Most tenants said the rent was fair and others have said they want a new landlord.', [
      { kind: 'indirect', text: 'the rent was fair', mention: 'Most tenants' },
      { kind: 'indirect', text: 'they want a new landlord', mention: 'others', cue: 'said' },
    ]],
    ['… and one in four said C (no comma)', 'One in three said the council ignores the harbor and one in four said the council was hostile to fishermen.', [
      { kind: 'indirect', text: 'the council ignores the harbor', mention: 'One in three' },
      { kind: 'indirect', text: 'the council was hostile to fishermen', mention: 'one in four' },
    ]],
    ['… and the captain said C', 'Tom Park said the ferry was late and the captain said the storm had closed the port.', [
      { kind: 'indirect', text: 'the ferry was late', mention: 'Tom Park' },
      { kind: 'indirect', text: 'the storm had closed the port', mention: 'the captain' },
    ]],
    ['… — others say C', 'Some neighbours say the mayor looks tired — others say he has never been healthier.', [
      { kind: 'indirect', text: 'the mayor looks tired', mention: 'Some neighbours' },
      { kind: 'indirect', text: 'he has never been healthier', mention: 'others', cue: 'say' },
    ]],
    ['… while N and M suggested C (no comma): a contrasting report', 'Lee said the plan was fair while Ann Marsh and Tom Park suggested it was not.', [
      { kind: 'indirect', text: 'the plan was fair', mention: 'Lee' },
      { kind: 'indirect', text: 'it was not', mention: 'Ann Marsh and Tom Park', cue: 'suggested' },
    ]],
    // negative: "while" with no new subject and cue is part of the content
    ['… while cutting costs: no new report', 'Lee said the plan would raise wages while cutting costs for small shops.', [
      { kind: 'indirect', text: 'the plan would raise wages while cutting costs for small shops', mention: 'Lee' },
    ]],
    // negative: a noun with a contact relative clause ("the respect they show") is no new subject
    ['… the respect they show …: a relative clause, no new report', 'The aides say the warmth and respect they show the mayor helps him.', [
      { kind: 'indirect', text: 'the warmth and respect they show the mayor helps him', mention: 'The aides' },
    ]],
    // negative: "sometimes called" names the noun before it
    ['… and the practice sometimes called X: a naming participle, no new report', 'Ann Lee said the bill bans the practice and the procedure sometimes called dry dredging.', [
      { kind: 'indirect', text: 'the bill bans the practice and the procedure sometimes called dry dredging', mention: 'Ann Lee' },
    ]],
  ]);
});

describe('verbs of judgement: the object and its coordinated verbs', () => {
  table([
    ['X slams Y over Z: the reason adjunct is the writer’s frame', 'The senator slammed the governor over the bridge tolls.', [
      { kind: 'indirect', text: 'the governor', mention: 'The senator', cue: 'slammed' },
    ]],
    ['X defended Y during Z: a time adjunct ends the object', 'Ada Marsh defended the new budget during a long hearing.', [
      { kind: 'indirect', text: 'the new budget', mention: 'Ada Marsh', cue: 'defended' },
    ]],
    ['X praised Y: a one-word object is reported', 'The union praised Lee.', [
      { kind: 'indirect', text: 'Lee', mention: 'The union', cue: 'praised' },
    ]],
    ['X chides Y and praises Z: two statements of one subject', 'The mayor chides the council and praises the police.', [
      { kind: 'indirect', text: 'the council', mention: 'The mayor', cue: 'chides' },
      { kind: 'indirect', text: 'the police', cue: 'praises' },
    ]],
    // negative: with "for" or "of" the charge belongs to the object
    ['X blamed Y for Z after W: the charge is kept', 'Ada Marsh blamed the council for the delays after the storm.', [
      { kind: 'indirect', text: 'the council for the delays after the storm', mention: 'Ada Marsh' },
    ]],
    // negative: an object with quoted words keeps its adjunct
    ['X described Y during Z as “Q”: the quoted words are kept', 'Ada Marsh described the plan during an interview as “a fraud.”', [
      { kind: 'partial', text: 'the plan during an interview as “a fraud.”', mention: 'Ada Marsh' },
    ]],
  ]);
});

describe('title-case headlines (paragraph 1)', () => {
  table([
    ['Name Verbs Y And Verbs Z: two statements', 'Governor Backs Lee And Denounces Park\n\nBody text follows here.', [
      { kind: 'indirect', text: 'Lee', mention: 'Governor', cue: 'Backs' },
      { kind: 'indirect', text: 'Park', cue: 'Denounces' },
    ]],
    ['Name Slams Y Over Z', 'Mayor Ann Lee Slams Council Over Budget Vote\n\nBody text follows here.', [
      { kind: 'indirect', text: 'Council', mention: 'Mayor Ann Lee', cue: 'Slams' },
    ]],
    ['Name Endorses Name: a stance verb marks a title-case headline', 'Retired Judge Ann Lee Endorses Tom Park\n\nBody text follows here.', [
      { kind: 'indirect', text: 'Tom Park', mention: 'Retired Judge Ann Lee', cue: 'Endorses' },
    ]],
    // negative: a lede full of names with no verb in title case is no headline reading
    ['a name-only line is no title-case headline', 'Springfield Harbor Festival Returns\n\nBody text follows here.', []],
    // negative: coordinated names before the verb stay one subject
    ['Name And Name Say C: one coordinated subject', 'Lee And Park Say The Budget Will Fail\n\nBody text follows here.', [
      { kind: 'indirect', text: 'The Budget Will Fail', mention: 'Lee And Park', cue: 'Say' },
    ]],
  ]);
});

describe('headline forms: Subject Verb-s Content (paragraph 1, no "that")', () => {
  table([
    ['Plural subject + base form of a verb of judgement: the object', 'Harbor workers blast new port fees.\n\nBody text follows here.', [
      { kind: 'indirect', text: 'new port fees', mention: 'Harbor workers', cue: 'blast' },
    ]],
    ['Name Refuses To V: the infinitive', 'Mayor Ann Lee Refuses To Sign The Harbor Deal\n\nBody text follows here.', [
      { kind: 'indirect', text: 'To Sign The Harbor Deal', mention: 'Mayor Ann Lee', cue: 'Refuses' },
    ]],
    ['Name demands Y V: the rest of the headline', 'Ann Lee demands council rethink the ferry sale.\n\nBody text follows here.', [
      { kind: 'indirect', text: 'council rethink the ferry sale', mention: 'Ann Lee', cue: 'demands' },
    ]],
    ['X to V Y: a headline future', 'Teachers union to endorse Ann Lee.\n\nBody text follows here.', [
      { kind: 'indirect', text: 'Ann Lee', mention: 'Teachers union', cue: 'endorse' },
    ]],
    ['Kicker: Name Vows To V – aside: the content ends at the dash', 'The Update: Ann Lee Vows To Keep The Ferry Running – Rivals Scoff\n\nBody text follows here.', [
      { kind: 'indirect', text: 'To Keep The Ferry Running', mention: 'Ann Lee', cue: 'Vows' },
    ]],
    ['Name: ‘Q’ is a direct quotation', 'Ann Lee: ‘We Will Not Sell The Ferry’\n\nBody text follows here.', [
      { kind: 'direct', text: 'We Will Not Sell The Ferry', mention: 'Ann Lee', cue: ':' },
    ]],
    ['Name Says C, Calls Y ‘Q’: two acts of the subject', 'Ann Lee Says The Port Will Close, Calls The Plan ‘A Disgrace’\n\nBody text follows here.', [
      { kind: 'indirect', text: 'The Port Will Close', mention: 'Ann Lee', cue: 'Says' },
      { kind: 'partial', text: 'The Plan ‘A Disgrace’', mention: 'Ann Lee', cue: 'Calls' },
    ]],
    ['Name chides Y, praises Z: two acts of the subject', 'Ann Lee chides the council, praises the port workers.\n\nBody text follows here.', [
      { kind: 'indirect', text: 'the council', mention: 'Ann Lee', cue: 'chides' },
      { kind: 'indirect', text: 'the port workers', mention: 'Ann Lee', cue: 'praises' },
    ]],
    // negative: a verb that reports only in a construction of its own ("takes a swipe at") names an act here
    ['Name takes Y: no statement', 'Ann Lee takes the harbor race.\n\nBody text follows here.', []],
    // negative: after a quantity the word is a noun ("More Votes")
    ['… More Votes …: a noun, no verb', 'Fishermen Got More Votes In The Port Than Ann Lee\n\nBody text follows here.', []],
  ]);
});

describe('headline colon lines: a kicker before the colon is no speaker', () => {
  table([
    ['Name: claim', 'Ann Lee: The Budget Plan Will Fail\n\nBody text follows here.', [
      { kind: 'indirect', text: 'The Budget Plan Will Fail', mention: 'Ann Lee', cue: ':' },
    ]],
    ['Name group: claim (a headline writes the group in lower case)', 'Harbor camp: the ferry plan threatens jobs.\n\nBody text follows here.', [
      { kind: 'indirect', text: 'the ferry plan threatens jobs', mention: 'Harbor camp', cue: ':' },
    ]],
    ['Name on Topic: claim: the name before "on" speaks', 'Ann Lee on Ferry: The Port Must Stay Open\n\nBody text follows here.', [
      { kind: 'indirect', text: 'The Port Must Stay Open', mention: 'Ann Lee', cue: ':' },
    ]],
    ['Name on Topic: ‘Q’: a direct quotation', 'Ann Lee on Ferry Plan: ‘It Will Not Happen’\n\nBody text follows here.', [
      { kind: 'direct', text: 'It Will Not Happen', mention: 'Ann Lee', cue: ':' },
    ]],
    ['Name Verbs Y: ‘Q’: the subject of the verb speaks the quotation', 'Ann Lee Slams Council: ‘They Failed Us’\n\nBody text follows here.', [
      { kind: 'direct', text: 'They Failed Us', mention: 'Ann Lee', cue: ':' },
    ]],
    // negative: lower-case function words before the colon make a phrase, not a speaker
    ['Phrase no more: …', 'Spoiler no more: Lee ends bid.\n\nBody text follows here.', []],
    ['Wow: …', 'Wow: Mayor Said Something Odd About The Budget\n\nBody text follows here.', []],
    ['Weekly Update: …', 'Weekly Update: The latest count in the council race\n\nBody text follows here.', []],
    ['Deal Is Done: …', 'DEAL IS DONE: Council Moves The Vote Again\n\nBody text follows here.', []],
  ]);
});

describe('a possessed stance noun as the object of a verb that reports or judges a stance is reported whole', () => {
  table([
    ['reaffirmed their opposition to C', 'The two council members reaffirmed their opposition to the harbour tax.', [
      { kind: 'indirect', text: 'their opposition to the harbour tax', cue: 'opposition' },
    ]],
    ['cheered Name’s attacks on C', 'The crowd cheered Ada Marsh’s attacks on the ferry company.', [
      { kind: 'indirect', text: 'Ada Marsh’s attacks on the ferry company', mention: 'Ada Marsh’s' },
    ]],
    ['continued to affirm her support for C', 'The union continued to affirm its support for the night-shift plan.', [
      { kind: 'indirect', text: 'its support for the night-shift plan', cue: 'support' },
    ]],
    // negative: after a verb that only voices the stance, the noun is part of the act and the object is what was said
    ['offered his thoughts on C: only the object', 'Tom Reeve offered his thoughts on the ferry ruling.', [
      { kind: 'indirect', text: 'the ferry ruling', cue: 'thoughts' },
    ]],
  ]);
});
