import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { loadEntries } from '../../src/lib/integrity/load.ts';
import { collectionNames } from '../../src/registry.ts';
import { dist, root, walk } from '../helpers/paths.ts';

// ajv-formats is CommonJS: its plugin is the module's default export.
const addFormats = addFormatsModule.default;
const data = join(dist, 'data');
const read = (name: string) => JSON.parse(readFileSync(join(data, name), 'utf8')) as Record<string, unknown>;
const dataFiles = readdirSync(data).filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'));

/** A validator that knows every published schema, in strict mode so a schema ajv cannot fully check fails. */
function validator() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  for (const name of readdirSync(data).filter((n) => n.endsWith('.schema.json'))) ajv.addSchema(read(name));
  return ajv;
}

/** The ids of the published entries of each collection, from the content files themselves (drafts start with "_"). */
const published = Object.fromEntries(
  collectionNames.map((c) => [
    c,
    loadEntries(root)
      .entries.filter((e) => e.collection === c)
      .map((e) => e.id)
      .sort(),
  ]),
);

test('every JSON download is valid against the JSON Schema it names', () => {
  const ajv = validator();
  const problems: string[] = [];
  for (const name of dataFiles) {
    const file = read(name);
    const validate = ajv.getSchema(String(file['$schema']));
    assert.ok(validate, `${name} names a schema that is published: ${String(file['$schema'])}`);
    if (!validate(file)) problems.push(...(validate.errors ?? []).map((e) => `${name}${e.instancePath}: ${e.message}`));
  }
  console.log(`JSON Schema validation (ajv): ${dataFiles.length} files, ${problems.length} problems`);
  assert.equal(dataFiles.length, collectionNames.length + 1);
  assert.deepEqual(problems, []);
});

test('the schemas are not vacuous: a misspelt field, a missing field and a wrong type are each rejected', () => {
  const ajv = validator();
  const file = read('programs.json');
  const validate = ajv.getSchema(String(file['$schema']));
  assert.ok(validate);
  const entry = (file['entries'] as Record<string, unknown>[])[0] ?? {};
  const { jurisdiction, ...withoutJurisdiction } = entry;
  assert.ok(jurisdiction);
  for (const broken of [{ ...entry, jurisdicton: 'x' }, withoutJurisdiction, { ...entry, focus: 'compute' }]) {
    assert.equal(validate({ ...file, entries: [broken] }), false, JSON.stringify(Object.keys(broken)));
  }
});

test('each collection file holds exactly the published entries, sorted by id, as the combined file does', () => {
  const combined = read('china-ai-hubs.json');
  for (const collection of collectionNames) {
    const file = read(`${collection}.json`);
    const entries = file['entries'] as { id: string }[];
    assert.equal(file['collection'], collection);
    assert.deepEqual(
      entries.map((e) => e.id),
      published[collection],
      `${collection}.json lists the published entries`,
    );
    assert.deepEqual(combined[collection], entries, `china-ai-hubs.json holds the same ${collection}`);
  }
});

test('no fixture entry reaches the downloads', () => {
  const fixtureIds = new Set(
    walk(join(root, 'tests', 'integrity', 'fixtures'))
      .filter((file) => /(^|\/)(cities|programs|companies|sources)\/[^/]+\.mdx?$/.test(file))
      .map((file) => file.replace(/^.*\/([^/]+)\.mdx?$/, '$1')),
  );
  const realIds = new Set(Object.values(published).flat());
  const exported = collectionNames.flatMap((c) => (read(`${c}.json`)['entries'] as { id: string }[]).map((e) => e.id));
  const leaked = exported.filter((id) => fixtureIds.has(id) && !realIds.has(id));
  assert.ok(fixtureIds.size > 0);
  assert.deepEqual(leaked, []);
});
