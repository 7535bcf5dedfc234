import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { siteInBrowser } from '../helpers/browser.ts';
import { builtPages, urlOf } from '../helpers/paths.ts';

const site = siteInBrowser();
const urls = builtPages().map(urlOf);

/** Opens a page while recording CSP violations, console errors and requests to other origins. */
async function visit(url: string): Promise<{ page: Page; problems: string[] }> {
  const page = await site.context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content[- ]Security[- ]Policy/i.test(message.text()))
      problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const requestOrigin = new URL(request.url()).origin;
    if (requestOrigin !== site.origin && !request.url().startsWith('data:'))
      problems.push(`request to another origin: ${request.url()}`);
  });
  // Content pages ship no script, so the load event is enough; the search page waits for its results.
  await page.goto(`${site.origin}${url}`, { waitUntil: url.startsWith('/search/') ? 'networkidle' : 'load' });
  return { page, problems };
}

async function axe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

// Every page is opened once for both sweeps: axe, and the CSP and origin checks recorded while it
// loads. The first test to ask starts it, once the browser is up.
let sweeping: Promise<{ violations: string[]; problems: string[] }> | undefined;
const sweep = () =>
  (sweeping ??= (async () => {
    const violations: string[] = [];
    const problems: string[] = [];
    // Two tabs at a time, one per core: the pages are independent and the sweep is the suite's longest.
    const queue = [...urls];
    const worker = async () => {
      for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
        const visited = await visit(url);
        violations.push(...(await axe(visited.page)).map((v) => `${url}: ${v}`));
        problems.push(...visited.problems.map((p) => `${url}: ${p}`));
        await visited.page.close();
      }
    };
    await Promise.all([worker(), worker()]);
    violations.sort();
    problems.sort();
    const search = await visit('/search/?q=Shanghai');
    await search.page.locator('#search-results li').first().waitFor();
    violations.push(...(await axe(search.page)).map((v) => `/search/ with results: ${v}`));
    problems.push(...search.problems.map((p) => `/search/?q=Shanghai: ${p}`));
    await search.page.close();
    return { violations, problems };
  })());

test('axe finds no violation on any page, nor on the search page with results showing', async () => {
  const { violations } = await sweep();
  console.log(`axe: ${urls.length + 1} pages checked, ${violations.length} violations`);
  assert.deepEqual(violations, []);
});

test('no page reports a CSP violation or requests another origin, searching included', async () => {
  const { problems } = await sweep();
  console.log(`CSP and origin checks: ${urls.length + 1} pages, ${problems.length} problems`);
  assert.deepEqual(problems, []);
});

test('pages have a skip link to the main landmark and a visible focus ring', async () => {
  const { page } = await visit('/cities/shanghai/');
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    return {
      text: el.textContent,
      href: el.getAttribute('href'),
      outline: getComputedStyle(el).outlineStyle,
      top: el.getBoundingClientRect().top,
    };
  });
  assert.equal(focused.text, 'Skip to content');
  assert.equal(focused.href, '#main');
  assert.equal(focused.outline, 'solid');
  assert.ok(focused.top >= 0, 'the skip link becomes visible when focused');
  assert.equal(await page.locator('main#main').count(), 1);
  await page.close();
});

test('print hides navigation and shows where citation links lead', async () => {
  const { page } = await visit('/programs/shanghai-ai-subsidy-plan-2025/');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.site-header').isVisible(), false);
  const after = await page
    .locator('.citations a[href]')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  assert.match(after, /attr\(href\)|\/sources\//);
  await page.close();
});
