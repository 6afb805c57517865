/**
 * Helpers added for speed (output unchanged): the capitalised word right
 * before a position (what /(\p{Lu}\p{Ll}+)X/u captures before an X there), and
 * the test that a Markdown body holds nothing but paragraph lines, so that
 * segmentation can skip the Markdown parse. Every text here was written for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import { capitalisedWordBefore } from '../../../src/analysis/statements/organisations.ts';
import { plainParagraphs, segmentParagraphs } from '../../../src/analysis/segment.ts';

describe('capitalisedWordBefore', () => {
  const rows: [name: string, text: string, end: number, expected: string | null][] = [
    ['a first name before a surname', 'Ilsa Varnow spoke.', 4, 'Ilsa'],
    ['the capital nearest the space ("Kay" in "McKay")', 'McKay Varnow spoke.', 5, 'Kay'],
    ['lower-case letters only: none', 'said Varnow', 4, null],
    ['a capital alone: none', 'A Varnow', 1, null],
    ['an upper-case run: none', 'ABC Varnow', 3, null],
    ['at the start of the text', 'Ilsa', 4, 'Ilsa'],
    ['nothing before the position', 'Ilsa', 0, null],
    ['a digit before the letters: none', '9ilsa Varnow', 5, null],
    ['accented letters', 'Élodie Varnow', 6, 'Élodie'],
    ['a letter outside the basic plane', 'x\u{1D400}\u{1D41A}\u{1D41B} Varnow', 7, '\u{1D400}\u{1D41A}\u{1D41B}'],
    ['a word ending in a mark: none', 'Ilsa. Varnow', 5, null],
  ];
  for (const [name, text, end, expected] of rows) {
    it(name, () => {
      expect(capitalisedWordBefore(text, end)).toBe(expected);
      // the same answer as the regular expression it stands for
      const m = /(\p{Lu}\p{Ll}+)$/u.exec(text.slice(0, end));
      expect(capitalisedWordBefore(text, end)).toBe(m ? m[1] : null);
    });
  }
});

describe('plainParagraphs', () => {
  const rows: [name: string, body: string, plain: boolean][] = [
    ['running text, one paragraph a line', 'Ilsa Varnow opened the bakery.\nShe said the ovens were new.', true],
    ['hyphens, stars and numbers inside lines', 'Sales rose 4.5% - a record.\nThe 2019 figure was *lower*.', true],
    ['a heading', '# Bakery news\nIlsa Varnow opened it.', false],
    ['a heading later in the text', 'Ilsa Varnow opened it.\n## More', false],
    ['an underline under a line (a heading)', 'Bakery news\n===', false],
    ['a thematic break', 'One.\n***\nTwo.', false],
    ['a list item', 'One.\n- two', false],
    ['a numbered list item', 'One.\n1. two', false],
    ['a numbered list item with a bracket', 'One.\n2) two', false],
    ['a quotation block', '> quoted', false],
    ['a fenced code block', '```\ncode\n```', false],
    ['an indented line', 'One.\n    code', false],
    ['a tab before a line', 'One.\n\tcode', false],
    ['a link definition', '[a]: https://example.org', false],
    ['HTML anywhere', 'Ilsa said <b>yes</b>.', false],
    ['a carriage return', 'One.\r# Two', false],
  ];
  for (const [name, body, plain] of rows) it(name, () => expect(plainParagraphs(body)).toBe(plain));

  it('a plain body and the same body with a heading segment alike around it', () => {
    const plain = 'Ilsa Varnow opened the bakery.\nShe said the ovens were new.';
    expect(segmentParagraphs(plain).map((p) => p.text)).toEqual(['Ilsa Varnow opened the bakery.', 'She said the ovens were new.']);
    expect(segmentParagraphs(`# Bakery news\n${plain}`).map((p) => p.text)).toEqual(['Ilsa Varnow opened the bakery.', 'She said the ovens were new.']);
  });
});
