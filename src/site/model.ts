/**
 * The site model: every collection the pages need, built once from content/
 * by the analysis engine. Pure data (no Astro), so the content loaders, the
 * JSON exports and the tests read the same thing.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { speakerId } from '../analysis/ids.ts';
import { resolveSiteSpeakers } from '../analysis/statements/speakers.ts';
import { buildTimeline, formatTimeValue, timelineAnchor, type TimelineDate } from '../analysis/timeline.ts';
import type { Granularity, SpeakerRef, SpeakerType, TimeValue } from '../analysis/types.ts';
import type { Mark } from '../integrations/rehype-dateline-marks.ts';
import { contentDirOf, loadContent, sourceVersion, type LoadOptions } from './content.ts';
import { renderArticleHtml } from './render.ts';
import { pagingLimits, timelinePage, type PagingLimits } from './paging.ts';
import { htmlDatetime, namesList } from '../utils/format.ts';

export interface DateValue {
  value: string;
  granularity: Granularity;
  range: { start: string; end: string } | null;
  label: string;
  /** Anchor of the date group on the timeline (and its /timeline/<anchor>/ page). */
  anchor: string;
  /** Permalink of the date on the timeline: /timeline/#<anchor>, or /timeline/<year>/#<anchor> when the timeline is paginated. */
  href: string;
}

export interface ArticleEntry {
  id: string;
  file: string;
  hash: string;
  title: string;
  date: string;
  source?: string;
  url?: string;
  author?: string[];
  tags: string[];
  summary?: string;
  html: string;
  paragraphs: number;
  statements: string[];
  events: string[];
  /** Distinct timeline date values mentioned by the article. */
  dates: string[];
}

export interface StatementEntry {
  /** `<article id>/<anchor>` */
  id: string;
  anchor: string;
  article: string;
  articleTitle: string;
  articleDate: string;
  speaker: string | null;
  speakerName: string | null;
  speakerRole: string | null;
  speakerType: SpeakerType | null;
  speakerMention: string | null;
  /** The other speakers of a coordinated speaker phrase ("Lee and Roe said"); empty for one speaker. */
  coSpeakers: CoSpeaker[];
  kind: 'direct' | 'partial' | 'indirect';
  cue: string | null;
  text: string;
  paragraph: number;
  start: number;
  end: number;
  date: DateValue | null;
  corrected?: 'added' | 'speaker';
}

/** A speaker who made a statement together with its first-named speaker (`id` null for an unnamed source). */
export interface CoSpeaker {
  id: string | null;
  name: string;
  role: string | null;
  type: SpeakerType;
}

export interface SpeakerEntry {
  id: string;
  name: string;
  role: string | null;
  type: SpeakerType;
  description?: string;
  aliases: string[];
  mentions: string[];
  statements: string[];
  articles: string[];
}

export interface EventEntry {
  /** Stable timeline entry id (anchor on the timeline). */
  id: string;
  date: DateValue;
  anchor: string;
  /** Permalink: the page holding the event's date, #anchor. */
  href: string;
  text: string;
  sources: { article: string; articleTitle: string; eventId: string; paragraph: number; expression: string }[];
}

/** A date on the timeline: its events and the statements made that day. */
export interface TimelineGroup {
  /** The date's anchor (also the entry id). */
  id: string;
  /** Position on the timeline (chronological). */
  order: number;
  date: DateValue;
  events: string[];
  statements: string[];
}

export interface SiteModel {
  articles: ArticleEntry[];
  statements: StatementEntry[];
  speakers: SpeakerEntry[];
  events: EventEntry[];
  timeline: TimelineGroup[];
  paging: PagingLimits & { timelinePaged: boolean; statementsPaged: boolean };
  cacheHits: number;
  /** Time taken to read, analyse and model content/, in ms. */
  buildMs: number;
}

/** Where each date's anchor lives: built once the timeline is known. */
type PageOf = (anchor: string) => string;

function dateValue(v: TimeValue, pageOf: PageOf): DateValue {
  const anchor = timelineAnchor(v.value);
  return { value: v.value, granularity: v.granularity, range: v.range, label: formatTimeValue(v), anchor, href: `${pageOf(anchor)}#${anchor}` };
}

/** Rendered article HTML, cached by body + marks (marks change when speakers merge differently). */
function renderCached(body: string, marks: Mark[], cacheDir: string | null): string {
  if (!cacheDir) return renderArticleHtml(body, marks);
  const key = createHash('sha256').update(sourceVersion(['site/render.ts', 'integrations/rehype-dateline-marks.ts'])).update(body).update(JSON.stringify(marks)).digest('hex').slice(0, 24);
  const path = join(cacheDir, `${key}.html`);
  if (existsSync(path)) return readFileSync(path, 'utf8');
  const html = renderArticleHtml(body, marks);
  writeFileSync(path, html);
  return html;
}

