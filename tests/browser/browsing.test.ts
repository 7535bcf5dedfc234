import assert from 'node:assert/strict';
import { test } from 'node:test';
import { siteInBrowser } from '../helpers/browser.ts';

const site = siteInBrowser();

test('home → city → program → source paragraph → back to the citing entry', async () => {
  const page = await site.context.newPage();
  await page.goto(`${site.origin}/`);
  // Shanghai's point on the map: the labels take no clicks, so a reader clicks the point.
  await page.locator('main a[href="/cities/shanghai/"] circle').first().click();
  await page.waitForURL(/\/cities\/shanghai\/$/);
  assert.match(await page.locator('h1').innerText(), /Shanghai/);

  await page.locator('#programs-heading + ul a[href="/programs/shanghai-ai-subsidy-plan-2025/"]').click();
  await page.waitForURL(/\/programs\/shanghai-ai-subsidy-plan-2025\/$/);

  // The first numbered citation in the money row leads to its list entry, whose link leads to the paragraph.
  await page.locator('.infobox .cite-ref').first().click();
  const citation = page.locator('.citations li:target');
  await citation.waitFor();
  await citation.locator('a[href^="/sources/"]').click();
  await page.waitForURL(/\/sources\/[^/]+\/#p\d+$/);
  const anchor = new URL(page.url()).hash;
  const paragraph = page.locator(anchor);
  assert.ok((await paragraph.locator('mark').count()) > 0, 'the cited paragraph has a highlighted quote');

  await page.locator(`${anchor} + .quoted-by a[href="/programs/shanghai-ai-subsidy-plan-2025/"]`).click();
  await page.waitForURL(/\/programs\/shanghai-ai-subsidy-plan-2025\/$/);
  await page.close();
});

test('the comparison page sets hubs side by side and the timeline honours date precision', async () => {
  const page = await site.context.newPage();
  await page.goto(`${site.origin}/compare/`);
  const hubs = await page.locator('table.compare thead th a').allInnerTexts();
  assert.ok(hubs.includes('Shanghai'), hubs.join(', '));
  assert.ok(await page.locator('table.compare th[scope="row"]', { hasText: 'Money, total budget (CNY)' }).count());
  await page.goto(`${site.origin}/timeline/`);
  const text = await page.locator('main').innerText();
  assert.match(text, /29 July 2025/);
  assert.doesNotMatch(text, /\d{4}-\d{2}-\d{2}/, 'dates are written out, as precisely as known');
  await page.close();
});

test('Chinese characters render as glyphs, not as the boxes of a missing font', async () => {
  const page = await site.context.newPage();
  await page.goto(`${site.origin}/cities/shanghai/`);
  // Without a CJK font every character is the same box: two different characters draw the same pixels.
  const drawnAlike = await page.locator('h1').evaluate((h1) => {
    const draw = (character: string) => {
      const canvas = document.createElement('canvas');
      canvas.width = 64;
      canvas.height = 64;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no canvas');
      context.font = `48px ${getComputedStyle(h1).fontFamily}`;
      context.fillText(character, 4, 52);
      return context.getImageData(0, 0, 64, 64).data.join();
    };
    return draw('上') === draw('海');
  });
  assert.equal(drawnAlike, false, 'install a CJK font (Debian: fonts-noto-cjk)');
  await page.close();
});
