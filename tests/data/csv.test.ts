import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { loadEntries, loadYamlFile } from '../../src/lib/integrity/load.ts';
import { normalise } from '../../src/lib/money.ts';
import { collectionNames, type CollectionName } from '../../src/registry.ts';
import { schemas } from '../../src/registry.ts';
import { ratesSchema, type Money } from '../../src/schemas/money.ts';
import { dist, root } from '../helpers/paths.ts';

type Value = unknown;
const data = join(dist, 'data');
const rates = ratesSchema.parse(loadYamlFile(root, 'content/rates.yaml').data);

/** The published entries as the content files give them, parsed by the collection schemas, sorted by id. */
const entries = Object.fromEntries(
  collectionNames.map((c) => [
    c,
    loadEntries(root)
      .entries.filter((e) => e.collection === c)
      .map((e): Record<string, Value> => ({ id: e.id, ...(schemas[c].parse(e.data) as Record<string, Value>) }))
      .sort((a, b) => (String(a['id']) < String(b['id']) ? -1 : 1)),
  ]),
) as Record<CollectionName, Record<string, Value>[]>;

/** Every CSV download, parsed with csv-parse: header, then rows of named cells. */
const tables = new Map(
  readdirSync(data)
    .filter((name) => name.endsWith('.csv'))
    .map((name): [string, { header: string[]; rows: Record<string, string>[] }] => {
      const [header = [], ...rows] = parse(readFileSync(join(data, name), 'utf8'), {
        record_delimiter: '\r\n',
      }) as string[][];
      return [
        name.replace(/\.csv$/, ''),
        { header, rows: rows.map((row) => Object.fromEntries(row.map((cell, i) => [header[i] ?? '', cell]))) },
      ];
    }),
);

const isObject = (v: Value): v is Record<string, Value> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isReference = (v: Value) => isObject(v) && Object.keys(v).join() === 'collection,id';
const at = (value: Value, path: string[]) => path.reduce<Value>((v, key) => (isObject(v) ? v[key] : undefined), value);

/** What a cell must hold for a value: references as ids, lists one item per line, objects and absent values empty. */
function expected(value: Value): string {
  if (isReference(value)) return String((value as { id: string }).id);
  if (Array.isArray(value)) return value.map(expected).join('\n');
  if (value === undefined || isObject(value)) return '';
  return String(value);
}

/** The expected cell of a column for an item: its field, or a normalised value of the money at that path. */
function expectedCell(item: Value, column: string): string {
  const path = column.split('.');
  const normalised = /^(CNY|USD|EUR)$/.test(path.at(-1) ?? '') && path.at(-2) === 'normalised';
  if (!normalised) return expected(at(item, path));
  const money = at(item, path.slice(0, -2)) as Money | undefined;
  return expected(money && normalise(money, rates)?.[path.at(-1) as 'CNY' | 'USD' | 'EUR']);
}

/** The items of a child table's field: list items by index, record values by key. */
const itemsOf = (value: Value): [string, Value][] =>
  Array.isArray(value) ? value.map((item, i) => [String(i), item]) : isObject(value) ? Object.entries(value) : [];

test('every CSV parses, with a header of unique names and as many cells in every row', () => {
  assert.ok(tables.size > collectionNames.length);
  for (const [name, { header }] of tables)
    assert.equal(new Set(header).size, header.length, `${name}.csv has duplicate columns`);
});

test('each collection table has one row per published entry, with every value the entry holds', () => {
  let cells = 0;
  for (const collection of collectionNames) {
    const table = tables.get(collection);
    assert.ok(table, `${collection}.csv exists`);
    assert.equal(table.rows.length, entries[collection].length, `${collection}.csv has a row per entry`);
    for (const [index, entry] of entries[collection].entries()) {
      const row: Record<string, string> = table.rows[index] ?? {};
      for (const column of table.header) {
        // Reference data and bodies are the export's additions; they are checked against the JSON below.
        if (column.startsWith('place.') || column === 'profile') continue;
        assert.equal(row[column], expectedCell(entry, column), `${collection}.csv row ${entry['id']} column ${column}`);
        cells++;
      }
    }
  }
  console.log(`CSV collection tables: ${cells} cells compared with the content`);
});

