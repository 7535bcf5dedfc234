import { z } from 'astro/zod';
import { citeListSchema } from './citation.ts';
import { partialDateSchema } from './date.ts';
import { citedTextSchema, entrySchema, nameSchema, personSchema } from './entry.ts';
import { reference, textSchema } from './ids.ts';
import { moneySchema } from './money.ts';
import {
  capSchema,
  documentSchema,
  poolSchema,
  programRelationSchema,
  rateTierSchema,
  roleSchema,
  takeUpSchema,
  voucherKinds,
} from './terms.ts';

/** The kind of policy instrument. */
export const instruments = [
  'grant',
  'subsidy',
  'voucher',
  'fund',
  'tax-relief',
  'zone',
  'pilot',
  'initiative',
  'event',
  'budget',
] as const;

/** Policy areas a program targets. */
export const focusAreas = [
  'compute',
  'models',
  'data',
  'robotics',
  'chips',
  'talent',
  'startups',
  'manufacturing',
  'open-source',
  'applications',
  'research',
] as const;

/** Where a program stands, when a source says. */
export const statuses = ['announced', 'active', 'continued', 'planned', 'completed'] as const;

/** One part of a program's money, as a share of the total or an amount. */
export const breakdownItemSchema = z
  .strictObject({
    label: textSchema.describe('What this part pays for.'),
    share: z
      .strictObject({
        fraction: z
          .number()
          .gt(0)
          .lte(1, { error: 'Expected a fraction of the total between 0 and 1 (one third = 0.3333).' })
          .describe('The share as a fraction of the total (one third = 0.3333).'),
        qualifier: z
          .enum(['exactly', 'about', 'slightly-more-than', 'less-than', 'remainder'])
          .describe('How the source qualifies it: "exactly", "slightly more than", "about".'),
        asStated: textSchema.describe("The source's own words."),
      })
      .optional()
      .describe('The share of the total as the source states it, such as "ein Drittel".'),
    money: moneySchema.optional().describe('An amount the source gives for this part.'),
    cite: citeListSchema.describe('Citation keys of the quotes that state it.'),
  })
  .meta({
    title: 'Breakdown item',
    description: "One part of a program's money, as a share of the total or an amount.",
  });

/** A subsidy plan, fund, grant, voucher, zone, pilot, initiative, fair or other policy measure. */
export const programSchema = entrySchema({
  name: nameSchema.describe("The program's name."),
  jurisdiction: reference('cities').describe('The place whose government runs it.'),
  document: documentSchema.optional().describe('The policy document it rests on, when a source names one.'),
  relations: z
    .array(programRelationSchema)
    .default([])
    .describe('Programs it relates to: editions, implementing rules, final texts.'),
  announced: z
    .union([partialDateSchema, z.literal('not stated')])
    .describe('When it was announced or presented, or "not stated".'),
  status: z
    .union([
      z.strictObject({
        value: z.enum(statuses).describe('Where the program stands.'),
        cite: citeListSchema.describe('Citation keys of the quotes that give its status.'),
      }),
      z.literal('not stated'),
    ])
    .describe('Where it stands, with citations, or "not stated".'),
  instrument: z.enum(instruments).describe('The kind of instrument.'),
  voucherKinds: z
    .array(z.enum(voucherKinds))
    .default([])
    .describe(
      'For vouchers: compute 算力券, model 模型券, data 语料券/数据券, training 训力券, annotation 标注券, intelligence 智能券.',
    ),
  focus: z
    .union([
      z.array(z.enum(focusAreas)).min(1, { error: 'Expected at least one focus area, or "not stated".' }),
      z.literal('not stated'),
    ])
    .describe('The areas it targets, or "not stated".'),
  focusCite: citeListSchema.describe('Citation keys for the instrument, voucher kinds and focus.'),
  money: z
    .array(moneySchema)
    .default([])
    .describe(
      'Its money as stated: totals, caps, yearly amounts (news reports; policy terms go in pool, caps and rates).',
    ),
  breakdown: z.array(breakdownItemSchema).default([]).describe('How the money divides, as the source states it.'),
  pool: z.array(poolSchema).default([]).describe('The money it puts up, per year, per round or in total.'),
  caps: z
    .array(capSchema)
    .default([])
    .describe('The most one recipient can receive, with its period and whom it binds.'),
  rates: z.array(rateTierSchema).default([]).describe('Its rate as a share of a base, one item per tier.'),
  stacking: z.array(citedTextSchema).default([]).describe('Whether and how it combines with other programs.'),
  eligibility: z.array(citedTextSchema).default([]).describe('Who may apply and on what terms.'),
  application: z.array(citedTextSchema).default([]).describe('How and when to apply.'),
  takeUp: z
    .array(takeUpSchema)
    .default([])
    .describe('Reported delivery: vouchers issued, firms served, sums paid out. Never added to the pool.'),
  aims: z.array(citedTextSchema).default([]).describe("What it aims at, in the sources' terms."),
  roles: z
    .array(roleSchema)
    .default([])
    .describe('Organisations in the roles the quotes state: issuer, funder, operator, recipient, example …'),
  people: z.array(personSchema).default([]).describe('People who presented, explained or commented on it.'),
}).describe('A subsidy plan, fund, grant, voucher, zone, pilot, initiative, fair or other policy measure.');
export type ProgramData = z.output<typeof programSchema>;
