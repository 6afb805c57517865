/**
 * Precision (fpclean): verbs in a sense that reports nothing ("known as", "linked arms", "said them",
 * "precincts reporting") and speaker phrases that swallowed a negated auxiliary or a degree word.
 * Every text here was written for these tests.
 */
import { describe } from 'vitest';
import { table } from './table.ts';

describe('“known as/for” names or describes; it reports nothing', () => {
  table([
    ['NP, AGE, known online as “NAME,” was charged', 'Dara Vell, 38, known online as "Moth," was charged last spring with fraud at the port.', []],
    ['a fund long known for ties to X', 'The biggest owner is Kettle Brook, a fund long known for ties to the old mill families.', []],
    ['X have known for Y that C: an active perfect is still a belief', 'Farmers in Marbury have known for a decade that the levee was too low.', [
      { kind: 'indirect', text: 'the levee was too low', cue: 'known' },
    ]],
  ]);
});

describe('a gesture with a part of the body', () => {
  table([
    ['students who had linked arms', 'The march on Friday drew a man in a red cap and a row of students in green scarves who had linked arms.', []],
    ['the two mayors shook hands', 'After the talks in Pellin, the two mayors shook hands outside the hall.', []],
    ['X linked the plan to Y: still a report', 'Nora Quist linked the tax plan to the rise in rents.', [
      { kind: 'indirect', text: 'the tax plan to the rise in rents', speaker: 'Nora Quist' },
    ]],
  ]);
});

describe('“said them”: a pronoun object repeats words already reported', () => {
  table([
    ['hours after he said them, though not before …', 'Mayor Ollen Drax tried to take back his remarks hours after he said them, though not before the council had voted.', []],
    ['he said it was late: a clause, still a report', 'Ollen Drax said it was late.', [
      { kind: 'indirect', text: 'it was late', speaker: 'Ollen Drax' },
    ]],
  ]);
});

describe('election-night “precincts reporting”', () => {
  table([
    ['with all X precincts reporting, the seat …', 'With all Harlow precincts reporting, the council seat remained too close to call.', []],
    ['with 90 percent of the precincts reporting', 'With 90 percent of the county’s precincts reporting, the clerk race in Dunmore was still tied late Tuesday.', []],
    ['the paper reporting that C: still a report', 'The vote drew notice, with the Harlow Courier reporting that turnout had doubled.', [
      { kind: 'indirect', text: 'turnout had doubled', cue: 'reporting' },
    ]],
  ]);
});

describe('the speaker phrase ends before a negated auxiliary or a degree word', () => {
  table([
    ['that the agency isn’t recommending X', 'Few lawyers in Tarn were shocked that the tax agency isn’t recommending fines for the two brothers.', [
      { kind: 'indirect', text: 'fines for the two brothers', mention: 'the tax agency', cue: 'isn’t recommending' },
    ]],
    ['X don\'t want C (straight apostrophe)', "Members of the Pellin council don't want the bridge closed again.", [
      { kind: 'indirect', text: 'the bridge closed again', mention: 'Members of the Pellin council', cue: "don't want" },
    ]],
    ['X don’t believe C (curly apostrophe)', 'Members of the Pellin council don’t believe the bridge is safe.', [
      { kind: 'indirect', text: 'the bridge is safe', mention: 'Members of the Pellin council', cue: 'don’t believe' },
    ]],
    ['X almost universally say that C', 'Farmers who grow corn in the valley almost universally say that the rains came too late.', [
      { kind: 'indirect', text: 'the rains came too late', mention: 'Farmers who grow corn in the valley', cue: 'say' },
    ]],
  ]);
});

describe('a content that is only a span of time', () => {
  table([
    ['a cause she has pushed for months', 'It is a cause that Mayor Lina Ortt has pushed for months, but she was armed with new numbers this week.', []],
    ['X was endorsed the day before by Y', 'Lina Ortt got endorsed the day before by the teachers of Brell County.', []],
    ['X said C about days: still a report', 'Lina Ortt said the count would take three days.', [
      { kind: 'indirect', text: 'the count would take three days', speaker: 'Lina Ortt' },
    ]],
  ]);
});

describe('“that seems ADJ” in a relative clause describes its noun', () => {
  table([
    ['a tax code that seems rigged against renters', 'Many tenants in Vosk resent a tax code that seems rigged against renters.', []],
    ['a goal that seemed out of reach last spring', 'The league finally reached a goal that seemed out of reach last spring.', []],
  ]);
});
