import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FACET_SHOWN, facetFolds, facetOrder } from '../../src/lib/facet-order.ts';

test('values without results go last, each group keeping its order', () => {
  assert.deepEqual(facetOrder(['2003', '2015', '2023', '2025'], { '2015': 0, '2023': 4, '2025': 12 }), [
    { value: '2023', count: 4 },
    { value: '2025', count: 12 },
    { value: '2003', count: 0 },
    { value: '2015', count: 0 },
  ]);
});

test('a value the counts do not mention has no results', () => {
  assert.deepEqual(facetOrder(['Place', 'Program'], { Program: 3 }), [
    { value: 'Program', count: 3 },
    { value: 'Place', count: 0 },
  ]);
});

test('when every value has results the order is unchanged', () => {
  assert.deepEqual(
    facetOrder(['a', 'b'], { a: 1, b: 2 }).map((v) => v.value),
    ['a', 'b'],
  );
});

test('a filter folds its values beyond the first few only when the fold hides more than two', () => {
  assert.equal(facetFolds(FACET_SHOWN), false);
  assert.equal(facetFolds(FACET_SHOWN + 2), false);
  assert.equal(facetFolds(FACET_SHOWN + 3), true);
  assert.equal(facetFolds(1503), true);
});

test('a filter that folds puts the values with the most results first, ties and empty values keeping their order', () => {
  assert.deepEqual(
    facetOrder(
      ['Anhui', 'Beijing', 'China', 'Dalian', 'Egypt'],
      { Anhui: 2, Beijing: 9, China: 2, Egypt: 0 },
      { byCount: true },
    ).map((v) => v.value),
    ['Beijing', 'Anhui', 'China', 'Dalian', 'Egypt'],
  );
});
