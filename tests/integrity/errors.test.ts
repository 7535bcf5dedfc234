import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { load } from 'cheerio';
import { buildFixture, reportFor } from '../helpers/fixtures.ts';
import { cases, summary } from './cases.ts';

test('the valid base fixture reports no problem and builds with the real site code', () => {
  assert.equal(reportFor('base'), summary(0, 0));
  const { status, output, dir } = buildFixture('base');
  assert.equal(status, 0, output);
  assert.ok(existsSync(join(dir, 'dist', 'programs', 'testburg-plan', 'index.html')));
});

// The wiring: a few real builds prove the check runs inside `astro build`, prints the same lines
// and stops before a page is written. The other fixtures need only the checker.
for (const name of ['unknown-field', 'amount-ten-times', 'wrong-chinese-amount', 'three-in-one-file']) {
  test(`the real build fails on "${name}" with the checker's lines and writes no page`, () => {
    const { status, output, dir } = buildFixture(name);
    assert.notEqual(status, 0, 'the build must fail');
    for (const line of cases[name] ?? [])
      assert.ok(output.includes(line), `the build output lacks:\n${line}\n--- output ---\n${output}`);
    assert.equal(output.includes('No entry cites source'), false, 'no false "cited by nothing" warning');
    assert.equal(existsSync(join(dir, 'dist')), false, 'no dist/ may be written');
  });
}

test('three different errors in three files are all reported by one build, and no page is written', () => {
  const { status, output, dir } = buildFixture('three-errors');
  assert.notEqual(status, 0, 'the build must fail');
  for (const line of [
    '✗ content/cities/testburg.md:8 citations.c1.quote: The quote is not in source "daily-news" (content/sources/daily-news.md). Closest passage (¶1): "…rg hat einen Plan in Höhe von einer Milliarde Yuan vorgestellt.", which differs at "…einer Millia…". Fix: copy the passage exactly as the archived text has it.',
    '✗ content/companies/testlab.md:4 home: References "paris" in cities, which has no such entry. Fix: use an existing id or add content/cities/paris.md.',
    '✗ content/programs/testburg-plan.md:10 money[0].currency: Received "YEN". Fix: use one of "CNY", "USD", "EUR", "HKD".',
    summary(3, 0),
  ]) {
    assert.ok(output.includes(line), `the build output lacks:\n${line}\n--- output ---\n${output}`);
  }
  assert.equal(existsSync(join(dir, 'dist')), false, 'no dist/ may be written');
});

test('markup in a title is rendered as text, never as HTML', () => {
  const { status, output, dir } = buildFixture('markup-in-title');
  assert.equal(status, 0, output);
  const $ = load(readFileSync(join(dir, 'dist', 'cities', 'testburg', 'index.html'), 'utf8'));
  assert.equal($('h1').text().trim().startsWith("Testburg <script>alert('x')</script> <b>bold</b>"), true);
  assert.equal($('main script, main b, title script').length, 0);
  assert.match($('title').text(), /<script>/);
});
