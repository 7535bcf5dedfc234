// Long lists on entity pages stop at LIST_LIMIT items and link to a page with all of them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  citedByHref,
  citedByPage,
  fullRelatedLists,
  placesWithProgramsPage,
  relatedListHref,
  sourcesWithCitedByPage,
} from '../../src/lib/views/entity-pages.ts';
import { LIST_LIMIT } from '../../src/lib/views/long-list.ts';
import { entryHref } from '../../src/lib/routes.ts';
import { loadKnowledgeBase } from '../helpers/content.ts';
import { builtPages, page } from '../helpers/paths.ts';

const kb = loadKnowledgeBase();
const items = (html: string, section: string) =>
  (new RegExp(`<section aria-labelledby="${section}"[^>]*>([\\s\\S]*?)</section>`).exec(html)?.[1] ?? '').match(/<li>/g)
    ?.length ?? 0;

test('a much-cited source page lists the first entries citing it and links to the page of all of them', () => {
  const sources = sourcesWithCitedByPage(kb);
  assert.ok(sources.length > 0);
  for (const source of sources) {
    const all = citedByPage(kb, source).citedBy.length;
    const html = page(entryHref('sources', source.id));
    assert.equal(items(html, 'cited-by-heading'), LIST_LIMIT, source.id);
    assert.match(
      html,
      new RegExp(
        `The first ${LIST_LIMIT} of ${all} entries citing it\\. <a href="${citedByHref(source.id)}">All ${all} entries citing this source</a>`,
      ),
    );
    const full = page(citedByHref(source.id));
    const main = full.slice(full.indexOf('<h1>'), full.indexOf('</main>'));
    assert.equal(main.match(/<li>/g)?.length ?? 0, all, 'every citing entry');
    assert.match(full, /<h1>Everything that cites /);
  }
});

test("the country's page lists the first places within it and links to the page of all of them", () => {
  const [list] = fullRelatedLists(kb, 'cities').filter((l) => l.id === 'china' && l.key === 'places');
  assert.ok(list, `China has more than ${LIST_LIMIT} places within it`);
  const all = list.items.length;
  const html = page(entryHref('cities', 'china'));
  assert.equal(items(html, 'rel-places-within'), LIST_LIMIT);
  assert.match(
    html,
    new RegExp(
      `The first ${LIST_LIMIT} of ${all} places\\. <a href="${relatedListHref('cities', 'china', 'places')}">All ${all} places within China</a>`,
    ),
  );
  const full = page(relatedListHref('cities', 'china', 'places'));
  assert.match(full, /<h1>All places within China<\/h1>/);
  const main = full.slice(full.indexOf('<h1>'), full.indexOf('</main>'));
  assert.equal(main.match(/<li>/g)?.length ?? 0, all, 'every place within');
  for (const item of list.items) assert.ok(main.includes(`href="${item.href}"`), item.href);
});

test('only lists longer than the limit get a page of their own', () => {
  const own = builtPages().filter((file) =>
    /^(cities|companies|sources)\/[^/]+\/(cited-by|programs|organisations|places|sources)\/index\.html$/.test(file),
  );
  assert.deepEqual(
    own.sort(),
    [
      ...sourcesWithCitedByPage(kb).map((s) => `sources/${s.id}/cited-by/index.html`),
      ...placesWithProgramsPage(kb).map((c) => `cities/${c.id}/programs/index.html`),
      ...(['cities', 'companies'] as const).flatMap((c) =>
        fullRelatedLists(kb, c).map((l) => `${c}/${l.id}/${l.key}/index.html`),
      ),
    ].sort(),
  );
});
