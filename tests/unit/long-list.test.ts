import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  citedByHref,
  citedByPage,
  fullRelatedLists,
  organisationPage,
  placePage,
  placeProgramsHref,
  placeProgramsPage,
  relatedListHref,
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

test("a place's and an organisation's related lists stop at the limit and link to all their items", () => {
  const limit = 2;
  let cut = 0;
  const pages = [
    ...kb.cities.map((c) => ({ collection: 'cities' as const, id: c.id, lists: placePage(kb, c, limit) })),
    ...kb.companies.map((c) => ({ collection: 'companies' as const, id: c.id, lists: organisationPage(kb, c, limit) })),
  ];
  for (const { collection, id, lists } of pages) {
    const related =
      collection === 'cities' ? [lists.organisations, lists.places, lists.sources] : [lists.programs, lists.sources];
    for (const list of related) {
      assert.equal(list.shown.length, Math.min(list.total, limit), `${id} ${list.heading}`);
      assert.equal(list.allHref !== undefined, list.total > limit, `${id} ${list.heading}`);
      if (list.allHref) {
        cut++;
        assert.match(list.allHref, new RegExp(`^/${collection}/${id}/(organisations|places|sources|programs)/$`));
      }
    }
  }
  assert.ok(cut > 5, 'the limit used here cuts some lists');
});

test('every related list longer than the limit has a full list with all its items, and no other has one', () => {
  const full = fullRelatedLists(kb, 'cities');
  assert.deepEqual(
    full.map((l) => `${l.id}/${l.key}`),
    kb.cities.flatMap((c) => {
      const { organisations, places, sources } = placePage(kb, c);
      return Object.entries({ organisations, places, sources })
        .filter(([, list]) => list.total > LIST_LIMIT)
        .map(([key]) => `${c.id}/${key}`);
    }),
  );
  const china = full.find((l) => l.id === 'china' && l.key === 'places');
  assert.ok(china, `China has more than ${LIST_LIMIT} places within it`);
  const { places } = placePage(
    kb,
    kb.cities.find((c) => c.id === 'china')!,
  );
  assert.equal(china.items.length, places.total);
  assert.deepEqual(places.shown, china.items.slice(0, LIST_LIMIT));
  assert.equal(places.allHref, relatedListHref('cities', 'china', 'places'));
  assert.equal(china.title, 'All places within China');
});
