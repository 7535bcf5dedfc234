import assert from 'node:assert/strict';
import { test } from 'node:test';
import { missingPackages } from '../../scripts/bootstrap.mjs';

const machine = (files: string[]) => (path: string) => files.includes(path);
const FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
// '' rather than undefined: undefined would let CHROMIUM_PATH of the test run (npm test sets it) decide.

test('a bare Debian machine needs Chromium and the CJK fonts', () => {
  assert.deepEqual(missingPackages(machine([]), ''), ['chromium', 'fonts-noto-cjk']);
});

test('Chromium without a CJK font still needs the fonts, or Chinese renders as boxes', () => {
  assert.deepEqual(missingPackages(machine(['/usr/bin/chromium']), ''), ['fonts-noto-cjk']);
  assert.deepEqual(missingPackages(machine([]), '/opt/chromium/chrome'), ['fonts-noto-cjk']);
});

test('nothing is missing with both installed', () => {
  assert.deepEqual(missingPackages(machine(['/usr/bin/chromium', FONT]), ''), []);
});
