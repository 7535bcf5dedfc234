import assert from 'node:assert/strict';
import { test } from 'node:test';
import { firstDay, programFeedItems } from '../../src/lib/export/feed.ts';
import { programSchema } from '../../src/schemas/program.ts';

const program = (id: string, extra: Record<string, unknown>) => ({
  id,
  data: programSchema.parse({
    name: { en: `Program ${id}` },
    jurisdiction: 'shanghai',
    announced: 'not stated',
    status: 'not stated',
    instrument: 'initiative',
    focus: ['open-source'],
    focusCite: ['c1'],
    citations: { c1: { source: 's', quote: 'q' } },
    ...extra,
  }),
});

test('a partial date is placed on its first day, in UTC', () => {
  assert.equal(firstDay({ date: '2025' }).toISOString(), '2025-01-01T00:00:00.000Z');
  assert.equal(firstDay({ date: '2025-07' }).toISOString(), '2025-07-01T00:00:00.000Z');
  assert.equal(firstDay({ date: '2025-07-29' }).toISOString(), '2025-07-29T00:00:00.000Z');
});

test('newest announcement first, ties by id, undated programs last without a date', () => {
  const items = programFeedItems(
    [
      program('undated', {}),
      program('old', { announced: { date: '2016', precision: 'year' } }),
      program('b-new', { announced: { date: '2025-06', precision: 'month' } }),
      program('a-new', { announced: { date: '2025-06', precision: 'month' } }),
    ],
    () => 'Shanghai',
  );
  assert.deepEqual(
    items.map((i) => i.link),
    ['/programs/a-new/', '/programs/b-new/', '/programs/old/', '/programs/undated/'],
  );
  assert.equal(items.at(-1)?.pubDate, undefined);
});

test('an item says what, where, when and how much, and is filed under place, instrument and focus', () => {
  const [item] = programFeedItems(
    [
      program('plan', {
        announced: { date: '2025-07-29', precision: 'day' },
        money: [{ amount: 1e9, currency: 'CNY', kind: 'total', asStated: 'einer Milliarde Yuan', cite: ['c1'] }],
      }),
    ],
    () => 'Shanghai',
  );
  assert.equal(
    item?.description,
    'An initiative of Shanghai, announced 29 July 2025. Money: total budget: CNY 1 billion.',
  );
  assert.deepEqual(item?.categories, ['Shanghai', 'initiative', 'open source']);
});
