import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { root } from '../helpers/paths.ts';

test('npm run lint passes: ESLint and Prettier with zero warnings', () => {
  const lint = spawnSync(process.execPath, ['scripts/run.mjs', 'lint'], { cwd: root, encoding: 'utf8' });
  assert.equal(lint.status, 0, `${lint.stdout}\n${lint.stderr}`);
});
