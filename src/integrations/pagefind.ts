/**
 * Pagefind search index, built after the site: article pages are indexed
 * from their HTML (only elements marked data-pagefind-body); statements and
 * timeline events go in as their own records, so filters (speaker, kind) and
 * sorting (date) apply to each statement rather than to a whole page.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { searchRecords, type SearchRecord } from '../site/search-records.ts';

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'dateline-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const t0 = performance.now();
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
        const dirResult = await index.addDirectory({ path: out });
        if (dirResult.errors.length) throw new Error(`pagefind: ${dirResult.errors.join('; ')}`);
        const exported = JSON.parse(readFileSync(join(out, 'data', 'site.json'), 'utf8'));
        const records: SearchRecord[] = searchRecords(exported);
        for (const r of records) {
          const res = await index.addCustomRecord(r);
          if (res.errors.length) throw new Error(`pagefind: ${r.url}: ${res.errors.join('; ')}`);
        }
        const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
        if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`indexed ${dirResult.page_count} pages and ${records.length} statement/event records in ${(performance.now() - t0).toFixed(0)} ms`);
      },
    },
  };
}
