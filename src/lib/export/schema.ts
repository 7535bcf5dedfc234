import { z } from 'astro/zod';
import { isoDaySchema } from '../../schemas/date.ts';
import { idSchema } from '../../schemas/ids.ts';
import { collectionNames, collections, schemas, type CollectionName } from '../../registry.ts';
import { ratesSchema } from '../../schemas/money.ts';
import { placeReferenceSchema, placesFileSchema } from '../../schemas/places.ts';
import { collectionLabels } from '../routes.ts';
import { SITE_NAME } from '../../site.ts';
import type { SchemaNode } from './json-schema.ts';

/** One block of a source's archived text, numbered as the source page numbers it. */
export const paragraphSchema = z
  .strictObject({
    n: z
      .int()
      .positive()
      .describe('The block\'s number; its anchor on the source page is "p" and the number, such as p3.'),
    kind: z.enum(['heading', 'paragraph']).describe('A subheading or a paragraph of the article.'),
    text: z.string().min(1).describe('The text of the block.'),
  })
  .meta({ title: 'Paragraph', description: "One block of a source's archived text." });

const profileSchema = z
  .string()
  .describe(
    'The profile as the editors wrote it, in Markdown; [@key] markers name the citations behind each sentence.',
  );

/**
 * What an exported entry carries besides its frontmatter: a source its archived text, a place its
 * reference data, and an entry whose pages render its body, that body as a profile.
 */
const extras = (collection: CollectionName): z.ZodRawShape => ({
  ...(collection === 'sources'
    ? {
        text: z
          .array(paragraphSchema)
          .describe('The archived article text as cleaned by the ingest step, block by block.'),
      }
    : {}),
  ...(collection === 'cities'
    ? {
        place: placeReferenceSchema
          .optional()
          .describe('Chinese name, pinyin and coordinates: reference data kept apart from the claims of the articles.'),
      }
    : {}),
  ...(collections[collection].rendersBody ? { profile: profileSchema } : {}),
});

const entryId = (collection: CollectionName) => idSchema.describe(`The entry's id; its page is /${collection}/<id>/.`);

/**
 * One exported entry: the id, the frontmatter fields exactly as the collection's schema defines
 * them (references written as ids, the input side of the schema) and the body. The schema is
 * assembled from the collection's shape for JSON Schema generation only: checks that span fields
 * (citation keys, date precision) are the collection schema's and ran when the content was built.
 */
function recordSchema(collection: CollectionName) {
  const schema = schemas[collection];
  return z
    .strictObject({ id: entryId(collection), ...schema.shape, ...extras(collection) })
    .meta({ title: collectionLabels[collection], description: schema.description ?? collection });
}

/** The exported entry of each collection. */
export const recordSchemas = Object.fromEntries(collectionNames.map((c) => [c, recordSchema(c)])) as Record<
  CollectionName,
  ReturnType<typeof recordSchema>
>;

/** The knowledge base's version, so a download can be cited and compared with another. */
export const releaseSchema = z
  .strictObject({
    version: z.string().min(1).describe('The last commit\'s short hash, or "unversioned".'),
    date: isoDaySchema.describe('The day of the last commit.'),
  })
  .describe('The version of the knowledge base the file was built from.');

/** Fields every data file starts with. */
const header = {
  $schema: z.url().describe("The address of this file's JSON Schema."),
  release: releaseSchema,
  licence: z
    .url()
    .describe('The address of the licence statement, which separates the compilation from quoted source text.'),
};

/** A file holding one collection: /data/<collection>.json. */
export function collectionFileSchema<C extends CollectionName>(collection: C) {
  return z
    .strictObject({
      ...header,
      collection: z.literal(collection).describe('Which collection the file holds.'),
      entries: z.array(recordSchemas[collection]).describe('Every published entry, sorted by id.'),
    })
    .describe(`The ${collection} collection of ${SITE_NAME}.`);
}

/** The combined file: every collection and the reference data. */
export const combinedFileSchema = z
  .strictObject({
    ...header,
    ...Object.fromEntries(
      collectionNames.map((c) => [
        c,
        z.array(recordSchemas[c]).describe(`Every published entry of ${c}, sorted by id.`),
      ]),
    ),
    /** Chinese names, pinyin and coordinates of the places. */
    places: placesFileSchema,
    /** The rates used to normalise amounts. */
    rates: ratesSchema,
  })
  .describe(`${SITE_NAME}: every collection and the reference data in one file.`);

/**
 * The JSON Schema of a data file. Generated from the zod schemas, never written by hand; `io:
 * 'input'` describes what authors write (references as ids), which is what the files hold,
 * because the parsed side of a reference is a transform that JSON Schema cannot express.
 */
export function toJsonSchema(schema: z.ZodType, id: string): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(schema, { io: 'input' });
  return { $schema, $id: id, ...rest };
}

/** A zod schema's JSON Schema as the flattener and the data dictionary read it. */
export const schemaNode = (schema: z.ZodType): SchemaNode => z.toJSONSchema(schema, { io: 'input' }) as SchemaNode;
