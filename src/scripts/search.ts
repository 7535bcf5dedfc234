import { FACET_SHOWN, facetFolds, facetOrder } from '../lib/facet-order.ts';
import { hanPhrase, joinHan, segmentHan } from '../lib/han.ts';
import { quoted } from '../lib/quotes.ts';
import { nameKey, nameShard, type NameTarget } from '../lib/search-names.ts';

/** The parts of Pagefind's browser API the search page uses. */
type Counts = Record<string, Record<string, number>>;
type Result = { url: string; excerpt: string; meta: Record<string, string> };
type Search = { results: { id: string; data: () => Promise<Result> }[]; filters: Counts; totalFilters: Counts };
type Engine = {
  options: (options: Record<string, unknown>) => Promise<void>;
  filters: () => Promise<Counts>;
  search: (query: string | null, options: Record<string, unknown>) => Promise<Search>;
};
type Pagefind = Engine & { createInstance: () => Engine };

/** The state of a search, kept in the address so that it can be shared and the back button works. */
type State = { q: string; sort: string; filters: Record<string, string[]> };

function readState(url: URL, names: string[]): State {
  return {
    q: url.searchParams.get('q') ?? '',
    sort: url.searchParams.get('sort') ?? '',
    filters: Object.fromEntries(names.map((name) => [name, url.searchParams.getAll(name)])),
  };
}

function stateUrl(state: State): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const [name, values] of Object.entries(state.filters)) for (const value of values) params.append(name, value);
  if (state.sort) params.set('sort', state.sort);
  const query = params.toString();
  return `${location.pathname}${query ? `?${query}` : ''}`;
}

/** Results drawn at a time. */
const PAGE = 10;

const el = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector);

/** Resolves once the browser has painted what the page holds now. */
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/**
 * Runs the search page: loads Pagefind only here (content pages ship no JavaScript). Values of one
 * filter combine with OR, different filters with AND; counts say how many results each value gives.
 */
