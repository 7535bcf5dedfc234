import { z } from 'astro/zod';
import { citeListSchema } from './citation.ts';

/** How much of a date is known. */
export const precisions = ['day', 'month', 'year'] as const;

const patterns = { year: /^\d{4}$/, month: /^\d{4}-\d{2}$/, day: /^\d{4}-\d{2}-\d{2}$/ } as const;

/** True when the year, month and day in a "YYYY[-MM[-DD]]" string name a real calendar day. */
function isCalendarDate(value: string): boolean {
  const [year, month = 1, day = 1] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year ?? 0, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A date known to the day, month or year, written as much as is known. */
export const partialDateSchema = z
  .strictObject({
    date: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, {
        error: 'Expected a date written "YYYY-MM-DD", "YYYY-MM" or "YYYY" (in quotes).',
      })
      .describe('The date as far as it is known: "2025-07-29", "2025-07" or "2025". YAML needs quotes around it.'),
    precision: z.enum(precisions).describe('How much of the date is known; it must match how much is written.'),
    inferred: z
      .string()
      .trim()
      .min(1)
      .optional()
      .describe('How the date was inferred when the source does not state it outright.'),
    cite: citeListSchema.optional().describe('Citation keys of the quotes that give the date.'),
  })
  .superRefine((value, ctx) => {
    if (!isCalendarDate(value.date)) {
      ctx.addIssue({
        code: 'custom',
        path: ['date'],
        message: `"${value.date}" is not a calendar date. Fix: give a date that exists.`,
      });
    } else if (!patterns[value.precision].test(value.date)) {
      ctx.addIssue({
        code: 'custom',
        path: ['precision'],
        message: `Precision "${value.precision}" does not match the date "${value.date}". Fix: write the date as ${
          { year: '"YYYY"', month: '"YYYY-MM"', day: '"YYYY-MM-DD"' }[value.precision]
        } or change the precision.`,
      });
    }
  })
  .meta({ title: 'Partial date', description: 'A date known to the day, month or year, written as much as is known.' });
export type PartialDate = z.output<typeof partialDateSchema>;

/** A calendar day, such as the day a source was archived. */
export const isoDaySchema = z.iso.date({ error: 'Expected a calendar day written "YYYY-MM-DD" (in quotes).' });
