/** The timeline as TimelineJS JSON. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { timelineJs } from '../../utils/exports.ts';

export const GET: APIRoute = async ({ site }) => {
  const events = (await getCollection('events')).map((e) => ({ ...e.data, sources: e.data.sources.map((s) => ({ article: s.article.id, articleTitle: s.articleTitle })) }));
  const base = (site?.href ?? '').replace(/\/$/, '');
  return new Response(JSON.stringify(timelineJs('Dateline timeline', events, base)), { headers: { 'Content-Type': 'application/json' } });
};
