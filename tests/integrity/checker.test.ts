import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { test } from 'node:test';
import { fixtures, reportFor } from '../helpers/fixtures.ts';
import { cases, summary } from './cases.ts';

// The checker over every bad-content fixture, in seconds; errors.test.ts proves the build wiring.
test('at least 30 distinct fixtures of bad content each fail the check', () => {
  // Counted from the fixture folders and the checker's own output, not from the list above.
  const failing = readdirSync(fixtures).filter((name) => name !== 'base' && reportFor(name).includes('✗ '));
  const distinct = new Set(failing.map((name) => reportFor(name).split('\n')[0]));
  assert.ok(distinct.size >= 30, `${distinct.size} distinct failing fixtures`);
});

for (const [name, expected] of Object.entries(cases)) {
  test(`bad content "${name}": the check names file, line, field and fix`, () => {
    const errors = expected.filter((line) => line.startsWith('✗')).length;
    const lines = reportFor(name).split('\n');
    assert.deepEqual(lines.slice(0, -1), expected);
    assert.equal(lines.at(-1), summary(errors, expected.length - errors));
    for (const line of lines.filter((l) => l.startsWith('✗'))) assert.match(line, /^✗ content\/.+ \S+: .+ Fix: .+/);
  });
}
