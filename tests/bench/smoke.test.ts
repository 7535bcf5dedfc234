// Runs the benchmark's parts at a small size so its code cannot rot: the generator, our build and
// the floor's over the corpus, the measurements and the report. It asserts that things work, never
// how fast; tests/unit/bench-corpus.test.ts checks the corpus's shape and the report's verdicts.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { describeCorpus, generateCorpus } from '../../scripts/bench/corpus.ts';
import { writeFloorSite } from '../../scripts/bench/floor.ts';
import { buildSite, pageBytes } from '../../scripts/bench/measure.ts';
import { ourAstro, writeOurSite } from '../../scripts/bench/ours.ts';
import { isChineseQuery, renderReport, type SizeResult } from '../../scripts/bench/report.ts';
import { timeSearch } from '../../scripts/bench/search-timing.ts';
import { writeStarlightSite } from '../../scripts/bench/starlight.ts';
import { checkContent } from '../../src/lib/integrity/check.ts';
import { collectionNames } from '../../src/registry.ts';
import { scratch } from '../helpers/fixtures.ts';

const N = 40;
const corpus = generateCorpus(N);
const countsOf = (c: typeof corpus) => Object.fromEntries(collectionNames.map((name) => [name, c.entries.filter((e) => e.collection === name).length])) as SizeResult['counts'];

test('the generator makes the same corpus every time, with the same queries at every size', () => {
  assert.deepEqual(generateCorpus(N), corpus);
  assert.deepEqual(generateCorpus(400).queries, corpus.queries);
});

test('the queries are English and Chinese, and the Chinese ones are a place name and policy words of the corpus', () => {
  const chinese = corpus.queries.filter(isChineseQuery);
  assert.ok(chinese.length >= 2 && corpus.queries.length - chinese.length >= 2, corpus.queries.join(', '));
  assert.ok(chinese.includes('算力券'));
  // A small corpus may hold no compute voucher; at 1,000 entries every query occurs.
  const text = generateCorpus(1000)
    .entries.map((e) => e.body)
    .join('\n');
  for (const query of corpus.queries) assert.ok(text.includes(query), `${query} occurs in the corpus`);
  assert.ok(Object.values(corpus.places).some((p) => chinese.includes(p.zh)), 'a Chinese place name is a query');
});

test('the corpus has N entries in all four collections, each with a places record where needed', () => {
  assert.equal(corpus.entries.length, N);
  for (const collection of collectionNames) assert.ok(corpus.entries.some((e) => e.collection === collection), collection);
  for (const city of corpus.entries.filter((e) => e.collection === 'cities')) assert.ok(city.id in corpus.places, city.id);
});

test('our site builds over the corpus: it passes the integrity check and every entry gets its page', async () => {
  const dir = scratch('bench-smoke');
  writeOurSite(corpus, dir);
  assert.deepEqual(checkContent(dir), []);

  const build = await buildSite(dir, ourAstro);
  assert.ok(build.ok, `the build failed; see ${build.log}`);
  assert.ok(build.peakRss > 0, 'peak memory is measured');
  const dist = join(dir, 'dist');
  for (const entry of corpus.entries) assert.ok(existsSync(join(dist, entry.collection, entry.id, 'index.html')), `${entry.collection}/${entry.id}`);

  const bytes = pageBytes(dist);
  assert.equal(bytes.pages, N);
  // A page is found by its own text (lists of other entries are not indexed): query words an entry's body holds.
  const inABody = (query: string) => corpus.entries.some((e) => e.body.includes(query));
  const queries = [
    corpus.queries.find((q) => !isChineseQuery(q) && inABody(q)) as string,
    corpus.queries.find((q) => isChineseQuery(q) && inABody(q)) as string,
  ];
  const search = await timeSearch(dist, 'ours', queries, 1);
  for (const time of search) assert.ok(time.results > 0, `"${time.query}" finds something`);

  const env = { date: '2026-01-01', cpu: 'test CPU', cores: 2, memoryGiB: 24, node: process.version, astro: '7', pagefind: '1' };
  const report = renderReport(env, [{ n: N, counts: countsOf(corpus), corpus: describeCorpus(corpus), integritySeconds: 0, sites: { ours: { build, htmlPages: 1, bytes, search } } }]);
  assert.match(report, /## N = 40/);
  assert.match(report, /Pagefind 1/);
  assert.match(report, /\| Build wall time \(Pagefind included\) \| [\d.]+ s \| — \| — \|/);
  assert.match(report, /## Targets \(issue 16\)/);
});

test("the floor site builds a plain page per entry, indexes it with Pagefind, and its search box finds a result", async () => {
  const dir = scratch('bench-floor');
  writeFloorSite(corpus, dir);
  const build = await buildSite(dir, ourAstro);
  assert.ok(build.ok, `the floor build failed; see ${build.log}`);
  const dist = join(dir, 'dist');
  for (const entry of corpus.entries) assert.ok(existsSync(join(dist, entry.collection, entry.id, 'index.html')), `${entry.collection}/${entry.id}`);
  assert.ok(existsSync(join(dist, 'pagefind', 'pagefind.js')), 'Pagefind ran after the build');
  const bytes = pageBytes(dist);
  assert.equal(bytes.pages, N);
  assert.equal(bytes.css.max, 0, 'the floor has no stylesheet');
  // The floor's pages hold the entries' bodies only: a query that one of them contains.
  const query = corpus.queries.find((q) => corpus.entries.some((e) => e.body.includes(q))) as string;
  const [time] = await timeSearch(dist, 'floor', [query], 1);
  assert.ok(time && time.results > 0 && time.ui > 0, 'the floor search box shows a result');
});

test('the Starlight twin of the corpus has a page per entry and an index per collection', () => {
  const dir = scratch('bench-starlight');
  writeStarlightSite(corpus, dir);
  const docs = join(dir, 'src', 'content', 'docs');
  for (const entry of corpus.entries) assert.ok(existsSync(join(docs, entry.collection, `${entry.id}.md`)), `${entry.collection}/${entry.id}`);
  for (const collection of collectionNames) assert.ok(existsSync(join(docs, collection, 'index.md')), collection);
});
