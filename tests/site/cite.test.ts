import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { load } from 'cheerio';
import { loadEntries } from '../../src/lib/integrity/load.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import { dist, page, root } from '../helpers/paths.ts';

const sources = loadEntries(root)
  .entries.filter((e) => e.collection === 'sources')
  .map((e) => ({ id: e.id, data: sourceSchema.parse(e.data) }));

const year = (item: Record<string, unknown>) =>
  (item.issued as { 'date-parts': number[][] } | undefined)?.['date-parts'][0]?.[0];

for (const { id, data } of sources) {
  test(`the BibTeX and RIS of "${id}" parse back into its title, publisher and date`, () => {
    for (const ext of ['bib', 'ris']) {
      const [item] = new Cite(readFileSync(join(dist, 'cite', `${id}.${ext}`), 'utf8')).data;
      assert.ok(item, `${ext} parses`);
      const title = data.title === 'not stated' ? `[${data.titleEn}]` : data.title;
      // BibTeX, like TeX, reads a run of spaces as one: a title printed with two compares as one.
      const spaces = (text: string | undefined) => text?.replace(/\s+/g, ' ');
      assert.equal(spaces(String(item.title)), spaces(title), `${ext} title`);
      assert.equal(item.publisher, data.publisher === 'not stated' ? undefined : data.publisher, `${ext} publisher`);
      assert.equal(
        year(item),
        data.published === 'not stated' ? undefined : Number(data.published.date.slice(0, 4)),
        `${ext} year`,
      );
    }
    const csl = JSON.parse(readFileSync(join(dist, 'cite', `${id}.json`), 'utf8')) as { title: string }[];
    assert.equal(csl.length, 1);
  });

  test(`the page of source "${id}" shows the cite block and the passages entries quote`, () => {
    const $ = load(page(`/sources/${id}/`));
    const block = $('.cite-this');
    for (const style of ['APA 7', 'Chicago (author-date)', 'MLA 9']) assert.ok(block.find('dt').text().includes(style));
    assert.ok(block.find('dd').first().text().length > 20, 'the APA reference is rendered');
    for (const ext of ['bib', 'ris', 'json']) assert.equal(block.find(`a[href="/cite/${id}.${ext}"]`).length, 1);
    assert.ok($('.archived mark').length > 0, 'quoted passages are highlighted');
    assert.ok($('.archived .quoted-by a').length > 0, 'highlights link to the entries that quote them');
  });
}

test('the about page cites the knowledge base at the last commit, with the same formats', () => {
  const $ = load(page('/about/'));
  assert.match($('#how-to-cite').parent().text(), /version [0-9a-f]{7,} of \d{4}-\d{2}-\d{2}/);
  assert.equal($('.cite-this a[href="/cite/china-ai-hubs.bib"]').length, 1);
  const [item] = new Cite(readFileSync(join(dist, 'cite', 'china-ai-hubs.bib'), 'utf8')).data;
  assert.match(String(item?.title), /China AI Hubs/);
});
