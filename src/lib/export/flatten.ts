import {
  alternatives,
  hasFields,
  isCollectionOfObjects,
  mapValue,
  objectOf,
  type Json,
  type SchemaNode,
} from './json-schema.ts';

/** A flat table: a header and rows of text cells, ready for CSV. */
export type Table = { name: string; columns: string[]; rows: string[][] };

/**
 * Extra columns computed from every object with a given JSON Schema title, such as the normalised
 * values of each amount of money. The columns are named after the object's path plus `columns`.
 */
export type Derived = Record<
  string,
  { columns: string[]; values: (value: { [key: string]: Json } | undefined) => (string | number | undefined)[] }
>;

type Column = { name: string; value: (item: Json) => string };
type Child = { field: string; keyColumn: 'index' | 'key'; columns: Column[] };

/** Separates the items of a list of plain values within one cell. */
export const LIST_SEPARATOR = '\n';

function at(value: Json | undefined, path: readonly string[]): Json | undefined {
  let current = value;
  for (const key of path) current = objectOf(current)?.[key];
  return current;
}

function cell(value: Json | undefined): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map(cell).join(LIST_SEPARATOR);
  if (typeof value === 'object') throw new Error(`An object reached a single cell: ${JSON.stringify(value)}`);
  return String(value);
}

/**
 * The columns of an object schema, by dotted path: nested objects are spread into columns, lists
 * of plain values share one cell, and lists of objects or records become child tables.
 */
function layout(
  node: SchemaNode,
  path: string[],
  derived: Derived,
  children: Child[] | undefined,
  columns: Column[] = [],
): Column[] {
  const name = path.join('.');
  if (isCollectionOfObjects(node)) {
    if (!children)
      throw new Error(
        `"${name}" is a list of objects inside a list of objects; only one level of child tables is flattened.`,
      );
    const item = node.type === 'array' ? node.items : mapValue(node);
    children.push({
      field: name,
      keyColumn: node.type === 'array' ? 'index' : 'key',
      columns: layout(item ?? {}, [], derived, undefined),
    });
    return columns;
  }
  const options = alternatives(node);
  const objects = options.filter(hasFields);
  if (objects.length < options.length) {
    // A plain value, or the plain alternative of a union such as `published: date | "not stated"`.
    columns.push({ name, value: (item) => (objectOf(at(item, path)) ? '' : cell(at(item, path))) });
  }
  for (const object of objects) {
    for (const [key, field] of Object.entries(object.properties))
      layout(field, [...path, key], derived, children, columns);
  }
  const extra = derived[node.title ?? objects[0]?.title ?? ''];
  if (extra) {
    columns.push(
      ...extra.columns.map((column, index) => ({
        name: [...path, column].join('.'),
        value: (item: Json) => cell(extra.values(objectOf(at(item, path)))[index]),
      })),
    );
  }
  return columns;
}

const header = (names: string[]) => {
  const duplicate = names.find((n, i) => names.indexOf(n) !== i);
  if (duplicate !== undefined) throw new Error(`Two columns would be named "${duplicate}".`);
  return names;
};

const entries = (value: Json | undefined): [string, Json][] =>
  Array.isArray(value) ? value.map((item, index) => [String(index), item]) : Object.entries(objectOf(value) ?? {});

/**
 * Flattens records into tables, driven by their JSON Schema: one table named `name` with a row
 * per record, and one table per list-of-objects field (`name-field`) with a row per item, keyed
 * by the record's `id` and the item's index (lists) or key (records).
 */
export function flatten(name: string, schema: SchemaNode, records: readonly Json[], derived: Derived = {}): Table[] {
  const children: Child[] = [];
  const columns = layout(schema, [], derived, children);
  const main: Table = {
    name,
    columns: header(columns.map((c) => c.name)),
    rows: records.map((r) => columns.map((c) => c.value(r))),
  };
  return [
    main,
    ...children.map((child) => ({
      name: `${name}-${child.field}`,
      columns: header(['id', child.keyColumn, ...child.columns.map((c) => c.name)]),
      rows: records.flatMap((record) =>
        entries(at(record, child.field.split('.'))).map(([key, item]) => [
          cell(at(record, ['id'])),
          key,
          ...child.columns.map((c) => c.value(item)),
        ]),
      ),
    })),
  ];
}
