import assert from 'node:assert/strict';
import { test } from 'node:test';
import { authored, entryRecord } from '../../src/lib/export/records.ts';
import { programSchema } from '../../src/schemas/program.ts';

const parsed = programSchema.parse({
  name: { en: 'Plan' },
  jurisdiction: 'shanghai',
  announced: 'not stated',
  status: 'not stated',
  instrument: 'subsidy',
  focus: ['compute'],
  focusCite: ['c1'],
  roles: [{ org: 'zhi-dongxi', role: 'commentator', cite: ['c1'] }],
  citations: { c1: { source: 'courrier', quote: 'Ein Plan.' } },
});

test('references go back to the ids authors wrote, and absent fields stay absent', () => {
  const data = authored(parsed) as Record<string, unknown>;
  assert.equal(data['jurisdiction'], 'shanghai');
  assert.deepEqual(data['roles'], [{ org: 'zhi-dongxi', role: 'commentator', cite: ['c1'] }]);
  assert.deepEqual(data['citations'], { c1: { source: 'courrier', quote: 'Ein Plan.' } });
  assert.equal('document' in data, false);
  assert.deepEqual(data['money'], [], 'defaults are filled in');
});

test('an object that only looks like a reference is kept', () => {
  assert.deepEqual(authored({ collection: 'recipes', id: 'x' }), { collection: 'recipes', id: 'x' });
});

test('an exported entry starts with its id and ends with what the export adds', () => {
  const record = entryRecord('plan', parsed, { profile: 'Text [@c1].', missing: undefined });
  const keys = Object.keys(record);
  assert.equal(keys[0], 'id');
  assert.equal(keys.at(-1), 'profile');
  assert.equal(keys.includes('missing'), false);
});
