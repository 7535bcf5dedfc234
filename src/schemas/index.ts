import { citySchema } from './city.ts';
import { companySchema } from './company.ts';
import type { CollectionName } from './ids.ts';
import { programSchema } from './program.ts';
import { sourceSchema } from './source.ts';

/** The schema of each collection's frontmatter, shared by Astro's loaders and the integrity check. */
export const schemas = {
  sources: sourceSchema,
  cities: citySchema,
  programs: programSchema,
  companies: companySchema,
} as const satisfies Record<CollectionName, unknown>;
