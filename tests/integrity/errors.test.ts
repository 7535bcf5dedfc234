import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildFixture, reportFor } from '../helpers/fixtures.ts';

/**
 * Each fixture lays broken files over a small valid site (fixtures/base); the check must report
 * exactly these lines: file, line, field, what is wrong and the fix.
 */
const cases: Record<string, string[]> = {
  base: [],
  'missing-field': [
    '✗ content/programs/testburg-plan.md:2 instrument: Missing required field "instrument". Fix: add it (one of "grant", "subsidy", "voucher", "fund", "tax-relief", "zone", "pilot", "initiative", "event", "budget").',
  ],
  'unknown-field': [
    '✗ content/cities/testburg.md:4 parnet: Unknown field "parnet". Fix: did you mean "parent"? remove it or correct its spelling; fields allowed here: name, level, parent, role, comparisonOnly, facts, people, levelCite, aliases, citations, notes.',
  ],
  'dangling-reference': [
    '✗ content/companies/testlab.md:4 home: References "paris" in cities, which has no such entry. Fix: use an existing id or add content/cities/paris.md.',
  ],
  'quote-not-in-source': [
    '✗ content/companies/testlab.md:10 citations.c1.quote: The quote is not in source "daily-news" (content/sources/daily-news.md). Closest passage (¶2): "Das Labor Testlab in Testburg baut "große Modelle".". Fix: copy the passage exactly as the archived text has it.',
  ],
  'duplicate-id': [
    '✗ content/cities/testburg.mdx (file): Duplicate id "testburg" in cities: content/cities/testburg.md has it too. Fix: rename or remove one of the two files.',
  ],
};

for (const [name, expected] of Object.entries(cases)) {
  test(`fixture "${name}" reports exactly ${expected.length === 0 ? 'no problem' : expected.length === 1 ? 'its error' : 'its errors'}`, () => {
    const lines = reportFor(name).split('\n');
    assert.deepEqual(lines.slice(0, -1), expected);
    assert.equal(lines.at(-1), `${expected.length} error${expected.length === 1 ? '' : 's'}, 0 warnings in the content.`);
  });
}

test('three different errors are all reported by one build, and no page is written', () => {
  const { status, output, dir } = buildFixture('three-errors');
  assert.notEqual(status, 0, 'the build must fail');
  for (const line of [
    '✗ content/cities/testburg.md:8 citations.c1.quote: The quote is not in source "daily-news" (content/sources/daily-news.md). Closest passage (¶1): "Die Stadt Testburg hat einen Plan in Höhe von einer Milliarde Yuan vorgestellt.". Fix: copy the passage exactly as the archived text has it.',
    '✗ content/companies/testlab.md:4 home: References "paris" in cities, which has no such entry. Fix: use an existing id or add content/cities/paris.md.',
    '✗ content/programs/testburg-plan.md:8 money[0].currency: Received "YEN". Fix: use one of "CNY", "USD", "EUR", "HKD".',
    '3 errors, 0 warnings in the content.',
  ]) {
    assert.ok(output.includes(line), `the build output lacks:\n${line}\n--- output ---\n${output}`);
  }
  assert.equal(existsSync(join(dir, 'dist')), false, 'no dist/ may be written');
});

test('the valid base fixture builds with the real site code', () => {
  const { status, output, dir } = buildFixture('base');
  assert.equal(status, 0, output);
  assert.ok(existsSync(join(dir, 'dist', 'programs', 'testburg-plan', 'index.html')));
});
