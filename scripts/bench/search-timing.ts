import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../../tests/helpers/browser.ts';
import { serveFolder } from './serve.ts';

export type Site = 'ours' | 'starlight' | 'floor';

/** Milliseconds to the first result of one query, through the site's search box and through Pagefind's API. */
export type QueryTime = { query: string; ui: number; api: number; results: number };

/** How each site's search box is found and read. */
const UI: Record<Site, { path: string; ready: (page: Page) => Promise<void>; input: string; results: string }> = {
  ours: {
    path: '/search/',
    // The page says so once Pagefind and its filters have loaded.
    ready: (page) => page.locator('#search-status', { hasText: 'Type a word' }).waitFor(),
    input: '#search-q',
    results: '#search-results',
  },
  starlight: {
    path: '/',
    ready: async (page) => {
      // Starlight creates Pagefind's UI when the browser is idle, inside a dialog opened by a button.
      await page.locator('#starlight__search .pagefind-ui__search-input').waitFor({ state: 'attached' });
      await page.click('button[data-open-modal]');
      await page.locator('#starlight__search .pagefind-ui__search-input').waitFor();
    },
    input: '#starlight__search .pagefind-ui__search-input',
    results: '#starlight__search',
  },
  floor: {
    path: '/search/',
    // The floor's page (scripts/bench/floor.ts) says so once Pagefind has loaded.
    ready: (page) => page.locator('#status', { hasText: 'Type a word' }).waitFor(),
    input: '#q',
    results: '#results',
  },
};

/**
 * Types the query into the search box and waits for the first result to be drawn: from the
 * input event to the first frame after a result item enters the list.
 */
async function timeUi(page: Page, site: Site, query: string): Promise<number> {
  const { input, results } = UI[site];
  const item = site === 'starlight' ? '.pagefind-ui__result' : 'li';
  return page.evaluate(
    ({ input, results, item, query }) =>
      new Promise<number>((resolve) => {
        const list = document.querySelector(results) as HTMLElement;
        const box = document.querySelector(input) as HTMLInputElement;
        const started = performance.now();
        const observer = new MutationObserver(() => {
          if (!list.querySelector(item)) return;
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - started));
        });
        observer.observe(list, { childList: true, subtree: true });
        setTimeout(() => resolve(Number.NaN), 10_000);
        box.value = query;
        box.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    { input, results, item, query },
  );
}

/**
 * Pagefind's own search, once its engine has loaded: the query until the first result's data is
 * loaded. A first search for a word in neither corpus loads the engine (init() alone does not
 * compile the WebAssembly), as a search box does before anyone types.
 */
async function timeApi(page: Page, query: string): Promise<{ ms: number; results: number }> {
  return page.evaluate(async (query) => {
    type Pagefind = { search: (q: string) => Promise<{ results: { data: () => Promise<unknown> }[] }> };
    const bundle = '/pagefind/pagefind.js';
    const pagefind = (await import(/* @vite-ignore */ bundle)) as Pagefind;
    await pagefind.search('xylophone');
    const started = performance.now();
    const search = await pagefind.search(query);
    await search.results[0]?.data();
    return { ms: performance.now() - started, results: search.results.length };
  }, query);
}

/** The median, or NaN when any repeat showed no result: a query is timed only when it finds something. */
const median = (values: number[]) => (values.some(Number.isNaN) ? Number.NaN : ([...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN));

async function onFreshPage<T>(context: BrowserContext, url: string, run: (page: Page) => Promise<T>): Promise<T> {
  const page = await context.newPage();
  try {
    await page.goto(url);
    return await run(page);
  } finally {
    await page.close();
  }
}

/**
 * Serves a built site and times every query `repeats` times in Chromium, each on a freshly
 * loaded page so that no query finds the index chunks of the one before it in memory.
 */
export async function timeSearch(dist: string, site: Site, queries: readonly string[], repeats = 3): Promise<QueryTime[]> {
  const server = await serveFolder(dist);
  const browser = await launchBrowser();
  try {
    const times: QueryTime[] = [];
    for (const query of queries) {
      const ui: number[] = [];
      const api: number[] = [];
      let results = 0;
      for (let i = 0; i < repeats; i++) {
        ui.push(await onFreshPage(browser.context, `${server.origin}${UI[site].path}`, async (page) => {
          await UI[site].ready(page);
          return timeUi(page, site, query);
        }));
        const measured = await onFreshPage(browser.context, `${server.origin}/`, (page) => timeApi(page, query));
        api.push(measured.ms);
        results = measured.results;
      }
      times.push({ query, ui: median(ui), api: median(api), results });
    }
    return times;
  } finally {
    await browser.close();
    await server.stop();
  }
}
