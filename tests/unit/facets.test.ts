import assert from 'node:assert/strict';
import { test } from 'node:test';
import { facets, largestAmount } from '../../src/lib/facets.ts';
import type { Rates } from '../../src/schemas/money.ts';

const rates: Rates = {
  description: 'test',
  rates: {
    EUR: { cnyPerUnit: 8, date: '2025-07', source: 'test' },
    USD: { cnyPerUnit: 7, date: '2025-03', source: 'test' },
  },
};
const money = (
  amount: number | 'not disclosed',
  currency: 'CNY' | 'USD' | 'EUR',
  kind: 'total' | 'per-recipient-cap',
) => ({
  amount,
  currency,
  kind,
  approximate: false,
  asStated: 'x',
  cite: ['c1'],
});

test('the sort amount is the largest stated amount in CNY, labelled with its kind', () => {
  const best = largestAmount(
    {
      money: [
        money(50_000_000, 'CNY', 'per-recipient-cap'),
        money(10_000_000, 'USD', 'total'),
        money('not disclosed', 'CNY', 'total'),
      ],
    },
    rates,
  );
  assert.deepEqual(best, { cny: 70_000_000, label: 'USD 10 million (total budget)' });
});

test('facets drop empty values, sort and deduplicate them, and derive the year from the date', () => {
  const result = facets({
    type: 'Program',
    places: ['Shanghai', undefined, 'Shanghai'],
    focus: ['models', 'compute'],
    date: '2025-07-29',
    amount: { cny: 1e9, label: 'CNY 1 billion (total budget)' },
  });
  assert.deepEqual(result.filters, {
    type: ['Program'],
    place: ['Shanghai'],
    focus: ['compute', 'models'],
    year: ['2025'],
  });
  assert.deepEqual(result.sorts, { amount: '1000000000', date: '2025-07-29' });
  assert.deepEqual(result.meta, { type: 'Program', amount: 'CNY 1 billion (total budget)', place: 'Shanghai' });
});
