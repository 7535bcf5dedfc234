import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { siteInBrowser } from '../helpers/browser.ts';
import { loadKnowledgeBase } from '../helpers/content.ts';
import { builtPages, root, urlOf } from '../helpers/paths.ts';

const kb = loadKnowledgeBase();

const site = siteInBrowser();

/** Places that have a page and coordinates in the reference data: each must be on the map. */
/** Places with a page and coordinates at city level and above; districts and zones stay off the map. */
function placesWithCoordinates(): string[] {
  const { places } = parse(readFileSync(join(root, 'content/places.yaml'), 'utf8')) as {
    places: Record<string, { lat?: number; lon?: number }>;
  };
  const pages = new Set(builtPages().map(urlOf));
  const small = new Set(
    kb.cities.filter((c) => c.data.level === 'district' || c.data.level === 'zone').map((c) => c.id),
  );
  return Object.entries(places)
    .filter(([id, p]) => p.lat !== undefined && p.lon !== undefined && pages.has(`/cities/${id}/`) && !small.has(id))
    .map(([id]) => id);
}

async function home(): Promise<Page> {
  const page = await site.context.newPage();
  await page.goto(`${site.origin}/`);
  return page;
}

test('the home map has a labelled point linking to the page of every place with coordinates', async () => {
  const page = await home();
  const map = page.getByRole('group', { name: /Map of China/ });
  assert.equal(await map.count(), 1, 'the map is named by its title');
  const expected = placesWithCoordinates();
  assert.ok(expected.includes('shanghai'));
  for (const id of expected) {
    const link = map.locator(`a[href="/cities/${id}/"]`);
    assert.equal(await link.count(), 1, `one point for ${id}`);
    const name = (await link.getAttribute('aria-label')) ?? '';
    const label = (await link.locator('text').textContent()) ?? '';
    assert.ok(
      label.length > 0 && name.startsWith(label),
      `${id}: the accessible name "${name}" starts with the visible label "${label}"`,
    );
    assert.equal(await link.locator('circle, rect').count(), 1, `${id} has a marker`);
  }
  assert.equal(await map.locator('a').count(), expected.length, 'no point without coordinates or a page');
  const rows = page.getByRole('table', { name: 'Places on the map' }).locator('tbody tr');
  assert.equal(await rows.count(), expected.length, 'the table lists the same places');
  await page.close();
});

test("clicking Shanghai's point opens the Shanghai page", async () => {
  const page = await home();
  const shanghai = page.getByRole('link', { name: /^Shanghai: municipality/ });
  assert.match((await shanghai.getAttribute('aria-label')) ?? '', /^Shanghai: municipality, \d+ programs?$/);
  // Playwright refuses the click if another label or marker covers the point.
  await shanghai.locator('circle').click();
  await page.waitForURL(/\/cities\/shanghai\/$/);
  assert.match(await page.locator('h1').innerText(), /^Shanghai/);
  await page.close();
});

test('the charts are images with names and a data table each, and show Shanghai', async () => {
  const page = await home();
  for (const heading of ['Announced money by place', 'Programs by instrument and place']) {
    const section = page.locator('section', { has: page.getByRole('heading', { level: 2, name: heading }) });
    const charts = section.getByRole('img');
    const tables = section.getByRole('table');
    assert.ok((await charts.count()) >= 1, `${heading}: a chart`);
    assert.equal(await tables.count(), await charts.count(), `${heading}: a table per chart`);
    assert.ok(
      await section.locator('svg text', { hasText: 'Shanghai' }).first().isVisible(),
      `${heading}: Shanghai is in the chart`,
    );
    assert.ok(
      await tables.first().getByRole('link', { name: 'Shanghai' }).isVisible(),
      `${heading}: Shanghai is in the table`,
    );
  }
  const money = page.locator('section:has(#money-heading)');
  assert.match(await money.innerText(), /normalised with the site's rates/);
  assert.match((await money.getByRole('img').first().getAttribute('aria-labelledby')) ?? '', /-title .+-desc$/);
  await page.close();
});
