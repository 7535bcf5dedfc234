import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isContentFile, overlayError } from '../../src/lib/integrity/live.ts';
import type { Problem } from '../../src/lib/integrity/problem.ts';

test('only files inside the content folder call for a new check', () => {
  assert.equal(isContentFile('/site/content/programs/a.md', '/site'), true);
  assert.equal(isContentFile('/site/content/places.yaml', '/site'), true);
  assert.equal(isContentFile('/site/content', '/site'), false);
  assert.equal(isContentFile('/site/src/pages/index.astro', '/site'), false);
  assert.equal(isContentFile('/site/content-old/a.md', '/site'), false);
});

test('the overlay shows the whole report and opens the first error at its line', () => {
  const problems: Problem[] = [
    { severity: 'warning', file: 'content/sources/a.md', field: '(file)', message: 'No entry cites source "a".' },
    {
      severity: 'error',
      file: 'content/programs/p.md',
      line: 9,
      field: 'citations.c1.quote',
      message: 'The quote is not in source "a".',
    },
  ];
  const err = overlayError(problems, '/site');
  assert.deepEqual(err.loc, { file: '/site/content/programs/p.md', line: 9, column: 1 });
  assert.equal(err.stack, '');
  assert.match(err.message, /^✗ content\/programs\/p\.md:9 citations\.c1\.quote: The quote is not in source "a"\.\n! /);
  assert.match(err.message, /1 error, 1 warning in the content\.\nFix each line and save/);
});
