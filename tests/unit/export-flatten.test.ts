import assert from 'node:assert/strict';
import { test } from 'node:test';
import { z } from 'astro/zod';
import { flatten, type Derived } from '../../src/lib/export/flatten.ts';
import type { SchemaNode } from '../../src/lib/export/json-schema.ts';

const node = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input' }) as SchemaNode;

const money = z
  .strictObject({ amount: z.union([z.number(), z.literal('not disclosed')]), currency: z.string() })
  .meta({ title: 'Money' });
const record = z.strictObject({
  id: z.string(),
  name: z.strictObject({ en: z.string(), original: z.string().optional() }),
  published: z.union([z.strictObject({ date: z.string() }), z.literal('not stated')]),
  focus: z.array(z.string()),
  money: z.array(money),
  share: z.strictObject({ part: z.string(), money: money.optional() }).optional(),
  citations: z.record(z.string(), z.strictObject({ source: z.string(), quote: z.string() })),
});
const records = [
  {
    id: 'a',
    name: { en: 'Alpha', original: 'Α' },
    published: { date: '2025-07' },
    focus: ['compute', 'data'],
    money: [
      { amount: 10, currency: 'CNY' },
      { amount: 'not disclosed', currency: 'EUR' },
    ],
    share: { part: 'half', money: { amount: 5, currency: 'CNY' } },
    citations: { c1: { source: 's', quote: 'Quote, with "marks"' } },
  },
  { id: 'b', name: { en: 'Beta' }, published: 'not stated', focus: [], money: [], citations: {} },
];
const doubled: Derived = {
  Money: { columns: ['double'], values: (m) => [typeof m?.['amount'] === 'number' ? m['amount'] * 2 : undefined] },
};

test('one row per record, with nested objects spread into columns named by path', () => {
  const [main] = flatten('things', node(record), records, doubled);
  assert.equal(main?.name, 'things');
  assert.deepEqual(main?.columns, [
    'id',
    'name.en',
    'name.original',
    'published',
    'published.date',
    'focus',
    'share.part',
    'share.money.amount',
    'share.money.currency',
    'share.money.double',
  ]);
  assert.deepEqual(main?.rows, [
    ['a', 'Alpha', 'Α', '', '2025-07', 'compute\ndata', 'half', '5', 'CNY', '10'],
    ['b', 'Beta', '', 'not stated', '', '', '', '', '', ''],
  ]);
});

test('lists of objects and records become child tables keyed by id and index or key', () => {
  const [, moneyTable, citations] = flatten('things', node(record), records, doubled);
  assert.deepEqual(moneyTable, {
    name: 'things-money',
    columns: ['id', 'index', 'amount', 'currency', 'double'],
    rows: [
      ['a', '0', '10', 'CNY', '20'],
      ['a', '1', 'not disclosed', 'EUR', ''],
    ],
  });
  assert.deepEqual(citations, {
    name: 'things-citations',
    columns: ['id', 'key', 'source', 'quote'],
    rows: [['a', 'c1', 's', 'Quote, with "marks"']],
  });
});

test('a list of objects inside a list of objects is refused rather than flattened wrongly', () => {
  const nested = z.strictObject({
    id: z.string(),
    items: z.array(z.strictObject({ parts: z.array(z.strictObject({ x: z.string() })) })),
  });
  assert.throws(() => flatten('n', node(nested), []), /"parts" is a list of objects inside a list of objects/);
});
