import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { checkFigureCoverage } from '../../src/lib/integrity/coverage-check.ts';
import { join } from 'node:path';
import { contentFixture } from '../helpers/fixtures.ts';
import { root } from '../helpers/paths.ts';

const { problems, counts } = checkFigureCoverage(root);

for (const [id, coverage] of counts) {
  test(`every figure in source "${id}" is cited by an entry or excluded with a reason`, () => {
    console.log(`figures in ${id}: ${coverage.total} in all, ${coverage.cited} cited, ${coverage.excluded} excluded, ${coverage.missing.length} missing`);
    assert.deepEqual(
      problems.filter((p) => p.file.endsWith(`/${id}.md`)).map((p) => p.message),
      [],
    );
  });
}

test('Chinese sources have their figures counted too', () => {
  const chinese = [...counts].filter(([id]) => id.includes('compute-vouchers') && (counts.get(id)?.total ?? 0) > 0);
  assert.ok(chinese.length > 0);
  assert.ok((counts.get('tianjin-finance-bureau-compute-vouchers-2025')?.total ?? 0) >= 10);
});

test('npm run check:content runs every content check and reports none', () => {
  const run = spawnSync(process.execPath, ['scripts/check-content.ts'], { cwd: root, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.match(run.stdout, /^The content checks found no problem\.\nChecked \d+ sources and \d+ figures in \d+ ms\.\n$/);
});

test('npm run check:content fails on bad content, naming file, line, field and fix', () => {
  const dir = contentFixture('amount-ten-times');
  const run = spawnSync(process.execPath, [join(root, 'scripts', 'check-content.ts')], { cwd: dir, encoding: 'utf8' });
  assert.equal(run.status, 1);
  assert.match(run.stdout, /✗ content\/programs\/testburg-plan\.md:10 money\[0\]\.amount: "einer Milliarde Yuan" gives 1000000000 CNY, not 10000000000 CNY\. Fix: /);
});
