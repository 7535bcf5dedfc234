import { z } from 'astro/zod';
import { citeListSchema } from './citation.ts';
import { partialDateSchema } from './date.ts';
import { citedTextSchema, entrySchema, nameSchema, personSchema } from './entry.ts';
import { reference, textSchema } from './ids.ts';
import { moneySchema } from './money.ts';

/** The kind of policy instrument. */
export const instruments = ['grant', 'subsidy', 'voucher', 'fund', 'tax-relief', 'zone', 'pilot', 'initiative', 'event', 'budget'] as const;

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
export const breakdownItemSchema = z.strictObject({
  /** What this part pays for. */
  label: textSchema.describe('What this part pays for.'),
  /** The share of the total as the source states it, such as "ein Drittel". */
  share: z
    .strictObject({
      /** The share as a fraction of the total (one third = 0.3333). */
      fraction: z
        .number()
        .gt(0)
        .lte(1, { error: 'Expected a fraction of the total between 0 and 1 (one third = 0.3333).' })
        .describe('The share as a fraction of the total (one third = 0.3333).'),
      /** How the source qualifies it: "exactly", "slightly more than", "about". */
      qualifier: z
        .enum(['exactly', 'about', 'slightly-more-than', 'less-than', 'remainder'])
        .describe('How the source qualifies it: "exactly", "slightly more than", "about".'),
      /** The source's own words. */
      asStated: textSchema.describe("The source's own words."),
    })
    .optional()
    .describe('The share of the total as the source states it, such as "ein Drittel".'),
  /** An amount the source gives for this part. */
  money: moneySchema.optional().describe('An amount the source gives for this part.'),
  /** Citation keys of the quotes that state it. */
  cite: citeListSchema.describe('Citation keys of the quotes that state it.'),
}).meta({ title: 'Breakdown item', description: "One part of a program's money, as a share of the total or an amount." });

/** A subsidy plan, fund, grant, voucher, zone, pilot, initiative, fair or other policy measure. */
export const programSchema = entrySchema({
  /** The program's name. */
  name: nameSchema.describe("The program's name."),
  /** The place whose government runs it. */
  jurisdiction: reference('cities').describe('The place whose government runs it.'),
  /** The body that issued it, when the sources name one. */
  issuer: reference('companies').optional().describe('The body that issued it, when the sources name one.'),
  /** When it was announced or presented. */
  announced: partialDateSchema.optional().describe('When it was announced or presented.'),
  /** Where it stands, with citations. */
  status: z
    .strictObject({
      value: z.enum(statuses).describe('Where the program stands.'),
      cite: citeListSchema.describe('Citation keys of the quotes that give its status.'),
    })
    .optional()
    .describe('Where it stands, with citations.'),
  /** The kind of instrument. */
  instrument: z.enum(instruments).describe('The kind of instrument.'),
  /** The areas it targets. */
  focus: z.array(z.enum(focusAreas)).min(1, { error: 'Expected at least one focus area.' }).describe('The areas it targets.'),
  /** Citation keys for the instrument and focus. */
  focusCite: citeListSchema.describe('Citation keys for the instrument and focus.'),
  /** Its money as stated: totals, caps, yearly amounts. */
  money: z.array(moneySchema).default([]).describe('Its money as stated: totals, caps, yearly amounts.'),
  /** How the money divides, as the source states it. */
  breakdown: z.array(breakdownItemSchema).default([]).describe('How the money divides, as the source states it.'),
  /** Who may apply and on what terms. */
  eligibility: z.array(citedTextSchema).default([]).describe('Who may apply and on what terms.'),
  /** What it aims at, in the sources' terms. */
  aims: z.array(citedTextSchema).default([]).describe("What it aims at, in the sources' terms."),
  /** Organisations involved (besides the issuer). */
  organisations: z.array(reference('companies')).default([]).describe('Organisations involved (besides the issuer).'),
  /** People who presented, explained or commented on it. */
  people: z.array(personSchema).default([]).describe('People who presented, explained or commented on it.'),
}).describe('A subsidy plan, fund, grant, voucher, zone, pilot, initiative, fair or other policy measure.');
export type ProgramData = z.output<typeof programSchema>;
