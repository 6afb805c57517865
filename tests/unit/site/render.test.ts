import { describe, expect, it } from 'vitest';
import { renderArticleHtml } from '../../../src/site/render.ts';
import type { Mark } from '../../../src/integrations/rehype-dateline-marks.ts';

const at = (body: string, words: string) => {
  const start = body.indexOf(words);
  if (start < 0) throw new Error(`"${words}" not in body`);
  return { start, end: start + words.length };
};

describe('article rendering', () => {
  it('sanitises hostile HTML with an allow-list', () => {
    const body = [
      'Before <script>alert(1)</script> after.',
      '<img src=x onerror="alert(2)"> <a href="javascript:alert(3)">link</a> <b onclick="x()">bold</b>',
      '<iframe src="https://evil.example"></iframe><style>body{display:none}</style>',
      '<p id="s-deadbeef">clobber attempt</p>',
    ].join('\n\n');
    const html = renderArticleHtml(body, []);
    expect(html).not.toMatch(/<script|<iframe|<style|onerror|onclick|javascript:/i);
    expect(html).toContain('<b>bold</b>');
    expect(html).not.toContain('id="s-deadbeef"');
  });

  it('marks a statement across inline markup, with one anchor and a speaker badge', () => {
    const body = 'The mayor said: “We will *never* give up.” Then she left.';
    const marks: Mark[] = [
      { kind: 'statement', ...at(body, 'We will *never* give up.'), id: 's-1', statementKind: 'direct', speakerName: 'Jane Roe', speakerHref: '/speakers/jane-roe/', note: 'said 3 Mar 2024' },
      { kind: 'speaker', ...at(body, 'The mayor'), href: '/speakers/jane-roe/', title: 'Jane Roe' },
    ];
    const html = renderArticleHtml(body, marks);
    expect(html.match(/id="s-1"/g)).toHaveLength(1);
    expect(html.match(/data-statement="s-1"/g)!.length).toBeGreaterThanOrEqual(3);
    expect(html).toContain('<em><span class="statement statement--direct" data-statement="s-1">never</span></em>');
    expect(html).toContain('<a class="statement-badge" href="/speakers/jane-roe/" data-statement-badge="s-1">Jane Roe, said 3 Mar 2024</a>');
    expect(html).toContain('<a href="/speakers/jane-roe/" class="speaker-link" title="Jane Roe">The mayor</a>');
  });

  it('links a time expression inside a statement to its timeline date with <time datetime>', () => {
    const body = 'He said the talks began on Sunday in Riyadh.';
    const marks: Mark[] = [
      { kind: 'statement', ...at(body, 'the talks began on Sunday in Riyadh'), id: 's-2', statementKind: 'indirect', speakerName: null, speakerHref: null },
      { kind: 'time', ...at(body, 'Sunday'), href: '/timeline/#2025-02-09', datetime: '2025-02-09' },
    ];
    const html = renderArticleHtml(body, marks);
    expect(html).toContain('<span class="statement statement--indirect" data-statement="s-2"><a href="/timeline/#2025-02-09" class="time-link"><time datetime="2025-02-09">Sunday</time></a></span>');
    expect(html).toContain('<span class="statement-badge" data-statement-badge="s-2">unattributed</span>');
  });

  it('escapes text: markup-like words in marks stay text', () => {
    const body = 'He wrote &lt;b&gt; and said "a < b" loudly.';
    const html = renderArticleHtml(body, [{ kind: 'statement', ...at(body, 'a < b'), id: 's-3', statementKind: 'direct', speakerName: 'X <y>', speakerHref: '/speakers/x/' }]);
    expect(html).toContain('a &#x3C; b');
    expect(html).toContain('X &#x3C;y>');
  });
});

describe('nested and overlapping statements', () => {
  it('each keeps its own anchor and badge', () => {
    const body = 'She said the plan “will not work” and should be dropped.';
    const html = renderArticleHtml(body, [
      { kind: 'statement', ...at(body, 'the plan “will not work” and should be dropped'), id: 's-outer', statementKind: 'partial', speakerName: 'A', speakerHref: '/speakers/a/' },
      { kind: 'statement', ...at(body, 'will not work'), id: 's-inner', statementKind: 'direct', speakerName: 'A', speakerHref: '/speakers/a/' },
    ]);
    expect(html.match(/id="s-outer"/g)).toHaveLength(1);
    expect(html.match(/id="s-inner"/g)).toHaveLength(1);
    expect(html).toContain('data-statement-badge="s-outer"');
    expect(html).toContain('data-statement-badge="s-inner"');
  });
});

describe('offsets where the HTML text differs from the source', () => {
  it('marks a statement ending before a trailing space that Markdown drops', () => {
    const body = 'Critics: the plan is late; \nIt was due in May.';
    const html = renderArticleHtml(body, [{ kind: 'statement', ...at(body, 'the plan is late;'), id: 's-4', statementKind: 'indirect', speakerName: null, speakerHref: null }]);
    expect(html).toContain('<span class="statement statement--indirect" data-statement="s-4" id="s-4">the plan is late;</span>');
  });
});

describe('statements over links', () => {
  it('marks text inside an autolink without nesting links', () => {
    const body = 'He wrote: “Read it at https://example.org/a today.”';
    const html = renderArticleHtml(body, [
      { kind: 'statement', ...at(body, 'Read it at https://example.org/a today.'), id: 's-5', statementKind: 'direct', speakerName: 'B', speakerHref: '/speakers/b/' },
      { kind: 'time', ...at(body, 'today'), href: '/timeline/#2024-01-01', datetime: '2024-01-01' },
    ]);
    expect(html).toContain('<a href="https://example.org/a"><span class="statement statement--direct" data-statement="s-5">https://example.org/a</span></a>');
    expect(html).not.toMatch(/<a[^>]*>[^<]*<a/);
  });
});
