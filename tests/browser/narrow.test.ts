import assert from 'node:assert/strict';
import { test } from 'node:test';
import { siteInBrowser } from '../helpers/browser.ts';
import { builtPages, urlOf } from '../helpers/paths.ts';

const site = siteInBrowser();
/** The narrowest phone width the site supports. */
const WIDTH = 360;

test(`no page scrolls sideways at ${WIDTH} px, search results included`, async () => {
  const urls = [...builtPages().map(urlOf), '/search/?q=Shanghai'];
  const page = await site.context.newPage();
  await page.setViewportSize({ width: WIDTH, height: 800 });
  const offenders: string[] = [];
  for (const url of urls) {
    await page.goto(`${site.origin}${url}`);
    if (url.includes('?q=')) await page.locator('#search-results li').first().waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > WIDTH) offenders.push(`${url}: ${width} px`);
  }
  await page.close();
  console.log(`${urls.length} pages at ${WIDTH} px, ${offenders.length} wider`);
  assert.deepEqual(offenders, []);
});