/** The words each article-level speaker was mentioned by ("Mrs. Roe", "she"), for the site-wide merge. */
function mentionsBySpeaker(statements: readonly { speaker: { name: string } | null; speakerMention: string | null }[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const s of statements) {
    if (!s.speaker || !s.speakerMention) continue;
    const list = out.get(s.speaker.name) ?? [];
    list.push(s.speakerMention);
    out.set(s.speaker.name, list);
  }
  return out;
}

export function buildSiteModel(options: LoadOptions): SiteModel {
  const t0 = performance.now();
  const content = loadContent(options);
  const htmlCache = options.cacheDir === null ? null : join(options.cacheDir ?? join(options.root, 'node_modules', '.cache', 'dateline'), 'html');
  if (htmlCache) mkdirSync(htmlCache, { recursive: true });
  const results = content.articles.map((a) => a.analysis);
  const resolve = resolveSiteSpeakers(
    results.map((r) => r.statements.flatMap((s) => [s.speaker, ...(s.coSpeakers ?? [])]).filter((s) => s !== null)),
    content.speakers,
    content.articles.map((a) => ({ text: a.body, mentions: mentionsBySpeaker(a.analysis.statements) })),
  );

  const speakers = new Map<string, SpeakerEntry>();
  const statements: StatementEntry[] = [];
  const articles: ArticleEntry[] = [];
  const timeline: TimelineDate[] = buildTimeline(results);
  const limits = pagingLimits();
  const timelinePaged = timeline.length > limits.timelineDates;
  const pageByAnchor = new Map(timeline.map((d) => [timelineAnchor(d.value), timelinePage(d.range.start, timelinePaged)]));
  const pageOf: PageOf = (anchor) => pageByAnchor.get(anchor) ?? `/timeline/${anchor}/`;
  const byArticle = new Map(content.articles.map((a) => [a.id, a]));

  for (const [ai, a] of content.articles.entries()) {
    const r = a.analysis;
    const fm = a.frontmatter;
    const marks: Mark[] = [];
    const sids: string[] = [];
    // the speaker's page lists the statement (a co-speaker's page too), with the words that named the speaker
    const credit = (canon: SpeakerRef, sid: string, statementId: string, mention: string | null) => {
      let sp = speakers.get(sid);
      if (!sp) {
        const conf = content.speakers.find((c) => speakerId(c.name) === sid);
        sp = {
          id: sid,
          name: canon.name,
          role: canon.role ?? conf?.role ?? null,
          type: canon.type,
          description: conf?.description,
          aliases: conf?.aliases ?? [],
          mentions: [],
          statements: [],
          articles: [],
        };
        speakers.set(sid, sp);
      }
      if (!sp.role && canon.role) sp.role = canon.role;
      if (mention && !sp.mentions.includes(mention)) sp.mentions.push(mention);
      sp.statements.push(statementId);
      if (!sp.articles.includes(a.id)) sp.articles.push(a.id);
    };
    for (const s of r.statements) {
      const canon = s.speaker ? (resolve(s.speaker, ai) ?? s.speaker) : null;
      // An unnamed source ("a senior official", "people close to the talks") gets no speaker page: the
      // same words in two articles are not one person. Its statements are listed under /statements/unnamed/.
      const sid = canon && canon.type !== 'anonymous' ? speakerId(canon.name) : null;
      if (canon && sid) credit(canon, sid, `${a.id}/${s.id}`, s.speakerMention);
      const coSpeakers: CoSpeaker[] = [];
      for (const co of s.coSpeakers ?? []) {
        const c = resolve(co, ai) ?? co;
        const cid = c.type !== 'anonymous' ? speakerId(c.name) : null;
        if ((cid && cid === sid) || coSpeakers.some((x) => x.name === c.name)) continue;
        if (cid) credit(c, cid, `${a.id}/${s.id}`, s.speakerMention);
        coSpeakers.push({ id: cid, name: c.name, role: c.role, type: c.type });
      }
      const allNames = canon ? namesList([canon.name, ...coSpeakers.map((c) => c.name)]) : null;
      const entry: StatementEntry = {
        id: `${a.id}/${s.id}`,
        anchor: s.id,
        article: a.id,
        articleTitle: fm.title,
        articleDate: fm.date,
        speaker: sid,
        speakerName: canon?.name ?? null,
        speakerRole: canon?.role ?? null,
        speakerType: canon?.type ?? null,
        speakerMention: s.speakerMention,
        coSpeakers,
        kind: s.kind,
        cue: s.cue,
        text: s.text,
        paragraph: s.paragraph,
        start: s.start,
        end: s.end,
        date: s.date ? dateValue(s.date, pageOf) : null,
        ...(s.corrected ? { corrected: s.corrected } : {}),
      };
      statements.push(entry);
      sids.push(entry.id);
      const note = entry.date ? `${s.cue ?? 'said'} ${entry.date.label}` : undefined;
      marks.push({
        kind: 'statement',
        start: s.start,
        end: s.end,
        id: s.id,
        statementKind: s.kind,
        speakerName: allNames,
        speakerHref: sid ? `/speakers/${sid}/` : null,
        ...(note ? { note } : {}),
      });
      if (s.speakerSpan && sid) marks.push({ kind: 'speaker', start: s.speakerSpan[0], end: s.speakerSpan[1], href: `/speakers/${sid}/`, title: allNames! });
    }
    for (const t of r.times) {
      if (!t.range || t.type === 'DURATION' || t.type === 'SET') continue;
      // Link only to dates the timeline has (a date line, say, makes no event).
      const anchor = timelineAnchor(t.value);
      if (!pageByAnchor.has(anchor)) continue;
      marks.push({ kind: 'time', start: t.start, end: t.end, href: `${pageOf(anchor)}#${anchor}`, title: formatTimeValue(t), datetime: htmlDatetime(t) });
    }
    articles.push({
      id: a.id,
      file: a.file,
      hash: a.hash,
      title: fm.title,
      date: fm.date,
      ...(fm.source ? { source: fm.source } : {}),
      ...(fm.url ? { url: fm.url } : {}),
      ...(fm.author ? { author: Array.isArray(fm.author) ? fm.author : [fm.author] } : {}),
      tags: fm.tags ?? [],
      ...(fm.summary ? { summary: fm.summary } : {}),
      html: renderCached(a.body, marks, htmlCache),
      paragraphs: r.paragraphs.length,
      statements: sids,
      events: [],
      dates: [],
    });
  }

  const events: EventEntry[] = [];
  const groups: TimelineGroup[] = [];
  const articleEntry = new Map(articles.map((a) => [a.id, a]));
  for (const d of timeline) {
    const date = dateValue(d, pageOf);
    const group: TimelineGroup = { id: date.anchor, order: groups.length, date, events: [], statements: [] };
    for (const e of d.events) {
      events.push({
        id: e.id,
        anchor: e.id,
        href: `${pageOf(date.anchor)}#${e.id}`,
        date,
        text: e.text,
        sources: e.sources.map((src) => {
          const art = byArticle.get(src.articleId)!;
          const ev = art.analysis.events.find((x) => x.id === src.eventId);
          const entry = articleEntry.get(src.articleId)!;
          if (!entry.events.includes(e.id)) entry.events.push(e.id);
          if (!entry.dates.includes(d.value)) entry.dates.push(d.value);
          return { article: src.articleId, articleTitle: art.frontmatter.title, eventId: src.eventId, paragraph: src.paragraph, expression: ev?.expression ?? '' };
        }),
      });
      group.events.push(e.id);
    }
    group.statements = d.statements.map((s) => `${s.articleId}/${s.statementId}`);
    groups.push(group);
  }

  return {
    articles: articles.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id)),
    statements,
    speakers: [...speakers.values()].sort((a, b) => a.name.localeCompare(b.name)),
    events,
    timeline: groups,
    paging: { ...limits, timelinePaged, statementsPaged: statements.length > limits.statements },
    cacheHits: content.cacheHits,
    buildMs: performance.now() - t0,
  };
}

const KEY = Symbol.for('dateline.siteModel');
type Memo = { key: string; model: SiteModel };

/** Changes whenever a file in content/ changes (name, size or time). */
function contentFingerprint(root: string): string {
  const parts: string[] = [root];
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else parts.push(`${p}:${st.size}:${st.mtimeMs}`);
    }
  };
  walk(contentDirOf(root));
  return parts.join('|');
}

/** One model per state of content/: every collection loader of a build shares it. */
export function getSiteModel(root: string): SiteModel {
  const g = globalThis as unknown as Record<symbol, Memo | undefined>;
  const key = contentFingerprint(root);
  const memo = g[KEY];
  if (memo && memo.key === key) return memo.model;
  const model = buildSiteModel({ root });
  g[KEY] = { key, model };
  return model;
}
