import { z } from 'astro/zod';
import { citeKeySchema, idSchema } from '../schemas/ids.ts';
import { schemas } from '../registry.ts';
import { placeReferenceSchema } from '../schemas/places.ts';
import { alternatives, hasFields, mapValue, type SchemaNode } from './export/json-schema.ts';
import { schemaNode } from './export/schema.ts';

/** The collections an editor writes by hand; sources come from `npm run ingest`. */
export const scaffoldCollections = ['cities', 'programs', 'companies'] as const;
export type ScaffoldCollection = (typeof scaffoldCollections)[number];

/** The citation a new entry starts with; cite lists point at it. */
const FIRST_CITATION = 'c1';
const citeKeyPattern = (z.toJSONSchema(citeKeySchema) as SchemaNode).pattern;

/** What stands in the way of scaffolding, as a message with the fix, or undefined when nothing does. */
export function scaffoldRefusal(input: {
  collection: string;
  id: string | undefined;
  existingIds: readonly string[];
  source?: string | undefined;
  sourceIds: readonly string[];
}): string | undefined {
  const { collection, id, source } = input;
  if (!(scaffoldCollections as readonly string[]).includes(collection)) {
    const names = scaffoldCollections.join(', ');
    return `Unknown collection "${collection}". Fix: use one of ${names}; add a source with npm run ingest.`;
  }
  if (id === undefined) {
    return 'Give the new entry\'s id after the collection, such as "npm run new -- programs suzhou-compute-vouchers".';
  }
  if (!idSchema.safeParse(id).success) {
    return `"${id}" is not a valid id. Fix: use lower-case letters, digits and hyphens, such as "suzhou-vouchers".`;
  }
  if (input.existingIds.includes(id)) {
    return `content/${collection}/ already has an entry "${id}". Fix: choose another id, or edit that entry.`;
  }
  if (source !== undefined && !input.sourceIds.includes(source)) {
    const fix = 'give the id of an archived source, or archive the article first with npm run ingest';
    return `There is no source "${source}" in content/sources/. Fix: ${fix}.`;
  }
  return undefined;
}

const isCiteList = (node: SchemaNode) => node.type === 'array' && node.items?.pattern === citeKeyPattern;
const isReference = (node: SchemaNode) => node.title?.startsWith('Reference to ') ?? false;

/** What a value takes, in words, for the kinds whose description may not list the choices. */
function takes(node: SchemaNode): string | undefined {
  if (node.anyOf) {
    const parts = node.anyOf.map((option) => (hasFields(option) ? 'the fields below' : takes(option)));
    return parts.every((part) => part !== undefined) ? parts.join(', or ') : undefined;
  }
  if (node.enum) return `one of ${node.enum.join(', ')}`;
  if (node.const !== undefined) return JSON.stringify(node.const);
  if (isReference(node)) return `the id of an entry in ${node.title?.slice('Reference to '.length)}`;
  const listed = node.type === 'array' ? node.items?.enum : undefined;
  if (listed) return `a list, such as [${listed[0]}], of ${listed.join(', ')}`;
  if (node.type === 'boolean') return 'true or false';
  if (node.type === 'number' || node.type === 'integer') return 'a number';
  return undefined;
}

const comment = (node: SchemaNode) => {
  const choices = takes(node);
  return `  # ${[node.description, choices && `Takes ${choices}.`].filter(Boolean).join(' ')}`;
};

type Fill = { source?: string | undefined; translate: boolean };

/** The YAML lines of one field at an indent: a value only where the scaffold knows it, else a blank to fill. */
function fieldLines(key: string, node: SchemaNode, indent: number, fill: Fill): string[] {
  const pad = ' '.repeat(indent);
  if (isCiteList(node)) return [`${pad}${key}: [${FIRST_CITATION}]${comment(node)}`];
  if (isReference(node) && node.title === 'Reference to sources' && fill.source) {
    return [`${pad}${key}: ${fill.source}${comment(node)}`];
  }
  const object = alternatives(node).find(hasFields);
  if (object) return [`${pad}${key}:${comment(node)}`, ...objectLines(object, indent + 2, fill)];
  const item = node.type === 'array' && (node.minItems ?? 0) > 0 ? node.items : undefined;
  if (item && hasFields(item)) {
    const [first = '', ...rest] = objectLines(item, indent + 4, fill);
    return [`${pad}${key}:${comment(node)}`, `${pad}  - ${first.trimStart()}`, ...rest];
  }
  const citation = mapValue(node);
  if (citation && hasFields(citation)) {
    return [`${pad}${key}:${comment(node)}`, `${pad}  ${FIRST_CITATION}:`, ...objectLines(citation, indent + 4, fill)];
  }
  return [`${pad}${key}:${comment(node)}`];
}

type Fields = SchemaNode & { properties: Record<string, SchemaNode> };

/** The required fields of an object, plus a translation where the cited source needs one. */
function objectLines(node: Fields, indent: number, fill: Fill): string[] {
  const wanted = (key: string) => node.required?.includes(key) || (key === 'translation' && fill.translate);
  return Object.entries(node.properties)
    .filter(([key]) => wanted(key))
    .flatMap(([key, field]) => fieldLines(key, field, indent, fill));
}

/**
 * A new entry of a collection: every required field with a comment on what it takes, taken from
 * the collection's schema, so the scaffold follows the schema as it changes. The check reports
 * every blank left, so nothing unfinished can be published.
 */
export function scaffoldEntry(
  collection: ScaffoldCollection,
  options: { source?: string | undefined; sourceLanguage?: string | undefined } = {},
): string {
  const node = schemaNode(schemas[collection]);
  if (!hasFields(node)) throw new Error(`The ${collection} schema has no fields.`);
  // Unknown language: offer the translation, which the check requires for any non-English quote.
  const translate = !/^en(-|$)/.test(options.sourceLanguage ?? '');
  const lines = objectLines(node, 0, { source: options.source, translate });
  return [
    '---',
    `# ${node.description} Fill every blank; the comments say what each field takes (see src/schemas/).`,
    ...lines,
    '---',
    `<!-- The profile: what the sources say, in your words, with markers such as [@${FIRST_CITATION}]. -->`,
    '',
  ].join('\n');
}

/** The lines a new place needs under `places:` in content/places.yaml; optional ones commented out. */
export function placeRow(id: string): string {
  const node = schemaNode(placeReferenceSchema);
  if (!hasFields(node)) throw new Error('The place reference schema has no fields.');
  const lines = Object.entries(node.properties).map(
    ([key, field]) => `    ${node.required?.includes(key) ? '' : '# '}${key}:${comment(field)}`,
  );
  return [`  ${id}:`, ...lines, ''].join('\n');
}
