import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalise, normaliseText } from '../../src/lib/normalise.ts';

test('whitespace runs, no-break spaces and newlines collapse to one space', () => {
  assert.equal(normaliseText('  a \u00a0\n b\t\tc  '), 'a b c');
});

test('typographic quote marks become plain ones', () => {
  assert.equal(normaliseText('„sechs kleinen Drachen“ ‘x’ «y»'), '"sechs kleinen Drachen" \'x\' "y"');
});

test('nothing else changes: case, dashes and umlauts are kept', () => {
  assert.equal(normaliseText('Höhe – KI'), 'Höhe – KI');
  assert.notEqual(normaliseText('Hoehe'), normaliseText('Höhe'));
});

test('offsets map each normalised character back to the original text', () => {
  const { text, offsets } = normalise('a  „b“');
  assert.equal(text, 'a "b"');
  assert.deepEqual(offsets, [0, 1, 3, 4, 5]);
});
