// The open-data downloads, computed once per build from the published collections: /data/[file].ts
// serves them, /data/ lists them (dataPage).
import { entries, kb, placesReference } from './kb.ts';
import { sha256sums } from '../lib/export/checksums.ts';
import { renderCsv } from '../lib/export/csv.ts';
import { dictionary, type DictionaryRow } from '../lib/export/dictionary.ts';
import { flatten } from '../lib/export/flatten.ts';
import type { Json } from '../lib/export/json-schema.ts';
import { licenceText } from '../lib/export/licence.ts';
import { normalisedMoney } from '../lib/export/money-columns.ts';
import { byId, entryRecord } from '../lib/export/records.ts';
import {
  collectionFileSchema,
  combinedFileSchema,
  recordSchemas,
  schemaNode,
  toJsonSchema,
} from '../lib/export/schema.ts';
import { csvName, usedKinds, viewPath, voucherTable } from '../lib/vouchers.ts';
import { collectionNames, collections, type CollectionName } from '../registry.ts';
import { release } from '../site.ts';

const site = import.meta.env.SITE;
const url = (name: string) => new URL(`/data/${name}`, site).href;

/** One download: its name under /data/, media type, content, what it holds, and the group it is listed in. */
export type DataFile = {
  name: string;
  type: string;
  body: string;
  about: string;
  group: CollectionName | 'all' | 'compare';
};

const JSON_TYPE = 'application/json; charset=utf-8';
const SCHEMA_TYPE = 'application/schema+json; charset=utf-8';
const CSV_TYPE = 'text/csv; charset=utf-8; header=present';
const TEXT_TYPE = 'text/plain; charset=utf-8';

/** Every published entry as exported, per collection, with the extras its record schema names (lib/export/schema.ts). */
const records = Object.fromEntries(
  collectionNames.map((collection) => [
    collection,
    byId<{ id: string; data: object; body?: string | undefined }>(entries[collection]).map((entry) =>
      entryRecord(entry.id, entry.data, {
        ...(collection === 'sources'
          ? { text: kb.blocks(entry.id).map(({ n, kind, text }) => ({ n, kind, text })) }
          : {}),
        ...(collection === 'cities' ? { place: kb.places[entry.id] } : {}),
        ...(collections[collection].rendersBody ? { profile: (entry.body ?? '').trim() } : {}),
      }),
    ),
  ]),
) as Record<CollectionName, Json[]>;

const header = (schemaName: string) => ({ $schema: url(schemaName), release, licence: url('LICENCE.txt') });
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

const COMBINED = 'china-ai-hubs';

function collectionFiles(collection: CollectionName): DataFile[] {
  const tables = flatten(
    collection,
    schemaNode(recordSchemas[collection]),
    records[collection],
    normalisedMoney(kb.rates),
  );
  return [
    {
      name: `${collection}.json`,
      type: JSON_TYPE,
      body: json({ ...header(`${collection}.schema.json`), collection, entries: records[collection] }),
      about: `Every entry of ${collection}`,
      group: collection,
    },
    {
      name: `${collection}.schema.json`,
      type: SCHEMA_TYPE,
      body: json(toJsonSchema(collectionFileSchema(collection), url(`${collection}.schema.json`))),
      about: `JSON Schema of ${collection}.json`,
      group: collection,
    },
    ...tables.map((table, index) => ({
      name: `${table.name}.csv`,
      type: CSV_TYPE,
      body: renderCsv(table),
      about:
        index === 0
          ? `One row per entry of ${collection}`
          : `One row per item of ${table.name.slice(collection.length + 1)}, by entry id and ${table.columns[1]}`,
      group: collection,
    })),
  ];
}

const content: DataFile[] = [
  {
    name: `${COMBINED}.json`,
    type: JSON_TYPE,
    body: json({
      ...header(`${COMBINED}.schema.json`),
      ...records,
      places: { reference: placesReference, places: kb.places },
      rates: kb.rates,
    }),
    about: 'Every collection, the place reference data and the exchange rates in one file',
    group: 'all',
  },
  {
    name: `${COMBINED}.schema.json`,
    type: SCHEMA_TYPE,
    body: json(toJsonSchema(combinedFileSchema, url(`${COMBINED}.schema.json`))),
    about: `JSON Schema of ${COMBINED}.json`,
    group: 'all',
  },
  ...collectionNames.flatMap(collectionFiles),
  // The comparison of vouchers as its page shows it: one file for all kinds, one per kind in use.
  ...[undefined, ...usedKinds(kb)].map((kind) => ({
    name: csvName(kind),
    type: CSV_TYPE,
    body: renderCsv(voucherTable(kb, kind)),
    about: `The table of ${viewPath(kind, 'pool')}: a row per ${kind ? `${kind} ` : ''}voucher program, by yearly pool`,
    group: 'compare' as const,
  })),
  {
    name: 'LICENCE.txt',
    type: TEXT_TYPE,
    body: licenceText(new URL('/data/', site).href),
    about: 'The licence statement',
    group: 'all',
  },
];

/** Every download, the checksum list last: it covers all the others. */
export const dataFiles: DataFile[] = [
  ...content,
  {
    name: 'SHA256SUMS',
    type: TEXT_TYPE,
    body: sha256sums(content.map((file) => [file.name, file.body])),
    about: 'sha256 of every other file, for sha256sum --check',
    group: 'all',
  },
];

/**
 * The data dictionary: every field of the combined file, which holds all the others' fields, grouped
 * by its top-level field; the fields every file starts with ($schema, release, licence) come first.
 */
export const dictionarySections: Map<string, DictionaryRow[]> = Map.groupBy(
  dictionary(schemaNode(combinedFileSchema)),
  (row) => {
    const top = row.field.split(/[.[]/, 1)[0] ?? '';
    return top in records || top === 'places' || top === 'rates' ? top : 'file';
  },
);

/** Bytes as the download list shows them. */
const size = (bytes: number) =>
  bytes < 1024
    ? `${bytes} bytes`
    : `${new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(bytes / 1024)} KB`;

/** The /data/ page: the downloads by group with their sizes, and the dictionary's sections with their titles. */
export function dataPage() {
  const groups: [DataFile['group'], string][] = [
    ['all', 'The whole knowledge base'],
    ...collectionNames.map((c): [CollectionName, string] => [c, collections[c].plural]),
    ['compare', 'Comparison tables'],
  ];
  const sectionTitles: Record<string, string> = {
    file: 'Every file',
    ...Object.fromEntries(
      collectionNames.map((c) => [c, `${collections[c].plural} (${c}[] in the combined file, entries[] in ${c}.json)`]),
    ),
    places: 'Place reference data',
    rates: 'Exchange rates',
  };
  return {
    groups: groups.map(([group, title]) => ({
      group,
      title,
      files: dataFiles
        .filter((file) => file.group === group)
        .map((file) => ({ ...file, size: size(Buffer.byteLength(file.body)) })),
    })),
    sections: [...dictionarySections].map(([section, rows]) => ({
      section,
      title: sectionTitles[section] ?? section,
      rows,
    })),
  };
}