export async function startSearch(): Promise<void> {
  const form = el<HTMLFormElement>('#search-form');
  const input = el<HTMLInputElement>('#search-q');
  const sort = el<HTMLSelectElement>('#search-sort');
  const status = el<HTMLElement>('#search-status');
  const list = el<HTMLOListElement>('#search-results');
  const panel = el<HTMLElement>('#search-filters');
  const more = el<HTMLButtonElement>('#search-more');
  if (!form || !input || !sort || !status || !list || !panel || !more) return;
  const fieldsets = [...panel.querySelectorAll<HTMLFieldSetElement>('fieldset[data-filter]')];
  const names = fieldsets.map((f) => f.dataset.filter ?? '');

  const bundle = '/pagefind/pagefind.js';
  const pagefind = (await import(/* @vite-ignore */ bundle)) as Pagefind;
  // Two engines over the same index. Once a filter's chunk has loaded, Pagefind counts its values in every search
  // before it returns, which at thousands of places delays the first result: the ranker never loads a filter chunk
  // and draws the results of a search without filters; the counter loads them all, counts, and searches with filters.
  const ranker: Engine = pagefind;
  const counter = pagefind.createInstance();
  await Promise.all([ranker.options({ excerptLength: 24 }), counter.options({ excerptLength: 24 })]);
  // A first search compiles Pagefind's WebAssembly: it is done now, before the reader types (the word is in no index).
  const warmed = ranker.search('qqxqq', {});
  const allCounts = counter.filters();
  // Exact names of places, programs and organisations: the one a reader names comes first (lib/search-names.ts).
  // Only the file a query's name falls in is fetched, beside the search, and kept for later queries.
  const shards = new Map<number, Promise<Record<string, NameTarget>>>();
  const exactName = async (query: string): Promise<NameTarget | undefined> => {
    const key = nameKey(query);
    const shard = nameShard(key);
    if (!shards.has(shard)) {
      shards.set(
        shard,
        fetch(`/search/names/${shard}.json`)
          .then((response) => response.json() as Promise<Record<string, NameTarget>>)
          .catch(() => ({})),
      );
    }
    return (await shards.get(shard))?.[key];
  };

  // One checkbox per filter value found in the index, once the counts have arrived.
  let panelBuilt = false;
  const buildPanel = (all: Counts) => {
    for (const fieldset of fieldsets) {
      const name = fieldset.dataset.filter ?? '';
      const values = Object.keys(all[name] ?? {}).sort();
      for (const value of values) {
        const label = document.createElement('label');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.name = name;
        box.value = value;
        const text = document.createElement('span');
        label.append(box, text);
        fieldset.append(label);
      }
      // Values beyond the first few wait in a closed disclosure, filled as the counts order them (updateCounts).
      if (facetFolds(values.length)) {
        const fold = document.createElement('details');
        const summary = document.createElement('summary');
        summary.textContent = `${(values.length - FACET_SHOWN).toLocaleString('en')} more`;
        fold.append(summary);
        fieldset.append(fold);
      }
      fieldset.hidden = values.length === 0;
    }
    panel.hidden = false;
    panelBuilt = true;
  };

  let current: State = { q: '', sort: '', filters: {} };
  const formState = (): State => ({
    q: input.value.trim(),
    sort: sort.value,
    // Before the checkboxes exist, the filters are those of the address.
    filters: panelBuilt
      ? Object.fromEntries(
          names.map((name) => [
            name,
            [...panel.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((b) => b.value),
          ]),
        )
      : current.filters,
  });

  const apply = (state: State) => {
    input.value = state.q;
    sort.value = state.sort;
    for (const box of panel.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'))
      box.checked = state.filters[box.name]?.includes(box.value) ?? false;
  };

  let latest = 0;
  let lastCounts: { counts: Counts; ticket: number } | undefined;
  // Pagefind counts a filter's values only once that filter's chunk has loaded, and a search loads only the chunks
  // of the filters it uses: until filters() has loaded them all, a search's counts leave the rest at nothing.
  let allFiltersLoaded = false;
  void allCounts.then(() => (allFiltersLoaded = true));

  /** The results of a state; a Chinese word narrows the ranked results to those holding its characters together. */
  const find = async (engine: Engine, state: State, filters: Record<string, { any: string[] }>) => {
    const options = { filters, ...(state.sort ? { sort: { [state.sort]: 'desc' } } : {}) };
    // The index holds Chinese as single characters (lib/han.ts): a Chinese word must be asked for as a phrase
    // to find its characters together, but that search ranks nothing, so it only chooses among the ranked results.
    const phrase = hanPhrase(state.q);
    const [ranked, exact] = await Promise.all([
      engine.search(state.q ? segmentHan(state.q) : null, options),
      phrase ? engine.search(phrase, options) : undefined,
    ]);
    const ids = new Set(exact?.results.map((r) => r.id));
    return exact ? { ...ranked, results: ranked.results.filter((r) => ids.has(r.id)), filters: exact.filters } : ranked;
  };

  /** Shows the counts of the newest state; the panel is busy until they are in. */
  const showCounts = (counts: Counts, ticket: number) => {
    if (ticket !== latest) return;
    lastCounts = { counts, ticket };
    updateCounts(counts);
    panel.setAttribute('aria-busy', String(!panelBuilt));
  };

  const run = async (state: State) => {
    current = state;
    const ticket = ++latest;
    panel.setAttribute('aria-busy', 'true');
    const filters = Object.fromEntries(
      Object.entries(state.filters)
        .filter(([, v]) => v.length > 0)
        .map(([name, values]) => [name, { any: values }]),
    );
    const active = Object.keys(filters).length > 0;
    if (!state.q && !active) {
      list.replaceChildren();
      const [counts] = await Promise.all([allCounts, warmed]);
      if (ticket !== latest) return;
      status.textContent = 'Type a word or choose a filter to search.';
      showCounts(counts, ticket);
      return;
    }
    const countable = active && allFiltersLoaded;
    // A query that is an entity's exact name puts its page first, unless filters or a sort order decide.
    const named = state.q && !active && !state.sort ? exactName(state.q) : undefined;
    const search = await find(active ? counter : ranker, state, filters);
    if (ticket !== latest) return; // a newer search has started
    // Only a page of results is fetched at first, each result's data a request of its own: the first result is
    // drawn as soon as it is in, the rest of the page after it.
    const page = search.results.slice(0, PAGE).map((r) => r.data());
    const best = await named;
    const others = (results: Result[]) => results.filter((r) => r.url !== best?.url);
    const head = page[0] ? [await page[0]] : [];
    if (ticket !== latest) return;
    list.replaceChildren(...(best ? [renderBest(best)] : []), ...others(head).map(renderResult));
    // The first result is painted before the rest of the page and the filter counts, which on a large index
    // move thousands of checkboxes, take the main thread.
    await nextFrame();
    const first = [...head, ...(await Promise.all(page.slice(1)))];
    if (ticket !== latest) return;
    list.append(...others(first.slice(1)).map(renderResult));
    let shown = first.length;
    const n = search.results.length;
    const about = `${state.q ? ` for ${quoted(state.q)}` : ''}${active ? ' with the chosen filters' : ''}`;
    status.textContent = `${n} result${n === 1 ? '' : 's'}${about}.`;
    more.hidden = n <= PAGE;
    more.onclick = async () => {
      const next = await Promise.all(search.results.slice(shown, shown + PAGE).map((r) => r.data()));
      if (ticket !== latest) return;
      shown += next.length;
      list.append(...others(next).map(renderResult));
      more.hidden = shown >= n;
    };
    // The counter counts once every filter chunk is in: a search with filters that ran before then counts again.
    if (countable) showCounts(search.filters, ticket);
    else showCounts(await allCounts.then(() => find(counter, state, filters)).then((s) => s.filters), ticket);
  };

  // Each value's count: how many results choosing it would give, given the other choices. Values that would give
  // none move to the end of their filter, dimmed (lib/facet-order.ts).
  const updateCounts = (counts: Counts) => {
    const focused = document.activeElement;
    for (const fieldset of fieldsets) {
      const labels = new Map([...fieldset.querySelectorAll('label')].map((l) => [l.querySelector('input')?.value, l]));
      const values = [...labels.keys()].filter((v) => v !== undefined).sort();
      const fold = fieldset.querySelector('details');
      const order = facetOrder(values, counts[fieldset.dataset.filter ?? ''] ?? {}, { byCount: fold !== null });
      for (const [i, { value, count }] of order.entries()) {
        const label = labels.get(value);
        if (!label) continue;
        label.classList.toggle('facet-empty', count === 0);
        const span = label.querySelector('span');
        if (span) span.textContent = `${value} (${count})`;
        (fold && i >= FACET_SHOWN ? fold : fieldset).append(label);
      }
      if (fold) {
        fieldset.append(fold);
        // A chosen value stays in sight.
        if (fold.querySelector('input:checked')) fold.open = true;
      }
    }
    // Moving a label takes the focus from its checkbox; a keyboard reader keeps their place.
    if (focused instanceof HTMLElement && panel.contains(focused) && document.activeElement !== focused) {
      focused.focus();
    }
  };

  const update = (push: boolean) => {
    const state = formState();
    const url = stateUrl(state);
    if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
    void run(state);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update(true);
  });
  input.addEventListener('input', () => update(false));
  sort.addEventListener('change', () => update(true));
  panel.addEventListener('change', () => update(true));
  window.addEventListener('popstate', () => {
    const state = readState(new URL(location.href), names);
    apply(state);
    void run(state);
  });

  // A reader may have typed while Pagefind was loading: keep those words rather than the empty address.
  const initial = readState(new URL(location.href), names);
  if (!initial.q && input.value.trim()) initial.q = input.value.trim();
  apply(initial);
  if (initial.q) history.replaceState(null, '', stateUrl(initial));
  const first = run(initial);
  buildPanel(await allCounts);
  apply(current);
  // Counts that arrived before the checkboxes existed are drawn on them now.
  if (lastCounts) showCounts(lastCounts.counts, lastCounts.ticket);
  await first;
}

/** The entity whose exact name the reader typed, drawn first. */
function renderBest(target: NameTarget): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'best-match';
  const link = document.createElement('a');
  link.href = target.url;
  link.textContent = target.title;
  const facts = document.createElement('p');
  facts.className = 'result-meta';
  facts.textContent = `${target.type} · exact name`;
  item.append(link, facts);
  return item;
}

function renderResult(result: Result): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = result.url;
  // The index's copy of the page has spaces between Chinese characters (lib/han.ts); readers see none.
  link.textContent = joinHan(result.meta.title ?? result.url);
  const facts = document.createElement('p');
  facts.className = 'result-meta';
  facts.textContent = [result.meta.type, result.meta.place, result.meta.amount].filter(Boolean).join(' · ');
  const excerpt = document.createElement('p');
  // Pagefind's excerpt is escaped page text with <mark> around the matches.
  excerpt.innerHTML = joinHan(result.excerpt);
  item.append(link, facts, excerpt);
  return item;
}
