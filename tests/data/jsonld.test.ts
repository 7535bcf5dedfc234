import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { load } from 'cheerio';
import { builtPages, dist, page, urlOf } from '../helpers/paths.ts';

const SITE = 'https://china-ai-hubs.example';
const ENTITY = /^\/(cities|programs|companies|sources)\/[^/]+\/$/;

/** The schema.org types each kind of entity page may declare. */
const types: Record<string, string[]> = {
  cities: ['Country', 'AdministrativeArea', 'City', 'Place'],
  programs: ['GovernmentService', 'MonetaryGrant'],
  companies: [
    'Organization',
    'ResearchOrganization',
    'CollegeOrUniversity',
    'GovernmentOrganization',
    'NewsMediaOrganization',
  ],
  sources: ['NewsArticle'],
};

const pages = builtPages().map(urlOf);

/** Every "@id" in a JSON-LD value, at any depth. */
function ids(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(ids);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) =>
    key === '@id' && typeof item === 'string' ? [item] : ids(item),
  );
}

test('each entity page describes its entity in JSON-LD with a schema.org type that fits', () => {
  const seen = new Map<string, number>();
  for (const url of pages.filter((u) => ENTITY.test(u))) {
    const $ = load(page(url));
    const scripts = $('script[type="application/ld+json"]');
    assert.equal(scripts.length, 1, `${url} has one JSON-LD block`);
    const data = JSON.parse(scripts.text()) as Record<string, unknown>;
    const collection = url.split('/')[1] ?? '';
    assert.equal(data['@context'], 'https://schema.org');
    const declared = [data['@type']].flat() as string[];
    assert.ok(
      declared.length > 0 && declared.every((t) => types[collection]?.includes(t)),
      `${url}: @type ${declared.join(', ')}`,
    );
    assert.equal(data['@id'], `${SITE}${url}`);
    assert.equal(data['identifier'], url.split('/')[2]);
    assert.ok(data['name'] ?? data['headline'], `${url} names its entity`);
    for (const id of ids(data).filter((i) => i.startsWith(SITE))) {
      assert.ok(existsSync(join(dist, new URL(id).pathname, 'index.html')), `${url}: ${id} is a page of the site`);
    }
    seen.set(collection, (seen.get(collection) ?? 0) + 1);
  }
  console.log(`JSON-LD: ${[...seen].map(([c, n]) => `${n} ${c}`).join(', ')}`);
  assert.deepEqual([...seen.keys()].sort(), Object.keys(types).sort());
});

test('programs with a stated amount say so as MonetaryAmount, and sources give their language', () => {
  const grants = pages
    .filter((u) => u.startsWith('/programs/') && ENTITY.test(u))
    .map((u) => JSON.parse(load(page(u))('script[type="application/ld+json"]').text()) as Record<string, unknown>)
    .filter((d) => [d['@type']].flat().includes('MonetaryGrant'));
  assert.ok(grants.length > 0);
  for (const grant of grants) {
    for (const amount of grant['amount'] as { '@type': string; currency: string; value: number }[]) {
      assert.equal(amount['@type'], 'MonetaryAmount');
      assert.match(amount.currency, /^[A-Z]{3}$/);
      assert.ok(amount.value > 0);
    }
  }
  const source = JSON.parse(
    load(page('/sources/courrier-shanghai-ai-subsidies/'))('script[type="application/ld+json"]').text(),
  ) as Record<string, unknown>;
  assert.equal(source['inLanguage'], 'de');
  assert.equal(source['archivedAt'], `${SITE}/sources/courrier-shanghai-ai-subsidies/`);
});

test('every page has a canonical address and OpenGraph tags; only entity pages carry JSON-LD', () => {
  for (const url of pages) {
    const $ = load(page(url));
    const canonical = $('link[rel="canonical"]').attr('href');
    // The not-found page answers at any address that has no page, so it has no address of its own.
    assert.equal(canonical, url === '/404.html' ? undefined : `${SITE}${url}`, `${url} canonical`);
    assert.equal($('meta[property="og:url"]').attr('content'), canonical, `${url} og:url`);
    for (const property of ['og:title', 'og:description', 'og:type', 'og:site_name']) {
      assert.ok($(`meta[property="${property}"]`).attr('content'), `${url} ${property}`);
    }
    if (!ENTITY.test(url)) assert.equal($('script[type="application/ld+json"]').length, 0, `${url} has no JSON-LD`);
  }
});
