import { z } from 'astro/zod';
import { citeKeySchema, reference, textSchema } from './ids.ts';

/**
 * One piece of evidence: a verbatim quote from an archived source. The build looks the quote up
 * in the source's archived text, normalising only whitespace and typographic quote marks.
 */
export const citationSchema = z
  .strictObject({
    source: reference('sources').describe('The id of the source entry the quote comes from.'),
    quote: textSchema.describe('The passage exactly as the archived source text has it, within one paragraph.'),
    translation: textSchema
      .optional()
      .describe('An English translation by the editors; required when the source is not in English.'),
  })
  .meta({
    title: 'Citation',
    description:
      "One piece of evidence: a verbatim quote from an archived source, found in the source's archived text.",
  });
export type Citation = z.output<typeof citationSchema>;

/** An entry's citations, by key; fields and the profile refer to them by key. */
export const citationsSchema = z
  .record(citeKeySchema, citationSchema)
  .describe("The entry's citations, by key; fields and the profile refer to them by key.");

export const citeListSchema = z
  .array(citeKeySchema)
  .min(1, { error: 'Expected at least one citation key, such as [c1].' })
  .describe('The keys of the citations that support a field: at least one.');
