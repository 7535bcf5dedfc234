import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { load } from 'cheerio';
import { collectionNames } from '../../src/registry.ts';
import { schemas } from '../../src/registry.ts';
import { dist, page } from '../helpers/paths.ts';

type Node = {
  properties?: Record<string, Node>;
  items?: Node;
  additionalProperties?: Node | boolean;
  anyOf?: Node[];
  type?: string;
};

const $ = load(page('/data/'));
const rows = $('table.dictionary tbody tr')
  .map((_, tr) => ({
    field: $(tr).find('th code').text(),
    type: $(tr).find('td').eq(0).text(),
    description: $(tr).find('td').eq(2).text(),
  }))
  .get();
const listed = new Set(rows.map((r) => r.field));

/** Every field path of a JSON Schema, written as the dictionary writes it. */
function* paths(node: Node, prefix: string): Generator<string> {
  for (const option of node.anyOf ?? [node]) {
    for (const [key, field] of Object.entries(option.properties ?? {})) {
      const path = prefix ? `${prefix}.${key}` : key;
      yield path;
      yield* paths(field, path);
    }
    if (option.type === 'array' && option.items) yield* paths(option.items, `${prefix}[]`);
    if (!option.properties && typeof option.additionalProperties === 'object')
      yield* paths(option.additionalProperties, `${prefix}.<key>`);
  }
}

test('the data dictionary lists every field of every published JSON Schema', () => {
  const schemaFiles = readdirSync(join(dist, 'data')).filter((name) => name.endsWith('.schema.json'));
  const missing: string[] = [];
  let checked = 0;
  for (const name of schemaFiles) {
    const schema = JSON.parse(readFileSync(join(dist, 'data', name), 'utf8')) as Node;
    const collection = name.replace('.schema.json', '');
    for (const path of paths(schema, '')) {
      // A collection file's entries are the combined file's <collection>[]; "collection" and "entries" are its own.
      const field = path.replace(/^entries\[\]/, `${collection}[]`);
      checked++;
      if (!listed.has(field) && field !== 'collection' && field !== 'entries') missing.push(`${name}: ${field}`);
    }
  }
  console.log(
    `data dictionary: ${rows.length} rows; ${checked} schema fields in ${schemaFiles.length} schemas looked up`,
  );
  assert.equal(schemaFiles.length, collectionNames.length + 1);
  assert.deepEqual(missing, []);
});

test('every field of every collection schema is in the dictionary, with a type and a description', () => {
  for (const collection of collectionNames) {
    for (const key of Object.keys(schemas[collection].shape))
      assert.ok(listed.has(`${collection}[].${key}`), `${collection}[].${key}`);
  }
  const undescribed = rows.filter((r) => !r.type.trim() || !r.description.trim()).map((r) => r.field);
  assert.deepEqual(undescribed, []);
});
