import { z } from 'astro/zod';
import { citeListSchema } from './citation.ts';
import { citedTextSchema, entrySchema, nameSchema, personSchema } from './entry.ts';
import { reference } from './ids.ts';

/** Kinds of organisation the articles name. */
export const organisationKinds = [
  'company',
  'lab',
  'university',
  'research-institute',
  'fund',
  'government-body',
  'media',
  'other',
] as const;

/** A company, lab, university, fund, government body or outlet named by the articles. */
export const companySchema = entrySchema({
  name: nameSchema.describe("The organisation's name."),
  kind: z.enum(organisationKinds).describe('What kind of organisation it is.'),
  home: z
    .union([reference('cities'), z.literal('not stated')], {
      error: 'Expected the id of an entry in cities, or "not stated".',
    })
    .describe('Where it is based (a place id), or "not stated" when no article says.'),
  homeCite: citeListSchema.optional().describe('Citation keys of the quotes that place it there.'),
  knownFor: z
    .array(citedTextSchema)
    .min(1, { error: 'Expected at least one cited statement of what the articles say about it.' })
    .describe('What the articles say it is known for, each with citations.'),
  products: z.array(citedTextSchema).default([]).describe('Products the articles name, such as "Ascend 910B".'),
  places: z
    .array(
      z.strictObject({
        place: reference('cities').describe('The place (an id in cities).'),
        why: z
          .enum(['headquarters', 'office', 'research-centre', 'factory', 'investment', 'jurisdiction'])
          .describe(
            "Why it is tied to the place: headquarters, office, research-centre, factory, investment or jurisdiction; only the organisation's own presence counts, not its founder's origin.",
          ),
        cite: citeListSchema,
      }),
    )
    .default([])
    .describe('Places where it has a presence the quotes state, beyond its home, each with why.'),
  people: z.array(personSchema).default([]).describe('People the articles quote or name as part of it.'),
}).describe('A company, lab, university, fund, government body or outlet named by the articles.');
export type CompanyData = z.output<typeof companySchema>;
