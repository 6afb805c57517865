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
