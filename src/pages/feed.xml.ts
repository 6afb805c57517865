/** RSS feed of the newest articles. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { rssFeed } from '../utils/exports.ts';

export const GET: APIRoute = async ({ site }) => {
  const articles = (await getCollection('articles')).sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id)).slice(0, 50);
  const base = (site?.href ?? '').replace(/\/$/, '');
  return new Response(rssFeed(base, articles.map((a) => ({ id: a.id, title: a.data.title, date: a.data.date, summary: a.data.summary }))), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
};
