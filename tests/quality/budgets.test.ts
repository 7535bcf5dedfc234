import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { test } from 'node:test';
import { load } from 'cheerio';
import { builtPages, dist, urlOf } from '../helpers/paths.ts';

/**
 * HTML + CSS per page, gzipped, in KB. 14 KB arrives in the first network round trip; a type
 * that needs more says why.
 */
const budgets: [RegExp, string, number, string?][] = [
  [/^\/sources\/[^/]+\/$/, 'source', 24, 'carries the whole archived article so every quote can be checked in place'],
  [/^\/(cities|programs|companies)\/[^/]+\/$/, 'entity', 14],
  [
    /^\/(cities|programs|companies|sources)\/$/,
    'index',
    32,
    'the whole table, which readers without JavaScript browse instead of searching',
  ],
  [
    /^\/(compare\/vouchers\/.*|timeline\/|about\/)$/,
    'table',
    32,
    'one row per program or place, complete, with a citation in every cell',
  ],
  [/^\/$/, 'home', 32, 'the map and the charts are SVG, each with its data table'],
  [/^\/search\/$/, 'search', 14],
  [/.*/, 'other', 14],
];

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

test('pages stay within their size budgets and content pages ship no JavaScript', () => {
  const rows: string[] = [];
  const over: string[] = [];
  for (const file of builtPages()) {
    const url = urlOf(file);
    const html = readFileSync(join(dist, file), 'utf8');
    const $ = load(html);
    const css = $('link[rel="stylesheet"]')
      .map((_, el) => readFileSync(join(dist, $(el).attr('href') ?? ''), 'utf8'))
      .get()
      .join('\n');
    // JSON-LD is data for search engines, not JavaScript: browsers never run it.
    const scripts = $('script:not([type="application/ld+json"])');
    const [, type, budget] = budgets.find(([pattern]) => pattern.test(url)) ?? budgets[budgets.length - 1]!;
    const size = (gz(html) + (css ? gz(css) : 0)) / 1024;
    rows.push(
      `${url.padEnd(70)} ${type.padEnd(7)} ${size.toFixed(1).padStart(5)} KB of ${budget} KB, ${scripts.length} scripts`,
    );
    if (size > budget) over.push(`${url}: ${size.toFixed(1)} KB > ${budget} KB`);
    if (url !== '/search/') assert.equal(scripts.length, 0, `${url} ships JavaScript`);
  }
  console.log(`page sizes (HTML + CSS, gzip):\n${rows.join('\n')}`);
  assert.deepEqual(over, []);
});
