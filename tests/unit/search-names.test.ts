import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nameKey, searchNames } from '../../src/lib/search-names.ts';
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
