import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  citedByHref,
  citedByPage,
  placePage,
  placeProgramsHref,
  placeProgramsPage,
  sourcePage,
  sourcesWithCitedByPage,
} from '../../src/lib/views/entity-pages.ts';
import { LIST_LIMIT, summarise } from '../../src/lib/views/long-list.ts';
import { loadKnowledgeBase } from '../helpers/content.ts';

const kb = loadKnowledgeBase();

test('a list longer than the limit shows its first items and links to all of them; a short one shows all', () => {
  const items = Array.from({ length: 25 }, (_, i) => i);
  assert.deepEqual(summarise(items, '/all/', 20), { shown: items.slice(0, 20), total: 25, allHref: '/all/' });
  assert.deepEqual(summarise(items.slice(0, 20), '/all/', 20), { shown: items.slice(0, 20), total: 20 });
});

test("a place's page lists its newest programs up to the limit, and the full page lists them all in the same order", () => {
  const hangzhou = kb.cities.find((c) => c.id === 'hangzhou')!;
  const full = placeProgramsPage(kb, hangzhou).programs;
  assert.ok(full.length > 3, 'Hangzhou has more programs than the limit used here');
  const { programs } = placePage(kb, hangzhou, 3);
  assert.equal(programs.total, full.length);
  assert.equal(programs.allHref, placeProgramsHref('hangzhou'));
  assert.deepEqual(
    programs.shown.map((p) => p.href),
    full.slice(0, 3).map((p) => p.href),
  );
  assert.equal(placePage(kb, hangzhou).programs.allHref, undefined, `Hangzhou has at most ${LIST_LIMIT} programs`);
});

test('a much-cited source links to the page of everything that cites it; only such sources have that page', () => {
  const long = sourcesWithCitedByPage(kb);
  assert.ok(long.length > 0, `some source is cited by more than ${LIST_LIMIT} entries`);
  for (const source of kb.sources) {
    const { citedBy } = sourcePage(kb, source);
    const all = citedByPage(kb, source).citedBy;
    assert.equal(citedBy.total, all.length);
    assert.equal(citedBy.shown.length, Math.min(all.length, LIST_LIMIT));
    assert.equal(citedBy.allHref, long.includes(source) ? citedByHref(source.id) : undefined, source.id);
  }
});
