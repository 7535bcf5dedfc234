import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from 'cheerio';
import { builtPages, page, urlOf } from '../helpers/paths.ts';

/**
 * Our typographic mark beside a double quotation mark of the quote itself: two opening marks or two
 * closing ones. A closing mark followed by an opening one ("算力券”“语料券") is Chinese running text.
 */
const DOUBLED = /“["“„]|["„]“|”["”]|"”/u;

test('no page shows a quote with doubled quotation marks', () => {
  const doubled: string[] = [];
  const urls = builtPages().map(urlOf);
  for (const url of urls) {
    const $ = load(page(url));
    $('script').remove();
    // Marks of neighbouring blocks (a quote and its translation) are not doubled: keep blocks apart.
    $('p, li, dt, dd, th, td, blockquote, h1, h2, h3, h4, figcaption, caption, div, section').append('\n');
    const around = new RegExp(`.{0,30}(?:${DOUBLED.source}).{0,30}`, 'gu');
    for (const [match] of $('body').text().matchAll(around)) doubled.push(`${url}: ${match}`);
  }
  console.log(`quote marks: ${urls.length} pages, ${doubled.length} doubled`);
  assert.deepEqual(doubled, []);
});
