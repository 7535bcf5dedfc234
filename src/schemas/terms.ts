import { z } from 'astro/zod';
import { citeListSchema } from './citation.ts';
import { partialDateSchema } from './date.ts';
import { reference, textSchema } from './ids.ts';
import { currencies, currencyFitsAmount } from './money.ts';

/** A figure the source does not give ("not stated") or declines to give ("not disclosed"): a value, never a blank. */
export const unknownFigureSchema = z.enum(['not stated', 'not disclosed']);

/** The words of the quote that state a figure; the build finds them in the quote and checks the number against them. */
export const asStatedSchema = textSchema.describe(
  'The words of the cited quote that state the figure, such as "2000万元" or "einer Milliarde Yuan"; checked against the number.',
);

const amountOrUnknown = z
  .union([z.number().positive(), unknownFigureSchema], {
    error: 'Expected the amount as a number, such as 20000000, or "not stated" / "not disclosed".',
  })
  .describe('The amount in units of the currency, or "not stated" / "not disclosed".');

/** An amount and its currency: a number with the currency the quote states, or "not stated" without one. */
const amountFields = {
  amount: amountOrUnknown,
  currency: z
    .enum(currencies)
    .optional()
    .describe('The currency the quote states; absent when the amount is not stated.'),
};

/** Kinds of voucher, by the name the policy gives them. */
export const voucherKinds = ['compute', 'model', 'data', 'training', 'annotation', 'intelligence'] as const;

/** The period a pool or cap runs over. */
export const periods = ['year', 'round', 'project', 'once', 'total', 'not stated'] as const;

/** Whom a cap binds. */
export const capUnits = ['company', 'project', 'team', 'institution', 'person', 'not stated'] as const;

/** The money a program puts up: per year, per round or in total. */
export const poolSchema = z
  .strictObject({
    ...amountFields,
    period: z.enum(periods).describe('The period the pool covers: "year", "round", "total" or "not stated".'),
    years: textSchema.optional().describe('The years the quote gives for it, such as "2025–2026".'),
    upTo: z.boolean().default(false).describe('True when the quote gives it as a ceiling ("不超过", "up to").'),
    asStated: asStatedSchema.optional(),
    cite: citeListSchema,
  })
  .superRefine(currencyFitsAmount)
  .meta({ title: 'Pool', description: 'The money a program puts up: per year, per round or in total.' });

/** The most one recipient can receive. */
export const capSchema = z
  .strictObject({
    ...amountFields,
    per: z
      .enum(capUnits)
      .describe('Whom the cap binds: "company", "project", "team", "institution", "person" or "not stated".'),
    period: z
      .enum(periods)
      .describe('The period the cap runs over: "year", "project", "once", "total" or "not stated".'),
    condition: textSchema.optional().describe('The condition under which this cap applies, when the quote gives one.'),
    asStated: asStatedSchema.optional(),
    cite: citeListSchema,
  })
  .superRefine(currencyFitsAmount)
  .meta({ title: 'Cap', description: 'The most one recipient can receive.' });

/** One tier of a rate: a share of a named base, with the condition of the tier. */
export const rateTierSchema = z
  .strictObject({
    share: z
      .number()
      .gt(0)
      .lte(1, { error: 'Expected a fraction between 0 and 1 (30% is 0.3).' })
      .describe('The share as a fraction: 30% is 0.3.'),
    upTo: z.boolean().default(false).describe('True when the share is a ceiling ("不超过", "up to").'),
    base: z
      .union([textSchema, z.literal('not stated')])
      .describe('What the share is of, in English, such as "contract amount", or "not stated".'),
    condition: textSchema
      .optional()
      .describe('The condition of this tier, such as "firms whose yearly contracts total 500,000 yuan or less".'),
    stacked: z
      .boolean()
      .default(false)
      .describe('True when this tier is the share reached by stacking with another program.'),
    asStated: asStatedSchema,
    cite: citeListSchema,
  })
  .meta({ title: 'Rate', description: 'One tier of a rate: a share of a named base, with the condition of the tier.' });

