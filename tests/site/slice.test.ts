import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from 'cheerio';
import { builtPages, page, urlOf } from '../helpers/paths.ts';

const SOURCE = '/sources/courrier-shanghai-ai-subsidies/';
const PROGRAM = '/programs/shanghai-ai-subsidy-plan-2025/';

test('the Shanghai page lists the program with its amount and a citation to the source', () => {
  const $ = load(page('/cities/shanghai/'));
  const item = $('#programs-heading')
    .parent()
    .find('li')
    .filter((_, li) => $(li).find(`a[href="${PROGRAM}"]`).length > 0);
  assert.equal(item.length, 1, 'the program is listed');
  assert.match(item.text(), /CNY 1 billion/);
  assert.match(item.text(), /total budget/);
  const sourceLinks = $('#citations-heading').parent().find(`a[href^="${SOURCE}#p"]`);
  assert.ok(sourceLinks.length > 0, 'citations link to paragraphs of the source page');
});

test('the program page shows the quote, its editorial translation and the paragraph it stands in', () => {
  const $ = load(page(PROGRAM));
  const cite = $('#cite-c2');
  assert.match(
    cite.find('blockquote').text(),
    /im Wert von einer Milliarde Yuan \(120 Millionen Euro\) am Dienstag, dem 29\. Juli/,
  );
  assert.equal(cite.find('blockquote').attr('lang'), 'de');
  assert.match(cite.find('.translation').text(), /editorial translation/);
  const href = cite.find(`a[href^="${SOURCE}#p"]`).attr('href') ?? '';
  const anchor = href.split('#')[1] ?? '';
  const source = load(page(SOURCE));
  assert.match(
    source(`#${anchor} mark`).text(),
    /einer Milliarde Yuan \(120 Millionen Euro\)/,
    'the quoted passage is highlighted at the anchor',
  );
});

test('the money is shown as stated, with the source conversion and normalised values', () => {
  const $ = load(page(PROGRAM));
  const money = $('.infobox .money').first().text().replace(/\s+/g, ' ');
  assert.match(money, /CNY 1 billion/);
  assert.match(money, /stated as “einer Milliarde Yuan \(120 Millionen Euro\)”/);
  assert.match(money, /the source converts it to EUR 120 million/);
  // CNY 1 billion is one figure: its conversion keeps two, not 138 million.
  assert.match(money, /≈ USD 140 million/);
});

test('the source page lists every entry that cites it, or the first of them and a link to all', () => {
  const $ = load(page(SOURCE));
  const section = $('#cited-by-heading').parent();
  const all = section.find('p.more a').attr('href');
  // A source cited by more entries than its page lists links to a page of all of them (lib/views/long-list.ts).
  const list = all ? load(page(all))('main .full-list') : section;
  const citing = list
    .find('li > a')
    .map((_, a) => $(a).attr('href'))
    .get();
  for (const href of [
    PROGRAM,
    '/cities/shanghai/',
    '/cities/hangzhou/',
    '/companies/deepseek/',
    '/companies/zhi-dongxi/',
  ]) {
    assert.ok(citing.includes(href), `${href} is listed as citing the source`);
  }
});

test('entity pages ship no script and are the only pages in the search index', () => {
  const entity = /^\/(cities|programs|companies|sources)\/[^/]+\/$/;
  let entities = 0;
  for (const file of builtPages()) {
    const url = urlOf(file);
    const $ = load(page(url));
    const indexed = $('[data-pagefind-body]').length > 0;
    if (entity.test(url)) {
      entities++;
      // JSON-LD is data for search engines, not JavaScript: browsers never run it.
      assert.equal($('script:not([type="application/ld+json"])').length, 0, `${url} has a <script>`);
      assert.ok(indexed, `${url} is indexed`);
    } else {
      assert.equal(indexed, false, `${url} is not an entity page and must not be indexed`);
    }
  }
  assert.ok(entities >= 9, `expected the slice's entity pages, found ${entities}`);
});

test("lists of other entries and the ways to cite a page stay out of the search index; a page's own text stays in", () => {
  const entity = /^\/(cities|programs|companies|sources)\/[^/]+\/$/;
  let lists = 0;
  for (const url of builtPages()
    .map(urlOf)
    .filter((u) => entity.test(u))) {
    const $ = load(page(url));
    $('main section[aria-labelledby]').each((_, section) => {
      const heading = $(section).attr('aria-labelledby') ?? '';
      const list = /^rel-|^(programs|cited-by|cite)-heading$/.test(heading);
      if (list) lists++;
      assert.equal($(section).is('[data-pagefind-ignore]'), list, `${url} #${heading}`);
    });
  }
  assert.ok(lists > 50, `related lists seen: ${lists}`);
});
