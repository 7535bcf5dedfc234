import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  articleJsonLd,
  organisationJsonLd,
  placeJsonLd,
  programJsonLd,
  serialiseJsonLd,
  type JsonLdKb,
} from '../../src/lib/structured-data.ts';
import { citySchema } from '../../src/schemas/city.ts';
import { companySchema } from '../../src/schemas/company.ts';
import { programSchema } from '../../src/schemas/program.ts';
import { sourceSchema } from '../../src/schemas/source.ts';

const SITE = 'https://example.org';
const citations = { c1: { source: 'paper', quote: 'q' } };
const kb: JsonLdKb = {
  link: (collection, id) => ({ name: `${collection}:${id}` }),
  sourcesOf: () => ['paper'],
  places: { shanghai: { zh: '上海', pinyin: 'Shànghǎi', lat: 31.23, lon: 121.47 } },
};

test('a municipality is a City with its Chinese names, coordinates, parent and sources', () => {
  const data = citySchema.parse({
    name: { en: 'Shanghai' },
    level: 'municipality',
    parent: 'china',
    role: { text: 'A hub.', cite: ['c1'] },
    citations,
  });
  assert.deepEqual(placeJsonLd({ id: 'shanghai', data }, kb, SITE), {
    '@context': 'https://schema.org',
    '@type': 'City',
    '@id': 'https://example.org/cities/shanghai/',
    url: 'https://example.org/cities/shanghai/',
    identifier: 'shanghai',
    name: 'Shanghai',
    alternateName: ['上海', 'Shànghǎi'],
    description: 'A hub.',
    geo: { '@type': 'GeoCoordinates', latitude: 31.23, longitude: 121.47 },
    containedInPlace: { '@type': 'Place', '@id': 'https://example.org/cities/china/', name: 'cities:china' },
    subjectOf: [{ '@type': 'NewsArticle', '@id': 'https://example.org/sources/paper/', headline: 'sources:paper' }],
  });
});

test('a subsidy with a stated amount is a government service and a monetary grant', () => {
  const money = [
    { amount: 1e9, currency: 'CNY', kind: 'total', asStated: 'x', cite: ['c1'] },
    { amount: 'not disclosed', kind: 'per-year', asStated: 'y', cite: ['c1'] },
  ];
  const base = {
    name: { en: 'Plan' },
    jurisdiction: 'shanghai',
    announced: 'not stated',
    status: 'not stated',
    roles: [{ org: 'bureau', role: 'issuer', cite: ['c1'] }],
    focus: ['compute'],
    focusCite: ['c1'],
    citations,
  };
  const grant = programJsonLd(
    { id: 'plan', data: programSchema.parse({ ...base, instrument: 'subsidy', money }) },
    kb,
    SITE,
  );
  assert.deepEqual(grant['@type'], ['GovernmentService', 'MonetaryGrant']);
  assert.deepEqual(grant['amount'], [
    { '@type': 'MonetaryAmount', currency: 'CNY', value: 1e9, description: 'total budget' },
  ]);
  assert.deepEqual(grant['funder'], {
    '@type': 'Organization',
    '@id': 'https://example.org/companies/bureau/',
    name: 'companies:bureau',
  });
  const zone = programJsonLd({ id: 'zone', data: programSchema.parse({ ...base, instrument: 'zone' }) }, kb, SITE);
  assert.equal(zone['@type'], 'GovernmentService');
  assert.equal('amount' in zone, false);
  assert.deepEqual(zone['jurisdiction'], {
    '@type': 'AdministrativeArea',
    '@id': 'https://example.org/cities/shanghai/',
    name: 'cities:shanghai',
  });
});

test('an organisation is typed by its kind and located at its home', () => {
  const data = companySchema.parse({
    name: { en: 'Lab' },
    kind: 'university',
    home: 'shanghai',
    knownFor: [{ text: 'Research.', cite: ['c1'] }],
    citations,
  });
  const ld = organisationJsonLd({ id: 'lab', data }, kb, SITE);
  assert.equal(ld['@type'], 'CollegeOrUniversity');
  assert.deepEqual(ld['location'], {
    '@type': 'Place',
    '@id': 'https://example.org/cities/shanghai/',
    name: 'cities:shanghai',
  });
  const unplaced = organisationJsonLd({ id: 'x', data: { ...data, home: 'not stated' } }, kb, SITE);
  assert.equal('location' in unplaced, false);
});

test('a source is the NewsArticle it archives, with what is not stated left out', () => {
  const data = sourceSchema.parse({
    title: 'Ein Titel',
    titleEn: 'A title',
    publisher: 'not stated',
    sourceType: 'news',
    excerpt: false,
    language: 'de',
    published: { date: '2025-07', precision: 'month' },
    archived: '2026-01-02',
    sha256: 'a'.repeat(64),
    raw: 'raw/x.txt',
  });
  assert.deepEqual(articleJsonLd({ id: 'x', data }, SITE), {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': 'https://example.org/sources/x/',
    identifier: 'x',
    headline: 'Ein Titel',
    alternativeHeadline: 'A title',
    inLanguage: 'de',
    datePublished: '2025-07',
    url: 'https://example.org/sources/x/',
    archivedAt: 'https://example.org/sources/x/',
  });
});

test('serialised JSON-LD cannot close its script element', () => {
  const text = serialiseJsonLd({ '@type': 'Thing', name: '</script><!-- x' });
  assert.equal(text.includes('<'), false);
  assert.equal(JSON.parse(text).name, '</script><!-- x');
});
