import assert from 'node:assert/strict';
import { test } from 'node:test';
import { siteInBrowser } from '../helpers/browser.ts';
import { builtPages, urlOf } from '../helpers/paths.ts';

const site = siteInBrowser({ javaScriptEnabled: false });

test('with JavaScript off, every entity and index page shows its heading and content', async () => {
  const urls = builtPages()
    .map(urlOf)
    .filter((u) => /^\/(cities|programs|companies|sources)\//.test(u));
  assert.ok(urls.length > 4);
  const page = await site.context.newPage();
  for (const url of urls) {
    await page.goto(`${site.origin}${url}`);
    assert.ok((await page.locator('h1').innerText()).length > 0, `${url} has a heading`);
    assert.ok(
      (await page.locator('main table, main .citations, main .archived, main .full-list li').count()) > 0,
      `${url} shows its table, citations, archived text or full list`,
    );
  }
  await page.close();
});

test('with JavaScript off, the search page says search needs it and links to the index tables', async () => {
  const page = await site.context.newPage();
  await page.goto(`${site.origin}/search/?q=Shanghai`);
  const status = await page.locator('#search-status').innerText();
  assert.match(status, /needs JavaScript/);
  // Words either side of a line break in the template must keep their space.
  assert.match(status, /browse the programs, places, organisations and sources tables\./);
  for (const href of ['/programs/', '/cities/', '/companies/', '/sources/']) {
    assert.equal(await page.locator(`#search-status a[href="${href}"]`).count(), 1);
  }
  await page.close();
});
