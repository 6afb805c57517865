/**
 * The pure conversion: raw scraped text → article file (src/analysis/importer.ts).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import { ArticleFileError, parseArticleFile } from '../../../src/analysis/article-file.ts';
import {
  escapeParagraph,
  importRawArticle,
  isCalendarDate,
  isSubheadingShaped,
  slugFromHeadline,
} from '../../../src/analysis/importer.ts';
import { segmentParagraphs } from '../../../src/analysis/segment.ts';

const raw = (...lines: string[]) => lines.join('\n');

function caught(fn: () => unknown): ArticleFileError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ArticleFileError) return e;
    throw e;
  }
  throw new Error('expected an ArticleFileError');
}

describe('header', () => {
  it.each([
    ['plain', 'date 2024-05-01 Council approves budget', '2024-05-01', 'Council approves budget'],
    ['leading space, trailing full stop', ' date 2025-02-10 Kremlin officials poker-faced on talks.', '2025-02-10', 'Kremlin officials poker-faced on talks'],
    ['keeps ? and !', 'date 2024-05-01 Will the council approve the budget?', '2024-05-01', 'Will the council approve the budget?'],
    ['keeps …', 'date 2024-05-01 And then…', '2024-05-01', 'And then…'],
    ['keeps U.S.', 'date 2024-05-01 Talks with the U.S.', '2024-05-01', 'Talks with the U.S.'],
    ['upper-case keyword, extra spaces, CRLF', 'DATE  2024-02-29   Leap   day  story\r', '2024-02-29', 'Leap day story'],
    ['BOM and blank lines before', '\uFEFF\n\ndate 2024-05-01 After blanks', '2024-05-01', 'After blanks'],
    ['quotes are kept', 'date 2024-05-01 ‘We will not bend’, says minister', '2024-05-01', '‘We will not bend’, says minister'],
  ])('%s', (_name, header, date, title) => {
    const a = importRawArticle(`${header}\n\nSome text of the article.\n`, 'raw.txt');
    expect(a.article.date).toBe(date);
    expect(a.article.title).toBe(title);
    expect(a.markdown.startsWith(`---\ntitle: ${JSON.stringify(title)}\ndate: ${date}\n---\n\n`)).toBe(true);
  });

  it.each([
    ['not a date line', 'Council approves budget', 1, 'date', /first line must be "date YYYY-MM-DD Headline"/],
    ['date keyword only', 'date', 1, 'date', /expected a date YYYY-MM-DD/],
    ['short date', 'date 2024-5-1 Council approves budget', 1, 'date', /expected a date YYYY-MM-DD/],
    ['words instead of date', 'date yesterday Council approves budget', 1, 'date', /expected a date/],
    ['February 30', 'date 2025-02-30 Council approves budget', 1, 'date', /not a calendar date/],
    ['February 29 in a common year', 'date 2023-02-29 Council approves budget', 1, 'date', /not a calendar date/],
    ['month 13', 'date 2024-13-01 Council approves budget', 1, 'date', /not a calendar date/],
    ['no headline', 'date 2024-05-01', 1, 'title', /headline after the date is missing/],
    ['headline only a full stop', 'date 2024-05-01 .', 1, 'title', /headline/],
    ['header on line 3 after blanks', '\n\nnot a header', 3, 'date', /first line/],
  ])('error: %s', (_name, header, line, field, msg) => {
    const e = caught(() => importRawArticle(`${header}\n\nSome text.\n`, 'in/bad.txt'));
    expect(e.file).toBe('in/bad.txt');
    expect(e.line).toBe(line);
    expect(e.field).toBe(field);
    expect(e.message).toMatch(msg);
    expect(e.message).toContain(`in/bad.txt:${line}`);
  });

  it.each([
    ['empty file', '', 1, /file is empty/],
    ['header only', 'date 2024-05-01 Headline', 1, /no text after the header/],
    ['only boilerplate', 'date 2024-05-01 Headline\n\nAdvertisement\n\nStory continues below\n', 2, /all 2 line\(s\) after the header are boilerplate/],
  ])('error: empty body, %s', (_name, text, line, msg) => {
    const e = caught(() => importRawArticle(text, 'empty.txt'));
    expect(e.field).toBe(text ? 'body' : 'date');
    expect(e.line).toBe(line);
    expect(e.message).toMatch(msg);
  });

  it.each([
    ['2024-02-29', true],
    ['2023-02-28', true],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2024-04-31', false],
    ['2024-12-31', true],
    ['2024-00-10', false],
    ['2024-01-00', false],
  ])('calendar date %s → %s', (d, ok) => expect(isCalendarDate(d)).toBe(ok));
});

describe('slug', () => {
  it.each([
    ['Kremlin officials poker-faced on US suggestions of progress towards Trump’s goal of swiftly ending conflict', 'kremlin-poker-faced'],
    ['Trump says he will end war in Ukraine', 'trump-end-war'],
    ['Biden, Xi meet in San Francisco', 'biden-xi-meet'],
    ['The Fed raises rates by a quarter point', 'fed-raises-rates'],
    ['Ukraine war: Zelensky urges allies to send more air defences', 'ukraine-war'],
    ['Live: Ukraine war updates', 'ukraine-war'],
    ['NATO chief warns of Russian threat', 'nato-chief-warns'],
    ['Why the U.S. economy is slowing', 'us-economy'],
    ['EU leaders agree €50bn package for Ukraine', 'eu-agree-50bn-package'],
    ['Mayor’s office – a review of the year', 'mayor-office'],
    ['Council approves new budget for schools and roads after long debate', 'council-approves-new-budget'],
    ['Élection présidentielle: résultats', 'election-presidentielle'],
    ['Supercalifragilisticexpialidociousness-overwhelmingly-extraordinarily long', 'supercalifragilisticexpialidociousness'],
  ])('%s → %s', (headline, slug) => {
    expect(slugFromHeadline(headline)).toBe(slug);
  });

  it('falls back to a hash when no word can be transliterated, deterministically', () => {
    const s = slugFromHeadline('Путин заявил');
    expect(s).toMatch(/^article-[0-9a-f]{8}$/);
    expect(slugFromHeadline('Путин заявил')).toBe(s);
    expect(slugFromHeadline('Зеленский заявил')).not.toBe(s);
  });

  it('file name is <date>-<slug>.md; --slug overrides; a bad slug is an error', () => {
    const text = 'date 2024-05-01 Council approves budget\n\nText.';
    expect(importRawArticle(text, 'a.txt').fileName).toBe('2024-05-01-council-approves-budget.md');
    expect(importRawArticle(text, 'a.txt', { slug: 'budget-vote' }).fileName).toBe('2024-05-01-budget-vote.md');
    const e = caught(() => importRawArticle(text, 'a.txt', { slug: 'Budget Vote' }));
    expect(e.field).toBe('slug');
  });
});

describe('body', () => {
  const P1 = 'The council met on Monday to discuss the budget for the coming year.';
  const P2 = 'The mayor said the plan would be published next week, after a vote.';
  const P3 = 'Opposition members said they had not seen the figures.';

  it.each([
    ['title-like line between paragraphs', [P1, 'Budget vote delayed', P2], ['Budget vote delayed']],
    ['quoted title', [P1, '‘I’ve had it’', P2], ['‘I’ve had it’']],
    ['double-quoted title', [P1, '“Not now”', P2], ['“Not now”']],
    ['two subheadings', [P1, 'First part', P2, 'Second part', P3], ['First part', 'Second part']],
    ['numbers are fine', [P1, '2025 in review', P2], ['2025 in review']],
    ['not at the start', ['Budget vote delayed', P1, P2], []],
    ['not the last line', [P1, P2, 'Budget vote delayed'], []],
    ['short sentence with full stop', [P1, 'He declined to comment.', P2], []],
    ['short quote ending in full stop', [P1, '“I can neither confirm nor deny it.”', P2], []],
    ['question', [P1, 'What happens next?', P2], []],
    ['ends with a colon', [P1, 'The figures:', P2], []],
    ['more than 8 words', [P1, 'The council will vote on the budget next week', P2], []],
    ['starts in lower case', [P1, 'and then there were none', P2], []],
    ['run of short lines stays text', [P1, 'Apples', 'Pears', P2], ['Pears']],
    ['boilerplate between does not matter', [P1, 'Advertisement', 'Budget vote delayed', 'Advertisement', P2], ['Budget vote delayed']],
  ])('subheadings: %s', (_name, lines, expected) => {
    const a = importRawArticle(raw('date 2024-05-01 Council budget', '', ...lines.flatMap((l) => [l, ''])), 'a.txt');
    expect(a.subheadings).toEqual(expected);
    const body = parseArticleFile(a.markdown, a.fileName).body;
    for (const s of expected) expect(body).toContain(`\n\n## ${s}\n\n`);
    const headings = (fromMarkdown(body).children as { type: string }[]).filter((n) => n.type === 'heading');
    expect(headings).toHaveLength(expected.length);
  });

  it.each([
    ['Budget vote delayed', true],
    ['‘I’ve had it’', true],
    ['Russia reiterates conditions', true],
    ['A B C D E F G H', true],
    ['A B C D E F G H I', false],
    ['Done.', false],
    ['Done!', false],
    ['“Done.”', false],
    ['Yes. No', false],
    ['lower case', false],
    ['# Hash', false],
    ['Tags <b>', false],
    ['', false],
  ])('isSubheadingShaped(%j) → %s', (line, ok) => expect(isSubheadingShaped(line)).toBe(ok));

  it('drops boilerplate and reports it with raw line numbers', () => {
    const text = raw(
      'date 2024-05-01 Council budget', // 1
      '', // 2
      P1, // 3
      '', // 4
      'Advertisement', // 5
      '', // 6
      P2, // 7
      '  Story continues below advertisement  ', // 8
      'Sponsored content', // 9
      '', // 10
      P3, // 11
    );
    const a = importRawArticle(text, 'a.txt');
    expect(a.dropped).toEqual([
      { line: 5, text: 'Advertisement' },
      { line: 8, text: 'Story continues below advertisement' },
      { line: 9, text: 'Sponsored content' },
    ]);
    expect(parseArticleFile(a.markdown, 'x.md').body).toBe(`${P1}\n\n${P2}\n\n${P3}\n`);
  });

  it('single newlines separate paragraphs too; CRLF and surrounding white space go', () => {
    const a = importRawArticle(`date 2024-05-01 Council budget\r\n${P1}\r\n  ${P2}\t\r\n\r\n\r\n${P3}`, 'a.txt');
    expect(parseArticleFile(a.markdown, 'x.md').body).toBe(`${P1}\n\n${P2}\n\n${P3}\n`);
  });

  it.each([
    ['# not a heading', '\\# not a heading'],
    ['###### six', '\\###### six'],
    ['#hashtag stays', '#hashtag stays'],
    ['> not a quote', '\\> not a quote'],
    ['>not a quote either', '\\>not a quote either'],
    ['- not a list', '\\- not a list'],
    ['+ not a list', '\\+ not a list'],
    ['* not a list', '\\* not a list'],
    ['-5 degrees overnight', '-5 degrees overnight'],
    ['---', '\\---'],
    ['* * *', '\\* * *'],
    ['___', '\\___'],
    ['1. not a list', '1\\. not a list'],
    ['2025) not a list', '2025\\) not a list'],
    ['1.5 million people', '1.5 million people'],
    ['```not code', '\\```not code'],
    ['~~~ not code', '\\~~~ not code'],
    ['[1]: http://example.com', '\\[1]: http://example.com'],
    ['<script>alert(1)</script>', '&lt;script>alert(1)&lt;/script>'],
    ['He wrote <b>bold</b> and <!-- hidden --> text', 'He wrote &lt;b>bold&lt;/b> and &lt;!-- hidden --> text'],
    ['See <https://example.com>', 'See &lt;https://example.com>'],
    ['Inflation < 3% and x<5', 'Inflation < 3% and x<5'],
    ['Ordinary text, with “quotes” — and dashes.', 'Ordinary text, with “quotes” — and dashes.'],
  ])('escapeParagraph(%j)', (input, expected) => expect(escapeParagraph(input)).toBe(expected));

  it('hostile paragraphs stay one text paragraph each', () => {
    const hostile = [
      '<script>alert(1)</script>',
      '# not a heading',
      '1. not a list',
      '- not a list',
      '> not a quote',
      '---',
      '[x]: http://example.com',
      '<div onclick="x()">click</div>',
      '```',
    ];
    const a = importRawArticle(raw('date 2024-05-01 Hostile input', '', ...hostile.flatMap((l) => [l, ''])), 'h.txt');
    const body = parseArticleFile(a.markdown, 'h.md').body;
    const tree = fromMarkdown(body) as { children: { type: string }[] };
    expect(tree.children.map((n) => n.type)).toEqual(hostile.map(() => 'paragraph'));
    expect(body).not.toContain('<script');
    expect(segmentParagraphs(body)).toHaveLength(hostile.length);
    expect(a.subheadings).toEqual([]);
  });

  it('ordinary text is copied unchanged: every line is found verbatim in the body', () => {
    const lines = [
      'The minister said: “We will not bend.” Talks resume on 3 March, she added.',
      'Prices rose 4.5% in 2024 – the highest since 1990 – officials said (Reuters).',
      'Q&A: what happens next?',
    ];
    const a = importRawArticle(raw('date 2024-05-01 Prices', '', ...lines.flatMap((l) => [l, ''])), 'a.txt');
    const body = parseArticleFile(a.markdown, 'a.md').body;
    const paragraphs = segmentParagraphs(body);
    expect(paragraphs.map((p) => p.text)).toEqual(lines);
    for (const p of paragraphs) expect(body.slice(p.start, p.end)).toBe(p.text);
  });

  it('subheading text is escaped for HTML and a closing # sequence', () => {
    const a = importRawArticle(raw('date 2024-05-01 Vote', '', P1, '', 'We are number #', '', P2), 'a.txt');
    // isSubheadingShaped refuses "#": the line stays a paragraph, unescaped (a # inside a line is text).
    expect(a.subheadings).toEqual([]);
    expect(a.markdown).toContain('\n\nWe are number #\n\n');
  });
});

describe('round trip through parseArticleFile', () => {
  it.each([
    ['quotes and backslash in title', 'date 2024-05-01 He said "no" \\ then ‘yes’.', 'He said "no" \\ then ‘yes’'],
    ['colon and hash in title', 'date 2024-05-01 Budget: #1 issue', 'Budget: #1 issue'],
    ['title looks like YAML', 'date 2024-05-01 - [a, b]: {c}', '- [a, b]: {c}'],
    ['title with ---', 'date 2024-05-01 Before --- after', 'Before --- after'],
  ])('%s', (_name, header, title) => {
    const a = importRawArticle(`${header}\n\nFirst paragraph.\n\nSecond paragraph.`, 'r.txt');
    const parsed = parseArticleFile(a.markdown, a.fileName);
    expect(parsed.data.title).toBe(title);
    expect(String(parsed.data.date)).toBe('2024-05-01');
    expect(Object.keys(parsed.data)).toEqual(['title', 'date']);
    expect(parsed.lines).toEqual({ title: 2, date: 3 });
    expect(parsed.body).toBe('First paragraph.\n\nSecond paragraph.\n');
    expect(parsed.bodyLine).toBe(6);
  });

  it('the committed seed article is what the importer makes of its raw form', () => {
    const file = fileURLToPath(new URL('../../../content/articles/2025-02-10-kremlin-poker-faced.md', import.meta.url));
    const md = readFileSync(file, 'utf8');
    const parsed = parseArticleFile(md, file);
    // Rebuild the scraped form: header with a leading space and a full stop,
    // subheadings as bare lines, boilerplate interleaved, no final newline.
    const blocks = parsed.body.trimEnd().split('\n\n').map((b) => b.replace(/^## /, ''));
    blocks.splice(8, 0, 'Advertisement');
    blocks.splice(blocks.length - 3, 0, 'Advertisement');
    const rawText = ` date ${parsed.data.date} ${parsed.data.title}.\n\n${blocks.join('\n\n')}`;
    const a = importRawArticle(rawText, '2025-02-10-kremlin-poker-faced.txt');
    expect(a.fileName).toBe('2025-02-10-kremlin-poker-faced.md');
    expect(a.markdown).toBe(md);
    expect(a.subheadings).toEqual(['‘I’ve had it’', 'Russia reiterates conditions']);
    expect(a.dropped.map((d) => d.text)).toEqual(['Advertisement', 'Advertisement']);
  });
});
