import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSiteModel } from '../../../src/site/model.ts';

function site(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'dateline-model-'));
  mkdirSync(join(root, 'content', 'articles'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, 'content', name), text);
  return root;
}

const article = (title: string, date: string, body: string) => `---\ntitle: ${JSON.stringify(title)}\ndate: ${date}\n---\n\n${body}\n`;

describe('site model across articles', () => {
  const root = site({
    'articles/2024-03-05-port-strike.md': article(
      'Port workers walk out',
      '2024-03-05',
      [
        'Dock workers at the northern port walked out on Monday after talks over pay collapsed.',
        '“We have waited long enough,” union leader Maria Okafor said.',
        'Harbour master Tom Reyes said the port would stay open for emergency cargo.',
      ].join('\n\n'),
    ),
    'articles/2024-03-06-port-strike-day-two.md': article(
      'Strike enters second day',
      '2024-03-06',
      [
        'Dock workers at the northern port walked out on Monday after pay talks collapsed, and the strike went on on Tuesday.',
        '“Nobody wants this, but we have waited long enough,” Okafor told reporters.',
        '<script>alert("x")</script> <img src=x onerror="alert(1)">',
      ].join('\n\n'),
    ),
  });
  const model = buildSiteModel({ root, cacheDir: null });

  it('merges one speaker across articles: a surname later resolves to the full name', () => {
    const okafor = model.speakers.filter((s) => s.name.includes('Okafor'));
    expect(okafor.map((s) => s.id)).toEqual(['maria-okafor']);
    expect(okafor[0]!.articles.sort()).toEqual(['2024-03-05-port-strike', '2024-03-06-port-strike-day-two']);
    expect(okafor[0]!.statements).toHaveLength(2);
  });

  it('merges the same event reported by two articles into one timeline entry listing both', () => {
    const monday = model.timeline.find((d) => d.date.value === '2024-03-04');
    expect(monday).toBeDefined();
    const walkouts = model.events.filter((e) => e.date.value === '2024-03-04' && /walked out/.test(e.text));
    expect(walkouts).toHaveLength(1);
    expect(walkouts[0]!.sources.map((s) => s.article).sort()).toEqual(['2024-03-05-port-strike', '2024-03-06-port-strike-day-two']);
    expect(model.timeline.find((d) => d.date.value === '2024-03-05')?.events.length).toBeGreaterThan(0);
    const orders = model.timeline.map((d) => d.date.range!.start);
    expect([...orders].sort()).toEqual(orders);
  });

  it('renders sanitised article HTML with statement anchors and timeline links that exist', () => {
    const day2 = model.articles.find((a) => a.id === '2024-03-06-port-strike-day-two')!;
    expect(day2.html).not.toMatch(/<script|onerror|alert\(/);
    const anchors = new Set(model.timeline.map((d) => d.date.anchor));
    for (const m of day2.html.matchAll(/href="\/timeline\/#([^"]+)"/g)) expect(anchors.has(m[1]!), m[1]).toBe(true);
    for (const s of model.statements.filter((s) => s.article === day2.id)) expect(day2.html).toContain(`id="${s.anchor}"`);
  });

  it('keeps ids stable when another article is added', () => {
    const again = buildSiteModel({ root, cacheDir: null });
    expect(again.events.map((e) => e.id)).toEqual(model.events.map((e) => e.id));
    writeFileSync(join(root, 'content', 'articles', '2024-01-01-unrelated.md'), article('Unrelated', '2024-01-01', 'The council met on Friday to discuss parking.'));
    const more = buildSiteModel({ root, cacheDir: null });
    for (const e of model.events) expect(more.events.map((x) => x.id)).toContain(e.id);
    for (const s of model.statements) expect(more.statements.map((x) => x.id)).toContain(s.id);
  });
});

describe('unnamed sources across articles', () => {
  const root = site({
    'articles/2024-05-01-bridge.md': article('Bridge closes', '2024-05-01', 'A city official said the bridge would close for repairs in June.'),
    'articles/2024-05-02-library.md': article('Library hours cut', '2024-05-02', 'A city official said the library would open only on weekdays.'),
    'articles/2024-05-03-market.md': article('Market moves', '2024-05-03', 'Stall holder Ines Varga said the market would move to the square.'),
  });
  const model = buildSiteModel({ root, cacheDir: null });

  it('gives an unnamed source no speaker page, so the same words in two articles never become one speaker', () => {
    const unnamed = model.statements.filter((s) => s.speakerType === 'anonymous');
    expect(unnamed.map((s) => s.article).sort()).toEqual(['2024-05-01-bridge', '2024-05-02-library']);
    for (const s of unnamed) {
      expect(s.speaker).toBeNull();
      expect(s.speakerName).toBe('a city official');
      expect(s.speakerMention).toBe('A city official');
    }
    expect(model.speakers.map((s) => s.id)).toEqual(['ines-varga']);
  });

  it('keeps the unnamed source in the article text as a mark with no link', () => {
    const bridge = model.articles.find((a) => a.id === '2024-05-01-bridge')!;
    expect(bridge.html).not.toContain('/speakers/a-city-official/');
    expect(bridge.html).toContain('a city official');
  });
});
