// The benchmark's corpus has the real content's shape and passes the site's own integrity check,
// and the report turns measurements into the verdicts of issue 16. Pure: nothing is built.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeCorpus, generateCorpus, SHARES } from '../../scripts/bench/corpus.ts';
import { targets, type SizeResult } from '../../scripts/bench/report.ts';
import { writeCorpus } from '../../scripts/bench/write.ts';
import { checkContent } from '../../src/lib/integrity/check.ts';
import { collectionNames } from '../../src/registry.ts';
import { scratch } from '../helpers/fixtures.ts';

const counts = { sources: 1, cities: 1, programs: 1, companies: 1 };

test('at 1,000 entries the corpus has the real shares and passes the integrity check with no problem', () => {
  const large = generateCorpus(1000);
  const d = describeCorpus(large);
  const near = (actual: number, expected: number, tolerance: number, what: string) =>
    assert.ok(
      Math.abs(actual - expected) <= tolerance,
      `${what}: ${actual.toFixed(3)}, expected ${expected.toFixed(3)} ± ${tolerance}`,
    );
  for (const collection of collectionNames) near(d.counts[collection] / 1000, SHARES[collection], 0.01, collection);
  // The real content: 92 of 109 sources in Chinese; of 194 programs, 133 with a document, 45 with
  // a pool, 69 with caps, 46 with rates, 37 with voucher kinds, 14 with take-up, 126 with roles.
  near(d.chineseSources / d.counts.sources, 92 / 109, 0.06, 'Chinese sources');
  const programs = d.counts.programs;
  const share = (field: string) => (d.programsWith[field] ?? 0) / programs;
  near(share('document'), 133 / 194, 0.07, 'programs with a document');
  near(share('pool'), 45 / 194, 0.06, 'programs with a pool');
  near(share('caps'), 69 / 194, 0.06, 'programs with caps');
  near(share('rates'), 46 / 194, 0.06, 'programs with rates');
  near(share('voucherKinds'), 37 / 194, 0.05, 'programs with voucher kinds');
  near(share('takeUp'), 14 / 194, 0.04, 'programs with take-up');
  near(share('roles'), 126 / 194, 0.1, 'programs with roles');
  for (const field of ['stacking', 'application', 'relations', 'money', 'breakdown'])
    assert.ok(share(field) > 0, `some programs have ${field}`);
  near(d.notStated.announced / programs, 86 / 194, 0.07, 'programs announced "not stated"');
  assert.ok(
    d.notStated.documentNumber > 0 && d.notStated.documentNumber < (d.programsWith.document ?? 0),
    'some documents have a 文号, most do not',
  );
  for (const type of ['official', 'state-media', 'repost', 'news'])
    assert.ok((d.sourceTypes[type] ?? 0) > 0, `some sources are ${type}`);

  // Every non-English quote has its translation; Chinese sources hold Chinese text.
  const sources = new Map(large.entries.filter((e) => e.collection === 'sources').map((s) => [s.id, s]));
  for (const entry of large.entries.filter((e) => e.collection !== 'sources')) {
    for (const c of Object.values(entry.data.citations as Record<string, { source: string; translation?: string }>)) {
      if (sources.get(c.source)?.data.language !== 'en')
        assert.ok(c.translation, `${entry.id} cites ${c.source} with a translation`);
    }
  }
  for (const s of sources.values())
    if (String(s.data.language).startsWith('zh')) assert.match(s.body, /\p{Script=Han}{10}/u, s.id);

  const dir = scratch('bench-corpus-1000');
  writeCorpus(large, dir);
  assert.deepEqual(checkContent(dir), []);
});

test('the targets of issue 16 get verdicts from the measurements, ratios to Starlight and to the floor', () => {
  const build = (wallSeconds: number, peakRss = 1e9) => ({
    ok: true,
    wallSeconds,
    cpuSeconds: wallSeconds * 1.2,
    peakRss,
    phases: {},
    load: 0,
    log: '',
  });
  const bytes = (max: number) => {
    const s = { median: max / 2, p95: max * 0.9, max };
    return { pages: 1, html: s, css: s, js: { median: 0, p95: 0, max: 0 }, htmlCss: s };
  };
  const search = (en: number, zh: number) => [
    { query: 'robotics', ui: en, api: 10, results: 3 },
    { query: '算力券', ui: zh, api: 10, results: 3 },
  ];
  const size = (n: number, ours: number, star: number, page: number, rss = 1e9): SizeResult => ({
    n,
    counts: counts,
    integritySeconds: 0,
    sites: {
      ours: { build: build(ours, rss), htmlPages: n, bytes: bytes(page), search: search(100, 400) },
      starlight: { build: build(star), htmlPages: n },
      floor: { build: build(ours / 4), htmlPages: n, bytes: bytes(1000) },
    },
  });
  const lines = targets([size(1000, 6, 10, 9000), size(10000, 60, 50, 15000, 3 * 1024 ** 3)]).join('\n');
  assert.match(lines, /Build wall time ≤ 1.0 × Starlight's at 1,000 \(aim 0.7 ×\) \| 0.60 × .*aim 0.7 × met \| met \|/);
  assert.match(lines, /Build wall time ≤ 1.0 × Starlight's at 5,000 .*not run at 5,000 .* \| not measured \|/);
  assert.match(
    lines,
    /Build wall time ≤ 1.0 × Starlight's at 10,000 \(aim 0.7 ×\) \| 1.20 × .*ours \/ floor 4.00 ×.* \| \*\*missed\*\* \|/,
  );
  assert.match(lines, /Peak memory \(RSS\) ≤ 2 GiB at 10,000 \| 3.00 GiB .* \| \*\*missed\*\* \|/);
  assert.match(lines, /English queries: .* \| median 100 ms, max 100 ms over 1 query \| met \|/);
  assert.match(lines, /Chinese queries: .* \| median 400 ms, max 400 ms over 1 query \| \*\*missed\*\* \|/);
  assert.match(lines, /Every content page ≤ 14 KB .* \| largest 15.0 KB .* \| \*\*missed\*\* \|/);
  assert.match(lines, /Peak memory at 20,000 \(reported, no target\) \| not run/);
});
