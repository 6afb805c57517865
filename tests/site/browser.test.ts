/**
 * Browser tests: playwright-core driving Debian's Chromium against the built
 * site served on 127.0.0.1.
 */
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../scripts/serve.ts';
import { dist, requireDist, siteExport } from './dist.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
let server: Server;
let base: string;
let browser: Browser;

beforeAll(async () => {
  requireDist();
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH)`);
  ({ server, url: base } = await startServer(dist));
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
});

afterAll(async () => {
  await browser?.close();
  // (when the server never started, there is nothing to wait for)
  if (server) await new Promise((ok) => server.close(ok));
});

async function inViewport(page: Page, selector: string): Promise<boolean> {
  return page.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    return r.top < window.innerHeight && r.bottom > 0 && r.height > 0;
  });
}

describe('article page', () => {
  it('marks statements and follows a statement’s speaker link to the speaker page', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/articles/2025-02-10-kremlin-poker-faced/`);
    const count = await page.locator('.article-body .statement[id]').count();
    expect(count).toBeGreaterThanOrEqual(16);
    const quote = siteExport().statements.find((s) => s.article === '2025-02-10-kremlin-poker-faced' && s.speakerName === 'Dmitry Peskov' && s.kind === 'direct');
    expect(quote).toBeDefined();
    const badge = page.locator(`[data-statement-badge="${quote!.anchor}"]`);
    await expect.poll(() => badge.textContent()).toContain('Dmitry Peskov');
    await Promise.all([page.waitForURL('**/speakers/dmitry-peskov/'), badge.click()]);
    expect(await page.locator('h1').textContent()).toContain('Dmitry Peskov');
    expect(await page.locator(`a[href="/articles/2025-02-10-kremlin-poker-faced/#${quote!.anchor}"]`).count()).toBe(1);
    await page.close();
  });

  it('is readable on a phone: no horizontal scrolling', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
    await page.goto(`${base}/articles/2025-02-10-kremlin-poker-faced/`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});

describe('timeline', () => {
  it('opening /timeline/#2025-02-09 scrolls to that date and highlights it', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 600 } });
    await page.goto(`${base}/timeline/#2025-02-09`);
    const sel = '[id="2025-02-09"]';
    await expect.poll(() => inViewport(page, sel)).toBe(true);
    const target = await page.$eval(sel, (el) => ({ matches: el.matches(':target'), bg: getComputedStyle(el).backgroundColor, outline: getComputedStyle(el).outlineStyle }));
    expect(target.matches).toBe(true);
    expect(target.bg).not.toBe('rgba(0, 0, 0, 0)');
    expect(target.outline).toBe('solid');
    // A neighbouring date group is not highlighted.
    const other = await page.$eval('[id="2025-02-10"]', (el) => getComputedStyle(el).outlineStyle);
    expect(other).not.toBe('solid');
    await page.close();
  });

  it('an event permalink scrolls to and highlights the event', async () => {
    const ev = siteExport().events.find((e) => e.date.value === '2022');
    expect(ev).toBeDefined();
    const page = await browser.newPage({ viewport: { width: 1000, height: 600 } });
    await page.goto(`${base}/timeline/#${ev!.anchor}`);
    const sel = `[id="${ev!.anchor}"]`;
    await expect.poll(() => inViewport(page, sel)).toBe(true);
    expect(await page.$eval(sel, (el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    await page.close();
  });
});

describe('search', () => {
  it('"progress" said by Donald Trump returns only his statements, and a result opens the quotation', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/search/`);
    await page.selectOption('#speaker', 'Donald Trump');
    await page.fill('#q', 'progress');
    await page.press('#q', 'Enter');
    const results = page.locator('#results li');
    await expect.poll(() => results.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const speakers = await results.evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.speaker ?? ''));
    expect(new Set(speakers)).toEqual(new Set(['Donald Trump']));
    const kinds = await results.evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.kind));
    expect(new Set(kinds)).toEqual(new Set(['statement']));
    const texts = await results.locator('p.quote').allTextContents();
    for (const t of texts) expect(t.toLowerCase()).toContain('progress');
    // Exactly his statements that use the word, as the collections say.
    const expected = siteExport().statements.filter((s) => s.speakerName === 'Donald Trump' && /progress/i.test(s.text)).map((s) => `/articles/${s.article}/#${s.anchor}`);
    expect(expected.length).toBeGreaterThan(0);
    const hrefs = await results.locator('a.result-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(new Set(hrefs)).toEqual(new Set(expected));
    // The same words without the filter find more than Trump's statements (the article itself at least).
    await page.selectOption('#speaker', '');
    await expect.poll(async () => new Set(await results.evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.kind))).size).toBeGreaterThan(1);
    await page.selectOption('#speaker', 'Donald Trump');
    await expect.poll(async () => new Set(await results.evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.speaker ?? ''))).size).toBe(1);
    const href = await results.first().locator('a.result-link').getAttribute('href');
    expect(href).toMatch(/^\/articles\/2025-02-10-kremlin-poker-faced\/#s-[0-9a-f]+/);
    await results.first().locator('a.result-link').click();
    await page.waitForURL(`**${href}`);
    const anchor = decodeURIComponent(href!.split('#')[1]!);
    await expect.poll(() => inViewport(page, `[id="${anchor}"]`)).toBe(true);
    expect(await page.$eval(`[id="${anchor}"]`, (el) => el.matches(':target') && el.classList.contains('statement'))).toBe(true);
    await page.close();
  });

  it('the kind filter and date sort work', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/search/?q=Monday&kind=event&sort=asc`);
    const results = page.locator('#results li');
    await expect.poll(() => results.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const kinds = await results.evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.kind));
    expect(new Set(kinds)).toEqual(new Set(['event']));
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('the timeline and the statement index read fully', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    const site = siteExport();
    await page.goto(`${base}/timeline/`);
    expect(await page.locator('.event').count()).toBe(site.events.length);
    await page.goto(`${base}/timeline/#2025-02-09`);
    await expect.poll(() => inViewport(page, '[id="2025-02-09"]')).toBe(true);
    await page.goto(`${base}/statements/`);
    expect(await page.locator('.speaker-group li').count()).toBe(site.statements.length);
    await page.goto(`${base}/speakers/donald-trump/`);
    expect(await page.locator('h1').textContent()).toContain('Donald Trump');
    await ctx.close();
  });
});
