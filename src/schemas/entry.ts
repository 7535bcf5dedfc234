import { z } from 'astro/zod';
import { citationsSchema, citeListSchema } from './citation.ts';
import { textSchema } from './ids.ts';
import { editorialNoteSchema } from './note.ts';

/** A name as the sources give it and in English. */
export const nameSchema = z
  .strictObject({
    en: textSchema.describe('The English name used for headings and links.'),
    original: textSchema
      .optional()
      .describe('The name as the source gives it, when that differs from the English one.'),
  })
  .meta({ title: 'Name', description: 'A name as the sources give it and in English.' });

/** A short statement of fact with the citations that support it. */
export const citedTextSchema = z
  .strictObject({
    text: textSchema.describe("The statement, in the editors' words."),
    cite: citeListSchema.describe('Citation keys of the quotes behind it.'),
  })
  .meta({ title: 'Cited statement', description: 'A short statement of fact with the citations that support it.' });

/** A person the sources quote or name, kept inside the entry that cites them. */
export const personSchema = z
  .strictObject({
    name: textSchema.describe('The name as printed.'),
    role: textSchema.describe('Their role as the source describes it.'),
    cite: citeListSchema.describe('Citation keys of the quotes that name them or give their words.'),
  })
  .meta({ title: 'Person', description: 'A person the sources quote or name, kept inside the entry that cites them.' });

/** Finds every `cite` list in parsed data, with its path, so keys can be checked against `citations`. */
function* citeLists(value: unknown, path: PropertyKey[] = []): Generator<[PropertyKey[], string[]]> {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* citeLists(item, [...path, index]);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'citations') continue;
      // `cite`, and fields such as `focusCite` that cite another field of the same object.
      if ((key === 'cite' || key.endsWith('Cite')) && Array.isArray(item)) yield [[...path, key], item as string[]];
      else yield* citeLists(item, [...path, key]);
    }
  }
}

/**
 * Builds a collection schema: the collection's own fields plus `citations` and `notes`, strict
 * (an unknown field is an error), with every citation key checked against `citations`.
 */
export function entrySchema<Shape extends z.ZodRawShape>(shape: Shape) {
  return z
    .strictObject({
      ...shape,
      citations: citationsSchema.describe('The quotes this entry relies on, by key.'),
      notes: z
        .array(editorialNoteSchema)
        .default([])
        .describe('Editorial notes on doubtful, garbled or contradicted facts.'),
    })
    .superRefine((data, ctx) => {
      const keys = Object.keys((data as { citations: Record<string, unknown> }).citations);
      for (const [path, list] of citeLists(data)) {
        for (const [index, key] of list.entries()) {
          if (!keys.includes(key)) {
            ctx.addIssue({
              code: 'custom',
              path: [...path, index],
              message: `Citation key "${key}" is not defined. Fix: add "${key}" under citations, or use one of: ${keys.join(', ') || '(none defined)'}.`,
            });
          }
        }
      }
    });
}
