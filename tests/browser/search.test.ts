import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { FACET_SHOWN, facetFolds } from '../../src/lib/facet-order.ts';
import { FILTERS, largestAmount } from '../../src/lib/facets.ts';
import { words } from '../../src/lib/labels.ts';
import { siteInBrowser } from '../helpers/browser.ts';
import { newestFirst } from '../../src/lib/dates.ts';
import { loadKnowledgeBase } from '../helpers/content.ts';

const kb = loadKnowledgeBase();
const site = siteInBrowser();
// One tab for the whole file, opened by the first test once the site is up.
let page: Page;

/** Opens the search page at an address and waits for the results and filter counts of that state. */
async function open(query: string): Promise<{ titles: string[]; status: string }> {
  page ??= await site.context.newPage();
  await page.goto(`${site.origin}/search/${query}`);
  await page.locator('#search-status', { hasText: /result|Type a word/ }).waitFor();
  await page.locator('#search-filters[aria-busy="false"]').waitFor();
  return read();
}

async function read(): Promise<{ titles: string[]; status: string }> {
  return {
    titles: await page.locator('#search-results > li > a').allInnerTexts(),
    status: await page.locator('#search-status').innerText(),
  };
}

const resultCount = (status: string) => Number(/^(\d+) results?/.exec(status)?.[1] ?? NaN);
const instruments = [...new Set(kb.programs.map((p) => words(p.data.instrument)))].sort();
const countOf = (instrument: string) => kb.programs.filter((p) => words(p.data.instrument) === instrument).length;

test('a German word from a quote finds the program that quotes it', async () => {
  const { titles } = await open('?q=Subventionsplan');
  assert.ok(titles.includes('Shanghai subsidy plan for AI adoption'), titles.join(' | '));
});

// An exact name, English, Chinese or pinyin, or a program's full name, puts that entity's page first.
for (const [query, href] of [
  ['Hangzhou', '/cities/hangzhou/'],
  ['杭州', '/cities/hangzhou/'],
  ['hangzhou', '/cities/hangzhou/'],
  ['Shenzhen', '/cities/shenzhen/'],
  ['上海', '/cities/shanghai/'],
  ['Shanghai subsidy plan for AI adoption', '/programs/shanghai-ai-subsidy-plan-2025/'],
]) {
  test(`"${query}" returns ${href} first`, async () => {
    await open(`?q=${encodeURIComponent(query as string)}`);
    assert.equal(await page.locator('#search-results > li > a').first().getAttribute('href'), href);
  });
}

test('杭州 lists the Hangzhou page, its title written without the spaces the index puts between characters', async () => {
  const { titles } = await open(`?q=${encodeURIComponent('杭州')}`);
  assert.ok(titles.includes('Hangzhou 杭州'), titles.join(' | '));
  assert.ok(!titles.some((t) => /\p{Script=Han} \p{Script=Han}/u.test(t)), titles.join(' | '));
});

/** Every title a search lists, drawing the results ten at a time until there are no more. */
async function allTitles(query: string): Promise<{ titles: string[]; status: string }> {
  const { status } = await open(query);
  const n = resultCount(status);
  while (await page.locator('#search-more').isVisible()) {
    const shown = await page.locator('#search-results > li').count();
    await page.locator('#search-more').click();
    await page.waitForFunction((k) => document.querySelectorAll('#search-results > li').length > k, shown);
  }
  const { titles } = await read();
  assert.equal(titles.length, n);
  return { titles, status };
}

// Programs whose name or quotes hold the words; there are none until Chinese sources are added to content/.
for (const word of ['算力券', '补贴']) {
  test(`${word} finds every program whose name or quotes contain it, and its excerpt reads as Chinese`, async () => {
    const expected = kb.programs
      .filter((p) =>
        [p.data.name.original ?? '', ...Object.values(p.data.citations).map((c) => c.quote)].some((t) =>
          t.includes(word),
        ),
      )
      .map((p) => p.data.name.en);
    assert.ok(expected.length > 0, `no program's name or quotes contain ${word}: nothing to search for`);
    const { titles, status } = await allTitles(`?q=${encodeURIComponent(word)}&type=Program`);
    for (const name of expected) assert.ok(titles.includes(name), `${name} missing from: ${titles.join(' | ')}`);
    // The count beside the chosen filter value agrees with the results of the phrase.
    assert.equal(
      await page.locator('fieldset[data-filter="type"] label', { hasText: 'Program' }).innerText(),
      `Program (${resultCount(status)})`,
    );
    const excerpts = await page.locator('#search-results > li > p:not(.result-meta)').allInnerTexts();
    assert.ok(
      excerpts.some((e) => e.includes(word)),
      excerpts.join(' | '),
    );
  });
}

test('the type filter alone lists every program, and its count says so', async () => {
  const { status } = await open('?type=Program');
  assert.equal(resultCount(status), kb.programs.length);
  assert.equal(
    await page.locator('fieldset[data-filter="type"] label', { hasText: 'Program' }).innerText(),
    `Program (${kb.programs.length})`,
  );
});

