import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatAmount, normalise, totalsByKind } from '../../src/lib/money.ts';
import type { Rates } from '../../src/schemas/money.ts';

const rates: Rates = {
  description: 'test rates',
  rates: { EUR: { cnyPerUnit: 8, date: '2025-07', source: 'test' }, USD: { cnyPerUnit: 7, date: '2025-03', source: 'test' } },
};

test('normalises a stated amount into CNY, USD and EUR', () => {
  assert.deepEqual(normalise({ amount: 80, currency: 'EUR' }, rates), { CNY: 640, USD: 640 / 7, EUR: 80 });
});

test('"not disclosed" has no normalised value', () => {
  assert.equal(normalise({ amount: 'not disclosed', currency: 'CNY' }, rates), undefined);
});

test('amounts of different kinds are never added together', () => {
  const totals = totalsByKind(
    [
      { amount: 1_000_000_000, currency: 'CNY', kind: 'total' },
      { amount: 50_000_000, currency: 'CNY', kind: 'per-recipient-cap' },
      { amount: 10, currency: 'EUR', kind: 'total' },
    ],
    rates,
  );
  assert.equal(totals.get('total'), 1_000_000_080);
  assert.equal(totals.get('per-recipient-cap'), 50_000_000);
  assert.equal(totals.size, 2);
});

test('caps per recipient are never added up: the highest stands for them', () => {
  const totals = totalsByKind(
    [
      { amount: 3_000_000, currency: 'CNY', kind: 'per-recipient-cap' },
      { amount: 50_000_000, currency: 'CNY', kind: 'per-recipient-cap' },
      { amount: 8_000_000, currency: 'CNY', kind: 'per-recipient-cap' },
    ],
    rates,
  );
  assert.equal(totals.get('per-recipient-cap'), 50_000_000);
});

test('large amounts read as words', () => {
  assert.equal(formatAmount(1e9, 'CNY'), 'CNY 1 billion');
  assert.equal(formatAmount(415_000, 'USD'), 'USD 415,000');
  assert.equal(formatAmount(6_900_000, 'USD'), 'USD 6.9 million');
});
