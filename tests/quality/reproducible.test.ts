import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { scratch } from '../helpers/fixtures.ts';
import { dist, root, walk } from '../helpers/paths.ts';

function hashList(dir: string): Map<string, string> {
  return new Map(
    walk(dir)
      .sort()
      .map((file) => [
        file,
        createHash('sha256')
          .update(readFileSync(join(dir, file)))
          .digest('hex'),
      ]),
  );
}

test('a second build of the same checkout is byte-identical, Pagefind index included', () => {
  const outDir = join(scratch('repro'), 'dist');
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  assert.equal(result.status, 0, result.stderr);
  const first = hashList(dist);
  const second = hashList(outDir);
  const differing = [...new Set([...first.keys(), ...second.keys()])].filter(
    (file) => first.get(file) !== second.get(file),
  );
  console.log(
    `reproducible build: ${first.size} files hashed in each build, ${differing.length} differ${differing.length ? `: ${differing.join(', ')}` : ''}`,
  );
  assert.deepEqual(differing, []);
});
