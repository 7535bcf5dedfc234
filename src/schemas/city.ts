import { z } from 'astro/zod';
import { citeListSchema } from './citation.ts';
import { citedTextSchema, entrySchema, nameSchema, personSchema } from './entry.ts';
import { reference, textSchema } from './ids.ts';

/** Administrative levels of a place. */
export const placeLevels = [
  'country',
  'province',
  'municipality',
  'special-administrative-region',
  'city',
  'district',
  'zone',
] as const;

/**
 * A place of any level. Chinese names, pinyin and coordinates are reference data, kept in
 * content/places.yaml rather than claimed from the articles.
 */
export const citySchema = entrySchema({
  name: nameSchema.describe("The place's name in English."),
  level: z.enum(placeLevels).describe('The administrative level.'),
  parent: reference('cities')
    .optional()
    .describe('The place this one belongs to, such as Shenzhen → Guangdong; absent for the country.'),
  role: citedTextSchema.describe('One line on what kind of place it is in the AI race, with citations.'),
  comparisonOnly: z
    .boolean()
    .default(false)
    .describe('True when the articles only compare against this place rather than describe its policies.'),
  facts: z.array(citedTextSchema).default([]).describe('Facts about the place, each with citations.'),
  people: z
    .array(personSchema)
    .default([])
    .describe('People the articles quote or name in connection with this place.'),
  levelCite: citeListSchema.optional().describe('Citation keys for the level and parent, when an article states them.'),
  aliases: z.array(textSchema).default([]).describe('Alternative names readers may search for.'),
}).describe(
  'A place of any level: country, province, municipality, special administrative region, city, district or zone.',
);
export type CityData = z.output<typeof citySchema>;
