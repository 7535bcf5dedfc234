import { z } from 'astro/zod';
import { citeListSchema } from './citation.ts';
import { textSchema } from './ids.ts';

/** Currencies as the sources state them. */
export const currencies = ['CNY', 'USD', 'EUR', 'HKD'] as const;
export type Currency = (typeof currencies)[number];

/**
 * What an amount measures. Amounts of different kinds are never added together: a per-recipient
 * cap says nothing about a total budget.
 */
export const moneyKinds = [
  'total',
  'per-recipient-cap',
  'per-year',
  'cumulative',
  'part-of-total',
  'investment',
] as const;
export type MoneyKind = (typeof moneyKinds)[number];

const amountSchema = z.number({ error: 'Expected the amount as a number, such as 1000000000.' }).positive({
  error: 'Expected an amount greater than zero. Fix: write "not disclosed" when the source gives no figure.',
});

/** A conversion into another currency given by the source itself. */
export const sourceConversionSchema = z
  .strictObject({
    amount: amountSchema.describe('The converted amount as the source gives it.'),
    currency: z.enum(currencies).describe('The currency of the converted amount.'),
    approximate: z
      .boolean()
      .default(false)
      .describe('True when the source marks the conversion as approximate ("ca.", "about").'),
  })
  .meta({ title: 'Source conversion', description: 'A conversion into another currency given by the source itself.' });

/** Requires a currency beside a number and forbids one beside "not stated" / "not disclosed". */
export function currencyFitsAmount(value: { amount: unknown; currency?: unknown }, ctx: z.RefinementCtx) {
  const known = typeof value.amount === 'number';
  if (known && value.currency === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['currency'],
      message: 'An amount needs its currency. Fix: add the currency the quote states, such as currency: CNY.',
    });
  }
  if (!known && value.currency !== undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['currency'],
      message: `An amount that is "${String(value.amount)}" has no currency. Fix: remove currency.`,
    });
  }
}

/** An amount of money as a source states it. */
export const moneySchema = z
  .strictObject({
    amount: z
      .union([amountSchema, z.literal('not stated'), z.literal('not disclosed')], {
        error: 'Expected the amount as a number, such as 1000000000, or "not stated" / "not disclosed".',
      })
      .describe(
        'The amount in units of the currency, or "not stated" / "not disclosed" when the source gives no figure.',
      ),
    currency: z
      .enum(currencies)
      .optional()
      .describe('The currency the source states the amount in; absent when the amount is not given.'),
    kind: z
      .union([z.enum(moneyKinds), z.literal('not stated')])
      .describe('What the amount measures, or "not stated"; amounts of different kinds are never added together.'),
    approximate: z
      .boolean()
      .default(false)
      .describe('True when the source qualifies the amount ("about", "over", "nearly").'),
    asStated: textSchema.describe('The source\'s own words for the amount, such as "einer Milliarde Yuan".'),
    sourceConversion: sourceConversionSchema
      .optional()
      .describe('A conversion the source itself gives, such as "(120 Millionen Euro)".'),
    cite: citeListSchema.describe('Citation keys of the quotes that state the amount.'),
  })
  .superRefine(currencyFitsAmount)
  .meta({ title: 'Money', description: 'An amount of money as a source states it.' });
export type Money = z.output<typeof moneySchema>;

/** One exchange rate with where it comes from. */
export const rateSchema = z
  .strictObject({
    cnyPerUnit: z.number().positive().describe('Units of CNY for one unit of the currency.'),
    date: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
      .describe('The year, month or day the rate applies to, no more precise than its evidence.'),
    source: textSchema.describe('Where the rate comes from, in words a reader can check.'),
  })
  .meta({ title: 'Exchange rate', description: 'One exchange rate with where it comes from.' });

/** The exchange-rate table used to normalise amounts (content/rates.yaml). */
export const ratesSchema = z
  .strictObject({
    description: textSchema.describe('What the table is and how to read it.'),
    rates: z
      .strictObject({
        USD: rateSchema.describe('The rate of the US dollar.'),
        EUR: rateSchema.describe('The rate of the euro.'),
        HKD: rateSchema.optional().describe('The rate of the Hong Kong dollar.'),
      })
      .describe('One rate per currency other than CNY.'),
  })
  .describe('The exchange-rate table used to normalise amounts.');
export type Rates = z.output<typeof ratesSchema>;
