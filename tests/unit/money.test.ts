import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  formatAmount,
  normalise,
  normaliseForDisplay,
  roundConverted,
  significantFigures,
  totalsByKind,
} from '../../src/lib/money.ts';
import type { Rates } from '../../src/schemas/money.ts';

const rates: Rates = {
  description: 'test rates',
  rates: {
    EUR: { cnyPerUnit: 8, date: '2025-07', source: 'test' },
    USD: { cnyPerUnit: 7, date: '2025-03', source: 'test' },
  },
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

test('significant figures of stated amounts', () => {
  assert.equal(significantFigures(2_000_000), 1);
  assert.equal(significantFigures(860_000_000), 2);
  assert.equal(significantFigures(2.5), 2);
  assert.equal(significantFigures(1_250), 3);
  assert.equal(significantFigures(0.05), 1);
  assert.equal(significantFigures(1_234_567), 7);
  assert.equal(significantFigures(0), 1);
});

test('a converted amount is no more precise than the figure it comes from, and keeps at least 2 figures', () => {
  assert.equal(roundConverted(275_999.2, 2_000_000), 280_000);
  assert.equal(roundConverted(240_001.3, 2_000_000), 240_000);
  assert.equal(roundConverted(6_665_000_000, 860_000_000), 6_700_000_000);
  assert.equal(roundConverted(178_571.43, 1_250_000), 179_000);
  assert.equal(roundConverted(0.137931, 1), 0.14);
});

test('normalised amounts for display are rounded, except in the stated currency', () => {
  assert.deepEqual(normaliseForDisplay({ amount: 2_000_000, currency: 'CNY' }, rates), {
    CNY: 2_000_000,
    USD: 290_000,
    EUR: 250_000,
  });
  assert.deepEqual(normaliseForDisplay({ amount: 860_000_000, currency: 'EUR' }, rates), {
    CNY: 6_900_000_000,
    USD: 980_000_000,
    EUR: 860_000_000,
  });
  assert.equal(normaliseForDisplay({ amount: 123_456, currency: 'EUR' }, rates)?.USD, 141_093);
  assert.equal(normaliseForDisplay({ amount: 'not disclosed', currency: 'CNY' }, rates), undefined);
});
