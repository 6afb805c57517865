/**
 * Statements whose content comes before the attribution, relative clauses
 * with the speaker inside them, and attributions inside the content. Every
 * text here was written for these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('an attribution after the content, closed by a semicolon or a dash', () => {
  table([
    ['C1, X said; C2 (the content goes on after the semicolon)', 'The ferry will stop running in March, the harbour board said; the bridge will take its traffic from April.', [
      { kind: 'indirect', text: 'The ferry will stop running in March … the bridge will take its traffic from April', mention: 'the harbour board', cue: 'said' },
    ]],
    ['C, X reported on DAY — an aside of the writer', 'Rail fares will rise by a tenth next year, the transport office reported on Monday — a blow to commuters in the suburbs.', [
      { kind: 'indirect', text: 'Rail fares will rise by a tenth next year', mention: 'the transport office', cue: 'reported' },
    ]],
    ['A — C, X believe — B (the attribution closes a dash-set aside)', 'The puzzle for the council is not whether the mayor resigns — she will stay until the spring, her allies believe — but who runs the budget.', [
      { kind: 'indirect', text: 'she will stay until the spring', mention: 'her allies', cue: 'believe' },
    ]],
    ['A - “Q,” X said - B (hyphens as dashes)', 'Neither farmer liked the plan - "Too little, too late," Hal Dunmore said - but both signed it.', [
      { kind: 'direct', text: 'Too little, too late,', speaker: 'Hal Dunmore', cue: 'said' },
    ]],
  ]);
});

describe('a relative pronoun as the subject of the reported clause', () => {
  table([
    ['NOUN that X said VERB …', 'The mayor came second, a result that she said showed the strength of her campaign.', [
      { kind: 'indirect', text: 'that … showed the strength of her campaign', mention: 'she', cue: 'said' },
    ]],
    ['what X said was …', 'The delay came from what its engineers said was a shortage of steel.', [
      { kind: 'indirect', text: 'what … was a shortage of steel', mention: 'its engineers', cue: 'said' },
    ]],
    ['what X believes is … (a verb of thought)', 'The governor spoke at length about what he believes is the greatest risk to the harbour.', [
      { kind: 'indirect', text: 'what … is the greatest risk to the harbour', mention: 'he', cue: 'believes' },
    ]],
    [', which X believes will … (a verb of thought)', 'The council plans a new tunnel, which the treasurer believes will cost four billion dollars.', [
      { kind: 'indirect', text: 'which … will cost four billion dollars', mention: 'the treasurer', cue: 'believes' },
    ]],
    ['what X said was …, but CLAUSE (the relative ends before a coordinated clause)', 'The deal was what its backers said was a fair price for the land, but the council still voted it down.', [
      { kind: 'indirect', text: 'what … was a fair price for the land', mention: 'its backers', cue: 'said' },
    ]],
    ['NOUN who X say VERB … and who … (the relative ends before a second one)', 'Police arrested a man who witnesses say was driving the van and who later fled on foot.', [
      { kind: 'indirect', text: 'who … was driving the van', mention: 'witnesses', cue: 'say' },
    ]],
    [', a NOUN X says VERB … (a bare relative: the noun joins the content, X speaks)', 'Drivers will soon pay a new toll, a measure the governor says would cut traffic downtown.', [
      { kind: 'indirect', text: 'a measure … would cut traffic downtown', mention: 'the governor', cue: 'says' },
    ]],
    ['NOUN that X thinks VERB: no statement (the noun is as often the thinker’s own matter)', 'The union left the table over an offer that the manager thinks would end the strike.', []],
  ]);
});
