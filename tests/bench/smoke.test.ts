// Runs the benchmark's parts at a small size so its code cannot rot: the generator, our build over
// the corpus, the measurements and the report. It asserts that things work, never how fast.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { generateCorpus } from '../../scripts/bench/corpus.ts';
import { buildSite, pageBytes } from '../../scripts/bench/measure.ts';
import { ourAstro, writeOurSite } from '../../scripts/bench/ours.ts';
import { renderReport } from '../../scripts/bench/report.ts';
import { timeSearch } from '../../scripts/bench/search-timing.ts';
import { writeStarlightSite } from '../../scripts/bench/starlight.ts';
import { checkContent } from '../../src/lib/integrity/check.ts';
import { collectionNames } from '../../src/registry.ts';
import { scratch } from '../helpers/fixtures.ts';

const N = 40;
const corpus = generateCorpus(N);

test('the generator makes the same corpus every time, with the same queries at every size', () => {
  assert.deepEqual(generateCorpus(N), corpus);
  assert.deepEqual(generateCorpus(400).queries, corpus.queries);
});

test('the corpus has N entries in all four collections, each with a places record where needed', () => {
  assert.equal(corpus.entries.length, N);
  for (const collection of collectionNames) assert.ok(corpus.entries.some((e) => e.collection === collection), collection);
  for (const city of corpus.entries.filter((e) => e.collection === 'cities')) assert.ok(city.id in corpus.places, city.id);
});

test('our site builds over the corpus: it passes the integrity check and every entry gets its page', async () => {
  const dir = scratch('bench-smoke');
  writeOurSite(corpus, dir);
  assert.deepEqual(checkContent(dir).filter((p) => p.severity === 'error'), []);

  const build = await buildSite(dir, ourAstro);
  assert.ok(build.ok, `the build failed; see ${build.log}`);
  assert.ok(build.peakRss > 0, 'peak memory is measured');
  const dist = join(dir, 'dist');
  for (const entry of corpus.entries) assert.ok(existsSync(join(dist, entry.collection, entry.id, 'index.html')), `${entry.collection}/${entry.id}`);

  const bytes = pageBytes(dist);
  assert.equal(bytes.pages, N);
  const search = await timeSearch(dist, 'ours', corpus.queries.slice(0, 2), 1);
  for (const time of search) assert.ok(time.results > 0, `"${time.query}" finds something`);

  const counts = Object.fromEntries(collectionNames.map((c) => [c, corpus.entries.filter((e) => e.collection === c).length])) as Record<(typeof collectionNames)[number], number>;
  const env = { date: '2026-01-01', cpu: 'test CPU', cores: 2, memoryGiB: 24, node: process.version, astro: '7' };
  const report = renderReport(env, [{ n: N, counts, integritySeconds: 0, sites: { ours: { build, htmlPages: 1, bytes, search } } }]);
  assert.match(report, /## N = 40/);
  assert.match(report, /\| Build wall time \(Pagefind included\) \| [\d.]+ s \| — \|/);
});

test('the Starlight twin of the corpus has a page per entry and an index per collection', () => {
  const dir = scratch('bench-starlight');
  writeStarlightSite(corpus, dir);
  const docs = join(dir, 'src', 'content', 'docs');
  for (const entry of corpus.entries) assert.ok(existsSync(join(docs, entry.collection, `${entry.id}.md`)), `${entry.collection}/${entry.id}`);
  for (const collection of collectionNames) assert.ok(existsSync(join(docs, collection, 'index.md')), collection);
});
