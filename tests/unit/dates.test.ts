import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatPartialDate } from '../../src/lib/dates.ts';
import { partialDateSchema } from '../../src/schemas/date.ts';

test('a date is shown only as precisely as it is known', () => {
  assert.equal(formatPartialDate({ date: '2025-07-29', precision: 'day' }), '29 July 2025');
  assert.equal(formatPartialDate({ date: '2025-07', precision: 'month' }), 'July 2025');
  assert.equal(formatPartialDate({ date: '2015', precision: 'year' }), '2015');
});

test('the schema refuses impossible dates and a precision that disagrees with the date', () => {
  assert.equal(partialDateSchema.safeParse({ date: '2025-02-30', precision: 'day' }).success, false);
  assert.equal(partialDateSchema.safeParse({ date: '2025-07', precision: 'day' }).success, false);
  assert.equal(partialDateSchema.safeParse({ date: '2025-07', precision: 'month' }).success, true);
});
