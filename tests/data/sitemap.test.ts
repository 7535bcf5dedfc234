import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { load } from 'cheerio';
import { builtPages, dist, page, urlOf } from '../helpers/paths.ts';

const xml = (file: string) => load(readFileSync(join(dist, file), 'utf8'), { xml: true });

test('the sitemap lists every page at its canonical address, and nothing else', () => {
  const index = xml('sitemap-index.xml');
  const sitemaps = index('sitemap > loc')
    .map((_, loc) => new URL(index(loc).text()).pathname.slice(1))
    .get();
  assert.ok(sitemaps.length > 0);
  const listed = sitemaps.flatMap((file) => {
    const $ = xml(file);
    return $('url > loc')
      .map((_, loc) => $(loc).text())
      .get();
  });
  const canonical = builtPages()
    .map(urlOf)
    .map((url) => load(page(url))('link[rel="canonical"]').attr('href'))
    .filter((href): href is string => href !== undefined);
  console.log(`sitemap: ${listed.length} addresses`);
  assert.deepEqual([...listed].sort(), [...canonical].sort());
});
