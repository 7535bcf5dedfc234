import { z } from 'astro/zod';
import { idSchema, textSchema } from './ids.ts';

/** Reference data for one place: not claims from the articles, so kept apart from them. */
export const placeReferenceSchema = z
  .strictObject({
    zh: z
      .string()
      .regex(/^[\u3400-\u9fff·]+$/u, { error: 'Expected the name in Chinese characters, such as "上海".' })
      .describe('The name in simplified Chinese characters.'),
    pinyin: textSchema.describe('The name in Hanyu Pinyin with tone marks, such as "Shànghǎi".'),
    lat: z
      .number()
      .min(-90)
      .max(90)
      .optional()
      .describe('Latitude in degrees north (WGS 84), for the map; absent when a point would mislead.'),
    lon: z.number().min(-180).max(180).optional().describe('Longitude in degrees east (WGS 84).'),
  })
  .meta({
    title: 'Place reference',
    description: 'Reference data for one place: not claims from the articles, so kept apart from them.',
  });
export type PlaceReference = z.output<typeof placeReferenceSchema>;

/** content/places.yaml: Chinese names, pinyin and coordinates of every place entry. */
export const placesFileSchema = z
  .strictObject({
    reference: textSchema.describe('Where the names and coordinates come from.'),
    places: z.record(idSchema, placeReferenceSchema).describe('One record per city entry, by id.'),
  })
  .describe('Chinese names, pinyin and coordinates of every place entry.');
