import assert from 'node:assert/strict';
import { test } from 'node:test';
import { currentSection, nav } from '../../src/lib/nav.ts';

test('the menu lists the collections by their plural labels from the registry, places first', () => {
  assert.deepEqual(
    nav.slice(0, 4).map(([href, label]) => `${href} ${label}`),
    ['/cities/ Places', '/programs/ Programs', '/companies/ Organisations', '/sources/ Sources'],
  );
});

test('the current section is the longest menu address the page is under', () => {
  assert.equal(currentSection('/compare/vouchers/by-rate/'), '/compare/vouchers/');
  assert.equal(currentSection('/compare/'), '/compare/');
  assert.equal(currentSection('/programs/shanghai-ai-subsidy-plan-2025/'), '/programs/');
  assert.equal(currentSection('/'), undefined);
});