test('a filter by instrument narrows the results, with correct counts per value', async () => {
  const instrument = instruments[0] ?? '';
  await open('?type=Program');
  for (const value of instruments) {
    assert.equal(
      await page
        .locator('fieldset[data-filter="instrument"] label', { hasText: new RegExp(`^${value} \\(`) })
        .innerText(),
      `${value} (${countOf(value)})`,
    );
  }
  await page.locator(`fieldset[data-filter="instrument"] input[value="${instrument}"]`).check();
  await page.locator('#search-status', { hasText: 'with the chosen filters' }).waitFor();
  await page.waitForFunction(
    (n) => document.querySelectorAll('#search-results > li').length === Math.min(n, 10),
    countOf(instrument),
  );
  assert.equal(resultCount((await read()).status), countOf(instrument));
  assert.match(page.url(), new RegExp(`instrument=${encodeURIComponent(instrument).replace(/%20/g, '\\+')}`));
});

test('results come ten at a time, and "Show more results" adds the next ten', async () => {
  const { titles, status } = await open('?type=Program');
  assert.equal(titles.length, Math.min(10, resultCount(status)));
  await page.locator('#search-more').click();
  await page.waitForFunction(
    (n) => document.querySelectorAll('#search-results > li').length === n,
    Math.min(20, kb.programs.length),
  );
  assert.equal(await page.locator('#search-more').isVisible(), kb.programs.length > 20);
});

test('two values of one filter give their union', async () => {
  const [a = '', b = ''] = instruments;
  const { status } = await open(`?instrument=${encodeURIComponent(a)}&instrument=${encodeURIComponent(b)}`);
  assert.equal(resultCount(status), countOf(a) + countOf(b));
});

test('two different filters combine with AND', async () => {
  const shanghai = kb.programsIn('shanghai').length;
  const { status } = await open('?type=Program&place=Shanghai');
  assert.equal(resultCount(status), shanghai);
});

test('sort by amount puts the largest normalised amount first', async () => {
  const ranked = kb.programs
    .map((p) => ({ name: p.data.name.en, amount: largestAmount(p.data, kb.rates)?.cny ?? -1 }))
    .sort((x, y) => y.amount - x.amount);
  const { titles } = await open('?type=Program&sort=amount');
  assert.equal(titles[0], ranked[0]?.name);
  assert.match(
    await page.locator('#search-results .result-meta').first().innerText(),
    /Program · .+ · [A-Z]{3} [\d.,]+/,
  );
});

test('sort by date puts the most recent program first', async () => {
  const newest = newestFirst(kb.programs)[0];
  const { titles } = await open('?type=Program&sort=date');
  assert.equal(titles[0], newest?.data.name.en);
});

test('a shared address restores the query, the filters and the sort', async () => {
  await open('?q=plan&type=Program&sort=amount');
  assert.equal(await page.locator('#search-q').inputValue(), 'plan');
  assert.equal(await page.locator('#search-sort').inputValue(), 'amount');
  assert.equal(await page.locator('fieldset[data-filter="type"] input[value="Program"]').isChecked(), true);
  assert.equal(await page.locator('fieldset[data-filter="type"] input[value="Place"]').isChecked(), false);
});

test('the back button returns to the previous filters', async () => {
  await open('?type=Program');
  await page.locator('fieldset[data-filter="type"] input[value="Place"]').check();
  await page.waitForURL(/type=Place/);
  await page.goBack();
  await page.waitForURL((url) => !url.search.includes('Place'));
  await page.waitForFunction(
    () => !(document.querySelector('fieldset[data-filter="type"] input[value="Place"]') as HTMLInputElement).checked,
  );
  assert.equal(resultCount((await read()).status), kb.programs.length);
});

test('the year filter lists the years programs were announced', async () => {
  const years = [
    ...new Set(
      kb.programs.flatMap((p) => (p.data.announced !== 'not stated' ? [p.data.announced.date.slice(0, 4)] : [])),
    ),
  ];
  await open('?type=Program');
  for (const year of years)
    assert.equal(await page.locator(`fieldset[data-filter="year"] input[value="${year}"]`).count(), 1);
});

