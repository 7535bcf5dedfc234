import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { load, type CheerioAPI } from 'cheerio';
import { parse } from 'csv-parse/sync';
import { isVoucherProgram, usedKinds } from '../../src/lib/vouchers.ts';
import { loadKnowledgeBase } from '../helpers/content.ts';
import { dist, page } from '../helpers/paths.ts';

const kb = loadKnowledgeBase();
const vouchers = kb.programs.filter((p) => isVoucherProgram(p.data));
const views = { pool: '/compare/vouchers/', rate: '/compare/vouchers/by-rate/', date: '/compare/vouchers/by-date/' };

const rowsOf = ($: CheerioAPI) =>
  $('table.vouchers tbody tr')
    .toArray()
    .map((tr) => $(tr));
const idOf = (href: string | undefined) => /^\/programs\/([^/]+)\/$/.exec(href ?? '')?.[1];
/** A cell's items, one per line, without citation numbers and note flags. */
const plain = ($: CheerioAPI, cell: ReturnType<CheerioAPI>) => {
  const copy = cell.clone();
  copy.find('.cite-ref, .note-flag').remove();
  return tidy(
    copy
      .find('p')
      .map((_, p) => $(p).text())
      .get()
      .join('\n'),
  );
};
const tidy = (text: string) =>
  text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');

test('every voucher program is a row of the comparison, and of the view of each kind it names', () => {
  assert.ok(vouchers.length > 0);
  const $ = load(page(views.pool));
  assert.deepEqual(
    rowsOf($)
      .map((tr) => idOf(tr.find('th a').attr('href')))
      .sort(),
    vouchers.map((p) => p.id).sort(),
  );
  for (const kind of usedKinds(kb)) {
    const $kind = load(page(`/compare/vouchers/${kind}/`));
    const expected = vouchers
      .filter((p) => p.data.voucherKinds.includes(kind))
      .map((p) => p.id)
      .sort();
    assert.deepEqual(
      rowsOf($kind)
        .map((tr) => idOf(tr.find('th a').attr('href')))
        .sort(),
      expected,
      kind,
    );
    assert.equal($(`a[href="/compare/vouchers/${kind}/"]`).length, 1, `the page links the ${kind} view`);
  }
});

test('every filled cell holds a citation link to an anchor on the program page; empty ones say "not stated"', () => {
  const $ = load(page(views.pool));
  const anchors = new Map<string, Set<string>>();
  let links = 0;
  for (const tr of rowsOf($)) {
    const id = idOf(tr.find('th a').attr('href')) ?? '';
    const ids =
      anchors.get(id) ??
      new Set(
        load(page(`/programs/${id}/`))('[id]')
          .map((_, el) => el.attribs['id'] ?? '')
          .get(),
      );
    anchors.set(id, ids);
    tr.find('td').each((_, td) => {
      const cell = $(td);
      const column = cell.attr('data-column');
      if (plain($, cell) === 'not stated') return;
      const cites = cell.find('a.cite-ref');
      assert.ok(cites.length > 0, `${id} ${column} is filled and cites`);
      cites.each((_, a) => {
        const [path, anchor] = ($(a).attr('href') ?? '').split('#');
        assert.equal(path, `/programs/${id}/`, `${id} ${column} cites its own program`);
        assert.ok(ids.has(anchor ?? ''), `${id} ${column}: #${anchor} exists on the program page`);
        links++;
      });
    });
  }
  console.log(`voucher table: ${links} citation links resolved`);
});

