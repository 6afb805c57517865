/**
 * Regression on the seed article (content/articles/2025-02-10-kremlin-poker-faced.md):
 * the 16 statements of its hand annotation, written out here (paragraph, kind,
 * speaker, start of the text), so the test needs nothing outside the repository.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../../src/analysis/article-file.ts';
import { analyzeArticle } from '../../../src/analysis/index.ts';

const FILE = 'content/articles/2025-02-10-kremlin-poker-faced.md';

const GOLD: [paragraph: number, kind: string, speaker: string, text: string][] = [
  [3, 'indirect', 'Donald Trump', 'he can bring a swift end to the hostilities'],
  [4, 'indirect', 'Keith Kellogg', 'he is putting together a peace plan'],
  [4, 'indirect', 'Sergei Ryabkov', 'while Moscow remains open for potential talks, a settlement would have to meet Putin’s demands'],
  [5, 'indirect', 'Donald Trump', 'he had been in touch with Putin directly'],
  [7, 'direct', 'Donald Trump', 'I’ve had it. Let’s just say I’ve had it … And I expect to have many more conversations.'],
  [8, 'direct', 'Dmitry Peskov', 'I can neither confirm nor deny it.'],
  [9, 'indirect', 'Donald Trump', 'he believed the US was making progress in its bid to secure talks towards ending the war'],
  [10, 'direct', 'Donald Trump', 'If we are talking, I don’t want to tell you about the conversations,'],
  [10, 'direct', 'Donald Trump', 'I do believe we’re making progress. We want to stop the Ukraine-Russia war,'],
  [10, 'indirect', 'Donald Trump', 'Washington is also in touch with Ukraine on the matter'],
  [11, 'indirect', 'Donald Trump', 'he would bring a swift end to the war'],
  [12, 'indirect', 'Keith Kellogg', 'he and his team are coordinating with allies and NATO officials, preparing a peace plan to present to Trump'],
  [15, 'partial', 'Sergei Ryabkov', 'while Russia remains open to dialogue, the Kremlin and Washington currently “do not have any agreements”'],
  [16, 'indirect', 'Sergei Ryabkov', 'all of Putin’s conditions must be met before any settlement in Ukraine is possible'],
  [17, 'indirect', 'Vladimir Putin', 'Ukraine must drop its NATO ambitions and withdraw its troops from the four eastern Ukrainian regions claimed and mostly controlled by Russia'],
  [18, 'indirect', 'Sergei Ryabkov', 'the US and the West must understand that all of the Russian president’s conditions need to be met'],
];

describe('seed article', () => {
  const parsed = parseArticleFile(readFileSync(FILE, 'utf8'), FILE);
  const result = analyzeArticle({ id: 'seed', title: 'seed', date: '2025-02-10', body: parsed.body, file: FILE });
  const statements = result.statements;

  it('finds the 16 annotated statements, and at most the optional organisation statement besides', () => {
    const extra = statements.filter((s) => !GOLD.some(([, , , text]) => text === s.text));
    expect(statements.length - extra.length).toBe(GOLD.length);
    // the annotation lists one optional statement: Russia (an organisation) reiterating "it will not bend" (paragraph 14)
    for (const s of extra) {
      expect(s.paragraph).toBe(14);
      expect(s.text).toBe('it will not bend');
      expect(s.speaker).toEqual({ name: 'Russia', role: null, type: 'organisation' });
    }
  });

  it.each(GOLD)('paragraph %i: %s by %s: %s', (paragraph, kind, speaker, text) => {
    const s = statements.find((x) => x.text === text);
    expect(s, text).toBeDefined();
    expect(s!.paragraph).toBe(paragraph);
    expect(s!.kind).toBe(kind);
    expect(s!.speaker?.name).toBe(speaker);
  });

  it('keeps the raw mention beside the resolved speaker', () => {
    const byText = (t: string) => statements.find((x) => x.text.startsWith(t))!;
    expect(byText('he is putting').speakerMention).toBe('The US president’s envoy');
    expect(byText('while Moscow').speakerMention).toBe('a senior Russian official');
    expect(byText('I do believe').speakerMention).toBe('he');
    expect(byText('I can neither').speaker?.role).toBe('Kremlin spokesman');
  });

  it('offsets point into the body', () => {
    for (const s of statements) {
      if (s.kind !== 'partial' && s.spans.length === 1) expect(parsed.body.slice(s.start, s.end)).toBe(s.text);
      if (s.cueSpan) expect(parsed.body.slice(...s.cueSpan)).toBe(s.cue);
      if (s.speakerSpan) expect(parsed.body.slice(...s.speakerSpan)).toBe(s.speakerMention);
    }
  });
});
