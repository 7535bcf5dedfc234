import assert from 'node:assert/strict';
import { test } from 'node:test';
import { combinedFileSchema, recordSchemas, schemaNode, toJsonSchema } from '../../src/lib/export/schema.ts';
import { hasFields, mapValue, type SchemaNode } from '../../src/lib/export/json-schema.ts';
import { schemas } from '../../src/registry.ts';
import { collectionNames } from '../../src/registry.ts';

/** Every field of a JSON Schema with its path. */
function* fields(node: SchemaNode, path: string): Generator<[string, SchemaNode]> {
  for (const option of node.anyOf ?? [node]) {
    for (const [key, field] of Object.entries(option.properties ?? {})) {
      yield [`${path}.${key}`, field];
      yield* fields(field, `${path}.${key}`);
    }
    const inner = option.type === 'array' ? option.items : mapValue(option);
    if (inner) yield* fields(inner, `${path}[]`);
  }
}

test('every field of every generated schema has a description', () => {
  const undescribed = [...fields(schemaNode(combinedFileSchema), '')]
    .filter(([, node]) => !node.description)
    .map(([path]) => path);
  assert.deepEqual(undescribed, []);
});

test('an exported entry holds the id, every field of its collection and the body', () => {
  for (const collection of collectionNames) {
    const node = schemaNode(recordSchemas[collection]);
    assert.ok(hasFields(node));
    const keys = Object.keys(node.properties);
    assert.equal(keys[0], 'id');
    for (const key of Object.keys(schemas[collection].shape)) assert.ok(keys.includes(key), `${collection}.${key}`);
    assert.equal(node.additionalProperties, false, 'unknown fields are invalid, as in the content');
  }
});

test('references are described as the ids authors write, naming the collection', () => {
  const node = schemaNode(recordSchemas.programs);
  assert.deepEqual(node.properties?.['jurisdiction'], {
    title: 'Reference to cities',
    description: 'The place whose government runs it.',
    type: 'string',
    pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
  });
});

test('a published schema names its own address and the draft it follows', () => {
  const schema = toJsonSchema(combinedFileSchema, 'https://example.org/data/x.schema.json');
  assert.equal(schema['$schema'], 'https://json-schema.org/draft/2020-12/schema');
  assert.equal(schema['$id'], 'https://example.org/data/x.schema.json');
});
