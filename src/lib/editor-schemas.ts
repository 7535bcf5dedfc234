import { collectionNames, schemas, type CollectionName } from '../registry.ts';
import { toJsonSchema } from './export/schema.ts';

/** Where the frontmatter schemas for editors live, committed so a fresh clone has them. */
export const editorSchemaDir = '.vscode/schemas';

/** The path of a collection's frontmatter schema, relative to the project root. */
export const editorSchemaPath = (collection: CollectionName) => `${editorSchemaDir}/${collection}.schema.json`;

/**
 * The JSON Schema of each collection's frontmatter, by path: generated from the zod schemas the
 * build checks with, by the same code as the data exports' schemas, so hints and check agree.
 */
export function editorSchemaFiles(): Map<string, string> {
  return new Map(
    collectionNames.map((collection) => {
      const schema = toJsonSchema(schemas[collection], `urn:china-ai-hubs:frontmatter:${collection}`);
      return [editorSchemaPath(collection), `${JSON.stringify(schema, null, 2)}\n`];
    }),
  );
}

/**
 * The editor settings (.vscode/settings.json) with each collection folder mapped to its schema for
 * the YAML extension; other settings are kept as they are.
 */
export function editorSettings(current: Record<string, unknown>): string {
  const mapping = Object.fromEntries(
    collectionNames.map((c) => [`./${editorSchemaPath(c)}`, [`content/${c}/*.md`, `content/${c}/*.mdx`]]),
  );
  return `${JSON.stringify({ ...current, 'yaml.schemas': mapping }, null, 2)}\n`;
}
