import assert from 'node:assert/strict';
import { test } from 'node:test';
import { citeMarkers } from '../../src/lib/cite-markers.ts';

test('finds citation markers with their lines', () => {
  assert.deepEqual(citeMarkers('One [@c1].\nTwo [@plan-total] and [@c2].'), [
    { key: 'c1', line: 1 },
    { key: 'plan-total', line: 2 },
    { key: 'c2', line: 2 },
  ]);
});

test('ordinary brackets are not markers', () => {
  assert.deepEqual(citeMarkers('[link](x) and [@ c1] and [c1]'), []);
});
