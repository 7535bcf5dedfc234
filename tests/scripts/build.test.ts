import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { astroEnv, siteFixture } from '../helpers/fixtures.ts';
import { root } from '../helpers/paths.ts';

/** Runs an npm script's task in a fixture project, as `npm run <task>` would there. */
const task = (dir: string, name: string) =>
  spawnSync(process.execPath, ['scripts/run.mjs', name], { cwd: dir, encoding: 'utf8', env: astroEnv, timeout: 180e3 });

const title = 'a failed build leaves no dist/, even where a good build had written one, and npm start serves nothing';

test(title, { timeout: 400_000 }, () => {
  // The fixture shares node_modules: were it stale, run.mjs would reinstall it for every worktree.
  const stamp = readFileSync(join(root, 'node_modules', '.install-stamp'), 'utf8');
  const lock = createHash('sha256')
    .update(readFileSync(join(root, 'package-lock.json')))
    .digest('hex');
  assert.equal(
    stamp,
    lock,
    'node_modules is older than package-lock.json. Fix: run npm test once; it reinstalls them.',
  );

  const dir = siteFixture('base', ['scripts', 'package-lock.json']);
  const dist = join(dir, 'dist');
  const good = task(dir, 'build');
  assert.equal(good.status, 0, good.stdout + good.stderr);
  assert.ok(existsSync(join(dist, 'index.html')));

  const file = join(dir, 'content', 'companies', 'testlab.md');
  writeFileSync(file, readFileSync(file, 'utf8').replace('baut "große Modelle"', 'erforscht "große Modelle"'));
  const failed = task(dir, 'build');
  assert.notEqual(failed.status, 0);
  assert.match(failed.stdout + failed.stderr, /The quote is not in source "daily-news"/);
  assert.match(failed.stderr, /The build failed, so dist\/ was removed\./);
  assert.equal(existsSync(dist), false, 'dist/ survived a failed build');

  // npm start would serve until stopped; here it must stop at the failed build instead.
  const start = task(dir, 'start');
  // A timeout leaves the status null: that too means it served.
  assert.ok(start.status !== null && start.status !== 0, 'npm start did not stop at the failed build');
  assert.doesNotMatch(start.stdout, /Serving the site/);
  assert.equal(existsSync(dist), false);
});
