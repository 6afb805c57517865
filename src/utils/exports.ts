/** Data exports: a TimelineJS-compatible timeline and an RSS feed. */
import type { DateValue } from '../site/model.ts';

export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
  display_date?: string;
}

function tjsDate(iso: string, granularity: DateValue['granularity'], label: string): TimelineJsDate {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  if (granularity === 'year' || granularity === 'decade' || granularity === 'century') return { year: y, display_date: label };
  if (granularity === 'month' || granularity === 'season' || granularity === 'quarter' || granularity === 'half') return { year: y, month: m, display_date: label };
  return { year: y, month: m, day: d, display_date: label };
}

export interface TimelineJsEvent {
  unique_id: string;
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  text: { headline: string; text: string };
  group?: string;
}

/** TimelineJS JSON (https://timeline.knightlab.com/docs/json-format.html): one slide per event. */
export function timelineJs(
  title: string,
  events: { anchor: string; text: string; date: DateValue; sources: { article: string; articleTitle: string }[] }[],
  site: string,
): { title: { text: { headline: string; text: string } }; events: TimelineJsEvent[] } {
  return {
    title: { text: { headline: title, text: 'Every dated event in the archive.' } },
    events: events
      .filter((e) => e.date.range)
      .map((e) => ({
        unique_id: e.anchor,
        start_date: tjsDate(e.date.range!.start, e.date.granularity, e.date.label),
        ...(e.date.range!.end !== e.date.range!.start && e.date.granularity !== 'year' && e.date.granularity !== 'month'
          ? { end_date: tjsDate(e.date.range!.end, e.date.granularity, e.date.label) }
          : {}),
        text: {
          headline: e.date.label,
          text: `${escapeXml(e.text)}<br>${e.sources.map((s) => `<a href="${site}/articles/${s.article}/">${escapeXml(s.articleTitle)}</a>`).join(' · ')}`,
        },
        group: e.date.value.slice(0, 4),
      })),
  };
}

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

export function rssFeed(site: string, items: { id: string; title: string; date: string; summary?: string }[]): string {
  const rfc822 = (iso: string) => new Date(`${iso}T00:00:00Z`).toUTCString();
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<rss version="2.0"><channel>',
    '<title>Dateline</title>',
    `<link>${site}/</link>`,
    '<description>News articles with who said what, and when.</description>',
    ...items.map(
      (a) =>
        `<item><title>${escapeXml(a.title)}</title><link>${site}/articles/${a.id}/</link><guid>${site}/articles/${a.id}/</guid><pubDate>${rfc822(a.date)}</pubDate>${a.summary ? `<description>${escapeXml(a.summary)}</description>` : ''}</item>`,
    ),
    '</channel></rss>',
    '',
  ].join('\n');
}