test('each child table has one row per item of its field, keyed by entry id and index or key, with its values', () => {
  let rows = 0;
  for (const [name, table] of tables) {
    const collection = collectionNames.find((c) => name.startsWith(`${c}-`));
    if (!collection) continue;
    const field = name.slice(collection.length + 1);
    // The archived text is the export's addition, checked against the JSON below.
    if (field === 'text') continue;
    const expectedRows = entries[collection].flatMap((entry) =>
      itemsOf(at(entry, field.split('.'))).map(([key, item]) => ({ id: entry['id'], key, item })),
    );
    assert.equal(table.rows.length, expectedRows.length, `${name}.csv has a row per item`);
    for (const [i, { id, key, item }] of expectedRows.entries()) {
      const row = table.rows[i] ?? {};
      assert.equal(row['id'], id);
      assert.equal(row[table.header[1] ?? ''], key);
      for (const column of table.header.slice(2))
        assert.equal(row[column], expectedCell(item, column), `${name}.csv ${id}/${key} ${column}`);
      rows++;
    }
  }
  console.log(`CSV child tables: ${rows} rows compared with the content`);
});

test('money has its own columns for amount, currency, kind and normalised values', () => {
  const money = tables.get('programs-money');
  assert.ok(money);
  for (const column of ['amount', 'currency', 'kind', 'normalised.CNY', 'normalised.USD', 'normalised.EUR'])
    assert.ok(money.header.includes(column), column);
  const disclosed = money.rows.find((row) => row['amount'] !== 'not disclosed');
  assert.ok(disclosed && Number(disclosed['normalised.EUR']) > 0);
});

test('citations are rows of source id and verbatim quote', () => {
  for (const collection of ['cities', 'programs', 'companies'] as const) {
    const table = tables.get(`${collection}-citations`);
    assert.ok(table);
    assert.deepEqual(table.header.slice(0, 5), ['id', 'key', 'source', 'quote', 'translation']);
    assert.equal(
      table.rows.length,
      entries[collection].reduce((n, e) => n + Object.keys(e['citations'] as object).length, 0),
    );
  }
});

test('every field an entry holds is in a CSV column or a child table', () => {
  const missing = new Set<string>();
  const check = (table: string, value: Value, path: string[]) => {
    const header = tables.get(table)?.header ?? [];
    const child = `${table}-${path.join('.')}`;
    if (Array.isArray(value) && value.some((item) => isObject(item) && !isReference(item))) {
      if (!tables.has(child)) missing.add(child);
      for (const item of value) check(child, item, []);
    } else if (Array.isArray(value) && value.length === 0) {
      // An empty list is a column (plain values) or a child table (objects): either is fine.
      if (!header.includes(path.join('.')) && !tables.has(child)) missing.add(child);
    } else if (isObject(value) && path.at(-1) === 'citations') {
      for (const item of Object.values(value)) check(`${table}-citations`, item, []);
    } else if (isObject(value) && !isReference(value)) {
      for (const [key, item] of Object.entries(value)) check(table, item, [...path, key]);
    } else if (!header.includes(path.join('.'))) missing.add(`${table}: ${path.join('.')}`);
  };
  for (const collection of collectionNames) for (const entry of entries[collection]) check(collection, entry, []);
  assert.deepEqual([...missing], []);
});

test('the extra columns match the JSON download: place reference data, profiles and the archived text', () => {
  for (const collection of collectionNames) {
    const json = (
      JSON.parse(readFileSync(join(data, `${collection}.json`), 'utf8')) as { entries: Record<string, Value>[] }
    ).entries;
    const table = tables.get(collection);
    for (const [i, record] of json.entries()) {
      for (const column of table?.header.filter((c) => c.startsWith('place.') || c === 'profile') ?? []) {
        assert.equal(
          table?.rows[i]?.[column],
          expectedCell(record, column),
          `${collection}.csv ${record['id']} ${column}`,
        );
      }
    }
  }
  const text = tables.get('sources-text');
  const sources = (
    JSON.parse(readFileSync(join(data, 'sources.json'), 'utf8')) as {
      entries: { id: string; text: { n: number; text: string }[] }[];
    }
  ).entries;
  assert.deepEqual(
    text?.rows.map((row) => [row['id'], row['n'], row['text']]),
    sources.flatMap((s) => s.text.map((p) => [s.id, String(p.n), p.text])),
  );
});
