/** The subset of Pagefind's browser API that the search page uses. */
type PagefindResult = { data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string> }> };
type Pagefind = {
  options: (options: Record<string, unknown>) => Promise<void>;
  debouncedSearch: (query: string) => Promise<{ results: PagefindResult[] } | null>;
};

/**
 * Runs the search page: loads Pagefind only here (content pages ship no JavaScript), keeps the
 * query in the address so a search can be shared, and announces the number of results.
 */
export async function startSearch(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  const input = document.querySelector<HTMLInputElement>('#search-q');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  if (!form || !input || !status || !list) return;
  const bundle = '/pagefind/pagefind.js';
  const pagefind = (await import(/* @vite-ignore */ bundle)) as Pagefind;
  await pagefind.options({ excerptLength: 24 });

  const show = async (query: string) => {
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    if (!query.trim()) {
      list.replaceChildren();
      status.textContent = 'Type a word to search.';
      return;
    }
    const search = await pagefind.debouncedSearch(query);
    if (!search) return; // superseded by a newer query
    const results = await Promise.all(search.results.slice(0, 30).map((r) => r.data()));
    list.replaceChildren(
      ...results.map((result) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = result.url;
        link.textContent = result.meta.title ?? result.url;
        const excerpt = document.createElement('p');
        // Pagefind's excerpt is escaped text with <mark> around the matches.
        excerpt.innerHTML = result.excerpt;
        item.append(link, excerpt);
        return item;
      }),
    );
    status.textContent = `${search.results.length} result${search.results.length === 1 ? '' : 's'} for “${query}”.`;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void show(input.value);
  });
  input.addEventListener('input', () => void show(input.value));
  input.value = new URL(location.href).searchParams.get('q') ?? '';
  await show(input.value);
}
