import assert from 'node:assert/strict';
import { test } from 'node:test';
import { siteInBrowser } from '../helpers/browser.ts';

const site = siteInBrowser();

test('typing "Shanghai" on /search/ lists the program, whose page shows the quote and links to the source', async () => {
  const page = await site.context.newPage();
  await page.goto(`${site.origin}/search/`);
  await page.getByLabel('Search programs, places, organisations and sources').fill('Shanghai');
  const result = page.locator('#search-results a', { hasText: 'Shanghai subsidy plan for AI adoption' });
  await result.waitFor();
  assert.match(await page.locator('#search-status').innerText(), /\d+ results? for “Shanghai”/);
  assert.match(page.url(), /\?q=Shanghai$/);

  await result.click();
  await page.waitForURL(/\/programs\/shanghai-ai-subsidy-plan-2025\/$/);
  const quote = page.locator('#cite-c2 blockquote');
  assert.match(await quote.innerText(), /einer Milliarde Yuan \(120 Millionen Euro\)/);

  await page.locator('#cite-c2 a[href^="/sources/"]').click();
  await page.waitForURL(/\/sources\/courrier-shanghai-ai-subsidies\/#p\d+$/);
  const anchor = new URL(page.url()).hash;
  const highlighted = await page.locator(`${anchor} mark`).allInnerTexts();
  assert.ok(
    highlighted.some((text) => text.includes('einer Milliarde Yuan (120 Millionen Euro)')),
    `the cited passage is highlighted at ${anchor}`,
  );
  await page.close();
});

test('a term that occurs only in removed page noise finds no page that contains it', async () => {
  const page = await site.context.newPage();
  // From the address footer and rating widget of the BusinessTianjin page and the unrelated article appended to a Hangzhou page.
  // Pagefind also returns near matches of a word it does not hold; none of them may contain the term itself.
  for (const term of ['PoorBest', 'Pezeshkian', 'Larijani', 'Qalibaf', 'Karaj']) {
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent(term)}`);
    await page.locator('#search-status', { hasText: 'result' }).waitFor();
    const urls = await page
      .locator('#search-results > li > a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    for (const url of urls) {
      const html = await (await fetch(`${site.origin}${url}`)).text();
      assert.ok(!html.toLowerCase().includes(term.toLowerCase()), `${term} found on ${url}`);
    }
  }
  await page.close();
});
