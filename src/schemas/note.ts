import { z } from 'astro/zod';
import { citeListSchema } from './citation.ts';
import { textSchema } from './ids.ts';

/** What an editorial note flags about the sources behind an entry or field. */
export const noteKinds = [
  'garbled',
  'inconsistent',
  'contradicted',
  'inferred',
  'outdated',
  'ambiguous',
  'mistranslated',
  'geographic-error',
] as const;

/** An editor's flag on an entry or a field: what is doubtful, why, and the quotes involved. */
export const editorialNoteSchema = z
  .strictObject({
    kind: z.enum(noteKinds).describe('The kind of problem.'),
    field: z
      .string()
      .trim()
      .min(1)
      .optional()
      .describe('The field the note is about, as a path such as "money[0]"; absent when it concerns the entry.'),
    text: textSchema.describe("What is wrong and why it matters, in the editors' words."),
    cite: citeListSchema.describe('Citation keys of the quotes involved.'),
  })
  .meta({
    title: 'Editorial note',
    description: "An editor's flag on an entry or a field: what is doubtful, why, and the quotes involved.",
  });
export type EditorialNote = z.output<typeof editorialNoteSchema>;
