/**
 * Content-layer loaders for Dateline's collections. All of them read one
 * site model (src/site/model.ts), built once per build from content/ by the
 * analysis engine; each stores its own entries.
 */
import type { Loader } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { getSiteModel, type SiteModel } from '../site/model.ts';

type CollectionName = 'articles' | 'statements' | 'speakers' | 'events' | 'dates';

function entriesOf(model: SiteModel, name: CollectionName): { id: string; data: Record<string, unknown>; html?: string }[] {
  switch (name) {
    case 'articles':
      return model.articles.map(({ html, ...data }) => ({ id: data.id, data, html }));
    case 'statements':
      return model.statements.map((s) => ({ id: s.id, data: { ...s } }));
    case 'speakers':
      return model.speakers.map((s) => ({ id: s.id, data: { ...s } }));
    case 'events':
      return model.events.map((e) => ({ id: e.id, data: { ...e } }));
    case 'dates':
      return model.timeline.map((d) => ({ id: d.id, data: { ...d } }));
  }
}

export function datelineLoader(name: CollectionName): Loader {
  return {
    name: `dateline-${name}`,
    async load({ store, parseData, logger, config, generateDigest }) {
      const root = fileURLToPath(config.root);
      const model = getSiteModel(root);
      if (name === 'articles') {
        logger.info(
          `${model.articles.length} articles, ${model.statements.length} statements, ${model.events.length} events, ${model.speakers.length} speakers ` +
            `(${model.cacheHits} analyses from cache; content read and analysed in ${model.buildMs.toFixed(0)} ms)`,
        );
      }
      store.clear();
      for (const entry of entriesOf(model, name)) {
        const data = await parseData({ id: entry.id, data: entry.data });
        store.set({
          id: entry.id,
          data,
          digest: generateDigest(entry.data),
          ...(entry.html !== undefined ? { rendered: { html: entry.html } } : {}),
        });
      }
    },
  };
}