test('the three sort views list the rows in their order, the active column marked with aria-sort', () => {
  const value = (tr: ReturnType<CheerioAPI>, column: string) =>
    tr.find(`td[data-column="${column}"]`).attr('data-value');
  for (const [sort, url] of Object.entries(views)) {
    const $ = load(page(url));
    assert.equal($('th[aria-sort]').length, 1, url);
    assert.equal($('th[aria-sort="descending"] a').attr('href'), url, `${url} marks its own column`);
    const values = rowsOf($).map((tr) => value(tr, sort));
    const known = values.filter((v): v is string => v !== undefined);
    assert.deepEqual(values.slice(0, known.length), known, `${url}: rows with a value come first`);
    const sorted = [...known].sort((a, b) => (sort === 'date' ? b.localeCompare(a) : Number(b) - Number(a)));
    assert.deepEqual(known, sorted, `${url} is in descending order`);
    if (sort === 'date') {
      for (const tr of rowsOf($)) {
        const time = tr.find('td[data-column="date"] time').attr('datetime');
        assert.equal(time, value(tr, 'date'), 'the date sorted by is the date shown');
      }
    }
    if (sort === 'rate') {
      for (const tr of rowsOf($)) {
        const shares = [
          ...tr
            .find('td[data-column="rate"]')
            .text()
            .matchAll(/(\d+(?:\.\d+)?)% of/g),
        ].map((m) => Number(m[1]) / 100);
        const rate = value(tr, 'rate');
        assert.equal(
          rate === undefined ? undefined : Number(rate),
          shares.length ? Math.max(...shares) : undefined,
          'the highest tier shown',
        );
      }
    }
  }
});

test('the CSV holds exactly the rows and columns of the table', () => {
  const $ = load(page(views.pool));
  const [header = [], ...rows] = parse(readFileSync(join(dist, 'data', 'vouchers.csv'), 'utf8'), {
    record_delimiter: '\r\n',
  }) as string[][];
  assert.deepEqual(
    header,
    $('table.vouchers thead th')
      .map((_, th) => $(th).text().trim())
      .get(),
  );
  const table = rowsOf($);
  assert.equal(rows.length, table.length);
  table.forEach((tr, i) => {
    const row = rows[i] ?? [];
    assert.equal(row[0], tr.find('th').text().trim());
    tr.find('td').each((j, td) => {
      // The CSV gives a note's flag in brackets after its item, where the page links it.
      const csv = tidy((row[j + 1] ?? '').replace(/ ?\((?:[a-z ]+: see note(?:; )?)+\)/g, ''));
      assert.equal(csv, plain($, $(td)), `${row[0]} column ${header[j + 1]}`);
    });
  });
  const $data = load(page('/data/'));
  assert.equal($data('a[href="/data/vouchers.csv"]').length, 1, '/data/ lists the download');
});

test('the about page lists every place that has programs, with links to its programs and sources', () => {
  const $ = load(page('/about/'));
  const register = $('table.register');
  for (const city of kb.cities) {
    const programs = kb.programsIn(city.id);
    if (programs.length === 0) continue;
    const row = register.find(`th a[href="/cities/${city.id}/"]`).closest('tr');
    assert.equal(row.length, 1, city.id);
    for (const p of programs)
      assert.equal(row.find(`a[href="/programs/${p.id}/"]`).length, 1, `${city.id} lists ${p.id}`);
    for (const id of kb.sourcesOf('programs', programs[0]?.id ?? ''))
      assert.equal(row.find(`a[href="/sources/${id}/"]`).length, 1, `${city.id} lists ${id}`);
  }
  assert.doesNotMatch($('#limitations-heading').parent().text(), /none is a government document/);
});

test('the navigation and the hub comparison link the voucher comparison', () => {
  const $ = load(page(views.pool));
  assert.equal($('nav[aria-label="Main"] a[href="/compare/vouchers/"]').attr('aria-current'), 'page');
  assert.equal($('nav[aria-label="Main"] a[href="/compare/"]').attr('aria-current'), undefined);
  const $compare = load(page('/compare/'));
  assert.ok($compare('main a[href="/compare/vouchers/"]').length > 0);
  assert.ok($compare('th:contains("Largest yearly pool")').closest('tr').find('a[href^="/programs/"]').length > 0);
  assert.ok($compare('th:contains("Highest rate")').closest('tr').find('a[href^="/programs/"]').length > 0);
});
