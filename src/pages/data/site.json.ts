/** JSON export of every collection (also the source of the search index's statement records). */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { pagingLimits } from '../../site/paging.ts';

export const GET: APIRoute = async () => {
  // References ({collection, id}) become plain ids, at any depth.
  const deref = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(deref);
    if (v && typeof v === 'object') {
      if ('collection' in v && 'id' in v && Object.keys(v).length === 2) return (v as { id: string }).id;
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, deref(x)]));
    }
    return v;
  };
  const flat = <T extends { data: Record<string, unknown> }>(entries: T[]) => entries.map((e) => deref(e.data));
  const statements = await getCollection('statements');
  const dates = (await getCollection('dates')).sort((a, b) => a.data.order - b.data.order);
  const limits = pagingLimits();
  const body = {
    generator: 'Dateline',
    paging: { ...limits, timelinePaged: dates.length > limits.timelineDates, statementsPaged: statements.length > limits.statements },
    articles: flat(await getCollection('articles')),
    statements: flat(statements),
    speakers: flat(await getCollection('speakers')),
    events: flat(await getCollection('events')),
    dates: flat(dates),
  };
  return new Response(JSON.stringify(body, null, 1), { headers: { 'Content-Type': 'application/json' } });
};
