import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parseDocument } from 'yaml';
import { checkContent } from '../../src/lib/integrity/check.ts';
import { formatProblems } from '../../src/lib/integrity/problem.ts';
import { contentFixture } from '../helpers/fixtures.ts';
import { root } from '../helpers/paths.ts';

/** Runs `npm run new`'s script against a fixture's content folder. */
function scaffold(dir: string, ...args: string[]) {
  const content = join(dir, 'content');
  const script = join(root, 'scripts', 'new.ts');
  return spawnSync(process.execPath, [script, ...args, '--content-dir', content], { cwd: dir, encoding: 'utf8' });
}

describe('npm run new', () => {
  test('writes a program citing the source, which passes the check once its blanks are filled', () => {
    const dir = contentFixture('base');
    const result = scaffold(dir, 'programs', 'testburg-vouchers', '--source', 'daily-news');
    assert.equal(result.status, 0, result.stderr);
    assert.equal(
      result.stdout,
      'Wrote content/programs/testburg-vouchers.md. Fill every blank the comments describe, then run npm run check:content.\n',
    );
    const file = join(dir, 'content', 'programs', 'testburg-vouchers.md');
    const [, yaml = '', body = ''] = readFileSync(file, 'utf8').split(/^---\n/m);
    // Left blank, the scaffold fails the check: nothing unfinished can be published.
    assert.match(formatProblems(checkContent(dir)), /testburg-vouchers\.md:\d+ name\.en: /);

    const doc = parseDocument(yaml);
    doc.setIn(['name', 'en'], 'Testburg vouchers');
    doc.set('jurisdiction', 'testburg');
    doc.setIn(['announced', 'date'], '2025');
    doc.setIn(['announced', 'precision'], 'year');
    doc.setIn(['status', 'value'], 'announced');
    doc.set('instrument', 'subsidy');
    doc.set('focus', ['models']);
    const quote = 'Die Stadt Testburg hat einen Plan in Höhe von einer Milliarde Yuan vorgestellt.';
    doc.setIn(['citations', 'c1', 'quote'], quote);
    doc.setIn(['citations', 'c1', 'translation'], 'The city of Testburg has presented a plan worth one billion yuan.');
    writeFileSync(file, `---\n${doc.toString()}---\n${body}`);
    assert.equal(formatProblems(checkContent(dir)), '0 errors, 0 warnings in the content.');
  });

  test('prints the places.yaml lines a new place needs', () => {
    const result = scaffold(contentFixture('base'), 'cities', 'suzhou');
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /add these lines under places: in content\/places\.yaml\n\n {2}suzhou:\n {4}zh: {2}# /);
  });

  test('refuses an existing id, a bad id and an unknown collection, writing nothing', () => {
    const dir = contentFixture('base');
    const before = readFileSync(join(dir, 'content', 'cities', 'testburg.md'), 'utf8');
    for (const [args, message] of [
      [
        ['cities', 'testburg'],
        'content/cities/ already has an entry "testburg". Fix: choose another id, or edit that entry.',
      ],
      [
        ['cities', 'Test_Burg'],
        '"Test_Burg" is not a valid id. Fix: use lower-case letters, digits and hyphens, such as "suzhou-vouchers".',
      ],
      [
        ['towns', 'x'],
        'Unknown collection "towns". Fix: use one of cities, programs, companies; add a source with npm run ingest.',
      ],
    ] as const) {
      const result = scaffold(dir, ...args);
      assert.equal(result.status, 1);
      assert.equal(result.stderr, `${message}\n`);
    }
    assert.equal(readFileSync(join(dir, 'content', 'cities', 'testburg.md'), 'utf8'), before);
  });
});
