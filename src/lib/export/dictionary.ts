import { alternatives, hasFields, mapValue, type SchemaNode } from './json-schema.ts';

/** One field of the data dictionary. */
export type DictionaryRow = {
  /** Dotted path: `money[].amount` for each item of a list, `citations.<key>.quote` for each value of a record. */
  field: string;
  type: string;
  /** "required", "optional", or "optional, default …". */
  presence: string;
  description: string;
};

const SAFE_MAX = Number.MAX_SAFE_INTEGER;

function numberLabel(node: SchemaNode, noun: string): string {
  if (node.exclusiveMinimum !== undefined) return `${noun} > ${node.exclusiveMinimum}`;
  const max = node.maximum !== undefined && node.maximum < SAFE_MAX ? node.maximum : undefined;
  if (node.minimum !== undefined && max !== undefined) return `${noun} from ${node.minimum} to ${max}`;
  if (node.minimum !== undefined) return `${noun} ≥ ${node.minimum}`;
  return noun;
}

function stringLabel(node: SchemaNode): string {
  if (node.format === 'date') return 'date (YYYY-MM-DD)';
  if (node.format === 'uri') return 'URL';
  if (node.pattern !== undefined) return `text matching ${node.pattern}`;
  return 'text';
}

/** Words for a node's type: "list of Money", "one of day, month, year", "number > 0 or \"not disclosed\"". */
export function typeLabel(node: SchemaNode): string {
  if (node.anyOf) return node.anyOf.map(typeLabel).join(' or ');
  if (node.const !== undefined) return JSON.stringify(node.const);
  if (node.enum) return `one of ${node.enum.map(String).join(', ')}`;
  if (node.title) return node.title;
  const value = mapValue(node);
  if (value) return `map from key to ${typeLabel(value)}`;
  switch (node.type) {
    case 'array':
      return `list${node.minItems ? ` (at least ${node.minItems})` : ''} of ${node.items ? typeLabel(node.items) : 'anything'}`;
    case 'string':
      return stringLabel(node);
    case 'number':
      return numberLabel(node, 'number');
    case 'integer':
      return numberLabel(node, 'whole number');
    case 'boolean':
      return 'true or false';
    case 'object':
      return 'object';
    default:
      return node.type ?? 'any';
  }
}

function presence(required: boolean, node: SchemaNode): string {
  if (required) return 'required';
  return node.default === undefined ? 'optional' : `optional, default ${JSON.stringify(node.default)}`;
}

/** The objects whose fields are listed below a field: its own, its list items' or its record values'. */
function nested(node: SchemaNode, field: string): [string, SchemaNode][] {
  const value = node.type === 'array' ? node.items : mapValue(node);
  const [inner, prefix] = value ? [value, node.type === 'array' ? `${field}[]` : `${field}.<key>`] : [node, field];
  return alternatives(inner)
    .filter(hasFields)
    .map((object) => [prefix, object]);
}

/**
 * The data dictionary of an object schema: every field at every depth, in schema order, with its
 * type, whether it must be present and the description the zod schema gives it.
 */
export function dictionary(schema: SchemaNode, prefix = ''): DictionaryRow[] {
  if (!hasFields(schema)) return [];
  return Object.entries(schema.properties).flatMap(([key, node]) => {
    const field = prefix ? `${prefix}.${key}` : key;
    const row: DictionaryRow = {
      field,
      type: typeLabel(node),
      presence: presence(schema.required?.includes(key) ?? false, node),
      description: node.description ?? '',
    };
    return [row, ...nested(node, field).flatMap(([path, object]) => dictionary(object, path))];
  });
}
