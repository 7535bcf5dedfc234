import assert from 'node:assert/strict';
import { test } from 'node:test';
import { guessesAgainstNotes } from '../../src/lib/integrity/note-check.ts';

const note = (field: string, text: string) => ({ kind: 'inferred', field, text, cite: ['c1'] });
const fields = (value: Record<string, unknown>) => guessesAgainstNotes(value).map((p) => p.path.join('.'));

test('a value that its own note says the source does not give is an error', () => {
  assert.deepEqual(
    fields({
      status: { value: 'active', cite: ['c1'] },
      notes: [note('status', 'Undated, so its status is unknown.')],
    }),
    ['status'],
  );
  assert.deepEqual(fields({ focus: ['startups'], notes: [note('focus', 'The article names no focus area.')] }), [
    'focus',
  ]);
  assert.deepEqual(
    fields({
      home: { collection: 'cities', id: 'x' },
      notes: [note('home', 'The page does not give its headquarters.')],
    }),
    ['home'],
  );
  assert.deepEqual(fields({ money: [{ kind: 'total' }], notes: [note('money[0].kind', 'The kind is not stated.')] }), [
    'money.0.kind',
  ]);
});

test('"not stated", an inferred date and notes about something else pass', () => {
  assert.deepEqual(fields({ status: 'not stated', notes: [note('status', 'Its status is unknown.')] }), []);
  const inferred = { date: '2025', precision: 'year', inferred: 'From the weekday.' };
  assert.deepEqual(
    fields({ announced: inferred, notes: [note('announced', 'The article names no year; it is not stated.')] }),
    [],
  );
  // Seen in real notes: the words concern another date or other terms, not the field's value.
  const launch = { date: '2024-10-07', precision: 'day' };
  assert.deepEqual(
    fields({
      announced: launch,
      notes: [note('announced', 'The budget came earlier, on a date the sources do not give.')],
    }),
    [],
  );
  assert.deepEqual(
    fields({ status: { value: 'active' }, notes: [note('status', 'It gives no date, amount or source for this.')] }),
    [],
  );
  assert.deepEqual(
    fields({
      status: { value: 'planned' },
      notes: [note('status', 'The sources do not say whether the vouchers were launched.')],
    }),
    [],
  );
});
