import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  limitations,
  missingDocuments,
  placeCoverage,
  secondHandPlaces,
  sourceMix,
  type RegisterSource,
} from '../../src/lib/register.ts';

const sources = [
  { id: 'gov', data: { sourceType: 'official', language: 'zh-Hans', published: 'not stated', publisher: 'Gov' } },
  {
    id: 'copy',
    data: { sourceType: 'repost', language: 'zh-Hans', published: { date: '2025' }, publisher: 'not stated' },
  },
  {
    id: 'wire',
    data: { sourceType: 'news', language: 'de', published: { date: '2025' }, publisher: 'Wire', translates: 'SCMP' },
  },
];
const doc = (title: string) => ({ title, titleEn: `${title} (en)`, number: 'not stated' });
const programs = [
  { id: 'a', place: 'shenzhen', sources: ['gov'], document: doc('深圳措施') },
  { id: 'b', place: 'shenzhen', sources: ['wire'], document: doc('深圳措施') },
  { id: 'c', place: 'chengdu', sources: ['copy'], document: doc('成都措施') },
  { id: 'd', place: 'chengdu', sources: ['copy'] },
].map((p) => ({
  id: p.id,
  data: { jurisdiction: { id: p.place }, document: p.document, notes: [] },
  sources: p.sources,
}));
const cities = ['chengdu', 'shenzhen', 'zhuhai'].map((id) => ({
  id,
  data: { comparisonOnly: id === 'zhuhai', notes: [] },
}));
const kb = {
  cities,
  programs,
  companies: [{ id: 'x', data: { notes: [{ kind: 'garbled' }, { kind: 'inferred' }, { kind: 'garbled' }] } }],
  sources,
  programsIn: (id: string) => programs.filter((p) => p.data.jurisdiction.id === id),
  organisationsIn: () => [],
  sourcesOf: (collection: string, id: string) =>
    collection === 'programs' ? (programs.find((p) => p.id === id)?.sources ?? []) : [],
  link: (collection: string, id: string) => ({ collection, id, name: id, href: `/${collection}/${id}/` }),
  source: (id: string) => sources.find((s) => s.id === id),
} as unknown as RegisterSource;

test('every place with its programs and sources, and the gaps that shows', () => {
  const rows = placeCoverage(kb);
  assert.deepEqual(
    rows.map((r) => [r.place.id, r.programs.map((p) => p.id), r.sources.map((s) => s.id), r.gaps]),
    [
      ['chengdu', ['c', 'd'], ['copy'], ['a single source']],
      ['shenzhen', ['a', 'b'], ['gov', 'wire'], []],
      ['zhuhai', [], [], ['named only for comparison', 'no program described', 'a single source']],
    ],
  );
});

test('source types in the schema order and languages by count', () => {
  const mix = sourceMix(sources as never);
  assert.deepEqual(
    mix.types.map((t) => [t.type, t.count]),
    [
      ['official', 1],
      ['news', 1],
      ['repost', 1],
    ],
  );
  assert.deepEqual(mix.languages, [
    { language: 'Simplified Chinese', count: 2 },
    { language: 'German', count: 1 },
  ]);
});

test('a document is missing when no program naming it cites an official source', () => {
  assert.deepEqual(
    missingDocuments(kb).map((d) => [d.title, d.lang, d.programs.map((p) => p.id)]),
    [['成都措施', 'zh', ['c']]],
  );
});

test('a place whose programs rest only on reposts or aggregators is listed with those sources', () => {
  assert.deepEqual(
    secondHandPlaces(kb).map((p) => [p.place.id, p.sources.map((s) => s.id)]),
    [['chengdu', ['copy']]],
  );
});

test('the limitations are counted from the data', () => {
  const text = limitations(kb).join('\n');
  assert.match(text, /its 3 archived sources say/);
  assert.match(
    text,
    /They are 1 official text, 1 news report and 1 repost, in Simplified Chinese and German; 1 translates another/,
  );
  assert.match(
    text,
    /1 document that programs name has no official text in the archive, and 1 place rests only on reposts/,
  );
  assert.match(text, /1 source prints no date and 1 no publisher/);
  assert.match(text, /2 garbled and 1 inferred/);
});
