import assert from 'node:assert/strict';
import { test } from 'node:test';
import { notesOn } from '../../src/lib/notes.ts';

const note = (field?: string) => ({ kind: 'garbled' as const, text: 't', cite: ['c1'], ...(field ? { field } : {}) });

test('a field is flagged by the notes on it or inside it, never by notes on a neighbour', () => {
  const notes = [note('money[0]'), note('money[0].amount'), note('money[10]'), note('breakdown[0]'), note()];
  assert.deepEqual(
    notesOn(notes, 'money[0]').map((n) => n.anchor),
    ['note-1', 'note-2'],
  );
  assert.deepEqual(notesOn(notes, 'money[1]'), []);
  assert.deepEqual(
    notesOn(notes, 'money').map((n) => n.anchor),
    ['note-1', 'note-2', 'note-3'],
  );
});
