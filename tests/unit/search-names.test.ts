import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NAME_SHARDS, nameKey, nameShard, nameShards, searchNames } from '../../src/lib/search-names.ts';
import { loadKnowledgeBase } from '../helpers/content.ts';

test('names are compared without case, tone marks, spaces or punctuation', () => {
  assert.equal(nameKey('Hángzhōu'), 'hangzhou');
  assert.equal(nameKey(' Hangzhou '), 'hangzhou');
  assert.equal(nameKey('杭州'), '杭州');
  assert.equal(nameKey('Beijing E-Town'), 'beijingetown');
});

test('English, Chinese and pinyin names of a place lead to its page', () => {
  const names = searchNames(loadKnowledgeBase());
  for (const name of ['Hangzhou', '杭州', 'hangzhou', 'Hángzhōu', 'Shenzhen', '深圳']) {
    assert.match(names[nameKey(name)]?.url ?? '', /^\/cities\/(hangzhou|shenzhen)\/$/, name);
  }
  assert.equal(
    names[nameKey('Shanghai subsidy plan for AI adoption')]?.url,
    '/programs/shanghai-ai-subsidy-plan-2025/',
  );
});

test('the names are split into shards by key: each name is in the shard its key hashes to, and no shard is crowded', () => {
  const names = searchNames(loadKnowledgeBase());
  const shards = nameShards(names);
  assert.equal(shards.length, NAME_SHARDS);
  assert.equal(
    shards.reduce((n, shard) => n + Object.keys(shard).length, 0),
    Object.keys(names).length,
  );
  for (const [key, target] of Object.entries(names)) assert.deepEqual(shards[nameShard(key)]?.[key], target, key);
  const largest = Math.max(...shards.map((s) => Object.keys(s).length));
  assert.ok(largest < (4 * Object.keys(names).length) / NAME_SHARDS, `the largest shard holds ${largest} names`);
  // The hash is fixed: the search page computes the same shard in the browser.
  assert.equal(nameShard('hangzhou'), nameShard(nameKey('Hángzhōu')));
});
