import assert from 'node:assert/strict';
import { test } from 'node:test';
import { figureCoverage } from '../../src/lib/coverage.ts';
import { splitBlocks } from '../../src/lib/source-text.ts';

const blocks = splitBlocks('Der Plan hat 100 Millionen Yuan.\n\nSeit 2018 gab es 3 Zentren.');

test('figures inside a quoted passage count as cited, excluded ones as excluded, the rest as missing', () => {
  const coverage = figureCoverage(blocks, ['Der Plan hat 100 Millionen Yuan.'], [{ paragraph: 2, figure: '2018' }]);
  assert.equal(coverage.total, 3);
  assert.equal(coverage.cited, 1);
  assert.equal(coverage.excluded, 1);
  assert.deepEqual(
    coverage.missing.map((m) => m.figure),
    ['3'],
  );
});

test('an exclusion that matches no uncited figure is reported as stale', () => {
  const coverage = figureCoverage(
    blocks,
    ['Der Plan hat 100 Millionen Yuan.', 'Seit 2018 gab es 3 Zentren.'],
    [{ paragraph: 2, figure: '2018' }],
  );
  assert.deepEqual(coverage.staleExclusions, [{ paragraph: 2, figure: '2018' }]);
});
