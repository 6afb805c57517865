/**
 * Tests on the built site (dist/), HTML parsed with parse5: every article has
 * a page, every statement and event is on its pages with its anchor, and no
 * internal link points nowhere.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { attr, elements, fileFor, hasClass, htmlFiles, ids, pageFor, requireDist, root, siteExport, text, urlOf, wholeSiteTimeout, type SiteExport } from './dist.ts';

let site: SiteExport;
beforeAll(() => {
  requireDist();
  site = siteExport();
});

describe('articles', () => {
  it('every file in content/articles has a page, and nothing else does', () => {
    const ids = readdirSync(join(root, 'content', 'articles')).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3)).sort();
    expect(ids.length).toBeGreaterThan(0);
    expect(site.articles.map((a) => a.id).sort()).toEqual(ids);
    for (const id of ids) {
      const page = pageFor(`/articles/${id}/`);
      const h1 = elements(page).find((e) => e.tagName === 'h1');
      expect(h1 && text(h1).trim()).toBe(site.articles.find((a) => a.id === id)!.title);
    }
    const built = readdirSync(join(root, 'dist', 'articles')).sort();
    expect(built).toEqual(ids);
  });

  it('the seed article is on the site with its statements and events', () => {
    const seed = site.articles.find((a) => a.id === '2025-02-10-kremlin-poker-faced');
    expect(seed).toBeDefined();
    expect(seed!.statements.length).toBeGreaterThanOrEqual(16);
    expect(seed!.events.length).toBeGreaterThanOrEqual(7);
  });
});

describe('statements', () => {
  it('each statement is marked in its article with its anchor and a speaker link', () => {
    expect(site.statements.length).toBeGreaterThan(0);
    for (const s of site.statements) {
      const els = elements(pageFor(`/articles/${s.article}/`));
      const anchor = els.find((e) => attr(e, 'id') === s.anchor);
      expect(anchor, `${s.id} anchor`).toBeDefined();
      expect(hasClass(anchor!, 'statement')).toBe(true);
      expect(attr(anchor!, 'data-statement')).toBe(s.anchor);
      // All pieces of the statement together hold its words (direct quotations exactly).
      const marked = els.filter((e) => attr(e, 'data-statement') === s.anchor).map(text).join('');
      if (s.kind === 'direct') expect(marked.replace(/\s+/g, ' ')).toContain(s.text.split(' … ')[0]!.replace(/\s+/g, ' ').slice(0, 40));
      if (s.speaker) {
        const badge = els.find((e) => attr(e, 'data-statement-badge') === s.anchor);
        expect(badge && attr(badge, 'href'), `${s.id} badge`).toBe(`/speakers/${s.speaker}/`);
      }
      // Listed in the side list of its article.
      expect(els.some((e) => e.tagName === 'a' && attr(e, 'href') === `#${s.anchor}`), `${s.id} side list`).toBe(true);
    }
  });

  it('each statement is in the statement index and on its speaker page(s), linking to its anchor', () => {
    const index = elements(pageFor('/statements/'));
    const paged = site.paging.statementsPaged;
    // All pages of a paginated list: /base/, /base/2/, /base/3/ …
    const linksOn = (base: string) => {
      const hrefs = new Set<string>();
      for (let n = 1; ; n++) {
        const f = fileFor(n === 1 ? base : `${base}${n}/`);
        if (!f) break;
        for (const e of elements(f)) if (e.tagName === 'a') hrefs.add(attr(e, 'href') ?? '');
      }
      return hrefs;
    };
    const memo = new Map<string, Set<string>>();
    const on = (base: string) => memo.get(base) ?? memo.set(base, linksOn(base)).get(base)!;
    for (const s of site.statements) {
      const href = `/articles/${s.article}/#${s.anchor}`;
      if (!paged) expect(index.some((e) => e.tagName === 'a' && attr(e, 'href') === href), `${s.id} in /statements/`).toBe(true);
      const home = s.speaker ? `/speakers/${s.speaker}/` : s.speakerType === 'anonymous' ? '/statements/unnamed/' : '/statements/unattributed/';
      expect(on(home).has(href), `${s.id} on ${home}`).toBe(true);
      // (a statement made together is on each co-speaker's page too)
      for (const co of s.coSpeakers) if (co.id) expect(on(`/speakers/${co.id}/`).has(href), `${s.id} on /speakers/${co.id}/`).toBe(true);
    }
  });

  it('unnamed sources get no speaker page: their statements are listed together, each with its own words for the source', () => {
    expect(site.speakers.filter((sp) => sp.type === 'anonymous')).toEqual([]);
    const unnamed = site.statements.filter((s) => s.speakerType === 'anonymous');
    // (the seed's "senior Russian official" is named later in the article; the site model's unit tests build a site with unnamed sources)
    if (!unnamed.length) {
      expect(fileFor('/statements/unnamed/')).toBeFalsy();
      return;
    }
    for (const s of unnamed) {
      expect(s.speaker, s.id).toBeNull();
      expect(s.speakerName, s.id).toBeTruthy();
    }
    const page = elements(pageFor('/statements/unnamed/'));
    const items = page.filter((e) => e.tagName === 'li' && (attr(e, 'id') ?? '').startsWith('st-'));
    expect(items.length).toBe(Math.min(unnamed.length, site.paging.speakerPage));
    expect(text(items[0]!)).toContain(`${unnamed.find((s) => `st-${s.article}-${s.anchor}` === attr(items[0]!, 'id'))!.speakerName}:`);
  });

  it('the statement index groups by speaker: one section per speaker, heading first', () => {
    const els = elements(pageFor('/statements/'));
    if (site.paging.statementsPaged) return; // a paginated index is a directory of speakers (checked above)
    for (const sp of site.speakers) {
      const section = els.find((e) => e.tagName === 'section' && attr(e, 'id') === sp.id);
      expect(section, sp.id).toBeDefined();
      const h2 = els.find((e) => e.tagName === 'h2' && isInside(e, section));
      expect(h2 && text(h2)).toContain(sp.name);
      const inSection = els.filter((e) => e.tagName === 'li' && isInside(e, section)).length;
      expect(inSection, sp.id).toBe(sp.statements.length);
    }
  });
});

describe('timeline', () => {
  it('every event has its own anchor on the timeline inside its date group, and a per-date page', () => {
    expect(site.events.length).toBeGreaterThan(0);
    if (!site.paging.timelinePaged) for (const e of site.events) expect(e.href).toBe(`/timeline/#${e.anchor}`);
    for (const e of site.events) {
      // The permalink's page holds the event and its date group.
      const [path, frag] = e.href.split('#') as [string, string];
      expect(frag).toBe(e.anchor);
      const all = ids(pageFor(path));
      expect(all.has(e.anchor), e.id).toBe(true);
      expect(all.has(e.date.anchor), e.date.value).toBe(true);
      expect(e.date.href).toBe(`${path}#${e.date.anchor}`);
      const datePage = pageFor(`/timeline/${e.date.anchor}/`);
      expect(elements(datePage).some((x) => text(x).includes(e.text)), `${e.id} on ${urlOf(datePage)}`).toBe(true);
    }
  });

  it('date groups are in chronological order and show dates in <time datetime>', () => {
    // The page(s) holding the anchors list the dates in the collection's order, which is chronological.
    const starts = site.dates.map((d) => d.date.range?.start ?? '');
    expect([...starts].sort()).toEqual(starts);
    const pages = [...new Set(site.dates.map((d) => d.date.href.split('#')[0]!))];
    const onPages = pages.flatMap((p) => {
      const els = elements(pageFor(p));
      return els.filter((e) => e.tagName === 'section' && hasClass(e, 'timeline-date')).map((g) => {
        const t = els.find((e) => e.tagName === 'time' && isInside(e, g));
        expect(t && attr(t, 'datetime'), attr(g, 'id')).toBeTruthy();
        return attr(g, 'id');
      });
    });
    expect(onPages).toEqual(site.dates.map((d) => d.date.anchor));
  });

  it('the seed article’s dates are on the timeline in order', () => {
    const seedGroups = site.dates.map((d) => d.date.anchor);
    for (const v of ['2022', '2025-W06-WE', '2025-02-09', '2025-02-10']) expect(seedGroups, v).toContain(v);
    const order = ['2022', '2025-W06-WE', '2025-02-09', '2025-02-10'].map((v) => seedGroups.indexOf(v));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});

describe('links and markup', () => {
  it('no internal link points nowhere (pages and #fragments)', () => {
    const broken: string[] = [];
    for (const file of htmlFiles()) {
      for (const a of elements(file).filter((e) => e.tagName === 'a')) {
        const href = attr(a, 'href');
        if (!href || /^(https?:|mailto:)/.test(href)) continue;
        const target = href.startsWith('#') ? urlOf(file) + href : href;
        const [path, frag] = target.split('#') as [string, string | undefined];
        const dest = fileFor(path || urlOf(file));
        if (!dest) {
          broken.push(`${urlOf(file)} → ${href}`);
          continue;
        }
        if (frag && !ids(dest).has(decodeURIComponent(frag))) broken.push(`${urlOf(file)} → ${href} (no #${frag})`);
      }
    }
    expect(broken).toEqual([]);
 }, wholeSiteTimeout());

  it('every <time> has a valid datetime and ids are unique on every page', () => {
    for (const file of htmlFiles()) {
      const els = elements(file);
      for (const t of els.filter((e) => e.tagName === 'time')) {
        expect(attr(t, 'datetime') ?? '', urlOf(file)).toMatch(/^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?|-W\d{2})?$/);
      }
      const seen = els.map((e) => attr(e, 'id')).filter(Boolean);
      expect(new Set(seen).size, urlOf(file)).toBe(seen.length);
    }
 }, wholeSiteTimeout());

  it('article HTML carries no script or event-handler from content', () => {
    for (const a of site.articles) {
      const els = elements(pageFor(`/articles/${a.id}/`));
      const body = els.find((e) => hasClass(e, 'article-body'))!;
      const inside = elements(pageFor(`/articles/${a.id}/`)).filter((e) => isInside(e, body));
      expect(inside.some((e) => e.tagName === 'script' || e.tagName === 'iframe' || e.attrs.some((x) => x.name.startsWith('on')))).toBe(false);
    }
  });
});

function isInside(el: { parentNode?: unknown }, container: unknown): boolean {
  let p = el.parentNode as { parentNode?: unknown } | undefined;
  while (p) {
    if (p === container) return true;
    p = p.parentNode as { parentNode?: unknown } | undefined;
  }
  return false;
}