test('excerpts read as text: no infobox label runs into its value or the next label', async () => {
  const excerpts: string[] = [];
  const queries = ['?type=Program', '?type=Place', '?type=Organisation', '?type=Source', '?q=Shanghai', '?q=yuan'];
  for (const query of queries) {
    await allTitles(query);
    excerpts.push(...(await page.locator('#search-results > li > p:not(.result-meta)').allInnerTexts()));
  }
  const labels = [
    'Jurisdiction',
    'Money',
    'Status',
    'Instrument',
    'Focus',
    'Announced',
    'Kind',
    'Based in',
    'Level',
  ].join('|');
  const runTogether = new RegExp(`(?<=\\p{Ll})(?:${labels})|(?:${labels})(?=\\p{Lu}|\\d)`, 'u');
  // A word with a capital inside ("ShanghaiMoney") is an artefact unless the content spells it so ("PengCheng").
  const content = JSON.stringify([kb.programs, kb.cities, kb.companies, kb.sources]);
  const artefact = (e: string) =>
    [...e.matchAll(/\p{L}*[a-z][A-Z][a-z]+(?= [A-Z])/gu)].some(([word]) => !content.includes(word));
  const bad = excerpts.filter((e) => runTogether.test(e) || artefact(e));
  console.log(`excerpts: ${excerpts.length} read, ${bad.length} with words run together`);
  assert.ok(excerpts.length > kb.programs.length);
  assert.deepEqual(bad, []);
});

test('filter values with no result for the query come last, dimmed, and the counts stay right', async () => {
  await open('?q=Shanghai');
  const facets = await page.locator('fieldset[data-filter]').evaluateAll((sets) =>
    sets.map((set) =>
      [...set.querySelectorAll('label')].map((l) => ({
        text: l.textContent ?? '',
        count: Number(/\((\d+)\)$/.exec(l.textContent ?? '')?.[1]),
        colour: getComputedStyle(l).color,
      })),
    ),
  );
  const labels = facets.flat();
  const empty = labels.filter((l) => l.count === 0);
  assert.ok(empty.length > 0, 'the query leaves some filter values without results');
  for (const values of facets) {
    const firstEmpty = values.findIndex((l) => l.count === 0);
    if (firstEmpty < 0) continue;
    assert.deepEqual(
      values.slice(firstEmpty).filter((l) => l.count > 0),
      [],
      values.map((l) => l.text).join(' '),
    );
  }
  const full = labels.filter((l) => l.count > 0);
  assert.ok(
    empty.every((l) => l.colour !== full[0]?.colour),
    'values without results are dimmed',
  );
  const year = facets[FILTERS.findIndex(([name]) => name === 'year')]?.[0];
  assert.ok(year && year.count > 0);
  const { status } = await open(`?q=Shanghai&year=${year.text.split(' ')[0]}`);
  assert.equal(resultCount(status), year.count);
});

test('counts are right when the filter chunks arrive after the first results', async () => {
  const counts = () =>
    page.locator('fieldset[data-filter] label').evaluateAll((labels) => labels.map((l) => l.textContent).sort());
  await open('?q=Shanghai');
  const expected = await counts();
  // A search that uses no filter loads no filter chunk, so held-back chunks arrive after its results.
  await page.route('**/pagefind/filter/**', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  const { status } = await open('?q=Shanghai');
  await page.unrouteAll();
  assert.match(status, /^\d+ results/);
  assert.deepEqual(await counts(), expected);
  assert.ok(expected.some((text) => /\((?!0\))\d+\)$/.test(text ?? '')));
});

test('a long filter shows its first values and folds the rest away; a chosen value from the fold stays in sight', async () => {
  await open('?q=AI');
  const place = page.locator('fieldset[data-filter="place"]');
  const all = await place.locator('label').count();
  assert.ok(facetFolds(all), `the place filter has ${all} values, enough to fold`);
  const fold = place.locator('details');
  assert.equal(await fold.locator('summary').innerText(), `${all - FACET_SHOWN} more`);
  assert.equal(await place.locator(':scope > label').count(), FACET_SHOWN);
  assert.equal(await fold.locator('label').first().isVisible(), false, 'the fold starts closed');
  // The shown values are those with the most results, most first; the folded ones give no more than the least shown.
  const counts = (labels: string[]) => labels.map((t) => Number(/\((\d+)\)$/.exec(t)?.[1]));
  const shown = counts(await place.locator(':scope > label').allInnerTexts());
  const folded = counts(await fold.locator('label').allTextContents());
  assert.deepEqual(
    shown,
    [...shown].sort((a, b) => b - a),
  );
  assert.ok(Math.max(...folded) <= Math.min(...shown), `${shown.join(' ')} | ${folded.join(' ')}`);
  // Choosing a folded value (through the fold, as a reader would) keeps the fold open once the counts redraw.
  await fold.locator('summary').click();
  const value = await fold.locator('input').last().getAttribute('value');
  await fold.locator('input').last().check();
  await page.locator('#search-status', { hasText: 'with the chosen filters' }).waitFor();
  await page.locator('#search-filters[aria-busy="false"]').waitFor();
  assert.equal(await place.locator(`input[value="${value}"]`).isVisible(), true);
  assert.equal(await place.locator(`input[value="${value}"]`).isChecked(), true);
  // Opened from its address, the page shows the chosen value too.
  await open(`?q=AI&place=${encodeURIComponent(value ?? '')}`);
  assert.equal(await place.locator(`input[value="${value}"]`).isVisible(), true);
});