/** What a take-up figure counts. */
export const takeUpMeasures = ['vouchers-issued', 'recipients', 'amount-issued', 'amount-paid', 'output'] as const;

/** Reported delivery: vouchers issued, firms served, sums paid out, with their date. Never added to a pool. */
export const takeUpSchema = z
  .strictObject({
    measure: z
      .enum(takeUpMeasures)
      .describe('What the figure counts: vouchers issued, recipients, amounts issued or paid, output.'),
    value: z.number().positive().describe('The figure.'),
    unit: textSchema.describe('The unit: "vouchers", "companies", or a currency code such as "CNY" for sums.'),
    approximate: z.boolean().default(false).describe('True when the quote qualifies it ("over", "about").'),
    asStated: asStatedSchema,
    date: z
      .union([partialDateSchema, z.literal('not stated')])
      .describe('When the figure was reported as true, or "not stated".'),
    cite: citeListSchema,
  })
  .meta({
    title: 'Take-up',
    description: 'Reported delivery: vouchers issued, firms served, sums paid out. Never added to a pool.',
  });

/** Roles in which an organisation acts on a program, as a quote states them. */
export const programRoles = [
  'issuer',
  'funder',
  'operator',
  'recipient',
  'participant',
  'example',
  'commentator',
  'reporting-outlet',
] as const;

/** An organisation tied to a program in the role a quote states. */
export const roleSchema = z
  .strictObject({
    org: reference('companies').describe('The organisation (an id in companies).'),
    role: z
      .enum(programRoles)
      .describe(
        'Its role as the quote states it: issuer, funder, operator, recipient, participant, example (named as an example), commentator, reporting-outlet.',
      ),
    cite: citeListSchema,
  })
  .meta({ title: 'Role', description: 'An organisation tied to a program in the role a quote states.' });

/** The status of a policy document. */
export const documentStatuses = ['draft', 'in-force', 'expired', 'replaced', 'not stated'] as const;

/** How documents relate: a draft and its final text, implementing rules, editions. */
export const relationKinds = ['new-edition-of', 'implementing-rules-of', 'final-text-of', 'replaces'] as const;

const dateOrNotStated = z.union([partialDateSchema, z.literal('not stated')]);

/** The policy document a program rests on. */
export const documentSchema = z
  .strictObject({
    title: textSchema.describe(
      "The document's title as printed, without the 《》 brackets, such as 天津市算力券实施方案.",
    ),
    titleEn: textSchema.describe('An English title (editorial).'),
    number: z
      .union([textSchema, z.literal('not stated')])
      .describe('The document number (文号) exactly as printed, or "not stated".'),
    issued: dateOrNotStated.describe('When it was issued, or "not stated".'),
    inForce: dateOrNotStated.describe('When it takes effect (施行, 起实施), or "not stated".'),
    expires: dateOrNotStated.describe('When it expires (有效期), or "not stated".'),
    status: z
      .strictObject({
        value: z.enum(documentStatuses).describe('draft, in-force, expired, replaced or "not stated".'),
        verified: z.iso.date().describe('The day the editors last checked the status against the archived sources.'),
        cite: citeListSchema.optional(),
      })
      .describe('Its status as the sources show it, and the day the editors last checked.'),
    cite: citeListSchema.describe('Citation keys of the quotes that name the document.'),
  })
  .meta({ title: 'Policy document', description: 'The policy document a program rests on.' });

/** A program related to another through their documents: an edition, implementing rules, a final text. */
export const programRelationSchema = z
  .strictObject({
    kind: z.enum(relationKinds).describe('new-edition-of, implementing-rules-of, final-text-of or replaces.'),
    program: reference('programs').describe('The other program (an id in programs).'),
    cite: citeListSchema,
  })
  .meta({ title: 'Program relation', description: 'A program related to another through their documents.' });
