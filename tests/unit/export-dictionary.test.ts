import assert from 'node:assert/strict';
import { test } from 'node:test';
import { z } from 'astro/zod';
import { dictionary, typeLabel } from '../../src/lib/export/dictionary.ts';
import type { SchemaNode } from '../../src/lib/export/json-schema.ts';

const node = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input' }) as SchemaNode;

test('lists every field at every depth, with type, presence and description', () => {
  const schema = z.strictObject({
    name: z
      .strictObject({ en: z.string().min(1).describe('English name.') })
      .meta({ title: 'Name', description: 'A name.' }),
    money: z
      .array(
        z
          .strictObject({
            amount: z.union([z.number().positive(), z.literal('not disclosed')]).describe('The amount.'),
          })
          .meta({ title: 'Money' }),
      )
      .default([])
      .describe('Amounts.'),
    citations: z
      .record(z.string(), z.strictObject({ quote: z.string().describe('The quote.') }))
      .describe('Quotes by key.'),
    level: z.enum(['city', 'province']).optional().describe('The level.'),
  });
  assert.deepEqual(dictionary(node(schema)), [
    { field: 'name', type: 'Name', presence: 'required', description: 'A name.' },
    { field: 'name.en', type: 'text', presence: 'required', description: 'English name.' },
    { field: 'money', type: 'list of Money', presence: 'optional, default []', description: 'Amounts.' },
    {
      field: 'money[].amount',
      type: 'number > 0 or "not disclosed"',
      presence: 'required',
      description: 'The amount.',
    },
    { field: 'citations', type: 'map from key to object', presence: 'required', description: 'Quotes by key.' },
    { field: 'citations.<key>.quote', type: 'text', presence: 'required', description: 'The quote.' },
    { field: 'level', type: 'one of city, province', presence: 'optional', description: 'The level.' },
  ]);
});

test('names types in words', () => {
  assert.equal(typeLabel(node(z.iso.date())), 'date (YYYY-MM-DD)');
  assert.equal(typeLabel(node(z.url())), 'URL');
  assert.equal(typeLabel(node(z.string().regex(/^p\d+$/))), 'text matching ^p\\d+$');
  assert.equal(typeLabel(node(z.int().positive())), 'whole number > 0');
  assert.equal(typeLabel(node(z.number().min(-90).max(90))), 'number from -90 to 90');
  assert.equal(typeLabel(node(z.boolean())), 'true or false');
  assert.equal(typeLabel(node(z.array(z.string()).min(1))), 'list (at least 1) of text');
});
