import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { root } from '../helpers/paths.ts';

test('astro check reports no errors, warnings or hints', () => {
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'check'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  const output = `${result.stdout}\n${result.stderr}`;
  assert.equal(result.status, 0, output);
  assert.match(output, /- 0 errors\n- 0 warnings\n- 0 hints/, output);
});
