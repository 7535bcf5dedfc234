// Entry point of every npm script: `node scripts/run.mjs <task> [args]`. It prepares Node and
// the packages (see bootstrap.mjs), then runs the task with that Node first on PATH.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium, ensureDependencies, ensureNode, root, run } from './bootstrap.mjs';

const [task, ...args] = process.argv.slice(2);
const astro = ['node_modules/astro/bin/astro.mjs'];

const dist = join(root, 'dist');

/**
 * Builds the site into dist/. dist/ is removed first and again when the build fails, so that no
 * earlier or half-written site can be served or tested as if it were the current one.
 */
function build(env, buildArgs = []) {
  rmSync(dist, { recursive: true, force: true });
  const result = spawnSync('node', [...astro, 'build', ...buildArgs], { stdio: 'inherit', cwd: root, env });
  if (result.error) throw result.error;
  if (result.status === 0) return;
  rmSync(dist, { recursive: true, force: true });
  console.error('\nThe build failed, so dist/ was removed. Fix what the build reported above, then run it again.');
  process.exit(result.status ?? 1);
}

const tasks = {
  build: (env) => build(env, args),
  // Astro's dev server; the integrity check re-runs whenever a content file changes.
  dev: (env) => run('node', [...astro, 'dev', ...args], { env }),
  check: (env) => run('node', [...astro, 'check', ...args], { env }),
  // Serves only a site this very run has built: a failed build stops before serving.
  start: (env) => {
    build(env);
    console.log('\nServing the site at http://localhost:4321/ (Ctrl+C stops it)\n');
    run('node', [...astro, 'preview', '--port', '4321', ...args], { env });
  },
  test: (env) => {
    const testEnv = ensureChromium(env);
    build(testEnv);
    const files = args.length > 0 ? args : ['tests/**/*.test.ts'];
    const reporters = [
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=./tests/helpers/summary-reporter.mjs',
      '--test-reporter-destination=stdout',
    ];
    run('node', ['--test', '--test-concurrency=1', ...reporters, ...files], { env: testEnv });
  },
  // The pure tier: logic, ingest and the bad-content checker, without building the site.
  'test:unit': (env) =>
    run('node', ['--test', 'tests/unit/*.test.ts', 'tests/ingest/*.test.ts', 'tests/integrity/checker.test.ts'], {
      env,
    }),
  ingest: (env) => run('node', ['scripts/ingest.ts', ...args], { env }),
  new: (env) => run('node', ['scripts/new.ts', ...args], { env }),
  schemas: (env) => run('node', ['scripts/schemas.ts', ...args], { env }),
  'check:content': (env) => run('node', ['scripts/check-content.ts', ...args], { env }),
  // ESLint and Prettier, both with zero warnings allowed; `format` rewrites what Prettier would change.
  lint: (env) => {
    run('node', ['node_modules/eslint/bin/eslint.js', '.', '--max-warnings=0'], { env });
    run('node', ['node_modules/prettier/bin/prettier.cjs', '--check', '.', '--log-level=warn'], { env });
  },
  format: (env) => run('node', ['node_modules/prettier/bin/prettier.cjs', '--write', '.', '--log-level=warn'], { env }),
  bench: (env) => run('node', ['scripts/bench/run.ts', ...args], { env: ensureChromium(env) }),
};

if (!(task in tasks)) {
  console.error(`Unknown task "${task}". Expected one of: ${Object.keys(tasks).join(', ')}.`);
  process.exit(2);
}
const env = ensureNode();
ensureDependencies(env);
tasks[task](env);
