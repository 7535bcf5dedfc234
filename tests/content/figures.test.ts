import assert from 'node:assert/strict';
import { test } from 'node:test';
import { figureCoverage } from '../../src/lib/coverage.ts';
import { loadEntries } from '../../src/lib/integrity/load.ts';
import { splitBlocks } from '../../src/lib/source-text.ts';
import { schemas } from '../../src/schemas/index.ts';
import { root } from '../helpers/paths.ts';

const { entries } = loadEntries(root);
const sources = entries.filter((e) => e.collection === 'sources').map((e) => ({ ...e, value: schemas.sources.parse(e.data) }));
const citations = entries
  .filter((e) => e.collection !== 'sources')
  .flatMap((e) => Object.values((e.data as { citations?: Record<string, { source: string; quote: string }> }).citations ?? {}));

for (const source of sources) {
  test(`every figure in source "${source.id}" is cited by an entry or excluded with a reason`, () => {
    const quotes = citations.filter((c) => c.source === source.id).map((c) => c.quote);
    const coverage = figureCoverage(splitBlocks(source.body), quotes, source.value.uncitedFigures);
    console.log(
      `figures in ${source.id}: ${coverage.total} in all, ${coverage.cited} cited, ${coverage.excluded} excluded, ${coverage.missing.length} missing`,
    );
    assert.deepEqual(
      coverage.missing.map((m) => `¶${m.paragraph} "${m.figure}" in …${m.context}…`),
      [],
      `add an entry citing these figures, or list them under uncitedFigures in ${source.file} with a reason`,
    );
    assert.deepEqual(coverage.staleExclusions, [], `remove these stale uncitedFigures from ${source.file}`);
  });
}
