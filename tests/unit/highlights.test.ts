import assert from 'node:assert/strict';
import { test } from 'node:test';
import { segmentText } from '../../src/lib/highlights.ts';

test('overlapping quotes merge into one highlight that names both entries', () => {
  const segments = segmentText('abcdefghij', [
    { start: 2, end: 5, by: ['x'] },
    { start: 4, end: 7, by: ['y'] },
  ]);
  assert.deepEqual(segments, [
    { text: 'ab', by: [] },
    { text: 'cdefg', by: ['x', 'y'] },
    { text: 'hij', by: [] },
  ]);
});

test('a paragraph without quotes is one plain segment', () => {
  assert.deepEqual(segmentText('plain', []), [{ text: 'plain', by: [] }]);
});
