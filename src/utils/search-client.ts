/**
 * The search page's island: Pagefind's JS API with a speaker filter, a kind
 * filter and date sort. The query lives in the URL (?q=&speaker=&kind=&sort=)
 * so a search can be linked to.
 */
import { formatDay } from './format.ts';
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface Pagefind {
  init(): Promise<void>;
  search(term: string | null, options: { filters?: Record<string, string>; sort?: Record<string, string> }): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

export async function runSearch(): Promise<void> {
  const form = document.getElementById('search-form') as HTMLFormElement;
  const status = document.getElementById('status')!;
  const list = document.getElementById('results')!;
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
  const params = new URLSearchParams(location.search);
  for (const name of ['q', 'speaker', 'kind', 'sort']) field(name).value = params.get(name) ?? '';

  const bundle = '/pagefind/pagefind.js';
  const pagefind = (await import(/* @vite-ignore */ bundle)) as Pagefind;
  await pagefind.init();
  let generation = 0;

  const search = async () => {
    const mine = ++generation;
    const q = field('q').value.trim();
    const speaker = field('speaker').value;
    const kind = field('kind').value;
    const sort = field('sort').value;
    const url = new URL(location.href);
    for (const [k, v] of Object.entries({ q, speaker, kind, sort })) {
      if (v) url.searchParams.set(k, v);
      else url.searchParams.delete(k);
    }
    history.replaceState(null, '', url);
    if (!q && !speaker && !kind) {
      status.textContent = '';
      list.replaceChildren();
      return;
    }
    const filters: Record<string, string> = {};
    if (speaker) {
      filters.speaker = speaker;
      if (!kind) filters.kind = 'statement';
    }
    if (kind) filters.kind = kind;
    status.textContent = 'Searching…';
    const res = await pagefind.search(q || null, { filters, ...(sort ? { sort: { date: sort } } : {}) });
    const data = await Promise.all(res.results.slice(0, 50).map((r) => r.data()));
    if (mine !== generation) return;
    status.textContent = `${res.results.length} result${res.results.length === 1 ? '' : 's'}${res.results.length > 50 ? ' (first 50 shown)' : ''}`;
    list.replaceChildren(
      ...data.map((d) => {
        const li = document.createElement('li');
        li.dataset.kind = d.filters.kind?.[0] ?? 'article';
        if (d.filters.speaker?.[0]) li.dataset.speaker = d.filters.speaker[0];
        const a = document.createElement('a');
        a.href = d.url;
        a.className = 'result-link';
        a.textContent = d.meta.title ?? d.url;
        const kindEl = document.createElement('span');
        kindEl.className = 'kind';
        kindEl.textContent = li.dataset.kind;
        const p = document.createElement('p');
        p.className = 'quote';
        p.innerHTML = d.excerpt; // Pagefind escapes indexed text; only <mark> is added.
        const meta = document.createElement('p');
        meta.className = 'meta';
        if (d.filters.article?.[0]) meta.append(d.filters.article[0], ' · ');
        if (d.meta.date && /^\d{4}-\d{2}-\d{2}$/.test(d.meta.date)) {
          const time = document.createElement('time');
          time.dateTime = d.meta.date;
          time.textContent = formatDay(d.meta.date);
          meta.append(time);
        }
        li.append(kindEl, ' ', a, p, meta);
        return li;
      }),
    );
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void search();
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  field('q').addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(), 200);
  });
  for (const name of ['speaker', 'kind', 'sort']) field(name).addEventListener('change', () => void search());
  if (params.toString()) await search();
}
